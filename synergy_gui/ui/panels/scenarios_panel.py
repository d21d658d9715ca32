"""The Scenarios dock: make, edit and compare what-if scenarios.

The list chooses the active scenario and ticks those compared, both held by the view state;
the editor below changes the active scenario through undo commands. The panel keeps no copy
of either: it reads the view state each time, listens to it and writes to it.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QGridLayout,
    QPushButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from synergy_gui.model import Change, ModelDocument, ModelError
from synergy_gui.model.view_state import MAX_COMPARED, ScenarioKey, ViewChange, ViewState
from synergy_gui.ui.commands import (
    AddScenarioCommand,
    MoveScenarioCommand,
    RemoveScenarioCommand,
    UpdateItemCommand,
    push,
)
from synergy_gui.ui.i18n import translate
from synergy_gui.ui.panels.base import DocumentPanel
from synergy_gui.ui.panels.rows import problem_label, show_problem
from synergy_gui.ui.panels.scenario_editor import ScenarioEditor
from synergy_gui.ui.panels.scenario_list import AS_DRAWN_TEXT, ScenarioList
from synergy_gui.ui.panels.scenario_rows import EditContext

#: Button texts and tooltips, by the name of the panel method they call.
BUTTONS = {
    "new_from_sliders": (
        QT_TRANSLATE_NOOP("ScenariosPanel", "New from sliders"),
        QT_TRANSLATE_NOOP(
            "ScenariosPanel", "A new scenario holding every stimulus at its slider's present level"
        ),
    ),
    "duplicate": (
        QT_TRANSLATE_NOOP("ScenariosPanel", "Duplicate"),
        QT_TRANSLATE_NOOP("ScenariosPanel", "A copy of the selected scenario, to vary"),
    ),
    "rename": (
        QT_TRANSLATE_NOOP("ScenariosPanel", "Rename"),
        QT_TRANSLATE_NOOP(
            "ScenariosPanel", "Rename the selected scenario (or double-click its name)"
        ),
    ),
    "delete": (
        QT_TRANSLATE_NOOP("ScenariosPanel", "Delete"),
        QT_TRANSLATE_NOOP("ScenariosPanel", "Delete the selected scenario (Undo brings it back)"),
    ),
    "move_up": (
        QT_TRANSLATE_NOOP("ScenariosPanel", "Move up"),
        QT_TRANSLATE_NOOP("ScenariosPanel", "Move the selected scenario up the list"),
    ),
    "move_down": (
        QT_TRANSLATE_NOOP("ScenariosPanel", "Move down"),
        QT_TRANSLATE_NOOP("ScenariosPanel", "Move the selected scenario down the list"),
    ),
}
_CONSTRUCT_TITLES = frozenset({"label", "role", "description", "references"})
_WEIGHT_TITLES = frozenset({"label", "source", "target", "members", "description", "references"})


class ScenariosPanel(DocumentPanel):
    """The scenario list with its buttons, over the active scenario's editor."""

    problem = Signal(str)  # why an edit was refused, for the window's status bar

    def __init__(
        self,
        document: ModelDocument,
        undo_stack: QUndoStack,
        view_state: ViewState,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(document, parent)
        self.undo_stack, self.view_state = undo_stack, view_state
        context = EditContext(document, lambda: view_state.scenario, self._submit, self.report)
        self.list = ScenarioList()
        self.buttons: dict[str, QPushButton] = {}
        self.problem_label = problem_label()
        self.editor = ScenarioEditor(context)
        self._build()
        self.list.chosen.connect(self._on_list_chosen)
        self.list.compare_toggled.connect(self._on_list_compare_toggled)
        self.list.renamed.connect(self._on_list_renamed)
        view_state.connect(self._on_view_changed)
        self.destroyed.connect(lambda *_: view_state.disconnect(self._on_view_changed))
        self._rebuild()

    def _build(self) -> None:
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        places = [(0, 0, 2), (0, 2, 2), (1, 0, 1), (1, 1, 1), (1, 2, 1), (1, 3, 1)]
        for (name, (text, tip)), (row, col, span) in zip(BUTTONS.items(), places, strict=True):
            text = translate("ScenariosPanel", text)
            button = QPushButton(text)
            button.setToolTip(translate("ScenariosPanel", tip))
            button.setAccessibleName(text)
            button.setAutoDefault(False)
            button.clicked.connect(getattr(self, name))
            self.buttons[name] = button
            grid.addWidget(button, row, col, 1, span)
        for name, arrow in (("move_up", "SP_ArrowUp"), ("move_down", "SP_ArrowDown")):
            icon = self.style().standardIcon(getattr(QStyle.StandardPixmap, arrow))
            self.buttons[name].setIcon(icon)
            self.buttons[name].setText("")
        manage = QWidget()
        manage_column = QVBoxLayout(manage)
        manage_column.setContentsMargins(0, 0, 0, 0)
        manage_column.addWidget(self.list, 1)
        manage_column.addLayout(grid)
        manage_column.addWidget(self.problem_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(manage)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(splitter)

    # ------------------------------------------------------------------ public
    def scenario_names(self) -> list[str]:
        """The scenarios the list shows, in order ("as drawn" left out)."""
        self.ensure_current()
        return self.list.names()

    def report(self, reason: str | None) -> None:
        """Show why an edit was refused (None clears it), here and in the window."""
        show_problem(self.problem_label, reason)
        if reason:
            self.problem.emit(reason)

    def detach(self) -> None:
        super().detach()
        self.view_state.disconnect(self._on_view_changed)

    # ------------------------------------------------------------------ the buttons
    def new_from_sliders(self) -> None:
        """Add "Scenario N": every stimulus held at its present slider level; make it active."""
        name = self.document.new_scenario_name(translate("ScenariosPanel", "Scenario"))
        scenario = self.document.scenario_from_levels(name)
        text = translate("Commands", "New scenario “{name}”").format(name=name)
        command = AddScenarioCommand(self.document, scenario, text=text)
        self._add(command, name)

    def duplicate(self) -> None:
        key = self.view_state.scenario
        if key is None:
            return
        original = self.document.scenario(key)
        twin = copy.deepcopy(original)
        twin.name = self.document.copy_name(key)
        index = self.document.scenarios.index(original) + 1
        text = translate("Commands", "Duplicate “{name}”").format(name=key)
        self._add(AddScenarioCommand(self.document, twin, index, text), twin.name)

    def rename(self) -> None:
        if self.view_state.scenario is not None:
            self.ensure_current()
            self.list.start_rename(self.view_state.scenario)

    def delete(self) -> None:
        if self.view_state.scenario is not None:
            self._submit(RemoveScenarioCommand(self.document, self.view_state.scenario))

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)

    def _move(self, step: int) -> None:
        key = self.view_state.scenario
        if key is None:
            return
        index = [s.name for s in self.document.scenarios].index(key) + step
        if 0 <= index < len(self.document.scenarios):
            self._submit(MoveScenarioCommand(self.document, key, index))

    def _add(self, command: QUndoCommand, name: str) -> None:
        if self._submit(command):
            self.ensure_current()
            self.view_state.set_scenario(name)

    def _submit(self, command: QUndoCommand) -> bool:
        reason = push(self.undo_stack, command)
        self.report(reason)
        return reason is None

    # ------------------------------------------------------------------ the list
    def _on_list_chosen(self, key: ScenarioKey) -> None:
        try:
            self.view_state.set_scenario(key)
        except ModelError:  # the list was a moment behind the document
            self.mark_stale()

    def _on_list_compare_toggled(self, key: ScenarioKey, ticked: bool) -> None:
        keys = [k for k in self.view_state.compared if k != key] + ([key] if ticked else [])
        if len(keys) > MAX_COMPARED:
            label = translate("ScenarioList", AS_DRAWN_TEXT) if key is None else key
            self.report(
                translate(
                    "ScenariosPanel",
                    "At most {n} scenarios can be compared at once: untick one before ticking "
                    "“{label}”.",
                ).format(n=MAX_COMPARED, label=label)
            )
        else:
            try:
                self.view_state.set_compared(keys)
            except ModelError:
                self.mark_stale()
        self._sync_list()

    def _on_list_renamed(self, old: str, text: str) -> None:
        new = text.strip()
        command = UpdateItemCommand(self.document, "scenario", old, name=new)
        command.setText(translate("Commands", "Rename “{old}” to “{new}”").format(old=old, new=new))
        if new == old or not self._submit(command):
            self.list.fill(self.document.scenarios)  # back to the names the document holds
            self._sync_list()

    def _sync_list(self) -> None:
        self.list.sync(self.view_state.scenario, self.view_state.compared)
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        key = self.view_state.scenario
        names = [s.name for s in self.document.scenarios]
        index = names.index(key) if key in names else -1
        for name in ("duplicate", "rename", "delete"):
            self.buttons[name].setEnabled(index >= 0)
        self.buttons["move_up"].setEnabled(index > 0)
        self.buttons["move_down"].setEnabled(0 <= index < len(names) - 1)

    # ------------------------------------------------------------------ following
    def _rebuild(self) -> None:
        self.list.fill(self.document.scenarios)
        self._sync_list()
        self.editor.sync_structure()
        self.editor.refresh()

    def _on_view_changed(self, change: ViewChange) -> None:
        if "scenario" in change or "compared" in change:
            self._sync_list()
        if "scenario" in change:
            self.editor.refresh()

    def _on_document_changed(self, change: Change) -> None:
        target, fields = change.target, set(change.fields)
        if target == "scenario" and fields == {"entries"}:
            if change.item_id == self.view_state.scenario:
                self.editor.refresh()
        elif target in ("document", "scenario"):
            self.mark_stale()
        elif target == "construct":
            if change.action != "update" or fields & _CONSTRUCT_TITLES:
                self.mark_stale()
            elif "initial" in fields:
                self.editor.refresh_construct(change.item_id)
        elif target in ("path", "junction"):
            if change.action != "update" or fields & _WEIGHT_TITLES:
                self.mark_stale()
            elif "weight" in fields:
                self.editor.refresh_weight(change.item_id)
        elif target == "settings" and fields & {"horizon", "dt", "time_unit"}:
            self.editor.refresh()
