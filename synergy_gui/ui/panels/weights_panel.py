"""The weights panel: every path and junction weight of the model, each with a slider."""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from synergy_gui.model import Change, Junction, ModelDocument, Path
from synergy_gui.ui.commands import SetWeightCommand, push
from synergy_gui.ui.panels.base import DocumentPanel, find_scenario
from synergy_gui.ui.panels.rows import RowList, RowSpec, SliderRow, problem_label, show_problem
from synergy_gui.ui.panels.texts import item_tooltip, junction_title, labels_by_id, path_title

#: From this many weights on, the panel offers a filter box.
FILTER_FROM = 12
_TITLE_FIELDS = frozenset(
    {"source", "target", "members", "label", "kind", "description", "references"}
)
EMPTY_HINT = "No paths yet. Connect two constructs on the diagram to get a weight slider."


class WeightsPanel(DocumentPanel):
    """Sliders for every path and synergy-junction weight (−1 … 1)."""

    def __init__(self, document: ModelDocument, undo_stack, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.undo_stack = undo_stack
        self._scenario: str | None = None
        self.problem = problem_label()
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText("Filter weights by name…")
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self._on_filter_text_changed)
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
        column.addWidget(self.filter_box)
        column.addWidget(self.problem)
        column.addWidget(self.empty_hint)
        column.addWidget(scroll, 1)

    # ------------------------------------------------------------------ public
    def slider_for(self, item_id: str) -> QSlider:
        """The slider of a path or junction weight (KeyError if there is no such item)."""
        return self._row(item_id).slider

    def spin_for(self, item_id: str) -> QDoubleSpinBox:
        return self._row(item_id).spin

    def title_for(self, item_id: str) -> str:
        return self._row(item_id).title.text()

    def set_scenario(self, name: str | None) -> None:
        """Mark the sliders of weights that the scenario ``name`` overrides."""
        self._scenario = name
        self._mark_overridden()

    def item_ids(self) -> list[str]:
        self.ensure_current()
        return self.rows.ordered_keys()

    # ------------------------------------------------------------------ building
    def _row(self, item_id: str) -> SliderRow:
        self.ensure_current()
        row = self.rows.row(item_id)
        if row is None:
            raise KeyError(f"there is no path or junction {item_id!r}")
        return row

    def _specs(self) -> list[RowSpec]:
        doc, labels = self.document, labels_by_id(self.document)
        specs = [RowSpec(p.id, path_title(labels, p), _tooltip(p)) for p in doc.paths]
        specs += [RowSpec(j.id, junction_title(labels, j), _tooltip(j)) for j in doc.junctions]
        return specs

    def _rebuild(self) -> None:
        specs = self._specs()
        self.rows.reconcile(specs)
        self.empty_hint.setVisible(not specs)
        self.filter_box.setVisible(len(specs) >= FILTER_FROM)
        if self.filter_box.text():
            self.rows.filter(self.filter_box.text())
        self._mark_overridden()

    def _mark_overridden(self) -> None:
        scenario = find_scenario(self.document, self._scenario)
        overrides = scenario.weight_overrides if scenario is not None else {}
        self.rows.mark_driven(
            {
                key: f"Scenario “{self._scenario}” sets this weight to {weight:g}."
                for key, weight in overrides.items()
            }
        )

    def _make_row(self, spec: RowSpec) -> SliderRow:
        item_id = spec.key
        return SliderRow(
            spec,
            (-1.0, 1.0),
            read=lambda: self.document.weighted_item(item_id).weight,
            write=lambda weight, gesture: self._set_weight(item_id, weight, gesture),
            parent=self.rows,
        )

    # ------------------------------------------------------------------ edits
    def _set_weight(self, item_id: str, weight: float, gesture: Hashable) -> str | None:
        reason = push(self.undo_stack, SetWeightCommand(self.document, item_id, weight, gesture))
        show_problem(self.problem, reason)
        return reason

    def _on_filter_text_changed(self, text: str) -> None:
        self.ensure_current()
        self.rows.filter(text)

    def _on_document_changed(self, change: Change) -> None:
        if change.target in ("document", "scenario"):
            self.mark_stale()
        elif change.target == "construct":
            if change.action == "update" and "label" in change.fields:
                self.mark_stale()  # titles name the constructs
        elif change.target not in ("path", "junction"):
            return
        elif change.action != "update" or _TITLE_FIELDS.intersection(change.fields):
            self.mark_stale()
        elif "weight" in change.fields:
            self.rows.refresh(change.item_id)


def _tooltip(item: Path | Junction) -> str:
    if isinstance(item, Junction):
        kind = "Synergy junction: its members act together, as a product."
    else:
        kind = f"{item.kind.capitalize()} path."
    text = item_tooltip(item)
    return f"{kind}\n\n{text}" if text else kind
