"""One run of the validator reports every problem of a file: schema, literal and model ones."""

from __future__ import annotations

import json

import pytest
from model_builders import model_data

from synergy_gui.model.errors import DocumentFileError
from synergy_gui.model.fileformat import loads_document


def _report(data: dict | str) -> list[str]:
    text = data if isinstance(data, str) else json.dumps(data)
    with pytest.raises(DocumentFileError) as refused:
        loads_document(text)
    return [str(p) for p in refused.value.problems]


def _weight_and_missing(data: dict) -> None:
    data["paths"][0]["weight"] = 7
    data["paths"][1]["source"] = "nope"


def test_a_bad_weight_and_a_missing_construct_are_both_reported():
    report = _report(model_data(_weight_and_missing))
    assert "paths[0].weight: must be between -1 and 1 (got 7)" in report
    assert "paths[1].source: there is no construct with id 'nope'" in report


def test_a_literal_nan_does_not_hide_the_schema_and_model_problems():
    text = json.dumps(model_data(_weight_and_missing)).replace(
        '"initial": 0.5', '"initial": NaN', 1
    )
    report = _report(text)
    assert any(line.startswith("constructs[0].initial: must be a finite number") for line in report)
    assert "paths[0].weight: must be between -1 and 1 (got 7)" in report
    assert "paths[1].source: there is no construct with id 'nope'" in report


def test_a_value_of_the_wrong_type_is_reported_once():
    def edit(data: dict) -> None:
        data["paths"][0]["weight"] = "strong"
        data["scenarios"][0]["clamps"]["loyalty"] = "high"
        data["junctions"][0]["members"] = ["interactivity", 5]

    report = _report(model_data(edit))
    assert sorted(report) == [
        "junctions[0].members[1]: must be text (got 5)",
        "paths[0].weight: must be a number (got 'strong')",
        "scenarios[0].clamps.loyalty: must be a number (got 'high')",
    ]


def test_model_checks_are_left_out_when_the_ids_cannot_be_read():
    def edit(data: dict) -> None:
        data["constructs"][2] = "digital_trust"  # not an object: what do the paths point at?

    assert _report(model_data(edit)) == [
        "constructs[2]: must be an object {...} (got 'digital_trust')"
    ]


def test_a_missing_required_field_beside_a_model_problem():
    def edit(data: dict) -> None:
        del data["paths"][0]["weight"]
        data["scenarios"][0]["weight_overrides"]["nothing"] = 0.5

    report = _report(model_data(edit))
    assert "paths[0].weight: is missing" in report
    assert (
        "scenarios[0].weight_overrides.nothing: there is no path or junction with id 'nothing'"
        in report
    )


def test_a_number_too_large_for_a_float_does_not_hide_the_model_problems():
    text = json.dumps(model_data(_weight_and_missing)).replace(
        '"weight": 7', '"weight": 1' + "0" * 400
    )
    report = _report(text)
    assert "paths[1].source: there is no construct with id 'nope'" in report
    assert any(line.startswith("paths[0].weight: must be between -1 and 1") for line in report)


def test_a_bad_junction_sd_and_default_sd_are_reported_with_the_other_problems():
    def edit(data: dict) -> None:
        _weight_and_missing(data)
        data["junctions"][0]["sd"] = -0.2
        data["settings"]["default_sd"] = 3

    report = _report(model_data(edit))
    assert "paths[1].source: there is no construct with id 'nope'" in report
    assert any(line.startswith("junctions[0].sd:") for line in report)
    assert any(line.startswith("settings.default_sd:") for line in report)


@pytest.mark.parametrize(
    ("bounds", "said"),
    [
        ({"minimum": 0, "exclusiveMaximum": 1}, "must be at least 0 and below 1 (got 1)"),
        ({"exclusiveMinimum": 0, "maximum": 1}, "must be greater than 0 and at most 1 (got 1)"),
        ({"exclusiveMinimum": 0}, "must be greater than 0 (got 1)"),
        ({"minimum": 0, "maximum": 1}, "must be between 0 and 1 (got 1)"),
    ],
)
def test_a_range_says_which_end_is_excluded(bounds, said):
    from types import SimpleNamespace

    from synergy_gui.model.schema_errors import _range_reason

    assert _range_reason(SimpleNamespace(schema=bounds, instance=1)) == said
