"""Scenario edits: reorder, names, refusals in words, clamps never on a stimulus, the segment."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from model_builders import build_document, model_data

from synergy_gui.model import (
    Change,
    DocumentFileError,
    ModelDocument,
    ModelError,
    Scenario,
    Schedule,
)
from synergy_gui.model.fileformat import loads_document
from synergy_gui.model.serialize import dumps, to_dict
from synergy_gui.model.validation import validate_data
from synergy_gui.model.view_state import ViewState


def _recording(document: ModelDocument) -> list[Change]:
    seen: list[Change] = []
    document.events.connect(seen.append)
    return seen


def _names(document: ModelDocument) -> list[str]:
    return [s.name for s in document.scenarios]


# ---------------------------------------------------------------------- move_scenario
def test_move_scenario_reorders_and_returns_the_old_position(document):
    document.add_scenario(Scenario("Third"))
    seen = _recording(document)
    assert document.move_scenario("Third", 0) == 2
    assert _names(document) == ["Third", "Campaign", "Series"]
    assert seen == [Change("update", "scenario", "Third", ("order",))]
    assert document.move_scenario("Third", 2) == 0
    assert _names(document) == ["Campaign", "Series", "Third"]


def test_moving_to_the_same_place_emits_nothing(document):
    seen = _recording(document)
    assert document.move_scenario("Series", 1) == 1
    assert seen == []


@pytest.mark.parametrize("index", [-1, 2, 10])
def test_moving_outside_the_list_is_refused(document, index):
    before = document.clone()
    with pytest.raises(ModelError, match="cannot move to position"):
        document.move_scenario("Campaign", index)
    assert document == before


def test_the_view_state_keeps_the_compared_in_the_new_order(document):
    view = ViewState(document)
    view.set_compared(["Series", "Campaign"])
    assert view.compared == ("Campaign", "Series")
    document.move_scenario("Series", 0)
    assert view.compared == ("Series", "Campaign")


# ---------------------------------------------------------------------- refusals in words
def _series(values: list) -> Callable[[ModelDocument], object]:
    schedule = Schedule("series", values=values)
    return lambda d: d.set_schedule("Series", "personalization", schedule)


def _interactivity(*args, **values) -> Callable[[ModelDocument], object]:
    schedule = Schedule(*args, **values)
    return lambda d: d.set_schedule("Campaign", "interactivity", schedule)


REFUSED = [
    (lambda d: d.add_scenario(Scenario("")), "A scenario's name must not be empty."),
    (lambda d: d.add_scenario(Scenario("  ")), "A scenario's name must not be empty."),
    (
        lambda d: d.add_scenario(Scenario("Series")),
        "There is already a scenario named “Series”; choose another name.",
    ),
    (
        lambda d: d.update_scenario("Campaign", name="Series"),
        "There is already a scenario named “Series”; choose another name.",
    ),
    (lambda d: d.update_scenario("Campaign", name=""), "A scenario's name must not be empty."),
    (
        _interactivity("constant", level=1.2),
        "In scenario “Campaign”, the level of the schedule of “Interactivity” must be between "
        "0 and 1 (got 1.2).",
    ),
    (
        _interactivity("step", 0.8, base=-0.1),
        "In scenario “Campaign”, the base level of the schedule of “Interactivity” must be "
        'between 0 and 1 (got −0.1); negative levels need settings.level_range "bipolar".',
    ),
    (
        _interactivity("step", 0.8, start=-2.0),
        "In scenario “Campaign”, the start of the schedule of “Interactivity” must not be "
        "negative (got −2.0).",
    ),
    (
        _interactivity("pulse", 0.8, duration=-1.0),
        "In scenario “Campaign”, the duration of the schedule of “Interactivity” must not be "
        "negative (got −1.0).",
    ),
    (
        _series([0.1, "abc"]),
        "In scenario “Series”, row 2 of the series of “Personalization” must be a number "
        "(got 'abc').",
    ),
    (
        _series([float("nan")]),
        "In scenario “Series”, row 1 of the series of “Personalization” must be a finite number "
        "(got nan).",
    ),
    (
        _series([0.2, 1.5]),
        "In scenario “Series”, row 2 of the series of “Personalization” must be between 0 and 1 "
        "(got 1.5).",
    ),
    (
        _series([]),
        "In scenario “Series”, the series of “Personalization” has no levels.",
    ),
    (
        lambda d: d.set_schedule("Campaign", "loyalty", Schedule()),
        "“Loyalty” is a response: only a stimulus can have a schedule.",
    ),
    (
        lambda d: d.set_clamp("Campaign", "digital_trust", 1.5),
        "In scenario “Campaign”, the clamp of “Digital trust” must be between 0 and 1 (got 1.5).",
    ),
    (
        lambda d: d.set_weight_override("Campaign", "digital_trust__loyalty", -1.5),
        "In scenario “Campaign”, the weight override of “Digital trust → Loyalty” must be "
        "between −1 and 1 (got −1.5); unstandardised weights need settings.weight_scale "
        '"unstandardised".',
    ),
    (
        lambda d: d.set_weight_override("Campaign", "x_interactivity_personalization", 2.0),
        "In scenario “Campaign”, the weight override of “Interactivity × Personalization → "
        "Digital trust” must be between −1 and 1 (got 2.0); unstandardised weights need "
        'settings.weight_scale "unstandardised".',
    ),
]


@pytest.mark.parametrize(("edit", "message"), REFUSED)
def test_a_refused_scenario_edit_is_a_sentence_and_changes_nothing(document, edit, message):
    before = document.clone()
    seen = _recording(document)
    with pytest.raises(ModelError) as caught:
        edit(document)
    assert str(caught.value) == message
    assert document == before
    assert seen == []


# ---------------------------------------------------------------------- clamps on stimuli
def test_clamping_a_stimulus_is_refused_with_the_reason(document):
    before = document.clone()
    with pytest.raises(ModelError) as caught:
        document.set_clamp("Campaign", "interactivity", 0.8)
    assert "“Interactivity” is a stimulus and cannot be clamped" in str(caught.value)
    assert "suppose trust were 0.8" in str(caught.value)
    assert document == before


def test_a_new_scenario_clamping_a_stimulus_is_refused(document):
    before = document.clone()
    with pytest.raises(ModelError, match="is a stimulus and cannot be clamped"):
        document.add_scenario(Scenario("Held", clamps={"personalization": 0.4}))
    assert document == before


def test_a_file_clamping_a_stimulus_names_the_place():
    data = model_data(lambda d: d["scenarios"][1]["clamps"].update(interactivity=0.8))
    assert [str(p) for p in validate_data(data)] == [
        "scenarios[1].clamps.interactivity: only a construct that is not a stimulus can be "
        "clamped; 'interactivity' is a stimulus, which its schedule sets"
    ]
    with pytest.raises(DocumentFileError) as caught:
        loads_document(json.dumps(data))
    assert [p.location for p in caught.value.problems] == ["scenarios[1].clamps.interactivity"]


def test_a_clamped_construct_can_be_found_before_it_becomes_a_stimulus(document):
    with pytest.raises(ModelError, match="is clamped in scenario “Campaign”"):
        document._refuse_clamped("loyalty")
    document._refuse_clamped("digital_trust")  # clamped nowhere: no refusal


# ---------------------------------------------------------------------- entries
def test_an_entry_put_back_returns_to_its_place_in_the_file(document):
    document.set_schedule("Campaign", "personalization", Schedule("constant", level=0.7))
    text = dumps(document)
    previous = document.set_schedule("Campaign", "interactivity", None)
    document.set_schedule("Campaign", "interactivity", previous)
    assert list(document.scenario("Campaign").schedules) == ["interactivity", "personalization"]
    assert dumps(document) == text


def test_an_entry_is_a_copy_of_the_value_given(document):
    schedule = Schedule("constant", level=0.7)
    document.set_schedule("Campaign", "personalization", schedule)
    schedule.level = 0.1
    assert document.scenario("Campaign").schedules["personalization"].level == 0.7


# ---------------------------------------------------------------------- names and new ones
def test_new_scenario_names_count_on_from_the_scenarios(document):
    assert document.new_scenario_name() == "Scenario 3"
    document.add_scenario(Scenario("Scenario 4"))
    assert document.new_scenario_name() == "Scenario 5"


def test_copy_names_never_collide(document):
    assert document.copy_name("Campaign") == "Campaign (copy)"
    document.add_scenario(Scenario("Campaign (copy)"))
    assert document.copy_name("Campaign") == "Campaign (copy 2)"
    assert document.copy_name("Campaign (copy)") == "Campaign (copy 2)"


def test_a_scenario_from_levels_holds_each_stimulus_at_its_slider(document):
    document.update_construct("interactivity", initial=0.8)
    scenario = document.scenario_from_levels("Now")
    assert scenario == Scenario(
        "Now",
        schedules={
            "interactivity": Schedule("constant", level=0.8),
            "personalization": Schedule("constant", level=0.5),
        },
    )
    assert "Now" not in _names(document)


# ---------------------------------------------------------------------- the segment
def test_the_segment_round_trips_through_the_file(document):
    document.update_scenario("Campaign", segment="Gen Z")
    text = dumps(document)
    assert to_dict(document)["scenarios"][0]["segment"] == "Gen Z"
    reopened = loads_document(text)
    assert reopened == document
    assert reopened.scenario("Campaign").segment == "Gen Z"
    assert dumps(reopened) == text


def test_a_file_without_segments_loads_and_saves_the_same_bytes():
    document = build_document()
    text = dumps(document)
    assert '"segment"' not in text
    reopened = loads_document(text)
    assert [s.segment for s in reopened.scenarios] == ["", ""]
    assert dumps(reopened) == text


def test_a_segment_that_is_not_text_is_refused_in_a_file():
    data = model_data(lambda d: d["scenarios"][0].update(segment=3))
    with pytest.raises(DocumentFileError) as caught:
        loads_document(json.dumps(data))
    assert [p.location for p in caught.value.problems] == ["scenarios[0].segment"]


def test_setting_the_segment_emits_one_change(document):
    seen = _recording(document)
    assert document.update_scenario("Campaign", segment="Gen Z") == {"segment": ""}
    assert seen == [Change("update", "scenario", "Campaign", ("segment",))]
