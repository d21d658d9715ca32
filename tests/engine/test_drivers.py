"""Drivers of an outcome and the IPMA: importances against hand-computed chains, (I − B)⁻¹ and
finite differences of the steady state, for stimuli and mediators alike."""

from __future__ import annotations

import numpy as np
import pytest
from engine_builders import construct, document, with_scenario
from hypothesis import given, settings
from hypothesis import strategies as st

from synergy_gui.engine import EngineError, Simulator, compile_model, effects, steady_state
from synergy_gui.engine.drivers import Driver, ipma, rank_drivers, upstream
from synergy_gui.model import Activation
from synergy_gui.model.presets import load_preset


def _two_mediators():
    """s → o → r, s → p → r, s → r, t → p, and a downstream d that r feeds."""
    return document(
        [
            construct("s", "stimulus", 0.7),
            construct("t", "stimulus", 0.3),
            construct("o"),
            construct("p"),
            construct("r", "response"),
            construct("d", "response"),
        ],
        [
            ("s", "o", 0.5),
            ("o", "r", 0.4),
            ("s", "p", 0.3),
            ("t", "p", 0.6),
            ("p", "r", -0.2),
            ("s", "r", 0.1),
            ("r", "d", 0.7),
        ],
    )


def _drivers(doc, outcome, scenario=None):
    model = compile_model(doc, scenario)
    return {d.construct_id: d for d in rank_drivers(model, steady_state(model).levels, outcome)}


def test_drivers_of_a_hand_computed_chain_cover_stimuli_and_mediators():
    found = _drivers(_two_mediators(), "r")
    assert set(found) == {"s", "t", "o", "p"}  # d is downstream, r is the outcome
    # clip has slope 1 inside (0, 1): s → r = 0.1 + 0.5·0.4 + 0.3·(−0.2)
    assert found["s"].total == pytest.approx(0.1 + 0.2 - 0.06, abs=1e-12)
    assert found["s"].direct == pytest.approx(0.1, abs=1e-12)
    assert found["s"].indirect == pytest.approx(0.14, abs=1e-12)
    assert found["t"].total == pytest.approx(0.6 * -0.2, abs=1e-12)
    assert found["o"].total == pytest.approx(0.4, abs=1e-12)
    assert found["o"].indirect == pytest.approx(0.0, abs=1e-12)
    assert found["p"].total == pytest.approx(-0.2, abs=1e-12)
    assert [found[c].kind for c in "stop"] == ["stimulus", "stimulus", "mediator", "mediator"]
    # a response that feeds another is that one's mediator: r → d, and s reaches d through r
    of_d = _drivers(_two_mediators(), "d")
    assert of_d["r"].total == pytest.approx(0.7, abs=1e-12)
    assert of_d["o"].total == pytest.approx(0.4 * 0.7, abs=1e-12)
    assert of_d["s"].total == pytest.approx(0.24 * 0.7, abs=1e-12)


def test_drivers_are_ranked_by_the_size_of_their_total_effect():
    model = compile_model(_two_mediators())
    ranked = rank_drivers(model, steady_state(model).levels, "r", {"o": "Trust"})
    assert [d.construct_id for d in ranked] == ["o", "s", "p", "t"]
    assert ranked[0].label == "Trust" and ranked[1].label == "s"


def test_performance_is_the_level_where_the_model_settles():
    doc = _two_mediators()
    model = compile_model(doc)
    rest = steady_state(model)
    for driver in rank_drivers(model, rest.levels, "r"):
        assert driver.performance == pytest.approx(rest.level(driver.construct_id), abs=1e-15)
    assert _drivers(doc, "r")["s"].performance == pytest.approx(0.7)


def _random_acyclic_linear(seed: int, n_stimuli: int, n_endo: int):
    """A random linear model whose B is strictly lower triangular (acyclic)."""
    rng = np.random.default_rng(seed)
    b = np.tril(rng.uniform(-0.6, 0.6, (n_endo, n_endo)), k=-1)
    gamma = rng.uniform(-0.5, 0.5, (n_endo, n_stimuli))
    stimuli = [f"s{j}" for j in range(n_stimuli)]
    endo = [f"e{i}" for i in range(n_endo)]
    constructs = [construct(s, "stimulus", rng.uniform(0, 1)) for s in stimuli]
    constructs += [construct(e, tau=(rng.uniform(0.5, 4), rng.uniform(0.5, 4))) for e in endo]
    paths = [(endo[j], endo[i], b[i, j]) for i in range(n_endo) for j in range(i) if b[i, j]]
    paths += [(stimuli[j], endo[i], gamma[i, j]) for i in range(n_endo) for j in range(n_stimuli)]
    return document(constructs, paths, activation=Activation("identity")), b, gamma


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(1, 3), st.integers(2, 6))
def test_linear_importances_equal_bollens_total_effects(seed, n_stimuli, n_endo):
    doc, b, gamma = _random_acyclic_linear(seed, n_stimuli, n_endo)
    spread = np.linalg.inv(np.eye(n_endo) - b)
    of_stimuli, of_mediators = spread @ gamma, spread - np.eye(n_endo)  # Bollen 1987
    outcome = n_endo - 1
    found = _drivers(doc, f"e{outcome}")
    for j in range(n_stimuli):
        if f"s{j}" in found:
            assert found[f"s{j}"].total == pytest.approx(of_stimuli[outcome, j], abs=1e-10)
    for m in range(outcome):
        if f"e{m}" in found:
            assert found[f"e{m}"].total == pytest.approx(of_mediators[outcome, m], abs=1e-10)
        else:
            assert of_mediators[outcome, m] == 0.0  # not upstream: no route, no effect


def _looped():
    """A loop o ⇄ p with a logistic o, a junction and a tanh response: nothing is linear."""
    return document(
        [
            construct("a", "stimulus", 0.7),
            construct("b", "stimulus", 0.4),
            construct("o", tau=(3.0, 1.0), activation=Activation("logistic", 3.0, 0.5)),
            construct("p", tau=(1.0, 2.0)),
            construct("q"),
            construct("r", "response", activation=Activation("tanh", 1.2)),
        ],
        [
            ("a", "o", 0.6),
            ("b", "p", 0.3),
            ("o", "p", 0.5),
            ("p", "o", -0.3),
            ("p", "q", 0.6),
            ("q", "r", 0.5),
            ("o", "r", 0.3),
        ],
        [(["a", "b"], "o", 0.4), (["o", "b"], "r", 0.5)],
    )


def _rest_of(doc, clamps=None) -> np.ndarray:
    if clamps:
        with_scenario(doc, "held", clamps=clamps)
    return Simulator(doc, "held" if clamps else None).steady_state(tolerance=1e-13).levels


@pytest.mark.parametrize("driver", ["a", "b", "o", "p", "q"])
def test_importances_equal_finite_differences_of_the_steady_state(driver):
    """A stimulus is nudged through its slider, a mediator held by a scenario's clamp."""
    doc = _looped()
    rest = Simulator(doc).steady_state(tolerance=1e-13).levels
    found = _drivers(doc, "r")
    step, column = 1e-5, doc.constructs.index(doc.construct(driver))
    outcomes = []
    for sign in (+1, -1):
        shifted = doc.clone()
        level = rest[column] + sign * step
        if driver in ("a", "b"):
            shifted.update_construct(driver, initial=level)
            outcomes.append(_rest_of(shifted)[-1])
        else:
            outcomes.append(_rest_of(shifted, {driver: level})[-1])
    slope = (outcomes[0] - outcomes[1]) / (2 * step)
    assert found[driver].total == pytest.approx(slope, abs=1e-6)
    assert abs(slope) > 1e-3  # a real effect, not two zeros agreeing


def test_a_mediator_in_a_loop_is_held_not_pushed():
    """o ⇄ p linear: holding p one higher moves o by w_op alone, not by the loop's echo."""
    doc = document(
        [construct("s", "stimulus", 0.6), construct("o"), construct("p"), construct("r")],
        [("s", "o", 0.5), ("o", "p", 0.5), ("p", "o", 0.4), ("o", "r", 0.5)],
        activation=Activation("identity"),
    )
    found = _drivers(doc, "r")
    assert found["p"].total == pytest.approx(0.4 * 0.5, abs=1e-12)
    assert found["o"].total == pytest.approx(0.5, abs=1e-12)
    assert found["s"].total == pytest.approx(0.5 / (1 - 0.2) * 0.5, abs=1e-12)


def test_a_clamped_construct_is_a_driver_and_blocks_what_passes_through_it():
    doc = with_scenario(_two_mediators(), clamps={"o": 0.9})
    found = _drivers(doc, "r", "what-if")
    assert found["o"].kind == "clamped"
    assert found["o"].performance == pytest.approx(0.9)
    assert found["o"].total == pytest.approx(0.4, abs=1e-12)
    assert found["s"].total == pytest.approx(0.1 - 0.06, abs=1e-12)  # nothing through o


def test_default_preset_importances_equal_the_engines_total_effects():
    doc = load_preset("synergistic_influence")
    model = compile_model(doc)
    rest = steady_state(model)
    local = effects(model, rest.levels)
    ranked = rank_drivers(model, rest.levels, "loyalty")
    kinds = {d.kind for d in ranked}
    assert {"stimulus", "mediator"} <= kinds
    for driver in ranked:
        assert driver.total == pytest.approx(local.of("loyalty", driver.construct_id)[2])
    stimuli = [d for d in ranked if d.kind == "stimulus"]
    assert {d.construct_id for d in stimuli} == set(model.stimulus_ids) & set(
        upstream(model, "loyalty")
    )
    for driver in stimuli:  # the stimulus columns keep their old meaning
        j = local.stimuli.index(driver.construct_id)
        assert driver.total == pytest.approx(local.total[local.targets.index("loyalty"), j])


def test_upstream_follows_paths_and_junction_members():
    doc = document(
        [*(construct(c, "stimulus") for c in "abc"), construct("o"), construct("r", "response")],
        [("o", "r", 0.5), ("c", "o", 0.0)],
        [(["a", "b"], "o", 0.3)],
    )
    model = compile_model(doc)
    assert upstream(model, "r") == ["a", "b", "c", "o"]
    assert upstream(model, "a") == []
    with pytest.raises(EngineError, match="no construct with id 'nope'"):
        upstream(model, "nope")


def test_ipma_splits_at_the_means_and_marks_important_underperformers():
    drivers = [
        Driver("a", "A", "stimulus", 0.4, 0.4, 0.0, 0.2),  # important, underperforming
        Driver("b", "B", "mediator", 0.3, 0.1, 0.2, 0.8),  # important, performing
        Driver("c", "C", "stimulus", 0.05, 0.05, 0.0, 0.3),  # minor, underperforming
        Driver("d", "D", "mediator", 0.05, 0.05, 0.0, 0.7),
    ]
    chart = ipma("r", drivers)
    assert chart.mean_importance == pytest.approx(0.2)
    assert chart.mean_performance == pytest.approx(0.5)
    assert [d.construct_id for d in chart.to_act_on()] == ["a"]
    assert ipma("r", []).drivers == ()
