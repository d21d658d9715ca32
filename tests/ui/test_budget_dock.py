"""The Budget dock: spend sliders drive the response curves live, every edit is one undo step,
the allocator's answer becomes a scenario that can be compared, and stale results are dropped."""

from __future__ import annotations

import threading
from types import SimpleNamespace

import numpy as np
import pytest
from PySide6.QtGui import QUndoStack

from synergy_gui.engine.response import response_curves
from synergy_gui.engine.spend_runs import Outcome, SpendProblem
from synergy_gui.model.channels import SpendPlan
from synergy_gui.model.view_state import ViewState
from synergy_gui.ui import budget_controller
from synergy_gui.ui.budget_controller import BudgetController
from synergy_gui.ui.channel_editor import ChannelEditor
from synergy_gui.ui.panels.budget_panel import BudgetPanel

WEEKS = 52


@pytest.fixture
def budget(qtbot, settings_dir, document):
    """The default preset's 4 channels in a Budget panel wired as the window wires it."""
    stack, view = QUndoStack(), ViewState(document)
    panel = BudgetPanel(ChannelEditor(document, stack, view))
    qtbot.addWidget(panel)
    panel.resize(1000, 460)
    with qtbot.waitExposed(panel):
        panel.show()
    controller = BudgetController(document, view, stack, panel)
    parts = SimpleNamespace(
        document=document, stack=stack, view=view, panel=panel, controller=controller
    )
    parts.settle = lambda: qtbot.waitUntil(lambda: not controller.pending, timeout=10000)
    parts.settle()
    return parts


def _marker(panel: BudgetPanel, channel: str) -> tuple[float, float]:
    x, y = panel.curves.markers[channel].get_data()
    return float(x[0]), float(y[0])


def _curve(panel: BudgetPanel, channel: str) -> np.ndarray:
    return np.asarray(panel.curves.lines[channel].get_ydata(), dtype=float)


def _drag(slider, *positions: int) -> None:
    """Drag a slider through ``positions`` as a user does: one gesture."""
    slider.sliderPressed.emit()
    for position in positions:
        slider.setValue(position)
    slider.sliderReleased.emit()


def test_dragging_a_spend_slider_moves_its_marker_and_the_plotted_outcome(budget):
    panel, document = budget.panel, budget.document
    assert _marker(panel, "community") == pytest.approx((4000.0 * WEEKS, 0.55632), abs=1e-4)
    ads_before = _curve(panel, "personalised_ads")
    slider = panel.row("community").slider
    binding = panel.row("community").binding
    _drag(slider, binding.to_position(5000.0), binding.to_position(7000.0))
    budget.settle()
    assert document.channel("community").plan.amount == 7000.0
    x, y = _marker(panel, "community")
    expected = SpendProblem(document.clone(), Outcome("loyalty", 26.0))
    assert x == pytest.approx(7000.0 * WEEKS)
    assert y == pytest.approx(float(expected.outcomes(expected.current[None])[0]), abs=1e-12)
    assert y > 0.5564  # more community management: more loyalty
    assert not np.allclose(_curve(panel, "personalised_ads"), ads_before)  # the others follow
    assert budget.stack.count() == 1  # one drag, one undo step
    budget.stack.undo()
    budget.settle()
    assert document.channel("community").plan.amount == 4000.0
    assert _marker(panel, "community")[0] == pytest.approx(4000.0 * WEEKS)
    assert slider.value() == binding.to_position(4000.0)


def test_the_marginal_return_is_said_for_each_channel(budget):
    panel = budget.panel
    assert "Loyalty at week 26 = 0.556" in panel.returns.text()
    assert panel.row("reviews").returns.text() == "Next 1,000 a week: +0.0114"
    assert panel.row("community").returns.text() == "Next 1,000 a week: +0.0035"
    assert panel.curves.colour("reviews") in panel.row("reviews").swatch.styleSheet()


def _round_trip(budget, edit) -> None:
    before = budget.document.clone()
    count = budget.stack.count()
    edit()
    after = budget.document.clone()
    assert after != before
    assert budget.stack.count() == count + 1
    budget.stack.undo()
    assert budget.document == before
    budget.stack.redo()
    assert budget.document == after


def test_each_edit_of_a_row_is_one_undo_step(budget, qtbot):
    row = budget.panel.row("reviews")
    _round_trip(budget, lambda: row.fields["adstock"].setValue(0.45))
    _round_trip(budget, lambda: row.fields["half_saturation"].setValue(2500.0))
    _round_trip(budget, lambda: row.fields["shape"].setValue(2.0))
    _round_trip(budget, lambda: row.spin.setValue(1500.0))
    assert budget.document.channel("reviews").plan.amount == 1500.0
    _round_trip(budget, lambda: budget.panel.add_button.click())
    budget.panel.ensure_current()
    _round_trip(budget, lambda: budget.panel.row("reviews").remove_button.click())
    budget.panel.ensure_current()
    assert "reviews" not in budget.panel.rows


def test_a_spending_scenario_s_slider_sets_that_scenario_s_spend(budget):
    document, view = budget.document, budget.view
    document.set_spend("Baseline", "community", SpendPlan("constant", 3000.0))
    view.set_scenario("Baseline")
    budget.settle()
    row = budget.panel.row("community")
    assert row.spin.value() == 3000.0
    _round_trip(budget, lambda: row.spin.setValue(3500.0))
    assert document.scenario("Baseline").spend["community"].amount == 3500.0
    assert document.channel("community").plan.amount == 4000.0  # the channel's own plan kept
    count, binding = budget.stack.count(), row.binding
    _drag(row.slider, binding.to_position(5000.0), binding.to_position(6000.0))
    assert document.scenario("Baseline").spend["community"].amount == 6000.0
    assert budget.stack.count() == count + 1  # the drag is one undo step
    budget.stack.undo()
    assert document.scenario("Baseline").spend["community"].amount == 3500.0


def _allocate(budget, goal: str, amount: str) -> None:
    form = budget.panel.allocator
    form.set_amount(goal, amount)
    form.allocate_button.click()
    budget.settle()


def test_the_allocation_becomes_a_scenario_compared_with_the_current_plan(budget):
    document, view = budget.document, budget.view
    _allocate(budget, "maximise", "677,600")
    found = budget.controller.last_allocation
    assert found.reachable and found.total == pytest.approx(677_600.0, rel=1e-9)
    assert "Allocation" in [s.name for s in document.scenarios]
    assert budget.stack.count() == 1
    form = budget.panel.allocator
    assert form.headline.text().startswith("Loyalty at week 26: 0.5563 → 0.56")
    assert len(form.waterfall.steps) == 6  # now, four channels, allocated
    assert sum(h for _, _, h in form.waterfall.steps[1:-1]) == pytest.approx(
        found.outcome - found.current_outcome, abs=1e-12
    )
    assert not form.compare_button.isHidden()
    form.compare_button.click()
    assert set(view.compared) == {"Current plan", "Allocation"}
    assert view.reference == "Current plan"
    from synergy_gui.engine.compare import run_scenarios

    runs = run_scenarios(document, ["Current plan", "Allocation"])
    assert runs["Allocation"].series("loyalty")[26] == pytest.approx(found.outcome, abs=1e-12)
    assert runs["Current plan"].series("loyalty")[26] == pytest.approx(
        found.current_outcome, abs=1e-12
    )
    form.compare_button.click()  # the current plan is added once
    assert [s.name for s in document.scenarios].count("Current plan") == 1
    while budget.stack.canUndo():
        budget.stack.undo()
    assert "Allocation" not in [s.name for s in document.scenarios]


def test_an_infeasible_target_shows_its_verdict_and_the_best_reachable(budget):
    before = budget.document.clone()
    _allocate(budget, "minimise", "0.99")
    text = budget.panel.allocator.headline.text()
    assert "cannot reach 0.99" in text and "best reachable is 0.68" in text
    assert budget.document == before  # no scenario for an answer that misses
    assert budget.panel.allocator.compare_button.isHidden()


@pytest.mark.parametrize(
    ("goal", "amount", "limit", "field", "words"),
    [
        ("maximise", "-5", None, "amount_problem", "must not be negative"),
        ("maximise", "lots", None, "amount_problem", "not a number"),
        ("minimise", "1.5", None, "amount_problem", "from 0 to 1"),
        ("maximise", "100k", ("community", "200k", ""), "limits_problem", "above the budget"),
        ("maximise", "100k", ("community", "50k", "10k"), "limits_problem", "above the maximum"),
        ("extra", "10k", ("community", "5k", ""), "limits_problem", "does not go with"),
    ],
)
def test_bad_input_is_refused_at_its_field_and_nothing_changes(
    budget, goal, amount, limit, field, words
):
    form, before = budget.panel.allocator, budget.document.clone()
    if limit is not None:
        low, high = form.limits[limit[0]]
        low.setText(limit[1])
        high.setText(limit[2])
    _allocate(budget, goal, amount)
    assert words in getattr(form, field).text()
    assert not getattr(form, field).isHidden()
    assert budget.controller.allocation_job is None and budget.controller.last_allocation is None
    assert budget.document == before


class _Gate:
    """Holds the engine's call in its thread until released."""

    def __init__(self, function) -> None:
        self.function, self.entered, self.release = function, threading.Event(), threading.Event()

    def __call__(self, *args, **kwargs):
        self.entered.set()
        assert self.release.wait(10)
        return self.function(*args, **kwargs)


def test_curves_of_a_model_changed_meanwhile_are_not_shown(budget, monkeypatch, qtbot):
    gate = _Gate(response_curves)
    monkeypatch.setattr(budget_controller, "response_curves", gate)
    shown = []
    budget.controller.curvesShown.connect(shown.append)
    budget.document.update_channel("community", plan=SpendPlan("constant", 6000.0))
    qtbot.waitUntil(gate.entered.is_set)  # a job for 6,000 a week is running
    budget.document.update_channel("community", plan=SpendPlan("constant", 8000.0))
    gate.release.set()
    budget.settle()
    assert len(shown) == 1  # the 6,000 curves came back stale and were dropped
    assert shown[0][0].current_spend == pytest.approx(8000.0 * WEEKS)
    assert _marker(budget.panel, "community")[0] == pytest.approx(8000.0 * WEEKS)


def test_an_allocation_for_a_model_changed_meanwhile_is_dropped(budget, monkeypatch, qtbot):
    from synergy_gui.engine import allocate

    gate = _Gate(allocate.maximise)
    monkeypatch.setattr(budget_controller.allocator, "maximise", gate)
    before = len(budget.document.scenarios)
    form = budget.panel.allocator
    form.set_amount("maximise", "600k")
    form.allocate_button.click()
    qtbot.waitUntil(gate.entered.is_set)
    budget.document.update_channel("reviews", adstock=0.1)
    gate.release.set()
    budget.settle()
    assert "changed while the allocator ran" in form.headline.text()
    assert len(budget.document.scenarios) == before
    assert budget.controller.last_allocation is None


def test_a_model_without_channels_offers_to_add_one(qtbot, settings_dir, document):
    for channel in list(document.channels):
        document.remove_channel(channel.id)
    stack, view = QUndoStack(), ViewState(document)
    panel = BudgetPanel(ChannelEditor(document, stack, view))
    qtbot.addWidget(panel)
    panel.show()
    BudgetController(document, view, stack, panel)
    assert panel.pages.currentIndex() == 0
    assert "no channels yet" in panel.empty_message.text()
    panel.empty_add_button.click()
    assert [c.drives for c in document.channels] == [{"interactivity": 1.0}]
    panel.ensure_current()
    assert panel.pages.currentIndex() == 1 and len(panel.rows) == 1
    stack.undo()
    panel.ensure_current()
    assert document.channels == [] and panel.pages.currentIndex() == 0


def test_choosing_the_average_outcome_redraws_the_curves(budget):
    panel = budget.panel
    panel.average.setChecked(True)
    budget.settle()
    assert budget.view.budget_outcome == ("loyalty", None)
    assert panel.curves.axes.get_ylabel() == "Loyalty (average over the run)"
    assert not panel.week.isEnabled()


def test_a_bipolar_model_takes_a_target_below_zero(budget):
    budget.document.update_settings(level_range="bipolar")
    budget.settle()
    form = budget.panel.allocator
    _allocate(budget, "minimise", "1.5")
    assert "from -1 to 1" in form.amount_problem.text()
    _allocate(budget, "minimise", "-0.5")
    assert form.amount_problem.isHidden()
    assert budget.controller.last_allocation.target == -0.5
    assert form.amount_label.text() == "Target level (-1 to 1)"


def test_a_drag_step_inside_the_frame_is_blitted_not_drawn_in_full(budget, qtbot):
    curves = budget.panel.curves
    qtbot.waitUntil(lambda: curves.full_draws > 0)
    draws, blits = curves.full_draws, curves.blits
    binding = budget.panel.row("reviews").binding
    _drag(budget.panel.row("reviews").slider, binding.to_position(1100.0))
    budget.settle()
    qtbot.wait(20)
    assert curves.blits > blits and curves.full_draws == draws
    amount = budget.document.channel("reviews").plan.amount
    assert amount == pytest.approx(1100.0, abs=10.0)
    assert _marker(budget.panel, "reviews")[0] == pytest.approx(amount * WEEKS)


def test_a_renamed_allocation_is_still_compared_and_a_deleted_one_is_said(budget):
    _allocate(budget, "extra", "50k")
    budget.document.update_scenario("Allocation", name="More reviews")
    form = budget.panel.allocator
    form.compare_button.click()
    assert set(budget.view.compared) == {"Current plan", "More reviews"}
    budget.view.set_compared([])
    budget.document.remove_scenario("More reviews")
    form.compare_button.click()
    assert "is gone" in form.headline.text()
    assert budget.view.compared == ()


def test_curves_of_a_hidden_dock_are_marked_until_shown_again(budget):
    panel = budget.panel
    panel.hide()
    budget.document.update_channel("reviews", plan=SpendPlan("constant", 2000.0))
    assert "changed" in panel.curves_note.text()
    assert _marker(panel, "reviews")[0] == pytest.approx(1000.0 * WEEKS)  # not recomputed
    panel.show()
    budget.settle()
    assert panel.curves_note.text() == ""
    assert _marker(panel, "reviews")[0] == pytest.approx(2000.0 * WEEKS)


def test_a_stimulus_level_change_keeps_the_rows_and_a_relabel_shows_at_once(budget, qtbot):
    rows = dict(budget.panel.rows)
    budget.document.update_construct("interactivity", initial=0.2)  # a stimulus slider's move
    qtbot.wait(20)
    budget.panel.ensure_current()
    assert budget.panel.rows == rows  # the same row widgets: nothing was rebuilt
    budget.document.update_construct("interactivity", label="Two-way chat")
    budget.panel.ensure_current()
    assert budget.panel.rows != rows  # the rows name the stimuli they drive: rebuilt


def test_cancelling_an_allocation_stops_its_search_not_just_its_answer(document, monkeypatch, qapp):
    from synergy_gui.ui.panels.allocator_form import AllocationRequest

    batches: list[int] = []
    searched, first_batch = SpendProblem.outcomes, threading.Event()

    def counted(problem, totals):
        batches.append(len(totals))
        if len(batches) == 1:
            job.cancel()  # the user presses Cancel while the first batch runs
            first_batch.set()
        return searched(problem, totals)

    monkeypatch.setattr(SpendProblem, "outcomes", counted)
    outcome = Outcome("loyalty", 26.0)
    request = AllocationRequest("maximise", 677_600.0)
    job = budget_controller.AllocationJob(document, None, outcome, request)
    answers: list[object] = []
    job.finished.connect(answers.append)
    job.start()
    assert first_batch.wait(30)
    job.cancel(wait=True)
    assert not job.running
    assert len(batches) == 1  # a whole allocation runs dozens of batches
    qapp.processEvents()
    assert answers == []


def test_a_job_deleted_while_it_works_stops_and_says_nothing(document, qapp):
    """A window closed mid-computation deletes its jobs: the thread stops instead of
    emitting from a deleted object (an exception in the thread)."""
    import shiboken6

    started, release = threading.Event(), threading.Event()
    searched, batches = SpendProblem.outcomes, []

    def slow(problem, totals):
        batches.append(len(totals))
        started.set()
        release.wait(10)
        return searched(problem, totals)

    outcome = Outcome("loyalty", 26.0)
    job = budget_controller.CurvesJob(document, None, outcome)
    thread, raised = job._thread, []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(SpendProblem, "outcomes", slow)
        patch.setattr(threading, "excepthook", lambda args: raised.append(args.exc_value))
        job.start()
        assert started.wait(30)
        shiboken6.delete(job)  # the window goes, and its jobs with it
        release.set()
        thread.join(30)
    assert not thread.is_alive()
    assert raised == [] and len(batches) == 1  # no exception in the thread, no more work
