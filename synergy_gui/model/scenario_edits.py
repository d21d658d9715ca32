"""The scenario edits of a model document, as a mixin that :class:`ModelDocument` inherits.

A scenario refers to constructs, paths and junctions by id, so these edits check against the
document's items; they use the document's look-ups and helpers (``construct``,
``weighted_item``, ``_update``, ``_check_all``, ``_raise_if``, ``_require_role``).
"""

from __future__ import annotations

import copy
from typing import Any

from synergy_gui.model.checks import field_problem
from synergy_gui.model.checks import schedule_rule as field_problem_schedule
from synergy_gui.model.elements import Scenario, Schedule
from synergy_gui.model.errors import ModelError
from synergy_gui.model.events import Change, Emitter


class ScenarioEdits:
    """Add, remove, rename and fill in scenarios; keep them in step with removed items."""

    scenarios: list[Scenario]
    events: Emitter

    def scenario(self, name: str) -> Scenario:
        for scenario in self.scenarios:
            if scenario.name == name:
                return scenario
        raise ModelError(f"there is no scenario named {name!r}")

    def add_scenario(self, scenario: Scenario, index: int | None = None) -> None:
        if any(s.name == scenario.name for s in self.scenarios):
            raise ModelError(f"there is already a scenario named {scenario.name!r}")
        checked = {"name": scenario.name, "horizon": scenario.horizon}
        self._check_all("scenario", scenario.name, checked)
        self._check_scenario_entries(scenario)
        position = len(self.scenarios) if index is None else index
        self.scenarios.insert(position, scenario)
        self.events.emit(Change("add", "scenario", scenario.name))

    def remove_scenario(self, name: str) -> tuple[int, Scenario]:
        scenario = self.scenario(name)
        position = self.scenarios.index(scenario)
        del self.scenarios[position]
        self.events.emit(Change("remove", "scenario", name))
        return position, scenario

    def update_scenario(self, name: str, /, **values: Any) -> dict[str, Any]:
        """Set name, description or horizon of a scenario; returns the previous values."""
        scenario = self.scenario(name)
        new_name = values.get("name", name)
        if new_name != name and any(s.name == new_name for s in self.scenarios):
            raise ModelError(f"there is already a scenario named {new_name!r}")
        return self._update(scenario, "scenario", values, item_id=name)

    def set_schedule(self, name: str, construct_id: str, schedule: Schedule | None) -> Any:
        """Set (or with None, drop) a stimulus schedule; returns the previous one."""
        scenario = self.scenario(name)
        if schedule is not None:
            self._require_role(construct_id, "stimulus", "a schedule")
            self._raise_if(field_problem_schedule(schedule), f"schedule of {construct_id!r}")
        return self._set_entry(scenario, scenario.schedules, construct_id, schedule)

    def set_clamp(self, name: str, construct_id: str, level: float | None) -> Any:
        """Hold a construct at ``level`` in a scenario (None releases it)."""
        scenario = self.scenario(name)
        if level is not None:
            self.construct(construct_id)
            self._raise_if(field_problem("construct", "initial", level), f"clamp {construct_id!r}")
        return self._set_entry(scenario, scenario.clamps, construct_id, level)

    def set_weight_override(self, name: str, item_id: str, weight: float | None) -> Any:
        scenario = self.scenario(name)
        if weight is not None:
            self.weighted_item(item_id)
            self._raise_if(field_problem("path", "weight", weight), f"override {item_id!r}")
        return self._set_entry(scenario, scenario.weight_overrides, item_id, weight)

    # ------------------------------------------------------------------ helpers
    def _set_entry(self, scenario: Scenario, mapping: dict, key: str, value: Any) -> Any:
        previous = mapping.get(key)
        if previous == value:
            return previous
        if value is None:
            del mapping[key]
        else:
            mapping[key] = value
        self.events.emit(Change("update", "scenario", scenario.name, ("entries",)))
        return previous

    def _check_scenario_entries(self, scenario: Scenario) -> None:
        for construct_id, schedule in scenario.schedules.items():
            self._require_role(construct_id, "stimulus", "a schedule")
            self._raise_if(field_problem_schedule(schedule), f"schedule of {construct_id!r}")
        for construct_id, level in scenario.clamps.items():
            self.construct(construct_id)
            self._raise_if(field_problem("construct", "initial", level), f"clamp {construct_id!r}")
        for item_id, weight in scenario.weight_overrides.items():
            self.weighted_item(item_id)
            self._raise_if(field_problem("path", "weight", weight), f"override {item_id!r}")

    def _refuse_scheduled(self, construct_id: str) -> None:
        scenarios = [s.name for s in self.scenarios if construct_id in s.schedules]
        if scenarios:
            raise ModelError(
                f"{construct_id!r} has a schedule in scenario {', '.join(scenarios)}; "
                "only a stimulus can have one: remove the schedule first"
            )

    def _forget_in_scenarios(self, gone: set[str]) -> list[Scenario]:
        """Drop the entries of removed items; returns the changed scenarios as they were."""
        before: list[Scenario] = []
        for position, scenario in enumerate(self.scenarios):
            keys = set(scenario.schedules) | set(scenario.clamps) | set(scenario.weight_overrides)
            if not gone.intersection(keys):
                continue
            before.append(scenario)
            changed = copy.deepcopy(scenario)
            for mapping in (changed.schedules, changed.clamps, changed.weight_overrides):
                for key in gone.intersection(mapping):
                    del mapping[key]
            self.scenarios[position] = changed
            self.events.emit(Change("update", "scenario", scenario.name))
        return before

    def _restore_scenarios(self, before: list[Scenario]) -> None:
        """Undo ``_forget_in_scenarios``: put the scenarios back as they were."""
        for scenario in before:
            position = next(i for i, s in enumerate(self.scenarios) if s.name == scenario.name)
            self.scenarios[position] = scenario
            self.events.emit(Change("update", "scenario", scenario.name))
