"""Story undo commands: each undoes to the exact earlier document, redoes to the later one and
saves and reopens equal; the undo texts name steps by their titles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QUndoStack
from undo_checks import round_trip

from synergy_gui.model import ModelDocument
from synergy_gui.model.story import Story, StoryStep
from synergy_gui.ui.commands import (
    RemoveItemsCommand,
    RemoveScenarioCommand,
    UpdateItemCommand,
    push,
)
from synergy_gui.ui.story_commands import (
    AddStoryStepCommand,
    MoveStoryStepCommand,
    RemoveStoryStepCommand,
    SetStoryTitleCommand,
    UpdateStoryStepCommand,
    push_step_levels,
)


def _titles(document: ModelDocument) -> list[str]:
    return [step.title for step in document.story.steps]


def test_add_a_step_in_the_middle(document, stack, tmp_path: Path):
    step = StoryStep("Trust transfer", shown=["kol_credibility", "influencer_trust"])
    command = AddStoryStepCommand(document, step, 1)
    assert command.text() == "Add story step “Trust transfer”"
    after = round_trip(stack, document, command, saved_in=tmp_path)
    assert _titles(after)[:3] == ["What the consumer sees", "Trust transfer", _titles(after)[2]]
    assert after.story.steps[1] == step


def test_the_first_step_makes_the_story_and_its_undo_takes_the_story_away(stack, tmp_path):
    document = ModelDocument()
    document.new_construct("Interactivity", "stimulus")
    after = round_trip(stack, document, AddStoryStepCommand(document, StoryStep("A")), tmp_path)
    assert after.story == Story("Story", [StoryStep("A")])
    stack.undo()
    assert document.story is None


def test_rename_a_step_says_from_what_to_what(document, stack, tmp_path):
    command = UpdateStoryStepCommand(document, 0, title="Stimuli")
    assert command.text() == "Rename story step “What the consumer sees” to “Stimuli”"
    after = round_trip(stack, document, command, saved_in=tmp_path)
    assert _titles(after)[0] == "Stimuli"


def test_change_a_step_s_caption_and_timing(document, stack, tmp_path):
    command = UpdateStoryStepCommand(document, 2, caption="Read me.", week=8.0, reveal="hide")
    assert command.text() == "Change story step “What the consumer does”"
    after = round_trip(stack, document, command, saved_in=tmp_path)
    step = after.story.steps[2]
    assert (step.caption, step.week, step.reveal) == ("Read me.", 8.0, "hide")


def test_move_and_delete_a_step(document, stack, tmp_path):
    first, last = _titles(document)[0], _titles(document)[-1]
    move = MoveStoryStepCommand(document, 0, 7)
    assert move.text() == f"Move story step “{first}”"
    assert _titles(round_trip(stack, document, move, saved_in=tmp_path))[-1] == first
    delete = RemoveStoryStepCommand(document, 6)
    assert delete.text() == f"Delete story step “{last}”"
    after = round_trip(stack, document, delete)
    assert last not in _titles(after) and len(after.story.steps) == 7


def test_the_story_title_with_and_without_a_story(document, stack, tmp_path):
    command = SetStoryTitleCommand(document, "Two levers")
    assert command.text() == "Rename story to “Two levers”"
    assert round_trip(stack, document, command, saved_in=tmp_path).story.title == "Two levers"
    bare = ModelDocument()
    round_trip(QUndoStack(), bare, SetStoryTitleCommand(bare, "New story"))
    assert bare.story == Story("New story", [])


def test_a_refused_step_never_reaches_the_stack(document, stack):
    before = document.clone()
    reason = push(stack, UpdateStoryStepCommand(document, 1, title=""))
    assert reason == "Story step 2, title: must not be empty"
    assert stack.count() == 0 and document == before


# ------------------------------------------------------------------ the story follows edits
def test_deleting_a_construct_takes_it_out_of_the_steps_and_undo_puts_it_back(
    document, stack, tmp_path
):
    assert "interactivity" in document.story.steps[0].shown
    after = round_trip(stack, document, RemoveItemsCommand(document, {"interactivity"}), tmp_path)
    assert all("interactivity" not in (step.shown or []) for step in after.story.steps)
    assert all("interactivity" not in step.levels for step in after.story.steps)
    assert "x_interactivity_personalization" not in after.story.steps[3].highlight


def test_deleting_a_scenario_leaves_its_step_and_undo_gives_it_back(document, stack, tmp_path):
    assert document.story.steps[6].scenario == "Personalised campaign"
    command = RemoveScenarioCommand(document, "Personalised campaign")
    after = round_trip(stack, document, command, saved_in=tmp_path)
    assert after.story.steps[6].scenario is None


def test_renaming_a_scenario_is_followed_by_its_step(document, stack, tmp_path):
    command = UpdateItemCommand(document, "scenario", "Personalised campaign", name="Campaign")
    after = round_trip(stack, document, command, saved_in=tmp_path)
    assert after.story.steps[6].scenario == "Campaign"


def test_a_stimulus_made_an_organism_loses_its_levels_until_undone(document, stack, tmp_path):
    for name in [s.name for s in document.scenarios]:  # schedules would refuse the change
        document.remove_scenario(name)
    document.remove_channel("reviews")  # so would the channel that drives eWOM
    command = UpdateItemCommand(document, "construct", "ewom", role="organism")
    after = round_trip(stack, document, command, saved_in=tmp_path)
    assert all("ewom" not in step.levels for step in after.story.steps)


def test_a_step_s_levels_are_one_undo_step(document, stack):
    before = document.clone()
    levels = {
        "interactivity": 0.9,
        "personalization": 0.2,
        "ewom": document.construct("ewom").initial,
    }
    assert push_step_levels(stack, document, levels, "Both levers") is None
    assert stack.count() == 1 and stack.undoText() == "Show story step “Both levers”"
    assert document.construct("interactivity").initial == 0.9
    assert document.construct("personalization").initial == 0.2
    stack.undo()
    assert document == before
    assert (
        push_step_levels(stack, document, {"ewom": before.construct("ewom").initial}, "x") is None
    )
    assert stack.count() == 1  # nothing to change: nothing on the stack
