"""The stimulus panel: one slider and exact spin box per stimulus, setting its level."""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtGui import QUndoCommand

from synergy_gui.model import Scenario, Schedule
from synergy_gui.ui.commands import SetLevelCommand
from synergy_gui.ui.panels.ranges import Ranges, level_ranges
from synergy_gui.ui.panels.rows import RowSpec
from synergy_gui.ui.panels.slider_list import SliderListPanel
from synergy_gui.ui.panels.texts import item_tooltip


def describe_schedule(schedule: Schedule, unit: str) -> str:
    """A schedule in words, e.g. ``"0.50, then 0.90 from week 4"``."""
    kind = schedule.kind
    if kind == "constant":
        return f"held at {schedule.level:.2f}"
    if kind == "step":
        return f"{schedule.base:.2f}, then {schedule.level:.2f} from {unit} {schedule.start:g}"
    if kind == "pulse":
        end = schedule.start + schedule.duration
        return (
            f"{schedule.base:.2f}, {schedule.level:.2f} in {unit}s "
            f"{schedule.start:g}–{end:g}, then {schedule.base:.2f} again"
        )
    if kind == "ramp":
        end = schedule.start + schedule.duration
        return (
            f"{schedule.base:.2f}, {'rising' if schedule.level >= schedule.base else 'falling'} "
            f"to {schedule.level:.2f} "
            f"from {unit} {schedule.start:g} to {end:g}"
        )
    values = schedule.values
    return f"a series of {len(values)} values from {values[0]:.2f} to {values[-1]:.2f}"


EMPTY_HINT = (
    "This model has no stimuli yet. Give a construct the role “stimulus” to get a slider for it."
)


class StimulusPanel(SliderListPanel):
    """Sliders for the levels of the model's stimuli; each move is an undoable edit."""

    value_range = (0.0, 1.0)
    range_fields = frozenset({"level_range"})
    empty_text = EMPTY_HINT
    row_targets = frozenset({"construct"})
    title_fields = frozenset({"label", "role", "description", "references"})
    value_field = "initial"

    def ranges(self) -> Ranges:
        """0…1, or −1…1 in a bipolar model."""
        return level_ranges(self.document.settings)

    def stimulus_ids(self) -> list[str]:
        return self.row_keys()

    def _specs(self) -> list[RowSpec]:
        constructs = self.document.constructs
        return [RowSpec(c.id, c.label, item_tooltip(c)) for c in constructs if c.role == "stimulus"]

    def _read(self, key: str) -> float:
        return self.document.construct(key).initial

    def _command(self, key: str, value: float, gesture: Hashable) -> QUndoCommand:
        return SetLevelCommand(self.document, key, value, gesture)

    def _driven_notes(self, scenario: Scenario) -> dict[str, str]:
        unit = self.document.settings.time_unit
        return {
            key: f"Set by “{scenario.name}”: {describe_schedule(schedule, unit)}"
            for key, schedule in scenario.schedules.items()
        }

    def _missing(self, key: str) -> str:
        return f"{key!r} is not a stimulus of this model"
