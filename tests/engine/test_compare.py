"""Scenario comparison: batched runs equal single runs, and each metric counted by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest
from engine_builders import construct, document, loop_model, with_scenario
from numpy.testing import assert_allclose

from synergy_gui.engine import EngineError, Simulator, steady_state
from synergy_gui.engine import compare as compare_module
from synergy_gui.engine.compare import (
    SHOWN_TOLERANCE,
    Metrics,
    compare,
    comparison_from,
    measure,
    run_scenarios,
    settle_time,
    steady_states,
)
from synergy_gui.model import Activation, Schedule
from synergy_gui.model.fileformat import load_document
from synergy_gui.model.presets import list_presets

TAU = 2.0
Q = math.exp(-1.0 / TAU)  # what is left of the gap after one week


def _rise(horizon: int = 20):
    """Stimulus s at 1 drives r (baseline 0, start 0) with weight 1: r(k) = 1 - e^(-k/τ)."""
    doc = document(
        [
            construct("s", "stimulus", initial=1.0, baseline=0.0),
            construct("r", "response", initial=0.0, baseline=0.0, tau=(TAU, TAU)),
        ],
        [("s", "r", 1.0)],
        horizon=horizon,
    )
    return with_scenario(doc, "half", schedules={"s": Schedule("constant", 0.5)})


def _loop_model(rule: str = "sor"):
    """The shared loop model, with scenarios that do and do not share a batch."""
    doc = loop_model(rule, horizon=25)
    pulse = Schedule("pulse", 0.9, 0.2, 3.0, 4.0)
    with_scenario(doc, "ramp", schedules={"a": Schedule("ramp", 0.1, 0.9, 2.0, 12.0)})
    with_scenario(doc, "weights", schedules={"b": pulse}, overrides={"p__r": -0.6, "a__o": 0.9})
    with_scenario(doc, "hold o high", clamps={"o": 0.8})
    with_scenario(doc, "hold o low", clamps={"o": 0.3}, overrides={"p__r": 0.2})
    with_scenario(doc, "hold p", schedules={"a": pulse}, clamps={"p": 0.6})
    with_scenario(doc, "short", horizon=7, schedules={"a": pulse})
    return doc


def _all_keys(doc):
    return [None, *(s.name for s in doc.scenarios)]


def _assert_equal_to_single_runs(doc, keys, steps=None):
    results = run_scenarios(doc, keys, steps)
    assert list(results) == list(keys)
    for key in keys:
        single = Simulator(doc, key).run(steps)
        result = results[key]
        assert result.scenario == key
        assert result.ids == single.ids
        assert result.time_unit == single.time_unit
        assert_allclose(result.times, single.times, rtol=0, atol=0)
        assert_allclose(result.levels, single.levels, rtol=0, atol=1e-12)


# ------------------------------------------------------------------ batch == single runs
@pytest.mark.parametrize("info", list_presets(), ids=lambda info: info.name)
def test_every_preset_scenario_equals_its_single_run(info):
    doc = load_document(info.path)
    assert doc.scenarios
    _assert_equal_to_single_runs(doc, _all_keys(doc))


@pytest.mark.parametrize("rule", ["sor", "kosko", "modified-kosko", "rescaled"])
def test_clamps_overrides_and_own_horizons_equal_single_runs(rule):
    doc = _loop_model(rule)
    _assert_equal_to_single_runs(doc, _all_keys(doc))
    _assert_equal_to_single_runs(doc, _all_keys(doc), steps=11)


def test_a_scenario_with_its_own_horizon_runs_for_it():
    results = run_scenarios(_loop_model(), [None, "short"])
    assert results[None].steps == 25
    assert results["short"].steps == 7
    assert run_scenarios(_loop_model(), ["short"], steps=0)["short"].steps == 0


def test_scenarios_sharing_structure_run_as_one_batch(monkeypatch):
    calls = []
    real = compare_module.simulate_batch

    def counting(model, weights=None, stimuli=None, initial=None, steps=None, on_chunk=None):
        calls.append((np.shape(stimuli)[0], weights is not None, steps))
        return real(model, weights, stimuli, initial, steps, on_chunk)

    monkeypatch.setattr(compare_module, "simulate_batch", counting)
    run_scenarios(_loop_model(), _all_keys(_loop_model()))
    # as drawn, pulse, ramp and weights share everything but weights and stimuli; each clamp
    # set or level, and the shorter horizon, is a batch of its own
    assert sorted(calls) == sorted(
        [(4, True, 25), (1, False, 25), (1, False, 25), (1, False, 25), (1, False, 7)]
    )


def test_an_unknown_scenario_is_refused_naming_the_known_ones():
    with pytest.raises(EngineError) as raised:
        run_scenarios(_rise(), [None, "double"])
    assert "'double'" in str(raised.value)
    assert "'half'" in str(raised.value)
    with pytest.raises(EngineError, match="'double'"):
        compare(_rise(), ["double"], ["r"])


def test_repeated_keys_run_once():
    assert list(run_scenarios(_rise(), ["half", None, "half"])) == ["half", None]


# ---------------------------------------------------------------------- metrics by hand
def _mean_by_hand(horizon: int, level: float = 1.0) -> float:
    """Trapezoid area of level·(1 - Q^k), k = 0..N, over N weeks, summed in closed form."""
    total = (horizon + 1) - (1 - Q ** (horizon + 1)) / (1 - Q)
    ends = (0.0 + (1 - Q**horizon)) / 2
    return level * (total - ends) / horizon


def test_each_metric_of_a_first_order_rise_as_counted_by_hand():
    comparison = compare(_rise(20), [None, "half"], ["r"], thresholds={"r": 0.5})
    full, half = comparison.metrics[None]["r"], comparison.metrics["half"]["r"]
    assert full.final == pytest.approx(1 - math.exp(-10.0), abs=1e-12)
    assert full.settled == pytest.approx(1.0, abs=1e-8)
    # 1 - e^(-k/2) >= 0.5 from k = 2 ln 2 = 1.39; within 0.005 of 1 from k = 2 ln 200 = 10.6
    assert full.reaches_at == 2.0
    assert full.settles_at == 11.0
    assert full.mean == pytest.approx(_mean_by_hand(20), abs=1e-12)
    # at half the stimulus the level rises to 0.5 and reaches 0.5 never within the run
    assert half.final == pytest.approx(0.5 * (1 - math.exp(-10.0)), abs=1e-12)
    assert half.settled == pytest.approx(0.5, abs=1e-8)
    assert half.reaches_at is None
    # 0.5 e^(-k/2) <= 0.005 from k = 2 ln 100 = 9.2
    assert half.settles_at == 10.0
    assert half.mean == pytest.approx(_mean_by_hand(20, 0.5), abs=1e-12)


def test_a_run_too_short_to_settle_has_no_settle_time():
    metrics = compare(_rise(10), [None], ["r"]).metrics[None]["r"]
    assert metrics.settled == pytest.approx(1.0, abs=1e-8)
    assert metrics.settles_at is None
    assert metrics.reaches_at is None  # no threshold


def test_a_run_of_no_steps_has_its_level_as_mean():
    comparison = compare(_rise(), [None], ["s", "r"], 0.0, steps=0)
    settled = comparison.value(None, "r", "settled")
    assert comparison.metrics[None]["r"] == Metrics(0.0, settled, None, 0.0, 0.0)
    assert comparison.metrics[None]["s"].mean == 1.0


def test_measure_and_settle_time_on_a_series_by_hand():
    times = np.array([0.0, 2.0, 4.0, 6.0])
    series = np.array([0.0, 0.6, 0.8, 0.803])
    metrics = measure(times, series, settled=0.8, threshold=0.7)
    assert metrics == Metrics(0.803, 0.8, 4.0, 4.0, pytest.approx((0.6 + 1.4 + 1.603) / 6.0))
    # 0.6 is more than SHOWN_TOLERANCE below 0.804, 0.8 and 0.803 are within it
    assert settle_time(times, series, 0.804) == 4.0
    assert settle_time(times, series, 0.6 + 2 * SHOWN_TOLERANCE) is None
    assert settle_time(times, series, 0.5) is None
    assert settle_time(times, np.full(4, 0.5), 0.5) == 0.0


def test_an_oscillating_model_has_no_settled_level():
    doc = document(
        [construct("a", initial=1.0), construct("b", initial=0.0)],
        [("a", "b", 1.0), ("b", "a", -1.0)],
        update_rule="kosko",
        activation=Activation("trivalent"),
        horizon=12,
    )
    comparison = compare(doc, [None], ["a", "b"])
    assert comparison.settles(None) is False
    assert comparison.metrics[None]["a"].settled is None
    assert comparison.metrics[None]["a"].settles_at is None
    assert comparison.difference(None, "a", "settled") is None


# ------------------------------------------------------------ references and steadies
def test_differences_are_against_the_reference():
    doc = _loop_model()
    keys = [None, "pulse", "hold o high"]
    comparison = compare(doc, keys, ["o", "r"], reference="pulse")
    assert comparison.reference == "pulse"
    for key in keys:
        single = Simulator(doc, key).run()
        for cid in ("o", "r"):
            expected = single.final(cid) - Simulator(doc, "pulse").run().final(cid)
            assert comparison.difference(key, cid) == pytest.approx(expected, abs=1e-12)
            mean = comparison.value(key, cid, "mean") - comparison.value("pulse", cid, "mean")
            assert comparison.difference(key, cid, "mean") == mean
    assert comparison.difference("pulse", "r") == 0.0


def test_the_reference_is_the_first_compared_unless_named():
    doc = _loop_model()
    assert compare(doc, ["pulse", None], ["r"], steadies={}).reference == "pulse"
    assert compare(doc, ["pulse", None], ["r"], reference=None, steadies={}).reference is None
    with pytest.raises(EngineError, match="'ramp' is not compared"):
        compare(doc, ["pulse", None], ["r"], reference="ramp")


def test_steady_states_can_be_given_skipped_or_computed():
    doc = _loop_model()
    keys = [None, "hold o high"]
    computed = compare(doc, keys, ["r"])
    skipped = compare(doc, keys, ["r"], steadies={})
    steadies = steady_states(doc, keys)
    given = compare(doc, keys, ["r"], steadies=steadies)
    for key in keys:
        expected = steady_state(Simulator(doc, key).model).level("r")
        assert computed.metrics[key]["r"].settled == pytest.approx(expected, abs=1e-15)
        assert given.metrics[key]["r"] == computed.metrics[key]["r"]
        assert skipped.metrics[key]["r"].settled is None
        assert skipped.settles(key) is None
        assert computed.settles(key) is True


def test_a_comparison_from_runs_already_made_equals_compare():
    doc = _loop_model()
    keys = [None, "ramp", "short"]
    results = {key: Simulator(doc, key).run() for key in keys}
    steadies = steady_states(doc, keys)
    made = comparison_from(results, steadies, ["o", "r"], {"r": 0.5})
    expected = compare(doc, keys, ["o", "r"], {"r": 0.5})
    assert made.keys == expected.keys == tuple(keys)
    for key in keys:
        for cid in ("o", "r"):
            for field in ("final", "settled", "settles_at", "reaches_at", "mean"):
                assert made.value(key, cid, field) == pytest.approx(
                    expected.value(key, cid, field), abs=1e-12
                )


def test_one_threshold_for_every_construct_and_refusals():
    doc = _rise()
    comparison = compare(doc, [None], ["s", "r"], 0.5, steadies={})
    assert comparison.thresholds == {"s": 0.5, "r": 0.5}
    assert comparison.metrics[None]["s"].reaches_at == 0.0
    with pytest.raises(EngineError, match="from 0 to 1"):
        compare(doc, [None], ["r"], {"r": 1.5}, steadies={})
    with pytest.raises(EngineError, match="'s', which is not compared"):
        compare(doc, [None], ["r"], {"s": 0.5}, steadies={})
    with pytest.raises(EngineError, match="no construct 'x'"):
        compare(doc, [None], ["x"], steadies={})
    with pytest.raises(EngineError, match="nothing to compare"):
        compare(doc, [], ["r"])
    with pytest.raises(EngineError, match="no metric 'median'"):
        comparison.value(None, "r", "median")
