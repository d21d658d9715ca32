"""The diagram mirrors the document: one item per element, kept in step by document events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPathStroker,
    QUndoStack,
)

from synergy_gui.model import Construct, ModelDocument
from synergy_gui.ui.graph import ConstructItem, GraphScene, JunctionItem, PathItem
from synergy_gui.ui.graph.construct_tooltip import glossary_tip, tooltip_html
from synergy_gui.ui.graph.layout import between


def make_document() -> ModelDocument:
    doc = ModelDocument()
    doc.new_construct("Interactivity", "stimulus", (0, 0))
    doc.new_construct("Personalization", "stimulus", (0, 120))
    doc.new_construct("Digital trust", "organism", (300, 60))
    doc.new_construct("Loyalty", "response", (600, 60))
    doc.connect("interactivity", "digital_trust", 0.4)
    doc.connect("personalization", "digital_trust", -0.6)
    doc.connect("digital_trust", "loyalty", 0.5, kind="trust-transfer")
    doc.new_junction(["interactivity", "personalization"], "digital_trust", 0.15)
    doc.update_construct(
        "digital_trust",
        description="Belief that the brand is honest online.",
        references=["Stewart (2003)"],
    )
    return doc


@pytest.fixture
def document() -> ModelDocument:
    return make_document()


@pytest.fixture
def scene(qapp, document):
    graph = GraphScene(document, QUndoStack())
    yield graph
    graph.close()


def test_one_item_per_construct_path_and_junction(scene, document):
    kinds = {ConstructItem: 0, PathItem: 0, JunctionItem: 0}
    for item in scene.items():
        if type(item) in kinds:
            kinds[type(item)] += 1
    assert kinds == {ConstructItem: 4, PathItem: 3, JunctionItem: 1}
    for construct in document.constructs:
        item = scene.item_for(construct.id)
        assert (item.pos().x(), item.pos().y()) == construct.position
    assert scene.item_for("interactivity__digital_trust").source is scene.item_for("interactivity")


def test_adding_renaming_moving_and_removing_in_the_document_update_the_items(scene, document):
    document.new_construct("Brand engagement", "organism", (300, 240))
    item = scene.item_for("brand_engagement")
    assert (item.pos().x(), item.pos().y()) == (300, 240)
    document.update_construct("brand_engagement", label="Engagement")
    assert item.lines == ["Engagement"]
    document.update_construct("brand_engagement", position=(320, 260))
    assert item.pos() == QPointF(320, 260)
    document.connect("brand_engagement", "loyalty", 0.3)
    assert scene.item_for("brand_engagement__loyalty") is not None
    document.remove_construct("brand_engagement")
    assert scene.item_for("brand_engagement") is None
    assert scene.item_for("brand_engagement__loyalty") is None
    assert item.scene() is None


def test_a_path_follows_its_end_when_the_end_moves(scene, document):
    path = scene.item_for("digital_trust__loyalty")
    before = path.arrow.head.boundingRect().center()
    document.update_construct("loyalty", position=(600, 300))
    after = path.arrow.head.boundingRect().center()
    assert after.y() > before.y() + 100


def test_reset_rebuilds_from_the_new_data(scene, document):
    other = ModelDocument()
    other.new_construct("Only one", "organism", (10, 20))
    document.replace_with(other)
    shown = [i for i in scene.items() if isinstance(i, (ConstructItem, PathItem, JunctionItem))]
    assert [i.construct_id for i in shown] == ["only_one"]


def test_pen_width_and_dashes_follow_the_weight(scene, document):
    positive = scene.item_for("interactivity__digital_trust").pen
    negative = scene.item_for("personalization__digital_trust").pen
    assert positive.widthF() == pytest.approx(1 + 5 * 0.4)
    assert positive.style() == Qt.PenStyle.SolidLine
    assert negative.widthF() == pytest.approx(1 + 5 * 0.6)
    assert negative.style() == Qt.PenStyle.CustomDashLine
    document.set_weight("interactivity__digital_trust", -0.1)
    changed = scene.item_for("interactivity__digital_trust")
    assert changed.pen.widthF() == pytest.approx(1.5)
    assert changed.pen.style() == Qt.PenStyle.CustomDashLine
    assert changed.arrow.text == "\u22120.10"


def test_trust_transfer_paths_have_their_own_colour(scene):
    transfer = scene.item_for("digital_trust__loyalty").pen.color()
    causal = scene.item_for("interactivity__digital_trust").pen.color()
    assert transfer == QColor("#CC79A7")
    assert causal != transfer


def test_node_colours_follow_the_role(scene, document):
    stimulus = scene.item_for("interactivity").role_style
    organism = scene.item_for("digital_trust").role_style
    assert stimulus.border == QColor("#0072B2")
    assert organism.border == QColor("#E69F00")
    document.update_construct("digital_trust", role="response")
    assert scene.item_for("digital_trust").role_style.border == QColor("#009E73")


def test_set_levels_changes_only_what_the_bar_shows(scene):
    node = scene.item_for("digital_trust")
    scene.set_levels({"digital_trust": 0.6234, "loyalty": 0.1, "no_such_construct": 0.9})
    assert node.level_text == "0.62"
    assert node.level_bar.level == pytest.approx(0.6234)
    assert scene.item_for("loyalty").level_text == "0.10"
    assert scene.item_for("digital_trust") is node
    scene.set_levels({"digital_trust": 0.6212})  # the same on screen, but still the level
    assert node.level_bar.level == pytest.approx(0.6212)


def test_before_any_result_the_bar_shows_the_starting_level(scene, document):
    document.update_construct("interactivity", initial=0.8)
    assert scene.item_for("interactivity").level_text == "0.80"


def test_long_labels_wrap_to_two_lines_and_are_elided_beyond(scene, document):
    document.update_construct("digital_trust", label="Perceived authenticity of the brand")
    assert len(scene.item_for("digital_trust").lines) == 2
    document.update_construct("loyalty", label="A label so long " * 6)
    lines = scene.item_for("loyalty").lines
    assert len(lines) == 2
    assert lines[1].endswith("…")


def test_tooltips_show_description_and_references(scene):
    tip = scene.item_for("digital_trust").toolTip()
    assert "Belief that the brand is honest online." in tip
    assert "Stewart (2003)" in tip
    assert "Glossary</i>: Digital trust" in tip  # the terms the guide explains
    assert "trust transfer" in scene.item_for("digital_trust__loyalty").toolTip()


def test_opposite_paths_between_one_pair_bow_to_different_sides(scene, document):
    there = scene.item_for("digital_trust__loyalty")
    assert there.bend == 0
    document.connect("loyalty", "digital_trust", 0.2)
    back = scene.item_for("loyalty__digital_trust")
    assert there.bend != 0 and back.bend != 0
    # Both run between y = 60 rows; one bows above the line, the other below.
    assert (there.arrow.point_at(0.5).y() - 60) * (back.arrow.point_at(0.5).y() - 60) < 0
    document.remove_path("loyalty__digital_trust")
    assert there.bend == 0


def test_a_path_bows_around_a_node_in_its_way(scene, document):
    document.update_construct("loyalty", position=(800, 60))
    path = scene.item_for("digital_trust__loyalty")
    stroke = QPainterPathStroker()
    straight = stroke.createStroke(path.arrow.line)
    document.new_construct("In the way", "organism", (550, 70))
    blocker = scene.item_for("in_the_way").sceneBoundingRect()
    assert straight.intersects(blocker)
    scene.mirror.reroute()
    assert not stroke.createStroke(path.arrow.line).intersects(blocker)
    assert not blocker.intersects(path.arrow.pill)


def test_a_document_opened_with_a_node_in_a_paths_way_is_drawn_around_it(qapp):
    document = ModelDocument()
    document.new_construct("Start", "stimulus", (0, 0))
    document.new_construct("In the way", "organism", (300, 10))
    document.new_construct("End", "response", (600, 0))
    document.connect("start", "end", 0.5)
    scene = GraphScene(document, QUndoStack())
    try:
        line = QPainterPathStroker().createStroke(scene.item_for("start__end").arrow.line)
        assert not line.intersects(scene.item_for("in_the_way").sceneBoundingRect())
    finally:
        scene.close()


def test_long_words_shrink_the_font_rather_than_break(scene, document):
    document.update_construct("loyalty", label="Recommendations & reviews")
    assert scene.item_for("loyalty").lines == ["Recommendations", "& reviews"]


def test_junction_sits_between_members_and_target_and_follows_them(scene, document):
    junction = scene.item_for("x_interactivity_personalization")
    assert (junction.pos().x(), junction.pos().y()) == pytest.approx(
        between([(0, 0), (0, 120)], (300, 60))
    )
    document.update_construct("digital_trust", position=(300, 400))
    assert (junction.pos().x(), junction.pos().y()) == pytest.approx(
        between([(0, 0), (0, 120)], (300, 400))
    )
    assert len(junction.links.member_lines) == 2
    document.update_junction("x_interactivity_personalization", position=(50, 500))
    assert junction.pos() == QPointF(50, 500)


def test_replacing_the_document_disconnects_from_the_old_one(scene, document):
    listeners = document.events.listener_count
    other = make_document()
    scene.set_document(other)
    assert document.events.listener_count == listeners - 1
    document.update_construct("loyalty", label="Changed in the old document")
    assert scene.item_for("loyalty").lines == ["Loyalty"]
    other.update_construct("loyalty", label="Devotion")
    assert scene.item_for("loyalty").lines == ["Devotion"]
    scene.close()
    assert other.events.listener_count == listeners - 1


def test_labels_take_the_application_font_set_after_the_graph_was_imported(qapp, document):
    # The window sets its font after importing the graph modules; a label measured with the
    # import-time face but drawn with the window's face gets clipped.
    old = qapp.font()
    qapp.setFont(QFont("DejaVu Serif", 11))
    try:
        graph = GraphScene(document, QUndoStack())
        node = graph.item_for("digital_trust")
        measured = node.label_font
        drawn = measured.resolve(QFont("DejaVu Sans"))  # what a painter on any widget uses
        assert measured.family() == drawn.family() == "DejaVu Serif"
        width = QFontMetricsF(drawn).horizontalAdvance(node.lines[0])
        assert width <= ConstructItem.label_rect().width()
        graph.close()
    finally:
        qapp.setFont(old)


def render_around(scene: GraphScene, area: QRectF, scale: float) -> QImage:
    image = QImage(
        int(area.width() * scale), int(area.height() * scale), QImage.Format.Format_RGB32
    )
    image.fill(QColor("#808080"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), area)
    painter.end()
    return image


def count_pill_white(image: QImage) -> int:
    """Pixels whiter than the diagram's background (#fbfbf8): a weight label's fill."""
    pixels = (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height()))
    return sum(p.blue() >= 252 and p.red() >= 240 for p in pixels)


def test_weight_labels_too_small_to_read_are_left_out_not_drawn_empty(scene, document):
    pill = scene.item_for(document.find_path("digital_trust", "loyalty").id).arrow.pill
    area = pill.adjusted(-2, -2, 2, 2)
    readable = render_around(scene, area, 1.0)
    assert count_pill_white(readable) > 0.3 * readable.width() * readable.height()
    tiny = render_around(scene, area, 0.35)  # digits would be about 4 px tall
    assert count_pill_white(tiny) == 0


def test_a_diagram_past_the_routing_limit_draws_straight_arrows(qapp, monkeypatch):
    from synergy_gui.model.presets import load_preset
    from synergy_gui.ui.graph import mirror

    document = load_preset("synergistic_influence")
    routed = GraphScene(document, QUndoStack())
    assert all(item.samples is not None for item in routed.mirror.paths.values())
    routed.close()
    monkeypatch.setattr(mirror, "MAX_ROUTED_PATHS", len(document.paths) - 1)
    straight = GraphScene(document, QUndoStack())
    items = straight.mirror.paths.values()
    assert all(item.samples is None for item in items)  # no detour searched, no label placed
    for item in items:
        _start, control, _tip = item.arrow.curve
        assert control is None or item.bend  # a straight line unless a loop bows it
    straight.close()


def test_a_bipolar_model_s_level_bars_fill_from_their_middle(qtbot, stack):
    from synergy_gui.model.presets import load_preset
    from synergy_gui.ui.graph.scene import GraphScene

    document = load_preset("synergistic_influence")
    scene = GraphScene(document, stack)
    bar = scene.item_for("interactivity").level_bar
    track = bar._bar()
    bar.set_level(0.5)
    unipolar = bar.filled(track)
    assert unipolar.left() == track.left() and unipolar.width() == track.width() / 2
    document.update_settings(level_range="bipolar")
    assert bar.bipolar
    bar.set_level(-0.5)
    below = bar.filled(track)
    assert below.right() == track.center().x() and below.width() == track.width() / 4
    bar.set_level(0.5)
    above = bar.filled(track)
    assert above.left() == track.center().x() and above.width() == track.width() / 4
    bar.set_level(0.0)
    assert bar.filled(track) is None
    scene.close()


def test_a_tooltip_lists_the_glossary_terms_escaped():
    construct = Construct("x", "<img src=x> Digital trust & KOC", role="organism")
    tip = tooltip_html(construct)
    assert "Digital trust, KOC (key opinion consumer), Organism" in tip
    assert "<img" not in tip
    assert glossary_tip(Construct("y", "Zzyzx", role="none")) == ""
