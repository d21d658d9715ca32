"""The allocator: how to split a budget over channels for the most outcome, or the least
spend that reaches a target, or where an extra amount should go.

Each channel's total (its spend summed over the run's weeks, its plan's weekly pattern
kept) is a variable in ``[min, max]``, with the totals at most the budget. The search is
numpy only: a batch of spread-out starts (every corner, the current split, random splits),
then pairwise exchange: every move of δ from one channel to another (or from or to the
unspent rest) at three sizes runs as one batch, the best improving move is taken, and δ
shrinks when none improves. At a point where no small exchange helps, each channel's
marginal return is equal (or it sits at a bound): the optimum of a smooth concave response,
and with random starts a good one of an S-shaped one. The minimum spend for a target is a
bisection on the budget around that search.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from synergy_gui.engine import budget as transforms
from synergy_gui.engine.errors import EngineError
from synergy_gui.engine.spend_runs import SpendProblem
from synergy_gui.model.channels import MAX_SPEND, SpendPlan
from synergy_gui.model.elements import Scenario
from synergy_gui.model.phrases import phrase

#: Random splits tried before the exchange search (with every corner and the current split).
STARTS = 64
#: The exchange search stops once δ is below this share of the budget.
TOLERANCE = 1e-6
#: The bisection for a target stops once the budget is known to this share.
TARGET_TOLERANCE = 1e-5
#: Without a maximum, a channel's spend is searched up to this many half-saturations a week.
FAR = 1.0e4
#: Shapley shares of the change are exact up to this many channels (2^C runs).
SHAPLEY_CHANNELS = 10

MAXIMISE, MINIMISE, EXTRA = "maximise", "minimise", "extra"


@dataclass(frozen=True)
class Allocation:
    """An allocator's answer: totals per channel (summed over the run), the outcome reached,
    and the change from the current plan split by channel (``waterfall``, sums to the change).
    """

    goal: str
    channels: tuple[str, ...]
    names: tuple[str, ...]
    spend: tuple[float, ...]
    outcome: float
    current_spend: tuple[float, ...]
    current_outcome: float
    weeks: int
    budget: float | None = None
    target: float | None = None
    reachable: bool = True
    waterfall: tuple[float, ...] = ()
    plans: dict[str, SpendPlan] = field(default_factory=dict)

    @property
    def total(self) -> float:
        return float(sum(self.spend))

    def as_dict(self) -> dict[str, object]:
        """Plain figures for JSON: ``spend`` (channel id → total) and ``outcome``, …"""
        return {
            "goal": self.goal,
            "spend": dict(zip(self.channels, self.spend, strict=True)),
            "outcome": self.outcome,
            "total": self.total,
            "budget": self.budget,
            "target": self.target,
            "reachable": self.reachable,
            "weeks": self.weeks,
            "current_spend": dict(zip(self.channels, self.current_spend, strict=True)),
            "current_outcome": self.current_outcome,
            "waterfall": dict(zip(self.channels, self.waterfall, strict=True)),
        }

    def scenario(self, name: str, base: Scenario | None = None) -> Scenario:
        """A new scenario (not yet added) that spends this allocation."""
        return transforms.plan_scenario(name, base, self.plans, self.description())

    def description(self) -> str:
        """What the allocation is for and how much it spends, for its scenario."""
        if self.goal == MAXIMISE:
            return phrase(
                "Allocator's split for the most outcome: {total:,.0f} in all.", total=self.total
            )
        if self.goal == MINIMISE:
            return phrase(
                "Allocator's split for the target: {total:,.0f} in all.", total=self.total
            )
        return phrase(
            "Allocator's split for an extra amount: {total:,.0f} in all.", total=self.total
        )


@dataclass(frozen=True)
class Bounds:
    """Per-channel minimum and maximum totals, and the budget."""

    low: np.ndarray
    high: np.ndarray
    budget: float


# ------------------------------------------------------------------------------ bounds
def bounds(
    problem: SpendProblem,
    budget: float,
    minima: dict[str, float] | None = None,
    maxima: dict[str, float] | None = None,
) -> Bounds:
    """Check the budget and the per-channel limits (by channel id or name); refuse bad ones."""
    _spend_figure(phrase("the budget"), budget)
    count = len(problem.channels)
    low, high = np.zeros(count), np.full(count, math.inf)
    for name, value in (minima or {}).items():
        _spend_figure(phrase("the minimum of {name!r}", name=name), value)
        low[problem.index(name)] = value
    for name, value in (maxima or {}).items():
        _spend_figure(phrase("the maximum of {name!r}", name=name), value)
        high[problem.index(name)] = value
    for position in np.flatnonzero(low > high):
        raise EngineError(
            phrase(
                "the minimum of {channel!r} ({low:g}) is above its maximum ({high:g})",
                channel=problem.channels[position].id,
                low=low[position],
                high=high[position],
            )
        )
    if low.sum() > budget * (1 + 1e-12):
        raise EngineError(
            phrase(
                "the minima add up to {total:,.6g}, above the budget of {budget:,.6g}",
                total=low.sum(),
                budget=budget,
            )
        )
    return Bounds(low, np.minimum(high, budget), float(budget))


def _spend_figure(what: str, value: object) -> None:
    """Refuse a sum of money that is not a finite number from 0 to MAX_SPEND; ``what`` (a
    phrase) names it."""
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        raise EngineError(
            phrase("{what} must be a finite number (got {value!r})", what=what, value=value)
        )
    if value < 0:
        raise EngineError(
            phrase("{what} must not be negative (got {value:g})", what=what, value=value)
        )
    if value > MAX_SPEND:
        raise EngineError(
            phrase(
                "{what} must be at most {most:g} (got {value:g})",
                what=what,
                most=MAX_SPEND,
                value=value,
            )
        )


# ------------------------------------------------------------------------------- goals
def maximise(
    problem: SpendProblem,
    budget: float,
    minima: dict[str, float] | None = None,
    maxima: dict[str, float] | None = None,
    seed: int = 0,
) -> Allocation:
    """The split of at most ``budget`` within the limits that gives the most outcome."""
    limits = bounds(problem, budget, minima, maxima)
    best, value = _search(problem, limits, np.random.default_rng(seed))
    return _answer(problem, MAXIMISE, best, value, budget=float(budget))


def place_extra(
    problem: SpendProblem,
    extra: float,
    maxima: dict[str, float] | None = None,
) -> Allocation:
    """Where ``extra`` should go with every channel's current spend kept (none taken away)."""
    _spend_figure(phrase("the extra amount"), extra)
    current = problem.current
    for name, value in (maxima or {}).items():
        _spend_figure(phrase("the maximum of {name!r}", name=name), value)
        position = problem.index(name)
        if value < current[position]:
            raise EngineError(
                phrase(
                    "the maximum of {channel!r} ({most:,.6g}) is below its current spend "
                    "({current:,.6g}), which an extra amount keeps",
                    channel=problem.channels[position].id,
                    most=value,
                    current=current[position],
                )
            )
    minima = {c.id: float(t) for c, t in zip(problem.channels, current, strict=True)}
    limits = bounds(problem, float(current.sum() + extra), minima, maxima)
    best, value = _search(problem, limits, np.random.default_rng(0))
    return _answer(problem, EXTRA, best, value, budget=float(current.sum() + extra))


def minimise_spend(
    problem: SpendProblem,
    target: float,
    minima: dict[str, float] | None = None,
    maxima: dict[str, float] | None = None,
) -> Allocation:
    """The least total spend whose best split brings the outcome to at least ``target``;
    when no spend can, ``reachable`` is False and the answer is the best reachable."""
    low_level, high_level = problem.model.level_bounds  # -1 to 1 for bipolar levels
    if not isinstance(target, int | float) or not low_level <= target <= high_level:
        raise EngineError(
            phrase(
                "the target must be a level from {low:g} to {high:g} (got {target!r})",
                low=low_level,
                high=high_level,
                target=target,
            )
        )
    far = max(_far_budget(problem, maxima), sum((minima or {}).values()))
    top = bounds(problem, far, minima, maxima)
    rng = np.random.default_rng(0)
    low_total = float(top.low.sum())
    floor = Bounds(top.low, np.minimum(top.high, low_total), low_total)
    x, value = _search(problem, floor, rng)
    if value >= target:
        return _answer(problem, MINIMISE, x, value, budget=low_total, target=target)
    x_far, value_far = _search(problem, top, rng)
    if value_far < target:
        return _answer(problem, MINIMISE, x_far, value_far, budget=far, target=target,
                       reachable=False)  # fmt: skip
    low, high, found = low_total, float(x_far.sum()), (x_far, value_far)
    while high - low > TARGET_TOLERANCE * max(high, 1.0):
        middle = (
            math.sqrt(max(low, 1e-9 * high) * high)
            if high > 64 * max(low, 1)
            else (0.5 * (low + high))
        )
        limits = Bounds(top.low, np.minimum(top.high, middle), middle)
        x, value = _search(problem, limits, rng, start=_scaled(found[0], limits))
        if value >= target:
            high, found = float(x.sum()), (x, value)
        else:
            low = middle
    return _answer(problem, MINIMISE, found[0], found[1], budget=high, target=target)


def _far_budget(problem: SpendProblem, maxima: dict[str, float] | None) -> float:
    """A budget that buys each channel near saturation (or its maximum)."""
    total = 0.0
    given = {problem.index(k): v for k, v in (maxima or {}).items()}
    for position, channel in enumerate(problem.channels):
        share = min(channel.drives.values()) if channel.drives else 1.0
        near = FAR * channel.half_saturation * problem.weeks / share
        total += min(given.get(position, near), near)
    return float(min(total, MAX_SPEND))


# ------------------------------------------------------------------------------ search
def _search(
    problem: SpendProblem, limits: Bounds, rng: np.random.Generator, start: np.ndarray | None = None
) -> tuple[np.ndarray, float]:
    """The best split found: the best of the starts, improved by pairwise exchange."""
    starts = _starts(problem, limits, rng)
    if start is not None:
        starts = np.vstack([starts, start])
    values = problem.outcomes(starts)
    best = int(np.argmax(values))
    return _exchange(problem, limits, starts[best].copy(), float(values[best]))


def _starts(problem: SpendProblem, limits: Bounds, rng: np.random.Generator) -> np.ndarray:
    """Corners (all the free budget on one channel), the current split, random splits."""
    count = limits.low.size
    free = limits.budget - limits.low.sum()
    corners = np.eye(count)
    current = problem.current / problem.current.sum() if problem.current.sum() > 0 else None
    shares = [corners, np.full((1, count), 1.0 / count), rng.dirichlet(np.ones(count), STARTS)]
    if current is not None:
        shares.append(current[None])
    return np.array([_fill(limits, row * free) for row in np.vstack(shares)])


def _fill(limits: Bounds, extra: np.ndarray) -> np.ndarray:
    """Minima plus ``extra`` within the maxima; what a capped channel cannot take goes on to
    the others in proportion (so the budget is spent while anyone can take it)."""
    x = limits.low + extra
    for _ in range(limits.low.size):
        over = np.maximum(x - limits.high, 0.0)
        x -= over
        room = limits.high - x
        spare, open_ = over.sum(), room > 1e-12 * max(limits.budget, 1.0)
        if spare <= 0 or not open_.any():
            break
        x[open_] += spare * room[open_] / room[open_].sum()
    return np.minimum(x, limits.high)


def _scaled(x: np.ndarray, limits: Bounds) -> np.ndarray:
    """A previous answer scaled into a smaller budget (a warm start)."""
    free = limits.budget - limits.low.sum()
    extra = np.maximum(x - limits.low, 0.0)
    share = extra / extra.sum() if extra.sum() > 0 else np.full(x.size, 1.0 / x.size)
    return _fill(limits, share * free)


def _exchange(
    problem: SpendProblem, limits: Bounds, x: np.ndarray, value: float
) -> tuple[np.ndarray, float]:
    """Pairwise exchange with shrinking steps until no move of δ ≥ tolerance helps."""
    scale = max(limits.budget, 1e-12)
    delta = scale / 8
    directions = _directions(x.size)
    while delta > TOLERANCE * scale:
        moves = np.concatenate([directions * step for step in (delta, delta / 3, delta / 9)])
        candidates = _feasible(x[None] + moves, limits)
        if candidates.shape[0] == 0:
            break
        values = problem.outcomes(candidates)
        best = int(np.argmax(values))
        if values[best] > value + 1e-15:
            x, value = candidates[best], float(values[best])
        else:
            delta /= 9
    return x, value


def _directions(count: int) -> np.ndarray:
    """Move one unit from channel i to j (i ≠ j), or from or to the unspent rest."""
    rows = []
    for i in range(count):
        for j in range(count):
            if i != j:
                row = np.zeros(count)
                row[i], row[j] = -1.0, 1.0
                rows.append(row)
        rows.append(np.eye(count)[i])
        rows.append(-np.eye(count)[i])
    return np.array(rows)


def _feasible(candidates: np.ndarray, limits: Bounds) -> np.ndarray:
    tolerance = 1e-12 * max(limits.budget, 1.0)
    inside = (candidates >= limits.low - tolerance).all(axis=1)
    inside &= (candidates <= limits.high + tolerance).all(axis=1)
    inside &= candidates.sum(axis=1) <= limits.budget + tolerance
    return np.clip(candidates[inside], limits.low, limits.high)


# ------------------------------------------------------------------------------ answer
def _answer(
    problem: SpendProblem,
    goal: str,
    x: np.ndarray,
    value: float,
    budget: float | None = None,
    target: float | None = None,
    reachable: bool = True,
) -> Allocation:
    current_value = float(problem.outcomes(problem.current[None])[0])
    return Allocation(
        goal=goal,
        channels=tuple(c.id for c in problem.channels),
        names=tuple(c.name for c in problem.channels),
        spend=tuple(float(v) for v in x),
        outcome=float(value),
        current_spend=tuple(float(v) for v in problem.current),
        current_outcome=current_value,
        weeks=problem.weeks,
        budget=budget,
        target=target,
        reachable=reachable,
        waterfall=tuple(float(v) for v in waterfall(problem, problem.current, x)),
        plans=problem.spend_plans(x),
    )


def waterfall(problem: SpendProblem, before: np.ndarray, after: np.ndarray) -> np.ndarray:
    """Each channel's part of the change in outcome from ``before`` to ``after`` totals:
    Shapley shares (order-free; they sum to the whole change) for up to 10 channels, else
    the change as each channel moves in turn."""
    count = before.size
    if count > SHAPLEY_CHANNELS:
        steps = np.array([np.where(np.arange(count) < k, after, before) for k in range(count + 1)])
        return np.diff(problem.outcomes(steps))
    masks = (np.arange(2**count)[:, None] >> np.arange(count)[None, :]) & 1
    values = problem.outcomes(np.where(masks == 1, after[None], before[None]))
    sizes = masks.sum(axis=1)
    shares = np.zeros(count)
    for c in range(count):
        without = np.flatnonzero(masks[:, c] == 0)
        size = sizes[without]
        weight = np.array([_shapley_weight(int(s), count) for s in size])
        shares[c] = float(np.dot(weight, values[without + (1 << c)] - values[without]))
    return shares


def _shapley_weight(size: int, count: int) -> float:
    return math.factorial(size) * math.factorial(count - size - 1) / math.factorial(count)
