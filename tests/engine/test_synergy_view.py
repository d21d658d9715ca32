"""The synergy view's numbers, checked against the model's equations worked out by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from synergy_gui.engine import EngineError, compile_model
from synergy_gui.engine.synergy_view import (
    downstream,
    members_of,
    response_lines,
    simple_slopes,
    synergy_runs,
)
from synergy_gui.model import Activation
from tests.engine.engine_builders import construct, document

B1, B2, B3 = 0.3, 0.2, 0.5  # a → t, b → t, the junction a × b → t
TAU = 2.0
A_LEVEL, B_LEVEL = 0.8, 0.3


def _linear(b1: float = B1, b3: float = B3, horizon: int = 26, kind: str = "identity"):
    """Stimuli a and b acting on t through paths and a junction; t passes u on (identity)."""
    doc = document(
        [
            construct("a", "stimulus", initial=A_LEVEL),
            construct("b", "stimulus", initial=B_LEVEL),
            construct("t", tau=(TAU, TAU), activation=Activation(kind, gain=4.0)),
            construct("y", "response", tau=(TAU, TAU), activation=Activation("identity")),
        ],
        paths=[("a", "t", b1), ("b", "t", B2), ("t", "y", 0.6)],
        junctions=[(["a", "b"], "t", b3)],
        horizon=horizon,
    )
    return doc, doc.junctions[0].id


def _point(model) -> np.ndarray:
    return model.initial.copy()


def test_simple_slopes_are_b1_plus_b3_z_exactly_on_a_linear_model():
    doc, junction = _linear()
    model = compile_model(doc)
    found = simple_slopes(model, junction, _point(model))
    z = found.levels - 0.5  # the moderator's deviation from its baseline
    assert found.focal == "a" and found.moderators == ("b",) and found.target == "t"
    assert (found.direct, found.weight) == (B1, B3)
    np.testing.assert_allclose(found.deviations, z, rtol=0, atol=1e-15)
    np.testing.assert_allclose(found.slopes, B1 + B3 * z, rtol=0, atol=1e-12)
    assert found.slope_at(0.25) == pytest.approx(B1 + B3 * 0.25, abs=1e-12)


def test_the_other_member_can_be_the_focal_one():
    doc, junction = _linear()
    model = compile_model(doc)
    found = simple_slopes(model, junction, _point(model), focal="b")
    assert found.moderators == ("a",)
    np.testing.assert_allclose(found.slopes, B2 + B3 * (found.levels - 0.5), atol=1e-12)


def test_the_lines_rise_with_the_simple_slope_at_each_moderator_level():
    doc, junction = _linear()
    model = compile_model(doc)
    focal = np.array([0.2, 0.7])
    lines = response_lines(model, junction, _point(model), np.array([0.1, 0.9]), focal)
    for row, level in zip(lines, (0.1, 0.9), strict=True):
        rise = (row[1] - row[0]) / (focal[1] - focal[0])
        assert rise == pytest.approx(B1 + B3 * (level - 0.5), abs=1e-12)
    # the line through the current moderator level passes through the target's input now
    u_now = (
        0.5 + B1 * (A_LEVEL - 0.5) + B2 * (B_LEVEL - 0.5) + B3 * (A_LEVEL - 0.5) * (B_LEVEL - 0.5)
    )
    here = response_lines(model, junction, _point(model), np.array([B_LEVEL]), np.array([A_LEVEL]))
    assert here[0, 0] == pytest.approx(u_now, abs=1e-12)


def test_the_johnson_neyman_point_is_where_the_slope_changes_sign():
    doc, junction = _linear(b1=0.1, b3=0.6)
    model = compile_model(doc)
    found = simple_slopes(model, junction, _point(model))
    assert found.crossing == pytest.approx(0.5 - 0.1 / 0.6, abs=1e-12)
    below, above = found.slopes[found.levels < found.crossing], found.slopes[found.levels > 0.34]
    assert (below < 0).all() and (above > 0).all()
    flat = response_lines(model, junction, _point(model), np.array([found.crossing]))
    assert np.ptp(flat) == pytest.approx(0.0, abs=1e-12)


def test_within_the_monotonicity_guard_the_slope_never_changes_sign():
    doc, junction = _linear(b1=0.3, b3=0.5)  # |g|·0.5 ≤ min member weight
    model = compile_model(doc)
    found = simple_slopes(model, junction, _point(model))
    assert found.crossing is None
    assert (found.slopes > 0).all()


def test_a_logistic_target_is_linearised_at_the_operating_point():
    doc, junction = _linear(kind="logistic")
    model = compile_model(doc)
    point = _point(model)
    found = simple_slopes(model, junction, point, levels=np.array([B_LEVEL]))
    step = 1e-6
    ends = response_lines(
        model, junction, point, np.array([B_LEVEL]), np.array([A_LEVEL - step, A_LEVEL + step])
    )
    numeric = (ends[0, 1] - ends[0, 0]) / (2 * step)
    assert found.slopes[0] == pytest.approx(numeric, rel=1e-6)
    assert 0.0 < found.gain < 1.0  # f′ of a logistic of gain 4 is at most 1


def test_with_three_members_the_moderator_is_the_product_of_the_others():
    doc = document(
        [
            construct("a", "stimulus", initial=0.9),
            construct("b", "stimulus", initial=0.7),
            construct("c", "stimulus", initial=0.6),
            construct("t", activation=Activation("identity")),
        ],
        paths=[("a", "t", 0.4)],
        junctions=[(["a", "b", "c"], "t", 0.8)],
    )
    model = compile_model(doc)
    found = simple_slopes(model, doc.junctions[0].id, _point(model))
    z = (found.levels - 0.5) ** 2
    assert found.moderators == ("b", "c")
    np.testing.assert_allclose(found.slopes, 0.4 + 0.8 * z, atol=1e-12)


def test_the_gap_with_and_without_the_junction_is_the_product_term_s_contribution():
    doc, junction = _linear()
    model = compile_model(doc)
    runs = synergy_runs(model, junction)
    product = B3 * (A_LEVEL - 0.5) * (B_LEVEL - 0.5)  # the term in t's input, constant
    keep = math.exp(-1.0 / TAU)  # the share of the gap left after a step ("exact" steps)
    expected = product * (1.0 - keep ** np.arange(runs.times.size))
    np.testing.assert_allclose(runs.gap("t"), expected, rtol=0, atol=1e-12)
    assert runs.gap("t")[1] == pytest.approx((1.0 - keep) * product, abs=1e-12)
    with_, without = runs.with_junction("t"), runs.without_junction("t")
    np.testing.assert_allclose(with_ - without, runs.gap("t"), atol=0)


def test_the_gap_reaches_downstream_constructs_through_their_paths():
    doc, junction = _linear(horizon=400)
    model = compile_model(doc)
    runs = synergy_runs(model, junction)
    product = B3 * (A_LEVEL - 0.5) * (B_LEVEL - 0.5)
    assert runs.gap("y")[-1] == pytest.approx(0.6 * product, abs=1e-12)
    assert runs.gap("a")[-1] == 0.0  # a stimulus is set by its slider either way


def test_the_run_with_the_junction_is_the_model_s_own_run():
    doc, junction = _linear()
    model = compile_model(doc)
    from synergy_gui.engine import Simulator

    ours = Simulator(doc).run()
    runs = synergy_runs(model, junction)
    np.testing.assert_allclose(runs.with_junction("y"), ours.series("y"), atol=1e-12)


def test_downstream_lists_the_target_then_what_it_feeds():
    doc, junction = _linear()
    model = compile_model(doc)
    assert downstream(model, "t") == ["t", "y"]
    assert members_of(model, junction) == ("a", "b")


def test_an_unknown_junction_is_refused_naming_the_known_ones():
    doc, junction = _linear()
    model = compile_model(doc)
    with pytest.raises(EngineError, match=r"no synergy junction 'nope' \(junctions: 'x_a_b'\)"):
        simple_slopes(model, "nope", _point(model))
    with pytest.raises(EngineError, match="no synergy junction 'a__t'"):
        synergy_runs(model, "a__t")  # a path is not a junction
    with pytest.raises(EngineError, match="'t' is not a member of junction"):
        simple_slopes(model, junction, _point(model), focal="t")


def test_a_bipolar_model_s_slopes_span_its_whole_level_range():
    doc = document([], level_range="bipolar")  # the range first: levels below 0 are allowed
    for item in (
        construct("a", "stimulus", initial=-0.4, baseline=0.0),
        construct("b", "stimulus", initial=0.6, baseline=0.0),
        construct("t", baseline=0.0, activation=Activation("identity")),
    ):
        doc.add_construct(item)
    doc.connect("a", "t", 0.1)
    junction = doc.new_junction(["a", "b"], "t", 0.4).id
    model = compile_model(doc)
    found = simple_slopes(model, junction, _point(model))
    assert (found.levels[0], found.levels[-1]) == (-1.0, 1.0)
    np.testing.assert_allclose(found.slopes, 0.1 + 0.4 * found.levels, atol=1e-12)
    assert found.crossing == pytest.approx(-0.25, abs=1e-12)  # inside −1..1, found
