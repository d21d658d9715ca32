"""The view state without Qt: one owner of what the window shows, following the document."""

from __future__ import annotations

import pytest

from synergy_gui.model import ModelError, Scenario
from synergy_gui.model.presets import load_preset
from synergy_gui.model.view_state import MAX_COMPARED, ViewState, scenario_label


@pytest.fixture
def document():
    return load_preset("kol_koc_journey")


@pytest.fixture
def view(document):
    return ViewState(document)


def _recording(view: ViewState) -> list[list[str]]:
    seen: list[list[str]] = []
    view.connect(lambda change: seen.append(sorted(change.fields)))
    return seen


def test_a_fresh_view_shows_the_model_as_drawn_at_the_end_with_its_own_focus(view, document):
    assert view.scenario is None
    assert view.compared == ()
    assert not view.comparing
    assert view.cursor is None
    assert view.cursor_step(52) == 52
    assert list(view.focus) == document.settings.focus


def test_each_setter_emits_once_and_only_on_a_real_change(view):
    seen = _recording(view)
    view.set_scenario("KOL launch")
    view.set_scenario("KOL launch")
    view.set_cursor(12)
    view.set_cursor(12)
    view.set_threshold(0.7)
    view.set_threshold(0.7)
    view.set_small_multiples(True)
    view.set_show_differences(False)
    assert seen == [
        ["scenario"],
        ["cursor"],
        ["threshold"],
        ["small_multiples"],
        ["show_differences"],
    ]


def test_compared_scenarios_keep_the_document_order_and_the_reference_is_among_them(view):
    seen = _recording(view)
    view.set_compared(["KOL then KOC", None, "KOL launch"])
    assert view.compared == (None, "KOL launch", "KOL then KOC")
    assert view.comparing
    assert view.reference is None  # the first compared
    view.set_reference("KOL then KOC")
    view.set_compared(["KOL launch", "Flash sale"])  # the reference left: the first takes over
    assert view.reference == "KOL launch"
    assert seen == [["compared"], ["reference"], ["compared", "reference"]]
    with pytest.raises(ModelError, match="not among the compared"):
        view.set_reference("Baseline")


def test_refusals_name_the_problem_and_change_nothing(view):
    view.set_compared([None, "KOL launch"])
    seen = _recording(view)
    with pytest.raises(ModelError, match="no scenario named 'Nope'"):
        view.set_scenario("Nope")
    with pytest.raises(ModelError, match="no scenario named 'Nope'"):
        view.set_compared([None, "Nope"])
    names = [None, *(f"S{n}" for n in range(MAX_COMPARED))]
    document = view.document
    for name in names[1:]:
        document.add_scenario(Scenario(name))
    with pytest.raises(ModelError, match="at most 6"):
        view.set_compared(names)
    with pytest.raises(ModelError, match="between 0 and 1"):
        view.set_threshold(1.5)
    assert view.compared == (None, "KOL launch")
    assert seen == []


def test_a_renamed_scenario_is_followed_everywhere_in_one_change(view, document):
    view.set_compared([None, "KOL then KOC", "Baseline"])
    view.set_reference("KOL then KOC")
    view.set_scenario("KOL then KOC")
    seen = _recording(view)
    document.update_scenario("KOL then KOC", name="Influencers, then customers")
    assert view.scenario == "Influencers, then customers"
    assert view.reference == "Influencers, then customers"
    assert view.compared == (None, "Baseline", "Influencers, then customers")
    assert seen == [["compared", "reference", "scenario"]]


def test_a_removed_scenario_is_dropped_and_undoing_the_removal_does_not_bring_it_back(
    view, document
):
    view.set_compared([None, "KOL launch"])
    view.set_reference("KOL launch")
    view.set_scenario("KOL launch")
    position, scenario = document.remove_scenario("KOL launch")
    assert (view.scenario, view.compared, view.reference) == (None, (None,), None)
    assert not view.comparing
    document.add_scenario(scenario, position)
    assert view.compared == (None,)  # the user ticks it again; nothing guesses


def test_a_reorder_reorders_the_compared(view, document):
    view.set_compared(["KOL launch", "Flash sale"])
    document.move_scenario("Flash sale", 0)
    assert view.compared == ("Flash sale", "KOL launch")


def test_focus_follows_removals_and_the_model_s_focus_setting(view, document):
    view.set_focus(["loyalty", "brand_trust", "nope"])
    assert view.focus == ("brand_trust", "loyalty")  # document order, unknown ids left out
    document.remove_construct("loyalty")
    assert view.focus == ("brand_trust",)
    document.update_settings(focus=["purchase"])
    assert view.focus == ("purchase",)


def test_a_new_document_starts_afresh(view, document):
    view.set_scenario("KOL launch")
    view.set_compared([None, "KOL launch"])
    view.set_cursor(7)
    seen = _recording(view)
    document.replace_with(load_preset("synergistic_influence"))
    assert (view.scenario, view.compared, view.reference, view.cursor) == (None, (), None, None)
    assert "loyalty" in view.focus and "brand_trust" not in view.focus
    assert len(seen) == 1  # one change naming every field that moved
    assert {"scenario", "compared", "cursor", "focus"} <= set(seen[0])


def test_the_cursor_is_clamped_to_each_run_and_none_follows_the_end(view):
    view.set_cursor(80)
    assert view.cursor_step(52) == 52
    assert view.cursor_step(104) == 80
    view.set_cursor(None)
    assert view.cursor_step(104) == 104


def test_a_disconnected_listener_hears_nothing(view):
    seen = []
    view.connect(seen.append)
    view.disconnect(seen.append)
    view.disconnect(seen.append)  # twice is harmless
    view.set_cursor(3)
    assert seen == []


def test_scenario_labels():
    assert scenario_label(None) == "As drawn"
    assert scenario_label("Flash sale") == "Flash sale"


def test_text_scale_is_clamped_to_its_range_and_steps_and_emits_once(view):
    seen = _recording(view)
    view.set_text_scale(1.3)
    assert view.text_scale == 1.25
    view.set_text_scale(1.26)
    view.set_text_scale(9)
    view.set_text_scale(0.1)
    assert view.text_scale == 0.75
    assert seen == [["text_scale"]] * 3


def test_a_reveal_and_a_highlight_are_cleared_by_a_new_document(view, document):
    view.set_shown(["kol", "trust"], mode="hide")
    view.set_highlighted(["p1"])
    assert view.is_shown("kol") and not view.is_shown("loyalty")
    assert view.reveal_mode == "hide"
    with pytest.raises(ModelError, match="reveal mode"):
        view.set_shown(None, mode="blink")
    seen = _recording(view)
    document.replace_with(load_preset("kol_koc_journey"))
    assert view.shown is None and view.highlighted == frozenset()
    assert view.is_shown("loyalty")
    assert "shown" in seen[0] and "highlighted" in seen[0]
