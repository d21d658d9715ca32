"""The Story dock: the model's story as a list of steps, to write, reorder and show.

"Add current view as step" takes what the window shows (the lead's ``capture_step``), names
it "Step N" and selects it. A step is shown by double-clicking it: the view state takes its
scenario, reveal, highlights, plot and cursor, and its slider levels become one undoable
edit. Every edit is an undo command; the panel redraws from the document's events and keeps
no copy of the story.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from synergy_gui.model import Change, ModelDocument
from synergy_gui.model.story import StoryStep
from synergy_gui.model.story_view import capture_step, show_step, step_levels
from synergy_gui.model.view_state import ViewState
from synergy_gui.ui.commands import push
from synergy_gui.ui.i18n import translate
from synergy_gui.ui.numbers import short_number
from synergy_gui.ui.panels.base import DocumentPanel
from synergy_gui.ui.panels.rows import problem_label, show_problem
from synergy_gui.ui.panels.story_rows import CAPTION_ROLE, StepRowDelegate
from synergy_gui.ui.panels.story_step_dialog import StoryStepDialog
from synergy_gui.ui.plain import plain_label, plain_tip
from synergy_gui.ui.story_commands import (
    AddStoryStepCommand,
    MoveStoryStepCommand,
    RemoveStoryStepCommand,
    SetStoryTitleCommand,
    UpdateStoryStepCommand,
    push_step_levels,
)
from synergy_gui.ui.vocabulary import unit_word

#: Button texts and tooltips, by the name of the panel method they call.
BUTTONS = {
    "add_current_view": (
        QT_TRANSLATE_NOOP("StoryPanel", "Add current view as step"),
        QT_TRANSLATE_NOOP(
            "StoryPanel",
            "A new step showing what the window shows now: the constructs revealed, the "
            "highlighted paths, the slider levels, the scenario, the plot and the time cursor",
        ),
    ),
    "show_selected": (
        QT_TRANSLATE_NOOP("StoryPanel", "Show"),
        QT_TRANSLATE_NOOP(
            "StoryPanel", "Show the selected step in the window (or double-click it)"
        ),
    ),
    "present_selected": (
        QT_TRANSLATE_NOOP("StoryPanel", "Present"),
        QT_TRANSLATE_NOOP("StoryPanel", "Present the story full screen from the selected step"),
    ),
    "edit_selected": (
        QT_TRANSLATE_NOOP("StoryPanel", "Edit…"),
        QT_TRANSLATE_NOOP(
            "StoryPanel", "Edit the selected step's title, caption, reveal and timing"
        ),
    ),
    "update_from_view": (
        QT_TRANSLATE_NOOP("StoryPanel", "Update from view"),
        QT_TRANSLATE_NOOP(
            "StoryPanel", "Make the selected step show what the window shows now (its words stay)"
        ),
    ),
    "move_up": (
        QT_TRANSLATE_NOOP("StoryPanel", "Move up"),
        QT_TRANSLATE_NOOP("StoryPanel", "Move the selected step earlier in the story"),
    ),
    "move_down": (
        QT_TRANSLATE_NOOP("StoryPanel", "Move down"),
        QT_TRANSLATE_NOOP("StoryPanel", "Move the selected step later in the story"),
    ),
    "delete": (
        QT_TRANSLATE_NOOP("StoryPanel", "Delete"),
        QT_TRANSLATE_NOOP("StoryPanel", "Delete the selected step (Undo brings it back)"),
    ),
    "show_all": (
        QT_TRANSLATE_NOOP("StoryPanel", "Show all"),
        QT_TRANSLATE_NOOP(
            "StoryPanel", "End a step's reveal: every construct shown again, no path highlighted"
        ),
    ),
}
_NEEDS_A_STEP = ("show_selected", "present_selected", "edit_selected", "update_from_view")
CAPTION_PREVIEW = 90  # characters of a caption shown under a step's title
STEP_ROLE = Qt.ItemDataRole.UserRole
NO_STEPS_TEXT = QT_TRANSLATE_NOOP(
    "StoryPanel", "No steps yet: set up the window, then “Add current view as step”."
)


class StoryPanel(DocumentPanel):
    """The story's title, its steps, and the buttons that write and show them."""

    presentRequested = Signal(int)  # noqa: N815  # the step to present from
    playRequested = Signal()  # noqa: N815  # a shown step plays its run from the start
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
        self.title_edit = QLineEdit()
        self.list = QListWidget()
        self.details = plain_label()
        self.problem_label = problem_label()
        self.buttons: dict[str, QPushButton] = {}
        self._build()
        self._rebuild()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.title_edit.setPlaceholderText(translate("StoryPanel", "Story title"))
        self.title_edit.setAccessibleName(translate("StoryPanel", "Story title"))
        self.title_edit.editingFinished.connect(self._on_title_edited)
        self.list.setAccessibleName(translate("StoryPanel", "Story steps"))
        self.list.setItemDelegate(StepRowDelegate(self.list))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # rows re-wrap as the dock resizes
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemDoubleClicked.connect(self._on_item_double_clicked)
        self.list.currentRowChanged.connect(self._on_current_row_changed)
        self.details.setWordWrap(True)
        self.details.setAccessibleName(translate("StoryPanel", "Selected step"))
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(self.title_edit)
        column.addWidget(self.list, 1)
        column.addWidget(self.details)
        column.addLayout(self._button_grid())
        column.addWidget(self.problem_label)
        self.setMinimumWidth(240)

    def _button_grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        places = [(0, 0, 3), (1, 0, 1), (1, 1, 2), (2, 0, 1), (2, 1, 2), (3, 0, 1), (3, 1, 1)]
        places += [(3, 2, 1), (4, 0, 3)]
        for (name, (text, tip)), (row, col, span) in zip(BUTTONS.items(), places, strict=True):
            text = translate("StoryPanel", text)
            button = QPushButton(text)
            button.setToolTip(translate("StoryPanel", tip))
            button.setAccessibleName(text)
            button.setAutoDefault(False)
            button.clicked.connect(getattr(self, name))
            self.buttons[name] = button
            grid.addWidget(button, row, col, 1, span)
        for name, arrow in (("move_up", "SP_ArrowUp"), ("move_down", "SP_ArrowDown")):
            icon = self.style().standardIcon(getattr(QStyle.StandardPixmap, arrow))
            self.buttons[name].setIcon(icon)
            self.buttons[name].setText("")
        self.buttons["add_current_view"].setDefault(False)
        return grid

    # ------------------------------------------------------------------ reading
    def steps(self) -> list[StoryStep]:
        story = self.document.story
        return list(story.steps) if story is not None else []

    def selected_index(self) -> int | None:
        """The selected step's index, or None."""
        row = self.list.currentRow()
        return row if 0 <= row < len(self.steps()) else None

    def select(self, index: int | None) -> None:
        """Select step ``index`` (None: none)."""
        self.ensure_current()
        self.list.setCurrentRow(-1 if index is None else index)

    # ------------------------------------------------------------------ the buttons
    def add_current_view(self) -> None:
        """Add what the window shows as "Step N" after the selected step, and select it."""
        count = len(self.steps())
        selected = self.selected_index()
        index = count if selected is None else selected + 1
        step = capture_step(self.document, self.view_state, self._free_title(count + 1))
        command = AddStoryStepCommand(self.document, step, index)
        if self._submit(command):
            self.select(command.index)

    def edit_selected(self) -> None:
        """Edit the selected step's words and timing in a dialog; OK is one undo step."""
        index = self.selected_index()
        if index is None:
            return
        dialog = self.step_dialog(index)
        if dialog.exec() == StoryStepDialog.DialogCode.Accepted:
            self.apply_edit(index, dialog)

    def step_dialog(self, index: int) -> StoryStepDialog:
        """The dialog that edits step ``index`` (not yet shown)."""
        settings = self.document.settings
        last = settings.horizon * settings.dt
        return StoryStepDialog(self.steps()[index], settings.time_unit, last, self)

    def apply_edit(self, index: int, dialog: StoryStepDialog) -> bool:
        """Push what ``dialog`` changed as one edit of step ``index``."""
        changes = dialog.changes()
        if not changes:
            return True
        ok = self._submit(UpdateStoryStepCommand(self.document, index, **changes))
        self.select(index)
        return ok

    def update_from_view(self) -> None:
        """Make the selected step show what the window shows now; its words stay."""
        index = self.selected_index()
        if index is None:
            return
        step = self.steps()[index]
        now = capture_step(self.document, self.view_state, step.title)
        fields = ("shown", "reveal", "highlight", "levels", "scenario", "plotted", "week")
        changes = {name: getattr(now, name) for name in fields}
        if now.levels.keys() != step.levels.keys():
            changes["sliders"] = None  # the sliders offered follow the levels again
        text = translate("StoryCommands", "Update story step “{title}” from the view").format(
            title=step.title
        )
        self._submit(UpdateStoryStepCommand(self.document, index, text, **changes))
        self.select(index)

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)

    def _move(self, offset: int) -> None:
        index = self.selected_index()
        if index is None or not 0 <= index + offset < len(self.steps()):
            return
        if self._submit(MoveStoryStepCommand(self.document, index, index + offset)):
            self.select(index + offset)

    def delete(self) -> None:
        index = self.selected_index()
        if index is None:
            return
        if self._submit(RemoveStoryStepCommand(self.document, index)):
            remaining = len(self.steps())
            self.select(min(index, remaining - 1) if remaining else None)

    def show_selected(self) -> None:
        index = self.selected_index()
        if index is not None:
            self.show_step(index)

    def show_step(self, index: int) -> None:
        """Show step ``index`` in the window; its slider levels are one undoable edit."""
        step = self.steps()[index]
        show_step(self.document, self.view_state, step)
        levels = step_levels(self.document, step)
        self.report(push_step_levels(self.undo_stack, self.document, levels, step.title))
        if step.play:
            self.playRequested.emit()

    def show_all(self) -> None:
        """End a step's reveal: every construct shown, nothing highlighted."""
        self.view_state.set_shown(None)
        self.view_state.set_highlighted(())

    def present_selected(self) -> None:
        index = self.selected_index()
        self.presentRequested.emit(0 if index is None else index)

    # ------------------------------------------------------------------ helpers
    def report(self, reason: str | None) -> None:
        """Show why an edit was refused (None clears it), here and in the window."""
        show_problem(self.problem_label, reason)
        if reason:
            self.problem.emit(reason)

    def _submit(self, command: QUndoCommand) -> bool:
        reason = push(self.undo_stack, command)
        self.report(reason)
        return reason is None

    def _free_title(self, number: int) -> str:
        taken = {step.title for step in self.steps()}
        title = translate("StoryPanel", "Step {n}")
        while title.format(n=number) in taken:
            number += 1
        return title.format(n=number)

    def _on_title_edited(self) -> None:
        text = self.title_edit.text().strip()
        story = self.document.story
        if (story is None and not text) or (story is not None and text == story.title):
            return
        if not self._submit(SetStoryTitleCommand(self.document, text)):
            self._show_title()

    def _on_item_double_clicked(self, item: QListWidgetItem) -> None:
        self.show_step(self.list.row(item))

    def _on_current_row_changed(self, _row: int) -> None:
        self._show_details()
        self._enable_buttons()

    # ------------------------------------------------------------------ following
    def _rebuild(self) -> None:
        row = self.list.currentRow()
        self._show_title()
        with QSignalBlocker(self.list):
            self.list.clear()
            for number, step in enumerate(self.steps(), start=1):
                item = QListWidgetItem(f"{number}. {step.title}")
                item.setData(CAPTION_ROLE, " ".join(step.caption.split()))
                item.setData(Qt.ItemDataRole.AccessibleTextRole, step_text(number, step))
                item.setToolTip(plain_tip(f"{step.title}\n\n{step.caption}".strip()))
                self.list.addItem(item)
            count = self.list.count()
            self.list.setCurrentRow(min(row, count - 1) if count else -1)
        self._show_details()
        self._enable_buttons()

    def _show_title(self) -> None:
        story = self.document.story
        with QSignalBlocker(self.title_edit):
            self.title_edit.setText("" if story is None else story.title)
            self.title_edit.setCursorPosition(0)  # a long title shows its beginning

    def _show_details(self) -> None:
        index = self.selected_index()
        if index is None:
            self.details.setText("" if self.steps() else translate("StoryPanel", NO_STEPS_TEXT))
            return
        self.details.setText(step_summary(self.document, self.steps()[index]))

    def _enable_buttons(self) -> None:
        index, count = self.selected_index(), len(self.steps())
        for name in (*_NEEDS_A_STEP, "delete"):
            self.buttons[name].setEnabled(index is not None)
        self.buttons["present_selected"].setEnabled(count > 0)
        self.buttons["move_up"].setEnabled(index is not None and index > 0)
        self.buttons["move_down"].setEnabled(index is not None and index < count - 1)

    def _on_document_changed(self, change: Change) -> None:
        if change.target in ("story", "document"):
            self.mark_stale()
        elif change.target == "settings" and "time_unit" in change.fields:
            self.mark_stale()  # the summary names the unit
        elif change.target == "construct" and change.action != "update":
            self.mark_stale()  # the summary counts the constructs


def step_text(number: int, step: StoryStep) -> str:
    """A list row: "3. Title", and the caption's start on a second line."""
    caption = " ".join(step.caption.split())
    if len(caption) > CAPTION_PREVIEW:
        caption = caption[: CAPTION_PREVIEW - 1].rstrip() + "…"
    return f"{number}. {step.title}" + (f"\n{caption}" if caption else "")


def step_summary(document: ModelDocument, step: StoryStep) -> str:
    """What a step does, in words: what it reveals, highlights, sets and where the cursor is."""
    parts = []
    total = len(document.constructs)
    if step.shown is not None:
        shows = (
            translate("StoryPanel", "Shows {shown} of {total} constructs, the others faded.")
            if step.reveal == "fade"
            else translate("StoryPanel", "Shows {shown} of {total} constructs, the others hidden.")
        )
        parts.append(shows.format(shown=len(step.shown), total=total))
    if step.highlight:
        parts.append(
            translate("StoryPanel", "Highlights {n} path(s).").format(n=len(step.highlight))
        )
    if step.scenario is not None:
        parts.append(translate("StoryPanel", "Scenario “{name}”.").format(name=step.scenario))
    elif step.levels:
        parts.append(translate("StoryPanel", "Sets {n} slider(s).").format(n=len(step.levels)))
    unit = unit_word(document.settings.time_unit)
    if step.play:
        parts.append(translate("StoryPanel", "Plays the run from the start."))
    elif step.week is not None:
        cursor = translate("StoryPanel", "Cursor at {unit} {time}.")
        parts.append(cursor.format(unit=unit, time=short_number(step.week)))
    return " ".join(parts)


__all__ = ["StoryPanel", "step_summary", "step_text"]
