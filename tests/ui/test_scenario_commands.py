"""Scenario undo commands: each undoes to the exact earlier document, redoes to the later one,
saves and reopens equal, and a refused edit never reaches the stack."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from undo_checks import round_trip

from synergy_gui.model import ModelDocument, Scenario, Schedule
from synergy_gui.ui.commands import (
    AddScenarioCommand,
    MoveScenarioCommand,
    RemoveScenarioCommand,
    SetClampCommand,
    SetScheduleCommand,
    SetWeightOverrideCommand,
    UpdateItemCommand,
    push,
)


def _round_trip(stack: QUndoStack, document: ModelDocument, command, tmp_path: Path):
    return round_trip(stack, document, command, saved_in=tmp_path)


def _names(document: ModelDocument) -> list[str]:
    return [s.name for s in document.scenarios]


def test_add_scenario_at_an_index(document, stack, tmp_path):
    scenario = document.scenario_from_levels("From sliders")
    after = _round_trip(stack, document, AddScenarioCommand(document, scenario, 1), tmp_path)
    assert _names(after)[1] == "From sliders"
    assert after.scenario("From sliders").schedules["interactivity"] == Schedule("constant", 0.7)


def test_an_added_scenario_is_not_the_object_given(document, stack):
    scenario = Scenario("Mine")
    push(stack, AddScenarioCommand(document, scenario))
    scenario.description = "changed afterwards"
    assert document.scenario("Mine").description == ""


def test_remove_scenario_restores_the_whole_scenario_at_its_place(document, stack, tmp_path):
    document.update_scenario("Both together", segment="Gen Z")
    removed = document.scenario("Both together")
    after = _round_trip(stack, document, RemoveScenarioCommand(document, "Both together"), tmp_path)
    assert "Both together" not in _names(after)
    stack.undo()
    assert document.scenarios[2] == removed


def test_move_scenario(document, stack, tmp_path):
    after = _round_trip(stack, document, MoveScenarioCommand(document, "Baseline", 3), tmp_path)
    assert _names(after) == [
        "Interactivity only",
        "Both together",
        "Personalised campaign",
        "Baseline",
    ]


@pytest.mark.parametrize(
    "schedule",
    [
        Schedule("constant", level=0.9),
        Schedule("step", level=0.9, base=0.3, start=5.0),
        Schedule("pulse", level=1.0, base=0.4, start=4.0, duration=8.0),
        Schedule("ramp", level=0.2, base=0.8, start=0.0, duration=26.0),
        Schedule("series", values=[0.1, 0.5, 0.9]),
        None,
    ],
    ids=["constant", "step", "pulse", "ramp", "series", "none"],
)
def test_set_schedule(document, stack, tmp_path, schedule):
    command = SetScheduleCommand(document, "Baseline", "ewom", schedule)
    after = _round_trip(stack, document, command, tmp_path)
    assert after.scenario("Baseline").schedules.get("ewom") == schedule


def test_set_and_release_a_clamp(document, stack, tmp_path):
    set_it = SetClampCommand(document, "Baseline", "digital_trust", 0.8)
    after = _round_trip(stack, document, set_it, tmp_path)
    assert after.scenario("Baseline").clamps == {"digital_trust": 0.8}
    release = SetClampCommand(document, "Baseline", "digital_trust", None)
    assert _round_trip(stack, document, release, tmp_path).scenario("Baseline").clamps == {}


def test_set_a_weight_override(document, stack, tmp_path):
    junction = "x_interactivity_personalization"
    command = SetWeightOverrideCommand(document, "Baseline", junction, -0.2)
    after = _round_trip(stack, document, command, tmp_path)
    assert after.scenario("Baseline").weight_overrides == {junction: -0.2}


@pytest.mark.parametrize(
    "values",
    [{"name": "Launch"}, {"description": "Plain <b>text</b>"}, {"segment": "Gen Z"}],
    ids=["rename", "description", "segment"],
)
def test_update_scenario_fields(document, stack, tmp_path, values):
    command = UpdateItemCommand(document, "scenario", "Baseline", **values)
    after = _round_trip(stack, document, command, tmp_path)
    field, value = next(iter(values.items()))
    assert getattr(after.scenarios[0], field) == value


REFUSED = [
    lambda d: AddScenarioCommand(d, Scenario("Baseline")),
    lambda d: AddScenarioCommand(d, Scenario("")),
    lambda d: UpdateItemCommand(d, "scenario", "Baseline", name="Both together"),
    lambda d: UpdateItemCommand(d, "scenario", "Baseline", name=" "),
    lambda d: MoveScenarioCommand(d, "Baseline", 9),
    lambda d: SetScheduleCommand(d, "Baseline", "ewom", Schedule("constant", level=1.1)),
    lambda d: SetScheduleCommand(d, "Baseline", "ewom", Schedule("step", 0.5, start=-1.0)),
    lambda d: SetScheduleCommand(d, "Baseline", "ewom", Schedule("pulse", 0.5, duration=-1.0)),
    lambda d: SetScheduleCommand(d, "Baseline", "ewom", Schedule("series", values=[0.2, "x"])),
    lambda d: SetScheduleCommand(d, "Baseline", "loyalty", Schedule()),
    lambda d: SetClampCommand(d, "Baseline", "interactivity", 0.8),
    lambda d: SetClampCommand(d, "Baseline", "loyalty", -0.1),
    lambda d: SetWeightOverrideCommand(d, "Baseline", "digital_trust__loyalty", 1.2),
]


@pytest.mark.parametrize("make", REFUSED)
def test_a_refused_command_says_why_and_leaves_no_step(document, stack, make):
    before = document.clone()
    reason = push(stack, make(document))
    assert reason and (reason[0].isupper() or reason[0] == "“") and reason.endswith(".")
    assert document == before
    assert stack.count() == 0


def test_one_gesture_is_one_step(document, stack):
    before = document.clone()
    for level in (0.6, 0.7, 0.8):
        push(stack, SetClampCommand(document, "Baseline", "loyalty", level, gesture="spin-1"))
    assert stack.count() == 1
    assert document.scenario("Baseline").clamps == {"loyalty": 0.8}
    stack.undo()
    assert document == before
    stack.redo()
    assert document.scenario("Baseline").clamps == {"loyalty": 0.8}


def test_different_gestures_and_entries_do_not_merge(document, stack):
    push(stack, SetWeightOverrideCommand(document, "Baseline", "ewom__digital_trust", 0.1, "g1"))
    push(stack, SetWeightOverrideCommand(document, "Baseline", "ewom__digital_trust", 0.2, "g2"))
    push(stack, SetWeightOverrideCommand(document, "Baseline", "digital_trust__loyalty", 0.3, "g2"))
    push(stack, SetScheduleCommand(document, "Baseline", "ewom", Schedule("constant", 0.2)))
    push(stack, SetScheduleCommand(document, "Baseline", "ewom", Schedule("constant", 0.3)))
    assert stack.count() == 5


def test_a_rename_then_entry_edits_undo_in_order(document, stack):
    before = document.clone()
    push(stack, UpdateItemCommand(document, "scenario", "Baseline", name="Launch"))
    push(stack, SetClampCommand(document, "Launch", "loyalty", 0.9))
    push(stack, MoveScenarioCommand(document, "Launch", 2))
    while stack.canUndo():
        stack.undo()
    assert document == before
