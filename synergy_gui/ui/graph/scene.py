"""The diagram: a QGraphicsScene that shows a document and turns gestures into undo commands.

Items follow the document through its events (see :mod:`.mirror`); every edit made here is
an undo command pushed with :func:`~synergy_gui.ui.commands.push`, and a refused edit is
reported through :attr:`GraphScene.problem` instead of raising.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPointF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from synergy_gui.model import ModelDocument
from synergy_gui.model.view_state import ViewChange, ViewState
from synergy_gui.ui.commands import (
    AddConstructCommand,
    AddJunctionCommand,
    ConnectCommand,
    MoveCommand,
    RemoveItemsCommand,
    UpdateItemCommand,
    push,
)
from synergy_gui.ui.graph import menus
from synergy_gui.ui.graph.construct_item import ConstructItem
from synergy_gui.ui.graph.editing import InlineEditor, LabelEditing, construct_at
from synergy_gui.ui.graph.gestures import Gestures
from synergy_gui.ui.graph.junction_item import JunctionItem
from synergy_gui.ui.graph.layout import column_layout, free_spot, junction_places
from synergy_gui.ui.graph.mirror import DocumentMirror
from synergy_gui.ui.graph.node_parts import ConnectHandle
from synergy_gui.ui.graph.path_item import PathItem
from synergy_gui.ui.graph.reveal import apply_reveal
from synergy_gui.ui.graph.scene_geometry import SceneGeometry
from synergy_gui.ui.graph.selection import SelectionOrder, junction_problem
from synergy_gui.ui.graph.style import (
    LABEL_FLOOR_PIXELS,
    current_style,
)
from synergy_gui.ui.i18n import translate

NEW_LABEL = QT_TRANSLATE_NOOP("GraphScene", "New construct")
_SCENE_MARGIN = 40.0
#: The view-state fields the diagram draws.
_VIEW_FIELDS = frozenset({"text_scale", "shown", "highlighted"})

Moves = dict[str, tuple[tuple[float, float], tuple[float, float]]]


def item_id(item) -> str | None:
    """The document id an item shows, or None for other items."""
    if isinstance(item, ConstructItem):
        return item.construct_id
    if isinstance(item, PathItem):
        return item.path_id
    if isinstance(item, JunctionItem):
        return item.junction_id
    return None


class GraphScene(SceneGeometry, QGraphicsScene):
    """The node-graph editor's scene for one document."""

    selectedIdsChanged = Signal(list)  # noqa: N815 (a Qt signal, named as Qt names them)
    problem = Signal(str)
    #: "Show in Synergy" on a junction's menu: the window brings the Synergy dock forward.
    synergyRequested = Signal(str)  # noqa: N815
    #: The text size changed the nodes' sizes and the arrows are routed again: a view
    #: that was showing the whole diagram fits it again.
    refitWanted = Signal()  # noqa: N815

    def __init__(self, document: ModelDocument, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.style = current_style()
        self.setBackgroundBrush(self.style.background)
        self.labels = LabelEditing(self, self.rename_construct)
        self.gestures = Gestures(self)
        self.mirror = DocumentMirror(
            self, self.style, self._schedule_rect_update, self._on_item_removing
        )
        self.selection = SelectionOrder(self)
        self._rect_pending = False
        self._rect_fresh = True  # the next extent replaces the scene rect instead of growing it
        self._refit_pending = False
        self._zoom = 1.0
        self._screen: QSizeF | None = None  # the viewport the diagram is laid out for
        self.label_floor = LABEL_FLOOR_PIXELS  # on-screen label size below which nodes go compact
        self.view_state: ViewState | None = None
        link: list[ViewState] = []  # the view state to leave when the scene is destroyed
        self._view_link = link
        listener = self._on_view_changed
        self.destroyed.connect(lambda *_: [v.disconnect(listener) for v in link])
        self.selectionChanged.connect(self._on_selection_changed)
        self.set_document(document)

    def set_view_state(self, view: ViewState | None) -> None:
        """Follow ``view``'s text size, reveal and highlights (None: stop following)."""
        if self.view_state is not None:
            self.view_state.disconnect(self._on_view_changed)
        self.view_state = view
        self._view_link[:] = [] if view is None else [view]
        if view is not None:
            view.connect(self._on_view_changed)
            self._on_view_changed(ViewChange(_VIEW_FIELDS))

    def _on_view_changed(self, change: ViewChange) -> None:
        if "text_scale" in change:
            self._apply_geometry()
        if "shown" in change or "highlighted" in change:
            apply_reveal(self.mirror, self.view_state)

    # ------------------------------------------------------------ document
    @property
    def document(self) -> ModelDocument:
        return self.mirror.document

    def set_document(self, document: ModelDocument) -> None:
        """Show ``document`` instead of the current one (disconnecting from it)."""
        self.labels.close()
        self.mirror.attach(document)
        if self._screen is not None:
            self._apply_geometry()  # node widths follow the new labels

    def close(self) -> None:
        """Stop following the document and the view state (before the scene is thrown away)."""
        self.set_view_state(None)
        self.labels.close()
        self.mirror.detach()

    def item_for(self, item_id: str):
        """The item showing this construct, path or junction id, or None."""
        return self.mirror.item(item_id)

    def set_levels(self, levels: dict[str, float]) -> None:
        """Show simulated levels {construct id: level} (repaints each level bar only)."""
        constructs = self.mirror.constructs
        for construct_id, level in levels.items():
            item = constructs.get(construct_id)
            if item is not None:
                item.set_level(float(level))

    def set_differences(self, differences: dict[str, float] | None) -> None:
        """Show each construct's difference from the reference scenario (None: hide them)."""
        for construct_id, item in self.mirror.constructs.items():
            item.set_difference(None if differences is None else differences.get(construct_id))

    def select_all(self) -> None:
        """Select every construct, path and junction (Ctrl+A)."""
        mirror = self.mirror
        for item in (
            *mirror.constructs.values(),
            *mirror.paths.values(),
            *mirror.junctions.values(),
        ):
            item.setSelected(True)

    def selected_ids(self) -> list[str]:
        """Ids of the selected items, in the order they were selected."""
        return self.selection.ids()

    def refresh_style(self) -> None:
        """Take the colours of the application's current (light or dark) palette."""
        self.style = current_style()
        self.setBackgroundBrush(self.style.background)
        self.mirror.set_style(self.style)

    # ------------------------------------------------------------ edits
    def push_command(self, command: QUndoCommand) -> str | None:
        """Apply and record an edit; a refusal is emitted through :attr:`problem` and returned."""
        problem = push(self.undo_stack, command)
        if problem:
            self.problem.emit(problem)
        return problem

    def add_construct_at(self, pos: QPointF | None = None, rename: bool = True) -> str | None:
        """Add an organism labelled "New construct", select it and start renaming it.

        It goes at ``pos`` (the middle of the view when None), moved down clear of any node
        already there.
        """
        x, y = free_spot(self.document, self._view_centre() if pos is None else pos)
        command = AddConstructCommand(
            self.document, translate("GraphScene", NEW_LABEL), "organism", (x, y)
        )
        if self.push_command(command):
            return None
        new_id = command.construct_id
        self.clearSelection()
        self.mirror.constructs[new_id].setSelected(True)
        if rename:
            self.start_rename(new_id)
        return new_id

    def _view_centre(self) -> QPointF:
        views = self.views()
        if views:
            return views[0].mapToScene(views[0].viewport().rect().center())
        return self.itemsBoundingRect().center()

    def connect_constructs(self, source: str, target: str, select: bool = False) -> str | None:
        """Add a path; returns the new path id, or None (after emitting problem) if refused.

        With ``select`` the new path becomes the selection, so the inspector shows its weight.
        """
        command = ConnectCommand(self.document, source, target)
        if self.push_command(command):
            return None
        item = self.mirror.paths.get(command.path_id)
        if select and item is not None:
            self.clearSelection()
            item.setSelected(True)
        return command.path_id

    def delete_selected(self) -> None:
        """Delete every selected construct, path and junction in one undo step."""
        ids = self.selection.ids()
        if ids:
            self.push_command(RemoveItemsCommand(self.document, ids))

    def rename_construct(self, construct_id: str, label: str) -> str | None:
        """Set a construct's label; returns the reason when the document refuses."""
        if label == self.document.construct(construct_id).label:
            return None
        return self.push_command(
            UpdateItemCommand(self.document, "construct", construct_id, label=label)
        )

    def rename_selected(self) -> None:
        """Start editing the label of the (last) selected construct in place."""
        constructs = [i for i in self.selection.ids() if i in self.mirror.constructs]
        if constructs:
            self.start_rename(constructs[-1])

    def add_junction_for_selected(self) -> str | None:
        """Join the selected constructs in a synergy junction acting on the target.

        The target is the last selected construct that is not a stimulus (in a rubber-band
        selection: the most downstream one); every other selected construct is a member.
        """
        members, target = self.selection.junction_parts(self.document)
        problem = junction_problem(self.document, members, target)
        if problem:
            self.problem.emit(problem)
            return None
        command = AddJunctionCommand(self.document, members, target)
        return None if self.push_command(command) else command.junction_id

    def auto_layout(self) -> None:
        """Arrange constructs in role columns (stimulus → organism → response); one undo step."""
        doc = self.document
        places = column_layout(doc)
        places.update(junction_places(doc, places))
        moves: Moves = {}
        for key, new in places.items():
            old = (
                doc.construct(key).position
                if doc.has_construct(key)
                else doc.junction(key).position
            )
            if (old[0], old[1]) != new:
                moves[key] = ((old[0], old[1]), new)
        if moves:
            self.push_command(MoveCommand(doc, moves))

    def move_items(self, moves: Moves) -> None:
        """Record moves already previewed on the items as one undo step."""
        auto = {
            k
            for k in moves
            if k in self.mirror.junctions and self.document.junction(k).position is None
        }
        commands: list[QUndoCommand] = []
        if set(moves) - auto:
            commands.append(
                MoveCommand(self.document, {k: v for k, v in moves.items() if k not in auto})
            )
        for key in sorted(auto):
            new = moves[key][1]
            commands.append(UpdateItemCommand(self.document, "junction", key, position=new))
        if len(commands) == 1:
            self.push_command(commands[0])
        elif commands:
            self.undo_stack.beginMacro(translate("Commands", "Move"))
            for command in commands:
                self.push_command(command)
            self.undo_stack.endMacro()

    # ------------------------------------------------------------ inline rename
    @property
    def editor(self) -> InlineEditor | None:
        """The open inline label editor, if any."""
        return self.labels.editor

    def start_rename(self, construct_id: str) -> None:
        """Edit a construct's label in place (Enter commits, Escape cancels)."""
        self.labels.start(self.mirror.constructs[construct_id])

    def _on_item_removing(self, item) -> None:
        self.labels.forget(item)
        self.gestures.forget(item)

    # ------------------------------------------------------------ selection and extent
    def _on_selection_changed(self) -> None:
        if self.selection.update():
            self.selectedIdsChanged.emit(self.selection.ids())

    def _schedule_rect_update(self, fresh: bool = False) -> None:
        self._rect_fresh = self._rect_fresh or fresh
        if not self._rect_pending:
            self._rect_pending = True
            QTimer.singleShot(0, self._update_rect)

    def _update_rect(self) -> None:
        """Route, then grow the scene rect to the items; it shrinks only for a new diagram.

        A rect that followed every add or delete would shift the whole diagram on screen
        each time (the view centres a scene smaller than itself).
        """
        self._rect_pending = False
        self.mirror.reroute()
        apply_reveal(self.mirror, self.view_state)  # new items follow a story step's reveal
        m = _SCENE_MARGIN
        wanted = self.itemsBoundingRect().adjusted(-m, -m, m, m)
        fresh, self._rect_fresh = self._rect_fresh, False
        rect = wanted if fresh else self.sceneRect().united(wanted)
        if rect != self.sceneRect():
            self.setSceneRect(rect)
        if self._refit_pending:
            self._refit_pending = False
            self.refitWanted.emit()

    # ------------------------------------------------------------ Qt overrides
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.gestures.press(event):
            event.accept()
            return
        super().mousePressEvent(event)
        self.gestures.pressed(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.gestures.move(event):
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.gestures.release(event):
            return
        super().mouseReleaseEvent(event)
        self.gestures.released()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mouseDoubleClickEvent(event)
        node = construct_at(self, event.scenePos())
        hit = [
            i for i in self.items(event.scenePos()) if item_id(i) or isinstance(i, ConnectHandle)
        ]
        if node is not None:
            self.start_rename(node.construct_id)
        elif not hit and self.editor is None:
            self.add_construct_at(event.scenePos())
        event.accept()

    def keyPressEvent(self, event) -> None:
        if self.editor is not None or self.focusItem() is not None:
            return super().keyPressEvent(event)
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selected()
        elif key == Qt.Key.Key_F2:
            self.rename_selected()
        elif key == Qt.Key.Key_Escape:
            self.gestures.cancel()
            self.clearSelection()
        elif key == Qt.Key.Key_J and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            # Reaches here only while the window's Add Junction action is disabled (too few
            # constructs selected): say what to select rather than ignore the keys.
            self.add_junction_for_selected()
        else:
            return super().keyPressEvent(event)
        event.accept()

    def contextMenuEvent(self, event) -> None:
        clicked = construct_at(self, event.scenePos()) or next(
            (i for i in self.items(event.scenePos()) if item_id(i)), None
        )
        if clicked is not None and not clicked.isSelected():
            self.clearSelection()
            clicked.setSelected(True)
        menu = menus.context_menu(self, clicked, event.scenePos())
        menu.exec(event.screenPos())

    def event(self, event: QEvent) -> bool:
        palette_events = (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)
        if event.type() in palette_events and getattr(self, "mirror", None) is not None:
            self.refresh_style()
        return super().event(event)
