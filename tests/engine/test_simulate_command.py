"""``synergy-explorer simulate``: the table, the CSV and the JSON carry the engine's numbers."""

from __future__ import annotations

import csv
import json

import pytest
from engine_builders import chain, with_scenario

from synergy_gui.cli import main
from synergy_gui.engine import Simulator
from synergy_gui.model import Schedule
from synergy_gui.model.serialize import dumps


@pytest.fixture
def model_file(tmp_path):
    doc = with_scenario(chain(), "push", schedules={"s": Schedule("step", 1.0, 0.5, 2.0)})
    doc.update_meta(title="Chain")
    path = tmp_path / "chain.synergy.json"
    path.write_text(dumps(doc), encoding="utf-8")
    return path, doc


def test_table_shows_every_construct_with_its_final_and_steady_level(model_file, capsys):
    path, doc = model_file
    assert main(["simulate", str(path), "--scenario", "push", "--steps", "20"]) == 0
    out = capsys.readouterr().out
    simulator = Simulator(doc, "push")
    result, rest = simulator.run(20), simulator.steady_state()
    assert "Chain — scenario 'push', 20 steps (20 weeks)" in out
    for cid in ("s", "o", "r"):
        line = next(row for row in out.splitlines() if row.startswith(cid + " "))
        assert line.split()[-2:] == [f"{result.final(cid):.3f}", f"{rest.level(cid):.3f}"]
    assert f"Steady state: reached after {rest.steps} steps." in out


def test_csv_holds_the_full_series_with_a_time_column(model_file, tmp_path, capsys):
    path, doc = model_file
    out = tmp_path / "series.csv"
    assert main(["simulate", str(path), "--steps", "7", "--out", str(out)]) == 0
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    result = Simulator(doc).run(7)
    assert rows[0] == ["time", "s", "o", "r"]
    assert len(rows) == 9
    assert [[float(v) for v in row] for row in rows[1:]] == [
        [float(t), *map(float, levels)]
        for t, levels in zip(result.times, result.levels, strict=True)
    ]
    assert f"Time series written to {out}." in capsys.readouterr().out


def test_json_carries_final_levels_series_and_steady_state(model_file, capsys):
    path, doc = model_file
    assert main(["simulate", str(path), "--json", "--steps", "5"]) == 0
    data = json.loads(capsys.readouterr().out)
    result = Simulator(doc).run(5)
    assert data["final"] == result.finals()
    assert data["series"]["o"] == result.series("o").tolist()
    assert data["times"] == [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]
    assert data["steady_state"]["settled"] is True
    assert data["steady_state"]["levels"]["o"] == pytest.approx(0.65, abs=1e-9)


def test_set_holds_a_stimulus_instead_of_its_schedule_and_starts_an_organism(model_file, capsys):
    path, _ = model_file
    arguments = ["simulate", str(path), "--scenario", "push", "--json", "--steps", "4"]
    assert main([*arguments, "--set", "s=0.2", "--set", "o = 0.9"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["series"]["s"] == [0.2] * 5
    assert data["series"]["o"][0] == 0.9


def test_a_preset_name_works_as_file(capsys):
    assert main(["simulate", "synergistic_influence", "--steps", "3"]) == 0
    assert "digital_trust" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--scenario", "nope"], "has no scenario named 'nope' (scenarios: 'push')"),
        (["--set", "ghost=0.5"], "there is no construct 'ghost'"),
        (["--set", "s"], "write it as CONSTRUCT=LEVEL"),
        (["--set", "s=high"], "'high' is not a number"),
        (["--set", "s=1.5"], "the level must be from 0 to 1"),
    ],
)
def test_bad_scenario_or_set_exits_2_with_a_message(model_file, capsys, arguments, message):
    path, _ = model_file
    assert main(["simulate", str(path), *arguments]) == 2
    captured = capsys.readouterr()
    assert message in captured.err
    assert "Traceback" not in captured.err and captured.out == ""


def test_a_missing_or_broken_file_exits_2_naming_the_file_and_place(tmp_path, capsys):
    assert main(["simulate", str(tmp_path / "none.synergy.json")]) == 2
    assert "none.synergy.json: cannot be opened" in capsys.readouterr().err
    broken = tmp_path / "broken.synergy.json"
    data = json.loads(dumps(chain()))
    data["paths"][1]["weight"] = 3.0
    broken.write_text(json.dumps(data), encoding="utf-8")
    assert main(["simulate", str(broken)]) == 2
    assert "paths[1].weight" in capsys.readouterr().err


def test_steps_must_be_a_positive_whole_number(model_file, capsys):
    path, _ = model_file
    with pytest.raises(SystemExit) as stop:
        main(["simulate", str(path), "--steps", "0"])
    assert stop.value.code == 2
    assert "--steps: must be from 1" in capsys.readouterr().err


def test_an_unwritable_csv_exits_1_with_a_message(model_file, tmp_path, capsys):
    path, _ = model_file
    assert main(["simulate", str(path), "--out", str(tmp_path / "no" / "x.csv")]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_a_long_run_says_what_it_is_doing_on_stderr(capsys):
    from synergy_gui.cli import main

    assert main(["simulate", "synergistic_influence", "--steps", "400000", "--json"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("synergy-explorer simulate: simulating 400,000 weeks of 13 ")
    assert err[1:] == [f"  {p}%" for p in range(10, 101, 10)]
