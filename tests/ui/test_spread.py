"""The diagram spread for a screen: no two nodes overlap, the model's arrangement is kept,
and a drag while spread is recorded in the model's own units."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPointF, QSizeF

from synergy_gui.model import ModelDocument
from synergy_gui.ui.graph.spread import IDENTITY, LEAST_FACTOR, Room, Spread, best_spread


def _room(width: float = 1000.0, height: float = 600.0) -> Room:
    return Room(150.0, 60.0, 50.0, 20.0, 40.0, width, height)


def _apart(points: np.ndarray, spread: Spread, room: Room) -> bool:
    need_x, need_y = room.node_width + room.gap_x, room.node_height + room.gap_y
    for a, b in itertools.combinations(points, 2):
        dx, dy = abs(a[0] - b[0]) * spread.x, abs(a[1] - b[1]) * spread.y
        if dx < need_x - 1e-6 and dy < need_y - 1e-6:
            return False
    return True


def test_two_nodes_side_by_side_are_moved_just_far_enough_apart():
    # 100 units apart; a node is 150 wide and keeps 50 from the next: factor (150 + 50) / 100
    spread = best_spread(np.array([[0.0, 0.0], [100.0, 0.0]]), _room())
    assert spread.x == 2.0
    assert spread.y == 1.0  # one row: nothing to spread down


def test_a_diagram_drawn_far_apart_is_squeezed_to_fill_the_screen():
    points = np.array([[0.0, 0.0], [2000.0, 0.0], [0.0, 1500.0], [2000.0, 1500.0]])
    spread = best_spread(points, _room())
    assert spread.x < 1 and spread.y < 1
    assert _apart(points, spread, _room())


def test_a_column_of_five_in_a_wide_screen_spreads_down_only_as_far_as_needed():
    points = np.array([[0.0, 70.0 * k] for k in range(5)] + [[300.0, 140.0]])
    spread = best_spread(points, _room())
    assert spread.y == (60.0 + 20.0) / 70.0
    assert _apart(points, spread, _room())


coordinates = st.floats(-800, 800, allow_nan=False).map(lambda v: round(v, 1))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(coordinates, coordinates), min_size=2, max_size=14, unique=True),
    st.floats(300, 2000),
    st.floats(200, 1200),
)
def test_no_two_nodes_overlap_after_any_spread(points, width, height):
    array = np.array(points)
    room = _room(width, height)
    spread = best_spread(array, room)
    if np.any([a == b for a, b in itertools.combinations(map(tuple, array), 2)]):
        return
    assert spread.x >= LEAST_FACTOR - 1e-12 and spread.y >= LEAST_FACTOR - 1e-12
    assert _apart(array, spread, room)


def test_spread_maps_model_points_and_back():
    spread = Spread(1.5, 0.5)
    drawn = spread.point(100.0, -40.0)
    assert (drawn.x(), drawn.y()) == (150.0, -20.0)
    assert spread.model_point(QPointF(150.0, -20.0)) == (100.0, -40.0)


def test_a_node_dragged_while_spread_moves_by_the_model_s_units(
    qtbot, stack, document: ModelDocument
):
    from synergy_gui.ui.graph.scene import GraphScene

    scene = GraphScene(document, stack)
    scene.lay_out_for(QSizeF(1800, 400))
    spread = scene.mirror.spread
    assert spread != IDENTITY
    node_id = document.constructs[0].id
    item = scene.item_for(node_id)
    before = tuple(document.construct(node_id).position)
    assert (item.pos().x(), item.pos().y()) == (before[0] * spread.x, before[1] * spread.y)
    item.setSelected(True)
    scene.gestures._pressed = {node_id: item.pos()}
    item.setPos(item.pos() + QPointF(30.0 * spread.x, 0.0))
    scene.gestures.released()
    after = document.construct(node_id).position
    assert after[0] == pytest.approx(before[0] + 30.0, abs=1e-9) and after[1] == before[1]
    scene.lay_out_for(None)
    assert (item.pos().x(), item.pos().y()) == tuple(after)
    scene.close()


def test_height_slack_says_how_much_taller_a_width_bound_diagram_could_grow():
    from synergy_gui.ui.graph.spread import height_slack

    # one row of three nodes, 200 apart, in a square viewport: the width limits the fit
    points = np.array([[0.0, 0.0], [200.0, 0.0], [400.0, 0.0]])
    room = _room(600.0, 600.0)
    spread = best_spread(points, room)
    by_width = 600.0 / (400.0 * spread.x + 150.0 + 80.0)
    by_height = 600.0 / (60.0 + 80.0)
    assert height_slack(points, spread, room) == pytest.approx(by_height / by_width)
    assert height_slack(points, spread, room) > 1
