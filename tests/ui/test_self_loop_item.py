"""A self-loop on the diagram: a small arc over its node with the weight above it, clickable
and selectable like any path, following its node, and added from the node's menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QUndoStack

from synergy_gui.model import ModelDocument
from synergy_gui.ui.graph import GraphScene, GraphView, PathItem
from synergy_gui.ui.graph.menus import context_menu

LOOP = "trust__trust"


@pytest.fixture
def document() -> ModelDocument:
    doc = ModelDocument()
    doc.new_construct("Ads", "stimulus", (0, 0))
    doc.new_construct("Trust", "organism", (300, 0))
    doc.connect("ads", "trust", 0.5)
    doc.connect("trust", "trust", 0.4)
    return doc


@pytest.fixture
def scene(qapp, document):
    graph = GraphScene(document, QUndoStack())
    yield graph
    graph.close()


def test_the_loop_is_an_arc_over_its_node_with_the_weight_above(scene):
    loop, node = scene.item_for(LOOP), scene.item_for("trust")
    assert isinstance(loop, PathItem) and loop.is_loop
    top = node.pos().y() - node.half_height
    arc = loop.arrow.line.boundingRect()
    assert arc.bottom() <= top + 1 and arc.top() < top - 30  # it rises above the node
    assert node.pos().x() - node.half_width < arc.center().x() < node.pos().x() + node.half_width
    assert loop.arrow.pill.bottom() < arc.top() + 4  # the weight sits on top of the arc
    assert loop.arrow.text == "+0.40"
    assert loop.shape().contains(loop.arrow.point_at(0.5))  # the arc's top can be clicked


def test_the_loop_follows_its_node(scene, document):
    loop = scene.item_for(LOOP)
    before = loop.arrow.line.boundingRect().center()
    document.update_construct("trust", position=(300, 200))
    after = loop.arrow.line.boundingRect().center()
    assert after.y() == pytest.approx(before.y() + 200)


def test_a_click_on_the_arc_selects_the_loop(qtbot, scene):
    view = GraphView(scene)
    view.resize(700, 400)
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    view.set_zoom(1.0)
    view.centerOn(300, 0)
    peak = scene.item_for(LOOP).arrow.point_at(0.5)
    clicked = view.mapFromScene(QPointF(peak.x(), peak.y() + 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=clicked)
    assert scene.selected_ids() == [LOOP]


def test_the_nodes_menu_adds_a_self_loop_as_one_undo_step(scene, document):
    document.remove_path(LOOP)
    before = document.clone()
    menu = context_menu(scene, scene.item_for("trust"), QPointF())
    connect = next(a.menu() for a in menu.actions() if a.text() == "Connect to")
    itself = next(a for a in connect.actions() if a.text() == "Itself (a self-loop)")
    itself.trigger()
    assert document.find_path("trust", "trust") is not None
    assert scene.item_for(document.find_path("trust", "trust").id).is_loop
    scene.undo_stack.undo()
    assert document == before
    stimulus_menu = context_menu(scene, scene.item_for("ads"), QPointF())
    connect = next(a.menu() for a in stimulus_menu.actions() if a.text() == "Connect to")
    assert "Itself (a self-loop)" not in [a.text() for a in connect.actions()]
