"""Feedback loops and the stability verdict, against hand-computed figures and simulations.

The centre piece is the counter-example to "ρ(B) < 1 is stable": three fast constructs that
reinforce one another (0.6 each way) and one slow construct that rises with them (0.5) and
holds them back (−0.5). On the symmetric mode the block reduces to [[1.2, −0.5], [1.5, 0]],
so ρ(B) = √0.75 ≈ 0.866 (λ² − 1.2λ + 0.75 = 0) while the fast cluster alone has gain 1.2.
With time constants τ_f (fast) and τ_s (slow) the continuous dynamics on that mode are
[[0.2/τ_f, −0.5/τ_f], [1.5/τ_s, −1/τ_s]]: trace 0.2/τ_f − 1/τ_s, determinant 0.55/(τ_f τ_s),
so they grow (as an oscillation) exactly when τ_s > 5 τ_f.
"""

from __future__ import annotations

import math
from itertools import pairwise

import numpy as np
import pytest

from synergy_gui.engine import EngineError, Simulator
from synergy_gui.engine.loops import count_loops, find_loops, stability
from synergy_gui.model import (
    Activation,
    Construct,
    Junction,
    ModelDocument,
    Scenario,
    Settings,
)


def document(
    ids: list[str],
    paths: list[tuple[str, str, float]],
    settings: Settings | None = None,
    stimuli: tuple[str, ...] = (),
    tau: dict[str, float] | None = None,
    initial: dict[str, float] | None = None,
) -> ModelDocument:
    doc = ModelDocument(settings=settings or Settings())
    for cid in ids:
        role = "stimulus" if cid in stimuli else "organism"
        level = (initial or {}).get(cid, 0.5)
        t = (tau or {}).get(cid, 1.0)
        doc.add_construct(Construct(cid, cid, role, initial=level, tau_rise=t, tau_fall=t))
    for source, target, weight in paths:
        doc.connect(source, target, weight)
    return doc


def counter_example(tau_slow: float, mode: str = "exact", kind: str = "clip", steps: int = 52):
    """Fast F1, F2, F3 (τ = 1) reinforcing each other; slow D (τ = tau_slow) balancing them."""
    fast = ["F1", "F2", "F3"]
    paths = [(a, b, 0.6) for a in fast for b in fast if a != b]
    paths += [(f, "D", 0.5) for f in fast] + [("D", f, -0.5) for f in fast]
    settings = Settings(horizon=steps, step_mode=mode, activation=Activation(kind))
    # F1 starts 0.1 above the baseline: the disturbance whose fate the verdict predicts.
    return document([*fast, "D"], paths, settings, tau={"D": tau_slow}, initial={"F1": 0.6})


def counter_example_matrix() -> np.ndarray:
    b = np.zeros((4, 4))
    b[:3, :3] = 0.6 * (1 - np.eye(3))
    b[3, :3], b[:3, 3] = 0.5, -0.5
    return b


# ------------------------------------------------------------------------------ loops
@pytest.fixture
def looped() -> ModelDocument:
    """S → A; A ⇄ B; A → B → C → A; A → C by a path and by the junction {A, S}."""
    doc = document(
        ["S", "A", "B", "C"],
        [("S", "A", 0.5), ("A", "B", 0.5), ("B", "A", 0.4), ("B", "C", -0.5), ("C", "A", 0.6),
         ("A", "C", 0.3)],
        stimuli=("S",),
    )  # fmt: skip
    doc.add_junction(Junction("syn", ["A", "S"], "C", 0.2))
    return doc


def test_every_loop_with_its_constructs_items_gain_and_polarity(looped):
    loops = [(lp.constructs, lp.items, lp.polarity) for lp in find_loops(looped)]
    assert loops == [
        (("A", "B"), ("A__B", "B__A"), "reinforcing"),
        (("A", "C"), ("A__C", "C__A"), "reinforcing"),
        (("A", "C"), ("syn", "C__A"), "reinforcing"),
        (("A", "B", "C"), ("A__B", "B__C", "C__A"), "balancing"),
    ]
    gains = [lp.gain for lp in find_loops(looped)]
    assert gains == pytest.approx([0.5 * 0.4, 0.3 * 0.6, 0.2 * 0.6, 0.5 * -0.5 * 0.6], abs=1e-15)


def test_each_item_leads_from_one_construct_of_the_loop_to_the_next(looped):
    for loop in find_loops(looped):
        ring = [*loop.constructs, loop.constructs[0]]
        for (source, target), item in zip(pairwise(ring), loop.items, strict=True):
            if item == "syn":
                assert source in looped.junction(item).members
                assert target == looped.junction(item).target
            else:
                assert (looped.path(item).source, looped.path(item).target) == (source, target)


def test_a_zero_weight_closes_no_loop_and_a_negative_one_flips_polarity(looped):
    looped.set_weight("B__A", 0.0)
    assert ("A", "B") not in [lp.constructs for lp in find_loops(looped)]
    looped.set_weight("C__A", -0.6)
    assert {lp.polarity for lp in find_loops(looped) if lp.length == 2} == {"balancing"}
    three = [lp for lp in find_loops(looped) if lp.length == 3]
    assert three[0].polarity == "reinforcing" and three[0].gain == pytest.approx(0.15)


def test_a_scenario_overrides_weights_and_a_clamp_cuts_the_loops_through_it(looped):
    looped.add_scenario(Scenario("Hold B", clamps={"B": 0.7}, weight_overrides={"A__C": -0.9}))
    loops = find_loops(looped, "Hold B")
    assert [lp.constructs for lp in loops] == [("A", "C"), ("A", "C")]
    assert loops[0].gain == pytest.approx(-0.9 * 0.6) and loops[0].polarity == "balancing"


def test_a_complete_map_of_five_has_84_loops_and_the_limit_is_kept():
    ids = list("ABCDE")
    doc = document(ids, [(a, b, 0.1) for a in ids for b in ids if a != b])
    # Σ_k C(5, k)·(k − 1)! = 10 + 20 + 30 + 24 directed cycles.
    loops = find_loops(doc)
    assert len(loops) == 84
    assert [sum(lp.length == k for lp in loops) for k in (2, 3, 4, 5)] == [10, 20, 30, 24]
    assert len(find_loops(doc, limit=25)) == 25
    assert count_loops(doc) == 84 and count_loops(doc, limit=25) == 25


def test_count_loops_counts_parallel_edges_like_find_loops(looped):
    assert count_loops(looped) == len(find_loops(looped)) == 4


def test_loosely_coupled_groups_are_judged_by_their_own_loops():
    """A stable loop feeding an unstable one: the verdict comes from the worse group."""
    doc = counter_example(tau_slow=10.0)
    for cid in ("P", "Q"):
        doc.add_construct(Construct(cid, cid))
    doc.connect("P", "Q", 0.5)
    doc.connect("Q", "P", 0.5)
    doc.connect("Q", "F1", 0.2)
    alone = stability(counter_example(tau_slow=10.0))
    verdict = stability(doc)
    assert not verdict.stable
    assert verdict.growth_rise == pytest.approx(alone.growth_rise, abs=1e-12)
    assert verdict.absolute_radius == pytest.approx(alone.absolute_radius, abs=1e-12)
    # The group P ⇄ Q (ρ = 0.5) changes none of the figures.


# -------------------------------------------------------------------------- stability
def test_an_acyclic_model_is_stable():
    doc = document(["S", "A", "B"], [("S", "A", 0.9), ("A", "B", -0.9)], stimuli=("S",))
    verdict = stability(doc)
    assert (verdict.stable, verdict.test, verdict.loops) == (True, "acyclic", 0)


def test_abs_radius_below_one_is_stable_for_any_time_constants():
    paths = [("A", "B", 0.6), ("B", "C", -0.7), ("C", "A", 0.9), ("B", "A", 0.3)]
    doc = document(["A", "B", "C"], paths, initial={"A": 0.9})
    verdict = stability(doc)
    assert verdict.stable and verdict.test == "absolute"
    # |B| on the cycle A→B→C→A and the 2-loop A⇄B: ρ solves ρ³ = 0.18ρ + 0.378.
    rho = max(abs(np.roots([1, 0, -0.18, -0.378])))
    assert verdict.absolute_radius == pytest.approx(rho, abs=1e-12)
    for taus in ((0.1, 50.0, 3.0), (20.0, 0.2, 0.2), (1.0, 1.0, 100.0)):
        for cid, t in zip("ABC", taus, strict=True):
            doc.update_construct(cid, tau_rise=t, tau_fall=t / 3)
        assert stability(doc).stable
        doc.update_settings(horizon=3000)
        levels = Simulator(doc).run().levels
        assert np.ptp(levels[-200:], axis=0).max() < 1e-9, taus


def test_counter_example_spectral_radius_below_one_but_unstable_with_a_slow_balancer():
    verdict = stability(counter_example(tau_slow=10.0))
    assert verdict.spectral_radius == pytest.approx(math.sqrt(0.75), abs=1e-12)
    assert verdict.absolute_radius > 1.0
    assert not verdict.stable
    # Symmetric mode: trace 0.2/1 − 1/10 = 0.1 and det 0.055 > trace²/4: Re λ = 0.05.
    assert verdict.growth_rise == pytest.approx(0.05, abs=1e-12)
    # One exact step on that mode: [[1 + 0.2a, −0.5a], [1.5c, 1 − c]], a complex pair whose
    # modulus² is the determinant.
    a, c = 1 - math.exp(-1.0), 1 - math.exp(-0.1)
    modulus = math.sqrt((1 + 0.2 * a) * (1 - c) + 0.75 * a * c)
    assert verdict.step_radius_rise == pytest.approx(modulus, abs=1e-12)
    assert modulus > 1.0
    assert "ρ(B) = 0.866 < 1" in verdict.reason and "time constants" in verdict.reason


def test_counter_example_with_equal_time_constants_is_stable():
    verdict = stability(counter_example(tau_slow=1.0))
    assert verdict.stable and verdict.test == "linearised"
    assert verdict.growth_rise == pytest.approx(-0.4, abs=1e-12)  # trace (0.2 − 1)/2


@pytest.mark.parametrize(("tau_slow", "grows"), [(1.0, False), (4.0, False), (10.0, True)])
def test_counter_example_growth_by_direct_linear_simulation(tau_slow, grows):
    """numpy, independent of the engine: a 0.1 deviation from the baseline after 600 steps.

    (One step multiplies it by at most 0.845, 0.991 and 1.032 in the long run.)
    """
    b = counter_example_matrix()
    alpha = 1 - np.exp(-1.0 / np.array([1.0, 1.0, 1.0, tau_slow]))
    step = np.eye(4) + alpha[:, None] * (b - np.eye(4))
    deviation = np.array([0.1, 0.0, 0.0, 0.0])
    for _ in range(600):
        deviation = step @ deviation
    size = np.abs(deviation).max()
    assert (size > 1.0) if grows else (size < 0.01)
    assert stability(counter_example(tau_slow)).stable is not grows


def test_counter_example_keeps_oscillating_in_the_engine_while_equal_taus_settle():
    moving = Simulator(counter_example(10.0, steps=400)).run().series("F1")
    settled = Simulator(counter_example(1.0, steps=400)).run().series("F1")
    assert np.ptp(moving[-100:]) > 0.5  # boom and bust between the clip bounds
    assert np.ptp(settled[-100:]) < 1e-9


def test_euler_with_a_coarse_step_is_unstable_where_the_continuous_model_settles():
    verdict = stability(counter_example(tau_slow=4.0, mode="euler"))
    assert verdict.growth_rise == pytest.approx(-0.025, abs=1e-12)  # (0.2 − 0.25)/2
    # α = (1, 1, 1, 0.25): mode matrix [[1.2, −0.5], [0.375, 0.75]], det 1.0875.
    assert verdict.step_radius_rise == pytest.approx(math.sqrt(1.0875), abs=1e-12)
    assert not verdict.stable and "smaller Δt" in verdict.reason
    assert stability(counter_example(tau_slow=4.0, mode="exact")).stable


def test_three_constructs_already_break_the_exact_step_with_alpha_near_one():
    paths = [("A", "B", -0.8), ("A", "C", -0.9), ("B", "A", -0.3), ("B", "C", -1.0),
             ("C", "A", 0.1), ("C", "B", 1.0)]  # fmt: skip
    tau = {"A": 1 / math.log(2), "B": 0.1, "C": 0.1}  # α = 0.5, 0.99995, 0.99995
    doc = document(["A", "B", "C"], paths, tau=tau, initial={"A": 0.55})
    verdict = stability(doc)
    assert verdict.spectral_radius < 0.99
    assert verdict.growth_rise < 0.0 and verdict.step_radius_rise > 1.01
    assert not verdict.stable
    b = np.array([[0, -0.3, 0.1], [-0.8, 0, 1.0], [-0.9, -1.0, 0]])
    alpha = 1 - np.exp(-1 / np.array([tau["A"], tau["B"], tau["C"]]))
    step = np.eye(3) + alpha[:, None] * (b - np.eye(3))
    assert max(abs(np.linalg.eigvals(step))) == pytest.approx(verdict.step_radius_rise)


def test_three_constructs_settle_in_continuous_time_whenever_rho_b_is_below_one():
    """Routh–Hurwitz for a zero diagonal and |w| ≤ 1 (module docstring), on random models."""
    rng = np.random.default_rng(7)
    checked = 0
    while checked < 60:
        b = np.round(rng.uniform(-1, 1, (3, 3)), 2)
        np.fill_diagonal(b, 0.0)
        if max(abs(np.linalg.eigvals(b))) >= 0.99:
            continue
        paths = [(s, t, b[i, j]) for i, t in enumerate("ABC") for j, s in enumerate("ABC")
                 if b[i, j] != 0.0]  # fmt: skip
        tau = dict(zip("ABC", 10 ** rng.uniform(-1, 3, 3), strict=True))
        verdict = stability(document(list("ABC"), paths, tau=tau))
        assert verdict.growth_rise < 0.0, (b, tau)
        checked += 1


def test_logistic_contraction_gives_one_attracting_point():
    """Skew weights: ‖B‖₂ = √3·0.55 < ρ(|B|) = 2·0.55; with λ = 4 the slope is at most 1."""
    w = 0.55
    paths = [("A", "B", -w), ("A", "C", -w), ("B", "C", -w), ("B", "A", w), ("C", "A", w),
             ("C", "B", w)]  # fmt: skip
    settings = Settings(horizon=400, activation=Activation("logistic", gain=4.0, threshold=0.5))
    doc = document(list("ABC"), paths, settings)
    verdict = stability(doc)
    assert verdict.absolute_radius == pytest.approx(2 * w, abs=1e-12)
    assert verdict.contraction == pytest.approx(math.sqrt(3) * w, abs=1e-12)
    assert verdict.stable and verdict.test == "contraction" and "(λ/4)‖B‖₂" in verdict.reason
    finals = []
    for start in ({"A": 0.0, "B": 1.0, "C": 0.2}, {"A": 1.0, "B": 0.0, "C": 0.9}):
        for cid, level in start.items():
            doc.update_construct(cid, initial=level)
        finals.append(Simulator(doc).run().levels[-1])
    np.testing.assert_allclose(finals[0], finals[1], atol=1e-9)


def test_the_logistic_rule_figure_is_reported_whatever_decides():
    settings = Settings(activation=Activation("logistic", gain=8.0, threshold=0.5))
    doc = document(["A", "B"], [("A", "B", 0.4), ("B", "A", 0.2)], settings)
    verdict = stability(doc)
    # Slope at most 8/4 = 2: ρ(|J|) = 2·√0.08 < 1 decides; ‖J‖₂ = 2·0.4 = 0.8.
    assert verdict.test == "absolute"
    assert verdict.absolute_radius == pytest.approx(2 * math.sqrt(0.08), abs=1e-12)
    assert "(λ/4)‖B‖₂ = 0.8 < 1" in verdict.reason
    doc.set_weight("A__B", 0.6)
    assert "(λ/4)‖B‖₂ = 1.2 ≥ 1" in stability(doc).reason


def test_a_loop_through_threshold_activations_gets_no_eigenvalue_verdict():
    settings = Settings(activation=Activation("bivalent"))
    doc = document(["A", "B"], [("A", "B", 0.5), ("B", "A", -0.5)], settings)
    verdict = stability(doc)
    assert (verdict.stable, verdict.test) == (False, "threshold")


def test_fcm_rules_use_the_fcm_step_matrix():
    settings = Settings(update_rule="kosko", activation=Activation("tanh", gain=5.0))
    doc = document(["A", "B"], [("A", "B", 1.0), ("B", "A", -1.0)], settings)
    verdict = stability(doc)
    assert verdict.growth_rise is None  # no time constants under the FCM rules
    assert verdict.step_radius_rise == pytest.approx(5.0)  # 5·[[0, −1], [1, 0]]
    assert not verdict.stable
    levels = Simulator(doc).run().levels
    assert np.ptp(levels[-8:], axis=0).min() > 1.0  # it swings between about ±1
    doc.update_settings(activation=Activation("logistic", gain=1.0, threshold=0.0))
    calm = stability(doc)
    assert calm.stable and calm.absolute_radius == pytest.approx(0.25)


def test_a_clamp_in_the_scenario_cuts_the_loop():
    doc = counter_example(tau_slow=10.0)
    doc.add_scenario(Scenario("Hold the balancer", clamps={"D": 0.5}))
    doc.add_scenario(Scenario("Hold one fast", clamps={"F2": 0.5, "F3": 0.5}))
    assert not stability(doc, "Hold the balancer").stable  # the fast cluster runs away alone
    held = stability(doc, "Hold one fast")
    assert held.stable and held.loops == 1


def test_an_invalid_model_is_refused_with_the_construct_named():
    doc = counter_example(tau_slow=10.0, mode="euler")
    doc.update_construct("F2", tau_rise=0.5)
    with pytest.raises(EngineError, match="'F2'"):
        stability(doc)


def test_a_steep_fcm_sigmoid_that_saturates_is_not_a_false_alarm():
    """mKosko with λ = 5: slope 1.25 at the steepest point, but the levels settle near 1."""
    settings = Settings(
        horizon=60,
        update_rule="modified-kosko",
        activation=Activation("logistic", gain=5.0, threshold=0.0),
    )
    doc = document(["A", "B"], [("A", "B", 0.5), ("B", "A", 0.5)], settings)
    verdict = stability(doc)
    assert verdict.step_radius_rise == pytest.approx(1.25 * 1.5)  # 1.25·ρ(I + B)
    assert verdict.stable and verdict.test == "steady-state"
    levels = Simulator(doc).run().levels
    assert np.ptp(levels[-10:], axis=0).max() < 1e-12
