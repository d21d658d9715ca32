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
        _refuse(field_problem("settings", name, value), f"settings {name}")
    known = set()
    for construct in document.constructs:
        if construct.id in known:
            raise EngineError(f"construct {construct.id!r} appears twice")
        known.add(construct.id)
        for name in _CONSTRUCT_FIELDS:
            problem = field_problem("construct", name, getattr(construct, name), settings)
            _refuse(problem, f"construct {construct.id!r}: {name}")
    for path in document.paths:
        _refuse(field_problem("path", "weight", path.weight, settings), f"path {path.id!r}: weight")
        for end in (path.source, path.target):
            if end not in known:
                raise EngineError(f"path {path.id!r} refers to an unknown construct {end!r}")
    for junction in document.junctions:
        where = f"junction {junction.id!r}"
        _refuse(field_problem("junction", "weight", junction.weight, settings), f"{where}: weight")
        for end in (*junction.members, junction.target):
            if end not in known:
                raise EngineError(f"{where} refers to an unknown construct {end!r}")
        if len(junction.members) < 2:
            raise EngineError(f"{where} needs at least two members")


def check_scenario(document: ModelDocument, scenario: Scenario) -> None:
    """Refuse scenario entries that name unknown items or hold bad values."""
    where = f"scenario {scenario.name!r}"
    settings = document.settings
    known = {c.id for c in document.constructs}
    weighted = {item.id for item in (*document.paths, *document.junctions)}
    if scenario.horizon is not None:
        _refuse(field_problem("scenario", "horizon", scenario.horizon), f"{where}: horizon")
    for construct_id, schedule in scenario.schedules.items():
        if construct_id not in known:
            raise EngineError(f"{where} schedules an unknown construct {construct_id!r}")
        problem = schedule_rule(schedule, settings.level_range)
        _refuse(problem, f"{where}: schedule of {construct_id!r}")
    for construct_id, level in scenario.clamps.items():
        if construct_id not in known:
            raise EngineError(f"{where} clamps an unknown construct {construct_id!r}")
        problem = level_problem(level, settings.level_range)
        _refuse(problem, f"{where}: clamp of {construct_id!r}")
    for item_id, weight in scenario.weight_overrides.items():
        if item_id not in weighted:
            raise EngineError(f"{where} overrides the weight of an unknown item {item_id!r}")
        problem = weight_problem(weight, settings.weight_scale)
        _refuse(problem, f"{where}: weight of {item_id!r}")


def check_euler(ids: tuple[str, ...], dt: float, tau_rise, tau_fall) -> None:
    """Euler steps overshoot when Δt/τ > 1: refuse, naming the first construct affected."""
    for construct_id, rise, fall in zip(ids, tau_rise, tau_fall, strict=True):
        for name, tau in (("tau_rise", rise), ("tau_fall", fall)):
            _refuse(euler_step(float(dt), name, float(tau)), f"construct {construct_id!r}:")


def check_level(where: str, level: object, settings: Settings | None = None) -> float:
    """A level for a construct: a finite number in the model's level range ([0, 1])."""
    _refuse(field_problem("construct", "initial", level, settings), where)
    return float(level)  # type: ignore[arg-type]


def check_weight(where: str, weight: object, settings: Settings | None = None) -> float:
    """A weight for a path or junction: a finite number in the model's range ([-1, 1])."""
    _refuse(field_problem("path", "weight", weight, settings), where)
    return float(weight)  # type: ignore[arg-type]


def check_run_size(n: int, junctions: int, steps: int, count: int = 1) -> None:
    """Refuse a run (of ``count`` runs) too big to hold in memory (the model's rule)."""
    _refuse(run_size(steps * count + count - 1, n, junctions), "the run")


def check_steps(steps: object) -> int:
    """A number of steps to run: a whole number from 0 to MAX_STEPS."""
    whole = isinstance(steps, int | np.integer) and not isinstance(steps, bool)
    if not whole or not 0 <= steps <= MAX_STEPS:  # type: ignore[operator]
        raise EngineError(f"steps must be a whole number from 0 to {MAX_STEPS} (got {steps!r})")
    return int(steps)  # type: ignore[arg-type]


def _refuse(problem: str | None, where: str) -> None:
    if problem:
        raise EngineError(f"{where} {problem}")
