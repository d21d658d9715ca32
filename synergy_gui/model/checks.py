"""Checks of single values, shared by the editing methods and the file validator.

Each rule returns ``None`` when the value is acceptable, otherwise a short reason that reads
after the field's name, e.g. ``"must be between 0 and 1 (got 1.4)"``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from synergy_gui.model.elements import (
    ACTIVATION_KINDS,
    LEVEL_RANGES,
    PATH_KINDS,
    ROLES,
    SCHEDULE_KINDS,
    STEP_MODES,
    UPDATE_RULES,
    WEIGHT_SCALES,
    Activation,
    Schedule,
)
from synergy_gui.model.phrases import phrase

Rule = Callable[[Any], str | None]

MAX_TAU = 1.0e4  # time units; slower than this is no longer a dynamic the model can show
MIN_TAU = 1.0e-300  # with Δt ≤ 1000, Δt/τ stays a finite number
MAX_HORIZON = 100_000
MAX_TEXT = 20_000
ID_PATTERN = re.compile(r"^[^\s\x00-\x1f]{1,100}$")


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def finite_number(value: Any) -> str | None:
    if not _is_number(value):
        return phrase("must be a number (got {value!r})", value=value)
    if not math.isfinite(value):
        return phrase("must be a finite number (got {value!r})", value=value)
    return None


def in_range(low: float, high: float) -> Rule:
    def rule(value: Any) -> str | None:
        problem = finite_number(value)
        if problem:
            return problem
        if not low <= value <= high:
            return phrase(
                "must be between {low:g} and {high:g} (got {value!r})",
                low=low,
                high=high,
                value=value,
            )
        return None

    return rule


unit_level = in_range(0.0, 1.0)
weight_value = in_range(-1.0, 1.0)
#: The largest |weight| an unstandardised model may hold (regression coefficients in units
#: of the source per unit of the target; beyond this a level would only ever sit at a bound).
MAX_UNSTANDARDISED = 100.0
_LEVEL_BOUNDS = {"unipolar": (0.0, 1.0), "bipolar": (-1.0, 1.0)}
_WEIGHT_BOUNDS = {"standardised": 1.0, "unstandardised": MAX_UNSTANDARDISED}


def level_bounds(level_range: str = "unipolar") -> tuple[float, float]:
    """The (low, high) levels of a model with this ``settings.level_range``."""
    known = isinstance(level_range, str) and level_range in _LEVEL_BOUNDS  # else its own rule
    return _LEVEL_BOUNDS[level_range] if known else _LEVEL_BOUNDS["unipolar"]


def weight_bound(weight_scale: str = "standardised") -> float:
    """The largest |weight| of a model with this ``settings.weight_scale``."""
    known = isinstance(weight_scale, str) and weight_scale in _WEIGHT_BOUNDS  # else its own rule
    return _WEIGHT_BOUNDS[weight_scale] if known else 1.0


def level_problem(value: Any, level_range: str = "unipolar") -> str | None:
    """Why ``value`` is not a level of a model with this level range, or None."""
    low, high = level_bounds(level_range)
    problem = in_range(low, high)(value)
    if problem and level_range != "bipolar" and not finite_number(value) and -1 <= value < 0:
        return phrase(
            '{problem}; negative levels need settings.level_range "bipolar"', problem=problem
        )
    return problem


def weight_problem(value: Any, weight_scale: str = "standardised") -> str | None:
    """Why ``value`` is not a weight of a model with this weight scale, or None."""
    bound = weight_bound(weight_scale)
    problem = in_range(-bound, bound)(value)
    if problem and bound == 1.0 and not finite_number(value) and abs(value) <= MAX_UNSTANDARDISED:
        return phrase(
            '{problem}; unstandardised weights need settings.weight_scale "unstandardised"',
            problem=problem,
        )
    return problem


#: A weight's standard deviation (None: not known). Weights live in [-1, 1], so 2 already
#: spreads a draw over the whole range.
MAX_SD = 2.0
#: The model-wide sd for weights without their own: a guess "where unknown", kept modest.
MAX_DEFAULT_SD = 1.0


def positive_time(value: Any) -> str | None:
    problem = finite_number(value)
    if problem:
        return problem
    if not 0 < value <= MAX_TAU:
        return phrase(
            "must be greater than 0 and at most {most:g} (got {value!r})", most=MAX_TAU, value=value
        )
    if value < MIN_TAU:  # Δt/τ would overflow; any τ below Δt/40 already closes the gap
        return phrase(
            "is too small (got {value!r}); a time constant is at least {least:g}",
            value=value,
            least=MIN_TAU,
        )
    return None


def non_negative_time(value: Any) -> str | None:
    problem = finite_number(value)
    if problem:
        return problem
    if not 0 <= value <= MAX_HORIZON:
        return phrase("must be between 0 and {most} (got {value!r})", most=MAX_HORIZON, value=value)
    return None


def horizon_steps(value: Any) -> str | None:
    if not isinstance(value, int) or isinstance(value, bool):
        return phrase("must be a whole number of steps (got {value!r})", value=value)
    if not 1 <= value <= MAX_HORIZON:
        return phrase(
            "must be between 1 and {most} steps (got {value!r})", most=MAX_HORIZON, value=value
        )
    return None


def optional(rule: Rule) -> Rule:
    return lambda value: None if value is None else rule(value)


weight_sd = optional(in_range(0.0, MAX_SD))


def one_of(choices: tuple[str, ...]) -> Rule:
    def rule(value: Any) -> str | None:
        if value not in choices:
            return phrase(
                "must be one of {choices} (got {value!r})", choices=", ".join(choices), value=value
            )
        return None

    return rule


def text(value: Any) -> str | None:
    if not isinstance(value, str):
        return phrase("must be text (got {kind})", kind=type(value).__name__)
    if len(value) > MAX_TEXT:
        return phrase(
            "is too long ({length} characters; at most {most})", length=len(value), most=MAX_TEXT
        )
    return None


def label_text(value: Any) -> str | None:
    problem = text(value)
    if problem:
        return problem
    if not value.strip():
        return phrase("must not be empty")
    return None


def identifier(value: Any) -> str | None:
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        return phrase("must be 1-100 characters without spaces (got {value!r})", value=value)
    return None


def text_list(value: Any) -> str | None:
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        return phrase("must be a list of texts")
    return None


def point(value: Any) -> str | None:
    if not isinstance(value, list | tuple) or len(value) != 2:
        return phrase("must be a pair [x, y] (got {value!r})", value=value)
    for coordinate in value:
        problem = finite_number(coordinate)
        if problem:
            return phrase("coordinate {problem}", problem=problem)
        if abs(coordinate) > 1.0e6:
            return phrase(
                "coordinate must be within ±1000000 (got {coordinate!r})", coordinate=coordinate
            )
    return None


#: Levels one run may hold: steps × (constructs + junctions), about 1 GB of numbers. A file
#: within every other limit (5,000 constructs, 100,000 steps) could otherwise ask for 4 GB.
MAX_RUN_CELLS = 120_000_000


def run_size(steps: Any, constructs: int, junctions: int) -> str | None:
    """Why a run of ``steps`` steps is too big to hold in memory, or None."""
    if not isinstance(steps, int) or isinstance(steps, bool) or steps < 0:
        return None  # left to the steps' own rule
    cells = (steps + 1) * (constructs + junctions + 1)
    if cells <= MAX_RUN_CELLS:
        return None
    gigabytes = cells * 8 / 1e9
    most = MAX_RUN_CELLS // (constructs + junctions + 1) - 1
    return phrase(
        "is too long for a model this size: {steps:,} steps of {constructs:,} constructs "
        "would need about {gigabytes:.1f} GB of memory; at most {most:,} steps",
        steps=steps,
        constructs=constructs,
        gigabytes=gigabytes,
        most=most,
    )


def euler_step(dt: Any, name: str, tau: Any) -> str | None:
    """Why an Euler step of ``dt`` overshoots the time constant ``name`` = ``tau``, or None.

    Bad numbers on their own are left to their own rules; this judges only their ratio.
    """
    if finite_number(dt) or finite_number(tau) or tau <= 0:
        return None
    if dt / tau > 1.0:
        return phrase(
            "Euler steps need Δt/τ ≤ 1, but Δt = {dt:g} and {name} = {tau:g} give "
            "{ratio:g}; use a smaller dt, a larger {name} or the exact step mode",
            dt=dt,
            name=name,
            tau=tau,
            ratio=dt / tau,
        )
    return None


ACTIVATION_RULES: dict[str, Rule] = {
    "kind": one_of(ACTIVATION_KINDS),
    "gain": in_range(0.01, 100.0),
    "threshold": in_range(-10.0, 10.0),
}


def activation_rule(value: Any) -> str | None:
    if not isinstance(value, Activation):
        return phrase("must be an activation")
    for name, rule in ACTIVATION_RULES.items():
        problem = rule(getattr(value, name))
        if problem:
            return phrase("{name} {problem}", name=name, problem=problem)
    return None


SCHEDULE_RULES: dict[str, Rule] = {
    "kind": one_of(SCHEDULE_KINDS),
    "level": unit_level,
    "base": unit_level,
    "start": non_negative_time,
    "duration": non_negative_time,
}


def schedule_rules(level_range: str = "unipolar") -> dict[str, Rule]:
    """The schedule's rules, its levels in the model's level range."""
    level = lambda value: level_problem(value, level_range)  # noqa: E731
    return {**SCHEDULE_RULES, "level": level, "base": level}


def schedule_values_problem(
    schedule: Schedule, level_range: str = "unipolar"
) -> tuple[str, str] | None:
    """For a series: ``(place, reason)`` of the first bad entry of ``values``, or None."""
    if schedule.kind != "series":
        return None
    if not schedule.values:
        return "values", phrase("must hold at least one level for a series")
    for index, level in enumerate(schedule.values):
        problem = level_problem(level, level_range)
        if problem:
            return f"values[{index}]", problem
    return None


def schedule_rule(value: Any, level_range: str = "unipolar") -> str | None:
    if not isinstance(value, Schedule):
        return phrase("must be a schedule")
    for name, rule in schedule_rules(level_range).items():
        problem = rule(getattr(value, name))
        if problem:
            return phrase("{name} {problem}", name=name, problem=problem)
    found = schedule_values_problem(value, level_range)
    return phrase("{name} {problem}", name=found[0], problem=found[1]) if found else None


CONSTRUCT_RULES: dict[str, Rule] = {
    "id": identifier,
    "label": label_text,
    "role": one_of(ROLES),
    "initial": unit_level,
    "baseline": unit_level,
    "tau_rise": positive_time,
    "tau_fall": positive_time,
    "activation": optional(activation_rule),
    "position": point,
    "description": text,
    "references": text_list,
}

PATH_RULES: dict[str, Rule] = {
    "id": identifier,
    "source": identifier,
    "target": identifier,
    "weight": weight_value,
    "sd": weight_sd,
    "kind": one_of(PATH_KINDS),
    "label": text,
    "description": text,
    "references": text_list,
    "note": text,
}

JUNCTION_RULES: dict[str, Rule] = {
    "id": identifier,
    "target": identifier,
    "weight": weight_value,
    "sd": weight_sd,
    "label": text,
    "position": optional(point),
    "description": text,
    "references": text_list,
}

SETTINGS_RULES: dict[str, Rule] = {
    "time_unit": label_text,
    "dt": in_range(0.001, 1000.0),
    "horizon": horizon_steps,
    "update_rule": one_of(UPDATE_RULES),
    "step_mode": one_of(STEP_MODES),
    "activation": activation_rule,
    "focus": text_list,
    "default_sd": optional(in_range(0.0, MAX_DEFAULT_SD)),
    "weight_scale": one_of(WEIGHT_SCALES),
    "level_range": one_of(LEVEL_RANGES),
}

META_RULES: dict[str, Rule] = {
    "title": text,
    "description": text,
    "authors": text_list,
    "references": text_list,
}

SCENARIO_RULES: dict[str, Rule] = {
    "name": label_text,
    "description": text,
    "segment": text,
    "horizon": optional(horizon_steps),
}

RULES_BY_TARGET: dict[str, dict[str, Rule]] = {
    "construct": CONSTRUCT_RULES,
    "path": PATH_RULES,
    "junction": JUNCTION_RULES,
    "settings": SETTINGS_RULES,
    "meta": META_RULES,
    "scenario": SCENARIO_RULES,
}


#: The fields whose range follows the model's settings, and the setting each follows.
_SCALED = {
    ("construct", "initial"): "level_range",
    ("construct", "baseline"): "level_range",
    ("path", "weight"): "weight_scale",
    ("junction", "weight"): "weight_scale",
}


def field_problem(target: str, name: str, value: Any, settings: Any = None) -> str | None:
    """Why ``value`` is not acceptable for field ``name`` of a ``target``, or None.

    ``settings`` (the model's) widens levels and weights as its level range and weight
    scale say; without it they keep the standard [0, 1] and [-1, 1].
    """
    rules = RULES_BY_TARGET[target]
    if name not in rules:
        return phrase("is not a field of a {target}", target=target)  # an edit in code
    setting = _SCALED.get((target, name))
    if setting == "level_range":
        return level_problem(value, getattr(settings, "level_range", "unipolar"))
    if setting == "weight_scale":
        return weight_problem(value, getattr(settings, "weight_scale", "standardised"))
    return rules[name](value)
