"""The stimulus panel: one slider and exact spin box per stimulus, setting its level."""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QScrollArea, QSlider, QVBoxLayout, QWidget

from synergy_gui.model import Change, ModelDocument
from synergy_gui.ui.commands import SetLevelCommand, push
from synergy_gui.ui.panels.base import DocumentPanel, find_scenario
from synergy_gui.ui.panels.rows import RowList, RowSpec, SliderRow, problem_label, show_problem
from synergy_gui.ui.panels.texts import item_tooltip

_TITLE_FIELDS = frozenset({"label", "role", "description", "references"})
EMPTY_HINT = (
    "This model has no stimuli yet. Give a construct the role “stimulus” to get a slider for it."
)


class StimulusPanel(DocumentPanel):
    """Sliders for the levels of the model's stimuli; each move is an undoable edit."""

    def __init__(self, document: ModelDocument, undo_stack, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.undo_stack = undo_stack
        self._scenario: str | None = None
        self.problem = problem_label()
        self.empty_hint = QLabel(EMPTY_HINT)
        self.empty_hint.setWordWrap(True)
        self.rows = RowList(self._make_row)
        self._build_layout()
        self._rebuild()

    def _build_layout(self) -> None:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.rows)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(self.problem)
        column.addWidget(self.empty_hint)
        column.addWidget(scroll, 1)

    # ------------------------------------------------------------------ public
    def slider_for(self, construct_id: str) -> QSlider:
        """The slider of a stimulus (KeyError if the construct has none)."""
        return self._row(construct_id).slider

    def spin_for(self, construct_id: str) -> QDoubleSpinBox:
        return self._row(construct_id).spin

    def stimulus_ids(self) -> list[str]:
        self.ensure_current()
        return self.rows.ordered_keys()

    def set_scenario(self, name: str | None) -> None:
        """Mark the sliders of stimuli that the scenario ``name`` drives by a schedule."""
        self._scenario = name
        self._mark_scheduled()

    # ------------------------------------------------------------------ building
    def _row(self, construct_id: str) -> SliderRow:
        self.ensure_current()
        row = self.rows.row(construct_id)
        if row is None:
            raise KeyError(f"{construct_id!r} is not a stimulus of this model")
        return row

    def _rebuild(self) -> None:
        specs = [
            RowSpec(c.id, c.label, item_tooltip(c))
            for c in self.document.constructs
            if c.role == "stimulus"
        ]
        self.rows.reconcile(specs)
        self.empty_hint.setVisible(not specs)
        self._mark_scheduled()

    def _make_row(self, spec: RowSpec) -> SliderRow:
        construct_id = spec.key
        return SliderRow(
            spec,
            (0.0, 1.0),
            read=lambda: self.document.construct(construct_id).initial,
            write=lambda level, gesture: self._set_level(construct_id, level, gesture),
            parent=self.rows,
        )

    def _mark_scheduled(self) -> None:
        scenario = find_scenario(self.document, self._scenario)
        scheduled = scenario.schedules if scenario is not None else {}
        note = f"Scenario “{self._scenario}” drives this stimulus by its schedule."
        self.rows.mark_driven({key: note for key in scheduled})

    # ------------------------------------------------------------------ edits
    def _set_level(self, construct_id: str, level: float, gesture: Hashable) -> str | None:
        reason = push(self.undo_stack, SetLevelCommand(self.document, construct_id, level, gesture))
        show_problem(self.problem, reason)
        return reason

    def _on_document_changed(self, change: Change) -> None:
        if change.target == "document" or change.target == "scenario":
            self.mark_stale()
        elif change.target != "construct":
            return
        elif change.action != "update" or _TITLE_FIELDS.intersection(change.fields):
            self.mark_stale()
        elif "initial" in change.fields:
            self.rows.refresh(change.item_id)
