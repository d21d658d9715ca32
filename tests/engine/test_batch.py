"""A batch of K runs gives exactly the K single runs, whatever varies between them."""

from __future__ import annotations

import numpy as np
import pytest
from engine_builders import loop_model
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from synergy_gui.engine import EngineError, Simulator, compile_model, simulate_batch


def _model(rule: str = "sor"):
    return loop_model(rule)


def _single(doc, scenario, weights=None, stimuli=None, initial=None, steps=20):
    simulator = Simulator(doc, scenario)
    model = simulator.model
    if weights is not None:
        for item_id, weight in zip(model.item_ids, weights, strict=True):
            simulator.set_weight(item_id, float(np.clip(weight, -1.0, 1.0)))
    if stimuli is not None:
        for stimulus_id, level in zip(model.stimulus_ids, stimuli, strict=True):
            simulator.set_initial(stimulus_id, float(level))
    if initial is not None:
        for construct_id, level in zip(model.ids, initial, strict=True):
            if construct_id not in model.stimulus_ids:
                simulator.set_initial(construct_id, float(level))
    return simulator.run(steps).levels


@pytest.mark.parametrize("rule", ["sor", "kosko", "modified-kosko", "rescaled"])
def test_batch_of_weights_equals_single_runs(rule):
    doc = _model(rule)
    model = compile_model(doc)
    weights = np.random.default_rng(1).uniform(-1.0, 1.0, (6, len(model.item_ids)))
    batch = simulate_batch(model, weights=weights, steps=20)
    assert batch.levels.shape == (6, 21, 5)
    for k in range(6):
        assert_allclose(batch.levels[k], _single(doc, None, weights=weights[k]), rtol=0, atol=1e-12)


def test_batch_of_constant_stimulus_levels_equals_single_runs():
    doc = _model()
    model = compile_model(doc)
    levels = np.random.default_rng(2).uniform(0.0, 1.0, (5, 2))
    batch = simulate_batch(model, stimuli=levels, steps=15)
    for k in range(5):
        assert_allclose(
            batch.levels[k], _single(doc, None, stimuli=levels[k], steps=15), atol=1e-12
        )


def test_batch_of_initial_levels_equals_single_runs():
    doc = _model()
    model = compile_model(doc, "pulse")
    initial = np.random.default_rng(3).uniform(0.0, 1.0, (4, 5))
    batch = simulate_batch(model, initial=initial, steps=12)
    for k in range(4):
        single = _single(doc, "pulse", initial=initial[k], steps=12)
        assert_allclose(batch.levels[k], single, rtol=0, atol=1e-12)


def test_series_and_final_read_one_construct_of_every_run():
    doc = _model()
    model = compile_model(doc)
    weights = np.random.default_rng(6).uniform(-1.0, 1.0, (3, len(model.item_ids)))
    batch = simulate_batch(model, weights=weights, steps=9)
    assert batch.count == 3 and batch.steps == 9 and batch.ids == model.ids
    for k in range(3):
        single = _single(doc, None, weights=weights[k], steps=9)
        assert_allclose(batch.series("r")[k], single[:, 4], rtol=0, atol=1e-12)
        assert batch.final("a")[k] == single[-1, 0]
    with pytest.raises(EngineError, match="'ghost'"):
        batch.series("ghost")


def test_stimuli_over_time_follow_the_given_rows():
    doc = _model()
    model = compile_model(doc)
    paths = np.random.default_rng(4).uniform(0.0, 1.0, (3, 11, 2))
    batch = simulate_batch(model, stimuli=paths, steps=10)
    assert_allclose(batch.levels[:, :, [0, 1]], paths, rtol=0, atol=0)


@settings(max_examples=25, deadline=None)
@given(
    st.integers(1, 6),
    st.integers(0, 2**32 - 1),
    st.sampled_from(["sor", "kosko", "modified-kosko", "rescaled"]),
)
def test_any_batch_of_weights_and_stimuli_equals_its_single_runs(count, seed, rule):
    doc = _model(rule)
    model = compile_model(doc)
    rng = np.random.default_rng(seed)
    weights = rng.uniform(-1.0, 1.0, (count, len(model.item_ids)))
    stimuli = rng.uniform(0.0, 1.0, (count, 2))
    batch = simulate_batch(model, weights=weights, stimuli=stimuli, steps=10)
    for k in range(count):
        single = _single(doc, None, weights=weights[k], stimuli=stimuli[k], steps=10)
        assert_allclose(batch.levels[k], single, rtol=0, atol=1e-12)


def test_a_large_batch_split_over_threads_equals_its_single_runs():
    doc = _model()
    model = compile_model(doc)
    weights = np.random.default_rng(5).uniform(-1.0, 1.0, (5000, len(model.item_ids)))
    batch = simulate_batch(model, weights=weights, steps=8)
    for k in (0, 2499, 2500, 4999):
        assert_allclose(
            batch.levels[k], _single(doc, None, weights=weights[k], steps=8), atol=1e-12
        )


def test_batch_refuses_a_non_finite_weight_naming_the_item():
    model = compile_model(_model())
    weights = np.tile(model.item_weights, (3, 1))
    weights[1, 2] = np.nan
    with pytest.raises(EngineError, match=repr(model.item_ids[2])):
        simulate_batch(model, weights=weights)


def test_batch_refuses_a_wrong_number_of_columns():
    model = compile_model(_model())
    with pytest.raises(EngineError, match="one column per stimulus"):
        simulate_batch(model, stimuli=np.zeros((4, 3)))
