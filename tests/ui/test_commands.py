"""Undo commands: each edit undoes to the exact earlier document; a slider drag is one step."""

from __future__ import annotations

import pytest
from undo_checks import round_trip

from synergy_gui.model import ModelDocument
from synergy_gui.ui.commands import (
    AddConstructCommand,
    AddJunctionCommand,
    ConnectCommand,
    MoveCommand,
    RemoveItemsCommand,
    SetLevelCommand,
    SetWeightCommand,
    UpdateItemCommand,
    push,
)


@pytest.fixture
def document() -> ModelDocument:
    doc = ModelDocument()
    doc.new_construct("Interactivity", "stimulus", (0, 0))
    doc.new_construct("Personalization", "stimulus", (0, 100))
    doc.new_construct("Digital trust", "organism", (200, 50))
    doc.connect("interactivity", "digital_trust", 0.4)
    doc.connect("personalization", "digital_trust", 0.3)
    return doc


def test_add_construct_undo_redo(document, stack):
    after = round_trip(stack, document, AddConstructCommand(document, "Loyalty", "response"))
    assert after.construct("loyalty").role == "response"


def test_remove_construct_takes_its_paths_and_undo_restores_order(document, stack):
    after = round_trip(stack, document, RemoveItemsCommand(document, {"interactivity"}))
    assert [p.id for p in after.paths] == ["personalization__digital_trust"]


def test_connect_and_junction(document, stack):
    document.new_construct("Loyalty", "response")
    round_trip(stack, document, ConnectCommand(document, "digital_trust", "loyalty", 0.3))
    assert push(stack, ConnectCommand(document, "loyalty", "interactivity")) is not None
    after = round_trip(
        stack,
        document,
        AddJunctionCommand(document, ["interactivity", "personalization"], "digital_trust", 0.15),
    )
    assert after.junctions[0].members == ["interactivity", "personalization"]


def test_rename_move_and_weight(document, stack):
    round_trip(
        stack, document, UpdateItemCommand(document, "construct", "digital_trust", label="Trust")
    )
    round_trip(stack, document, MoveCommand(document, {"digital_trust": ((200, 50), (300, 80))}))
    round_trip(stack, document, SetWeightCommand(document, "interactivity__digital_trust", -0.2))


def test_slider_drag_is_one_undo_step(document, stack):
    for value in (0.55, 0.6, 0.7, 0.85):
        assert push(stack, SetLevelCommand(document, "interactivity", value, gesture=1)) is None
    assert stack.count() == 1
    assert document.construct("interactivity").initial == 0.85
    stack.undo()
    assert document.construct("interactivity").initial == 0.5
    push(stack, SetLevelCommand(document, "interactivity", 0.3, gesture=2))
    assert stack.count() == 1  # the undone command was discarded, a new gesture starts a new step
    push(stack, SetLevelCommand(document, "interactivity", 0.2, gesture=3))
    assert stack.count() == 2


def test_refused_edit_never_reaches_the_stack(document, stack):
    before = document.clone()
    problem = push(stack, SetWeightCommand(document, "interactivity__digital_trust", 1.5))
    assert "weight must be between -1 and 1" in problem
    problem = push(stack, UpdateItemCommand(document, "construct", "digital_trust", label=" "))
    assert "label must not be empty" in problem
    assert stack.count() == 0
    assert document == before


def test_rename_scenario_undo_redo(document, stack):
    from synergy_gui.model import Scenario

    document.add_scenario(Scenario("Baseline"))
    after = round_trip(
        stack, document, UpdateItemCommand(document, "scenario", "Baseline", name="Launch week")
    )
    assert [s.name for s in after.scenarios] == ["Launch week"]


def test_undo_texts_name_items_by_their_labels(stack):
    from synergy_gui.model import Schedule
    from synergy_gui.model.presets import load_preset
    from synergy_gui.ui.commands import SetScheduleCommand, SetWeightCommand, push

    document = load_preset("synergistic_influence")
    push(stack, SetWeightCommand(document, "digital_trust__loyalty", 0.2))
    assert stack.undoText() == "Set weight of “Digital trust → Loyalty”"
    scenario = document.scenarios[0].name
    push(stack, SetScheduleCommand(document, scenario, "interactivity", Schedule("constant", 0.9)))
    assert stack.undoText() == f"Set schedule of “Interactivity” in “{scenario}”"
