"""Response curves against the closed form of a saturating channel: points, the current spend
marked, the next 1,000's return and the slope there."""

from __future__ import annotations

import numpy as np
import pytest
from test_allocate import K1, K2, WEEKS, _closed_form

from synergy_gui.engine import EngineError
from synergy_gui.engine.response import curve_end, response_curves
from synergy_gui.engine.spend_runs import Outcome, SpendProblem


def _y(x1: float, x2: float) -> float:
    b1, b2 = x1 / WEEKS, x2 / WEEKS
    return 0.5 + 0.2 * b1 / (b1 + K1) + 0.15 * b2 / (b2 + K2)


def test_each_curve_follows_the_closed_form_with_the_others_kept():
    problem = _closed_form()  # 500 a week on each: 10,000 over the 20 weeks
    one, two = response_curves(problem, points=11)
    assert one.spend[0] == 0.0 and one.spend[-1] == curve_end(problem, 0) == 3 * K1 * WEEKS
    expected = [_y(x, 10_000.0) for x in one.spend]
    assert np.abs(one.outcome - expected).max() < 1e-12
    assert np.abs(two.outcome - [_y(10_000.0, x) for x in two.spend]).max() < 1e-12
    assert one.current_spend == 10_000.0 and one.current_outcome == pytest.approx(
        _y(10_000.0, 10_000.0), abs=1e-12
    )


def test_the_marginal_return_at_the_current_spend():
    one, two = response_curves(_closed_form())
    now = _y(10_000.0, 10_000.0)
    # 1,000 more a week: 20,000 more over the 20 weeks
    assert one.next_return == pytest.approx(_y(30_000.0, 10_000.0) - now, abs=1e-12)
    # dy/dx1 = 0.2 K1 / (b1 + K1)² / weeks at b1 = 500
    assert one.slope == pytest.approx(0.2 * K1 / (500 + K1) ** 2 / WEEKS, rel=1e-4)
    assert two.slope == pytest.approx(0.15 * K2 / (500 + K2) ** 2 / WEEKS, rel=1e-4)
    assert one.sentence("Y") == f"The next 1,000 a week on One buys {one.next_return:+.4f} Y"


def test_a_curve_needs_two_points():
    with pytest.raises(EngineError, match="at least 2 points"):
        response_curves(_closed_form(), points=1)


def test_a_tiny_share_ends_its_curve_at_the_largest_spend_a_plan_may_hold():
    """A share of 1e-320 is above 0 and sums to 1 with the other, so a file may hold it; the
    curve's end 3·K·weeks/share was inf, and every point after the first NaN."""
    document = _closed_form().document
    document.channels[0].drives = {"s1": 1.0, "s2": 1e-320}
    problem = SpendProblem(document, Outcome("y", 10))
    assert curve_end(problem, 0) == 1e12 * WEEKS  # MAX_SPEND a week, every week
    one, _ = response_curves(problem, points=5)
    assert np.isfinite(one.spend).all() and np.isfinite(one.outcome).all()
    # at 1e12 a week on s1 the lift is 1 to double precision: 0.5 + 0.2 + 0.15 b2/(b2 + K2)
    assert one.outcome[-1] == pytest.approx(_y(1e12 * WEEKS, 10_000.0), abs=1e-12)
