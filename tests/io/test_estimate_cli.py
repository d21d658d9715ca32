"""``synergy-explorer estimate``: from a survey and a lavaan model to a model file.

The happy path runs on the committed example study; every refusal ends with exit status 2,
one line ``FILE:LINE: reason`` on stderr, and no model file written or changed.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from synergy_gui.cli import EXIT_BAD_INPUT, main
from synergy_gui.io.estimation import Structure, estimate
from synergy_gui.io.lavaan import parse_lavaan
from synergy_gui.io.study_estimate import estimate_study
from synergy_gui.io.survey import SurveyError, read_survey
from synergy_gui.model.fileformat import load_document

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SURVEY = EXAMPLES / "sor_survey.csv"
SYNTAX = EXAMPLES / "sor_study.lav"


def _run(arguments: list[str]) -> int:
    try:
        return main(arguments)
    except SystemExit as stop:
        return int(stop.code or 0)


def _estimate(*extra: str) -> list[str]:
    return ["estimate", str(SURVEY), "--syntax", str(SYNTAX), *extra]


def test_the_example_study_becomes_a_model_with_its_estimates(tmp_path, capsys):
    out = tmp_path / "study.synergy.json"
    assert _run(_estimate("-o", str(out), "--bootstrap", "300", "--seed", "4")) == 0
    printed = capsys.readouterr().out
    assert "501 respondents (19 left out for a missing answer)" in printed
    assert "300 bootstrap resamples, seed 4" in printed
    assert "interactivity -> trust -> engagement -> loyalty" in printed
    assert f"Model written to {out}." in printed

    document = load_document(out)  # the loader's own checks pass
    structure = Structure(
        {c.id: c.description.removeprefix("Items: ").split(", ") for c in document.constructs},
        {
            "trust": ["interactivity", "personalization", "interactivity:personalization"],
            "engagement": ["trust"],
            "loyalty": ["engagement", "trust"],
        },
    )
    expected = estimate(read_survey(SURVEY).responses(structure.item_columns()), structure, 0)
    for path in expected.paths:
        if ":" in path.source:
            item = document.junctions[0]
            assert sorted(item.members) == sorted(path.source.split(":"))
        else:
            item = document.find_path(path.source, path.target)
        assert item.weight == pytest.approx(path.beta, abs=1e-12)
        assert item.sd == pytest.approx(path.se, abs=1e-12)
        assert f"{path.beta:7.3f}  {path.se:6.3f}" in printed
    assert document.meta.title == "Social-media S-O-R study (simulated survey)"
    assert document.construct("trust").label == "Digital trust"
    assert "Weights estimated from sor_survey.csv: 501 respondents" in document.meta.description


def test_json_output_is_reproducible_with_a_seed(capsys):
    assert _run(_estimate("--bootstrap", "200", "--seed", "9", "--json")) == 0
    first = json.loads(capsys.readouterr().out)
    assert _run(_estimate("--bootstrap", "200", "--seed", "9", "--json")) == 0
    again = json.loads(capsys.readouterr().out)
    assert first == again
    assert (first["respondents"], first["dropped"], first["bootstrap"]) == (501, 19, 200)
    for path in first["paths"]:
        low, high = path["ci"]
        assert low < path["beta"] < high
    chain = next(
        e for e in first["indirect"] if e["route"] == ["interactivity", "trust", "engagement"]
    )
    beta = {(p["source"], p["target"]): p["beta"] for p in first["paths"]}
    assert chain["value"] == pytest.approx(
        beta[("interactivity", "trust")] * beta[("trust", "engagement")]
    )


def test_without_bootstrap_there_are_no_intervals(capsys):
    assert _run(_estimate("--bootstrap", "0", "--json")) == 0
    report = json.loads(capsys.readouterr().out)
    assert all(path["ci"] is None for path in report["paths"])


def test_a_construct_without_items_is_its_own_column(tmp_path, capsys):
    data = tmp_path / "observed.csv"
    data.write_text("x,y\n1,2\n2,3\n3,5\n4,4\n5,7\n", encoding="utf-8")
    syntax = tmp_path / "observed.lav"
    syntax.write_text("y ~ x\n", encoding="utf-8")
    assert _run(["estimate", str(data), "--syntax", str(syntax), "--bootstrap", "0"]) == 0
    # r(x, y) of these five pairs, by hand: Sxy = 11, Sxx = 10, Syy = 14.8
    assert f"{11 / (10 * 14.8) ** 0.5:7.3f}" in capsys.readouterr().out


# ----------------------------------------------------------------------------- refusals
def _refused(arguments: list[str], capsys) -> str:
    assert _run(arguments) == EXIT_BAD_INPUT
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 or lines[0].startswith("usage:"), captured.err
    return lines[-1]


@pytest.fixture
def files(tmp_path):
    """A small valid study to break one piece at a time: data, syntax, output."""
    data = tmp_path / "data.csv"
    data.write_text("a1,a2,b1,y1\n1,2,3,4\n2,2,4,3\n3,4,2,5\n4,3,5,6\n5,5,4,6\n", encoding="utf-8")
    syntax = tmp_path / "model.lav"
    syntax.write_text("A =~ a1 + a2\nB =~ b1\nY =~ y1\nY ~ A + B\n", encoding="utf-8")
    out = tmp_path / "out.synergy.json"
    out.write_text("the previous model\n", encoding="utf-8")
    return data, syntax, out


def _arguments(data, syntax, out) -> list[str]:
    return ["estimate", str(data), "--syntax", str(syntax), "-o", str(out), "--bootstrap", "50"]


def test_the_small_study_itself_is_accepted(files, capsys):
    assert _run(_arguments(*files)) == 0
    assert load_document(files[2]).find_path("A", "Y") is not None


@pytest.mark.parametrize(
    ("broken", "content", "expected"),
    [
        ("syntax", "A =~ a1 + a2\nY ~ A +\n", r"model\.lav:2:\d+: "),
        ("syntax", "A =~ a1\nY ~ A\nY %% B\n", r"model\.lav:3:\d+: "),
        ("syntax", "", r"model\.lav: is empty"),
        ("syntax", b"\x7fELF\x00\x01", r"model\.lav:1:\d+: holds a NUL byte"),
        ("data", "", r"data\.csv: the file is empty"),
        ("data", b"\x89PNG\r\n\x1a\n\x00\x00", r"data\.csv: is a binary file"),
        (
            "data",
            "a1,a2,b1,y1\n1,2,3,4\n2,two,4,3\n",
            r"data\.csv:3: column 'a2' holds 'two', not a number",
        ),
        (
            "data",
            "a1,a2,y1\n1,2,4\n2,2,3\n",
            r"data\.csv:1: construct 'B' has none of its items in the data",
        ),
        (
            "data",
            "a1,a2,b1,y1\n1,2,3,4\n2,2,4\n",
            r"data\.csv:3: has 3 cells; the header has 4 columns",
        ),
        (
            "data",
            "a1,a2,b1,y1\n1,2,3,4\n2,3,4,3\n3,4,5,5\n",
            r"data\.csv: 'Y' has 2 predictors \(A, B\) but only 3 complete respondents",
        ),
        (
            "data",
            "a1,a2,b1,y1\n1,1,2,4\n2,2,4,3\n3,3,6,5\n4,4,8,6\n5,5,10,6\n",
            r"data\.csv: the predictors of 'Y' are collinear \(A, B\)",
        ),
        (
            "data",
            "a1,a2,b1,y1\n3,3,3,4\n3,3,4,3\n3,3,2,5\n3,3,5,6\n",
            r"data\.csv: construct 'A' has the same score for every respondent",
        ),
    ],
)
def test_bad_input_is_refused_at_its_place_and_the_model_file_is_kept(
    files, capsys, broken, content, expected
):
    data, syntax, out = files
    target = data if broken == "data" else syntax
    if isinstance(content, bytes):
        target.write_bytes(content)
    else:
        target.write_text(content, encoding="utf-8")
    message = _refused(_arguments(data, syntax, out), capsys)
    assert message.startswith("synergy-explorer estimate: ")
    assert re.search(expected, message), message
    assert str(target) in message
    assert out.read_text(encoding="utf-8") == "the previous model\n"


def test_a_construct_the_data_cannot_score_is_named(files, capsys):
    data, syntax, out = files
    syntax.write_text("A =~ a1 + a2\nY =~ y1\nY ~ A + Z\n", encoding="utf-8")
    message = _refused(_arguments(data, syntax, out), capsys)
    assert f"{data}:1: construct 'Z' has no items in the data" in message
    assert "no '=~' line" in message


def test_missing_files_are_refused(files, capsys, tmp_path):
    data, syntax, out = files
    message = _refused(_arguments(tmp_path / "nope.csv", syntax, out), capsys)
    assert "nope.csv: no such file" in message
    message = _refused(_arguments(data, tmp_path / "nope.lav", out), capsys)
    assert "nope.lav: there is no such file" in message


@pytest.mark.parametrize(
    "option", [["--bootstrap", "-1"], ["--bootstrap", "many"], ["--seed", "x"]]
)
def test_bad_options_are_refused_by_the_parser(files, capsys, option):
    data, syntax, out = files
    message = _refused([*_arguments(data, syntax, out), *option], capsys)
    assert f"argument {option[0]}" in message


def test_the_estimates_table_is_exported_as_lavaan_writes_it(tmp_path, capsys):
    table = tmp_path / "estimates.csv"
    assert _run(_estimate("--bootstrap", "100", "--table", str(table), "--json")) == 0
    report = json.loads(capsys.readouterr().out)
    with table.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert list(rows[0]) == [
        "lhs",
        "op",
        "rhs",
        "est.std",
        "se",
        "z",
        "pvalue",
        "ci.lower",
        "ci.upper",
    ]
    assert [(r["lhs"], r["op"], r["rhs"]) for r in rows] == [
        (p["target"], "~", p["source"]) for p in report["paths"]
    ]
    for row, path in zip(rows, report["paths"], strict=True):
        assert float(row["est.std"]) == pytest.approx(path["beta"], rel=1e-5)
        assert float(row["se"]) == pytest.approx(path["se"], rel=1e-5)
        assert float(row["ci.lower"]) == pytest.approx(path["ci"][0], rel=1e-5)


def test_a_failed_estimation_leaves_the_imported_model_as_it_was(files):
    data, syntax, _ = files
    data.write_text("a1,a2,b1,y1\n1,2,3,4\n2,2,4,3\n3,4,2,5\n4,3,5,oops\n", encoding="utf-8")
    imported = parse_lavaan(syntax.read_text(encoding="utf-8"), str(syntax))
    before = imported.document.clone()
    with pytest.raises(SurveyError, match=r":5: column 'y1' holds 'oops'"):
        estimate_study(data, imported, str(syntax), bootstrap=10)
    assert imported.document == before
