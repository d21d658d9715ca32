"""FCM matrices (source rows) in and out; a diagonal cell is a self-loop, kept as a path."""

from __future__ import annotations

import pytest

from synergy_gui.io.fcm_matrix import (
    fcm_matrix_text,
    parse_fcm_matrix,
    read_fcm_matrix,
    use_rule,
)
from synergy_gui.io.problems import ImportProblem
from synergy_gui.model.presets import load_preset

# FCMpy's 8-concept example (its simulator documentation; source rows), with the self-loop
# C7 -> C7 = 0.4
FCMPY_EXAMPLE = """\
,C1,C2,C3,C4,C5,C6,C7,C8
C1,0.0,0.0,0.6,0.9,0.0,0.0,0.0,0.8
C2,0.1,0.0,0.0,0.0,0.0,0.0,0.2,0.5
C3,0.0,0.7,0.0,0.0,0.9,0.0,0.4,0.1
C4,0.4,0.0,0.0,0.0,0.0,0.9,0.0,0.0
C5,0.0,0.0,0.0,0.0,0.0,-0.9,0.0,0.3
C6,-0.3,0.0,0.0,0.0,0.0,0.0,0.0,0.0
C7,0.0,0.0,0.0,0.0,0.0,0.8,0.4,0.9
C8,0.1,0.0,0.0,0.0,0.0,0.1,0.6,0.0
"""


def test_rows_are_sources_and_the_self_loop_is_a_path():
    result = parse_fcm_matrix(FCMPY_EXAMPLE, "fcm.csv")
    assert (result.document.constructs[0].id, result.document.constructs[0].label) == ("c1", "C1")
    label = {c.id: c.label for c in result.document.constructs}
    weights = {(label[p.source], label[p.target]): p.weight for p in result.document.paths}
    assert weights[("C1", "C3")] == 0.6  # row C1, column C3
    assert weights[("C6", "C1")] == -0.3
    assert weights[("C7", "C7")] == 0.4  # the diagonal: C7's memory
    assert len(weights) == 21
    assert result.warnings == []
    assert {c.role for c in result.document.constructs} == {"organism"}  # all have an input


def test_the_self_loop_comes_back_in_the_exported_matrix():
    document = parse_fcm_matrix(FCMPY_EXAMPLE, "fcm.csv").document
    text, left_out = fcm_matrix_text(document)
    assert left_out == []
    assert text.splitlines()[7] == "C7,0,0,0,0,0,0.8,0.4,0.9"
    back = parse_fcm_matrix(text, "out.csv").document
    assert [(p.source, p.target, p.weight) for p in back.paths] == [
        (p.source, p.target, p.weight) for p in document.paths
    ]


@pytest.mark.parametrize(
    ("kind", "level_range"),
    [("tanh", "bipolar"), ("trivalent", "bipolar"), ("logistic", "unipolar")],
)
def test_an_fcm_rule_with_a_bipolar_activation_makes_the_levels_bipolar(kind, level_range):
    document = parse_fcm_matrix(FCMPY_EXAMPLE, "fcm.csv").document
    use_rule(document, "kosko", kind, 1.0)
    settings = document.settings
    assert (settings.update_rule, settings.activation.kind) == ("kosko", kind)
    assert (settings.activation.gain, settings.activation.threshold) == (1.0, 0.0)
    assert settings.level_range == level_range


def test_an_unknown_rule_or_a_bad_gain_is_refused_and_changes_nothing():
    document = parse_fcm_matrix(FCMPY_EXAMPLE, "fcm.csv").document
    before = document.clone()
    with pytest.raises(ValueError, match="update rule must be one of"):
        use_rule(document, "hebbian", "tanh")
    with pytest.raises(ValueError, match=r"gain must be between 0\.01 and 100"):
        use_rule(document, "kosko", "tanh", 0.0)
    assert document == before


def test_mental_modeler_names_become_labels_with_slug_ids_and_empty_cells_are_zero():
    text = ",Brand trust,Purchase\nBrand trust,,0.5\nPurchase,,\n"
    document = parse_fcm_matrix(text, "mm.csv").document
    assert [(c.id, c.label) for c in document.constructs] == [
        ("brand_trust", "Brand trust"),
        ("purchase", "Purchase"),
    ]
    assert [(p.source, p.target, p.weight) for p in document.paths] == [
        ("brand_trust", "purchase", 0.5)
    ]


def test_export_then_import_keeps_every_path_weight_by_label():
    preset = load_preset("kol_koc_journey")
    text, left_out = fcm_matrix_text(preset)
    assert left_out == []
    back = parse_fcm_matrix(text, "out.csv").document
    label = {c.id: c.label for c in preset.constructs}
    label_back = {c.id: c.label for c in back.constructs}
    assert sorted((label[p.source], label[p.target], p.weight) for p in preset.paths) == sorted(
        (label_back[p.source], label_back[p.target], p.weight) for p in back.paths
    )


def test_a_synergy_is_reported_as_left_out_of_the_matrix():
    _, left_out = fcm_matrix_text(load_preset("synergistic_influence"))
    assert len(left_out) == 1 and "has no place in an FCM matrix" in left_out[0]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (",A,B\nA,0,x\nB,0,0\n", "m.csv:2:3: A -> B: 'x' is not a number"),
        (",A,B\nA,0,150\nB,0,0\n", "m.csv:2:3: A -> B: 150 is outside ±100"),
        (",A,B\nA,0,nan\nB,0,0\n", "m.csv:2:3: A -> B: 'nan' is not a finite number"),
        (",A,B\nA,0,-inf\nB,0,0\n", "m.csv:2:3: A -> B: '-inf' is not a finite number"),
        (",A,B\nB,0,1\nA,0,0\n", "m.csv:2:1: the matrix is not square"),
        (",A,A\nA,0,1\nA,0,0\n", "m.csv:1:3: the concept 'A' is named twice"),
        (",A\n", "m.csv: holds no matrix"),
    ],
)
def test_bad_matrices_name_the_cell(text, message):
    with pytest.raises(ImportProblem) as caught:
        parse_fcm_matrix(text, "m.csv")
    assert str(caught.value).startswith(message)


def test_empty_and_binary_files_are_refused(tmp_path):
    empty = tmp_path / "e.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(ImportProblem, match="is empty"):
        read_fcm_matrix(empty)
    binary = tmp_path / "b.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(ImportProblem, match="binary file"):
        read_fcm_matrix(binary)


def test_a_weight_beyond_one_makes_the_weights_unstandardised_with_a_warning_at_its_cell():
    result = parse_fcm_matrix(",A,B\nA,0,1.5\nB,-0.5,0\n", "m.csv")
    assert result.document.settings.weight_scale == "unstandardised"
    assert result.document.find_path("a", "b").weight == 1.5
    assert [str(w).split(": ")[0] for w in result.warnings] == ["m.csv:2:3"]
    assert "outside [-1, 1]" in str(result.warnings[0])


def test_an_unstandardised_model_exported_as_a_matrix_imports_back_with_its_weights():
    first = parse_fcm_matrix(",A,B\nA,0.4,1.5\nB,-2,0\n", "m.csv").document
    text, _ = fcm_matrix_text(first)
    again = parse_fcm_matrix(text, "again.csv").document
    assert again.settings.weight_scale == "unstandardised"
    assert sorted((p.source, p.target, p.weight) for p in again.paths) == sorted(
        (p.source, p.target, p.weight) for p in first.paths
    )
