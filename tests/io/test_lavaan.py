"""lavaan / semopy syntax in and out: paths, synergies, items, defined effects, round trips."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from synergy_gui.engine.compile import compile_model
from synergy_gui.engine.effects import effects
from synergy_gui.io.defined_effects import defined_values
from synergy_gui.io.lavaan import construct_items, parse_lavaan, write_lavaan
from synergy_gui.io.problems import ImportProblem
from synergy_gui.model.document import ModelDocument
from synergy_gui.model.elements import Construct, Path
from synergy_gui.model.presets import list_presets, load_preset

STUDY = """\
# A study of synergistic influence (semopy reads this too)
SI =~ si1 + si2 + si3
trust ~ 0.4*SI + b*ewom   # b is estimated
SI ~ 0.35*interactivity + 0.3*personalization +
     0.15*interactivity:personalization
loyalty ~ 0.5*trust; trust ~~ SI
loyalty ~ 1
ind := 0.4*b
"""


def _paths(document) -> dict[tuple[str, str], float]:
    return {(p.source, p.target): p.weight for p in document.paths}


def test_regressions_become_paths_with_fixed_weights_and_a_default_for_a_free_one():
    result = parse_lavaan(STUDY, "study.lav")
    assert _paths(result.document) == {
        ("SI", "trust"): 0.4,
        ("ewom", "trust"): 0.3,
        ("interactivity", "SI"): 0.35,
        ("personalization", "SI"): 0.3,
        ("trust", "loyalty"): 0.5,
    }
    assert [f.label for f in result.free] == ["b"]
    assert (result.free[0].line, result.free[0].column) == (3, 20)
    assert any("have no value" in str(w) and "study.lav:3" in str(w) for w in result.warnings)


def test_an_interaction_becomes_a_synergy_junction():
    (junction,) = parse_lavaan(STUDY, "study.lav").document.junctions
    assert junction.members == ["interactivity", "personalization"]
    assert junction.target == "SI"
    assert junction.weight == 0.15
    assert junction.label == "Interactivity × Personalization"


def test_roles_follow_the_graph():
    roles = {c.id: c.role for c in parse_lavaan(STUDY, "study.lav").document.constructs}
    assert roles == {
        "SI": "organism",
        "trust": "organism",
        "ewom": "stimulus",
        "interactivity": "stimulus",
        "personalization": "stimulus",
        "loyalty": "response",
    }


def test_items_are_kept_beside_the_document_and_in_the_description():
    result = parse_lavaan(STUDY, "study.lav")
    assert result.items == {"SI": ["si1", "si2", "si3"]}
    si = result.document.construct("SI")
    assert si.description == "Items: si1, si2, si3"
    assert construct_items(si) == ["si1", "si2", "si3"]
    assert not any(c.id == "si1" for c in result.document.constructs)


def test_covariances_and_intercepts_are_noted_and_left_out():
    warnings = [str(w) for w in parse_lavaan(STUDY, "study.lav").warnings]
    assert "study.lav:6:22: a variance or covariance (~~) is left out" in warnings
    assert "study.lav:7:1: an intercept (~ 1) is left out" in warnings


def test_positions_come_from_the_column_layout_stimuli_left_responses_right():
    document = parse_lavaan(STUDY, "study.lav").document
    x = {c.id: c.position[0] for c in document.constructs}
    assert x["interactivity"] == x["ewom"] == 0.0
    assert x["interactivity"] < x["SI"] < x["trust"] < x["loyalty"]


def test_defined_effects_are_kept_and_worked_out_from_the_weights():
    result = parse_lavaan(STUDY, "study.lav", values={"b": 0.25})
    assert _paths(result.document)[("ewom", "trust")] == 0.25
    assert result.free == []
    (defined,) = result.defined
    assert defined.name == "ind" and defined.line == 8
    assert defined_values(result.defined, result.label_values()) == {"ind": pytest.approx(0.1)}


def test_quoted_labels_start_values_na_and_repeated_terms_merge():
    text = "y ~ \"a\"*x + start(0.2)*z + NA*w + label('c')*v\ny ~ 0.3*a2 + c2*a2"
    result = parse_lavaan(text, "m.lav", values={"a": -0.2, "c": 0.1})
    weights = _paths(result.document)
    assert weights[("x", "y")] == -0.2
    assert weights[("v", "y")] == 0.1
    assert weights[("a2", "y")] == 0.3
    assert result.labels["c2"] == ["a2__y"]
    assert {f.item_id for f in result.free} == {"z__y", "w__y"}


def test_an_observed_product_variable_is_read_as_a_synergy():
    result = parse_lavaan("y ~ 0.3*int + 0.2*pers + 0.1*int_x_pers", "m.lav")
    (junction,) = result.document.junctions
    assert junction.members == ["int", "pers"] and junction.weight == 0.1
    assert not result.document.has_construct("int_x_pers")
    assert any("product int:pers" in str(w) for w in result.warnings)


def test_multiple_left_sides_and_negative_coefficients():
    result = parse_lavaan("y1 + y2 ~ -0.25*x", "m.lav")
    assert _paths(result.document) == {("x", "y1"): -0.25, ("x", "y2"): -0.25}


@pytest.mark.parametrize(
    ("text", "where", "reason"),
    [
        ("y ~ x\nz -> y", "m.lav:2:3", "unknown operator '->'"),
        ("y = x", "m.lav:1:3", "unknown operator '='"),
        ("y ~ x +", "m.lav:1:8", "a term is missing after '+'"),
        ("y ~ x + 'a*z", "m.lav:1:9", "quoted label is not closed"),
        ("y ~ 2x", "m.lav:1:5", "expected a variable name"),
        ("just words", "m.lav:1:1", "expected a formula"),
        ("y ~ 148*x", "m.lav:1:5", "outside [-100, 100], the largest weight the model holds"),
        ("y ~ a*x", "m.lav:1:5", "outside [-100, 100]"),
        ("y ~ x\nind := a*b", "m.lav:2", "'a', which labels no coefficient"),
        ("y ~ y", "m.lav:1:5", "cannot predict itself"),
        ("y ~ x:x", "m.lav:1:5", "names a variable twice"),
        ("y ~ c(0.1, 0.2)*x", "m.lav:1:5", "a value per group"),
    ],
)
def test_bad_syntax_names_the_line_and_column(text, where, reason):
    values = {"a": 150.0}
    with pytest.raises(ImportProblem) as caught:
        parse_lavaan(text, "m.lav", values=values)
    message = str(caught.value)
    assert message.startswith(where + ":")
    assert reason in message


def test_an_empty_syntax_is_refused():
    with pytest.raises(ImportProblem, match="holds no formulas"):
        parse_lavaan("# only a comment\n\n", "m.lav")


def test_import_export_import_is_stable():
    first = parse_lavaan(STUDY, "study.lav", values={"b": 0.25})
    exported = write_lavaan(first.document)
    second = parse_lavaan(exported, "again.lav")
    assert second.document == first.document
    assert write_lavaan(second.document) == exported


@pytest.mark.parametrize("name", [info.name for info in list_presets()])
def test_every_preset_exported_and_imported_keeps_structure_roles_and_weights(name):
    preset = load_preset(name)
    back = parse_lavaan(write_lavaan(preset), f"{name}.lav").document

    def structure(document):
        return (
            [(c.id, c.role, c.label) for c in document.constructs],
            sorted((p.source, p.target, p.weight, p.kind) for p in document.paths),
            sorted((tuple(j.members), j.target, j.weight) for j in document.junctions),
        )

    assert structure(back) == structure(preset)
    assert back.meta.title == preset.meta.title


def test_a_free_export_labels_every_coefficient():
    text = write_lavaan(load_preset("synergistic_influence"), free=True)
    assert "synergistic_influence ~ b1*interactivity + b2*personalization + g1*" in text
    result = parse_lavaan(text, "free.lav")
    assert len(result.free) == len(result.document.paths) + len(result.document.junctions)


def test_ids_that_are_not_lavaan_names_are_adapted_and_restored():
    document = ModelDocument(
        constructs=[
            Construct("trust-2", "Trust 2", role="stimulus"),
            Construct("y", "Y", role="response"),
        ],
        paths=[Path("p", "trust-2", "y", weight=0.2)],
    )
    text = write_lavaan(document)
    assert "y ~ 0.2*trust_2" in text
    restored = parse_lavaan(text, "m.lav").document
    assert [(c.id, c.label, c.role) for c in restored.constructs] == [
        ("trust-2", "Trust 2", "stimulus"),
        ("y", "Y", "response"),
    ]
    assert _paths(restored) == {("trust-2", "y"): 0.2}


def test_total_effects_of_an_imported_recursive_model_equal_bollens_formula():
    text = """
    m1 ~ 0.5*x1 + 0.2*x2
    m2 ~ 0.3*x1 + 0.4*m1
    y ~ 0.35*m1 + 0.25*m2 + -0.1*x2
    """
    document = parse_lavaan(text, "rec.lav").document
    model = compile_model(document)
    point = np.full(len(model.ids), 0.5)  # the baseline: every clip is on its slope of 1
    found = effects(model, point)
    endo, stimuli = list(found.targets), list(found.stimuli)
    beta = np.zeros((len(endo), len(endo)))
    gamma = np.zeros((len(endo), len(stimuli)))
    for path in document.paths:
        row = endo.index(path.target)
        if path.source in stimuli:
            gamma[row, stimuli.index(path.source)] = path.weight
        else:
            beta[row, endo.index(path.source)] = path.weight
    expected = np.linalg.solve(np.eye(len(endo)) - beta, gamma)
    np.testing.assert_allclose(found.total, expected, atol=1e-12)
    # by hand: x1 -> y = 0.5*0.35 + 0.3*0.25 + 0.5*0.4*0.25 = 0.3
    assert found.of("y", "x1")[2] == pytest.approx(0.3)


def test_names_in_any_script_and_semopy_define_lines():
    result = parse_lavaan("DEFINE(latent) 信任\n信任 ~ .25*互动\n", "m.lav")
    assert _paths(result.document) == {("互动", "信任"): 0.25}
    assert any("semopy DEFINE" in str(w) for w in result.warnings)
    assert "信任 ~ 0.25*互动" in write_lavaan(result.document)


_PIECES = [*"xyab12.0-+*:~=<>|!#;'\"()\n ,_", "=~", ":=", "~~", "NA", "c(", "start("]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_any_text_is_read_or_refused_with_a_place_never_a_crash(text):
    try:
        result = parse_lavaan(text, "fuzz.lav")
    except ImportProblem as problem:
        assert str(problem).startswith("fuzz.lav")
    else:
        assert all(-1 <= p.weight <= 1 for p in result.document.paths)


# Bollen's (1989) political democracy model, unstandardised (lavaan's example output)
BOLLEN = """\
dem60 ~ 1.483*ind60
dem65 ~ 0.572*ind60 + 0.837*dem60
"""


def test_unstandardised_coefficients_are_taken_with_a_warning_at_the_largest():
    result = parse_lavaan(BOLLEN, "bollen.lav")
    assert _paths(result.document)[("ind60", "dem60")] == 1.483
    assert result.document.settings.weight_scale == "unstandardised"
    assert [str(w) for w in result.warnings] == [
        "bollen.lav:1:9: the coefficient 1.483 is outside [-1, 1]: the weights are taken as "
        "unstandardised (settings.weight_scale), so levels may run to their bounds; for βs, "
        "import the standardised solution (lavaan standardizedSolution(), semopy "
        "inspect(std_est=True))"
    ]
    text = write_lavaan(result.document)
    assert "# Weights are unstandardised coefficients." in text
    assert _paths(parse_lavaan(text, "again.lav").document) == _paths(result.document)


def test_standardised_coefficients_leave_the_setting_at_its_default():
    result = parse_lavaan("y ~ 0.4*x", "m.lav")
    assert result.document.settings.weight_scale == "standardised"
    assert result.warnings == []


def test_a_self_loop_travels_in_a_comment_line_that_lavaan_skips():
    document = parse_lavaan("y ~ 0.5*x", "m.lav").document
    document.paths.append(Path("y__y", "y", "y", 0.4, kind="trust-transfer"))
    text = write_lavaan(document)
    assert "#@ path y y weight=0.4 kind=trust-transfer" in text
    assert "y ~ 0.5*x\n" in text  # no 'y ~ y', which lavaan refuses
    back = parse_lavaan(text, "again.lav").document
    assert _paths(back) == {("x", "y"): 0.5, ("y", "y"): 0.4}
    assert back.find_path("y", "y").kind == "trust-transfer"
    assert {c.id: c.role for c in back.constructs} == {"x": "stimulus", "y": "response"}


def test_a_self_loop_beyond_one_makes_the_weights_unstandardised_at_its_line():
    """An unstandardised model's self-loop of 1.5 was written as '#@ path y y weight=1.5' but
    read back into a standardised model and refused (paths[1].weight: between -1 and 1)."""
    text = "y ~ 0.5*x\n#@ path y y weight=1.5\n"
    result = parse_lavaan(text, "loop.lav")
    assert _paths(result.document) == {("x", "y"): 0.5, ("y", "y"): 1.5}
    assert result.document.settings.weight_scale == "unstandardised"
    assert [str(w).split(": the weights")[0] for w in result.warnings] == [
        "loop.lav:2: the coefficient 1.5 is outside [-1, 1]"
    ]
    written = write_lavaan(result.document)
    assert "#@ path y y weight=1.5" in written
    assert write_lavaan(parse_lavaan(written, "loop.lav").document) == written
    # the largest beyond 1 is named, wherever it stands
    both = parse_lavaan("y ~ 1.2*x\n#@ path y y weight=-3\n", "m.lav")
    assert [str(w).split(": the weights")[0] for w in both.warnings] == [
        "m.lav:2: the coefficient -3 is outside [-1, 1]"
    ]
