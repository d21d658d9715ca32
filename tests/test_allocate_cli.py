"""``synergy-explorer allocate`` and ``curves``: the figures a plain run confirms, CSV curves,
and every refused input in one line with exit status 2."""

from __future__ import annotations

import csv
import json

import numpy as np
import pytest

from synergy_gui.cli import EXIT_BAD_INPUT, main
from synergy_gui.engine import Simulator
from synergy_gui.engine.response import response_curves
from synergy_gui.engine.spend_runs import Outcome, SpendProblem
from synergy_gui.model.fileformat import load_document
from synergy_gui.model.presets import load_preset

PRESET = "synergistic_influence"


def _run(arguments: list[str]) -> int:
    try:
        return main(arguments)
    except SystemExit as stop:
        return int(stop.code or 0)


def test_allocate_json_has_spend_and_outcome_and_the_saved_scenario_reaches_it(capsys, tmp_path):
    out = tmp_path / "allocated.synergy.json"
    command = [
        "allocate", PRESET, "--budget", "600000", "--outcome", "loyalty", "--by", "26",
        "--min", "Reviews and UGC seeding=60000", "--max", "community=150000",
        "--json", "--out", str(out),
    ]  # fmt: skip
    assert _run(command) == 0
    data = json.loads(capsys.readouterr().out)
    spend = data["spend"]
    assert list(spend) == ["community", "personalised_ads", "influencers", "reviews"]
    assert sum(spend.values()) == pytest.approx(600_000, rel=1e-9)
    assert spend["reviews"] >= 60_000 - 1e-6 and spend["community"] <= 150_000 + 1e-6
    saved = load_document(out)
    plain = Simulator(saved, "Allocation").run().series("loyalty")[26]
    assert data["outcome"] == pytest.approx(plain, abs=1e-9)
    assert data["outcome"] > data["current_outcome"] - 0.02  # less money than now, split better
    assert sum(data["waterfall"].values()) == pytest.approx(
        data["outcome"] - data["current_outcome"], abs=1e-12
    )


def test_allocate_for_a_target_finds_spend_that_reaches_it(capsys):
    command = ["allocate", PRESET, "--target", "0.58", "--outcome", "loyalty", "--by", "26",
               "--json"]  # fmt: skip
    assert _run(command) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["reachable"] is True and data["outcome"] >= 0.58
    problem = SpendProblem(load_preset(PRESET), Outcome("loyalty", 26))
    totals = np.array([list(data["spend"].values())])
    assert problem.outcomes(totals)[0] >= 0.58
    assert problem.outcomes(totals * 0.99)[0] < 0.58  # 1 % less of the same split falls short


def test_allocate_prints_a_table_by_channel(capsys):
    assert _run(["allocate", PRESET, "--budget", "665600", "--outcome", "loyalty"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("Loyalty (average over the run): ")
    assert "Influencer programme" in text and "Spend is the total over the run's 52 weeks." in text


@pytest.mark.parametrize(
    "options, words",
    [
        (["--budget", "-5"], "--budget -5: spend must not be negative"),
        (["--budget", "lots"], "--budget 'lots': not a number"),
        (["--budget", "1000", "--min", "community=800", "--min", "reviews=300"],
         "the minima add up to 1,100, above the budget of 1,000"),
        (["--budget", "1000", "--min", "tv=5"], "--min 'tv=5': there is no channel 'tv'"),
        (["--budget", "1000", "--max", "community"], "write it as CHANNEL=AMOUNT"),
        (["--budget", "1000", "--min", "community=nan"],
         "--min community=nan: not a finite number"),  # was "--min community= 'nan'"
        (["--budget", "1000", "--max", "community=-1"], "--max community=-1: spend must not be"),
        (["--target", "0.99"], "--target 0.99: Loyalty at week 26 cannot reach 0.99"),
        (["--target", "2"], "--target 2: the target must be a level from 0 to 1"),
    ],
)  # fmt: skip
def test_bad_input_exits_2_naming_the_problem(capsys, options, words):
    command = ["allocate", PRESET, "--outcome", "loyalty", "--by", "26", *options]
    assert _run(command) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert err.startswith("synergy-explorer allocate: ") and words in err
    assert "Traceback" not in err


def test_an_unreachable_target_says_the_best_reachable(capsys):
    command = ["allocate", PRESET, "--outcome", "loyalty", "--by", "26", "--target", "0.99"]
    assert _run(command) == EXIT_BAD_INPUT
    assert "the best reachable is 0.6" in capsys.readouterr().err


@pytest.mark.parametrize(
    "file, options, words",
    [
        ("social_media_integration", [], "has no channels"),
        (PRESET, ["--outcome", "interactivity"], "set from outside"),
        (PRESET, ["--by", "60"], "week 60 is past the run's 52 steps"),
        (PRESET, ["--outcome", "nothing"], "--outcome 'nothing': there is no such construct"),
    ],
)
def test_models_and_outcomes_that_cannot_be_allocated_are_refused(capsys, file, options, words):
    base = {"--outcome": "loyalty"}
    base.update(dict(zip(options[::2], options[1::2], strict=True)))
    command = ["allocate", file, "--budget", "1000", *(x for pair in base.items() for x in pair)]
    assert _run(command) == EXIT_BAD_INPUT
    assert words in capsys.readouterr().err


def test_curves_csv_holds_every_channels_points_and_the_current_spend(capsys, tmp_path):
    out = tmp_path / "curves.csv"
    assert _run(["curves", PRESET, "--outcome", "loyalty", "--by", "26", "--out", str(out)]) == 0
    assert "The next 1,000 a week on Reviews and UGC seeding buys +" in capsys.readouterr().out
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    curves = response_curves(SpendProblem(load_preset(PRESET), Outcome("loyalty", 26)))
    assert len(rows) == 4 * 42
    for curve in curves:
        mine = [r for r in rows if r["channel"] == curve.channel]
        assert [float(r["outcome"]) for r in mine[:-1]] == pytest.approx(curve.outcome, abs=1e-8)
        assert mine[-1]["current"] == "1" and float(mine[-1]["spend"]) == curve.current_spend


def test_curves_json_and_bad_points(capsys):
    assert _run(["curves", PRESET, "--outcome", "loyalty", "--json", "--points", "5"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [len(c["spend"]) for c in data["curves"]] == [5, 5, 5, 5]
    assert _run(["curves", PRESET, "--outcome", "loyalty", "--points", "1"]) == EXIT_BAD_INPUT
    assert "--points 1: a whole number from 2 to 10000" in capsys.readouterr().err
