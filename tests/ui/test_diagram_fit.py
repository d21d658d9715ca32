"""The diagram reads at any size: fit, less detail instead of cropping, text size, and arrows
that follow a dragged node."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QMouseEvent, QUndoStack
from PySide6.QtWidgets import QApplication

from synergy_gui.model import ModelDocument
from synergy_gui.model.presets import list_presets, load_preset
from synergy_gui.model.view_state import ViewState
from synergy_gui.ui.graph import GraphScene, GraphView
from synergy_gui.ui.graph import style as st
from synergy_gui.ui.graph.node_label import compact_label
from synergy_gui.ui.graph.style import LABEL_FLOOR_PIXELS, LABEL_PIXELS, SMALL_PIXELS

ARROW = "source__target"
ARROW_OF_PRESET = "synergistic_influence__digital_trust"


def blocked_line() -> ModelDocument:
    """Source and target in a row with a third node between them."""
    doc = ModelDocument()
    for label, role, place in [
        ("Source", "stimulus", (0.0, 0.0)),
        ("Blocker", "organism", (300.0, 0.0)),
        ("Target", "response", (600.0, 0.0)),
    ]:
        doc.new_construct(label, role, position=place)
    doc.connect("source", "target")
    return doc


@pytest.fixture
def shown(qtbot):
    def show(document: ModelDocument, width: int = 900, height: int = 600) -> GraphView:
        scene = GraphScene(document, QUndoStack())
        view = GraphView(scene)
        view.resize(width, height)
        qtbot.addWidget(view)
        with qtbot.waitExposed(view):
            view.show()
        view.fit_all()
        return view

    return show


def _mouse(view: GraphView, kind: QEvent.Type, scene_pos: QPointF, held: bool) -> None:
    local = QPointF(view.mapFromScene(scene_pos))
    button = Qt.MouseButton.LeftButton
    event = QMouseEvent(
        kind,
        local,
        QPointF(view.viewport().mapToGlobal(local.toPoint())),
        Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else button,
        button if held else Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), event)


def drag(view: GraphView, start: QPointF, end: QPointF) -> None:
    """Press, move in steps and release the left button, as a hand does."""
    _mouse(view, QEvent.Type.MouseButtonPress, start, held=True)
    for share in (0.25, 0.5, 0.75, 1.0):
        _mouse(view, QEvent.Type.MouseMove, start + (end - start) * share, held=True)
    _mouse(view, QEvent.Type.MouseButtonRelease, end, held=False)


def test_arrow_routed_around_a_node_runs_straight_once_that_node_is_dragged_away(qtbot, shown):
    view = shown(blocked_line())
    scene = view.scene()
    arrow = scene.item_for(ARROW)
    _start, control, _tip = arrow.arrow.curve
    assert control is not None  # bowed around the blocker
    blocker = scene.item_for("blocker")
    drag(view, blocker.pos(), blocker.pos() + QPointF(0, 260))
    assert scene.document.construct("blocker").position == pytest.approx((300.0, 260.0), abs=2)
    qtbot.waitUntil(lambda: arrow.arrow.curve[1] is None)
    start, control, tip = arrow.arrow.curve
    assert start.y() == pytest.approx(0.0) and tip.y() == pytest.approx(0.0)


def preset_view(qtbot, name: str, width: int, height: int):
    document = load_preset(name)
    view_state = ViewState(document)
    scene = GraphScene(document, QUndoStack())
    scene.set_view_state(view_state)
    view = GraphView(scene)
    view.resize(width, height)
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    view.fit_all()
    return view_state, scene, view


def label_fits_its_node(item) -> bool:
    metrics = QFontMetricsF(item.label_font)
    area = item.label_area
    wide_enough = all(metrics.horizontalAdvance(line) <= area.width() + 0.5 for line in item.lines)
    return wide_enough and metrics.lineSpacing() * len(item.lines) <= area.height() + 0.5


def test_text_size_scales_labels_live_and_nodes_grow_to_hold_them(qtbot):
    view_state, scene, view = preset_view(qtbot, "synergistic_influence", 1900, 1000)
    trust = scene.item_for("digital_trust")
    assert trust.label_font.pixelSize() == LABEL_PIXELS
    small_box = trust.sceneBoundingRect()
    before = view.label_pixel_size()
    view_state.set_text_scale(2.0)
    assert trust.label_font.pixelSize() == 2 * LABEL_PIXELS
    assert scene.item_for(ARROW_OF_PRESET).arrow.pixels == 2 * SMALL_PIXELS
    assert trust.sceneBoundingRect().height() > small_box.height()
    for construct in scene.document.constructs:
        assert label_fits_its_node(scene.item_for(construct.id)), construct.id
    qtbot.waitUntil(lambda: view.label_pixel_size() > before * 1.3)  # refitted, larger text
    assert constructs_outside(view) == []
    scene.close()


@pytest.mark.parametrize("name", [info.name for info in list_presets()])
def test_presentation_sized_text_reaches_24_px_on_a_1920_wide_diagram(qtbot, name):
    # Presentation mode at 1920x1080 gives the diagram about 1900 x 1000 pixels.
    view_state, scene, view = preset_view(qtbot, name, 1900, 1000)
    view_state.set_text_scale(2.0)
    qtbot.waitUntil(lambda: view.label_pixel_size() >= 24)
    assert constructs_outside(view) == []
    assert scene.mirror.compact_pixels is None  # full labels, not shortened ones
    scene.close()


def test_a_small_view_drops_weights_then_shortens_labels_but_keeps_them_legible(qtbot):
    _state, scene, view = preset_view(qtbot, "kol_koc_journey", 1400, 800)
    assert scene.mirror.pills_shown and scene.mirror.compact_pixels is None
    view.resize(700, 340)  # still fitted: the view fits again as it is resized
    assert constructs_outside(view) == []
    assert not scene.mirror.pills_shown
    assert scene.mirror.compact_pixels is not None
    assert view.label_pixel_size() >= LABEL_FLOOR_PIXELS
    for construct in scene.document.constructs:
        item = scene.item_for(construct.id)
        assert label_fits_its_node(item), construct.id
        assert html.escape(construct.label) in item.toolTip()  # the full label is a hover away
    view.resize(1400, 800)
    assert scene.mirror.pills_shown and scene.mirror.compact_pixels is None
    scene.close()


def constructs_outside(view: GraphView) -> list[str]:
    scene, viewport = view.scene(), view.viewport().rect()
    return [
        c.id
        for c in scene.document.constructs
        if not viewport.contains(
            view.mapFromScene(scene.item_for(c.id).sceneBoundingRect()).boundingRect()
        )
    ]


def test_initials_stand_for_a_label_too_long_for_a_compact_node(qapp):
    font = st.font(40, QFont.Weight.DemiBold)
    assert compact_label("Brand content & responsiveness", font, 120, 1) == ["BCR"]
    assert compact_label("Loyalty", font, 400, 1) == ["Loyalty"]


def test_a_short_whole_word_keeps_a_compact_label_from_turning_into_initials(qapp):
    font = st.font(40, QFont.Weight.DemiBold)
    lines = compact_label("KOC authenticity", font, 190, 2)
    assert lines[0] == "KOC"  # whole: three letters are no reason to fall back to "KA"
    assert lines[1].endswith("…") and len(lines[1]) >= 5
