"""Monte Carlo bands against single runs: the same draws, run one by one, give the same
percentiles; no uncertainty gives bands of no width; bad arguments are refused."""

from __future__ import annotations

import numpy as np
import pytest
from engine_builders import construct, document, with_scenario

from synergy_gui.engine import EngineError, Simulator, compile_model
from synergy_gui.engine.montecarlo import (
    PERCENTILES,
    monte_carlo,
    weight_sds,
)
from synergy_gui.model import Activation, Schedule
from synergy_gui.model.presets import DEFAULT_PRESET, load_preset


def _model_with_uncertainty():
    """Two stimuli, a junction, a mediator with a logistic rule, a loop; sds of all kinds."""
    doc = document(
        [
            construct("ads", "stimulus", 0.8),
            construct("reviews", "stimulus", 0.3),
            construct("trust", tau=(4.0, 1.5)),
            construct("buzz", activation=Activation("logistic", 6.0, 0.5)),
            construct("loyalty", "response", tau=(3.0, 3.0)),
        ],
        paths=[
            ("ads", "trust", 0.4),
            ("reviews", "trust", 0.3),
            ("trust", "loyalty", 0.6),
            ("loyalty", "buzz", 0.5),
            ("buzz", "trust", 0.2),
        ],
        junctions=[(["ads", "reviews"], "trust", 0.2)],
        horizon=30,
        default_sd=0.05,
    )
    doc.update_path("ads__trust", sd=0.15)
    doc.update_path("trust__loyalty", sd=0.3)
    doc.update_junction(doc.junctions[0].id, sd=0.1)
    with_scenario(
        doc,
        "push",
        schedules={"ads": Schedule("pulse", level=1.0, base=0.4, start=5.0, duration=8.0)},
        overrides={"reviews__trust": 0.5},
    )
    return doc


def _single_runs(doc, scenario, weights: np.ndarray) -> dict[str, np.ndarray]:
    """Each row of ``weights`` run on its own through a Simulator: (runs, T) per construct."""
    simulator = Simulator(doc, scenario)
    item_ids = simulator.model.item_ids
    rows = []
    for row in weights:
        for item_id, weight in zip(item_ids, row, strict=True):
            simulator.set_weight(item_id, float(weight))
        rows.append(simulator.run().levels)
    levels = np.stack(rows)  # (runs, T, n)
    return {cid: levels[:, :, i] for i, cid in enumerate(simulator.model.ids)}


def _independent_draws(doc, scenario, runs, seed, sds) -> np.ndarray:
    """The documented sampling, written out again: N(weight, sd) clipped to [-1, 1]."""
    means = compile_model(doc, scenario).item_weights
    normals = np.random.default_rng(seed).standard_normal((runs, means.size))
    return np.clip(means + normals * sds, -1.0, 1.0)


@pytest.mark.parametrize("scenario", [None, "push"])
def test_the_percentiles_are_numpy_percentiles_of_the_same_seeded_single_runs(scenario):
    doc = _model_with_uncertainty()
    runs, seed = 80, 2024
    bands = monte_carlo(doc, scenario, runs=runs, seed=seed)

    item_ids = compile_model(doc, scenario).item_ids
    by_id = {"ads__trust": 0.15, "trust__loyalty": 0.3, doc.junctions[0].id: 0.1}
    sds = np.array([by_id.get(item_id, 0.05) for item_id in item_ids])
    draws = _independent_draws(doc, scenario, runs, seed, sds)
    np.testing.assert_array_equal(bands.weights, draws)
    singles = _single_runs(doc, scenario, draws)
    for cid, levels in singles.items():
        expected = np.percentile(levels, PERCENTILES, axis=0)
        np.testing.assert_allclose(bands.percentiles[cid], expected, rtol=0, atol=1e-12)
    assert bands.runs == runs and bands.seed == seed and bands.scenario == scenario
    # the weights really were uncertain: loyalty's band is open by the end
    assert bands.series("loyalty", 90)[-1] - bands.series("loyalty", 10)[-1] > 0.01


def test_the_scenario_override_is_the_mean_of_its_weight():
    doc = _model_with_uncertainty()
    bands = monte_carlo(doc, "push", runs=4000, seed=5)
    column = bands.item_ids.index("reviews__trust")
    assert bands.weights[:, column].mean() == pytest.approx(0.5, abs=0.005)


def test_no_uncertainty_anywhere_gives_bands_of_no_width_on_the_plain_run():
    doc = _model_with_uncertainty()
    for item in (*doc.paths, *doc.junctions):
        item.sd = None
    bands = monte_carlo(doc, "push", runs=50, seed=1, default_sd=0.0)
    plain = Simulator(doc, "push").run()
    for cid in plain.ids:
        for row in bands.percentiles[cid]:
            np.testing.assert_allclose(row, plain.series(cid), rtol=0, atol=1e-12)


def test_zero_sds_everywhere_give_no_width_even_with_a_default_given():
    doc = _model_with_uncertainty()
    for item in (*doc.paths, *doc.junctions):
        item.sd = 0.0
    bands = monte_carlo(doc, runs=30, seed=3, default_sd=0.5)
    width = bands.percentiles["loyalty"][-1] - bands.percentiles["loyalty"][0]
    assert np.max(np.abs(width)) == 0.0


def test_an_items_own_sd_beats_the_default_and_the_default_fills_the_rest():
    doc = _model_with_uncertainty()
    items = compile_model(doc).item_ids
    sds = weight_sds(doc, items, 0.07)
    own = {"ads__trust": 0.15, "trust__loyalty": 0.3, doc.junctions[0].id: 0.1}
    assert sds.tolist() == [own.get(item_id, 0.07) for item_id in items]
    assert weight_sds(doc, items, None).tolist() == [own.get(i, 0.0) for i in items]


def test_the_documents_default_sd_is_used_unless_one_is_given():
    doc = _model_with_uncertainty()
    from_file = monte_carlo(doc, runs=200, seed=9)
    given = monte_carlo(doc, runs=200, seed=9, default_sd=0.05)
    wider = monte_carlo(doc, runs=200, seed=9, default_sd=0.4)
    np.testing.assert_array_equal(from_file.weights, given.weights)
    column = from_file.item_ids.index("reviews__trust")  # no sd of its own
    assert wider.weights[:, column].std() > 5 * from_file.weights[:, column].std()


def test_drawn_weights_are_clipped_to_the_range_a_weight_may_take():
    doc = document(
        [construct("s", "stimulus", 0.9), construct("y", "response")],
        paths=[("s", "y", 0.95)],
    )
    doc.update_path("s__y", sd=1.0)
    bands = monte_carlo(doc, runs=2000, seed=4)
    assert bands.weights.max() == 1.0 and bands.weights.min() >= -1.0
    assert (bands.weights == 1.0).mean() > 0.4  # about half the draws lie above 1


def test_the_same_seed_gives_the_same_bands_and_another_seed_other_bands():
    doc = _model_with_uncertainty()
    first = monte_carlo(doc, runs=100, seed=77)
    again = monte_carlo(doc, runs=100, seed=77)
    other = monte_carlo(doc, runs=100, seed=78)
    np.testing.assert_array_equal(first.percentiles["loyalty"], again.percentiles["loyalty"])
    assert not np.array_equal(first.percentiles["loyalty"], other.percentiles["loyalty"])


def test_a_compiled_model_with_its_sds_gives_the_same_bands_as_the_document():
    doc = load_preset(DEFAULT_PRESET)
    model = compile_model(doc)
    sds = weight_sds(doc, model.item_ids, 0.05)
    focus = doc.settings.focus
    from_model = monte_carlo(model, runs=300, seed=8, sds=sds, constructs=focus)
    from_document = monte_carlo(doc, runs=300, seed=8, default_sd=0.05)
    assert from_model.ids == tuple(focus)
    for cid in focus:
        np.testing.assert_array_equal(from_model.percentiles[cid], from_document.percentiles[cid])
    np.testing.assert_array_equal(model.item_weights, compile_model(doc).item_weights)


def test_percentiles_are_ordered_at_every_step():
    bands = monte_carlo(_model_with_uncertainty(), runs=300, seed=10)
    for rows in bands.percentiles.values():
        assert np.all(np.diff(rows, axis=0) >= -1e-15)


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        ({"runs": 0}, "runs must be a whole number from 1"),
        ({"runs": 2.5}, "runs must be a whole number"),
        ({"runs": True}, "runs must be a whole number"),
        ({"runs": 10**9}, "runs must be a whole number from 1 to 1,000,000"),
        ({"seed": -1}, "seed must be a whole number from 0"),
        ({"default_sd": -0.1}, "default sd must be a number from 0 to 1"),
        ({"default_sd": float("nan")}, "default sd must be a number"),
        ({"scenario": "nowhere"}, "no scenario named 'nowhere'"),
    ],
)
def test_bad_arguments_are_refused_with_their_reason(arguments, words):
    with pytest.raises(EngineError, match=words):
        monte_carlo(_model_with_uncertainty(), **arguments)


def test_a_compiled_model_without_sds_is_refused():
    model = compile_model(_model_with_uncertainty())
    with pytest.raises(EngineError, match="needs the sds"):
        monte_carlo(model)
    with pytest.raises(EngineError, match="finite numbers from 0 on"):
        monte_carlo(model, sds=np.full(len(model.item_ids), -0.1))


def test_asking_for_an_unknown_band_names_the_problem():
    bands = monte_carlo(_model_with_uncertainty(), runs=5, seed=1, constructs=["loyalty"])
    with pytest.raises(EngineError, match="no construct 'trust'"):
        bands.series("trust", 50)
    with pytest.raises(EngineError, match="not 95"):
        bands.series("loyalty", 95)
