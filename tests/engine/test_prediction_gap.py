"""Predict, then reveal: the sketch's points and its gap to a run, against numbers by hand."""

from __future__ import annotations

import numpy as np
import pytest

from synergy_gui.engine.errors import EngineError
from synergy_gui.engine.prediction import Prediction, gap_report, prediction_gap


def _sketch(*points: tuple[float, float]) -> Prediction:
    prediction = Prediction("loyalty")
    previous = None
    for time, level in points:
        prediction = prediction.drawn(time, level, since=previous)
        previous = time
    return prediction


def test_a_stroke_keeps_its_points_in_time_order():
    assert _sketch((0, 0.5), (2, 0.6), (4, 0.8)).points == ((0, 0.5), (2, 0.6), (4, 0.8))


def test_going_back_in_time_redraws_that_stretch():
    # drawn to week 6, then back to week 3: weeks 4 and 6 were passed over again and go
    prediction = _sketch((0, 0.5), (2, 0.6), (4, 0.7), (6, 0.9), (3, 0.4))
    assert prediction.points == ((0, 0.5), (2, 0.6), (3, 0.4))


def test_a_new_stroke_at_an_existing_time_replaces_only_that_point():
    prediction = _sketch((0, 0.5), (2, 0.6), (4, 0.8)).drawn(2, 0.9)
    assert prediction.points == ((0, 0.5), (2, 0.9), (4, 0.8))


def test_a_typed_level_is_the_reports_week():
    prediction = _sketch((0, 0.5), (10, 0.7)).typed(4, 0.3)
    assert prediction.points == ((0, 0.5), (4, 0.3), (10, 0.7))
    assert prediction.checkpoint == 4
    assert _sketch((0, 0.5), (10, 0.7)).checkpoint == 10


def test_the_sketch_is_interpolated_inside_and_never_extrapolated():
    prediction = _sketch((1, 0.2), (3, 0.6))
    levels = prediction.level_at(np.array([0.0, 1.0, 2.0, 2.5, 3.0, 4.0]))
    assert np.isnan(levels[0]) and np.isnan(levels[-1])
    assert levels[1:5] == pytest.approx([0.2, 0.4, 0.5, 0.6])


def test_gap_by_hand():
    # run: 0.5, 0.6, 0.7, 0.8, 0.9 at weeks 0..4; sketch from (1, 0.5) to (3, 0.9)
    times = np.arange(5.0)
    levels = np.array([0.5, 0.6, 0.7, 0.8, 0.9])
    gap = prediction_gap(_sketch((1, 0.5), (3, 0.9)), times, levels)
    # weeks 1, 2, 3: predicted 0.5, 0.7, 0.9; model 0.6, 0.7, 0.8 -> |gaps| 0.1, 0, 0.1
    assert list(gap.times) == [1.0, 2.0, 3.0]
    assert gap.predicted_levels == pytest.approx([0.5, 0.7, 0.9])
    assert gap.actual_levels == pytest.approx([0.6, 0.7, 0.8])
    assert gap.mean_absolute_gap == pytest.approx(0.2 / 3)
    assert (gap.time, gap.predicted, gap.actual) == (3.0, pytest.approx(0.9), pytest.approx(0.8))
    assert gap.gap == pytest.approx(-0.1)


def test_one_typed_level_between_the_runs_weeks():
    # the model at week 2.5 is halfway between 0.7 and 0.8
    times, levels = np.arange(5.0), np.array([0.5, 0.6, 0.7, 0.8, 0.9])
    gap = prediction_gap(Prediction("loyalty").typed(2.5, 0.55), times, levels)
    assert gap.actual == pytest.approx(0.75)
    assert gap.gap == pytest.approx(0.2)
    assert gap.mean_absolute_gap == pytest.approx(0.2)
    text = gap_report(gap)
    assert text == (
        "Your prediction: 0.55 at week 2.5 — model: 0.75 (gap +0.20); mean absolute gap 0.20"
    )


def test_a_sketch_longer_than_the_run_is_compared_where_they_overlap():
    times, levels = np.arange(3.0), np.array([0.5, 0.6, 0.7])
    gap = prediction_gap(_sketch((0, 0.5), (10, 1.0)), times, levels)
    assert list(gap.times) == [0.0, 1.0, 2.0]
    assert gap.time == 2.0  # the report moves to the run's end
    assert gap.predicted == pytest.approx(0.6) and gap.actual == pytest.approx(0.7)
    assert gap.mean_absolute_gap == pytest.approx((0 + 0.05 + 0.1) / 3)


def test_bad_input_is_refused_with_the_reason():
    with pytest.raises(EngineError, match="between 0 and 1"):
        Prediction("loyalty").drawn(3, 1.5)
    with pytest.raises(EngineError, match="no prediction yet"):
        prediction_gap(Prediction("loyalty"), np.arange(3.0), np.zeros(3))
    with pytest.raises(EngineError, match="outside the run"):
        prediction_gap(_sketch((20, 0.5), (30, 0.6)), np.arange(3.0), np.zeros(3))


def test_a_bipolar_model_s_prediction_takes_levels_down_to_minus_one():
    prediction = Prediction("trust", low=-1.0).drawn(0.0, -0.4).typed(10.0, -1.0)
    assert prediction.points == ((0.0, -0.4), (10.0, -1.0))
    with pytest.raises(EngineError, match="between -1 and 1"):
        prediction.drawn(5.0, -1.2)
    with pytest.raises(EngineError, match="between 0 and 1"):
        Prediction("trust").drawn(0.0, -0.4)
