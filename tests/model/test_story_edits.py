"""The story's edits on the document, and the story following the document's other edits."""

from __future__ import annotations

import re

import pytest
from model_builders import build_document

from synergy_gui.model import Change, ModelDocument, ModelError, Scenario
from synergy_gui.model.story import Story, StoryStep


def _told(document: ModelDocument) -> list[Change]:
    changes: list[Change] = []
    document.events.connect(changes.append)
    return changes


def _story_changes(changes: list[Change]) -> list[Change]:
    return [c for c in changes if c.target == "story"]


@pytest.fixture
def storied() -> ModelDocument:
    document = build_document()
    document.set_story(
        Story(
            "How trust builds",
            [
                StoryStep(
                    "Levers",
                    shown=["interactivity", "personalization", "digital_trust"],
                    levels={"interactivity": 0.9, "personalization": 0.2},
                    sliders=["interactivity", "personalization"],
                ),
                StoryStep(
                    "Synergy",
                    highlight=["x_interactivity_personalization", "digital_trust__loyalty"],
                    scenario="Campaign",
                    plotted=["digital_trust", "loyalty"],
                ),
                StoryStep("Loyalty", scenario="Campaign", week=20.0),
            ],
        )
    )
    return document


# ------------------------------------------------------------------ the story's own edits
def test_the_first_step_makes_a_story_and_says_so():
    document = build_document()
    changes = _told(document)
    assert document.add_story_step(StoryStep("Start")) == 0
    assert document.story == Story("Story", [StoryStep("Start")])
    assert changes == [Change("add", "story", None, ("steps",))]


def test_a_step_goes_where_it_is_put(storied: ModelDocument):
    storied.add_story_step(StoryStep("Between"), 1)
    assert [s.title for s in storied.story.steps] == ["Levers", "Between", "Synergy", "Loyalty"]


@pytest.mark.parametrize(
    ("step", "words"),
    [
        (
            StoryStep("Bad", shown=["loyalty", "ghost"]),
            "Story step 4, shown[1]: there is no construct with id 'ghost'",
        ),
        (StoryStep(""), "Story step 4, title: must not be empty"),
        (StoryStep("Bad", reveal="blink"), "reveal: must be one of fade, hide"),
        (StoryStep("Bad", levels={"loyalty": 0.4}), "only a stimulus has a slider level"),
        (StoryStep("Bad", levels={"interactivity": 1.2}), "between 0 and 1 (got 1.2)"),
        (StoryStep("Bad", week=-2.0), "week: must not be negative"),
        (StoryStep("Bad", scenario="Launch"), "no scenario named 'Launch'"),
        (StoryStep("Bad", highlight=["loyalty"]), "highlight[0]: 'loyalty' is a construct"),
    ],
)
def test_a_bad_step_is_refused_and_nothing_changes(storied: ModelDocument, step, words):
    before = storied.clone()
    changes = _told(storied)
    with pytest.raises(ModelError, match=re.escape(words)):
        storied.add_story_step(step)
    assert storied == before
    assert changes == []


def test_updating_a_step_returns_what_it_was(storied: ModelDocument):
    changes = _told(storied)
    previous = storied.update_story_step(2, title="Loyalty follows", week=30.0, play=True)
    assert previous == {"title": "Loyalty", "week": 20.0, "play": False}
    step = storied.story.steps[2]
    assert (step.title, step.week, step.play) == ("Loyalty follows", 30.0, True)
    assert _story_changes(changes) == [Change("update", "story", None, ("steps",))]


def test_an_update_that_would_break_a_step_is_refused(storied: ModelDocument):
    before = storied.clone()
    with pytest.raises(ModelError, match="Story step 2, title: must not be empty"):
        storied.update_story_step(1, title="  ")
    with pytest.raises(ModelError, match="no field 'colour'"):
        storied.update_story_step(1, colour="red")
    with pytest.raises(ModelError, match="no step 9"):
        storied.update_story_step(8, title="x")
    assert storied == before


def test_an_update_that_changes_nothing_emits_nothing(storied: ModelDocument):
    changes = _told(storied)
    storied.update_story_step(0, title="Levers")
    assert changes == []


def test_moving_and_removing_steps(storied: ModelDocument):
    assert storied.move_story_step(0, 2) == 0
    assert [s.title for s in storied.story.steps] == ["Synergy", "Loyalty", "Levers"]
    with pytest.raises(ModelError, match="position 4 of 3"):
        storied.move_story_step(0, 3)
    removed = storied.remove_story_step(1)
    assert removed.title == "Loyalty"
    assert [s.title for s in storied.story.steps] == ["Synergy", "Levers"]


def test_the_story_title(storied: ModelDocument):
    assert storied.set_story_title("Trust, step by step") == "How trust builds"
    assert storied.story.title == "Trust, step by step"
    with pytest.raises(ModelError, match="The story, title: must not be empty"):
        storied.set_story_title("")
    plain = build_document()
    assert plain.set_story_title("New") is None
    assert plain.story == Story("New", [])


def test_clone_equality_and_replace_with_carry_the_story(storied: ModelDocument):
    twin = storied.clone()
    assert twin == storied and twin.story is not storied.story
    twin.update_story_step(0, caption="Read this aloud.")
    assert twin != storied
    plain = build_document()
    changes = _told(plain)
    plain.replace_with(twin)
    assert plain == twin and plain.story.steps[0].caption == "Read this aloud."
    assert changes == [Change("reset", "document")]


# ------------------------------------------------------------------ following the document
def test_a_removed_construct_leaves_every_step_and_comes_back_on_restore(storied):
    before = storied.clone()
    removal = storied.remove_construct("interactivity")
    steps = storied.story.steps
    assert steps[0].shown == ["personalization", "digital_trust"]
    assert steps[0].levels == {"personalization": 0.2}
    assert steps[0].sliders == ["personalization"]
    assert steps[1].highlight == ["digital_trust__loyalty"]  # the junction went with it
    assert storied.story.steps[1].plotted == ["digital_trust", "loyalty"]
    storied.restore(removal)
    assert storied == before


def test_a_removed_path_leaves_the_highlights(storied: ModelDocument):
    before = storied.clone()
    removal = storied.remove_items({"digital_trust__loyalty", "loyalty"})
    assert storied.story.steps[1].highlight == ["x_interactivity_personalization"]
    assert storied.story.steps[1].plotted == ["digital_trust"]
    storied.restore(removal)
    assert storied == before


def test_a_removal_that_touches_no_step_leaves_the_story_alone(storied: ModelDocument):
    storied.update_story_step(1, highlight=[])
    changes = _told(storied)
    storied.remove_path("personalization__digital_trust")
    assert _story_changes(changes) == []


def test_a_renamed_scenario_is_followed_and_renamed_back(storied: ModelDocument):
    before = storied.clone()
    storied.update_scenario("Campaign", name="Push")
    assert [s.scenario for s in storied.story.steps] == [None, "Push", "Push"]
    storied.update_scenario("Push", name="Campaign")
    assert storied == before


def test_a_removed_scenario_leaves_the_steps_and_its_return_brings_it_back(storied):
    before = storied.clone()
    index, scenario = storied.remove_scenario("Campaign")
    assert [s.scenario for s in storied.story.steps] == [None, None, None]
    storied.add_scenario(scenario, index)  # what undo does
    assert storied == before


def test_a_new_scenario_of_the_same_name_does_not_take_over_the_steps(storied):
    storied.remove_scenario("Campaign")
    storied.add_scenario(Scenario("Campaign"), 0)
    assert [s.scenario for s in storied.story.steps] == [None, None, None]


def test_a_stimulus_that_becomes_an_organism_loses_its_levels_until_it_is_one_again(storied):
    before = storied.clone()
    storied.remove_scenario("Series")  # it schedules personalization, which would refuse
    after_removal = storied.clone()
    storied.update_construct("personalization", role="organism")
    assert storied.story.steps[0].levels == {"interactivity": 0.9}
    assert storied.story.steps[0].sliders == ["interactivity"]
    assert storied.story.steps[0].shown == ["interactivity", "personalization", "digital_trust"]
    storied.update_construct("personalization", role="stimulus")
    assert storied == after_removal
    assert before != after_removal
