"""A construct's level explained by route and by incoming path, against hand-computed numbers."""

from __future__ import annotations

import math

import numpy as np
import pytest
from engine_builders import construct, document, loop_model, with_scenario
from hypothesis import given, settings
from hypothesis import strategies as st

from synergy_gui.engine import EngineError, Simulator, compile_model, effects, steady_state
from synergy_gui.engine.routes import explain_at, explain_at_rest
from synergy_gui.model import Activation

EXACT = 1e-12
ALPHA_1 = 1.0 - math.exp(-1.0)  # τ = 1 week, exact stepping
ALPHA_2 = 1.0 - math.exp(-0.5)  # τ = 2 weeks


def _run(doc, scenario=None):
    simulator = Simulator(doc, scenario)
    return simulator.model, simulator.run(), simulator


def _amounts(explanation) -> dict[tuple[str, ...], float]:
    return {route.item_ids: route.amount for route in explanation.routes}


def _remainders(parts) -> dict[str, float]:
    return {r.kind: r.amount for r in parts}


def _chain(tau_o: float = 1.0):
    """s (0.8, baseline 0.5) → o → r, weights 0.5 and 0.4."""
    return document(
        [
            construct("s", "stimulus", 0.8),
            construct("o", tau=(tau_o, tau_o)),
            construct("r", "response"),
        ],
        [("s", "o", 0.5), ("o", "r", 0.4)],
    )


def test_a_chain_at_rest_has_one_route_of_the_product_of_its_weights():
    model, _, simulator = _run(_chain())
    why = explain_at_rest(model, simulator.steady_state(), "r")
    assert _amounts(why) == {("s__o", "o__r"): pytest.approx(0.3 * 0.5 * 0.4, abs=EXACT)}
    assert why.deviation == pytest.approx(0.06, abs=1e-9)
    route = why.routes[0]
    assert (route.source_kind, route.members, route.chain) == ("stimulus", ("s",), ("o", "r"))
    assert all(abs(r.amount) < EXACT for r in why.route_remainders)


def test_a_chain_builds_up_week_by_week_with_each_constructs_own_lag():
    model, run, _ = _run(_chain(tau_o=2.0))
    # week 1: o = 0.15·α₂, r has not moved (it read o = baseline at week 0);
    # week 2: r = α₁ · 0.4 · o(1)
    o_1 = 0.15 * ALPHA_2
    r_2 = ALPHA_1 * 0.4 * o_1
    week_1 = explain_at(model, run.levels, "r", 1)
    week_2 = explain_at(model, run.levels, "r", 2)
    assert week_1.deviation == pytest.approx(0.0, abs=EXACT)
    assert _amounts(week_2) == {("s__o", "o__r"): pytest.approx(r_2, abs=EXACT)}
    assert week_2.deviation == pytest.approx(r_2, abs=EXACT)
    assert explain_at(model, run.levels, "o", 1).incoming[0].amount == pytest.approx(o_1)


def test_a_fork_splits_into_its_three_routes_and_its_three_incoming_paths():
    doc = document(
        [
            construct("s", "stimulus", 0.8),
            construct("a"),
            construct("b"),
            construct("r", "response"),
        ],
        [("s", "a", 0.5), ("a", "r", 0.4), ("s", "b", 0.6), ("b", "r", -0.3), ("s", "r", 0.2)],
    )
    model, _, simulator = _run(doc)
    why = explain_at_rest(model, simulator.steady_state(), "r")
    assert _amounts(why) == {
        ("s__a", "a__r"): pytest.approx(0.3 * 0.5 * 0.4, abs=EXACT),
        ("s__b", "b__r"): pytest.approx(0.3 * 0.6 * -0.3, abs=EXACT),
        ("s__r",): pytest.approx(0.3 * 0.2, abs=EXACT),
    }
    assert [route.item_ids for route in why.routes] == [  # largest first
        ("s__a", "a__r"),
        ("s__r",),
        ("s__b", "b__r"),
    ]
    incoming = {term.item_id: term.amount for term in why.incoming}
    assert incoming == {
        "a__r": pytest.approx(0.4 * 0.15, abs=EXACT),
        "b__r": pytest.approx(-0.3 * 0.18, abs=EXACT),
        "s__r": pytest.approx(0.2 * 0.3, abs=EXACT),
    }


def test_a_trust_transfer_route_is_listed_with_its_transfer_path():
    doc = document(
        [
            construct("kol", "stimulus", 0.7),
            construct("influencer_trust"),
            construct("brand_trust"),
            construct("loyalty", "response"),
        ],
        [("influencer_trust", "brand_trust", 0.5), ("brand_trust", "loyalty", 0.3)],
    )
    doc.connect("kol", "influencer_trust", 0.33)
    doc.update_path("influencer_trust__brand_trust", kind="trust-transfer")
    model, _, simulator = _run(doc)
    why = explain_at_rest(model, simulator.steady_state(), "loyalty")
    (route,) = why.routes
    assert route.item_ids == (
        "kol__influencer_trust",
        "influencer_trust__brand_trust",
        "brand_trust__loyalty",
    )
    assert route.chain == ("influencer_trust", "brand_trust", "loyalty")
    assert route.amount == pytest.approx(0.2 * 0.33 * 0.5 * 0.3, abs=EXACT)


def test_a_synergy_junction_is_a_route_of_its_own():
    doc = document(
        [
            construct("a", "stimulus", 0.9),
            construct("b", "stimulus", 0.7),
            construct("o"),
            construct("r", "response"),
        ],
        [("a", "o", 0.3), ("o", "r", 0.5)],
        [(["a", "b"], "o", 0.4)],
    )
    junction = doc.junctions[0].id
    model, _, simulator = _run(doc)
    why = explain_at_rest(model, simulator.steady_state(), "r")
    assert _amounts(why) == {
        ("a__o", "o__r"): pytest.approx(0.4 * 0.3 * 0.5, abs=EXACT),
        (junction, "o__r"): pytest.approx(0.4 * 0.4 * 0.2 * 0.5, abs=EXACT),
    }
    junction_route = next(r for r in why.routes if r.source_kind == "junction")
    assert junction_route.members == ("a", "b")


def test_a_feedback_loop_is_the_remainder_beyond_the_simple_route():
    doc = document(
        [
            construct("s", "stimulus", 0.8),
            construct("o"),
            construct("p"),
            construct("r", "response"),
        ],
        [("s", "o", 0.5), ("o", "p", 0.6), ("p", "o", 0.4), ("p", "r", 0.5)],
    )
    model, _, simulator = _run(doc)
    why = explain_at_rest(model, simulator.steady_state(), "r")
    simple = 0.3 * 0.5 * 0.6 * 0.5
    everything = simple / (1.0 - 0.6 * 0.4)
    assert _amounts(why) == {("s__o", "o__p", "p__r"): pytest.approx(simple, abs=EXACT)}
    assert _remainders(why.route_remainders)["loops"] == pytest.approx(
        everything - simple, abs=EXACT
    )
    assert why.route_total() == pytest.approx(why.deviation, abs=EXACT)


def test_a_clip_at_its_bound_shares_what_it_lets_through_in_proportion():
    doc = document(
        [
            construct("s", "stimulus", 1.0),
            construct("t", "stimulus", 1.0),
            construct("o"),
        ],
        [("s", "o", 1.0), ("t", "o", 0.8)],
    )
    model, _, simulator = _run(doc)
    why = explain_at_rest(model, simulator.steady_state(), "o")
    # u − c = 0.5 + 0.4 = 0.9, but the level stops at 1: a deviation of 0.5
    assert why.level == pytest.approx(1.0, abs=EXACT)
    assert _amounts(why) == {
        ("s__o",): pytest.approx(0.5 * 0.5 / 0.9, abs=EXACT),
        ("t__o",): pytest.approx(0.4 * 0.5 / 0.9, abs=EXACT),
    }


def test_a_starting_level_fades_at_the_constructs_own_pace():
    doc = document(
        [construct("s", "stimulus", 0.5), construct("o", initial=0.9, tau=(2.0, 2.0))],
        [("s", "o", 0.5)],
    )
    model, run, _ = _run(doc)
    why = explain_at(model, run.levels, "o", 3)
    assert _remainders(why.route_remainders)["start"] == pytest.approx(
        0.4 * (1.0 - ALPHA_2) ** 3, abs=EXACT
    )
    assert _remainders(why.incoming_remainders)["start"] == pytest.approx(
        0.4 * (1.0 - ALPHA_2) ** 3, abs=EXACT
    )
    assert why.route_total() == pytest.approx(why.deviation, abs=EXACT)


def test_a_stimulus_is_set_outside_the_model():
    model, run, _ = _run(_chain())
    why = explain_at(model, run.levels, "s", 4)
    assert why.set_from_outside == "stimulus"
    assert why.routes == () and why.incoming == ()
    assert _remainders(why.route_remainders) == {"outside": pytest.approx(0.3, abs=EXACT)}


def test_a_clamped_construct_starts_routes_and_is_set_outside():
    doc = with_scenario(_chain(), "trust", clamps={"o": 0.9})
    model, run, _ = _run(doc, "trust")
    assert explain_at(model, run.levels, "o", 5).set_from_outside == "clamp"
    (route,) = explain_at(model, run.levels, "r", 5).routes
    assert (route.source_kind, route.members, route.item_ids) == ("clamp", ("o",), ("o__r",))


def test_an_unknown_construct_and_an_unsettled_model_are_refused_with_the_reason():
    model, run, _ = _run(_chain())
    with pytest.raises(EngineError, match="no construct with id 'nobody'"):
        explain_at(model, run.levels, "nobody", 3)
    doc = document(
        [construct("s", "stimulus", 0.9), construct("o"), construct("p")],
        [("s", "o", 0.5), ("o", "p", 1.0), ("p", "o", -1.0)],
        update_rule="kosko",
        activation=Activation("bivalent"),
    )
    model = compile_model(doc)
    unsettled = steady_state(model, max_steps=200)
    assert unsettled.period == 4
    with pytest.raises(EngineError, match=r"no long-run level.*oscillates with period 4"):
        explain_at_rest(model, unsettled, "p")


# ------------------------------------------------------------------ random models


def _random_dag(seed: int, n_stimuli: int, n_endo: int, start_at_baseline: bool):
    """Identity activations, an acyclic B (lower triangular), unequal τ⁺ and τ⁻."""
    rng = np.random.default_rng(seed)
    b = np.tril(rng.uniform(-0.9, 0.9, (n_endo, n_endo)) * (rng.random((n_endo,) * 2) < 0.6), -1)
    gamma = rng.uniform(-0.9, 0.9, (n_endo, n_stimuli)) * (rng.random((n_endo, n_stimuli)) < 0.7)
    stimuli = [f"s{j}" for j in range(n_stimuli)]
    endo = [f"e{i}" for i in range(n_endo)]
    constructs = [
        construct(s, "stimulus", rng.uniform(0, 1), rng.uniform(0.2, 0.8)) for s in stimuli
    ]
    for e in endo:
        baseline = rng.uniform(0.2, 0.8)
        initial = baseline if start_at_baseline else rng.uniform(0, 1)
        tau = (rng.uniform(0.5, 5.0), rng.uniform(0.5, 5.0))
        constructs.append(construct(e, initial=initial, baseline=baseline, tau=tau))
    paths = [(endo[j], endo[i], b[i, j]) for i in range(n_endo) for j in range(i) if b[i, j]]
    paths += [(stimuli[j], endo[i], gamma[i, j]) for i in range(n_endo) for j in range(n_stimuli)]
    paths = [p for p in paths if p[2]]
    return document(constructs, paths, activation=Activation("identity"))


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(1, 3), st.integers(1, 6), st.integers(0, 30))
def test_in_a_linear_acyclic_model_the_routes_alone_add_up_at_every_step(
    seed, n_stimuli, n_endo, step
):
    doc = _random_dag(seed, n_stimuli, n_endo, start_at_baseline=True)
    model, run, _ = _run(doc)
    for cid in model.ids[n_stimuli:]:
        why = explain_at(model, run.levels, cid, step)
        assert abs(sum(r.amount for r in why.routes) - why.deviation) <= EXACT
        assert all(abs(r.amount) <= EXACT for r in why.route_remainders)
        assert all(abs(r.amount) <= EXACT for r in why.incoming_remainders)
        assert abs(why.incoming_total() - why.deviation) <= EXACT


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(1, 3), st.integers(1, 6))
def test_in_a_linear_acyclic_model_at_rest_each_stimulus_routes_add_to_its_total_effect(
    seed, n_stimuli, n_endo
):
    doc = _random_dag(seed, n_stimuli, n_endo, start_at_baseline=False)
    model = compile_model(doc)
    rest = steady_state(model, tolerance=1e-12)
    total = effects(model, rest.levels)
    pushes = {s: rest.level(s) - doc.construct(s).baseline for s in model.stimulus_ids}
    for cid in model.ids[n_stimuli:]:
        why = explain_at_rest(model, rest, cid)
        assert abs(sum(r.amount for r in why.routes) - why.deviation) <= EXACT
        assert all(abs(r.amount) <= EXACT for r in why.route_remainders)
        for stimulus, push in pushes.items():
            routed = sum(r.amount for r in why.routes if r.members == (stimulus,))
            assert routed == pytest.approx(total.of(cid, stimulus)[2] * push, abs=1e-10)


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(["sor", "kosko", "modified-kosko", "rescaled"]),
    st.sampled_from([None, "pulse"]),
    st.integers(0, 40),
)
def test_in_a_nonlinear_model_with_loops_shares_and_remainders_add_up_exactly(rule, scenario, step):
    model, run, _ = _run(loop_model(rule), scenario)
    for cid in model.ids:
        why = explain_at(model, run.levels, cid, step)
        assert why.deviation == pytest.approx(run.levels[step, model.index[cid]] - why.baseline)
        assert abs(why.route_total() - why.deviation) <= EXACT
        assert abs(why.incoming_total() - why.deviation) <= EXACT


@pytest.mark.parametrize("rule", ["sor", "kosko"])  # the other two rules run away here
def test_in_a_nonlinear_model_at_rest_shares_and_remainders_add_up_exactly(rule):
    model = compile_model(loop_model(rule))
    rest = steady_state(model)
    assert rest.settled
    for cid in model.ids:
        why = explain_at_rest(model, rest, cid)
        assert abs(why.route_total() - why.deviation) <= EXACT
        assert abs(why.incoming_total() - why.deviation) <= EXACT
        assert why.level == pytest.approx(rest.level(cid), abs=1e-8)


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(0, 52))
def test_random_saturating_models_with_loops_and_junctions_add_up_exactly(seed, step):
    rng = np.random.default_rng(seed)
    names = ["s0", "s1", "a", "b", "c", "d"]
    constructs = [construct(n, "stimulus", rng.uniform(0, 1)) for n in names[:2]]
    constructs += [
        construct(n, initial=rng.uniform(0, 1), tau=tuple(rng.uniform(0.5, 6.0, 2)))
        for n in names[2:]
    ]
    paths = [
        (src, dst, rng.uniform(-1, 1))
        for src in names
        for dst in names[2:]
        if src != dst and rng.random() < 0.5
    ]
    junctions = [(["s0", "a"], "c", rng.uniform(-1, 1)), (["s0", "s1"], "b", rng.uniform(-1, 1))]
    kind = rng.choice(["clip", "logistic", "tanh"])
    doc = document(constructs, paths, junctions, activation=Activation(str(kind), 4.0))
    model, run, _ = _run(doc)
    for cid in model.ids[2:]:
        why = explain_at(model, run.levels, cid, step)
        assert abs(why.route_total() - why.deviation) <= EXACT
        assert abs(why.incoming_total() - why.deviation) <= EXACT
