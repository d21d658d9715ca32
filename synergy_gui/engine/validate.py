"""Checks the engine makes before it compiles: every number finite and in range, every
reference resolvable, every step size the chosen step mode can take."""

from __future__ import annotations

import numpy as np

from synergy_gui.engine.errors import EngineError
from synergy_gui.model.checks import (
    euler_step,
    field_problem,
    level_problem,
    run_size,
    schedule_rule,
    weight_problem,
)
from synergy_gui.model.document import ModelDocument
from synergy_gui.model.elements import Scenario, Settings
from synergy_gui.model.phrases import phrase

MAX_STEPS = 1_000_000
_CONSTRUCT_FIELDS = ("role", "initial", "baseline", "tau_rise", "tau_fall", "activation")
_SETTINGS_FIELDS = (
    "dt",
    "horizon",
    "update_rule",
    "step_mode",
    "activation",
    "weight_scale",
    "level_range",
)


def check_document(document: ModelDocument) -> None:
    """Refuse a document the engine cannot run, naming the construct, path or junction."""
    settings = document.settings
    for name in _SETTINGS_FIELDS:
        value = getattr(settings, name)
        _refuse(field_problem("settings", name, value), phrase("settings {name}", name=name))
    known = set()
    for construct in document.constructs:
        if construct.id in known:
            raise EngineError(phrase("construct {cid!r} appears twice", cid=construct.id))
        known.add(construct.id)
        for name in _CONSTRUCT_FIELDS:
            problem = field_problem("construct", name, getattr(construct, name), settings)
            _refuse(problem, phrase("construct {cid!r}: {field}", cid=construct.id, field=name))
    for path in document.paths:
        where = phrase("path {pid!r}: weight", pid=path.id)
        _refuse(field_problem("path", "weight", path.weight, settings), where)
        for end in (path.source, path.target):
            if end not in known:
                raise EngineError(
                    phrase(
                        "path {pid!r} refers to an unknown construct {end!r}", pid=path.id, end=end
                    )
                )
    for junction in document.junctions:
        jid = junction.id
        where = phrase("junction {jid!r}: weight", jid=jid)
        _refuse(field_problem("junction", "weight", junction.weight, settings), where)
        for end in (*junction.members, junction.target):
            if end not in known:
                raise EngineError(
                    phrase(
                        "junction {jid!r} refers to an unknown construct {end!r}", jid=jid, end=end
                    )
                )
        if len(junction.members) < 2:
            raise EngineError(phrase("junction {jid!r} needs at least two members", jid=jid))


def check_scenario(document: ModelDocument, scenario: Scenario) -> None:
    """Refuse scenario entries that name unknown items or hold bad values."""
    name = scenario.name
    settings = document.settings
    known = {c.id for c in document.constructs}
    weighted = {item.id for item in (*document.paths, *document.junctions)}
    if scenario.horizon is not None:
        where = phrase("scenario {name!r}: horizon", name=name)
        _refuse(field_problem("scenario", "horizon", scenario.horizon), where)
    for construct_id, schedule in scenario.schedules.items():
        if construct_id not in known:
            raise EngineError(
                phrase(
                    "scenario {name!r} schedules an unknown construct {cid!r}",
                    name=name,
                    cid=construct_id,
                )
            )
        problem = schedule_rule(schedule, settings.level_range)
        _refuse(
            problem, phrase("scenario {name!r}: schedule of {cid!r}", name=name, cid=construct_id)
        )
    for construct_id, level in scenario.clamps.items():
        if construct_id not in known:
            raise EngineError(
                phrase(
                    "scenario {name!r} clamps an unknown construct {cid!r}",
                    name=name,
                    cid=construct_id,
                )
            )
        problem = level_problem(level, settings.level_range)
        _refuse(problem, phrase("scenario {name!r}: clamp of {cid!r}", name=name, cid=construct_id))
    for item_id, weight in scenario.weight_overrides.items():
        if item_id not in weighted:
            raise EngineError(
                phrase(
                    "scenario {name!r} overrides the weight of an unknown item {item!r}",
                    name=name,
                    item=item_id,
                )
            )
        problem = weight_problem(weight, settings.weight_scale)
        _refuse(problem, phrase("scenario {name!r}: weight of {item!r}", name=name, item=item_id))


def check_euler(ids: tuple[str, ...], dt: float, tau_rise, tau_fall) -> None:
    """Euler steps overshoot when Δt/τ > 1: refuse, naming the first construct affected."""
    for construct_id, rise, fall in zip(ids, tau_rise, tau_fall, strict=True):
        for name, tau in (("tau_rise", rise), ("tau_fall", fall)):
            _refuse(
                euler_step(float(dt), name, float(tau)),
                phrase("construct {cid!r}:", cid=construct_id),
            )


def check_level(where: object, level: object, settings: Settings | None = None) -> float:
    """A level for a construct: a finite number in the model's level range ([0, 1])."""
    _refuse(field_problem("construct", "initial", level, settings), where)
    return float(level)  # type: ignore[arg-type]


def check_weight(where: object, weight: object, settings: Settings | None = None) -> float:
    """A weight for a path or junction: a finite number in the model's range ([-1, 1])."""
    _refuse(field_problem("path", "weight", weight, settings), where)
    return float(weight)  # type: ignore[arg-type]


def check_run_size(n: int, junctions: int, steps: int, count: int = 1) -> None:
    """Refuse a run (of ``count`` runs) too big to hold in memory (the model's rule)."""
    _refuse(run_size(steps * count + count - 1, n, junctions), phrase("the run"))


def check_steps(steps: object) -> int:
    """A number of steps to run: a whole number from 0 to MAX_STEPS."""
    whole = isinstance(steps, int | np.integer) and not isinstance(steps, bool)
    if not whole or not 0 <= steps <= MAX_STEPS:  # type: ignore[operator]
        raise EngineError(
            phrase(
                "steps must be a whole number from 0 to {most} (got {steps!r})",
                most=MAX_STEPS,
                steps=steps,
            )
        )
    return int(steps)  # type: ignore[arg-type]


def _refuse(problem: str | None, where: object) -> None:
    """Raise ``where`` (a phrase naming the field) followed by the rule's ``problem``."""
    if problem:
        raise EngineError(phrase("{where} {problem}", where=where, problem=problem))
