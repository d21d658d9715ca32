"""A story in the model file: written small, read back equal, refused at the place of a fault."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from model_builders import build_document

from synergy_gui.assets import presets_dir, resource
from synergy_gui.model import DocumentFileError
from synergy_gui.model.fileformat import (
    load_document,
    loads_document,
    loads_document_with_warnings,
    save_document,
)
from synergy_gui.model.serialize import dumps, to_dict
from synergy_gui.model.story import Story, StoryStep
from synergy_gui.model.validation import format_location


def _storied():
    document = build_document()
    document.set_story(
        Story(
            "How trust builds",
            [
                StoryStep(
                    "The two levers",
                    caption="Interactivity and personalization, on their own.",
                    shown=["interactivity", "personalization"],
                    reveal="hide",
                ),
                StoryStep(
                    "Together",
                    highlight=["x_interactivity_personalization", "digital_trust__loyalty"],
                    levels={"interactivity": 0.9, "personalization": 0.8},
                    sliders=["interactivity"],
                    scenario="Campaign",
                    plotted=["loyalty"],
                    week=12,
                    play=True,
                ),
                StoryStep("Everything", shown=[]),
            ],
        )
    )
    return document


def _story_data() -> dict:
    return to_dict(_storied())


def test_a_story_is_written_after_the_scenarios_with_only_the_fields_a_step_sets():
    data = _story_data()
    assert list(data)[-2:] == ["scenarios", "story"]
    first, second, last = data["story"]["steps"]
    assert list(first) == ["title", "caption", "shown", "reveal"]
    assert second == {
        "title": "Together",
        "highlight": ["x_interactivity_personalization", "digital_trust__loyalty"],
        "levels": {"interactivity": 0.9, "personalization": 0.8},
        "sliders": ["interactivity"],
        "scenario": "Campaign",
        "plotted": ["loyalty"],
        "week": 12.0,
        "play": True,
    }
    assert last == {"title": "Everything", "shown": []}  # nothing shown is not "all shown"


def test_a_document_without_a_story_has_no_story_key():
    assert "story" not in to_dict(build_document())


def test_a_story_round_trips_and_an_unchanged_document_saves_byte_identical(tmp_path: Path):
    document = _storied()
    first = tmp_path / "first.synergy.json"
    save_document(document, first)
    loaded = load_document(first)
    assert loaded == document
    assert loaded.story.steps[1].week == 12.0
    assert loaded.story.steps[0].shown == ["interactivity", "personalization"]
    assert loaded.story.steps[1].shown is None  # left out: every construct
    second = tmp_path / "second.synergy.json"
    save_document(loaded, second)
    assert second.read_bytes() == first.read_bytes()


def test_what_serialize_writes_for_a_story_meets_the_schema():
    schema = json.loads(resource("schema", "synergy.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    assert list(validator.iter_errors(_story_data())) == []


@pytest.mark.parametrize("name", sorted(p.name for p in presets_dir().glob("*.synergy.json")))
def test_every_preset_saves_to_the_bytes_it_was_read_from(name: str):
    path = presets_dir() / name
    assert dumps(load_document(path)) == path.read_text(encoding="utf-8")


def test_a_hand_written_story_gets_the_defaults():
    data = to_dict(build_document())
    data["story"] = {"title": "Short", "steps": [{"title": "Only a title"}]}
    story = loads_document(json.dumps(data)).story
    assert story == Story("Short", [StoryStep("Only a title")])
    step = story.steps[0]
    assert (step.shown, step.reveal, step.week, step.play) == (None, "fade", None, False)


def _at(data: dict, path: tuple, value) -> None:
    *parents, last = path
    container = data
    for part in parents:
        container = container[part]
    container[last] = value


# (the place of the bad value, the value, words of the reason)
BAD_STORIES = [
    (("steps", 0, "shown", 1), "no_such", "no construct with id 'no_such'"),
    (("steps", 0, "shown", 0), "digital_trust__loyalty", "not a construct"),
    (("steps", 0, "reveal"), "blink", "fade, hide"),
    (("steps", 1, "levels", "interactivity"), 1.5, "between 0 and 1"),
    (("steps", 1, "levels", "loyalty"), 0.5, "only a stimulus"),
    (("steps", 1, "sliders", 0), "digital_trust", "only a stimulus"),
    (("steps", 1, "week"), -1, "-1"),
    (("steps", 1, "title"), "", "empty"),
    (("title",), "", "empty"),
    (("steps", 1, "scenario"), "Launch", "no scenario named 'Launch'"),
    (("steps", 1, "highlight", 0), "loyalty", "is a construct"),
    (("steps", 1, "highlight", 1), "gone", "no path or junction with id 'gone'"),
    (("steps", 1, "plotted", 0), "gone", "no construct with id 'gone'"),
    (("steps", 1, "play"), "yes", "true or false"),
]


@pytest.mark.parametrize(
    ("path", "value", "words"), BAD_STORIES, ids=[format_location(c[0]) for c in BAD_STORIES]
)
@pytest.mark.parametrize("with_schema", [True, False], ids=["schema", "model-checks-only"])
def test_a_bad_story_is_refused_at_its_place(path, value, words, with_schema):
    """With the schema (a user's file) and without it (the presets' quick load) alike."""
    data = _story_data()
    _at(data["story"], path, value)
    with pytest.raises(DocumentFileError) as caught:
        loads_document_with_warnings(json.dumps(data), schema=with_schema)
    problems = caught.value.problems
    assert [p.location for p in problems] == [format_location(["story", *path])]
    assert words in problems[0].message


def test_a_step_field_the_program_does_not_know_is_refused():
    data = _story_data()
    data["story"]["steps"][1]["colour"] = "red"
    with pytest.raises(DocumentFileError) as caught:
        loads_document(json.dumps(data))
    assert [p.location for p in caught.value.problems] == ["story.steps[1].colour"]
    assert "the known fields are title, caption" in caught.value.problems[0].message


def test_a_bad_story_beside_a_bad_weight_reports_both():
    data = _story_data()
    data["paths"][0]["weight"] = 7
    data["story"]["steps"][0]["shown"][0] = "no_such"
    with pytest.raises(DocumentFileError) as caught:
        loads_document(json.dumps(data))
    places = [p.location for p in caught.value.problems]
    assert places == ["paths[0].weight", "story.steps[0].shown[0]"]


def test_a_story_of_the_wrong_shape_is_refused_without_a_crash():
    data = _story_data()
    data["story"]["steps"] = {"title": "not a list"}
    with pytest.raises(DocumentFileError) as caught:
        loads_document(json.dumps(data))
    assert [p.location for p in caught.value.problems] == ["story.steps"]
