"""Loading: a good file gives the document back; a bad one lists every problem at its place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from model_builders import build_document, model_data, write_model

from synergy_gui.model import DocumentFileError, Problem, fileformat
from synergy_gui.model.fileformat import (
    load_document,
    load_document_with_warnings,
    loads_document,
    save_document,
)
from synergy_gui.model.serialize import dumps


def _problems(text: str) -> list[str]:
    with pytest.raises(DocumentFileError) as caught:
        loads_document(text, "model.synergy.json")
    assert caught.value.filename == "model.synergy.json"
    return [str(problem) for problem in caught.value.problems]


def _problems_of(edit) -> list[str]:
    return _problems(json.dumps(model_data(edit)))


def test_a_saved_file_loads_as_an_equal_document(tmp_path: Path):
    doc = build_document()
    save_document(doc, tmp_path / "m.synergy.json")
    assert load_document(tmp_path / "m.synergy.json") == doc
    assert loads_document(dumps(doc)) == doc


def test_a_hand_written_minimal_file_gets_the_defaults():
    text = """{"format": "synergy-explorer", "version": 1,
               "constructs": [{"id": "ad", "label": "Ad", "role": "stimulus"},
                              {"id": "trust", "label": "Trust", "role": "organism"}],
               "paths": [{"id": "p", "source": "ad", "target": "trust", "weight": 0.5}]}"""
    doc = loads_document(text)
    assert doc.construct("trust").baseline == 0.5
    assert doc.path("p").kind == "causal"
    assert doc.settings.horizon == 52


def test_every_problem_is_reported_at_once():
    def edit(data):
        data["paths"][1]["weight"] = 1.5
        del data["constructs"][0]["label"]
        data["constructs"][3]["colour"] = "red"
        data["settings"]["update_rule"] = "magic"

    assert _problems_of(edit) == [
        "constructs[0].label: is missing",
        "constructs[3].colour: is not a field of this format; the known fields are id, label, "
        "role, initial, baseline, tau_rise, tau_fall, activation, position, description, "
        "references",
        "paths[1].weight: must be between -1 and 1 (got 1.5)",
        "settings.update_rule: must be one of sor, kosko, modified-kosko, rescaled (got 'magic')",
    ]


def test_semantic_problems_are_all_reported_too():
    def edit(data):
        data["paths"][0]["target"] = "nowhere"
        data["paths"][1]["id"] = "loyalty"
        data["junctions"][0]["members"] = ["interactivity", "interactivity"]

    assert _problems_of(edit) == [
        "paths[1].id: the id 'loyalty' is already used by constructs[3]",
        "paths[0].target: there is no construct with id 'nowhere'",
        "junctions[0].members[1]: 'interactivity' is listed twice",
        "junctions[0].members: a synergy junction needs at least two different members",
        "scenarios[0].weight_overrides.personalization__digital_trust: "
        "there is no path or junction with id 'personalization__digital_trust'",
    ]


def test_places_inside_scenarios_and_odd_keys_are_named():
    def edit(data):
        schedules = data["scenarios"][0]["schedules"]
        schedules["interactivity"]["level"] = 2
        data["scenarios"][0]["clamps"]["no such.thing"] = 0.5

    assert _problems_of(edit) == [
        "scenarios[0].schedules.interactivity.level: must be between 0 and 1 (got 2)",
        "scenarios[0].clamps[\"no such.thing\"]: there is no construct with id 'no such.thing'",
    ]
    problems = _problems_of(lambda d: d["scenarios"][0]["clamps"].update({"a b": 0.5}))
    assert problems == ["scenarios[0].clamps[\"a b\"]: there is no construct with id 'a b'"]


def test_json_syntax_errors_name_line_and_column():
    text = dumps(build_document()).replace('"version": 1,', '"version": 1', 1)
    assert _problems(text) == ["line 4, column 3: is not valid JSON: Expecting ',' delimiter"]


def test_a_cut_off_file_is_called_truncated():
    text = dumps(build_document())
    (problem,) = _problems(text[: len(text) // 2])
    assert problem.startswith("line ") and "it looks cut off" in problem


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_non_finite_numbers_are_refused_at_their_place(literal):
    text = dumps(build_document()).replace('"weight": 0.3', f'"weight": {literal}', 1)
    (problem,) = _problems(text)
    assert problem.startswith("paths[1].weight: must be a finite number")


def test_a_key_given_twice_is_refused():
    text = dumps(build_document()).replace('"weight": 0.3,', '"weight": 0.3, "weight": 0.9,', 1)
    assert _problems(text) == ["paths[1].weight: is given more than once in the same object"]


@pytest.mark.parametrize(
    ("version", "reason"),
    [
        (2, "version: was written by a newer Synergy Explorer (version 2); this one reads up to 1"),
        ("1", "version: must be a whole number 1 or more (got '1')"),
        (1.5, "version: must be a whole number 1 or more (got 1.5)"),
        (True, "version: must be a whole number 1 or more (got True)"),
        (0, "version: must be a whole number 1 or more (got 0)"),
    ],
)
def test_versions_the_program_cannot_read(version, reason):
    assert _problems_of(lambda d: d.update(version=version)) == [reason]


def test_format_is_checked_before_anything_else():
    assert _problems('{"format": "other", "version": 1, "constructs": 3}') == [
        "format: is 'other', not 'synergy-explorer': not a Synergy Explorer model file"
    ]
    (problem,) = _problems('{"version": 1}')
    assert problem.startswith("format: is missing")


def _renaming_migration(data: dict) -> dict:
    """A fake version-1 -> 2 step: old files called a path's weight 'strength'."""
    for path in data.get("paths", []):
        path["weight"] = path.pop("strength")
    return data


def test_an_older_version_goes_through_the_migrations(monkeypatch):
    monkeypatch.setattr(fileformat, "FORMAT_VERSION", 2)
    monkeypatch.setattr(fileformat, "MIGRATIONS", {1: _renaming_migration})

    def old_style(data):
        for path in data["paths"]:
            path["strength"] = path.pop("weight")

    doc = loads_document(json.dumps(model_data(old_style)))
    assert [p.weight for p in doc.paths] == [0.4, 0.3, 0.5]
    assert doc == build_document()


def test_a_missing_or_failing_migration_is_reported(monkeypatch):
    monkeypatch.setattr(fileformat, "FORMAT_VERSION", 3)
    monkeypatch.setattr(fileformat, "MIGRATIONS", {2: _renaming_migration})
    assert _problems_of(None) == ["version: version 1 files can no longer be read by this program"]
    monkeypatch.setattr(fileformat, "MIGRATIONS", {1: _renaming_migration})
    (problem,) = _problems_of(None)
    assert problem == "version: could not be upgraded from version 1: 'strength'"


def test_the_construct_limit(tmp_path: Path):
    def many(count):
        def edit(data):
            data["constructs"] = [
                {"id": f"c{i}", "label": f"C {i}", "role": "organism"} for i in range(count)
            ]
            data["paths"], data["junctions"], data["scenarios"] = [], [], []
            data["settings"]["focus"] = []

        return edit

    assert len(load_document(write_model(tmp_path, "ok.json", many(5000))).constructs) == 5000
    with pytest.raises(DocumentFileError) as caught:
        load_document(write_model(tmp_path, "big.json", many(5001)))
    assert caught.value.problems == [
        Problem("constructs", "holds 5001 constructs; a model has at most 5000")
    ]


def test_the_size_limit_is_checked_before_reading(tmp_path: Path, monkeypatch):
    path = tmp_path / "huge.synergy.json"
    with path.open("wb") as stream:
        stream.truncate(20 * 1024 * 1024 + 1)

    def no_reading(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    with pytest.raises(DocumentFileError) as caught:
        load_document(path)
    assert [str(p) for p in caught.value.problems] == [
        "is too large (20.0 MB); model files are at most 20 MB"
    ]


def test_warnings_come_with_the_document_and_do_not_refuse_it(tmp_path: Path):
    path = write_model(tmp_path, "w.json", lambda d: d["junctions"][0].update(weight=0.7))
    doc, warnings = load_document_with_warnings(path)
    assert doc.junction("x_interactivity_personalization").weight == 0.7
    # |0.7| * 0.5 = 0.35 exceeds personalization -> trust (0.3) but not interactivity's 0.4
    assert [(w.location, w.severity) for w in warnings] == [("junctions[0].weight", "warning")]
    assert "personalization → digital_trust has weight 0.3" in warnings[0].message
    assert load_document(path) == doc


def test_the_error_report_names_the_file_and_each_place(tmp_path: Path):
    path = write_model(tmp_path, "bad.json", lambda d: d["paths"][2].update(weight=-3))
    with pytest.raises(DocumentFileError) as caught:
        load_document(path)
    assert caught.value.report() == (
        f"{path}: cannot be opened\n  paths[2].weight: must be between -1 and 1 (got -3)"
    )
