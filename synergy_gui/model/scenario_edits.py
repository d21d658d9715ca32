"""The scenario edits of a model document, as a mixin that :class:`ModelDocument` inherits.

A scenario refers to constructs, paths and junctions by id, so these edits check against the
document's items; they use the document's look-ups and helpers (``construct``,
``weighted_item``, ``_update``). A refused edit raises a :class:`ModelError` whose
message is a sentence a lecturer can read, and leaves the document as it was.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from synergy_gui.model.channel_edits import spend_subject
from synergy_gui.model.channels import plan_problems
from synergy_gui.model.checks import SCENARIO_RULES, field_problem, schedule_rules
from synergy_gui.model.elements import (
    Construct,
    Junction,
    Path,
    Scenario,
    Schedule,
    Settings,
    role_with_article,
)
from synergy_gui.model.errors import ModelError
from synergy_gui.model.events import Change, Emitter
from synergy_gui.model.phrases import Phrase, phrase

#: What a refused scenario field is called at the start of the sentence.
_SCENARIO_FIELDS = {
    "name": phrase("A scenario's name"),
    "description": phrase("A scenario's description"),
    "segment": phrase("A scenario's segment"),
    "horizon": phrase("A scenario's horizon"),
}
#: A minus sign before a digit, not inside a word or a number ("1e-05").
_MINUS = re.compile(r"(?<![\w.])-(?=\d)")


class ScenarioEdits:
    """Add, remove, rename, reorder and fill in scenarios; keep them in step with removed items."""

    scenarios: list[Scenario]
    constructs: list[Construct]
    paths: list[Path]
    junctions: list[Junction]
    settings: Settings
    events: Emitter
    # and, from ModelDocument: construct(), weighted_item(), _update()

    def scenario(self, name: str) -> Scenario:
        for scenario in self.scenarios:
            if scenario.name == name:
                return scenario
        raise ModelError(phrase("there is no scenario named {name!r}", name=name))

    # ------------------------------------------------------------------ whole scenarios
    def add_scenario(self, scenario: Scenario, index: int | None = None) -> None:
        self._check_name(scenario.name)
        for name in SCENARIO_RULES:
            _refuse(field_problem("scenario", name, getattr(scenario, name)), _field_words(name))
        self._check_scenario_entries(scenario)
        if index is not None and not 0 <= index <= len(self.scenarios):
            raise ModelError(
                phrase("a scenario cannot be put at position {position}", position=index + 1)
            )
        position = len(self.scenarios) if index is None else index
        self.scenarios.insert(position, scenario)
        self.events.emit(Change("add", "scenario", scenario.name))

    def remove_scenario(self, name: str) -> tuple[int, Scenario]:
        scenario = self.scenario(name)
        position = self.scenarios.index(scenario)
        del self.scenarios[position]
        self.events.emit(Change("remove", "scenario", name))
        return position, scenario

    def move_scenario(self, name: str, index: int) -> int:
        """Put scenario ``name`` at list position ``index``; returns its former position."""
        scenario = self.scenario(name)
        old = self.scenarios.index(scenario)
        if not 0 <= index < len(self.scenarios):
            count = len(self.scenarios)
            raise ModelError(
                phrase(
                    "“{name}” cannot move to position {position} of {count}.",
                    name=name,
                    position=index + 1,
                    count=count,
                )
            )
        if index != old:
            self.scenarios.insert(index, self.scenarios.pop(old))
            self.events.emit(Change("update", "scenario", name, ("order",)))
        return old

    def update_scenario(self, name: str, /, **values: Any) -> dict[str, Any]:
        """Set name, description, segment or horizon of a scenario; returns the previous values."""
        scenario = self.scenario(name)
        if values.get("name", name) != name:
            self._check_name(values["name"])
        for field, value in values.items():
            if field in SCENARIO_RULES:
                _refuse(field_problem("scenario", field, value), _field_words(field))
        return self._update(scenario, "scenario", values, item_id=name)

    # ------------------------------------------------------------------ new names
    def new_scenario_name(self, stem: str = "Scenario") -> str:
        """``"Scenario N"`` with the first N from the scenario count on that is not taken."""
        number = len(self.scenarios) + 1
        while self._has_scenario(f"{stem} {number}"):
            number += 1
        return f"{stem} {number}"

    def copy_name(self, name: str) -> str:
        """A free name for a copy of ``name``: ``"X (copy)"``, ``"X (copy 2)"``, ..."""
        stem = re.sub(r" \(copy(?: \d+)?\)$", "", name)
        candidate, number = f"{stem} (copy)", 2
        while self._has_scenario(candidate):
            candidate, number = f"{stem} (copy {number})", number + 1
        return candidate

    def scenario_from_levels(self, name: str) -> Scenario:
        """A new scenario (not yet added) holding every stimulus at its current slider level."""
        schedules = {
            c.id: Schedule("constant", level=float(c.initial))
            for c in self.constructs
            if c.role == "stimulus"
        }
        return Scenario(name=name, schedules=schedules)

    # ------------------------------------------------------------------ entries
    def set_schedule(self, name: str, construct_id: str, schedule: Schedule | None) -> Any:
        """Set (or with None, drop) a stimulus schedule; returns the previous one."""
        scenario = self.scenario(name)
        if schedule is not None:
            self._check_schedule(scenario.name, construct_id, schedule)
        return self._set_entry(scenario, "schedules", construct_id, schedule)

    def set_clamp(self, name: str, construct_id: str, level: float | None) -> Any:
        """Hold a construct at ``level`` in a scenario (None releases it)."""
        scenario = self.scenario(name)
        if level is not None:
            self._check_clamp(scenario.name, construct_id, level)
        return self._set_entry(scenario, "clamps", construct_id, level)

    def set_weight_override(self, name: str, item_id: str, weight: float | None) -> Any:
        """Give a path or junction another weight in a scenario (None: its own weight)."""
        scenario = self.scenario(name)
        if weight is not None:
            self._check_override(scenario.name, item_id, weight)
        return self._set_entry(scenario, "weight_overrides", item_id, weight)

    # ------------------------------------------------------------------ checks
    def _has_scenario(self, name: str) -> bool:
        return any(s.name == name for s in self.scenarios)

    def _check_name(self, name: Any) -> None:
        _refuse(field_problem("scenario", "name", name), _field_words("name"))
        if self._has_scenario(name):
            taken = phrase(
                "There is already a scenario named “{name}”; choose another name.", name=name
            )
            raise ModelError(taken)

    def _check_scenario_entries(self, scenario: Scenario) -> None:
        for construct_id, schedule in scenario.schedules.items():
            self._check_schedule(scenario.name, construct_id, schedule)
        for construct_id, level in scenario.clamps.items():
            self._check_clamp(scenario.name, construct_id, level)
        for item_id, weight in scenario.weight_overrides.items():
            self._check_override(scenario.name, item_id, weight)
        for channel_id, plan in getattr(scenario, "spend", {}).items():
            self.channel(channel_id)  # from ChannelEdits
            subject = spend_subject(scenario.name, channel_id)
            self._refuse_problems(plan_problems(plan, ""), subject)

    def _check_schedule(self, scenario: str, construct_id: str, schedule: Schedule) -> None:
        construct = self.construct(construct_id)
        if construct.role != "stimulus":
            raise ModelError(
                phrase(
                    "“{label}” is {role}: only a stimulus can have a schedule.",
                    label=construct.label,
                    role=role_with_article(construct.role),
                )
            )
        if not isinstance(schedule, Schedule):
            raise ModelError(
                phrase("The schedule of “{label}” is not a schedule.", label=construct.label)
            )
        for name, rule in schedule_rules(self.settings.level_range).items():
            value = getattr(schedule, name)
            problem = _negative_time(value) if name in ("start", "duration") else None
            problem = problem or rule(value)
            if problem:
                _refuse(problem, _schedule_subject(name, scenario, construct.label))
        self._check_series(scenario, construct.label, schedule)

    def _check_series(self, scenario: str, label: str, schedule: Schedule) -> None:
        if schedule.kind != "series":
            return
        if not schedule.values:
            raise ModelError(
                phrase(
                    "In scenario “{scenario}”, the series of “{label}” has no levels.",
                    scenario=scenario,
                    label=label,
                )
            )
        for row, value in enumerate(schedule.values, start=1):
            problem = field_problem("construct", "initial", value, self.settings)
            if problem:
                subject = phrase(
                    "In scenario “{scenario}”, row {row} of the series of “{label}”",
                    scenario=scenario,
                    row=row,
                    label=label,
                )
                _refuse(problem, subject)

    def _check_clamp(self, scenario: str, construct_id: str, level: Any) -> None:
        construct = self.construct(construct_id)
        if construct.role == "stimulus":
            raise ModelError(
                phrase(
                    "“{label}” is a stimulus and cannot be clamped: its schedule (or its "
                    "slider) sets it. Clamp a construct that is not a stimulus, as in “suppose "
                    "trust were 0.8”.",
                    label=construct.label,
                )
            )
        subject = phrase(
            "In scenario “{scenario}”, the clamp of “{label}”",
            scenario=scenario,
            label=construct.label,
        )
        _refuse(field_problem("construct", "initial", level, self.settings), subject)

    def _check_override(self, scenario: str, item_id: str, weight: Any) -> None:
        item = self.weighted_item(item_id)
        subject = phrase(
            "In scenario “{scenario}”, the weight override of {item}",
            scenario=scenario,
            item=self._weight_title(item),
        )
        _refuse(field_problem("path", "weight", weight, self.settings), subject)

    def _weight_title(self, item: Path | Junction) -> str:
        labels = {c.id: c.label for c in self.constructs}
        if isinstance(item, Junction):
            members = " × ".join(labels.get(m, m) for m in item.members)
            return f"“{members} → {labels.get(item.target, item.target)}”"
        return f"“{labels.get(item.source, item.source)} → {labels.get(item.target, item.target)}”"

    # ------------------------------------------------------------------ helpers
    def _set_entry(self, scenario: Scenario, kind: str, key: str, value: Any) -> Any:
        mapping: dict = getattr(scenario, kind)
        previous = mapping.get(key)
        if previous == value:
            return previous
        if value is None:
            del mapping[key]
        elif key in mapping:
            mapping[key] = copy.deepcopy(value)
        else:  # in the document's order, so an undone removal puts the entry back where it was
            _insert_in_order(mapping, key, copy.deepcopy(value), self._entry_order(kind))
        self.events.emit(Change("update", "scenario", scenario.name, ("entries",)))
        return previous

    def _entry_order(self, kind: str) -> list[str]:
        if kind == "weight_overrides":
            return [item.id for item in (*self.paths, *self.junctions)]
        return [c.id for c in self.constructs]

    def _refuse_scheduled(self, construct_id: str) -> None:
        scenarios = [s.name for s in self.scenarios if construct_id in s.schedules]
        if scenarios:
            raise ModelError(
                phrase(
                    "{construct!r} has a schedule in scenario {scenarios}; only a stimulus can "
                    "have one: remove the schedule first",
                    construct=construct_id,
                    scenarios=", ".join(scenarios),
                )
            )

    def _refuse_clamped(self, construct_id: str) -> None:
        """Refuse to make a construct a stimulus while a scenario clamps it."""
        scenarios = [f"“{s.name}”" for s in self.scenarios if construct_id in s.clamps]
        if scenarios:
            raise ModelError(
                phrase(
                    "{construct!r} is clamped in scenario {scenarios}, and a stimulus cannot be "
                    "clamped: release the clamp first",
                    construct=construct_id,
                    scenarios=", ".join(scenarios),
                )
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


def _field_words(name: str) -> Phrase:
    return _SCENARIO_FIELDS.get(name) or phrase("A scenario's {field}", field=name)


def _schedule_subject(name: str, scenario: str, label: str) -> Phrase:
    """The subject of a refused schedule field: ``In scenario “X”, the start of the schedule
    of “Y”``."""
    values = {"scenario": scenario, "label": label}
    if name == "kind":
        return phrase("In scenario “{scenario}”, the kind of the schedule of “{label}”", **values)
    if name == "level":
        return phrase("In scenario “{scenario}”, the level of the schedule of “{label}”", **values)
    if name == "base":
        return phrase(
            "In scenario “{scenario}”, the base level of the schedule of “{label}”", **values
        )
    if name == "start":
        return phrase("In scenario “{scenario}”, the start of the schedule of “{label}”", **values)
    if name == "duration":
        return phrase(
            "In scenario “{scenario}”, the duration of the schedule of “{label}”", **values
        )
    return phrase(
        "In scenario “{scenario}”, the {field} of the schedule of “{label}”", field=name, **values
    )


def _negative_time(value: Any) -> Phrase | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and value < 0:
        return phrase("must not be negative (got {value!r})", value=value)
    return None


def _refuse(problem: str | None, subject: Phrase) -> None:
    """Raise the problem as one sentence: ``"<Subject> must be between 0 and 1 (got 2)."``;
    every subject starts with a capital."""
    if problem:
        if problem.endswith("."):
            sentence = phrase("{subject} {problem}", subject=subject, problem=problem)
        else:
            sentence = phrase("{subject} {problem}.", subject=subject, problem=problem)
        raise ModelError(_with_true_minus(sentence))


def _with_true_minus(message: str) -> str:
    """``message`` with a true minus sign (−) before every negative number. A phrase stays a
    phrase (its values show the sign), unless its parts cannot carry the sign alone."""
    english = _MINUS.sub("−", message)
    if not isinstance(message, Phrase):
        return english
    values = {name: _with_true_minus_value(value) for name, value in message.values.items()}
    signed = Phrase(message.template, values)
    return signed if signed == english else english


def _with_true_minus_value(value: Any) -> Any:
    return _with_true_minus(value) if isinstance(value, Phrase) else _TrueMinus(value)


class _TrueMinus:
    """A value of a message that shows its minus signs as true minus signs (−)."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        return _MINUS.sub("−", format(self.value, spec))

    def __repr__(self) -> str:
        return _MINUS.sub("−", repr(self.value))

    def __str__(self) -> str:
        return _MINUS.sub("−", str(self.value))


def _insert_in_order(mapping: dict, key: str, value: Any, order: list[str]) -> None:
    rank = {item: index for index, item in enumerate(order)}
    last = len(order)
    items = list(mapping.items())
    at = next(
        (i for i, (k, _) in enumerate(items) if rank.get(k, last) > rank.get(key, last)),
        len(items),
    )
    items.insert(at, (key, value))
    mapping.clear()
    mapping.update(items)
