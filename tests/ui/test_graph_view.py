"""Zoom, pan and fit of the diagram's view; the automatic layout; light and dark colours."""

from __future__ import annotations

import itertools
import json

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPalette, QUndoStack, QWheelEvent
from PySide6.QtWidgets import QApplication

from synergy_gui.assets import presets_dir
from synergy_gui.model import ModelDocument
from synergy_gui.model.serialize import from_dict
from synergy_gui.ui.graph import GraphScene, GraphView
from synergy_gui.ui.graph.layout import ROW_GAP, column_layout
from synergy_gui.ui.graph.style import ROLE_COLOURS, make_style, mix
from synergy_gui.ui.graph.view import LABEL_FLOOR_PIXELS, ZOOM_STEP


def chain_document() -> ModelDocument:
    doc = ModelDocument()
    for label, role in [
        ("Interactivity", "stimulus"),
        ("Personalization", "stimulus"),
        ("eWOM", "stimulus"),
        ("Authenticity", "organism"),
        ("Digital trust", "organism"),
        ("Engagement", "response"),
        ("Loyalty", "response"),
    ]:
        doc.new_construct(label, role)
    for source, target in [
        ("interactivity", "authenticity"),
        ("personalization", "authenticity"),
        ("authenticity", "digital_trust"),
        ("ewom", "digital_trust"),
        ("digital_trust", "engagement"),
        ("engagement", "loyalty"),
        ("loyalty", "engagement"),  # a loop must not stop the layout
    ]:
        doc.connect(source, target)
    return doc


@pytest.fixture
def view(qtbot):
    document = chain_document()
    for key, place in column_layout(document).items():
        document.update_construct(key, position=place)
    document.update_construct("loyalty", position=(2000, 1500))
    scene = GraphScene(document, QUndoStack())
    widget = GraphView(scene)
    widget.resize(800, 500)
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    yield widget
    scene.close()


def visible(view: GraphView, item) -> bool:
    shown = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
    return view.viewport().rect().contains(shown)


def test_zoom_in_and_out_by_steps_and_within_limits(view):
    view.set_zoom(1.0)
    view.zoom_in()
    assert view.zoom == pytest.approx(ZOOM_STEP)
    view.zoom_out()
    view.zoom_out()
    assert view.zoom == pytest.approx(1 / ZOOM_STEP)
    for _ in range(40):
        view.zoom_out()
    assert view.zoom == pytest.approx(0.15)


def test_wheel_and_keys_zoom(qtbot, view):
    view.set_zoom(1.0)
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(view.viewport().mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom == pytest.approx(ZOOM_STEP**2)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(ZOOM_STEP)
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(ZOOM_STEP**2)


def test_fit_all_shows_every_construct(view):
    scene = view.scene()
    scene.document.update_construct("loyalty", position=(720, 260))
    far = scene.item_for("loyalty")
    view.set_zoom(2.0)
    view.centerOn(0, 0)
    assert not visible(view, far)
    view.fit_all()
    for construct in scene.document.constructs:
        assert visible(view, scene.item_for(construct.id)), construct.id


def test_fit_shows_a_far_construct_and_draws_less_detail_rather_than_tiny_text(qtbot, view):
    # Loyalty sits far away (2000, 1500): fitting everything in 800 x 500 needs a scale of
    # about 0.2. Fit shows it all the same; the nodes turn compact at a legible label size
    # and the weights, which could not be read, are not drawn.
    view.fit_all()
    for construct in view.scene().document.constructs:
        assert visible(view, view.scene().item_for(construct.id)), construct.id
    assert view.label_pixel_size() >= LABEL_FLOOR_PIXELS
    assert not view.scene().mirror.pills_shown


@pytest.mark.parametrize("preset", ["kol_koc_journey", "trust_influence_engagement"])
def test_fit_in_the_diagram_area_of_a_1024_by_700_window_shows_everything_legibly(qtbot, preset):
    # At 1024 x 700 the docks leave the diagram about 330 x 250 pixels.
    text = (presets_dir() / f"{preset}.synergy.json").read_text(encoding="utf-8")
    scene = GraphScene(from_dict(json.loads(text)), QUndoStack())
    widget = GraphView(scene)
    widget.resize(330, 250)
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    widget.fit_all()
    for construct in scene.document.constructs:
        assert visible(widget, scene.item_for(construct.id)), construct.id
    assert widget.label_pixel_size() >= LABEL_FLOOR_PIXELS
    assert not scene.mirror.pills_shown  # weights under a legible size are left out
    scene.close()


def test_middle_button_drag_pans(qtbot, view):
    view.set_zoom(1.0)
    view.centerOn(500, 500)
    before = view.mapToScene(view.viewport().rect().center())
    start = view.viewport().rect().center()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.MiddleButton, pos=start)
    qtbot.mouseMove(view.viewport(), start + QPoint(-100, -40))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.MiddleButton, pos=start + QPoint(-100, -40))
    after = view.mapToScene(view.viewport().rect().center())
    assert (after.x() - before.x(), after.y() - before.y()) == pytest.approx((100, 40), abs=1)


def test_nodes_are_painted_in_their_role_colours(qtbot, view):
    scene = view.scene()
    scene.document.update_construct("loyalty", position=(800, 0))
    view.set_zoom(1.0)
    view.centerOn(scene.item_for("interactivity"))
    qtbot.wait(10)
    image = view.viewport().grab().toImage()
    node = scene.item_for("interactivity")
    corner = view.mapFromScene(node.pos() + QPointF(-node.half_width + 9, -node.half_height + 9))
    painted = QColor(image.pixel(corner))
    expected = make_style(dark=False).role("stimulus").fill
    assert abs(painted.red() - expected.red()) < 6
    assert abs(painted.blue() - expected.blue()) < 6


def test_layout_columns_follow_roles_and_chains(qtbot):
    document = chain_document()
    places = column_layout(document)
    x = {key: place[0] for key, place in places.items()}
    assert x["interactivity"] == x["personalization"] == x["ewom"]
    assert x["ewom"] < x["authenticity"] < x["digital_trust"] < x["engagement"] < x["loyalty"]
    by_column: dict[float, list[float]] = {}
    for place in places.values():
        by_column.setdefault(place[0], []).append(place[1])
    for heights in by_column.values():
        heights.sort()
        assert all(b - a >= ROW_GAP - 1e-6 for a, b in itertools.pairwise(heights))
    assert column_layout(ModelDocument()) == {}


def test_dark_palette_gives_dark_canvas_and_readable_nodes(qtbot, view):
    app = QApplication.instance()
    light = app.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2d30"))
    try:
        app.setPalette(dark)
        scene = view.scene()
        scene.refresh_style()
        assert scene.backgroundBrush().color().lightnessF() < 0.3
        role = scene.item_for("digital_trust").role_style
        assert role.text == QColor("#ffffff")
        assert role.fill.lightnessF() < 0.4
    finally:
        app.setPalette(light)
        view.scene().refresh_style()
    assert view.scene().backgroundBrush().color().lightnessF() > 0.9


def test_light_node_fill_is_a_tint_of_the_role_colour():
    style = make_style(dark=False)
    for role, colour in ROLE_COLOURS.items():
        expected = mix(QColor(colour), QColor("#ffffff"), 0.2)
        assert style.role(role).fill == expected
        assert style.role(role).text == QColor("#1b1b1b")


def test_the_scene_follows_a_change_of_the_application_palette(qtbot, view):
    app = QApplication.instance()
    light = app.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    try:
        app.setPalette(dark)
        qtbot.waitUntil(lambda: view.scene().backgroundBrush().color().lightnessF() < 0.3)
    finally:
        app.setPalette(light)
    qtbot.waitUntil(lambda: view.scene().backgroundBrush().color().lightnessF() > 0.9)


def test_holding_space_turns_a_drag_into_panning(qtbot, view):
    view.set_zoom(2.0)
    view.centerOn(300, 200)
    before = view.mapToScene(view.viewport().rect().center())
    qtbot.keyPress(view, Qt.Key.Key_Space)
    start = view.viewport().rect().center()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), start + QPoint(-60, -30))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(-60, -30))
    qtbot.keyRelease(view, Qt.Key.Key_Space)
    after = view.mapToScene(view.viewport().rect().center())
    assert (after.x() - before.x(), after.y() - before.y()) == pytest.approx((30, 15), abs=1)
    assert view.scene().selected_ids() == []  # panned, not rubber-band selected
