"""The editor of the active scenario: its description and segment, a schedule per stimulus, a
clamp per other construct and an override per weight, in collapsible sections.

Rows are made when a section is first shown and again only when the model's items change; a
value change refreshes them in place, so the spin box being edited keeps its focus.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QScrollArea, QStackedWidget, QToolBox, QVBoxLayout, QWidget

from synergy_gui.model import ModelDocument, Scenario
from synergy_gui.ui.commands import SetClampCommand, SetWeightOverrideCommand, UpdateItemCommand
from synergy_gui.ui.i18n import translate
from synergy_gui.ui.panels.editors import CommitLineEdit, CommitTextEdit
from synergy_gui.ui.panels.scenario_rows import (
    EditContext,
    EntryKind,
    EntryRow,
    KeyedColumn,
    RowItem,
    plain_tip,
    title_label,
)
from synergy_gui.ui.panels.schedule_editor import ScheduleRow
from synergy_gui.ui.panels.texts import item_tooltip, junction_title, labels_by_id, path_title

AS_DRAWN_NOTE = QT_TRANSLATE_NOOP(
    "ScenarioEditor",
    "As drawn: every stimulus follows its slider, and the model's own weights apply. "
    "Select a scenario above to edit it, or make one with “New from sliders”.",
)
SEGMENT_PLACEHOLDER = QT_TRANSLATE_NOOP("ScenarioEditor", "e.g. Gen Z")
SEGMENT_TIP = QT_TRANSLATE_NOOP(
    "ScenarioEditor", "e.g. Gen Z — a scenario of weight overrides models an audience segment"
)
SEGMENT_HINT = QT_TRANSLATE_NOOP(
    "ScenarioEditor",
    "Weight overrides model how one audience segment responds (Gen Z may trust peers more "
    "than brands); name that segment here.",
)
#: The undo texts of the scenario's fields edited here.
EDIT_TEXTS = {
    "description": QT_TRANSLATE_NOOP("Commands", "Edit the description of “{name}”"),
    "segment": QT_TRANSLATE_NOOP("Commands", "Edit the segment of “{name}”"),
}
CLAMP_HINT = QT_TRANSLATE_NOOP(
    "ScenarioEditor",
    "Hold a construct at a level throughout (“suppose trust were 0.8”). Stimuli are set by "
    "their schedules, not held.",
)
OVERRIDE_HINT = QT_TRANSLATE_NOOP(
    "ScenarioEditor", "Give a path or junction another weight in this scenario only."
)

CLAMP = EntryKind(
    check_text=QT_TRANSLATE_NOOP("ScenarioRows", "hold at"),
    check_tip=QT_TRANSLATE_NOOP(
        "ScenarioRows", "Hold this construct at the level beside it for the whole run"
    ),
    value_range=(0.0, 1.0),
    entries=lambda scenario: scenario.clamps,
    default=lambda document, key: document.construct(key).initial,
    command=SetClampCommand,
)
OVERRIDE = EntryKind(
    check_text=QT_TRANSLATE_NOOP("ScenarioRows", "set to"),
    check_tip=QT_TRANSLATE_NOOP(
        "ScenarioRows", "Use the weight beside it in this scenario instead of the model's own"
    ),
    value_range=(-1.0, 1.0),
    entries=lambda scenario: scenario.weight_overrides,
    default=lambda document, key: document.weighted_item(key).weight,
    command=SetWeightOverrideCommand,
    stacked=True,
)


def _scrolling(content: QWidget, hint: str = "") -> QScrollArea:
    page = QWidget()
    column = QVBoxLayout(page)
    column.setContentsMargins(4, 4, 4, 4)
    if hint:
        column.addWidget(title_label(translate("ScenarioEditor", hint)))
    column.addWidget(content, 1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(page)
    return scroll


class ScenarioEditor(QStackedWidget):
    """Shows a note for "as drawn", else the active scenario's sections."""

    def __init__(self, context: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.as_drawn_note = title_label(translate("ScenarioEditor", AS_DRAWN_NOTE))
        self.heading = title_label(bold=True)
        self.description = CommitTextEdit(3)
        self.description.setPlaceholderText(
            translate("ScenarioEditor", "What this scenario supposes, for the class")
        )
        self.segment = CommitLineEdit()
        self.segment.setPlaceholderText(translate("ScenarioEditor", SEGMENT_PLACEHOLDER))
        self.segment.setAccessibleName(translate("ScenarioEditor", "Segment"))
        self.segment.setAccessibleDescription(SEGMENT_TIP)
        self.schedules = KeyedColumn(
            lambda i: ScheduleRow(i, context),
            translate("ScenarioEditor", "This model has no stimuli."),
        )
        self.clamps = KeyedColumn(
            lambda i: EntryRow(i, CLAMP, context),
            translate("ScenarioEditor", "Every construct of this model is a stimulus."),
        )
        self.overrides = KeyedColumn(
            lambda i: EntryRow(i, OVERRIDE, context), translate("ScenarioEditor", "No paths yet.")
        )
        self.sections = QToolBox()
        self._columns = {1: self.schedules, 2: self.clamps, 3: self.overrides}
        self._unsynced = set(self._columns)
        self._build()
        self.sections.currentChanged.connect(lambda _index: self._sync_shown())
        self.description.committed.connect(lambda text: self._update("description", text))
        self.segment.committed.connect(lambda text: self._update("segment", text.strip()))

    def _build(self) -> None:
        note_page = QWidget()
        note_column = QVBoxLayout(note_page)
        note_column.addWidget(self.as_drawn_note)
        note_column.addStretch(1)
        self.addWidget(note_page)
        about = QWidget()
        about_column = QVBoxLayout(about)
        about_column.setContentsMargins(0, 0, 0, 0)
        for widget in (
            title_label(translate("ScenarioEditor", "Description")),
            self.description,
            title_label(translate("ScenarioEditor", "Segment")),
        ):
            about_column.addWidget(widget)
        about_column.addWidget(self.segment)
        about_column.addWidget(title_label(translate("ScenarioEditor", SEGMENT_HINT)))
        about_column.addStretch(1)
        self.sections.addItem(_scrolling(about), translate("ScenarioEditor", "About"))
        self.sections.addItem(
            _scrolling(self.schedules), translate("ScenarioEditor", "Stimulus schedules")
        )
        self.sections.addItem(
            _scrolling(self.clamps, CLAMP_HINT), translate("ScenarioEditor", "Clamps")
        )
        self.sections.addItem(
            _scrolling(self.overrides, OVERRIDE_HINT),
            translate("ScenarioEditor", "Weight overrides"),
        )
        self.sections.setCurrentIndex(1)
        editor_page = QWidget()
        editor_column = QVBoxLayout(editor_page)
        editor_column.setContentsMargins(0, 0, 0, 0)
        editor_column.addWidget(self.heading)
        editor_column.addWidget(self.sections, 1)
        self.addWidget(editor_page)

    # ------------------------------------------------------------------ following the model
    def sync_structure(self) -> None:
        """The model's items changed: remake the rows of a section when it is next shown."""
        self._unsynced = set(self._columns)
        self._sync_shown()

    def _sync_shown(self) -> None:
        """Make the shown section's rows (a big model builds only what is looked at)."""
        index = self.sections.currentIndex()
        if self.currentIndex() == 0 or index not in self._unsynced:
            return
        self._unsynced.discard(index)
        column = self._columns[index]
        column.sync(self._row_items(index))
        column.refresh()

    def _row_items(self, index: int) -> list[RowItem]:
        document = self._context.document
        if index == 3:
            return _weight_items(document)
        stimulus = index == 1
        return [
            RowItem(c.id, c.label, item_tooltip(c))
            for c in document.constructs
            if (c.role == "stimulus") == stimulus
        ]

    def refresh(self) -> None:
        """Show the active scenario's values (or the note for "as drawn")."""
        scenario = self._context.scenario()
        self.setCurrentIndex(0 if scenario is None else 1)
        if scenario is None:
            return
        self.heading.setText(scenario.name)
        self.description.show_text(scenario.description)
        self.segment.show_text(scenario.segment)
        self.segment.setToolTip(plain_tip(scenario.segment) or SEGMENT_TIP)  # never as markup
        self._sync_shown()
        for column in self._columns.values():
            column.refresh()
        self._count_entries(scenario)

    def refresh_construct(self, construct_id: str) -> None:
        """A construct's level changed: its schedule preview or its clamp's default."""
        self.schedules.refresh(construct_id)
        self.clamps.refresh(construct_id)

    def refresh_weight(self, item_id: str) -> None:
        self.overrides.refresh(item_id)

    def _count_entries(self, scenario: Scenario) -> None:
        stimuli = sum(c.role == "stimulus" for c in self._context.document.constructs)
        counts = (
            translate("ScenarioEditor", "Stimulus schedules · {set} of {all} set").format(
                set=len(scenario.schedules), all=stimuli
            ),
            translate("ScenarioEditor", "Clamps · {held} held").format(held=len(scenario.clamps)),
            translate("ScenarioEditor", "Weight overrides · {set} set").format(
                set=len(scenario.weight_overrides)
            ),
        )
        for index, text in enumerate(counts, start=1):
            if self.sections.itemText(index) != text:
                self.sections.setItemText(index, text)

    def _update(self, field: str, text: str) -> None:
        name = self._context.active()
        if name is None:
            return
        command = UpdateItemCommand(self._context.document, "scenario", name, **{field: text})
        command.setText(translate("Commands", EDIT_TEXTS[field]).format(name=name))
        if not self._context.submit(command):
            self.refresh()


def _weight_items(document: ModelDocument) -> list[RowItem]:
    labels = labels_by_id(document)
    items = [RowItem(p.id, path_title(labels, p), item_tooltip(p)) for p in document.paths]
    items += [RowItem(j.id, junction_title(labels, j), item_tooltip(j)) for j in document.junctions]
    return items
