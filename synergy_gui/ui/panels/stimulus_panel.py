"""The stimulus panel: one slider and exact spin box per stimulus, setting its level."""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoCommand

from synergy_gui.model import Scenario, Schedule
from synergy_gui.ui.commands import SetLevelCommand
from synergy_gui.ui.i18n import translate
from synergy_gui.ui.numbers import number_text, short_number
from synergy_gui.ui.panels.ranges import Ranges, level_ranges
from synergy_gui.ui.panels.rows import RowSpec
from synergy_gui.ui.panels.slider_list import SliderListPanel
from synergy_gui.ui.panels.texts import item_tooltip, plural_unit
from synergy_gui.ui.vocabulary import unit_word


def describe_schedule(schedule: Schedule, unit: str) -> str:
    """A schedule in words, e.g. ``"0.50, then 0.90 from week 4"``."""
    kind = schedule.kind
    end = schedule.start + (schedule.duration or 0.0)
    words = {
        "base": number_text(schedule.base),
        "level": number_text(schedule.level),
        "unit": unit_word(unit),
        "units": unit_word(plural_unit(unit)),
        "start": short_number(schedule.start),
        "end": short_number(end),
    }
    if kind == "series":
        values = schedule.values
        words.update(count=len(values), first=number_text(values[0]), last=number_text(values[-1]))
    rising = schedule.level >= schedule.base
    return translate(
        "StimulusPanel", SCHEDULE_WORDS[(kind, rising) if kind == "ramp" else kind]
    ).format(**words)


SCHEDULE_WORDS = {
    "constant": QT_TRANSLATE_NOOP("StimulusPanel", "held at {level}"),
    "step": QT_TRANSLATE_NOOP("StimulusPanel", "{base}, then {level} from {unit} {start}"),
    "pulse": QT_TRANSLATE_NOOP(
        "StimulusPanel", "{base}, {level} in {units} {start}–{end}, then {base} again"
    ),
    ("ramp", True): QT_TRANSLATE_NOOP(
        "StimulusPanel", "{base}, rising to {level} from {unit} {start} to {end}"
    ),
    ("ramp", False): QT_TRANSLATE_NOOP(
        "StimulusPanel", "{base}, falling to {level} from {unit} {start} to {end}"
    ),
    "series": QT_TRANSLATE_NOOP(
        "StimulusPanel", "a series of {count} values from {first} to {last}"
    ),
}


EMPTY_HINT = QT_TRANSLATE_NOOP(
    "SliderList",
    "This model has no stimuli yet. Give a construct the role “stimulus” to get a slider for it.",
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
            key: translate("StimulusPanel", "Set by “{name}”: {schedule}").format(
                name=scenario.name, schedule=describe_schedule(schedule, unit)
            )
            for key, schedule in scenario.schedules.items()
        }

    def _missing(self, key: str) -> str:
        return translate("StimulusPanel", "{key} is not a stimulus of this model").format(
            key=repr(key)
        )
