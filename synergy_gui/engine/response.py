"""Response curves: the outcome against one channel's total spend, the others kept as they
are, with the current spend marked and the marginal return there ("the next 1,000 buys
+0.004 loyalty"). Every channel's curve runs in one batch.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from synergy_gui.engine.errors import EngineError
from synergy_gui.engine.spend_runs import SpendProblem
from synergy_gui.model.channels import MAX_SPEND
from synergy_gui.model.phrases import phrase

#: Points on each curve, from no spend to the curve's end.
POINTS = 41
#: The amount a week the marginal return is quoted for.
NEXT = 1000.0


@dataclass(frozen=True)
class ResponseCurve:
    """One channel's curve: ``outcome[i]`` at total spend ``spend[i]`` (over the run)."""

    channel: str
    name: str
    spend: np.ndarray
    outcome: np.ndarray
    current_spend: float
    current_outcome: float
    next_amount: float  # the amount a week the marginal return is quoted for
    next_return: float  # the outcome's change with ``next_amount`` more every week
    slope: float  # d outcome / d spend at the current spend (per currency unit)

    def sentence(self, outcome_label: str) -> str:
        """The marginal return in words: "The next 1,000 a week on Ads buys +0.0040 Loyalty"."""
        return (
            f"The next {self.next_amount:,.0f} a week on {self.name} buys "
            f"{self.next_return:+.4f} {outcome_label}"
        )


def curve_end(problem: SpendProblem, position: int) -> float:
    """Where a channel's curve ends: three times its current spend or three half-saturations
    a week over the run, whichever is more (the bend is always in view), the latter at most
    the largest spend a plan may hold every week (a share near 0 made it inf)."""
    channel = problem.channels[position]
    share = min(channel.drives.values())
    saturation = min(3.0 * channel.half_saturation / share, MAX_SPEND) * problem.weeks
    return float(max(3.0 * problem.current[position], saturation))


def response_curves(
    problem: SpendProblem, points: int = POINTS, next_amount: float = NEXT
) -> list[ResponseCurve]:
    """Every channel's response curve, and the return of ``next_amount`` more a week (its
    weekly pattern kept), in channel order."""
    if not isinstance(points, int) or points < 2:
        raise EngineError(phrase("a curve needs at least 2 points (got {points!r})", points=points))
    if not next_amount > 0:
        raise EngineError(
            phrase("the next amount must be above 0 (got {amount!r})", amount=next_amount)
        )
    count, current = len(problem.channels), problem.current
    grids = [np.linspace(0.0, curve_end(problem, c), points) for c in range(count)]
    steps = [max(1e-6 * curve_end(problem, c), 1e-9) for c in range(count)]
    rows = [current]
    for c in range(count):
        more = next_amount * problem.weeks
        for value in (*grids[c], current[c] + more, current[c] + steps[c]):
            row = current.copy()
            row[c] = value
            rows.append(row)
    values = problem.outcomes(np.array(rows))
    now = float(values[0])
    curves = []
    for c, channel in enumerate(problem.channels):
        block = values[1 + c * (points + 2) : 1 + (c + 1) * (points + 2)]
        curves.append(
            ResponseCurve(
                channel.id,
                channel.name,
                grids[c],
                block[:points],
                float(current[c]),
                now,
                float(next_amount),
                float(block[points] - now),
                float((block[points + 1] - now) / steps[c]),
            )
        )
    return curves
