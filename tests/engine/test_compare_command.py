"""``synergy-explorer compare``: the table, the JSON and the CSV carry the engine's comparison."""

from __future__ import annotations

import csv
import json

import pytest
from engine_builders import chain, with_scenario

from synergy_gui.cli import main
from synergy_gui.engine.compare import METRIC_FIELDS, compare
from synergy_gui.io.comparison_table import comparison_rows, comparison_text
from synergy_gui.model import Schedule
from synergy_gui.model.presets import load_preset
from synergy_gui.model.serialize import dumps

LABELS = {"s": "S", "o": "O", "r": "R"}


@pytest.fixture
def model_file(tmp_path):
    doc = with_scenario(chain(), "push", schedules={"s": Schedule("step", 1.0, 0.5, 2.0)})
    with_scenario(doc, "hold", clamps={"o": 0.9}, horizon=30)
    doc.update_meta(title="Chain")
    doc.update_settings(focus=["r"])
    path = tmp_path / "chain.synergy.json"
    path.write_text(dumps(doc), encoding="utf-8")
    return path, doc


def _json(capsys, *arguments) -> dict:
    assert main(["compare", *map(str, arguments), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_table_is_the_engines_comparison_of_as_drawn_and_every_scenario(model_file, capsys):
    path, doc = model_file
    assert main(["compare", str(path)]) == 0
    out = capsys.readouterr().out
    comparison = compare(doc, [None, "push", "hold"], ["r"])
    title = "Chain — 3 scenarios compared with As drawn, sor rule"
    assert out == f"{title}\n\n{comparison_text(comparison, LABELS, 'week')}\n"
    row = next(line for line in out.splitlines() if line.startswith("R "))
    assert row.split("│")[2].split()[0] == f"{comparison.value('push', 'r'):.3f}"


def test_json_carries_every_metric_and_difference_of_the_engine(model_file, capsys):
    path, doc = model_file
    data = _json(capsys, path, "hold", "as drawn", "--reference", "As drawn")
    comparison = compare(doc, ["hold", None], ["r"], reference=None)
    assert {k: data[k] for k in ("file", "title", "reference", "thresholds", "time_unit")} == {
        "file": str(path),
        "title": "Chain",
        "reference": "As drawn",
        "thresholds": {},
        "time_unit": "week",
    }
    assert data["steps"] == 52
    assert list(data["scenarios"]) == ["hold", "As drawn"]
    assert data["scenarios"]["hold"]["steps"] == 30
    assert data["scenarios"]["As drawn"]["name"] is None
    for key, label in (("hold", "hold"), (None, "As drawn")):
        metrics = data["scenarios"][label]["constructs"]["r"]
        for field in METRIC_FIELDS:
            assert metrics[field] == comparison.value(key, "r", field)
            assert metrics["difference"][field] == comparison.difference(key, "r", field)
    assert data["scenarios"]["As drawn"]["constructs"]["r"]["reaches_at"] is None


def test_a_threshold_adds_its_construct_and_says_when_it_is_reached(model_file, capsys):
    path, doc = model_file
    data = _json(capsys, path, "--threshold", "o=0.55", "push", "--threshold", "r=0.99")
    assert list(data["constructs"]) == ["r", "o"]
    assert data["thresholds"] == {"o": 0.55, "r": 0.99}
    comparison = compare(doc, ["push"], ["r", "o"], {"o": 0.55, "r": 0.99})
    push = data["scenarios"]["push"]["constructs"]
    assert push["o"]["reaches_at"] == comparison.value("push", "o", "reaches_at") is not None
    assert push["r"]["reaches_at"] is None  # never


def test_scenarios_are_named_in_any_order_and_as_drawn_in_any_case(model_file, capsys):
    path, _ = model_file
    data = _json(capsys, path, "push", "--reference", "AS DRAWN", "As drawn", "push")
    assert list(data["scenarios"]) == ["push", "As drawn"]
    assert data["reference"] == "As drawn"


def test_csv_is_written_with_the_engines_rows(model_file, tmp_path, capsys):
    path, doc = model_file
    out = tmp_path / "comparison.csv"
    assert main(["compare", str(path), "--threshold", "r=0.5", "--out", str(out)]) == 0
    assert f"Comparison written to {out}." in capsys.readouterr().out
    with out.open(newline="", encoding="utf-8") as handle:
        written = list(csv.reader(handle))
    comparison = compare(doc, [None, "push", "hold"], ["r"], {"r": 0.5})
    header, rows = comparison_rows(comparison, LABELS)
    assert tuple(written[0]) == header
    assert len(written) == 1 + len(rows) == 4
    for line, row in zip(written[1:], rows, strict=True):
        assert line[:3] == row[:3]
        assert [float(cell) if cell else None for cell in line[3:10]] == row[3:10]


def test_a_preset_name_works_as_file(capsys):
    data = _json(capsys, "kol_koc_journey")
    names = [s.name for s in load_preset("kol_koc_journey").scenarios]
    assert list(data["scenarios"]) == ["As drawn", *names]
    assert list(data["constructs"]) == ["brand_awareness", "brand_trust", "purchase", "loyalty"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["nope"], "scenario 'nope': {file} has no such scenario (scenarios: 'push', 'hold';"),
        ([""], "scenario '': {file} has no such scenario"),
        (["--reference", "nope"], "--reference 'nope': {file} has no such scenario"),
        (["push", "--reference", "hold"], "--reference 'hold' is not compared (compared: 'push')"),
        (["--threshold", "r"], "--threshold 'r': write it as CONSTRUCT=LEVEL"),
        (["--threshold", "ghost=0.5"], "there is no construct 'ghost' (constructs: s, o, r)"),
        (["--threshold", "r=high"], "--threshold 'r=high': 'high' is not a number"),
        (["--threshold", "r=1.5"], "--threshold 'r=1.5': the level must be from 0 to 1"),
        (["--threshold", "r=nan"], "the level must be from 0 to 1"),
    ],
)
def test_bad_input_exits_2_with_one_line(model_file, capsys, arguments, message):
    path, _ = model_file
    assert main(["compare", str(path), *arguments]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("synergy-explorer compare: ")
    assert message.format(file=path) in captured.err
    assert len(captured.err.splitlines()) == 1
    assert "Traceback" not in captured.err and captured.out == ""


def test_a_missing_or_broken_file_exits_2_in_one_line_naming_the_place(tmp_path, capsys):
    assert main(["compare", str(tmp_path / "none.synergy.json")]) == 2
    err = capsys.readouterr().err
    assert "none.synergy.json: cannot be opened: " in err and len(err.splitlines()) == 1
    broken = tmp_path / "broken.synergy.json"
    data = json.loads(dumps(chain()))
    data["paths"][1]["weight"] = 3.0
    data["constructs"][0]["role"] = "boss"
    broken.write_text(json.dumps(data), encoding="utf-8")
    assert main(["compare", str(broken)]) == 2
    err = capsys.readouterr().err
    assert "broken.synergy.json: cannot be opened: " in err
    assert "(and 1 more; validate lists them)" in err and len(err.splitlines()) == 1


def test_an_unwritable_csv_exits_1_with_a_message(model_file, tmp_path, capsys):
    path, _ = model_file
    assert main(["compare", str(path), "--out", str(tmp_path / "no" / "t.csv")]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_a_threshold_may_name_a_construct_by_its_label(capsys):
    from synergy_gui.cli import main

    assert main(["compare", "kol_koc_journey", "--threshold", "Brand Trust=0.6", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["thresholds"] == {"brand_trust": 0.6}
