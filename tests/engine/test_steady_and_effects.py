"""Steady states, their verdicts, local effects and contributions, against independent numbers."""

from __future__ import annotations

import math

import numpy as np
import pytest
from engine_builders import chain, construct, document, with_scenario
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from synergy_gui.engine import Simulator, compile_model, effects, steady_state
from synergy_gui.model import Activation, Schedule


def _random_linear(seed: int, n_stimuli: int, n_endo: int):
    """A random S-O-R model with identity activations, ρ(|B|) < 1 and unequal τ⁺/τ⁻."""
    rng = np.random.default_rng(seed)
    b = rng.uniform(-1.0, 1.0, (n_endo, n_endo)) * (rng.random((n_endo, n_endo)) < 0.5)
    np.fill_diagonal(b, 0.0)
    rows = np.abs(b).sum(axis=1, keepdims=True)
    b = np.where(rows > 0.8, b * 0.8 / np.maximum(rows, 1e-12), b)  # ‖B‖∞ ≤ 0.8
    gamma = rng.uniform(-1.0, 1.0, (n_endo, n_stimuli))
    stimuli = [f"s{j}" for j in range(n_stimuli)]
    endo = [f"e{i}" for i in range(n_endo)]
    constructs = [
        construct(s, "stimulus", rng.uniform(0, 1), rng.uniform(0.2, 0.8)) for s in stimuli
    ]
    constructs += [
        construct(
            e,
            initial=rng.uniform(0, 1),
            baseline=rng.uniform(0.2, 0.8),
            tau=(rng.uniform(0.5, 5.0), rng.uniform(0.5, 5.0)),
        )
        for e in endo
    ]
    paths = [(endo[j], endo[i], b[i, j]) for i in range(n_endo) for j in range(n_endo) if b[i, j]]
    paths += [(stimuli[j], endo[i], gamma[i, j]) for i in range(n_endo) for j in range(n_stimuli)]
    doc = document(constructs, paths, activation=Activation("identity"))
    return doc, b, gamma


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(1, 3), st.integers(1, 6))
def test_linear_steady_state_equals_the_solution_of_the_linear_system(seed, n_stimuli, n_endo):
    doc, b, gamma = _random_linear(seed, n_stimuli, n_endo)
    model = compile_model(doc)
    rest = steady_state(model, tolerance=1e-12)
    s = np.array([c.initial - c.baseline for c in doc.constructs[:n_stimuli]])
    x0 = np.array([c.baseline for c in doc.constructs[n_stimuli:]])
    expected = x0 + np.linalg.solve(np.eye(n_endo) - b, gamma @ s)
    assert rest.settled
    assert_allclose(rest.levels[n_stimuli:], expected, rtol=0, atol=1e-9)


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(1, 3), st.integers(1, 6))
def test_linear_total_effects_equal_inverse_of_i_minus_b_times_gamma(seed, n_stimuli, n_endo):
    doc, b, gamma = _random_linear(seed, n_stimuli, n_endo)
    model = compile_model(doc)
    local = effects(model, steady_state(model).levels)
    total = np.linalg.inv(np.eye(n_endo) - b) @ gamma
    assert_allclose(local.total, total, rtol=0, atol=1e-10)
    assert_allclose(local.direct, gamma, rtol=0, atol=1e-15)
    assert_allclose(local.indirect, total - gamma, rtol=0, atol=1e-10)


def test_direct_and_indirect_effects_along_a_chain():
    doc = document(
        [construct("s", "stimulus", 0.6), construct("o"), construct("r", "response")],
        [("s", "o", 0.5), ("o", "r", 0.4), ("s", "r", 0.1)],
    )
    local = Simulator(doc).effects()
    assert local.responses == ("r",)
    direct, indirect, total = local.of("r", "s")
    assert direct == pytest.approx(0.1, abs=1e-15)
    assert indirect == pytest.approx(0.5 * 0.4, abs=1e-15)
    assert total == pytest.approx(0.1 + 0.2, abs=1e-15)
    assert local.of("s", "s") == (0.0, 0.0, 0.0)


def _nonlinear():
    doc = document(
        [
            construct("a", "stimulus", 0.7),
            construct("b", "stimulus", 0.4),
            construct("o", tau=(3.0, 1.0), activation=Activation("logistic", 3.0, 0.5)),
            construct("p", tau=(1.0, 2.0)),
            construct("r", "response", activation=Activation("tanh", 1.2)),
        ],
        [("a", "o", 0.6), ("b", "p", 0.3), ("o", "p", 0.5), ("p", "o", -0.3), ("p", "r", 0.8)],
        [(["a", "b"], "o", 0.4), (["o", "b"], "r", 0.5)],
    )
    return doc


@pytest.mark.parametrize("stimulus", ["a", "b"])
def test_nonlinear_total_effects_equal_finite_differences_of_the_steady_state(stimulus):
    doc = _nonlinear()
    local = Simulator(doc).effects()
    step = 1e-5
    rests = []
    for sign in (+1, -1):
        shifted = doc.clone()
        level = shifted.construct(stimulus).initial + sign * step
        shifted.update_construct(stimulus, initial=level)
        rests.append(Simulator(shifted).steady_state(tolerance=1e-13).levels)
    slope = (rests[0] - rests[1]) / (2 * step)
    for target in ("o", "p", "r"):
        total = local.of(target, stimulus)[2]
        column = ["a", "b", "o", "p", "r"].index(target)
        assert total == pytest.approx(slope[column], abs=1e-6)


def test_contributions_add_up_to_the_input_and_explain_the_level():
    doc = _nonlinear()
    simulator = Simulator(doc)
    rest = simulator.steady_state()
    why = simulator.contributions("o")
    a, b, o, p = (rest.level(c) for c in ("a", "b", "o", "p"))
    amounts = {term.item_id: term.amount for term in why.terms}
    assert amounts[""] == 0.5
    assert amounts["a__o"] == pytest.approx(0.6 * (a - 0.5), abs=1e-15)
    assert amounts["p__o"] == pytest.approx(-0.3 * (p - 0.5), abs=1e-15)
    assert amounts["x_a_b"] == pytest.approx(0.4 * (a - 0.5) * (b - 0.5), abs=1e-15)
    assert why.total_input == pytest.approx(sum(amounts.values()), abs=1e-15)
    assert why.target == pytest.approx(1 / (1 + math.exp(-3.0 * (why.total_input - 0.5))))
    assert why.level == pytest.approx(why.target, abs=1e-9)  # at rest, level = f(u)
    assert why.level == o


def test_steps_to_rest_of_one_first_order_construct():
    doc = document(
        [construct("s", "stimulus", 1.0), construct("o", initial=0.0, tau=(2.0, 2.0))],
        [("s", "o", 0.6)],
    )
    rest = Simulator(doc).steady_state(tolerance=1e-9)
    alpha, gap, k = 1 - math.exp(-0.5), 0.8, 0
    while gap * (1 - alpha) ** k > 1e-9:
        k += 1
    assert rest.settled and rest.reason == ""
    assert rest.steps == k
    assert rest.level("o") == pytest.approx(0.8, abs=1e-9)


def test_steady_state_uses_the_level_each_schedule_ends_at():
    doc = with_scenario(chain(), "pulse", schedules={"s": Schedule("pulse", 1.0, 0.2, 0.0, 10.0)})
    rest = Simulator(doc, "pulse").steady_state()
    assert rest.level("s") == 0.2
    assert rest.level("o") == pytest.approx(0.5 + 0.5 * (0.2 - 0.5), abs=1e-9)


def test_a_period_four_fcm_cycle_is_reported_as_an_oscillation():
    doc = document(
        [construct("a", initial=1.0), construct("b", initial=0.0)],
        [("a", "b", 1.0), ("b", "a", -1.0)],
        update_rule="kosko",
        activation=Activation("trivalent"),
    )
    rest = Simulator(doc).steady_state()
    assert not rest.settled
    assert rest.period == 4
    assert rest.reason == "oscillates with period 4"


def test_a_runaway_loop_held_by_clip_is_not_called_settled():
    doc = document(
        [construct("s", "stimulus", 0.6), construct("trust"), construct("wom")],
        [("s", "trust", 0.5), ("trust", "wom", 1.0), ("wom", "trust", 1.0)],
    )
    rest = Simulator(doc).steady_state()
    assert not rest.settled
    # trust's input passes 1 and is clipped; wom's input is exactly 1
    assert rest.reason == "diverges and is held at the bound 1 by clip (trust)"
    assert rest.held == ("trust",)
    assert rest.level("trust") == pytest.approx(1.0, abs=1e-9)


def test_a_strong_input_saturating_without_a_loop_is_settled():
    doc = document(
        [construct("s", "stimulus", 1.0), construct("o", baseline=0.8)],
        [("s", "o", 1.0)],
    )
    rest = Simulator(doc).steady_state()
    assert rest.settled and rest.held == ("o",)
    assert rest.level("o") == pytest.approx(1.0, abs=1e-9)


def test_a_slow_model_says_it_did_not_settle_within_the_limit():
    doc = document(
        [construct("s", "stimulus", 1.0), construct("o", tau=(5000.0, 5000.0))],
        [("s", "o", 0.5)],
    )
    rest = Simulator(doc).steady_state(max_steps=128)
    assert not rest.settled
    assert rest.reason == "did not settle within 128 steps"
    assert rest.steps == 128
