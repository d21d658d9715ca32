"""Semantic checks beyond the schema, and the synergy warning of DESIGN §3."""

from __future__ import annotations

import pytest
from model_builders import build_document, model_data

from synergy_gui.model import Path, Problem
from synergy_gui.model.validation import (
    check_document,
    format_location,
    synergy_warnings,
    validate_data,
)


def _errors(edit) -> list[str]:
    return [str(p) for p in validate_data(model_data(edit)) if p.severity == "error"]


def test_the_test_model_is_clean():
    assert validate_data(model_data()) == []


def test_format_location():
    assert format_location(["paths", 3, "weight"]) == "paths[3].weight"
    assert format_location(["scenarios", 0, "clamps", "x.y"]) == 'scenarios[0].clamps["x.y"]'
    assert format_location([]) == ""


CASES = [
    (
        lambda d: d["junctions"][0].update(id="interactivity"),
        "junctions[0].id: the id 'interactivity' is already used by constructs[0]",
    ),
    (
        lambda d: d["constructs"].append({**d["constructs"][3], "id": "digital_trust"}),
        "constructs[4].id: the id 'digital_trust' is already used by constructs[2]",
    ),
    (
        lambda d: d["paths"][2].update(source="interactivity__digital_trust"),
        "paths[2].source: 'interactivity__digital_trust' is a path, not a construct",
    ),
    (
        lambda d: d["paths"][1].update(source="interactivity"),
        "paths[1]: there is already a path from 'interactivity' to 'digital_trust' (paths[0])",
    ),
    (
        lambda d: d["paths"][2].update(target="personalization"),
        "paths[2].target: 'personalization' is a stimulus: stimuli are set from outside and "
        "take nothing in",
    ),
    (
        lambda d: d["junctions"][0].update(target="interactivity"),
        "junctions[0].target: 'interactivity' cannot be both a member and the target",
    ),
    (
        lambda d: d["junctions"][0].update(members=["interactivity", "ghost"]),
        "junctions[0].members[1]: there is no construct with id 'ghost'",
    ),
    (
        lambda d: d["constructs"][2].update(tau_rise=0.0),
        "constructs[2].tau_rise: must be greater than 0 and at most 10000 (got 0.0)",
    ),
    (
        lambda d: d["constructs"][3]["activation"].update(gain=0.0),
        "constructs[3].activation.gain: must be between 0.01 and 100 (got 0.0)",
    ),
    (
        lambda d: d["constructs"][1].update(label="   "),
        "constructs[1].label: must not be empty",
    ),
    (
        lambda d: d["scenarios"][0]["schedules"].update(loyalty={"kind": "constant", "level": 1}),
        "scenarios[0].schedules.loyalty: only a stimulus can have a schedule; 'loyalty' is a "
        "response",
    ),
    (
        lambda d: d["scenarios"][1]["schedules"]["personalization"].update(values=[]),
        "scenarios[1].schedules.personalization.values: must hold at least one level for a series",
    ),
    (
        lambda d: d["scenarios"][1]["schedules"]["personalization"].update(values=[0.1, 1.2]),
        "scenarios[1].schedules.personalization.values[1]: must be between 0 and 1 (got 1.2)",
    ),
    (
        lambda d: d["scenarios"][0]["clamps"].update(ghost=0.5),
        "scenarios[0].clamps.ghost: there is no construct with id 'ghost'",
    ),
    (
        lambda d: d["scenarios"][0]["weight_overrides"].update(loyalty=0.5),
        "scenarios[0].weight_overrides.loyalty: there is no path or junction with id 'loyalty'",
    ),
    (
        lambda d: d["scenarios"][1].update(name="Campaign"),
        "scenarios[1].name: the name 'Campaign' is already used by scenarios[0]",
    ),
    (
        lambda d: d["settings"]["focus"].append("ghost"),
        "settings.focus[2]: there is no construct with id 'ghost'",
    ),
]


@pytest.mark.parametrize(("edit", "expected"), CASES)
def test_each_semantic_rule_names_its_place(edit, expected):
    assert _errors(edit) == [expected]


def test_check_document_finds_what_the_editor_would_refuse(document):
    document.paths.append(Path("loop", "loyalty", "interactivity", weight=0.2))
    assert check_document(document) == [
        Problem(
            "paths[3].target",
            "'interactivity' is a stimulus: stimuli are set from outside and take nothing in",
        )
    ]


# ---------------------------------------------------------------------- synergy warnings
def _synergy_model(g: float, w_inter: float, w_pers: float, baseline: float = 0.5):
    doc = build_document()
    doc.set_weight("x_interactivity_personalization", g)
    doc.set_weight("interactivity__digital_trust", w_inter)
    doc.set_weight("personalization__digital_trust", w_pers)
    doc.update_construct("interactivity", baseline=baseline)
    return doc


def test_no_warning_while_each_member_path_outweighs_the_product_term():
    # |g| * 0.5 = 0.1 <= min(0.4, 0.1): the boundary itself is still monotone
    assert synergy_warnings(_synergy_model(-0.2, 0.4, 0.1)) == []


def test_a_warning_names_the_member_whose_path_is_too_weak():
    # |0.3| * 0.5 = 0.15 > 0.1 (personalization) but < 0.4 (interactivity)
    (warning,) = synergy_warnings(_synergy_model(0.3, 0.4, 0.1))
    assert warning.location == "junctions[0].weight"
    assert warning.severity == "warning"
    assert "can reach 0.15" in warning.message
    assert "personalization → digital_trust has weight 0.1" in warning.message
    assert "raising Personalization could then lower Digital trust" in warning.message


def test_the_reach_of_the_other_member_follows_its_baseline():
    # personalization's bound uses interactivity's reach max(0.2, 0.8) = 0.8: 0.2 * 0.8 = 0.16
    # interactivity's bound uses personalization's reach 0.5: 0.1 <= 0.4, fine
    (warning,) = synergy_warnings(_synergy_model(0.2, 0.4, 0.15, baseline=0.2))
    assert "can reach 0.16" in warning.message and "personalization →" in warning.message


def test_under_fcm_rules_the_reach_is_one():
    doc = _synergy_model(0.2, 0.4, 0.15)
    assert synergy_warnings(doc) == []
    doc.update_settings(update_rule="kosko")  # baseline 0: levels stray up to 1 from it
    (warning,) = synergy_warnings(doc)
    assert "can reach 0.2" in warning.message


def test_a_member_without_its_own_path_is_warned_about():
    doc = _synergy_model(0.2, 0.4, 0.3)
    doc.remove_path("personalization__digital_trust")
    (warning,) = synergy_warnings(doc)
    assert "there is no path personalization → digital_trust" in warning.message
    assert check_document(doc) == [warning]
