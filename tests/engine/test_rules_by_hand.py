"""Every update rule and step mode against levels computed by hand, step by step."""

from __future__ import annotations

import math

import pytest
from engine_builders import chain, construct, document, with_scenario
from numpy.testing import assert_allclose

from synergy_gui.engine import Simulator
from synergy_gui.model import Activation, Schedule

EXACT = 1e-12


def test_sor_exact_chain_matches_hand_steps():
    result = Simulator(chain()).run(3)
    alpha = 1.0 - math.exp(-1.0)
    o, r = 0.5, 0.5
    expected = [(0.8, o, r)]
    for _ in range(3):
        u_o = 0.5 + 0.5 * (0.8 - 0.5)
        u_r = 0.5 + 0.4 * (o - 0.5)
        o, r = o + alpha * (u_o - o), r + alpha * (u_r - r)
        expected.append((0.8, o, r))
    assert result.ids == ("s", "o", "r")
    assert_allclose(result.levels, expected, rtol=0, atol=EXACT)
    assert result.times.tolist() == [0.0, 1.0, 2.0, 3.0]


def test_default_horizon_is_52_steps_and_a_scenario_horizon_overrides_it():
    doc = with_scenario(chain(), "short", horizon=5)
    assert Simulator(doc).run().levels.shape == (53, 3)
    assert Simulator(doc, "short").run().levels.shape == (6, 3)


def test_euler_step_is_dt_over_tau_of_the_gap():
    doc = document(
        [construct("s", "stimulus", 1.0), construct("o", initial=0.0, tau=(4.0, 4.0))],
        [("s", "o", 0.6)],
        step_mode="euler",
        dt=0.5,
    )
    result = Simulator(doc).run(6)
    target, x, expected = 0.5 + 0.6 * 0.5, 0.0, [0.0]
    for _ in range(6):
        x = x + (0.5 / 4.0) * (target - x)
        expected.append(x)
    assert result.series("o").tolist() == pytest.approx(expected, abs=EXACT)
    assert result.times[-1] == pytest.approx(3.0)


def test_exact_step_follows_target_times_one_minus_exp():
    doc = document(
        [construct("s", "stimulus", 1.0), construct("o", initial=0.0, tau=(3.0, 1.0))],
        [("s", "o", 0.6)],
        dt=0.25,
    )
    result = Simulator(doc).run(40)
    target = 0.8
    expected = [target * (1.0 - math.exp(-t / 3.0)) for t in result.times]
    assert result.series("o").tolist() == pytest.approx(expected, abs=EXACT)


def test_rising_uses_tau_rise_and_falling_uses_tau_fall():
    pulse = Schedule("pulse", level=1.0, base=0.0, start=0.0, duration=2.0)
    doc = document(
        [construct("s", "stimulus"), construct("o", tau=(4.0, 0.5))],
        [("s", "o", 0.8)],
    )
    with_scenario(doc, "pulse", schedules={"s": pulse})
    result = Simulator(doc, "pulse").run(4)
    up, down = 1.0 - math.exp(-1.0 / 4.0), 1.0 - math.exp(-1.0 / 0.5)
    x, expected = 0.5, [0.5]
    for s in (1.0, 1.0, 0.0, 0.0):
        target = 0.5 + 0.8 * (s - 0.5)
        x = x + (up if target > x else down) * (target - x)
        expected.append(x)
    assert result.series("s").tolist() == [1.0, 1.0, 0.0, 0.0, 0.0]
    assert result.series("o").tolist() == pytest.approx(expected, abs=EXACT)


def test_euler_refuses_a_step_longer_than_a_time_constant_naming_the_construct():
    doc = document(
        [construct("s", "stimulus"), construct("trust", tau=(2.0, 0.5))],
        [("s", "trust", 0.5)],
        step_mode="euler",
    )
    with pytest.raises(ValueError, match=r"'trust'.*tau_fall"):
        Simulator(doc)


def _fcm(rule: str, activation: Activation) -> tuple:
    """Three concepts: a -> b (0.6), b -> c (-0.4), c -> b (0.3), a has no incoming edge."""
    doc = document(
        [construct("a", initial=0.7), construct("b", initial=0.2), construct("c", initial=0.9)],
        [("a", "b", 0.6), ("b", "c", -0.4), ("c", "b", 0.3)],
        update_rule=rule,
        activation=activation,
    )
    # FCM matrix with source rows: fcm[source][target]
    fcm = {"a": {"b": 0.6}, "b": {"c": -0.4}, "c": {"b": 0.3}}
    return doc, fcm


def _fcm_by_hand(rule, fcm, state, f, steps):
    names = ("a", "b", "c")
    history = [dict(state)]
    for _ in range(steps):
        read = {k: (2 * v - 1 if rule == "rescaled" else v) for k, v in state.items()}
        new = {}
        for target in names:
            incoming = [(s, row[target]) for s, row in fcm.items() if target in row]
            if not incoming:
                new[target] = state[target]  # no incoming edge: held at its initial value
                continue
            total = sum(w * read[s] for s, w in incoming)
            if rule != "kosko":
                total += read[target]
            new[target] = f(total)
        state = new
        history.append(dict(state))
    return [[h[k] for k in names] for h in history]


def _sigmoid(gain):
    return lambda u: 1.0 / (1.0 + math.exp(-gain * u))


@pytest.mark.parametrize("rule", ["kosko", "modified-kosko", "rescaled"])
def test_fcm_rules_with_sigmoid_match_source_row_matrix_by_hand(rule):
    doc, fcm = _fcm(rule, Activation("logistic", 2.0, 0.0))
    result = Simulator(doc).run(5)
    expected = _fcm_by_hand(rule, fcm, {"a": 0.7, "b": 0.2, "c": 0.9}, _sigmoid(2.0), 5)
    assert_allclose(result.levels, expected, rtol=0, atol=EXACT)


@pytest.mark.parametrize(
    ("kind", "f"),
    [
        ("tanh", lambda u: math.tanh(1.5 * u)),
        ("bivalent", lambda u: 1.0 if u > 0 else 0.0),
        ("trivalent", lambda u: (u > 0) - (u < 0)),
        ("identity", lambda u: u),
        ("clip", lambda u: min(max(u, 0.0), 1.0)),
    ],
)
def test_fcm_modified_kosko_with_each_activation(kind, f):
    doc, fcm = _fcm("modified-kosko", Activation(kind, 1.5, 0.0))
    result = Simulator(doc).run(4)
    expected = _fcm_by_hand("modified-kosko", fcm, {"a": 0.7, "b": 0.2, "c": 0.9}, f, 4)
    assert_allclose(result.levels, expected, rtol=0, atol=EXACT)


def test_kosko_differs_from_the_transposed_matrix():
    """Orientation: the edge a -> b moves b, never a."""
    doc, _ = _fcm("kosko", Activation("logistic", 2.0, 0.0))
    result = Simulator(doc).run(3)
    assert result.series("a").tolist() == [0.7] * 4
    assert result.final("b") != pytest.approx(0.7)


@pytest.mark.parametrize(
    ("activation", "f"),
    [
        (Activation("logistic", 4.0, 0.6), lambda u: 1.0 / (1.0 + math.exp(-4.0 * (u - 0.6)))),
        (Activation("tanh", 2.0, 0.0), lambda u: math.tanh(2.0 * u)),
        (Activation("identity"), lambda u: u),
        (Activation("bivalent"), lambda u: 1.0 if u > 0 else 0.0),
        (Activation("trivalent"), lambda u: float((u > 0) - (u < 0))),
    ],
)
def test_sor_activation_of_one_construct_by_hand(activation, f):
    doc = document(
        [
            construct("s", "stimulus", 0.9),
            construct("o", initial=0.3, tau=(2.0, 2.0), activation=activation),
            construct("r", "response", initial=0.6, baseline=0.4),
        ],
        [("s", "o", 0.7), ("o", "r", -0.5)],
    )
    result = Simulator(doc).run(4)
    alpha = 1.0 - math.exp(-0.5)
    clip_alpha = 1.0 - math.exp(-1.0)
    o, r, expected = 0.3, 0.6, [(0.9, 0.3, 0.6)]
    for _ in range(4):
        target_o = f(0.5 + 0.7 * (0.9 - 0.5))
        target_r = min(max(0.4 - 0.5 * (o - 0.5), 0.0), 1.0)
        o, r = o + alpha * (target_o - o), r + clip_alpha * (target_r - r)
        expected.append((0.9, o, r))
    assert_allclose(result.levels, expected, rtol=0, atol=EXACT)


def test_clip_holds_levels_inside_zero_and_one():
    doc = document(
        [construct("s", "stimulus", 1.0), construct("o", initial=0.9), construct("p", initial=0.1)],
        [("s", "o", 1.0), ("s", "p", -1.0)],
    )
    result = Simulator(doc).run(30)
    alpha = 1.0 - math.exp(-1.0)
    # u_o = 0.5 + 0.5 = 1.0 exactly and u_p = 0.0: the targets are the bounds themselves
    assert result.series("o")[1] == pytest.approx(0.9 + alpha * 0.1, abs=EXACT)
    assert result.series("p")[1] == pytest.approx(0.1 - alpha * 0.1, abs=EXACT)
    assert result.levels.min() >= 0.0 and result.levels.max() <= 1.0
