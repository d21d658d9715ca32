"""In-place updates and document changes give the same numbers as a fresh compile."""

from __future__ import annotations

import pytest
from engine_builders import construct, document, with_scenario
from numpy.testing import assert_allclose

from synergy_gui.engine import EngineError, Simulator
from synergy_gui.model import Activation, Change, Schedule


def _doc():
    doc = document(
        [
            construct("i", "stimulus", 0.8),
            construct("q", "stimulus", 0.4),
            construct("trust", initial=0.3, tau=(4.0, 1.5)),
            construct("wom", initial=0.5, tau=(2.0, 2.0)),
            construct("loyalty", "response", initial=0.5, tau=(6.0, 3.0)),
        ],
        [
            ("i", "trust", 0.4),
            ("q", "trust", 0.2),
            ("trust", "loyalty", 0.6),
            ("loyalty", "wom", 0.5),
            ("wom", "trust", 0.3),
        ],
        [(["i", "q"], "trust", 0.2), (["trust", "q"], "wom", 0.4)],
    )
    return with_scenario(doc, "campaign", schedules={"i": Schedule("pulse", 1.0, 0.5, 2.0, 5.0)})


def _following(doc, scenario=None):
    """A simulator that follows every change of ``doc``, as the window's controller does."""
    simulator = Simulator(doc, scenario)
    doc.events.connect(simulator.apply_change)
    return simulator


def _same_as_fresh(simulator, doc, scenario=None):
    fresh = Simulator(doc, scenario).run(30)
    assert_allclose(simulator.run(30).levels, fresh.levels, rtol=0, atol=1e-14)


def test_set_weight_equals_a_recompiled_document():
    doc = _doc()
    simulator = Simulator(doc)
    simulator.run(30)
    simulator.set_weight("trust__loyalty", -0.7)
    simulator.set_weight("x_trust_q", 0.9)
    simulator.set_weight("x_i_q", -0.4)
    doc.set_weight("trust__loyalty", -0.7)
    doc.set_weight("x_trust_q", 0.9)
    doc.set_weight("x_i_q", -0.4)
    _same_as_fresh(simulator, doc)


def test_set_initial_of_a_stimulus_and_of_an_organism():
    doc = _doc()
    simulator = Simulator(doc)
    simulator.run(30)
    simulator.set_initial("q", 0.95)
    simulator.set_initial("trust", 0.1)
    doc.update_construct("q", initial=0.95)
    doc.update_construct("trust", initial=0.1)
    _same_as_fresh(simulator, doc)
    assert simulator.run(30).series("q").tolist() == [0.95] * 31


def test_a_scheduled_stimulus_keeps_its_schedule_when_its_slider_moves():
    doc = _doc()
    simulator = Simulator(doc, "campaign")
    before = simulator.run(10).series("i").tolist()
    simulator.set_initial("i", 0.1)
    assert simulator.run(10).series("i").tolist() == before


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d.set_weight("wom__trust", -0.2),
        lambda d: d.set_weight("x_i_q", 0.6),
        lambda d: d.update_construct("i", initial=0.1),
        lambda d: d.update_construct("trust", initial=0.9),
        lambda d: d.update_construct("trust", tau_rise=9.0),
        lambda d: d.update_construct("wom", baseline=0.3),
        lambda d: d.update_construct("loyalty", activation=Activation("logistic", 3.0, 0.4)),
        lambda d: d.update_construct("wom", label="Word of mouth", position=(5.0, 5.0)),
        lambda d: d.connect("q", "loyalty", 0.25),
        lambda d: d.remove_path("loyalty__wom"),
        lambda d: d.remove_construct("q"),
        lambda d: d.new_construct("Price", "stimulus"),
        lambda d: d.new_junction(["i", "wom"], "loyalty", 0.3),
        lambda d: d.update_settings(step_mode="euler", dt=0.5),
        lambda d: d.update_settings(update_rule="modified-kosko"),
        lambda d: d.update_settings(horizon=12),
        lambda d: d.set_schedule("campaign", "q", Schedule("ramp", 1.0, 0.0, 1.0, 6.0)),
        lambda d: d.set_clamp("campaign", "wom", 0.9),
        lambda d: d.set_weight_override("campaign", "trust__loyalty", 0.1),
        lambda d: d.replace_with(_doc()),
    ],
)
def test_following_any_edit_equals_a_fresh_simulator(edit):
    doc = _doc()
    simulator = _following(doc, "campaign")
    simulator.run(30)
    edit(doc)
    _same_as_fresh(simulator, doc, "campaign")


def test_a_weight_overridden_by_the_scenario_stays_overridden_when_the_path_changes():
    doc = _doc()
    doc.set_weight_override("campaign", "trust__loyalty", 0.05)
    simulator = _following(doc, "campaign")
    doc.set_weight("trust__loyalty", 0.9)
    _same_as_fresh(simulator, doc, "campaign")
    assert simulator.model.item_weights[simulator.model.item_ids.index("trust__loyalty")] == 0.05


def test_a_simulator_of_a_removed_scenario_says_it_is_gone():
    doc = _doc()
    simulator = Simulator(doc, "campaign")
    doc.remove_scenario("campaign")
    with pytest.raises(EngineError, match="no scenario named 'campaign'"):
        simulator.apply_change(Change("remove", "scenario", "campaign"))
    # it follows its scenario by name: the window's view state moves on to another
    # scenario and the controller builds a new simulator (tests/ui/test_view_state_wiring.py)


def test_updates_refuse_unknown_items_and_bad_values_naming_them():
    simulator = Simulator(_doc())
    with pytest.raises(EngineError, match="'nope'"):
        simulator.set_weight("nope", 0.1)
    with pytest.raises(EngineError, match="'trust__loyalty'"):
        simulator.set_weight("trust__loyalty", 1.5)
    with pytest.raises(EngineError, match="'trust'"):
        simulator.set_initial("trust", float("nan"))
    with pytest.raises(EngineError, match="steps"):
        simulator.run(-1)


def test_results_cannot_be_changed_by_their_reader():
    result = Simulator(_doc()).run(5)
    with pytest.raises(ValueError):
        result.levels[0, 0] = 1.0
    assert result.final("trust") == result.series("trust")[-1]
    with pytest.raises(EngineError, match="'ghost'"):
        result.series("ghost")
