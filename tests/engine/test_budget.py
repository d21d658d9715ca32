"""Spend → stimulus: adstock and Hill against hand-computed values, plans by week, the zero-spend
level, saturation approached and never passed, and batched spend runs against plain runs."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
from engine_builders import construct, document

from synergy_gui.engine import compile_model, simulate_batch
from synergy_gui.engine.budget import (
    adstock,
    adstock_matrix,
    channel_level,
    hill,
    plan_shape,
    plan_total,
    plan_with_total,
    scenario_with_spend,
    stimulus_levels,
    weekly_spend,
)
from synergy_gui.engine.spend_runs import Outcome, SpendProblem
from synergy_gui.model import Scenario
from synergy_gui.model.channels import Channel, SpendPlan


def _adstock_by_hand(spend: list[float], theta: Fraction) -> list[Fraction]:
    carried, out = Fraction(0), []
    for value in spend:
        carried = theta * carried + (1 - theta) * Fraction(value)
        out.append(carried)
    return out


def test_adstock_matches_the_recursion_by_hand():
    spend = [100.0, 0.0, 0.0, 200.0, 50.0]
    # θ = 0.5: 50, 25, 12.5, 106.25, 78.125
    assert adstock(np.array(spend), 0.5) == pytest.approx([50, 25, 12.5, 106.25, 78.125], abs=1e-12)
    exact = _adstock_by_hand(spend, Fraction(7, 10))
    got = adstock(np.array(spend), 0.7)
    assert np.abs(got - np.array([float(v) for v in exact])).max() < 1e-12
    assert adstock(np.array(spend), 0.0) == pytest.approx(spend, abs=1e-12)


def test_adstock_as_a_matrix_is_the_same_and_a_constant_spend_settles_at_itself():
    spend = np.random.default_rng(1).uniform(0, 1000, (3, 30))
    assert np.abs(spend @ adstock_matrix(30, 0.6) - adstock(spend, 0.6)).max() < 1e-9
    settled = adstock(np.full(400, 250.0), 0.9)
    assert settled[-1] == pytest.approx(250.0, abs=1e-12)  # normalised: (1 − θ) Σ θ^k → 1


def test_hill_matches_hand_values():
    assert hill(np.array([100.0]), 100.0, 3.0)[0] == pytest.approx(0.5, abs=1e-12)
    # K = 100, n = 2: h(50) = 2500 / (2500 + 10000) = 0.2
    assert hill(np.array([50.0]), 100.0, 2.0)[0] == pytest.approx(0.2, abs=1e-12)
    # n = 1: h(300) = 300 / 400
    assert hill(np.array([300.0]), 100.0, 1.0)[0] == pytest.approx(0.75, abs=1e-12)
    # n = 0.5: h(400) = 2 / 3
    assert hill(np.array([400.0]), 100.0, 0.5)[0] == pytest.approx(2 / 3, abs=1e-12)
    assert hill(np.array([0.0]), 100.0, 2.0)[0] == 0.0


def test_a_channel_level_by_hand_through_carry_over_and_saturation():
    channel = Channel("c", "C", {"s": 1.0}, adstock=0.5, half_saturation=100.0, shape=2.0,
                      zero_level=0.2, saturation_level=0.9)  # fmt: skip
    levels = stimulus_levels([channel], np.array([[100.0, 0.0, 0.0, 200.0]]))["s"]
    a = [Fraction(50), Fraction(25), Fraction(25, 2), Fraction(425, 4)]
    expected = [Fraction(2, 10) + Fraction(7, 10) * x**2 / (x**2 + 10_000) for x in a]
    assert np.abs(levels - np.array([float(v) for v in expected])).max() < 1e-12


def test_zero_spend_gives_the_zero_spend_level():
    channel = Channel("c", "C", {"s": 0.4, "t": 0.6}, adstock=0.8, zero_level=0.35)
    levels = stimulus_levels([channel], np.zeros((1, 52)))
    assert set(levels) == {"s", "t"}
    for series in levels.values():
        assert np.array_equal(series, np.full(52, 0.35))


@pytest.mark.parametrize("saturation, zero", [(0.9, 0.2), (0.1, 0.6)])
def test_saturation_is_approached_but_never_exceeded(saturation, zero):
    channel = Channel("c", "C", {"s": 1.0}, half_saturation=500.0, shape=1.5,
                      zero_level=zero, saturation_level=saturation)  # fmt: skip
    spend = 10.0 ** np.arange(0, 13)
    level = channel_level(channel, spend)
    gap = (saturation - level) * np.sign(saturation - zero)
    assert (gap >= 0).all()  # never past the saturation level
    assert (np.diff(gap) <= 0).all()  # ever closer
    assert gap[-1] < 1e-12 and gap[5] > 1e-4  # approached only as spend grows without end


def test_two_channels_on_one_stimulus_add_their_lifts_to_the_mean_zero_level():
    a = Channel("a", "A", {"s": 1.0}, half_saturation=100.0, zero_level=0.2, saturation_level=0.6)
    b = Channel("b", "B", {"s": 1.0}, half_saturation=100.0, zero_level=0.4, saturation_level=0.8)
    level = stimulus_levels([a, b], np.array([[100.0], [300.0]]))["s"][0]
    assert level == pytest.approx(0.3 + 0.4 * 0.5 + 0.4 * 0.75, abs=1e-12)


def test_spend_plans_by_week_and_their_totals():
    flighted = SpendPlan("flighted", 500.0, on=2, off=3, start=1)
    assert weekly_spend(flighted, 10).tolist() == [0, 500, 500, 0, 0, 0, 500, 500, 0, 0]
    assert plan_total(flighted, 10) == 2000.0
    series = SpendPlan("series", values=[10.0, 20.0])
    assert weekly_spend(series, 4).tolist() == [10, 20, 20, 20]
    assert weekly_spend(SpendPlan("constant", 7.0), 3).tolist() == [7, 7, 7]
    assert plan_shape(SpendPlan("flighted", 0.0, on=1, off=1), 4).tolist() == [0.5, 0, 0.5, 0]


@pytest.mark.parametrize(
    "plan",
    [SpendPlan("constant", 10.0), SpendPlan("flighted", 3.0, on=3, off=2, start=2),
     SpendPlan("series", values=[1.0, 5.0, 0.0, 2.0])],
)  # fmt: skip
def test_a_plan_scaled_to_a_total_keeps_its_pattern(plan):
    scaled = plan_with_total(plan, 12_345.0, 20)
    assert scaled.kind == plan.kind
    assert plan_total(scaled, 20) == pytest.approx(12_345.0, rel=1e-12)
    assert np.abs(plan_shape(scaled, 20) - plan_shape(plan, 20)).max() < 1e-12


def _two_stimuli(horizon: int = 20):
    doc = document(
        [construct("s1", "stimulus"), construct("s2", "stimulus"), construct("y", "response")],
        [("s1", "y", 0.4), ("s2", "y", 0.3)],
        horizon=horizon,
    )
    doc.channels = [
        Channel("one", "One", {"s1": 1.0}, adstock=0.4, half_saturation=1000.0,
                plan=SpendPlan("constant", 800.0)),
        Channel("two", "Two", {"s2": 0.5, "s1": 0.5}, adstock=0.0, half_saturation=3000.0,
                shape=2.0, plan=SpendPlan("flighted", 2000.0, on=2, off=2)),
    ]  # fmt: skip
    return doc


def test_a_scenario_with_spend_runs_as_series_schedules_of_its_stimuli():
    doc = _two_stimuli()
    scenario = Scenario(name="plan")
    scenario.spend = {c.id: c.plan for c in doc.channels}
    resolved = scenario_with_spend(doc.channels, scenario, 20)
    spend = np.array([weekly_spend(c.plan, 20) for c in doc.channels])
    expected = stimulus_levels(doc.channels, spend)
    for stimulus in ("s1", "s2"):
        assert resolved.schedules[stimulus].kind == "series"
        assert resolved.schedules[stimulus].values == pytest.approx(expected[stimulus].tolist())
    assert scenario.schedules == {}  # the scenario itself is left as it was


def test_batched_spend_runs_match_a_plain_run_of_the_resolved_scenario():
    doc = _two_stimuli()
    problem = SpendProblem(doc, Outcome("y", 12))
    totals = np.array([[16_000.0, 20_000.0], [0.0, 50_000.0], [3_000.0, 0.0]])
    got = problem.outcomes(totals)
    for row, value in zip(totals, got, strict=True):
        scenario = Scenario(name="x")
        scenario.spend = problem.spend_plans(row)
        model = compile_model(doc, scenario_with_spend(doc.channels, scenario, 20))
        plain = simulate_batch(model).series("y")[0, 12]
        assert value == pytest.approx(plain, abs=1e-12)
    assert problem.current.tolist() == [16_000.0, 20_000.0]


def test_the_average_outcome_is_the_mean_of_the_whole_run():
    doc = _two_stimuli()
    problem = SpendProblem(doc, Outcome("y"))
    stimuli = problem.stimuli(problem.current)
    series = simulate_batch(problem.model, stimuli=stimuli).series("y")[0]
    assert problem.outcomes(problem.current[None])[0] == pytest.approx(series.mean(), abs=1e-15)


def test_a_channel_edit_recompiles_and_a_spending_scenario_follows_it():
    from synergy_gui.engine import Simulator
    from synergy_gui.engine.updates import Update, update_for
    from synergy_gui.model import Change
    from synergy_gui.model.presets import load_preset

    document = load_preset("synergistic_influence")
    scenario = Scenario("Plan")
    scenario.spend = {"reviews": SpendPlan("constant", 1000.0)}
    document.add_scenario(scenario)
    simulator = Simulator(document, "Plan")
    before = simulator.run().series("ewom")[10]
    seen: list[Change] = []
    document.events.connect(seen.append)
    document.update_channel("reviews", half_saturation=500.0)
    assert [update_for(change, "Plan") for change in seen] == [Update.RECOMPILE]
    simulator.apply_change(seen[0])
    after = simulator.run().series("ewom")[10]
    # week 10's level: the adstock of eleven weeks of 1,000 (θ = 0.6) on a Hill of K, n = 1
    adstocked = adstock(np.full(11, 1000.0), 0.6)[10]
    lift = [adstocked / (adstocked + k) for k in (1000.0, 500.0)]
    assert before == pytest.approx(0.3 + 0.6 * lift[0], abs=1e-12)
    assert after == pytest.approx(0.3 + 0.6 * lift[1], abs=1e-12)


def test_a_tiny_half_saturation_saturates_instead_of_giving_nan():
    """A file may give any half-saturation above 0; (a/K)^n overflowed to inf and inf/inf made
    the stimulus NaN, so runs, curves and allocations of a valid file failed."""
    # K = 1e-30, n = 10: h = 1 / (1 + (K/a)^10); a = 1e-40 gives 1 / (1 + 1e100) = 1e-100
    lift = hill(np.array([0.0, 1e-40, 1e4]), 1e-30, 10.0)
    assert lift[0] == 0.0 and lift[1] == pytest.approx(1e-100, rel=1e-12) and lift[2] == 1.0
    doc = _two_stimuli()
    doc.channels[1].half_saturation = 1e-9  # (a/K)^2 ≈ 1e24 or more: the lift is 1.0 already
    reference = SpendProblem(doc, Outcome("y", 12))
    doc.channels[1].half_saturation = 1e-200  # (a/K)^2 overflows
    problem = SpendProblem(doc, Outcome("y", 12))
    totals = np.array([[16_000.0, 20_000.0], [0.0, 50_000.0], [3_000.0, 0.0]])
    got = problem.outcomes(totals)
    assert np.isfinite(got).all()
    assert got == pytest.approx(reference.outcomes(totals), abs=1e-15)


def test_spend_needs_steps_of_one_week_and_says_so_instead_of_spending_twice():
    """Plans are money a week and carry over week to week, but they were laid out one week per
    step: at dt = 0.5 the preset's 1,000 a week on reviews became 104,000 over 52 weeks (not
    52,000) with carry-over θ per half week, while --by read the week through dt."""
    from synergy_gui.engine import EngineError
    from synergy_gui.model.presets import load_preset

    document = load_preset("synergistic_influence")
    document.update_settings(dt=0.5, horizon=104)
    scenario = Scenario("Plan")
    scenario.spend = {"reviews": SpendPlan("constant", 1000.0)}
    document.add_scenario(scenario)
    with pytest.raises(EngineError, match=r"time step \(dt\) of 1.*dt is 0\.5"):
        SpendProblem(document, Outcome("loyalty", 26))
    with pytest.raises(EngineError, match=r"time step \(dt\) of 1"):
        compile_model(document, "Plan")
    compile_model(document, "Baseline")  # a run without spend is as it was
    document.update_settings(dt=1.0, horizon=52)
    assert SpendProblem(document, Outcome("loyalty", 26)).current[3] == 52 * 1000.0


def test_more_spend_rows_than_fit_in_memory_run_in_parts(monkeypatch):
    """A valid model of 100,000 weeks made 'curves' fail (exit 1, 'the run is too long ...:
    17,300,172 steps'): its 173 spend rows ran as one batch past the engine's memory limit."""
    from synergy_gui.model import checks

    doc = _two_stimuli()
    problem = SpendProblem(doc, Outcome("y"))  # the run's average: all 21 steps
    monkeypatch.setattr(checks, "MAX_RUN_CELLS", 2 * 21 * 4)  # two rows of 21 steps × (3 + 1)
    totals = np.array([[16_000.0, 20_000.0], [0.0, 50_000.0], [3_000.0, 0.0], [1.0, 2.0],
                       [9_000.0, 9_000.0]])  # fmt: skip
    got = problem.outcomes(totals)
    for row, value in zip(totals, got, strict=True):
        scenario = Scenario(name="x")
        scenario.spend = problem.spend_plans(row)
        model = compile_model(doc, scenario_with_spend(doc.channels, scenario, 20))
        assert value == pytest.approx(simulate_batch(model).series("y")[0].mean(), abs=1e-12)
