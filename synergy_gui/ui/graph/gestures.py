"""Mouse gestures on the diagram: drag to connect, drag to move (recorded on release)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from synergy_gui.ui.graph.construct_item import ConstructItem
from synergy_gui.ui.graph.editing import ConnectDrag, construct_at
from synergy_gui.ui.graph.junction_item import JunctionItem
from synergy_gui.ui.graph.node_parts import ConnectHandle

if TYPE_CHECKING:
    from synergy_gui.ui.graph.scene import GraphScene


class Gestures:
    """What a left-button drag on the scene means, and what it leaves in the document.

    A drag from a node's handle, or with Shift from the node itself, draws a connection; any
    other drag moves the selected nodes, previewed on the items and recorded as one undo step
    when the button is released.
    """

    def __init__(self, scene: GraphScene) -> None:
        self.scene = scene
        self.drag: ConnectDrag | None = None
        self._pressed: dict[str, QPointF] = {}

    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        """Start a connection if the press asks for one; True when it did."""
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        hits = self.scene.items(event.scenePos())
        handle = next((item for item in hits if isinstance(item, ConnectHandle)), None)
        if handle is not None:
            node = handle.parentItem()  # the knob wins over a line or label lying on it
        elif event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            node = construct_at(self.scene, event.scenePos())
        else:
            return False
        if node is None:
            return False
        self.drag = ConnectDrag(self.scene, node, self.scene.style)
        return True

    def pressed(self, event: QGraphicsSceneMouseEvent) -> None:
        """After Qt handled a press (and the selection): note where the movable items are."""
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._pressed = {}
        for item in self.scene.selectedItems():
            if isinstance(item, ConstructItem):
                self._pressed[item.construct_id] = item.pos()
            elif isinstance(item, JunctionItem):
                self._pressed[item.junction_id] = item.pos()
                item.held = True

    def move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self.drag is None:
            return False
        self.drag.move(event.scenePos())
        return True

    def release(self, event: QGraphicsSceneMouseEvent) -> bool:
        """Finish a connection (True), or leave the release to Qt (False)."""
        if self.drag is None:
            return False
        drag, self.drag = self.drag, None
        target = drag.finish(event.scenePos())
        if target is not None:
            self.scene.connect_constructs(
                drag.source.construct_id, target.construct_id, select=True
            )
        return True

    def released(self) -> None:
        """After Qt moved the items: record the moves as one undo step."""
        pressed, self._pressed = self._pressed, {}
        moves = {}
        for key, before in pressed.items():
            item = self.scene.item_for(key)
            if isinstance(item, JunctionItem):
                item.held = False
            if item is not None and item.pos() != before:
                spread = self.scene.mirror.spread  # moves are recorded in the model's units
                moves[key] = (spread.model_point(before), spread.model_point(item.pos()))
        if moves:
            self.scene.move_items(moves)

    def cancel(self) -> None:
        """Drop a connection being dragged (Escape, or its node vanished)."""
        drag, self.drag = self.drag, None
        if drag is not None:
            drag.cancel()

    def forget(self, item) -> None:
        """``item`` is leaving the scene: no gesture may hold on to it."""
        if self.drag is not None and item in (self.drag.source, self.drag.target):
            self.cancel()
