"""Transient editing aids of the diagram: the rubber line of a connection being dragged and
the inline editor of a construct's label. Neither changes the document by itself; the scene
turns what they collect into undo commands.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QPainter, QPen, QTextOption
from PySide6.QtWidgets import (
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsTextItem,
    QStyle,
    QStyleOptionGraphicsItem,
)

from synergy_gui.ui.graph.construct_item import ConstructItem
from synergy_gui.ui.graph.style import LABEL_PIXELS, GraphStyle, font


def construct_at(scene: QGraphicsScene, pos: QPointF) -> ConstructItem | None:
    """The construct node under ``pos`` (its handle counts as the node), or None."""
    for item in scene.items(pos):
        while item is not None and not isinstance(item, ConstructItem):
            item = item.parentItem()
        if item is not None:
            return item
    return None


class ConnectDrag:
    """A connection being dragged out of ``source``: a dashed line that follows the pointer."""

    def __init__(self, scene: QGraphicsScene, source: ConstructItem, graph_style: GraphStyle):
        self.scene = scene
        self.source = source
        self.target: ConstructItem | None = None
        pen = QPen(graph_style.highlight, 2.0, Qt.PenStyle.DashLine)
        self.line = QGraphicsLineItem()
        self.line.setPen(pen)
        self.line.setZValue(10)
        scene.addItem(self.line)
        self.move(source.pos())

    def move(self, pos: QPointF) -> None:
        start = self.source.border_point(pos) if pos != self.source.pos() else pos
        self.line.setLine(start.x(), start.y(), pos.x(), pos.y())
        target = construct_at(self.scene, pos)
        if target is self.source:
            target = None
        if target is not self.target:
            if self.target is not None:
                self.target.set_drop_target(False)
            if target is not None:
                target.set_drop_target(True)
            self.target = target

    def finish(self, pos: QPointF) -> ConstructItem | None:
        """End the drag; the construct it was dropped on (never the source), or None."""
        self.move(pos)
        target = self.target
        self.cancel()
        return target

    def cancel(self) -> None:
        """End the drag without connecting anything."""
        if self.target is not None:
            self.target.set_drop_target(False)
            self.target = None
        if self.line.scene() is self.scene:
            self.scene.removeItem(self.line)


class InlineEditor(QGraphicsTextItem):
    """Edits a construct's label in place: Enter commits, Escape cancels, clicking away commits.

    ``on_done`` receives the new text, or None when cancelled, after the event has finished.
    """

    def __init__(self, node: ConstructItem, on_done: Callable[[str | None], None]) -> None:
        super().__init__(node.label, node)
        self.node = node
        self._on_done = on_done
        self._finished = False
        area = node.label_rect()
        self.setFont(font(LABEL_PIXELS))
        self.setTextWidth(area.width())
        option = QTextOption(Qt.AlignmentFlag.AlignCenter)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.setDefaultTextColor(Qt.GlobalColor.black)
        self.setPos(area.left(), area.top() - 2)
        self.setZValue(5)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        cursor.select(cursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def finish(self, commit: bool) -> None:
        """Close the editor, handing over the text (or None when not committing)."""
        if self._finished:
            return
        self._finished = True
        text = self.toPlainText().strip() if commit else None
        QTimer.singleShot(0, lambda: self._on_done(text))

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish(True)
        elif event.key() == Qt.Key.Key_Escape:
            self.finish(False)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.finish(True)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(QPen(Qt.GlobalColor.darkGray, 1))
        painter.setBrush(Qt.GlobalColor.white)
        painter.drawRoundedRect(self.boundingRect(), 4, 4)
        plain = QStyleOptionGraphicsItem(option)  # without the dashed focus frame
        plain.state &= ~(QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_Selected)
        super().paint(painter, plain, widget)


class LabelEditing:
    """At most one inline label editor at a time; ``commit(construct_id, text)`` renames."""

    def __init__(self, scene: QGraphicsScene, commit: Callable[[str, str], None]) -> None:
        self.scene = scene
        self.editor: InlineEditor | None = None
        self._commit = commit

    def start(self, node: ConstructItem) -> None:
        self.close()
        editor = InlineEditor(node, lambda text: self._done(editor, text))
        self.editor = editor

    def _done(self, editor: InlineEditor, text: str | None) -> None:
        if self.editor is editor:
            self.close()
        if text is not None and editor.node.scene() is self.scene:
            self._commit(editor.node.construct_id, text)

    def close(self) -> None:
        """Close the open editor without renaming."""
        editor, self.editor = self.editor, None
        if editor is not None:
            editor.finish(False)  # no-op when it already finished
            if editor.scene() is self.scene:
                self.scene.removeItem(editor)

    def forget(self, item) -> None:
        """``item`` is leaving the scene: close its editor."""
        if self.editor is not None and self.editor.node is item:
            self.close()
