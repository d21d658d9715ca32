"""Schedules, clamps, weight overrides and synergy junctions against hand-computed levels."""

from __future__ import annotations

import math

import pytest
from engine_builders import chain, construct, document, with_scenario
from numpy.testing import assert_allclose

from synergy_gui.engine import Simulator
from synergy_gui.model import ModelError, Schedule

EXACT = 1e-12
ALPHA = 1.0 - math.exp(-1.0)


@pytest.mark.parametrize(
    ("schedule", "expected"),
    [
        (Schedule("constant", level=0.3), [0.3] * 7),
        (Schedule("step", level=0.9, base=0.2, start=1.0), [0.2, 0.2, 0.9, 0.9, 0.9, 0.9, 0.9]),
        (
            Schedule("pulse", level=1.0, base=0.1, start=1.0, duration=1.5),
            [0.1, 0.1, 1.0, 1.0, 1.0, 0.1, 0.1],
        ),
        (
            Schedule("ramp", level=0.9, base=0.1, start=0.5, duration=2.0),
            [0.1, 0.1, 0.3, 0.5, 0.7, 0.9, 0.9],
        ),
        (Schedule("series", values=[0.0, 0.25, 1.0]), [0.0, 0.0, 0.25, 0.25, 1.0, 1.0, 1.0]),
    ],
)
def test_schedules_at_half_week_steps(schedule, expected):
    """dt = 0.5: step k is at time k/2; a series is indexed by step, its last value held."""
    doc = with_scenario(chain(dt=0.5), "plan", schedules={"s": schedule})
    result = Simulator(doc, "plan").run(6)
    if schedule.kind == "series":
        expected = [0.0, 0.25, 1.0, 1.0, 1.0, 1.0, 1.0]
    assert_allclose(result.series("s"), expected, rtol=0, atol=EXACT)


def test_organism_responds_at_step_k_plus_one_to_the_stimulus_at_step_k():
    doc = with_scenario(chain(), "step", schedules={"s": Schedule("step", 1.0, 0.5, 2.0)})
    result = Simulator(doc, "step").run(4)
    o, expected = 0.5, [0.5]
    for s in (0.5, 0.5, 1.0, 1.0):
        o = o + ALPHA * (0.5 + 0.5 * (s - 0.5) - o)
        expected.append(o)
    assert_allclose(result.series("o"), expected, rtol=0, atol=EXACT)
    assert result.series("o")[2] == 0.5  # nothing moves before the step reaches o


def test_stimulus_without_schedule_holds_its_slider_level():
    result = Simulator(chain(stimulus=0.65)).run(3)
    assert result.series("s").tolist() == [0.65] * 4


def test_clamped_organism_holds_its_value_and_drives_the_response():
    doc = with_scenario(chain(), "suppose", clamps={"o": 0.8})
    result = Simulator(doc, "suppose").run(3)
    r, expected = 0.5, [0.5]
    for _ in range(3):
        r = r + ALPHA * (0.5 + 0.4 * 0.3 - r)
        expected.append(r)
    assert result.series("o").tolist() == [0.8] * 4
    assert_allclose(result.series("r"), expected, rtol=0, atol=EXACT)


def test_a_clamp_on_a_stimulus_is_refused_its_schedule_sets_it():
    with pytest.raises(ModelError, match="stimulus"):
        with_scenario(
            chain(), "both", schedules={"s": Schedule("constant", 0.9)}, clamps={"s": 0.1}
        )


def test_weight_override_replaces_the_path_weight_in_the_scenario_only():
    doc = with_scenario(chain(), "strong", overrides={"s__o": 0.9})
    base = Simulator(doc).run(1).final("o")
    strong = Simulator(doc, "strong").run(1).final("o")
    assert base == pytest.approx(0.5 + ALPHA * 0.5 * 0.3, abs=EXACT)
    assert strong == pytest.approx(0.5 + ALPHA * 0.9 * 0.3, abs=EXACT)


def test_junction_of_two_stimuli_adds_the_product_of_deviations():
    doc = document(
        [
            construct("i", "stimulus", 0.9),
            construct("p", "stimulus", 0.2),
            construct("t", initial=0.4),
        ],
        [("i", "t", 0.3), ("p", "t", 0.2)],
        [(["i", "p"], "t", 0.5)],
    )
    result = Simulator(doc).run(3)
    target = 0.5 + 0.3 * 0.4 + 0.2 * (-0.3) + 0.5 * (0.4 * -0.3)
    t, expected = 0.4, [0.4]
    for _ in range(3):
        t = t + ALPHA * (target - t)
        expected.append(t)
    assert_allclose(result.series("t"), expected, rtol=0, atol=EXACT)


def test_junction_with_an_endogenous_member_is_multiplied_each_step():
    doc = document(
        [
            construct("s", "stimulus", 0.9),
            construct("a", initial=0.2, tau=(2.0, 2.0)),
            construct("b", initial=0.7, tau=(1.0, 3.0)),
            construct("t", "response", initial=0.5, baseline=0.3),
        ],
        [("s", "a", 0.8), ("a", "b", -0.6), ("b", "t", 0.3)],
        [(["s", "a", "b"], "t", 0.9), (["s", "b"], "a", 0.4)],
    )
    result = Simulator(doc).run(5)
    a, b, t = 0.2, 0.7, 0.5
    expected = [(0.9, a, b, t)]

    def move(x, target, rise, fall):
        tau = rise if target > x else fall
        return x + (1.0 - math.exp(-1.0 / tau)) * (target - x)

    for _ in range(5):
        da, db = a - 0.5, b - 0.5
        u_a = 0.5 + 0.8 * 0.4 + 0.4 * 0.4 * db
        u_b = 0.5 - 0.6 * da
        u_t = 0.3 + 0.3 * db + 0.9 * 0.4 * da * db
        clip = lambda u: min(max(u, 0.0), 1.0)  # noqa: E731
        a, b, t = (
            move(a, clip(u_a), 2.0, 2.0),
            move(b, clip(u_b), 1.0, 3.0),
            move(t, clip(u_t), 1.0, 1.0),
        )
        expected.append((0.9, a, b, t))
    assert_allclose(result.levels, expected, rtol=0, atol=EXACT)


def test_junction_under_the_rescaled_rule_multiplies_rescaled_levels():
    doc = document(
        [construct("a", initial=0.8), construct("b", initial=0.3), construct("c", initial=0.6)],
        [("a", "c", 0.5), ("c", "b", 0.2)],
        [(["a", "b"], "c", 0.7)],
        update_rule="rescaled",
    )
    result = Simulator(doc).run(3)
    a, b, c = 0.8, 0.3, 0.6
    expected = [(a, b, c)]
    for _ in range(3):
        ra, rb, rc = 2 * a - 1, 2 * b - 1, 2 * c - 1
        b, c = (
            min(max(rb + 0.2 * rc, 0.0), 1.0),
            min(max(rc + 0.5 * ra + 0.7 * ra * rb, 0.0), 1.0),
        )
        expected.append((a, b, c))
    assert_allclose(result.levels, expected, rtol=0, atol=EXACT)
