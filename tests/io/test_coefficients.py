"""Coefficient tables: lavaan, semopy (a real inspect() output) and SmartPLS, read and applied."""

from __future__ import annotations

from pathlib import Path

import pytest

from synergy_gui.io.coefficients import (
    apply_table,
    document_from_table,
    parse_coefficients,
    read_coefficients,
)
from synergy_gui.io.lavaan import parse_lavaan
from synergy_gui.io.problems import ImportProblem

DATA = Path(__file__).parent / "data"


def test_lavaan_standardized_solution_fills_weights_and_sds_of_the_syntax():
    table = read_coefficients(DATA / "lavaan_standardized.csv")
    assert table.kind == "lavaan"
    result = parse_lavaan("trust ~ a*SI + ewom\nloyalty ~ b*trust", "m.lav", table.by_label())
    filled, notes = apply_table(result.document, table)
    document = result.document
    assert filled == {"SI__trust", "ewom__trust", "trust__loyalty"}
    assert notes == []
    assert (document.path("SI__trust").weight, document.path("SI__trust").sd) == (0.42, 0.05)
    assert (document.path("ewom__trust").weight, document.path("ewom__trust").sd) == (0.21, 0.06)
    assert document.path("trust__loyalty").sd == 0.04
    assert table.items == {"SI": ["si1", "si2"]}
    assert table.defined == {"ind": 0.231}


def test_semopy_inspect_takes_the_standardised_estimate_and_rescales_its_error():
    table = read_coefficients(DATA / "semopy_inspect_democracy.csv")
    assert table.kind == "semopy"
    arrows = {(c.source, c.target): c for c in table.coefficients}
    assert set(arrows) == {("ind60", "dem60"), ("ind60", "dem65"), ("dem60", "dem65")}
    first = arrows[("ind60", "dem60")]
    # the CSV's own digits: Est. Std, Std. Err and Estimate of dem60 ~ ind60
    assert first.estimate == 0.44804865838064306
    assert first.se == pytest.approx(0.3914484 * 0.4480487 / 1.4719784, rel=1e-6)
    assert table.items == {
        "ind60": ["x1", "x2", "x3"],
        "dem60": ["y1", "y2", "y3", "y4"],
        "dem65": ["y5", "y6", "y7", "y8"],
    }
    assert any("rescaled" in str(w) for w in table.warnings)
    result = document_from_table(table, "Democracy")
    roles = {c.id: c.role for c in result.document.constructs}
    assert roles == {"ind60": "stimulus", "dem60": "organism", "dem65": "response"}
    assert result.document.construct("dem65").description == "Items: y5, y6, y7, y8"


def test_smartpls_matrix_reads_sources_in_rows():
    result = document_from_table(read_coefficients(DATA / "smartpls_matrix.csv"))
    document = result.document
    assert [(c.id, c.label, c.role) for c in document.constructs] == [
        ("interactivity", "Interactivity", "stimulus"),
        ("synergistic_influence", "Synergistic Influence", "organism"),
        ("personalization", "Personalization", "stimulus"),
        ("digital_trust", "Digital Trust", "response"),
    ]
    weights = {(p.source, p.target): p.weight for p in document.paths}
    assert weights == {
        ("interactivity", "synergistic_influence"): 0.352,
        ("personalization", "synergistic_influence"): 0.298,
        ("synergistic_influence", "digital_trust"): 0.461,
    }


def test_smartpls_bootstrap_list_gives_the_standard_deviation_as_sd():
    document = document_from_table(read_coefficients(DATA / "smartpls_bootstrap.csv")).document
    path = document.find_path("synergistic_influence", "digital_trust")
    assert (path.weight, path.sd) == (0.461, 0.044)


def test_a_table_applied_by_construct_labels_and_a_coefficient_that_matches_nothing():
    document = document_from_table(read_coefficients(DATA / "smartpls_matrix.csv")).document
    table = parse_coefficients(
        "A -> B,Original Sample (O)\n"
        "Interactivity -> Digital Trust,0.1\n"
        "Synergistic Influence -> Digital Trust,-0.2\n",
        "boot.csv",
    )
    filled, notes = apply_table(document, table)
    assert filled == {"synergistic_influence__digital_trust"}
    assert document.find_path("synergistic_influence", "digital_trust").weight == -0.2
    assert [str(n) for n in notes] == [
        "boot.csv:2: Interactivity -> Digital Trust is not a path of the model; left out"
    ]


def test_semicolons_and_decimal_commas():
    table = parse_coefficients("lhs;op;rhs;est.std;se\ny;~;x;0,35;0,05\n", "eu.csv")
    assert [(c.source, c.target, c.estimate, c.se) for c in table.coefficients] == [
        ("x", "y", 0.35, 0.05)
    ]


def test_an_interaction_row_becomes_a_synergy():
    table = parse_coefficients(
        "lhs,op,rhs,est.std,se\ny,~,a,0.3,0.1\ny,~,b,0.2,0.1\ny,~,a:b,0.1,0.05\n", "t.csv"
    )
    (junction,) = document_from_table(table).document.junctions
    assert (junction.members, junction.target, junction.weight, junction.sd) == (
        ["a", "b"],
        "y",
        0.1,
        0.05,
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name,value\nx,1\n", "t.csv:1: the header is not understood; expected a lavaan"),
        ("lhs,op,rhs,se\ny,~,x,0.1\n", "t.csv:1: the header has no estimate column"),
        ("lhs,op,rhs,est,se\ny,~,x,0.3,0.1\ny,~,z,abc,0.1\n", "t.csv:3:4: column 'est': 'abc'"),
        ("lhs,op,rhs,est,se\ny,~,x,0.3,big\n", "t.csv:2:5: column 'se': 'big' is not a number"),
        (",A,B\nA,,x\nB,,\n", "t.csv:2:3: column 'B': 'x' is not a number"),
        ("", "t.csv: is empty"),
        ("\n \n", "t.csv: is empty"),
    ],
)
def test_bad_tables_name_the_row_and_column(tmp_path, content, message):
    path = tmp_path / "t.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportProblem) as caught:
        read_coefficients(path)
    assert str(caught.value).replace(str(tmp_path) + "/", "").startswith(message)


def test_a_binary_file_is_refused(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b"lhs,op\x00\x01\x02")
    with pytest.raises(ImportProblem, match=r"t\.csv:1:7: holds a NUL byte: this is a binary"):
        read_coefficients(path)


def test_an_unstandardised_coefficient_makes_the_weights_unstandardised_with_a_warning():
    table = parse_coefficients("lhs,op,rhs,est,se\ny,~,x,1.48,0.4\n", "bollen.csv")
    result = document_from_table(table)
    assert result.document.find_path("x", "y").weight == 1.48
    assert result.document.settings.weight_scale == "unstandardised"
    assert any(
        str(w).startswith(
            "bollen.csv:2: the coefficient 1.48 of x -> y is outside [-1, 1]: the "
            "weights are taken as unstandardised"
        )
        for w in result.warnings
    )
    document = parse_lavaan("y ~ 0.2*x", "m.lav").document
    _, notes = apply_table(document, table)
    assert document.find_path("x", "y").weight == 1.48
    assert document.settings.weight_scale == "unstandardised"
    assert ["settings.weight_scale" in str(n) for n in notes] == [True]


def test_a_coefficient_beyond_a_hundred_is_refused_at_its_row():
    table = parse_coefficients("lhs,op,rhs,est,se\ny,~,x,148,0.4\n", "big.csv")
    with pytest.raises(ImportProblem, match=r"big\.csv:2: the coefficient 148 of x -> y"):
        document_from_table(table)
    document = parse_lavaan("y ~ 0.2*x", "m.lav").document
    with pytest.raises(ImportProblem, match="outside \\[-100, 100\\]"):
        apply_table(document, table)
    assert document.find_path("x", "y").weight == 0.2  # left as it was
