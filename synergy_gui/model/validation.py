"""Semantic checks of a model beyond the JSON Schema: unique ids, references, ranges.

Every problem names its place in the file (``paths[3].weight``), so the same list serves the
loader, ``synergy-explorer validate`` and the window. Errors refuse a file; warnings
(``severity="warning"``) are shown but do not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from synergy_gui.model.channels import all_channel_problems
from synergy_gui.model.checks import (
    ACTIVATION_RULES,
    Rule,
    euler_step,
    field_problem,
    identifier,
    level_bounds,
    level_problem,
    run_size,
    schedule_rules,
    schedule_values_problem,
    weight_problem,
)
from synergy_gui.model.document import ModelDocument
from synergy_gui.model.elements import (
    Activation,
    Construct,
    Junction,
    Path,
    Scenario,
    Settings,
)
from synergy_gui.model.errors import Problem, a_role
from synergy_gui.model.phrases import phrase
from synergy_gui.model.scales import scale_warnings
from synergy_gui.model.serialize import from_dict
from synergy_gui.model.story_checks import story_problems
from synergy_gui.model.synergy_warnings import constructs_by_id, synergy_warnings

_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


def format_location(parts: Iterable[str | int]) -> str:
    """``["paths", 3, "weight"]`` -> ``"paths[3].weight"``; odd keys are quoted."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        elif _PLAIN_KEY.match(part):
            text += f".{part}" if text else part
        else:
            quoted = '"' + part.replace("\\", "\\\\").replace('"', '\\"') + '"'
            text += f"[{quoted}]"
    return text


def validate_data(data: dict[str, Any]) -> list[Problem]:
    """Semantic problems (errors and warnings) of file data that passed the schema."""
    return check_document(from_dict(data))


def check_document(document: ModelDocument) -> list[Problem]:
    """Every semantic problem of a document, errors first, then warnings."""
    ids = _Ids.of(document)
    problems: list[Problem] = []
    problems += _field_problems(document)
    problems += _step_problems(document)
    problems += _duplicate_ids(document)
    problems += _path_problems(document, ids)
    problems += _junction_problems(document, ids)
    problems += _scenario_problems(document, ids)
    problems += _focus_problems(document, ids)
    problems += _story_problems(document)
    problems += _channel_problems(document)
    return problems + synergy_warnings(document) + scale_warnings(document)


# ------------------------------------------------------------------------------ fields
def _fields(
    target: str, item: Any, names: Sequence[str], where: list, settings: Any = None
) -> list[Problem]:
    problems = []
    for name in names:
        reason = field_problem(target, name, getattr(item, name), settings)
        if reason:
            problems.append(Problem(format_location([*where, name]), reason))
    return problems


def _rules(rules: dict[str, Rule], item: Any, where: list) -> list[Problem]:
    problems = []
    for name, rule in rules.items():
        reason = rule(getattr(item, name))
        if reason:
            problems.append(Problem(format_location([*where, name]), reason))
    return problems


def _activation(activation: Activation | None, where: list) -> list[Problem]:
    return [] if activation is None else _rules(ACTIVATION_RULES, activation, where)


def _run_size_problems(document: ModelDocument) -> list[Problem]:
    """Horizons whose runs would not fit in memory (what the engine refuses to start)."""
    size = (len(document.constructs), len(document.junctions))
    places = [("settings.horizon", document.settings.horizon)] + [
        (f"scenarios[{index}].horizon", scenario.horizon)
        for index, scenario in enumerate(document.scenarios)
        if scenario.horizon is not None
    ]
    return [Problem(place, reason) for place, steps in places if (reason := run_size(steps, *size))]


def _field_problems(document: ModelDocument) -> list[Problem]:
    problems = _fields(
        "meta", document.meta, ("title", "description", "authors", "references"), ["meta"]
    )
    settings = document.settings
    names = ("time_unit", "dt", "horizon", "update_rule", "step_mode", "focus", "default_sd")
    names += ("weight_scale", "level_range")
    problems += _fields("settings", settings, names, ["settings"])
    problems += _run_size_problems(document)
    if settings.activation is None:  # only a document built in code can lack one
        problems.append(Problem("settings.activation", phrase("must be an activation")))
    problems += _activation(settings.activation, ["settings", "activation"])
    for index, construct in enumerate(document.constructs):
        where = ["constructs", index]
        names = [f for f in _names(Construct) if f != "activation"]
        problems += _fields("construct", construct, names, where, settings)
        problems += _activation(construct.activation, [*where, "activation"])
    for index, path in enumerate(document.paths):
        problems += _fields("path", path, _names(Path), ["paths", index], settings)
    for index, junction in enumerate(document.junctions):
        where = ["junctions", index]
        names = [f for f in _names(Junction) if f != "members"]
        problems += _fields("junction", junction, names, where, settings)
    return problems


def _step_problems(document: ModelDocument) -> list[Problem]:
    """Time constants an Euler step would overshoot (the engine refuses to run them)."""
    settings = document.settings
    if settings.step_mode != "euler" or settings.update_rule != "sor":
        return []  # the FCM rules close the whole gap each step, whatever the mode
    problems = []
    for index, construct in enumerate(document.constructs):
        for name in ("tau_rise", "tau_fall"):
            reason = euler_step(settings.dt, name, getattr(construct, name))
            if reason:
                problems.append(Problem(f"constructs[{index}].{name}", reason))
    return problems


def _names(cls: type) -> list[str]:
    return list(cls.__dataclass_fields__)


# --------------------------------------------------------------------------------- ids
def _duplicate_ids(document: ModelDocument) -> list[Problem]:
    first_use: dict[str, str] = {}
    problems = []
    groups = (("constructs", document.constructs), ("paths", document.paths))
    for name, items in (*groups, ("junctions", document.junctions)):
        for index, item in enumerate(items):
            where = format_location([name, index])
            if item.id in first_use:
                problems.append(
                    Problem(
                        f"{where}.id",
                        phrase(
                            "the id {id!r} is already used by {place}",
                            id=item.id,
                            place=first_use[item.id],
                        ),
                    )
                )
            else:
                first_use[item.id] = where
    return problems


def _constructs_by_id(document: ModelDocument) -> dict[str, Construct]:
    return constructs_by_id(document)


@dataclass(frozen=True)
class _Ids:
    """The ids of a document, looked up once so that each reference costs O(1)."""

    constructs: dict[str, Construct]
    paths: frozenset[str]
    junctions: frozenset[str]

    @classmethod
    def of(cls, document: ModelDocument) -> _Ids:
        return cls(
            _constructs_by_id(document),
            frozenset(p.id for p in document.paths),
            frozenset(j.id for j in document.junctions),
        )

    def no_construct(self, name: str) -> str:
        """Why ``name`` does not name a construct."""
        if name in self.paths:
            return phrase("{name!r} is a path, not a construct", name=name)
        if name in self.junctions:
            return phrase("{name!r} is a junction, not a construct", name=name)
        return phrase("there is no construct with id {name!r}", name=name)


# ------------------------------------------------------------------------------- paths
def _path_problems(document: ModelDocument, ids: _Ids) -> list[Problem]:
    constructs = ids.constructs
    first_pair: dict[tuple[str, str], int] = {}
    problems = []
    for index, path in enumerate(document.paths):
        where = f"paths[{index}]"
        for end in ("source", "target"):
            name = getattr(path, end)
            if name not in constructs:
                problems.append(Problem(f"{where}.{end}", ids.no_construct(name)))
        if path.target in constructs and constructs[path.target].role == "stimulus":
            problems.append(Problem(f"{where}.target", _into_stimulus(path.target)))
        pair = (path.source, path.target)
        if pair in first_pair:
            problems.append(
                Problem(
                    where,
                    phrase(
                        "there is already a path from {source!r} to {target!r} (paths[{index}])",
                        source=path.source,
                        target=path.target,
                        index=first_pair[pair],
                    ),
                )
            )
        first_pair.setdefault(pair, index)
    return problems


def _into_stimulus(name: str) -> str:
    return phrase(
        "{name!r} is a stimulus: stimuli are set from outside and take nothing in", name=name
    )


# --------------------------------------------------------------------------- junctions
def _junction_problems(document: ModelDocument, ids: _Ids) -> list[Problem]:
    constructs = ids.constructs
    problems = []
    for index, junction in enumerate(document.junctions):
        where = f"junctions[{index}]"
        problems += _member_problems(junction, where, ids)
        target = junction.target
        if target not in constructs:
            problems.append(Problem(f"{where}.target", ids.no_construct(target)))
        elif target in junction.members:
            problems.append(
                Problem(
                    f"{where}.target",
                    phrase("{target!r} cannot be both a member and the target", target=target),
                )
            )
        elif constructs[target].role == "stimulus":
            problems.append(Problem(f"{where}.target", _into_stimulus(target)))
    return problems


def _member_problems(junction: Junction, where: str, ids: _Ids) -> list[Problem]:
    problems = []
    seen: set[str] = set()
    for position, member in enumerate(junction.members):
        place = f"{where}.members[{position}]"
        reason = identifier(member)
        if reason:
            problems.append(Problem(place, reason))
        elif member in seen:
            problems.append(Problem(place, phrase("{member!r} is listed twice", member=member)))
        elif member not in ids.constructs:
            problems.append(Problem(place, ids.no_construct(member)))
        seen.add(member)
    if len(seen) < 2:
        problems.append(
            Problem(
                f"{where}.members",
                phrase("a synergy junction needs at least two different members"),
            )
        )
    return problems


# --------------------------------------------------------------------------- scenarios
def _scenario_problems(document: ModelDocument, ids: _Ids) -> list[Problem]:
    problems = []
    first_name: dict[str, int] = {}
    for index, scenario in enumerate(document.scenarios):
        where = ["scenarios", index]
        names = ("name", "description", "segment", "horizon")
        problems += _fields("scenario", scenario, names, where)
        if scenario.name in first_name:
            problems.append(
                Problem(
                    format_location([*where, "name"]),
                    phrase(
                        "the name {name!r} is already used by scenarios[{index}]",
                        name=scenario.name,
                        index=first_name[scenario.name],
                    ),
                )
            )
        first_name.setdefault(scenario.name, index)
        problems += _schedule_problems(scenario, where, ids, document.settings)
        problems += _entry_problems(scenario, where, ids, document.settings)
    return problems


def _schedule_problems(
    scenario: Scenario, where: list, ids: _Ids, settings: Settings
) -> list[Problem]:
    constructs = ids.constructs
    problems = []
    for name, schedule in scenario.schedules.items():
        place = [*where, "schedules", name]
        if name not in constructs:
            problems.append(Problem(format_location(place), ids.no_construct(name)))
        elif constructs[name].role != "stimulus":
            problems.append(
                Problem(
                    format_location(place),
                    phrase(
                        "only a stimulus can have a schedule; {name!r} is {role}",
                        name=name,
                        role=a_role(constructs[name].role),
                    ),
                )
            )
        problems += _rules(schedule_rules(settings.level_range), schedule, place)
        found = schedule_values_problem(schedule, settings.level_range)
        if found:
            problems.append(Problem(format_location(place) + "." + found[0], found[1]))
    return problems


def _entry_problems(
    scenario: Scenario, where: list, ids: _Ids, settings: Settings
) -> list[Problem]:
    constructs = ids.constructs
    problems = []
    for name, level in scenario.clamps.items():
        place = format_location([*where, "clamps", name])
        if name not in constructs:
            problems.append(Problem(place, ids.no_construct(name)))
        elif constructs[name].role == "stimulus":
            problems.append(Problem(place, _clamped_stimulus(name)))
        reason = level_problem(level, settings.level_range)
        if reason:
            problems.append(Problem(place, reason))
    for name, weight in scenario.weight_overrides.items():
        place = format_location([*where, "weight_overrides", name])
        if name not in ids.paths and name not in ids.junctions:
            problems.append(
                Problem(place, phrase("there is no path or junction with id {name!r}", name=name))
            )
        reason = weight_problem(weight, settings.weight_scale)
        if reason:
            problems.append(Problem(place, reason))
    return problems


def _clamped_stimulus(name: str) -> str:
    return phrase(
        "only a construct that is not a stimulus can be clamped; {name!r} is a stimulus, "
        "which its schedule sets",
        name=name,
    )


def _channel_problems(document: ModelDocument) -> list[Problem]:
    roles = {c.id: c.role for c in document.constructs}
    levels = level_bounds(document.settings.level_range)
    return all_channel_problems(document.channels, roles, document.scenarios, levels)


def _story_problems(document: ModelDocument) -> list[Problem]:
    if document.story is None:
        return []
    return [
        Problem(f"story.{p.location}", p.message, p.severity)
        for p in story_problems(document, document.story)
    ]


def _focus_problems(document: ModelDocument, ids: _Ids) -> list[Problem]:
    return [
        Problem(f"settings.focus[{index}]", ids.no_construct(name))
        for index, name in enumerate(document.settings.focus)
        if isinstance(name, str) and name not in ids.constructs
    ]
