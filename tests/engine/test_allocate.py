"""The allocator against the closed-form optimum of two saturating channels, the least spend for
a target checked by a plain run, 1,000 random splits, an extra amount, and refused requests."""

from __future__ import annotations

import math

import numpy as np
import pytest
from engine_builders import construct, document

from synergy_gui.engine import EngineError, compile_model, simulate_batch
from synergy_gui.engine.allocate import maximise, minimise_spend, place_extra, waterfall
from synergy_gui.engine.budget import scenario_with_spend
from synergy_gui.engine.spend_runs import Outcome, SpendProblem
from synergy_gui.model.channels import Channel, SpendPlan
from synergy_gui.model.presets import load_preset

WEEKS = 20
W1, W2 = 0.4, 0.3  # path weights s1 → y, s2 → y
K1, K2 = 1000.0, 3000.0  # half saturations (spend per week)


def _closed_form() -> SpendProblem:
    """y follows its input within a step (τ = 0.01: α = 1 − e^−100 = 1), so y at week 10 is
    0.5 + W1·(l1 − 0.5) + W2·(l2 − 0.5), l_c = 0.5 + 0.5·b_c / (b_c + K_c) at weekly spend b_c."""
    doc = document(
        [construct("s1", "stimulus"), construct("s2", "stimulus"),
         construct("y", "response", tau=(0.01, 0.01))],
        [("s1", "y", W1), ("s2", "y", W2)],
        horizon=WEEKS,
    )  # fmt: skip
    doc.channels = [
        Channel("one", "One", {"s1": 1.0}, half_saturation=K1, zero_level=0.5,
                saturation_level=1.0, plan=SpendPlan("constant", 500.0)),
        Channel("two", "Two", {"s2": 1.0}, half_saturation=K2, zero_level=0.5,
                saturation_level=1.0, plan=SpendPlan("constant", 500.0)),
    ]  # fmt: skip
    return SpendProblem(doc, Outcome("y", 10))


def _analytic_split(weekly: float) -> tuple[float, float]:
    """argmax A1 b1/(b1 + K1) + A2 b2/(b2 + K2) with b1 + b2 = weekly: equal marginals,
    A1 K1/(b1 + K1)² = A2 K2/(b2 + K2)², so b1 + K1 = r (b2 + K2) with r = √(A1 K1 / A2 K2)."""
    a1, a2 = W1 * 0.5, W2 * 0.5
    r = math.sqrt(a1 * K1 / (a2 * K2))
    b1 = min(max((r * (weekly + K2) - K1) / (1 + r), 0.0), weekly)
    return b1, weekly - b1


def _analytic_value(b1: float, b2: float) -> float:
    return 0.5 + W1 * 0.5 * b1 / (b1 + K1) + W2 * 0.5 * b2 / (b2 + K2)


@pytest.mark.parametrize("weekly", [5000.0, 1200.0, 300.0])
def test_the_optimum_of_two_closed_form_channels_matches_the_analytic_one(weekly):
    problem = _closed_form()
    budget = weekly * WEEKS
    found = maximise(problem, budget)
    b1, b2 = _analytic_split(weekly)
    assert abs(found.spend[0] - b1 * WEEKS) <= 0.005 * budget
    assert abs(found.spend[1] - b2 * WEEKS) <= 0.005 * budget
    assert found.total == pytest.approx(budget, rel=1e-9)
    assert found.outcome == pytest.approx(_analytic_value(b1, b2), abs=1e-9)


def test_at_300_a_week_everything_goes_to_the_first_channel():
    b1, b2 = _analytic_split(300.0)  # r(300 + 3000) − 1000 > 1.667·300: the corner
    assert (b1, b2) == (300.0, 0.0)
    found = maximise(_closed_form(), 300.0 * WEEKS)
    assert found.spend[1] <= 0.005 * 300.0 * WEEKS


def test_the_least_spend_for_a_target_reaches_it_in_a_plain_run_and_is_the_analytic_least():
    problem = _closed_form()
    target = 0.72
    found = minimise_spend(problem, target)
    assert found.reachable and found.outcome >= target
    scenario = found.scenario("Least spend")
    model = compile_model(
        problem.document, scenario_with_spend(problem.document.channels, scenario, WEEKS)
    )
    assert simulate_batch(model).series("y")[0, 10] >= target - 1e-12
    # the analytic least weekly spend: the budget whose best split just reaches the target
    low, high = 0.0, 1e7
    for _ in range(200):
        middle = 0.5 * (low + high)
        low, high = (middle, high) if _analytic_value(*_analytic_split(middle)) < target else (
            low, middle)  # fmt: skip
    assert found.total == pytest.approx(high * WEEKS, rel=0.005)


def test_an_unreachable_target_gets_a_verdict_and_the_best_reachable_outcome():
    problem = _closed_form()
    found = minimise_spend(problem, 0.9)  # at most 0.5 + 0.2 + 0.15 = 0.85
    assert not found.reachable
    assert found.outcome < 0.85 and found.outcome == pytest.approx(0.85, abs=1e-3)


def test_a_target_already_met_by_the_minima_costs_only_the_minima():
    found = minimise_spend(_closed_form(), 0.55, minima={"one": 40_000.0})
    assert found.spend == (40_000.0, 0.0)


def _preset_with_channels():
    doc = load_preset("synergistic_influence")
    doc.channels = [
        Channel("community", "Community", {"interactivity": 1.0}, adstock=0.3,
                half_saturation=2000, plan=SpendPlan("constant", 1500)),
        Channel("ads", "Ads", {"personalization": 1.0}, adstock=0.2, half_saturation=3000,
                shape=2.5, plan=SpendPlan("constant", 2000)),
        Channel("influencer", "Influencer", {"kol_credibility": 0.6, "koc_authenticity": 0.4},
                adstock=0.5, half_saturation=2500, plan=SpendPlan("flighted", 4000, on=4, off=4)),
        Channel("reviews", "Reviews", {"ewom": 1.0}, adstock=0.6, half_saturation=1500,
                plan=SpendPlan("constant", 1000)),
    ]  # fmt: skip
    return SpendProblem(doc, Outcome("loyalty", 26))


def _random_feasible(rng, count, budget, low, high) -> np.ndarray:
    rows = []
    while len(rows) < count:
        x = low + rng.dirichlet(np.ones(low.size)) * (budget - low.sum())
        if (x <= high).all():
            rows.append(x)
    return np.array(rows)


def test_the_optimum_beats_or_equals_1000_random_feasible_splits():
    problem = _preset_with_channels()
    budget = 300_000.0
    minima, maxima = {"reviews": 20_000.0}, {"community": 90_000.0}
    found = maximise(problem, budget, minima, maxima)
    low, high = np.array([0, 0, 0, 20_000.0]), np.array([90_000.0, np.inf, np.inf, np.inf])
    assert (np.array(found.spend) >= low - 1e-6).all() and found.spend[0] <= 90_000 + 1e-6
    splits = _random_feasible(np.random.default_rng(7), 1000, budget, low, high)
    assert problem.outcomes(splits).max() <= found.outcome + 1e-12


def test_the_waterfall_splits_the_whole_change_by_channel():
    problem = _preset_with_channels()
    found = maximise(problem, 346_000.0)
    assert sum(found.waterfall) == pytest.approx(found.outcome - found.current_outcome, abs=1e-12)
    # one channel moved alone: its share is the whole change
    after = problem.current.copy()
    after[2] += 10_000
    shares = waterfall(problem, problem.current, after)
    change = problem.outcomes(after[None])[0] - problem.outcomes(problem.current[None])[0]
    assert shares == pytest.approx([0, 0, change, 0], abs=1e-15)


def test_an_extra_amount_goes_on_top_of_the_current_spend():
    problem = _closed_form()
    found = place_extra(problem, 4_000.0)
    current = problem.current  # 500 a week each: channel one has the higher marginal return
    assert (np.array(found.spend) >= current - 1e-9).all()
    assert found.total == pytest.approx(current.sum() + 4_000.0)
    assert found.spend[0] - current[0] == pytest.approx(4_000.0, abs=0.005 * 4_000.0)


@pytest.mark.parametrize(
    "call, words",
    [
        (lambda p: maximise(p, -1.0), "budget must not be negative"),
        (lambda p: maximise(p, math.nan), "budget must be a finite number"),
        (lambda p: maximise(p, 1000.0, minima={"one": 800.0, "two": 300.0}), "above the budget"),
        (lambda p: maximise(p, 1000.0, minima={"one": 500.0}, maxima={"one": 100.0}),
         "above its maximum"),
        (lambda p: maximise(p, 1000.0, minima={"one": -5.0}), "must not be negative"),
        (lambda p: maximise(p, 1000.0, minima={"three": 5.0}), "no channel 'three'"),
        (lambda p: minimise_spend(p, 1.5), "target must be a level"),
        (lambda p: place_extra(p, -3.0), "extra amount must not be negative"),
    ],
)  # fmt: skip
def test_bad_requests_are_refused_with_the_reason(call, words):
    with pytest.raises(EngineError, match=words):
        call(_closed_form())


def test_a_model_without_channels_or_with_a_stimulus_outcome_is_refused():
    doc = _closed_form().document
    with pytest.raises(EngineError, match="set from outside"):
        SpendProblem(doc, Outcome("s1", 10))
    with pytest.raises(EngineError, match="past the run"):
        SpendProblem(doc, Outcome("y", 99))
    doc.channels = []
    with pytest.raises(EngineError, match="no channels"):
        SpendProblem(doc, Outcome("y", 10))


def test_the_allocation_becomes_a_scenario_the_compare_view_runs_beside_the_current_plan():
    from synergy_gui.engine.budget import current_spend, plan_scenario
    from synergy_gui.engine.compare import run_scenarios

    problem = _preset_with_channels()
    document = problem.document
    found = maximise(problem, float(problem.current.sum()))
    document.add_scenario(
        plan_scenario("Current plan", None, current_spend(document.channels, None))
    )
    document.add_scenario(found.scenario("Allocation"))
    runs = run_scenarios(document, ["Current plan", "Allocation"])
    assert runs["Current plan"].series("loyalty")[26] == pytest.approx(
        found.current_outcome, abs=1e-12
    )
    assert runs["Allocation"].series("loyalty")[26] == pytest.approx(found.outcome, abs=1e-12)


def test_an_extra_amount_with_a_maximum_below_the_current_spend_blames_the_maximum():
    """The current spend becomes each channel's minimum, so a --max under it was refused as
    "--min: the minimum of 'one' (10000) is above its maximum (100)", an option never given."""
    problem = _closed_form()  # 500 a week on each over 20 weeks: 10,000 now
    with pytest.raises(EngineError, match=r"maximum of 'one' \(100\) is below its current spend "
                       r"\(10,000\), which an extra amount keeps"):  # fmt: skip
        place_extra(problem, 4_000.0, maxima={"one": 100.0})
    found = place_extra(problem, 4_000.0, maxima={"One": 11_000.0})  # by name, above: taken
    assert found.spend[0] <= 11_000.0 + 1e-9 and found.total == pytest.approx(24_000.0)


def test_a_target_below_zero_is_a_level_of_a_bipolar_model():
    """Goal seek takes -1..1 in a bipolar model; the least spend refused any target below 0."""
    from synergy_gui.model import Activation

    document = _closed_form().document
    document.update_settings(level_range="bipolar")
    document.update_construct("y", baseline=-0.6, initial=-0.6, activation=Activation("identity"))
    problem = SpendProblem(document, Outcome("y", 10))
    # y = -0.6 + W1·0.5·h1 + W2·0.5·h2: reaching -0.45 costs what reaching 0.65 costs when y
    # starts from 0.5 (the closed form's _analytic_value)
    found = minimise_spend(problem, -0.45)
    assert found.reachable and found.outcome >= -0.45
    low, high = 0.0, 1e7
    for _ in range(200):
        middle = 0.5 * (low + high)
        reached = _analytic_value(*_analytic_split(middle)) >= 0.65
        low, high = (low, middle) if reached else (middle, high)
    assert found.total == pytest.approx(high * WEEKS, rel=0.005)
    with pytest.raises(EngineError, match=r"target must be a level from -1 to 1 \(got -1\.5\)"):
        minimise_spend(problem, -1.5)
