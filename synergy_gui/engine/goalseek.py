"""Goal seek: which level of one stimulus brings an outcome to at least a target by a week?

The outcome at week T is a function of the lever's constant level in [0, 1] (every other
stimulus keeps its level or schedule). The engine runs a scan of :data:`GRID` levels as one
batch. When the outcome rises (or falls) steadily along the scan, the one crossing of the
target is found by bisection; otherwise each crossing the scan brackets is refined the same
way and the one nearest the current level wins. Refinement splits each bracket into
:data:`SPLIT` parts per batch, so a few batches give the level to about 1e-12. The level
returned is on the reaching side of the crossing: a plain run at that level reaches the target.

When no level reaches the target, the answer gives the best level (the scan's highest
outcome, refined the same way) and the outcome it gives.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from synergy_gui.engine import validate
from synergy_gui.engine.compile import CompiledModel
from synergy_gui.engine.dynamics import simulate_batch
from synergy_gui.engine.errors import EngineError
from synergy_gui.model.phrases import phrase

#: Levels of the lever in the first scan (0, 0.01, …, 1).
GRID = 101
#: Parts each bracket is split into by one refinement batch.
SPLIT = 16
#: Refinement batches: 0.01 / 16⁸ ≈ 2e-12 in level.
ROUNDS = 8
#: A scan step smaller than this counts as flat when judging whether the outcome is monotone.
_FLAT = 1e-12

BISECTION = "bisection (the outcome moves one way as the lever rises)"
SCAN = "a scan of 101 levels, then bisection at each crossing (the outcome is not monotone)"


@dataclass(frozen=True)
class GoalAnswer:
    """What it takes to bring ``outcome`` to ``target`` at ``week`` with ``lever`` alone."""

    lever: str
    outcome: str
    target: float
    week: float
    current_level: float
    current_outcome: float
    reachable: bool
    level: float | None  # the reaching level nearest the current one; None: unreachable
    best_level: float  # the level that gives the most outcome (the answer, when reachable)
    best_outcome: float
    method: str

    @property
    def change(self) -> float | None:
        """How far the lever moves from its current level (None: unreachable)."""
        return None if self.level is None else self.level - self.current_level

    def as_dict(self) -> dict[str, object]:
        """Plain figures for JSON: reachable, level (None when unreachable), best_*, …"""
        return {
            "lever": self.lever,
            "outcome": self.outcome,
            "target": self.target,
            "week": self.week,
            "reachable": self.reachable,
            "level": self.level,
            "change": self.change,
            "best_level": self.best_level,
            "best_outcome": self.best_outcome,
            "current_level": self.current_level,
            "current_outcome": self.current_outcome,
            "method": self.method,
        }


def levers(model: CompiledModel) -> tuple[str, ...]:
    """The stimuli a goal seek can set: those at a constant level (no schedule) here."""
    return tuple(p.construct_id for p in model.plans if p.source == "stimulus" and not p.schedule)


def seek(model: CompiledModel, lever: str, outcome: str, target: float, week: float) -> GoalAnswer:
    """The level of ``lever`` nearest its current one that brings ``outcome`` to at least
    ``target`` at ``week`` (or the verdict that it cannot, with the best it can do)."""
    step = _check(model, outcome, target, week)
    _check_lever(model, lever, outcome)
    return _Search(model, lever, outcome, target, step).answer(week)


def seek_all(model: CompiledModel, outcome: str, target: float, week: float) -> list[GoalAnswer]:
    """Every lever's answer, the smallest change first; unreachable ones last, nearest first."""
    step = _check(model, outcome, target, week)
    answers = [
        _Search(model, lever, outcome, target, step).answer(week)
        for lever in levers(model)
        if lever != outcome
    ]
    return sorted(answers, key=_rank)


def _rank(answer: GoalAnswer) -> tuple[bool, float]:
    if answer.reachable:
        return (False, abs(answer.change or 0.0))
    return (True, answer.target - answer.best_outcome)


def week_step(model: CompiledModel, week: float) -> int:
    """The last step at or before ``week`` (in the model's time unit)."""
    return math.floor(week / model.dt + 1e-9)


def _check(model: CompiledModel, outcome: str, target: float, week: float) -> int:
    if outcome not in model.index:
        raise EngineError(
            phrase(
                "there is no construct with id {cid!r} (constructs: {known})",
                cid=outcome,
                known=", ".join(model.ids),
            )
        )
    if any(p.construct_id == outcome for p in model.plans):
        raise EngineError(
            phrase(
                "{cid!r} is set from outside (a stimulus, a clamp or a fixed concept): "
                "choose an outcome the model computes",
                cid=outcome,
            )
        )
    low, high = model.level_bounds
    if not isinstance(target, int | float) or not low <= target <= high:
        raise EngineError(
            phrase(
                "the target must be a level from {low:g} to {high:g} (got {target!r})",
                low=low,
                high=high,
                target=target,
            )
        )
    if not isinstance(week, int | float) or not math.isfinite(week) or week < 0:
        raise EngineError(phrase("the week must be 0 or later (got {week!r})", week=week))
    step = week_step(model, week)
    validate.check_run_size(model.n, model.junction_target.size, validate.check_steps(step))
    return step


def _check_lever(model: CompiledModel, lever: str, outcome: str) -> None:
    if lever in levers(model):
        return
    if any(p.construct_id == lever and p.source == "stimulus" for p in model.plans):
        raise EngineError(
            phrase(
                "{lever!r} follows a schedule in this scenario; goal seek sets a constant level",
                lever=lever,
            )
        )
    known = ", ".join(levers(model)) or phrase("none")
    raise EngineError(
        phrase(
            "{lever!r} is not a stimulus that can be set (stimuli: {known})",
            lever=lever,
            known=known,
        )
    )


class _Search:
    """The outcome at one step as a function of one lever's level, evaluated in batches."""

    def __init__(
        self, model: CompiledModel, lever: str, outcome: str, target: float, step: int
    ) -> None:
        self.model, self.lever, self.outcome = model, lever, outcome
        self.target, self.step = float(target), step
        self.column = model.stimulus_ids.index(lever)
        steps = max(step, 1)
        stimulus_columns = [p for p, plan in enumerate(model.plans) if plan.source == "stimulus"]
        self.others = model.exogenous_levels(steps)[:, stimulus_columns]  # (T, n_stimuli)
        self.current = float(model.plans[stimulus_columns[self.column]].level)

    def outcomes(self, levels: np.ndarray) -> np.ndarray:
        """The outcome at the step for each lever level, one batch run."""
        stimuli = np.repeat(self.others[None], levels.size, axis=0)
        stimuli[:, :, self.column] = levels[:, None]
        steps = self.others.shape[0] - 1
        batch = simulate_batch(self.model, stimuli=stimuli, steps=steps)
        return np.asarray(batch.series(self.outcome)[:, self.step], dtype=float)

    def answer(self, week: float) -> GoalAnswer:
        grid = np.linspace(*self.model.level_bounds, GRID)  # every level the lever can take
        values = self.outcomes(np.append(grid, self.current))
        values, now = values[:-1], float(values[-1])
        best_level, best_outcome = self._best(grid, values)
        method = BISECTION if _monotone(values) else SCAN
        if now >= self.target:
            level: float | None = self.current
        else:
            level = self._nearest_crossing(grid, values)
        if level is not None:
            best_level, best_outcome = level, float(self.outcomes(np.array([level]))[0])
        return GoalAnswer(
            self.lever, self.outcome, self.target, float(week), self.current, now,
            level is not None, level, best_level, best_outcome, method,
        )  # fmt: skip

    def _nearest_crossing(self, grid: np.ndarray, values: np.ndarray) -> float | None:
        reaches = values >= self.target
        if not reaches.any():
            return None
        brackets = np.flatnonzero(reaches[1:] != reaches[:-1])
        # each crossing as (reaching end, other end); refine them all at once
        ends = np.array(
            [(grid[i + 1], grid[i]) if reaches[i + 1] else (grid[i], grid[i + 1]) for i in brackets]
        ).reshape(-1, 2)
        crossings = self._refine(ends[:, 0], ends[:, 1])
        candidates = np.concatenate([crossings, grid[reaches]])
        return float(candidates[np.argmin(np.abs(candidates - self.current))])

    def _refine(self, good: np.ndarray, bad: np.ndarray) -> np.ndarray:
        """Shrink each bracket (reaching end, failing end) onto its crossing."""
        parts = np.linspace(0.0, 1.0, SPLIT + 1)[1:-1]
        for _ in range(ROUNDS):
            inner = good[:, None] + (bad - good)[:, None] * parts[None, :]  # (B, SPLIT − 1)
            reaches = self.outcomes(inner.ravel()).reshape(inner.shape) >= self.target
            points = np.concatenate([good[:, None], inner, bad[:, None]], axis=1)
            flags = np.concatenate(
                [np.ones((good.size, 1), bool), reaches, np.zeros((good.size, 1), bool)], axis=1
            )
            last = np.argmin(flags, axis=1) - 1  # the last reaching point before a failing one
            rows = np.arange(good.size)
            good, bad = points[rows, last], points[rows, last + 1]
        return good

    def _best(self, grid: np.ndarray, values: np.ndarray) -> tuple[float, float]:
        """The level with the highest outcome: the scan's best, refined between neighbours."""
        i = int(np.argmax(values))
        low, high = grid[max(i - 1, 0)], grid[min(i + 1, grid.size - 1)]
        best_level, best_value = float(grid[i]), float(values[i])
        for _ in range(ROUNDS):
            points = np.linspace(low, high, SPLIT + 1)
            found = self.outcomes(points)
            j = int(np.argmax(found))
            if found[j] > best_value:
                best_level, best_value = float(points[j]), float(found[j])
            width = (high - low) / SPLIT
            low, high = max(0.0, best_level - width), min(1.0, best_level + width)
        return best_level, best_value


def _monotone(values: np.ndarray) -> bool:
    change = np.diff(values)
    return bool((change >= -_FLAT).all() or (change <= _FLAT).all())
