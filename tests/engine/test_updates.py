"""The one decision of how a run follows a document change: ignore, patch or recompile."""

from __future__ import annotations

import pytest

from synergy_gui.engine.updates import Update, update_for
from synergy_gui.model import Change

IGNORED = [
    Change("update", "meta", None, ("title",)),
    Change("add", "meta"),
    Change("update", "construct", "trust", ("label", "position", "description")),
    Change("update", "path", "a__b", ("label", "note", "references")),
    Change("update", "junction", "x", ("position",)),
    Change("update", "settings", None, ("focus",)),
    Change("update", "scenario", "Campaign", ("description",)),
    Change("add", "story", "0"),
    Change("remove", "story", "2"),
    Change("update", "story", "1", ("caption",)),
]
PATCHED = [
    (Change("update", "path", "a__b", ("weight",)), Update.WEIGHT),
    (Change("update", "junction", "x", ("weight",)), Update.WEIGHT),
    (Change("update", "construct", "interactivity", ("initial",)), Update.LEVEL),
]
RECOMPILED = [
    Change("add", "construct", "trust"),
    Change("remove", "path", "a__b"),
    Change("add", "junction", "x"),
    Change("reset", "document"),
    Change("update", "construct", "trust", ("tau_rise",)),
    Change("update", "construct", "trust", ("role",)),
    Change("update", "construct", "trust", ("initial", "baseline")),
    Change("update", "path", "a__b", ("source",)),
    Change("update", "settings", None, ("horizon",)),
    Change("update", "settings", None, ("time_unit",)),
]


@pytest.mark.parametrize("change", IGNORED)
def test_what_the_engine_does_not_read_is_ignored(change):
    assert update_for(change, None) is Update.IGNORE
    assert update_for(change, "Campaign") is Update.IGNORE


@pytest.mark.parametrize(("change", "expected"), PATCHED)
def test_a_weight_or_a_level_is_patched_in_place(change, expected):
    assert update_for(change, None) is expected


@pytest.mark.parametrize("change", RECOMPILED)
def test_structure_time_constants_and_settings_recompile(change):
    assert update_for(change, None) is Update.RECOMPILE


def test_a_scenario_change_recompiles_only_the_run_of_that_scenario():
    edit = Change("update", "scenario", "Campaign", ("entries",))
    assert update_for(edit, "Campaign") is Update.RECOMPILE
    assert update_for(edit, "Other") is Update.RUN  # compared scenarios still follow
    assert update_for(edit, None) is Update.RUN
    assert update_for(Change("remove", "scenario", "Campaign"), "Campaign") is Update.RECOMPILE
    assert update_for(Change("add", "scenario", "New"), None) is Update.RUN


def test_a_renamed_scenario_is_recognised_by_its_former_name():
    rename = Change("update", "scenario", "Spring push", ("name",), previous_id="Campaign")
    assert update_for(rename, "Campaign") is Update.RECOMPILE
    assert update_for(rename, "Spring push") is Update.RECOMPILE
    assert update_for(rename, "Other") is Update.RUN
