"""The base of the slider panels: one slider row per document item, each move an undoable edit."""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QScrollArea, QSlider, QVBoxLayout, QWidget

from synergy_gui.model import Change, ModelDocument, Scenario
from synergy_gui.model.view_state import ViewChange, ViewState
from synergy_gui.ui.commands import push
from synergy_gui.ui.i18n import translate
from synergy_gui.ui.panels.base import DocumentPanel, find_scenario
from synergy_gui.ui.panels.ranges import Ranges
from synergy_gui.ui.panels.rows import RowList, RowSpec, SliderRow, problem_label, show_problem


class SliderListPanel(DocumentPanel):
    """A scrolling column of :class:`SliderRow`, one per item, kept in step with the document.

    Subclasses say which items get rows (``_specs``), how a row reads its value (``_read``),
    which command a move pushes (``_command``), which rows a scenario drives (``_driven_notes``)
    and which document changes concern their rows (the class attributes below).
    """

    #: The range of every slider in the panel.
    value_range: tuple[float, float] = (0.0, 1.0)
    #: What the panel says while it has no rows.
    empty_text: str = ""
    #: The change targets whose items have rows.
    row_targets: frozenset[str] = frozenset()
    #: Fields of those items that a row's title or tooltip shows.
    title_fields: frozenset[str] = frozenset()
    #: The field of those items that a row's slider shows.
    value_field: str = ""
    #: The settings that change the sliders' range (see :meth:`ranges`).
    range_fields: frozenset[str] = frozenset()

    def __init__(
        self,
        document: ModelDocument,
        undo_stack,
        view: ViewState,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(document, parent)
        self.undo_stack = undo_stack
        self.view = view
        on_view = self._on_view_changed
        view.connect(on_view)
        self.destroyed.connect(lambda *_: view.disconnect(on_view))
        self.problem = problem_label()
        self.empty_hint = QLabel(translate("SliderList", self.empty_text))
        self.empty_hint.setWordWrap(True)
        self.rows = RowList(self._make_row)
        self._build_layout(self._header())
        self._rebuild()

    def _header(self) -> list[QWidget]:
        """Widgets shown above the problem label (none unless a subclass adds some)."""
        return []

    def _build_layout(self, header: list[QWidget]) -> None:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.rows)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        for widget in [*header, self.problem, self.empty_hint]:
            column.addWidget(widget)
        column.addWidget(scroll, 1)

    # ------------------------------------------------------------------ public
    def slider_for(self, key: str) -> QSlider:
        """The slider of the row for ``key`` (KeyError if the panel has no such row)."""
        return self._row(key).slider

    def spin_for(self, key: str) -> QDoubleSpinBox:
        return self._row(key).spin

    def row_keys(self) -> list[str]:
        """The ids of the items that have rows, in row order."""
        self.ensure_current()
        return self.rows.ordered_keys()

    def ranges(self) -> Ranges:
        """The sliders' and spin boxes' ranges (``value_range`` unless the model widens it)."""
        return Ranges(self.value_range, self.value_range)

    # ------------------------------------------------------------------ for subclasses
    def _specs(self) -> list[RowSpec]:
        raise NotImplementedError

    def _read(self, key: str) -> float:
        raise NotImplementedError

    def _command(self, key: str, value: float, gesture: Hashable) -> QUndoCommand:
        raise NotImplementedError

    def _driven_notes(self, scenario: Scenario) -> dict[str, str]:
        """``{key: why}`` for the rows whose value ``scenario`` sets."""
        raise NotImplementedError

    def _missing(self, key: str) -> str:
        """The KeyError message for a key that has no row."""
        raise NotImplementedError

    # ------------------------------------------------------------------ building
    def _row(self, key: str) -> SliderRow:
        self.ensure_current()
        row = self.rows.row(key)
        if row is None:
            raise KeyError(self._missing(key))
        return row

    def _rebuild(self) -> None:
        specs = self._specs()
        ranges = self.ranges()
        if ranges != getattr(self, "_ranges", ranges):  # the model's scale changed
            for key in self.rows.ordered_keys():
                self.rows.row(key).binding.set_range(ranges.slider, ranges.steps, ranges.spin)
        self._ranges = ranges
        self.rows.reconcile(specs)
        self.rows.refresh()  # kept rows may show another document's value (Open, Revert)
        self.empty_hint.setVisible(not specs)
        self._mark_driven()

    def _make_row(self, spec: RowSpec) -> SliderRow:
        key = spec.key
        ranges = self.ranges()
        return SliderRow(
            spec,
            ranges.slider,
            read=lambda: self._read(key),
            write=lambda value, gesture: self._set_value(key, value, gesture),
            on_problem=lambda reason: show_problem(self.problem, reason),
            parent=self.rows,
            spin_range=ranges.spin,
        )

    def _mark_driven(self) -> None:
        scenario = find_scenario(self.document, self.view.scenario)
        self.rows.mark_driven(self._driven_notes(scenario) if scenario is not None else {})

    # ------------------------------------------------------------------ edits
    def _set_value(self, key: str, value: float, gesture: Hashable) -> str | None:
        reason = push(self.undo_stack, self._command(key, value, gesture))
        show_problem(self.problem, reason)
        return reason

    def _on_view_changed(self, change: ViewChange) -> None:
        if "scenario" in change:  # grey the rows the active scenario sets
            self._mark_driven()

    def _on_document_changed(self, change: Change) -> None:
        rescaled = change.target == "settings" and self.range_fields.intersection(change.fields)
        if change.target in ("document", "scenario") or rescaled:
            self.mark_stale()
        elif change.target not in self.row_targets:
            return
        elif change.action != "update" or self.title_fields.intersection(change.fields):
            self.mark_stale()
        elif self.value_field in change.fields:
            self.rows.refresh(change.item_id)
