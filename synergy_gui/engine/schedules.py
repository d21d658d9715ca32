"""Stimulus schedules sampled at the step times, as ``elements.Schedule`` documents them."""

from __future__ import annotations

import numpy as np

from synergy_gui.model.elements import Schedule


def sample(schedule: Schedule, times: np.ndarray) -> np.ndarray:
    """The level of a scheduled stimulus at each time in ``times`` (times k·Δt of step k)."""
    t = np.asarray(times, dtype=float)
    kind = schedule.kind
    if kind == "constant":
        return np.full(t.shape, float(schedule.level))
    if kind == "step":
        return np.where(t < schedule.start, float(schedule.base), float(schedule.level))
    if kind == "pulse":
        inside = (t >= schedule.start) & (t < schedule.start + schedule.duration)
        return np.where(inside, float(schedule.level), float(schedule.base))
    if kind == "ramp":
        return _ramp(schedule, t)
    if kind == "series":
        values = np.asarray(schedule.values, dtype=float)
        steps = np.minimum(np.arange(t.size), values.size - 1)
        return values[steps]
    raise ValueError(f"unknown schedule kind {kind!r}")


def _ramp(schedule: Schedule, t: np.ndarray) -> np.ndarray:
    base, level = float(schedule.base), float(schedule.level)
    if schedule.duration <= 0.0:
        return np.where(t < schedule.start, base, level)
    share = np.clip((t - schedule.start) / schedule.duration, 0.0, 1.0)
    return base + (level - base) * share


def long_run(schedule: Schedule) -> float:
    """The level the schedule settles at once every change is over."""
    if schedule.kind == "pulse":
        return float(schedule.base)
    if schedule.kind == "series":
        return float(schedule.values[-1])
    return float(schedule.level)
