"""``synergy-explorer sensitivity``: JSON, table and CSV carry the engine's figures; bad
arguments end with exit 2 and a reason; without SALib, Sobol says how to get it; the
installer leaves the optional extra out."""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from synergy_gui.cli import main
from synergy_gui.engine.sensitivity import UNAVAILABLE, SensitivityRequest, run_sensitivity
from synergy_gui.io.sensitivity_table import read_sensitivity_csv, sensitivity_header
from synergy_gui.model import Construct, ModelDocument
from synergy_gui.model.serialize import dumps

REPO = Path(__file__).resolve().parent.parent


def _small_model() -> ModelDocument:
    """s (0.7) -> a (w 0.4, sd 0.05) -> o (w 0.5); clip activation, baseline 0.5."""
    doc = ModelDocument()
    doc.add_construct(Construct("s", "Spend", role="stimulus", initial=0.7))
    doc.add_construct(Construct("a", "Attention"))
    doc.add_construct(Construct("o", "Outcome", role="response"))
    doc.connect("s", "a", 0.4)
    doc.connect("a", "o", 0.5)
    doc.update_path("s__a", sd=0.05)
    doc.update_meta(title="Small")
    return doc


@pytest.fixture
def model_file(tmp_path: Path) -> Path:
    path = tmp_path / "small.synergy.json"
    path.write_text(dumps(_small_model()), encoding="utf-8")
    return path


def _json(capsys, *arguments: str) -> dict:
    assert main(["sensitivity", *arguments, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_tornado_json_gives_each_parameter_the_outcome_low_and_high_by_hand(model_file, capsys):
    data = _json(capsys, str(model_file), "--outcome", "o")
    assert data["method"] == "tornado" and data["week"] is None
    assert data["base"] == pytest.approx(0.54, abs=1e-8)
    parameters = data["parameters"]
    assert list(parameters) == ["stimulus:s", "path:a__o", "path:s__a"]
    expected = {
        "stimulus:s": (0.52, 0.56),
        "path:a__o": (0.532, 0.548),
        "path:s__a": (0.535, 0.545),
    }
    for name, (low, high) in expected.items():
        assert parameters[name]["low"] == pytest.approx(low, abs=1e-8)
        assert parameters[name]["high"] == pytest.approx(high, abs=1e-8)
    assert parameters["path:s__a"]["label"] == "Spend → Attention"
    assert (parameters["path:s__a"]["input_low"], parameters["path:s__a"]["input_high"]) == (
        pytest.approx(0.35),
        pytest.approx(0.45),
    )


def test_sobol_and_morris_json_carry_the_engines_figures(model_file, capsys):
    for method, samples, figures in (
        ("sobol", 128, ("S1", "S1_conf", "ST", "ST_conf")),
        ("morris", 10, ("mu_star", "sigma")),
    ):
        arguments = ["--outcome", "o", "--week", "6", "--method", method]
        data = _json(capsys, str(model_file), *arguments, "--samples", str(samples))
        request = SensitivityRequest("o", 6.0, method, samples, seed=12)
        expected = run_sensitivity(_small_model(), None, request).as_dict()
        assert list(data["parameters"]) == list(expected)
        for name, values in expected.items():
            for figure in figures:
                assert data["parameters"][name][figure] == pytest.approx(values[figure], abs=1e-12)
        assert data["evaluations"] == samples * (3 + (2 if method == "sobol" else 1))


def test_the_seed_changes_sobol_samples_and_the_same_seed_repeats_them(model_file, capsys):
    arguments = [str(model_file), "--outcome", "o", "--method", "sobol", "--samples", "64"]
    first = _json(capsys, *arguments, "--seed", "1")["parameters"]
    again = _json(capsys, *arguments, "--seed", "1")["parameters"]
    other = _json(capsys, *arguments, "--seed", "2")["parameters"]
    assert first == again
    assert first["stimulus:s"]["S1"] != other["stimulus:s"]["S1"]


def test_csv_out_round_trips_to_the_printed_figures(model_file, tmp_path, capsys):
    target = tmp_path / "tornado.csv"
    assert main(["sensitivity", str(model_file), "--outcome", "Outcome", "--out", str(target)]) == 0
    out = capsys.readouterr().out
    assert f"Table written to {target}." in out
    assert "tornado sensitivity of o where it settles (base 0.5400" in out
    with target.open(newline="", encoding="utf-8") as handle:
        assert tuple(next(csv.reader(handle))) == sensitivity_header("tornado")
    rows = read_sensitivity_csv(target)
    result = run_sensitivity(_small_model(), None, SensitivityRequest("o"))
    assert [row["parameter"] for row in rows] == [p.name for p in result.parameters]
    for rank, row in enumerate(rows):
        assert row["rank"] == rank + 1
        assert row["low"] == result.figures["low"][rank]  # repr floats read back exactly
        assert row["high"] == result.figures["high"][rank]
        assert (row["method"], row["outcome"], row["week"]) == ("tornado", "o", None)
    assert rows[0]["label"] == "Spend" and rows[0]["input_low"] == pytest.approx(0.6)
    assert not list(tmp_path.glob(".tornado.csv.*"))  # no temporary file left behind


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        (["--outcome", "trust"], ["no construct 'trust'", "outcomes: a, o"]),
        (["--outcome", "s"], ["'s' is set by the scenario", "outcomes: a, o"]),
        (["--outcome", "o", "--method", "sobol", "--samples", "1000"], ["512 or 1024"]),
        (["--outcome", "o", "--method", "sobol", "--samples", "1"], ["power of two from 2"]),
        (["--outcome", "o", "--samples", "64"], ["--samples is for sobol and morris"]),
        (["--outcome", "o", "--scenario", "nope"], ["no scenario named 'nope'"]),
        (["--outcome", "o", "--week", "-1"], ["--week", "from 0"]),
        (["--outcome", "o", "--week", "soon"], ["--week", "must be a number"]),
        (["--outcome", "o", "--week", "1e300"], ["at most 1e+06, the longest run (got 1e+300)"]),
        (["--outcome", "o", "--method", "fast"], ["--method", "invalid choice"]),
        ([], ["--outcome"]),
    ],
)
def test_bad_arguments_exit_2_with_a_reason(model_file, capsys, arguments, words):
    assert _status(["sensitivity", str(model_file), *arguments]) == 2
    err = capsys.readouterr().err
    for word in words:
        assert word in err
    assert "Traceback" not in err


def _status(arguments: list[str]) -> int:
    """The exit status, whether ``main`` returns it or argparse exits with it."""
    try:
        return main(arguments)
    except SystemExit as stopped:
        return int(stopped.code)


def test_a_missing_file_is_refused(tmp_path, capsys):
    assert main(["sensitivity", str(tmp_path / "none.synergy.json"), "--outcome", "o"]) == 2
    assert "none.synergy.json" in capsys.readouterr().err


def test_without_salib_sobol_names_the_extra_and_the_tornado_still_works(
    model_file, capsys, monkeypatch
):
    for name in [name for name in sys.modules if name.split(".")[0] == "SALib"] + ["SALib"]:
        monkeypatch.setitem(sys.modules, name, None)
    assert main(["sensitivity", str(model_file), "--outcome", "o", "--method", "sobol"]) == 1
    err = capsys.readouterr().err
    assert UNAVAILABLE in err and "Traceback" not in err
    assert main(["sensitivity", str(model_file), "--outcome", "o"]) == 0


# ------------------------------------------------------------------------- installer
def _trim():
    spec = importlib.util.spec_from_file_location("trim", REPO / "packaging" / "trim.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_installer_excludes_salib_and_what_it_pulls():
    trim = _trim()
    for name in ("SALib", "scipy", "pandas", "multiprocess"):
        assert name in trim.EXCLUDED_MODULES
    spec_text = (REPO / "packaging" / "synergy_explorer.spec").read_text(encoding="utf-8")
    assert "excludes=trim.EXCLUDED_MODULES" in spec_text


def test_every_module_imports_and_the_tornado_runs_without_the_optional_extra():
    """What the bundle has: no SALib, scipy, pandas or multiprocess anywhere."""
    script = """
import importlib, pkgutil, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('SALib', 'scipy', 'pandas', 'multiprocess', 'dill'):
            raise ImportError('blocked for this test: ' + name)
sys.meta_path.insert(0, Block())
import synergy_gui
for info in pkgutil.walk_packages(synergy_gui.__path__, 'synergy_gui.'):
    if not info.name.endswith('__main__'):  # that one opens the window
        importlib.import_module(info.name)
from synergy_gui.engine.sensitivity import SensitivityRequest, SensitivityUnavailable
from synergy_gui.engine.sensitivity import run_sensitivity
from synergy_gui.model.presets import load_preset
doc = load_preset('synergistic_influence')
tornado = run_sensitivity(doc, None, SensitivityRequest('loyalty'))
try:
    run_sensitivity(doc, None, SensitivityRequest('loyalty', None, 'sobol', 64))
except SensitivityUnavailable as error:
    print(len(tornado.parameters), error)
"""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True,
        env=environment, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    count, _, message = done.stdout.strip().partition(" ")
    assert count == "23"
    assert UNAVAILABLE in message
