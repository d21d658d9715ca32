"""Sensitivity: Sobol and Morris against the variance shares of a linear model worked out by
hand, the tornado against hand-computed steady states and independent single runs, the
ranges each parameter varies over, cancel, and the refusals."""

from __future__ import annotations

import sys

import numpy as np
import pytest
from engine_builders import construct, document, with_scenario
from numpy.testing import assert_allclose

from synergy_gui.engine import (
    EngineError,
    Simulator,
    compile_model,
    effects,
    sensitivity_runs,
    steady_state,
)
from synergy_gui.engine.sensitivity import (
    SensitivityRequest,
    SensitivityUnavailable,
    parameter_label,
    parameters_of,
    run_sensitivity,
)
from synergy_gui.model import Activation, Schedule

IDENTITY = Activation("identity")


def _linear_stimuli_model():
    """a, b, c -> m -> y with identity activations: y* − 0.5 = Σ c_i (s_i − 0.5) with
    c_a = 0.6·0.8 = 0.48, c_b = 0.3·0.8 + 0.2 = 0.44, c_c = −0.5 (by hand)."""
    return document(
        [
            construct("a", "stimulus", 0.5),
            construct("b", "stimulus", 0.3),
            construct("c", "stimulus", 0.05),
            construct("m", tau=(2.0, 1.0)),
            construct("y", "response", tau=(3.0, 3.0)),
        ],
        [("a", "m", 0.6), ("b", "m", 0.3), ("m", "y", 0.8), ("c", "y", -0.5), ("b", "y", 0.2)],
        activation=IDENTITY,
    )


def _shares(coefficients, widths):
    """Var(Σ c_i x_i) shares with x_i uniform over a width w_i: c_i² w_i² / 12 each."""
    parts = np.asarray(coefficients) ** 2 * np.asarray(widths) ** 2 / 12.0
    return parts / parts.sum()


def _stimuli_only(method: str, samples: int, week=None):
    names = ("stimulus:a", "stimulus:b", "stimulus:c")
    request = SensitivityRequest("y", week, method, samples, seed=7, only=names)
    return run_sensitivity(_linear_stimuli_model(), None, request)


# ------------------------------------------------------------------------- must show
def test_sobol_first_order_equals_the_variance_shares_of_stimuli_within_the_intervals():
    coefficients = {"a": 0.48, "b": 0.44, "c": -0.5}
    # c sits at 0.05, so its range [0, 0.15] is clipped: width 0.15 against 0.2 for a and b
    widths = {"a": 0.2, "b": 0.2, "c": 0.15}
    shares = _shares(list(coefficients.values()), list(widths.values()))
    expected = dict(zip(coefficients, shares, strict=True))
    result = _stimuli_only("sobol", 1024)
    for stimulus, share in expected.items():
        name = f"stimulus:{stimulus}"
        first, conf = result.figure(name, "S1"), result.figure(name, "S1_conf")
        assert abs(first - share) <= conf, (name, first, share, conf)
        total, total_conf = result.figure(name, "ST"), result.figure(name, "ST_conf")
        assert abs(total - share) <= total_conf, (name, total, share, total_conf)
        assert total + total_conf >= first - conf
    assert [p.name for p in result.parameters] == ["stimulus:a", "stimulus:b", "stimulus:c"]
    assert result.evaluations == 1024 * (3 + 2)


def test_the_coefficients_of_the_by_hand_shares_are_the_engines_total_effects():
    doc = _linear_stimuli_model()
    model = compile_model(doc)
    total = effects(model, steady_state(model).levels)
    by_hand = {"a": 0.48, "b": 0.44, "c": -0.5}
    for stimulus, coefficient in by_hand.items():
        assert total.of("y", stimulus)[2] == pytest.approx(coefficient, abs=1e-12)


def test_sobol_over_weights_equals_their_variance_shares_when_the_outcome_is_linear_in_them():
    """With the stimuli held, y* − 0.5 = Σ w_i (s_i − 0.5): linear in the varied weights."""
    doc = document(
        [
            construct("s1", "stimulus", 0.9),
            construct("s2", "stimulus", 0.2),
            construct("s3", "stimulus", 0.7),
            construct("y", "response"),
        ],
        [("s1", "y", 0.3), ("s2", "y", 0.2), ("s3", "y", -0.1)],
        activation=IDENTITY,
    )
    sds = {"s1": 0.1, "s2": 0.05, "s3": 0.2}
    for path in doc.paths:
        doc.update_path(path.id, sd=sds[path.source])
    names = tuple(f"path:{p.id}" for p in doc.paths)
    request = SensitivityRequest("y", None, "sobol", 2048, seed=3, only=names)
    result = run_sensitivity(doc, None, request)
    deviations = [0.4, -0.3, 0.2]
    widths = [2 * sds[p.source] for p in doc.paths]
    for name, share in zip(names, _shares(deviations, widths), strict=True):
        first, conf = result.figure(name, "S1"), result.figure(name, "S1_conf")
        assert abs(first - share) <= conf, (name, first, share, conf)
        assert result.figure(name, "ST") + result.figure(name, "ST_conf") >= first - conf


def test_morris_mu_star_is_the_change_across_the_whole_range_on_a_linear_model():
    result = _stimuli_only("morris", 20)
    for stimulus, coefficient, width in (("a", 0.48, 0.2), ("b", 0.44, 0.2), ("c", -0.5, 0.15)):
        name = f"stimulus:{stimulus}"
        assert result.figure(name, "mu_star") == pytest.approx(abs(coefficient) * width, abs=1e-6)
        assert result.figure(name, "mu") == pytest.approx(coefficient * width, abs=1e-6)
        assert result.figure(name, "sigma") == pytest.approx(0.0, abs=1e-6)
    assert result.evaluations == 20 * (3 + 1)


def _small_clip_model():
    """s (0.7) -> a (w 0.4, sd 0.05) -> o (w 0.5, no sd); clip activation, baseline 0.5."""
    doc = document(
        [construct("s", "stimulus", 0.7), construct("a"), construct("o", "response")],
        [("s", "a", 0.4), ("a", "o", 0.5)],
    )
    doc.update_path(doc.paths[0].id, sd=0.05)
    return doc


def test_tornado_where_it_settles_matches_the_numbers_worked_out_by_hand():
    # a* = 0.5 + w_sa (s − 0.5), o* = 0.5 + w_ao (a* − 0.5)
    result = run_sensitivity(_small_clip_model(), None, SensitivityRequest("o"))
    assert result.base == pytest.approx(0.5 + 0.5 * 0.4 * 0.2, abs=1e-8)  # 0.54
    rows = result.as_dict()
    assert list(rows) == ["stimulus:s", "path:a__o", "path:s__a"]  # swings .04, .016, .01
    expected = {
        "stimulus:s": (0.5 + 0.5 * 0.4 * 0.1, 0.5 + 0.5 * 0.4 * 0.3),  # s 0.6 / 0.8
        "path:a__o": (0.5 + 0.4 * 0.08, 0.5 + 0.6 * 0.08),  # ± 0.1: no sd
        "path:s__a": (0.5 + 0.5 * 0.35 * 0.2, 0.5 + 0.5 * 0.45 * 0.2),  # ± its sd 0.05
    }
    for name, (low, high) in expected.items():
        assert rows[name]["low"] == pytest.approx(low, abs=1e-8)
        assert rows[name]["high"] == pytest.approx(high, abs=1e-8)


def test_tornado_at_a_week_matches_single_runs_of_the_edited_model():
    doc = _small_clip_model()
    doc.update_construct("a", tau_rise=3.0, tau_fall=2.0)
    result = run_sensitivity(doc, None, SensitivityRequest("o", week=5))
    for name, item, edits in (
        ("path:s__a", "s__a", (0.35, 0.45)),
        ("path:a__o", "a__o", (0.4, 0.6)),
    ):
        for figure, weight in zip(("low", "high"), edits, strict=True):
            edited = doc.clone()
            edited.set_weight(item, weight)
            expected = Simulator(edited).run(5).final("o")
            assert result.figure(name, figure) == pytest.approx(expected, abs=1e-12)
    for figure, level in (("low", 0.6), ("high", 0.8)):
        edited = doc.clone()
        edited.update_construct("s", initial=level)
        assert result.figure("stimulus:s", figure) == pytest.approx(
            Simulator(edited).run(5).final("o"), abs=1e-12
        )
    assert result.base == pytest.approx(Simulator(doc).run(5).final("o"), abs=1e-12)


def test_a_scheduled_stimulus_moves_its_whole_schedule_clipped_at_each_step():
    doc = with_scenario(
        _small_clip_model(), "pulse", schedules={"s": Schedule("pulse", 0.95, 0.3, 2.0, 3.0)}
    )
    result = run_sensitivity(doc, "pulse", SensitivityRequest("o", week=6))
    (stimulus,) = [
        p for p in parameters_of(doc, compile_model(doc, "pulse")) if p.kind == "stimulus"
    ]
    assert (stimulus.value, stimulus.low, stimulus.high) == pytest.approx((0.3, 0.2, 0.4))
    # +0.1: base 0.4, pulse 1.0 (0.95 + 0.1 clipped); −0.1: base 0.2, pulse 0.85
    for figure, base, pulse in (("high", 0.4, 1.0), ("low", 0.2, 0.85)):
        shifted = doc.clone()
        shifted.set_schedule("pulse", "s", Schedule("pulse", pulse, base, 2.0, 3.0))
        expected = Simulator(shifted, "pulse").run(6).final("o")
        assert result.figure("stimulus:s", figure) == pytest.approx(expected, abs=1e-12)


# ------------------------------------------------------------------------- parameters
def test_each_parameter_varies_over_its_sd_the_models_default_or_a_tenth_clipped_to_range():
    doc = document(
        [construct("s", "stimulus", 0.95), construct("t", "stimulus", 0.4), construct("o")],
        [("s", "o", 0.95), ("t", "o", -0.2)],
        [(["s", "t"], "o", 0.1)],
    )
    doc.update_path("s__o", sd=0.2)
    found = {p.name: (p.value, p.low, p.high) for p in parameters_of(doc, compile_model(doc))}
    junction = doc.junctions[0].id
    expected = {
        "path:s__o": (0.95, 0.75, 1.0),  # ± its sd, clipped at 1
        "path:t__o": (-0.2, -0.3, -0.1),  # no sd: ± 0.1
        f"junction:{junction}": (0.1, 0.0, 0.2),
        "stimulus:s": (0.95, 0.85, 1.0),  # ± 0.1 clipped at 1
        "stimulus:t": (0.4, 0.3, 0.5),
    }
    assert list(found) == list(expected)
    for name, ranged in expected.items():
        assert found[name] == pytest.approx(ranged), name
    doc.update_settings(default_sd=0.03)
    found = {p.name: (p.low, p.high) for p in parameters_of(doc, compile_model(doc))}
    assert found["path:t__o"] == pytest.approx((-0.23, -0.17))  # the model's default sd
    assert found["path:s__o"] == pytest.approx((0.75, 1.0))  # its own sd still wins


def test_parameters_read_as_labels():
    doc = _small_clip_model()
    labels = [parameter_label(doc, p) for p in parameters_of(doc, compile_model(doc))]
    assert labels == ["S → A", "A → O", "S"]


def test_a_weight_with_sd_zero_is_held_and_named_in_a_note():
    doc = _linear_stimuli_model()
    doc.update_path("m__y", sd=0.0)
    result = run_sensitivity(doc, None, SensitivityRequest("y", None, "morris", 4))
    assert "path:m__y" not in result.as_dict()
    assert any("path:m__y" in note for note in result.notes)


# --------------------------------------------------------------------- progress, cancel
class _StopError(Exception):
    pass


def test_progress_rises_to_one_and_a_raising_callback_stops_between_chunks(monkeypatch):
    monkeypatch.setattr(sensitivity_runs, "CHUNK_CELLS", 30)  # a run per chunk
    shares = []
    run_sensitivity(
        _linear_stimuli_model(), None, SensitivityRequest("y", 4, "tornado"), shares.append
    )
    assert len(shares) > 3 and shares == sorted(shares) and shares[-1] == pytest.approx(0.95)
    calls = []

    def cancel_at_second(share: float) -> None:
        calls.append(share)
        if len(calls) == 2:
            raise _StopError

    with pytest.raises(_StopError):
        run_sensitivity(
            _linear_stimuli_model(), None, SensitivityRequest("y", 4, "tornado"), cancel_at_second
        )
    assert len(calls) == 2  # nothing ran after the cancel


# -------------------------------------------------------------------------- refusals
@pytest.mark.parametrize(
    ("request_", "words"),
    [
        (SensitivityRequest("nothing"), ["no construct 'nothing'", "m, y"]),
        (SensitivityRequest("a"), ["'a' is set by the scenario", "m, y"]),
        (SensitivityRequest("y", method="fast"), ["unknown method 'fast'", "sobol"]),
        (SensitivityRequest("y", week=-1), ["week must be a number from 0"]),
        (SensitivityRequest("y", method="sobol", samples=1000), ["power of two", "512 or 1024"]),
        (SensitivityRequest("y", method="morris", samples=1), ["from 2"]),
        (SensitivityRequest("y", only=("path:nope",)), ["no parameter 'path:nope'"]),
    ],
)
def test_bad_requests_are_refused_with_a_reason(request_, words):
    with pytest.raises(EngineError) as refused:
        run_sensitivity(_linear_stimuli_model(), None, request_)
    for word in words:
        assert word in str(refused.value)


def test_without_salib_sobol_says_how_to_get_it_and_the_tornado_still_runs(monkeypatch):
    for name in [name for name in sys.modules if name.split(".")[0] == "SALib"] + ["SALib"]:
        monkeypatch.setitem(sys.modules, name, None)
    with pytest.raises(SensitivityUnavailable, match=r"install the program with pip"):
        run_sensitivity(_linear_stimuli_model(), None, SensitivityRequest("y", None, "sobol", 64))
    tornado = run_sensitivity(_linear_stimuli_model(), None, SensitivityRequest("y"))
    # a at 0.6, b at 0.3, c at 0.05: 0.5 + 0.48·0.1 + 0.44·(−0.2) − 0.5·(−0.45)
    assert tornado.figure("stimulus:a", "high") == pytest.approx(0.685, abs=1e-8)


def test_the_default_preset_runs_every_method_with_finite_ranked_figures():
    from synergy_gui.model.presets import load_preset

    doc = load_preset("synergistic_influence")
    for method, samples in (("sobol", 64), ("morris", 4)):
        result = run_sensitivity(doc, None, SensitivityRequest("loyalty", 26, method, samples))
        assert len(result.parameters) == len(doc.paths) + len(doc.junctions) + 5
        for values in result.figures.values():
            assert np.isfinite(values).all()
        key = "ST" if method == "sobol" else "mu_star"
        assert_allclose(result.figures[key], np.sort(result.figures[key])[::-1])
