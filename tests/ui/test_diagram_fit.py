"""The diagram reads at any size: fit, less detail instead of cropping, text size, and arrows
that follow a dragged node."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QUndoStack
from PySide6.QtWidgets import QApplication

from synergy_gui.model import ModelDocument
from synergy_gui.ui.graph import GraphScene, GraphView

ARROW = "source__target"


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
        view.show()
        qtbot.waitExposed(view)
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
