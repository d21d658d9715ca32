"""Self-loops in the engine, effects of a mediator, and FCMpy's convergence test (the engine
function and ``simulate --tolerance``), with hand-computed numbers."""

from __future__ import annotations

import json

import numpy as np
import pytest
from engine_builders import chain

from synergy_gui.cli import main
from synergy_gui.engine import EngineError, Simulator, compile_model
from synergy_gui.engine.convergence import convergence
from synergy_gui.engine.goalseek import seek
from synergy_gui.engine.loops import stability
from synergy_gui.engine.montecarlo import monte_carlo
from synergy_gui.engine.result import SimulationResult
from synergy_gui.engine.sensitivity import parameters_of
from synergy_gui.model import Activation
from synergy_gui.model.serialize import dumps


def _linear_chain(**settings) -> Simulator:
    """s -> o (0.5) -> r (0.4), identity activations, every baseline 0.5."""
    return chain(activation=Activation("identity"), **settings)


# ------------------------------------------------------------------------ self-loops
def test_a_self_loop_is_memory_under_the_sor_rule():
    """u_o = x⁰ + 0.5 (s − x⁰) + 0.4 (o − x⁰): at rest o − x⁰ = 0.5·0.3 / (1 − 0.4) = 0.25."""
    doc = _linear_chain()
    doc.connect("o", "o", 0.4)
    rest = Simulator(doc).steady_state()
    assert rest.settled
    assert rest.level("o") == pytest.approx(0.5 + 0.25, abs=1e-8)
    assert rest.level("r") == pytest.approx(0.5 + 0.4 * 0.25, abs=1e-8)


def test_a_self_loop_changes_one_fcm_step_as_its_weight_says():
    """Kosko, identity: o⁺ = 0.5·s + 0.4·o, with s = 0.8 and o = 0.5 at the start."""
    doc = _linear_chain(update_rule="kosko", horizon=1)
    doc.connect("o", "o", 0.4)
    levels = Simulator(doc).run().series("o")
    assert levels[1] == pytest.approx(0.5 * 0.8 + 0.4 * 0.5, abs=1e-12)


def test_a_self_loop_of_gain_one_gives_the_clear_error_not_a_crash():
    doc = _linear_chain()
    doc.connect("o", "o", 1.0)
    simulator = Simulator(doc)
    with pytest.raises(EngineError, match="a feedback loop has a gain of 1"):
        simulator.effects(np.full(3, 0.5))
    verdict = stability(doc)
    assert not verdict.stable  # it used to call a lone self-loop "no feedback loop"
    assert verdict.loops == 1


def test_a_small_self_loop_is_a_stable_loop_of_one():
    doc = _linear_chain()
    doc.connect("o", "o", 0.4)
    verdict = stability(doc)
    assert verdict.stable and verdict.test != "acyclic" and verdict.loops == 1


# ----------------------------------------------------------------- mediator effects
def test_a_mediators_total_effect_on_the_response_is_the_product_along_the_way():
    """s -> o -> m -> r with weights 0.5, 0.6, 0.4, identity: m's total effect on r is 0.4,
    o's is 0.6·0.4 = 0.24, and o's effect on r is all indirect."""
    doc = _linear_chain()
    doc.new_construct("M")
    doc.connect("o", "m", 0.6)
    doc.connect("m", "r", 0.4)
    doc.remove_path("o__r")
    found = Simulator(doc).effects()
    assert found.of("r", "m") == pytest.approx((0.4, 0.0, 0.4))
    assert found.of("r", "o") == pytest.approx((0.0, 0.24, 0.24))
    assert found.of("r", "s") == pytest.approx((0.0, 0.12, 0.12))


# ----------------------------------------------------------------------- convergence
def _result(levels: list[list[float]]) -> SimulationResult:
    levels_ = np.array(levels, dtype=float)
    return SimulationResult(("a", "b"), np.arange(len(levels_), dtype=float), levels_)


def test_converged_is_the_first_step_whose_largest_change_is_within_the_tolerance():
    result = _result([[0.0, 1.0], [0.5, 0.9], [0.5005, 0.9008], [0.5006, 0.9009]])
    found = convergence(result, 0.001)
    assert (found.step, found.fcmpy_state) == (2, 3)  # FCMpy counts the start as state 1
    assert found.change == pytest.approx(0.0008)
    assert convergence(result, 0.0005).step == 3  # |Δ| = 0.0008 at step 2 is too much now


def test_a_run_that_keeps_moving_has_not_converged():
    found = convergence(_result([[0.0, 0.0], [0.2, 0.0], [0.0, 0.0]]))
    assert not found.converged and found.fcmpy_state is None and found.change == 0.2


@pytest.mark.parametrize("tolerance", [0.0, -0.1, 1.0, float("nan"), "0.1"])
def test_a_tolerance_outside_zero_to_one_is_refused(tolerance):
    with pytest.raises(EngineError, match="the tolerance must be a number between 0 and 1"):
        convergence(_result([[0.0, 0.0], [0.0, 0.0]]), tolerance)


@pytest.fixture
def fcm_file(tmp_path):
    """An FCM chain: o and r follow s in one step each, then nothing moves."""
    doc = _linear_chain(update_rule="kosko", horizon=6)
    path = tmp_path / "fcm.synergy.json"
    path.write_text(dumps(doc), encoding="utf-8")
    return path


def test_simulate_says_where_an_fcm_converged(fcm_file, capsys):
    """o = 0.5·0.8 = 0.4 at step 1, r = 0.4·0.4 = 0.16 at step 2, no change at step 3."""
    assert main(["simulate", str(fcm_file)]) == 0
    out = capsys.readouterr().out
    assert "Converged (max |Δx| ≤ 0.001) at step 3: FCMpy's state 4 (largest change 0)." in out
    assert main(["simulate", str(fcm_file), "--json"]) == 0
    found = json.loads(capsys.readouterr().out)["convergence"]
    assert found == {
        "tolerance": 0.001,
        "converged": True,
        "step": 3,
        "fcmpy_state": 4,
        "max_change": 0.0,
        "held_at_bound": [],
    }


def test_simulate_tolerance_sets_the_test_and_reports_it_for_any_rule(tmp_path, capsys):
    """S-O-R, τ = 1: each step closes 1 − e⁻¹ of the gap, so the change shrinks by e⁻¹."""
    path = tmp_path / "sor.synergy.json"
    path.write_text(dumps(_linear_chain(horizon=40)), encoding="utf-8")
    assert main(["simulate", str(path)]) == 0
    assert "Converged" not in capsys.readouterr().out  # S-O-R: only when asked
    assert main(["simulate", str(path), "--tolerance", "0.05", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)["convergence"]
    result = Simulator(_linear_chain(horizon=40)).run()
    changes = np.abs(np.diff(result.levels, axis=0)).max(axis=1)
    assert found["step"] == int(np.flatnonzero(changes <= 0.05)[0]) + 1
    assert changes[found["step"] - 2] > 0.05 >= found["max_change"]


@pytest.mark.parametrize(
    ("value", "message"),
    [("0", "greater than 0 and less than 1"), ("1.5", "less than 1"), ("fast", "a number")],
)
def test_a_bad_tolerance_exits_2_with_a_message(fcm_file, capsys, value, message):
    with pytest.raises(SystemExit) as stop:
        main(["simulate", str(fcm_file), "--tolerance", value])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "--tolerance" in err and message in err


# ------------------------------------------------------- the tools follow the model's scales
def test_monte_carlo_draws_unstandardised_weights_around_their_value():
    doc = _linear_chain()
    doc.update_settings(weight_scale="unstandardised")
    doc.set_weight("s__o", 1.48)
    doc.update_path("s__o", sd=0.1)
    bands = monte_carlo(doc, runs=2000, seed=7)
    drawn = bands.weights[:, bands.item_ids.index("s__o")]
    assert drawn.mean() == pytest.approx(1.48, abs=0.01)  # clipped at 1 it would be below 1
    assert drawn.max() > 1.6


def test_sensitivity_ranges_and_the_goal_seek_follow_bipolar_levels_and_large_weights():
    doc = _linear_chain(update_rule="kosko", horizon=4)
    doc.update_settings(weight_scale="unstandardised", level_range="bipolar")
    doc.set_weight("s__o", -1.48)
    doc.update_construct("s", initial=0.05)
    model = compile_model(doc)
    ranges = {p.item_id: (p.low, p.high) for p in parameters_of(doc, model)}
    assert ranges["s__o"] == pytest.approx((-1.58, -1.38))  # ±0.1, not cut at -1
    assert ranges["s"] == pytest.approx((-0.05, 0.15))  # not cut at 0
    # Kosko, identity: o = -1.48 s at step 1, r = 0.4 o at step 2, so r ≥ 0.3 needs
    # s ≤ -0.3 / (0.4 · 1.48), a level below 0 that only a bipolar lever can take
    answer = seek(model, "s", "r", 0.3, 2)
    assert answer.reachable
    assert answer.level == pytest.approx(-0.3 / (0.4 * 1.48), abs=2e-3)


def test_the_command_line_takes_negative_levels_only_in_a_bipolar_model(tmp_path, capsys):
    doc = _linear_chain(update_rule="kosko", horizon=3)
    path = tmp_path / "m.synergy.json"
    path.write_text(dumps(doc), encoding="utf-8")
    assert main(["simulate", str(path), "--set", "s=-0.5"]) == 2
    assert "the level must be from 0 to 1" in capsys.readouterr().err
    doc.update_settings(level_range="bipolar")
    path.write_text(dumps(doc), encoding="utf-8")
    assert main(["simulate", str(path), "--set", "s=-0.5", "--json"]) == 0
    final = json.loads(capsys.readouterr().out)["final"]
    assert final["o"] == pytest.approx(0.5 * -0.5)  # Kosko, identity: o = 0.5 s
    assert main(["goalseek", str(path), "--outcome", "r", "--target", "-0.1", "--by", "2"]) == 0
    assert main(["goalseek", str(path), "--outcome", "r", "--target", "-1.5", "--by", "2"]) == 2
    assert "the level must be from -1 to 1" in capsys.readouterr().err


def test_a_run_still_only_at_the_identity_bound_has_not_converged():
    from synergy_gui.engine.activation import IDENTITY_BOUND

    bound = IDENTITY_BOUND
    found = convergence(_result([[0.5, 0.0], [10.0, 0.0], [bound, 0.0], [bound, 0.0]]))
    assert not found.converged and found.fcmpy_state is None
    assert found.held == ("a",)
    settled = convergence(_result([[0.5, 0.0], [0.9, 0.0], [0.9, 0.0]]))
    assert settled.converged and settled.held == ()
