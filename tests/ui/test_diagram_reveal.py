"""A story step's reveal and the highlighted routes, as the diagram shows them, live."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QUndoStack

from synergy_gui.model.presets import load_preset
from synergy_gui.model.view_state import ViewState
from synergy_gui.ui.graph import GraphScene, GraphView
from synergy_gui.ui.graph.path_item import pen_width
from synergy_gui.ui.graph.reveal import DIMMED_OPACITY, FADED_OPACITY

SHOWN = {"interactivity", "personalization", "synergistic_influence"}
SYNERGY_PATH = "synergistic_influence__digital_trust"


@pytest.fixture
def diagram(qtbot):
    document = load_preset("synergistic_influence")
    view_state = ViewState(document)
    scene = GraphScene(document, QUndoStack())
    scene.set_view_state(view_state)
    view = GraphView(scene)
    view.resize(1200, 700)
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    view.fit_all()
    yield view_state, scene, view
    scene.close()


def accent_pixels(view: GraphView) -> int:
    """Pixels of the accent colour (highlighted paths) in a screenshot of the view."""
    image = view.viewport().grab().toImage()
    accent = QColor(view.scene().style.highlight)
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - accent.red()) < 12
                and abs(pixel.green() - accent.green()) < 12
                and abs(pixel.blue() - accent.blue()) < 12
            ):
                count += 1
    return count


def test_constructs_left_out_of_a_step_fade_with_their_paths(diagram):
    view_state, scene, _view = diagram
    view_state.set_shown(SHOWN, "fade")
    for construct in scene.document.constructs:
        item = scene.item_for(construct.id)
        assert item.isVisible()
        expected = 1.0 if construct.id in SHOWN else FADED_OPACITY
        assert item.opacity() == pytest.approx(expected), construct.id
    faded = scene.item_for(SYNERGY_PATH)  # digital trust is not shown
    assert faded.opacity() == pytest.approx(FADED_OPACITY)
    junction = scene.item_for(scene.document.junctions[0].id)  # its members are shown
    assert junction.opacity() == pytest.approx(1.0)


def test_hide_mode_hides_the_rest_and_showing_all_brings_it_back(diagram):
    view_state, scene, _view = diagram
    view_state.set_shown(SHOWN, "hide")
    hidden = [c.id for c in scene.document.constructs if not scene.item_for(c.id).isVisible()]
    assert set(hidden) == {c.id for c in scene.document.constructs} - SHOWN
    assert not scene.item_for(SYNERGY_PATH).isVisible()
    view_state.set_shown(None)
    for construct in scene.document.constructs:
        item = scene.item_for(construct.id)
        assert item.isVisible() and item.opacity() == pytest.approx(1.0)


def test_highlighted_paths_are_thicker_in_the_accent_colour_and_the_rest_dimmed(diagram):
    view_state, scene, view = diagram
    assert accent_pixels(view) == 0
    item = scene.item_for(SYNERGY_PATH)
    view_state.set_highlighted({SYNERGY_PATH})
    assert item.arrow.line_width == pytest.approx(pen_width(item.weight) + 3.0)
    assert item.opacity() == pytest.approx(1.0)
    other = next(p for p in scene.document.paths if p.id != SYNERGY_PATH)
    assert scene.item_for(other.id).opacity() == pytest.approx(DIMMED_OPACITY)
    assert accent_pixels(view) > 100  # the route is drawn in the accent colour
    view_state.set_highlighted(())
    assert scene.item_for(other.id).opacity() == pytest.approx(1.0)
    assert accent_pixels(view) == 0


def test_a_construct_added_during_a_step_follows_its_reveal(qtbot, diagram):
    view_state, scene, _view = diagram
    view_state.set_shown(SHOWN, "fade")
    new_id = scene.add_construct_at(rename=False)
    item = scene.item_for(new_id)
    qtbot.waitUntil(lambda: item.opacity() == pytest.approx(FADED_OPACITY))
