"""``synergy-explorer goalseek``: the answers carry the engine's numbers; bad input exits 2."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from synergy_gui.cli import EXIT_BAD_INPUT, main
from synergy_gui.engine import Simulator
from synergy_gui.model import Scenario
from synergy_gui.model.fileformat import save_document
from synergy_gui.model.presets import load_preset

PRESET = "synergistic_influence"


def _run(arguments: list[str]) -> int:
    try:
        return main(arguments)
    except SystemExit as stop:
        return int(stop.code or 0)


def _loyalty_at(lever: str, level: float, week: int = 26) -> float:
    document = load_preset(PRESET)
    document.update_construct(lever, initial=level)
    return float(Simulator(document).run().series("loyalty")[week])


def test_one_lever_json_gives_a_level_that_a_plain_run_confirms(capsys):
    command = [
        "goalseek", PRESET, "--outcome", "loyalty", "--target", "0.58", "--by", "26",
        "--lever", "interactivity", "--json",
    ]  # fmt: skip
    assert _run(command) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["reachable"] is True
    assert data["best_level"] == data["level"]
    assert _loyalty_at("interactivity", data["level"]) == pytest.approx(0.58, abs=1e-3)
    assert data["best_outcome"] == pytest.approx(0.58, abs=1e-9)


def test_an_unreachable_target_has_a_null_level_and_the_best_the_lever_can_do(capsys):
    command = [
        "goalseek", PRESET, "--outcome", "Loyalty", "--target", "0.7", "--by", "26",
        "--lever", "interactivity", "--json",
    ]  # fmt: skip
    assert _run(command) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["reachable"] is False and data["level"] is None
    assert data["best_level"] == pytest.approx(1.0)
    assert data["best_outcome"] == pytest.approx(_loyalty_at("interactivity", 1.0))
    assert data["best_outcome"] < 0.7


def test_without_a_lever_every_stimulus_is_ranked_by_the_change_it_needs(capsys, tmp_path):
    out = tmp_path / "answers.csv"
    command = [
        "goalseek", PRESET, "--outcome", "loyalty", "--target", "0.59", "--by", "26",
        "--json", "--out", str(out),
    ]  # fmt: skip
    assert _run(command) == 0
    levers = json.loads(capsys.readouterr().out)["levers"]
    stimuli = {c.id for c in load_preset(PRESET).constructs_with_role("stimulus")}
    assert {entry["lever"] for entry in levers} == stimuli
    flags = [entry["reachable"] for entry in levers]
    assert flags == sorted(flags, reverse=True)  # reachable ones first
    changes = [abs(entry["change"]) for entry in levers if entry["reachable"]]
    assert changes == sorted(changes)
    for entry in levers:
        if entry["reachable"]:
            assert _loyalty_at(entry["lever"], entry["level"]) == pytest.approx(0.59, abs=1e-3)
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["lever"] for row in rows] == [entry["lever"] for entry in levers]
    unreachable = next(row for row in rows if row["reachable"] == "False")
    assert unreachable["level"] == ""


def test_the_table_names_the_levers_and_the_verdicts(capsys):
    assert _run(["goalseek", PRESET, "--outcome", "loyalty", "--target", "0.59", "--by", "26"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Loyalty to at least 0.59 by week 26 (now 0.562)")
    assert "Peer authenticity (KOC)       not reachable alone: best level 1.0000" in out
    assert "Interactivity" in out.splitlines()[2]  # the smallest change comes first


def test_a_scenario_is_sought_within(capsys, tmp_path: Path):
    document = load_preset(PRESET)
    document.add_scenario(Scenario("Trust held", clamps={"digital_trust": 0.9}))
    path = tmp_path / "held.synergy.json"
    save_document(document, path)
    command = [
        "goalseek", str(path), "--outcome", "loyalty", "--target", "0.7", "--by", "26",
        "--lever", "ewom", "--scenario", "Trust held", "--json",
    ]  # fmt: skip
    assert _run(command) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["scenario"] == "Trust held"
    assert data["current_outcome"] > 0.58  # held trust lifts loyalty: the scenario counts
    document.update_construct("ewom", initial=data["level"])
    held = Simulator(document, "Trust held").run().series("loyalty")[26]
    assert held == pytest.approx(0.7, abs=1e-3)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--outcome", "nope"], "--outcome 'nope': there is no such construct (constructs: "),
        (["--lever", "nope"], "--lever 'nope': there is no such construct"),
        (["--lever", "digital_trust"], "'digital_trust' is not a stimulus that can be set"),
        (["--target", "1.5"], "--target 1.5: the level must be from 0 to 1"),
        (["--target", "high"], "--target 'high': not a number"),
        (["--by", "-2"], "--by -2: the week must be 0 or later"),
        (["--by", "nan"], "--by 'nan': not a finite number"),
        (["--scenario", "Nope"], "has no scenario named 'Nope'"),
        (["--outcome", "interactivity"], "is set from outside"),
    ],
)
def test_bad_arguments_exit_2_with_the_reason(capsys, extra, message):
    options = {"--outcome": "loyalty", "--target": "0.6", "--by": "26"}
    for flag, value in zip(extra[::2], extra[1::2], strict=True):
        options[flag] = value
    command = ["goalseek", PRESET, *(item for pair in options.items() for item in pair)]
    assert _run(command) == EXIT_BAD_INPUT
    captured = capsys.readouterr()
    assert captured.err.startswith("synergy-explorer goalseek: ")
    assert message in captured.err
    assert "Traceback" not in captured.err and captured.out == ""


def test_missing_options_are_refused_by_the_parser(capsys):
    assert _run(["goalseek", PRESET, "--outcome", "loyalty"]) == EXIT_BAD_INPUT
    assert "--target" in capsys.readouterr().err
