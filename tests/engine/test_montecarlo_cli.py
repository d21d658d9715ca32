"""``synergy-explorer montecarlo``: the table, the JSON and the CSV carry the engine's bands;
bad arguments exit 2 with the reason."""

from __future__ import annotations

import csv
import json

import numpy as np
import pytest
from engine_builders import chain, with_scenario

from synergy_gui.cli import main
from synergy_gui.commandline import montecarlo_command
from synergy_gui.engine import montecarlo
from synergy_gui.engine.montecarlo import PERCENTILE_NAMES, monte_carlo
from synergy_gui.model import Schedule
from synergy_gui.model.serialize import dumps


@pytest.fixture
def model_file(tmp_path):
    doc = with_scenario(chain(), "push", schedules={"s": Schedule("step", 1.0, 0.5, 2.0)})
    doc.update_meta(title="Chain")
    doc.update_path(doc.paths[0].id, sd=0.2)
    doc.update_settings(horizon=12, default_sd=0.1)
    path = tmp_path / "chain.synergy.json"
    path.write_text(dumps(doc), encoding="utf-8")
    return path, doc


def test_json_has_the_percentile_series_of_every_construct(model_file, capsys):
    path, doc = model_file
    arguments = ["montecarlo", str(path), "--runs", "150", "--seed", "4", "--scenario", "push"]
    assert main([*arguments, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    bands = monte_carlo(doc, "push", runs=150, seed=4)
    assert data["time"] == [float(t) for t in bands.times]
    assert (data["runs"], data["seed"], data["scenario"]) == (150, 4, "push")
    assert data["default_sd"] == 0.1
    assert set(data["constructs"]) == {"s", "o", "r"}
    for cid, series in data["constructs"].items():
        assert list(series) == ["p10", "p25", "p50", "p75", "p90"]
        np.testing.assert_array_equal(np.array(list(series.values())), bands.percentiles[cid])
    assert data["constructs"]["r"]["p90"][-1] > data["constructs"]["r"]["p10"][-1]


def test_csv_has_a_row_per_time_and_construct(model_file, tmp_path, capsys):
    path, doc = model_file
    out = tmp_path / "bands.csv"
    assert main(["montecarlo", str(path), "--runs", "40", "--out", str(out)]) == 0
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    bands = monte_carlo(doc, runs=40, seed=montecarlo.DEFAULT_SEED)
    assert rows[0] == ["time", "construct", *PERCENTILE_NAMES]
    assert len(rows) == 1 + 13 * 3
    step, cid = 5, "o"
    row = next(r for r in rows[1:] if float(r[0]) == float(bands.times[step]) and r[1] == cid)
    assert [float(v) for v in row[2:]] == bands.percentiles[cid][:, step].tolist()
    assert f"Bands written to {out}." in capsys.readouterr().out


def test_the_table_gives_the_final_percentiles_and_says_what_the_bands_are(model_file, capsys):
    path, doc = model_file
    assert main(["montecarlo", str(path), "--runs", "60", "--default-sd", "0"]) == 0
    out = capsys.readouterr().out
    bands = monte_carlo(doc, runs=60, seed=montecarlo.DEFAULT_SEED, default_sd=0.0)
    assert "Chain — no scenario, 60 runs (seed 12)" in out
    assert "not noise over time" in out
    assert "default sd where unknown: 0." in out
    line = next(row for row in out.splitlines() if row.startswith("r "))
    assert line.split()[1:] == [f"{v:.3f}" for v in bands.percentiles["r"][:, -1]]


def test_default_sd_from_the_command_line_replaces_the_models(model_file, capsys):
    path, _ = model_file
    main(["montecarlo", str(path), "--runs", "300", "--json", "--default-sd", "0"])
    narrow = json.loads(capsys.readouterr().out)["constructs"]["r"]
    main(["montecarlo", str(path), "--runs", "300", "--json", "--default-sd", "0.5"])
    wide = json.loads(capsys.readouterr().out)["constructs"]["r"]
    assert wide["p90"][-1] - wide["p10"][-1] > narrow["p90"][-1] - narrow["p10"][-1]


def test_the_cli_and_the_engine_have_the_same_defaults():
    assert montecarlo_command.DEFAULT_RUNS == montecarlo.DEFAULT_RUNS
    assert montecarlo_command.DEFAULT_SEED == montecarlo.DEFAULT_SEED


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--runs", "0"], "argument --runs: must be 1 or more"),
        (["--runs", "many"], "argument --runs: must be a whole number"),
        (["--seed", "-3"], "argument --seed: must be 0 or more"),
        (["--default-sd", "-0.1"], "argument --default-sd: must be a number from 0 to 1"),
        (["--default-sd", "nan"], "argument --default-sd: must be a number from 0 to 1"),
    ],
)
def test_bad_options_exit_2_with_the_reason(model_file, capsys, arguments, message):
    path, _ = model_file
    with pytest.raises(SystemExit) as stop:
        main(["montecarlo", str(path), *arguments])
    assert stop.value.code == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--scenario", "ghost"], "has no scenario named 'ghost' (scenarios: 'push')"),
        (["--runs", "2000000"], "runs must be a whole number from 1 to 1,000,000"),
    ],
)
def test_a_bad_scenario_or_absurd_run_count_exits_2(model_file, capsys, arguments, message):
    path, _ = model_file
    assert main(["montecarlo", str(path), *arguments]) == 2
    captured = capsys.readouterr()
    assert message in captured.err and captured.err.startswith("synergy-explorer montecarlo: ")
    assert "Traceback" not in captured.err and captured.out == ""


def test_more_runs_than_memory_holds_are_refused_before_any_is_run(capsys):
    assert main(["montecarlo", "synergistic_influence", "--runs", "900000"]) == 2
    assert "900,000 runs of 52 steps of this model do not fit in memory; at most" in (
        capsys.readouterr().err
    )


def test_an_unreadable_file_exits_2_naming_it(tmp_path, capsys):
    assert main(["montecarlo", str(tmp_path / "none.synergy.json")]) == 2
    assert "none.synergy.json: cannot be opened" in capsys.readouterr().err
    broken = tmp_path / "broken.synergy.json"
    data = json.loads(dumps(chain()))
    data["paths"][0]["sd"] = -0.2
    broken.write_text(json.dumps(data), encoding="utf-8")
    assert main(["montecarlo", str(broken)]) == 2
    assert "paths[0].sd" in capsys.readouterr().err


def test_a_preset_name_works_as_file(capsys):
    assert main(["montecarlo", "synergistic_influence", "--runs", "20", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "loyalty" in data["constructs"] and len(data["time"]) == 53
