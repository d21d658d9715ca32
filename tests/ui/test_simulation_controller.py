"""The simulation controller: newest state only, in-place updates, scenarios, problems as text."""

from __future__ import annotations

import numpy as np
import pytest

from synergy_gui.engine import EngineError, Simulator
from synergy_gui.model.view_state import ViewState
from synergy_gui.ui.simulation_controller import SimulationController


@pytest.fixture
def controller(qtbot, document):
    controller = SimulationController(document, ViewState(document))
    qtbot.waitUntil(lambda: controller.last_result is not None)
    return controller


def _engine_levels(document, scenario=None) -> np.ndarray:
    """An independent run of the engine on a copy of the document."""
    return Simulator(document.clone(), scenario).run().levels


def test_first_result_arrives_by_itself_and_matches_the_engine(controller, document):
    np.testing.assert_array_equal(controller.last_result.levels, _engine_levels(document))


def test_a_burst_of_edits_makes_one_run_of_the_newest_state(qtbot, controller, document):
    runs = controller.run_count
    results = []
    controller.resultReady.connect(results.append)
    for level in np.linspace(0.1, 0.9, 25):
        document.update_construct("interactivity", initial=float(level))
    assert controller.pending
    qtbot.waitUntil(lambda: not controller.pending)
    assert controller.run_count == runs + 1
    assert len(results) == 1
    assert document.construct("interactivity").initial == 0.9
    np.testing.assert_allclose(
        results[0].active.levels, _engine_levels(document), rtol=0, atol=1e-12
    )


def test_weight_change_updates_results_in_place(controller, document):
    before = controller.last_result.final("digital_trust")
    document.update_construct("interactivity", initial=0.9)
    document.set_weight("interactivity__synergistic_influence", 0.9)
    result = controller.run_now().active
    assert result.final("digital_trust") > before
    np.testing.assert_allclose(result.levels, _engine_levels(document), rtol=0, atol=1e-12)


def test_structural_change_recompiles(controller, document):
    document.new_construct("Word of mouth", "response")
    document.connect("loyalty", "word_of_mouth", 0.6)
    document.update_construct("ewom", initial=1.0)
    result = controller.run_now().active
    assert "word_of_mouth" in result.ids
    np.testing.assert_allclose(result.levels, _engine_levels(document), rtol=0, atol=1e-12)
    document.remove_construct("word_of_mouth")
    assert "word_of_mouth" not in controller.run_now().active.ids


def test_scenario_switch_and_back(controller, document):
    controller.view.set_scenario("Both together")
    assert controller.pending  # the view's choice asks for a run
    result = controller.run_now().active
    assert result.scenario == "Both together"
    np.testing.assert_array_equal(result.levels, _engine_levels(document, "Both together"))
    assert not np.array_equal(result.levels, _engine_levels(document))
    controller.view.set_scenario(None)
    np.testing.assert_array_equal(controller.run_now().active.levels, _engine_levels(document))


def test_an_edit_of_the_active_scenario_recompiles_and_of_another_does_not_run(
    controller, document
):
    from synergy_gui.model import Schedule

    controller.view.set_scenario("Both together")
    controller.run_now()
    document.set_schedule("Interactivity only", "interactivity", Schedule("constant", 0.9))
    assert not controller.pending  # not compared, not active: nothing to run
    document.set_schedule("Both together", "interactivity", Schedule("constant", 0.1))
    result = controller.run_now().active
    np.testing.assert_array_equal(result.levels, _engine_levels(document, "Both together"))


def test_a_renamed_active_scenario_keeps_running_under_its_new_name(controller, document):
    controller.view.set_scenario("Both together")
    controller.run_now()
    document.update_scenario("Both together", name="Both, together")
    result = controller.run_now().active
    assert controller.view.scenario == result.scenario == "Both, together"
    np.testing.assert_array_equal(result.levels, _engine_levels(document, "Both, together"))


def test_removing_the_active_scenario_falls_back_to_the_model_as_drawn(controller, document):
    controller.view.set_scenario("Interactivity only")
    controller.run_now()
    document.remove_scenario("Interactivity only")
    result = controller.run_now().active
    assert controller.view.scenario is None
    np.testing.assert_array_equal(result.levels, _engine_levels(document))


def test_engine_error_becomes_a_problem_signal(qtbot, controller, monkeypatch):
    previous = controller.last_result

    def refuse(_self, steps=None):
        raise EngineError("construct 'loyalty': the levels diverge")

    monkeypatch.setattr(Simulator, "run", refuse)
    with qtbot.waitSignal(controller.problem) as blocker:
        assert controller.run_now() is None
    assert "loyalty" in blocker.args[0]
    assert controller.last_result is previous
    assert controller.last_problem == blocker.args[0]


def test_meta_edits_do_not_rerun(controller, document):
    runs = controller.run_count
    document.update_meta(title="Another title")
    assert not controller.pending
    assert controller.run_count == runs


def test_detach_stops_following(controller, document):
    controller.detach()
    document.update_construct("interactivity", initial=0.1)
    assert not controller.pending


def test_empty_model_runs_without_complaint(qtbot):
    from synergy_gui.model import ModelDocument

    empty = ModelDocument()
    controller = SimulationController(empty, ViewState(empty))
    problems = []
    controller.problem.connect(problems.append)
    runs = controller.run_now()
    assert runs is not None and runs.active.ids == ()
    assert problems == []


def test_steady_state_follows_once_edits_pause(qtbot, controller, document):
    from synergy_gui.engine.steady import steady_state

    document.update_construct("interactivity", initial=0.8)
    with qtbot.waitSignal(controller.steadyReady, timeout=2000) as blocker:
        controller.run_now()
    expected = steady_state(Simulator(document.clone()).model)
    assert blocker.args[0].settled == expected.settled is True
    np.testing.assert_allclose(blocker.args[0].levels, expected.levels, rtol=0, atol=1e-12)
    assert controller.last_steady is blocker.args[0]
