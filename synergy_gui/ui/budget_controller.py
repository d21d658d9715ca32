"""Feeds the Budget dock: response curves and allocations, computed off the GUI thread.

Each job works on a copy of the document in a thread of its own (:class:`ThreadJob`). Every
document edit the engine can see, and every change of the active scenario or the outcome,
starts a new generation: a result of an older one is stale and is not shown as current (a
curve is asked for again; an allocation is dropped with a word). Only the newest curves are
kept: while a job runs, later requests wait and the newest one runs when it is done. An
allocation that arrives current becomes a new scenario (one undo step) that "Compare with
current plan" puts beside the current plan in the compare view.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from synergy_gui.engine import allocate as allocator
from synergy_gui.engine.response import response_curves
from synergy_gui.engine.spend_runs import Outcome, SpendProblem
from synergy_gui.engine.updates import Update, update_for
from synergy_gui.model import Change, ModelDocument
from synergy_gui.model.checks import level_bounds
from synergy_gui.model.view_state import ViewChange, ViewState
from synergy_gui.ui.background_run import ThreadJob
from synergy_gui.ui.budget_texts import (
    answer_of,
    current_plan_key,
    free_name,
    outcome_choices,
    outcome_label,
    returns_text,
    trouble_text,
)
from synergy_gui.ui.commands import AddScenarioCommand, push
from synergy_gui.ui.i18n import message_text, translate
from synergy_gui.ui.on_screen import on_screen
from synergy_gui.ui.panels.allocator_form import MAXIMISE, MINIMISE, AllocationRequest
from synergy_gui.ui.panels.budget_panel import BudgetPanel

#: Changes followed even when a run would not be: what spend buys, the levels a target takes.
FOLLOWED = ("channel", "settings")


class CurvesJob(ThreadJob):
    """Every channel's response curve; ``finished`` brings the list or the error."""

    def __init__(self, document: ModelDocument, scenario: str | None, outcome: Outcome) -> None:
        super().__init__("budget-curves")
        self._document, self._scenario, self.outcome = document.clone(), scenario, outcome

    def _run(self) -> object:
        problem = SpendProblem(self._document, self.outcome, self._scenario)
        problem.before_batch = self._stop_if_cancelled  # a closing window stops it
        return response_curves(problem)


class AllocationJob(ThreadJob):
    """One allocator question; ``finished`` brings the Allocation or the error."""

    def __init__(
        self,
        document: ModelDocument,
        scenario: str | None,
        outcome: Outcome,
        request: AllocationRequest,
    ) -> None:
        super().__init__("budget-allocate")
        self._document, self.scenario, self.outcome = document.clone(), scenario, outcome
        self.request = request

    def _run(self) -> object:
        problem = SpendProblem(self._document, self.outcome, self.scenario)
        problem.before_batch = self._stop_if_cancelled  # Cancel stops the search itself
        request = self.request
        if request.goal == MAXIMISE:
            return allocator.maximise(problem, request.amount, request.minima, request.maxima)
        if request.goal == MINIMISE:
            return allocator.minimise_spend(problem, request.amount, request.minima, request.maxima)
        return allocator.place_extra(problem, request.amount, request.maxima)


class BudgetController(QObject):
    """Runs the Budget dock's curves and allocations and hands the panel what to paint."""

    curvesShown = Signal(object)  # noqa: N815  # the list of ResponseCurve shown
    allocationShown = Signal(object)  # noqa: N815  # the Allocation shown
    comparisonShown = Signal()  # noqa: N815  # the allocation is compared with the plan

    def __init__(
        self, document: ModelDocument, view: ViewState, undo_stack: QUndoStack, panel: BudgetPanel
    ) -> None:
        super().__init__(panel)
        self.document, self.view, self.undo_stack, self.panel = document, view, undo_stack, panel
        self.generation = 0
        self.curves_job: CurvesJob | None = None
        self.allocation_job: AllocationJob | None = None
        self.last_allocation = None
        self.curves_shown: list = []  # the ResponseCurves on screen
        self.allocation_scenario: str | None = None
        self._allocation_base: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # a burst of edits asks once
        self._timer.timeout.connect(self.refresh)
        panel.outcomeChosen.connect(lambda chosen: self.view.set_budget_outcome(*chosen))
        panel.allocator.allocateRequested.connect(self.allocate)
        panel.allocator.cancelRequested.connect(self.cancel_allocation)
        panel.allocator.compareRequested.connect(self.compare_with_current_plan)
        on_view, on_document = self._on_view_changed, self._on_document_changed
        view.connect(on_view)
        document.events.connect(on_document)
        self.destroyed.connect(lambda *_: _disconnect(view, on_view, document, on_document))
        panel.shown.connect(self.refresh)
        panel.set_text_scale(view.text_scale)
        self.refresh()

    # ------------------------------------------------------------------ outcome
    def outcome(self) -> Outcome | None:
        """The outcome chosen in the view, else loyalty (or the last response) at week 26."""
        choices = [cid for cid, _ in outcome_choices(self.document)]
        construct, week = self.view.budget_outcome
        if construct not in choices:
            if not choices:
                return None
            construct = "loyalty" if "loyalty" in choices else choices[-1]
            week = min(26.0, float(self.document.settings.horizon))
        return Outcome(construct, week)

    # ------------------------------------------------------------------ curves
    def refresh(self) -> None:
        """Ask for the curves of the current model (after the running job, if one runs)."""
        self._timer.stop()
        if not on_screen(self.panel):
            return  # a hidden dock computes and draws nothing: it asks again when shown
        outcome = self.outcome()
        horizon = self.document.settings.horizon
        self.panel.set_outcomes(
            outcome_choices(self.document),
            outcome.construct if outcome else None,
            outcome.week if outcome else None,
            horizon,
        )
        self.panel.allocator.set_target_range(*level_bounds(self.document.settings.level_range))
        if not self.document.channels or outcome is None:
            self.panel.show_curves_note("", clear=True)
            return
        if self.curves_job is not None:
            return  # its result will be stale: the newest request runs when it is done
        job = CurvesJob(self.document, self.view.scenario, outcome)
        job.setParent(self)
        job.finished.connect(lambda result, job=job: self._on_curves(job, result))
        self.curves_job, job.generation = job, self.generation
        job.start()

    @property
    def pending(self) -> bool:
        """Whether curves or an allocation are asked for and not yet delivered."""
        jobs = (self.curves_job, self.allocation_job)
        return self._timer.isActive() or any(job is not None for job in jobs)

    def _on_curves(self, job: CurvesJob, result: object) -> None:
        job.deleteLater()  # one is made for each step of a drag: none is kept
        if job is not self.curves_job:
            return
        self.curves_job = None
        if job.generation != self.generation:  # the model changed meanwhile: ask again
            self.refresh()
            return
        if isinstance(result, BaseException):
            self.panel.show_curves_note(trouble_text(result), clear=True)
            return
        label = outcome_label(self.document, job.outcome)
        unit = _currency(self.document)
        self.panel.show_curves(result, label, unit, returns_text(result, label))
        self.curves_shown = result
        self.curvesShown.emit(result)

    # ------------------------------------------------------------------ allocation
    def allocate(self, request: AllocationRequest) -> None:
        """Answer ``request`` in the background (a running allocation is dropped)."""
        outcome = self.outcome()
        if outcome is None:
            return
        self.cancel_allocation()
        job = AllocationJob(self.document, self.view.scenario, outcome, request)
        job.setParent(self)
        job.finished.connect(lambda result, job=job: self._on_allocated(job, result))
        self.allocation_job, job.generation = job, self.generation
        self.panel.allocator.set_running(True)
        self.panel.allocator.clear_answer(
            translate("BudgetPanel", "The allocator is searching for the best split…")
        )
        job.start()

    def cancel_allocation(self) -> None:
        if self.allocation_job is not None:
            self.allocation_job.cancel()
            self.allocation_job = None
        self.panel.allocator.set_running(False)

    def _on_allocated(self, job: AllocationJob, result: object) -> None:
        job.deleteLater()
        if job is not self.allocation_job:
            return  # superseded or cancelled
        self.allocation_job = None
        form = self.panel.allocator
        form.set_running(False)
        if job.generation != self.generation:
            form.clear_answer(
                translate(
                    "BudgetPanel",
                    "The model or the outcome changed while the allocator ran: its answer is "
                    "dropped. Allocate again.",
                )
            )
            return
        if isinstance(result, BaseException):
            form.clear_answer(trouble_text(result))
            return
        self.last_allocation = result
        label = outcome_label(self.document, job.outcome)
        if result.reachable:
            self._add_scenario(job, result)
        scenario = self.allocation_scenario if result.reachable else None
        form.show_answer(answer_of(result, label, scenario))
        self.allocationShown.emit(result)

    def _add_scenario(self, job: AllocationJob, result) -> None:
        name = free_name(self.document, translate("BudgetPanel", "Allocation"))
        base = self.document.scenario(job.scenario) if job.scenario is not None else None
        scenario = result.scenario(name, base)
        scenario = dataclasses.replace(scenario, description=message_text(scenario.description))
        command = AddScenarioCommand(
            self.document,
            scenario,
            text=translate("Commands", "Allocate into “{name}”").format(name=name),
        )
        self.allocation_scenario = name if push(self.undo_stack, command) is None else None
        self._allocation_base = job.scenario

    def compare_with_current_plan(self) -> None:
        """Compare the allocation with the plan it started from (as a scenario, added if the
        plan was not one)."""
        name, names = self.allocation_scenario, {s.name for s in self.document.scenarios}
        if name not in names or self._allocation_base not in {None, *names}:
            self.panel.allocator.clear_answer(
                translate(
                    "BudgetPanel",
                    "The allocation's scenario, or the plan it started from, is gone: "
                    "allocate again.",
                )
            )
            return
        current = current_plan_key(self.document, self._allocation_base)
        if current is None:
            current = self._add_current_plan()
        self.view.set_compared([current, name])
        self.view.set_reference(current)
        self.comparisonShown.emit()

    def _add_current_plan(self) -> str:
        from synergy_gui.engine.budget import current_spend, plan_scenario

        base = self._allocation_base
        scenario = self.document.scenario(base) if base is not None else None
        name = free_name(self.document, translate("BudgetPanel", "Current plan"))
        plan = plan_scenario(
            name,
            scenario,
            current_spend(self.document.channels, scenario),
            translate("BudgetPanel", "The spend plan the allocation started from."),
        )
        text = translate("Commands", "Add “{label}”").format(label=name)
        push(self.undo_stack, AddScenarioCommand(self.document, plan, text=text))
        return name

    def shutdown(self) -> None:
        """Stop the jobs and wait for their threads (the window is closing)."""
        for job in (self.curves_job, self.allocation_job):
            if job is not None:
                job.cancel(wait=True)
        self.curves_job = self.allocation_job = None

    # ------------------------------------------------------------------ listening
    def _on_document_changed(self, change: Change) -> None:
        if change.target == "scenario" and change.previous_id is not None:
            self._follow_rename(change.previous_id, change.item_id)
        ignored = update_for(change, self.view.scenario) == Update.IGNORE
        if ignored and change.target not in FOLLOWED:
            return
        self.generation += 1
        if not on_screen(self.panel):  # what it shows is stale until it is shown again
            self.panel.show_curves_note(
                translate("BudgetPanel", "The model changed: bringing the curves up to date…")
            )
        if change.target == "document":
            self.cancel_allocation()
            self.allocation_scenario = self.last_allocation = None
            self.panel.allocator.clear_answer()
        self._timer.start()

    def _follow_rename(self, old: str, new: str) -> None:
        """A renamed allocation, or plan it started from, is followed under its new name."""
        if self.allocation_scenario == old:
            self.allocation_scenario = new
        if self._allocation_base == old:
            self._allocation_base = new

    def _on_view_changed(self, change: ViewChange) -> None:
        if "text_scale" in change:
            self.panel.set_text_scale(self.view.text_scale)
        if "scenario" in change or "budget_outcome" in change:
            self.generation += 1
            self.panel.refresh_spend()
            self._timer.start()


def _currency(document: ModelDocument) -> str:
    units = {c.cost_unit.split(" per ")[0] for c in document.channels}
    return units.pop() if len(units) == 1 else "currency"


def _disconnect(view: ViewState, on_view, document: ModelDocument, on_document) -> None:
    view.disconnect(on_view)
    document.events.disconnect(on_document)
