"""``import`` and ``export`` through the real CLI, in process: files written, bad input refused."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import networkx as nx
import pytest

from synergy_gui.cli import EXIT_BAD_INPUT, EXIT_OK, main
from synergy_gui.model.fileformat import load_document
from synergy_gui.model.presets import load_preset

DATA = Path(__file__).parent / "data"
SYNTAX = "trust ~ a*SI + ewom\nloyalty ~ b*trust\nind := a*b\n"


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(capsys, *arguments: str) -> tuple[int, str, str]:
    status = main(list(arguments))
    out, err = capsys.readouterr()
    return status, out, err


def test_import_lavaan_writes_a_model_that_opens_and_reports_the_defined_effect(folder, capsys):
    (folder / "study.lav").write_text(SYNTAX, encoding="utf-8")
    status, out, err = _run(capsys, "import", "study.lav", "-o", "study.synergy.json")
    assert status == EXIT_OK, err
    document = load_document(folder / "study.synergy.json")
    assert {(p.source, p.target): p.weight for p in document.paths} == {
        ("SI", "trust"): 0.3,
        ("ewom", "trust"): 0.3,
        ("trust", "loyalty"): 0.3,
    }
    assert "ind := a * b = 0.09" in out
    assert "study.lav:1: 3 coefficient(s) have no value (lines 1, 2)" in err


def test_estimates_fill_weights_and_sds_and_the_defined_effect(folder, capsys):
    (folder / "study.lav").write_text(SYNTAX, encoding="utf-8")
    table = str(DATA / "lavaan_standardized.csv")
    status, out, err = _run(
        capsys, "import", "study.lav", "-o", "m.synergy.json", "--estimates", table
    )
    assert status == EXIT_OK, err
    document = load_document(folder / "m.synergy.json")
    path = document.find_path("SI", "trust")
    assert (path.weight, path.sd) == (0.42, 0.05)
    assert "ind := a * b = 0.231" in out  # 0.42 * 0.55
    assert "have no value" not in err


@pytest.mark.parametrize(
    ("source", "paths"),
    [
        ("smartpls_matrix.csv", 3),
        ("smartpls_bootstrap.csv", 3),
        ("semopy_inspect_democracy.csv", 3),
        ("lavaan_standardized.csv", 3),
    ],
)
def test_tables_are_recognised_by_their_content(folder, capsys, source, paths):
    status, _, err = _run(capsys, "import", str(DATA / source), "-o", "t.synergy.json")
    assert status == EXIT_OK, err
    assert len(load_document(folder / "t.synergy.json").paths) == paths


def test_an_fcm_matrix_and_graphml_are_recognised(folder, capsys):
    (folder / "map.csv").write_text(",A,B\nA,0,0.5\nB,-0.3,0.2\n", encoding="utf-8")
    status, _, err = _run(capsys, "import", "map.csv", "-o", "fcm.synergy.json")
    assert status == EXIT_OK, err
    weights = {(p.source, p.target): p.weight for p in load_document("fcm.synergy.json").paths}
    assert weights == {("a", "b"): 0.5, ("b", "a"): -0.3, ("b", "b"): 0.2}  # B's self-loop
    graph = nx.DiGraph()
    graph.add_edge("x", "y", weight=0.25)
    nx.write_graphml(graph, folder / "g.graphml")
    status, _, err = _run(capsys, "import", "g.graphml", "-o", "g.synergy.json")
    assert status == EXIT_OK, err
    assert load_document("g.synergy.json").find_path("x", "y").weight == 0.25


BAD_INPUT = [
    ("syntax.lav", "y ~ x +\n", [], "syntax.lav:1:8: a term is missing after '+'"),
    ("operator.lav", "y ~ x\nz -> y\n", [], "operator.lav:2:3: unknown operator '->'"),
    ("big.lav", "y ~ 148*x\n", [], "big.lav:1:5: the coefficient 148 is outside [-100, 100]"),
    (
        "label.lav",
        "trust ~ a*SI + c*ewom\n",
        ["--estimates", str(DATA / "smartpls_matrix.csv")],
        "label.lav:1:11: the label 'a' has no value in",
    ),
    (
        "columns.csv",
        "name,value\nx,1\n",
        ["--format", "table"],
        "columns.csv:1: the header is not understood",
    ),
    ("cells.csv", "lhs,op,rhs,est\ny,~,x,high\n", [], "cells.csv:2:4: column 'est': 'high'"),
    ("empty.lav", "", [], "empty.lav: is empty"),
    ("binary.csv", b"PK\x03\x04\x00\x00", [], "binary.csv:1:5: holds a NUL byte"),
    ("missing.lav", None, [], "missing.lav: there is no such file"),
]


@pytest.mark.parametrize(("name", "content", "extra", "message"), BAD_INPUT)
def test_bad_input_exits_2_naming_the_place_and_leaves_the_output_alone(
    folder, capsys, name, content, extra, message
):
    if isinstance(content, bytes):
        (folder / name).write_bytes(content)
    elif content is not None:
        (folder / name).write_text(content, encoding="utf-8")
    out = folder / "kept.synergy.json"
    out.write_text("the user's old file", encoding="utf-8")
    status, _, err = _run(capsys, "import", name, "-o", str(out), *extra)
    assert status == EXIT_BAD_INPUT
    assert err.startswith(f"synergy-explorer import: {message}"), err
    assert "Traceback" not in err
    assert out.read_text(encoding="utf-8") == "the user's old file"
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == []


def test_an_output_in_a_missing_folder_is_refused(folder, capsys):
    (folder / "s.lav").write_text("y ~ 0.2*x\n", encoding="utf-8")
    status, _, err = _run(capsys, "import", "s.lav", "-o", "no/such/folder/m.synergy.json")
    assert status == EXIT_BAD_INPUT
    assert "cannot write no/such/folder/m.synergy.json" in err


def test_export_lavaan_then_import_keeps_a_preset_through_the_cli(folder, capsys):
    status, _, err = _run(capsys, "export", "kol_koc_journey", "--to", "lavaan", "-o", "k.lav")
    assert status == EXIT_OK, err
    status, _, err = _run(capsys, "import", "k.lav", "-o", "k.synergy.json")
    assert status == EXIT_OK, err
    preset, back = load_preset("kol_koc_journey"), load_document("k.synergy.json")
    assert [(c.id, c.role) for c in back.constructs] == [(c.id, c.role) for c in preset.constructs]
    assert sorted((p.source, p.target, p.weight) for p in back.paths) == sorted(
        (p.source, p.target, p.weight) for p in preset.paths
    )


def test_export_free_lavaan_to_stdout(capsys):
    status, out, _ = _run(capsys, "export", "synergistic_influence", "--to", "lavaan", "--free")
    assert status == EXIT_OK
    assert "synergistic_influence ~ b1*interactivity + b2*personalization" in out


@pytest.mark.parametrize(
    ("name", "first_line"),
    [
        ("h.md", "| Hypothesis | Relation | Sign | Weight | Note / source |"),
        ("h.csv", "Hypothesis,Relation,Sign,Weight,Note / source"),
        ("h.tex", r"\begin{table}[ht]"),
    ],
)
def test_export_hypotheses_takes_the_format_from_the_suffix(folder, capsys, name, first_line):
    status, _, err = _run(
        capsys, "export", "synergistic_influence", "--to", "hypotheses", "-o", name
    )
    assert status == EXIT_OK, err
    assert (folder / name).read_text(encoding="utf-8").splitlines()[0] == first_line


def test_export_graphml_and_fcm_files(folder, capsys):
    assert (
        _run(capsys, "export", "synergistic_influence", "--to", "graphml", "-o", "m.graphml")[0]
        == 0
    )
    graph = nx.read_graphml(folder / "m.graphml")
    assert graph.nodes["interactivity"]["role"] == "stimulus"
    status, _, err = _run(capsys, "export", "synergistic_influence", "--to", "fcm", "-o", "m.csv")
    assert status == EXIT_OK
    assert "has no place in an FCM matrix" in err
    rows = list(csv.reader(io.StringIO((folder / "m.csv").read_text(encoding="utf-8"))))
    assert rows[0][1] == "Interactivity" and rows[1][0] == "Interactivity"
    assert len(rows) == len(load_preset("synergistic_influence").constructs) + 1


def test_export_of_a_missing_model_exits_2(capsys):
    status, _, err = _run(capsys, "export", "no_such_model", "--to", "lavaan")
    assert status == EXIT_BAD_INPUT
    assert "no_such_model" in err and "Traceback" not in err
