"""FCMpy's own runs reproduced through the public file formats, as an FCM user would do it.

An FCM matrix (CSV, source rows) is imported with the command line, the model file it writes
is simulated with ``simulate --set … --out``, and every step of the written series must equal
FCMpy's to 1e-9 (reference/fcmpy_reference.json, made by FCMpy itself in its own virtualenv).
The suite never imports fcmpy.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest

from synergy_gui.cli import main
from synergy_gui.engine import Simulator
from synergy_gui.model.fileformat import load_document, loads_document

REFERENCE = Path(__file__).parent / "reference" / "fcmpy_reference.json"
CASES = {c["name"]: c for c in json.loads(REFERENCE.read_text(encoding="utf-8"))["cases"]}
RULES = {"kosko": "kosko", "mKosko": "modified-kosko", "rescaled": "rescaled"}
TOLERANCE = 1e-9
EXAMPLE = "fcmpy_example#0/mKosko/sigmoid/1"  # the run FCMpy's documentation prints


def _matrix_csv(case: dict) -> str:
    names = case["concepts"]
    rows = [",".join(["", *names])]
    rows += [
        ",".join([name, *map(repr, row)]) for name, row in zip(names, case["matrix"], strict=True)
    ]
    return "\n".join(rows) + "\n"


def _through_the_files(folder: Path, case: dict, capsys) -> tuple[np.ndarray, str]:
    """Import the case's matrix, simulate the model file from its start; (series, report)."""
    (folder / "map.csv").write_text(_matrix_csv(case), encoding="utf-8")
    kind = "logistic" if case["transfer"] == "sigmoid" else case["transfer"]
    gain = case["lambda"] if case["lambda"] is not None else 1.0
    imported = ["import", str(folder / "map.csv"), "-o", str(folder / "map.synergy.json")]
    options = ["--rule", RULES[case["inference"]], "--activation", kind, "--gain", str(gain)]
    assert main([*imported, *options]) == 0, capsys.readouterr().err
    levels = [
        f"--set={name}={level!r}"
        for name, level in zip(case["concepts"], case["initial"], strict=True)
    ]
    series = folder / "series.csv"
    steps = str(len(case["steps"]) - 1)
    run = ["simulate", str(folder / "map.synergy.json"), "--steps", steps, "--out", str(series)]
    capsys.readouterr()
    assert main([*run, *levels]) == 0, capsys.readouterr().err
    report = capsys.readouterr().out
    with series.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    return np.array([[float(v) for v in row[1:]] for row in rows[1:]]), report


@pytest.mark.parametrize(
    "name",
    [
        EXAMPLE,
        "fcmpy_example#bipolar/mKosko/tanh",
        "fcmpy_example#bipolar/rescaled/tanh",
        "asymmetric_cycle#bipolar/rescaled/trivalent",
    ],
)
def test_fcmpys_example_with_its_self_loop_matches_fcmpy_at_every_step(name, tmp_path, capsys):
    case = CASES[name]
    ours, report = _through_the_files(tmp_path, case, capsys)
    expected = np.array(case["steps"])
    assert ours.shape == expected.shape
    assert np.max(np.abs(ours - expected)) <= TOLERANCE
    if case["converged"]:  # FCMpy stopped at its last row: so do we, and we count as it does
        step = len(expected) - 1
        assert f"at step {step}: FCMpy's state {case['converged_state']}" in report


def test_the_documented_run_converges_in_fcmpys_seventh_state(tmp_path, capsys):
    """FCMpy prints 'The values converged in the 7 state (e <= 0.001)' for its example."""
    case = CASES[EXAMPLE]
    assert (len(case["steps"]), case["converged_state"]) == (7, 7)
    _, report = _through_the_files(tmp_path, case, capsys)
    assert "Converged (max |Δx| ≤ 0.001) at step 6: FCMpy's state 7" in report


def test_a_tanh_map_runs_on_bipolar_levels_from_the_imported_file(tmp_path, capsys):
    case = CASES["fcmpy_example#bipolar/mKosko/tanh"]
    ours, _ = _through_the_files(tmp_path, case, capsys)
    document = load_document(tmp_path / "map.synergy.json")
    assert document.settings.level_range == "bipolar"
    assert ours.min() < -0.9  # levels FCMpy's tanh reaches and a unipolar model could not hold


def test_a_model_file_without_a_threshold_runs_fcmpys_sigmoid(tmp_path):
    """A hand-written FCM model file leaves the threshold out: under the FCM rules it is 0."""
    case = CASES[EXAMPLE]
    names = case["concepts"]
    constructs = [
        {"id": n, "label": n, "role": "organism", "initial": v}
        for n, v in zip(names, case["initial"], strict=True)
    ]
    paths = [
        {"id": f"{names[j]}_{names[i]}", "source": names[j], "target": names[i], "weight": w}
        for j, row in enumerate(case["matrix"])
        for i, w in enumerate(row)
        if w != 0.0
    ]
    text = json.dumps(
        {
            "format": "synergy-explorer",
            "version": 1,
            "settings": {
                "horizon": len(case["steps"]) - 1,
                "update_rule": "modified-kosko",
                "activation": {"kind": "logistic", "gain": 1.0},
            },
            "constructs": constructs,
            "paths": paths,
        }
    )
    result = Simulator(loads_document(text)).run()
    ours = np.column_stack([result.series(n) for n in names])
    assert np.max(np.abs(ours - np.array(case["steps"]))) <= TOLERANCE
