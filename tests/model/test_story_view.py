"""A story step taken from the view, and a step shown in the view (no Qt)."""

from __future__ import annotations

from synergy_gui.model import Scenario
from synergy_gui.model.presets import load_preset
from synergy_gui.model.story import StoryStep
from synergy_gui.model.story_view import capture_step, show_step, step_cursor, step_levels
from synergy_gui.model.view_state import ViewState


def _document_and_view():
    document = load_preset("kol_koc_journey")
    document.settings.dt = 0.5
    return document, ViewState(document)


def test_a_captured_step_shown_again_gives_back_the_same_view():
    document, view = _document_and_view()
    document.add_scenario(Scenario("Launch"))
    view.set_scenario("Launch")
    view.set_shown(["kol_reach", "brand_trust"], mode="hide")
    view.set_highlighted(["kol_reach__brand_trust"])
    view.set_focus(["brand_trust"])
    view.set_cursor(10)
    step = capture_step(document, view, "Trust first")
    assert step.shown == ["kol_reach", "brand_trust"]
    assert step.week == 5.0  # 10 steps of half a week
    assert step.levels["kol_reach"] == document.construct("kol_reach").initial

    other = ViewState(document)
    show_step(document, other, step)
    assert (other.scenario, other.shown, other.reveal_mode) == (
        "Launch",
        frozenset({"kol_reach", "brand_trust"}),
        "hide",
    )
    assert other.highlighted == {"kol_reach__brand_trust"}
    assert other.focus == ("brand_trust",)
    assert other.cursor == 10


def test_a_step_naming_what_the_model_lacks_shows_what_it_has():
    document, view = _document_and_view()
    step = StoryStep(
        "Gone",
        shown=["kol_reach", "no_such"],
        scenario="Deleted",
        levels={"kol_reach": 1.7, "brand_trust": 0.9, "no_such": 0.2},
        play=True,
        week=8,
    )
    show_step(document, view, step)
    assert view.scenario is None
    assert view.shown == {"kol_reach"}
    assert view.cursor == 0  # play starts from the beginning
    assert step_levels(document, step) == {"kol_reach": 1.0}  # stimuli only, clamped
    assert step_cursor(document, StoryStep("End")) is None
