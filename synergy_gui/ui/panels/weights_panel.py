"""The weights panel: every path and junction weight of the model, each with a slider."""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QLineEdit, QWidget

from synergy_gui.model import Change, Junction, Path, Scenario
from synergy_gui.ui.commands import SetWeightCommand
from synergy_gui.ui.i18n import translate
from synergy_gui.ui.numbers import short_number
from synergy_gui.ui.panels.ranges import Ranges, weight_ranges
from synergy_gui.ui.panels.rows import RowSpec
from synergy_gui.ui.panels.slider_list import SliderListPanel
from synergy_gui.ui.panels.texts import item_tooltip, junction_title, labels_by_id, path_title
from synergy_gui.ui.vocabulary import word

#: From this many weights on, the panel offers a filter box.
FILTER_FROM = 12
EMPTY_HINT = QT_TRANSLATE_NOOP(
    "SliderList", "No paths yet. Connect two constructs on the diagram to get a weight slider."
)


class WeightsPanel(SliderListPanel):
    """Sliders for every path and synergy-junction weight (−1 … 1, wider when unstandardised)."""

    value_range = (-1.0, 1.0)
    range_fields = frozenset({"weight_scale"})
    empty_text = EMPTY_HINT
    row_targets = frozenset({"path", "junction"})
    title_fields = frozenset(
        {"source", "target", "members", "label", "kind", "description", "references"}
    )
    value_field = "weight"

    def _header(self) -> list[QWidget]:
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(translate("WeightsPanel", "Filter weights by name…"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self._on_filter_text_changed)
        return [self.filter_box]

    # ------------------------------------------------------------------ public
    def title_for(self, item_id: str) -> str:
        return self._row(item_id).title.text()

    def item_ids(self) -> list[str]:
        return self.row_keys()

    def ranges(self) -> Ranges:
        return weight_ranges(self.document.settings)

    # ------------------------------------------------------------------ rows
    def _specs(self) -> list[RowSpec]:
        doc, labels = self.document, labels_by_id(self.document)
        specs = [RowSpec(p.id, path_title(labels, p), _tooltip(p)) for p in doc.paths]
        specs += [RowSpec(j.id, junction_title(labels, j), _tooltip(j)) for j in doc.junctions]
        return specs

    def _rebuild(self) -> None:
        super()._rebuild()
        self.filter_box.setVisible(len(self.rows) >= FILTER_FROM)
        if self.filter_box.text():
            self.rows.filter(self.filter_box.text())

    def _read(self, key: str) -> float:
        return self.document.weighted_item(key).weight

    def _command(self, key: str, value: float, gesture: Hashable) -> QUndoCommand:
        return SetWeightCommand(self.document, key, value, gesture)

    def _driven_notes(self, scenario: Scenario) -> dict[str, str]:
        return {
            key: translate(
                "WeightsPanel", "Scenario “{name}” sets this weight to {weight}."
            ).format(name=scenario.name, weight=short_number(weight))
            for key, weight in scenario.weight_overrides.items()
        }

    def _missing(self, key: str) -> str:
        return translate("WeightsPanel", "there is no path or junction {key}").format(key=repr(key))

    # ------------------------------------------------------------------ events
    def _on_filter_text_changed(self, text: str) -> None:
        self.ensure_current()
        self.rows.filter(text)

    def _on_document_changed(self, change: Change) -> None:
        if change.target == "construct":
            if change.action == "update" and "label" in change.fields:
                self.mark_stale()  # titles name the constructs
            return
        super()._on_document_changed(change)


def _tooltip(item: Path | Junction) -> str:
    if isinstance(item, Junction):
        kind = translate(
            "WeightsPanel", "Synergy junction: its members act together, as a product."
        )
    else:
        kind = translate("WeightsPanel", "{kind} path.").format(kind=word(item.kind))
    text = item_tooltip(item)
    return f"{kind}\n\n{text}" if text else kind
