"""The simulation controller: re-runs the engine when the document or the view changes.

It keeps one :class:`~synergy_gui.engine.Simulator` for the active scenario, which the view
state names. How it follows each document change (ignore, patch in place, recompile) is
decided by :func:`synergy_gui.engine.updates.update_for`. While scenarios are compared, each
run also runs every compared scenario through the batch engine. A run waits for the next
event-loop turn, so a burst of slider events costs one run of the newest state; the steady
states (a few ms each) wait until the edits pause. ``run_now()`` runs at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal

from synergy_gui.engine import SimulationResult, Simulator
from synergy_gui.engine.compare import Comparison, comparison_from, run_compiled
from synergy_gui.engine.steady import SteadyState, steady_state
from synergy_gui.engine.updates import Update, update_for
from synergy_gui.model import Change, ModelDocument, ModelError
from synergy_gui.model.view_state import ScenarioKey, ViewChange, ViewState

#: The steady state (a few ms) waits until slider events pause for this long.
STEADY_DELAY_MS = 80

#: Errors a model can provoke in the engine; they become the ``problem`` signal.
_MODEL_TROUBLE = (ModelError, ValueError, ArithmeticError, IndexError, KeyError)

#: View fields that change what is computed from the runs, but not the runs.
_TABLE_FIELDS = frozenset({"reference", "focus", "threshold"})


@dataclass(frozen=True, eq=False)
class Runs:
    """One round of simulation: the active scenario's run and, while comparing, each
    compared scenario's run (keyed by scenario; None is the model as drawn)."""

    active: SimulationResult
    compared: dict[ScenarioKey, SimulationResult] = field(default_factory=dict)

    def levels_at(self, step: int) -> dict[str, float]:
        """Every construct's level at ``step`` of the active run."""
        return _row(self.active, step)

    def differences_at(self, step: int, reference: ScenarioKey) -> dict[str, float] | None:
        """The active run minus the reference run at ``step``; None when there is nothing to
        tell (not comparing, the active scenario is the reference or not compared at all)."""
        base = self.compared.get(reference)
        ours = self.active.scenario
        if base is None or ours == reference or ours not in self.compared:
            return None
        ours, theirs = _row(self.active, step), _row(base, step)
        return {cid: ours[cid] - theirs[cid] for cid in ours if cid in theirs}


def _row(result: SimulationResult, step: int) -> dict[str, float]:
    row = result.levels[max(0, min(step, result.steps))].tolist()
    return dict(zip(result.ids, row, strict=True))


class SimulationController(QObject):
    """Follows a document and a view state; emits what the panels paint.

    Signals: ``resultReady(Runs)`` after a run; ``comparisonReady(Comparison | None)`` with
    the comparison table's figures (None when not comparing); ``steadyReady(SteadyState)``
    where the active run settles; ``problem(str)`` when the model cannot be run.
    """

    resultReady = Signal(object)  # noqa: N815  # Qt signal names are camelCase
    comparisonReady = Signal(object)  # noqa: N815
    steadyReady = Signal(object)  # noqa: N815
    problem = Signal(str)

    def __init__(
        self, document: ModelDocument, view: ViewState, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.view = view
        self.last_runs: Runs | None = None
        self.last_problem: str | None = None
        self.last_steady: SteadyState | None = None
        self.last_comparison: Comparison | None = None
        self.run_count = 0
        self._simulator: Simulator | None = None
        #: one per compared scenario, compiled once and updated in place like the active one
        self._compared: dict[ScenarioKey, Simulator] = {}
        self._compared_steadies: dict[ScenarioKey, SteadyState] = {}
        self._timer = _single_shot(self, 0, self.run_now)
        self._steady_timer = _single_shot(self, STEADY_DELAY_MS, self.steady_now)
        on_document, on_view = self._on_document_changed, self._on_view_changed
        document.events.connect(on_document)
        view.connect(on_view)
        self.destroyed.connect(lambda *_: _disconnect(document, on_document, view, on_view))
        self.request()

    # ------------------------------------------------------------------ public
    @property
    def last_result(self) -> SimulationResult | None:
        """The active scenario's newest run."""
        return self.last_runs.active if self.last_runs is not None else None

    def request(self) -> None:
        """Run on the next event-loop turn (many requests in one turn make one run)."""
        if not self._timer.isActive():
            self._timer.start()

    @property
    def pending(self) -> bool:
        """True while a run is requested but has not happened yet."""
        return self._timer.isActive()

    def run_now(self) -> Runs | None:
        """Run the newest state now; emit and return the runs (None if it cannot run)."""
        self._timer.stop()
        try:
            active = self._ensure_simulator().run()
            compared = self._run_compared()
        except _MODEL_TROUBLE as error:
            self._simulator = None
            self._report(_reason(error))
            return None
        runs = Runs(active, compared)
        self.last_runs, self.last_problem = runs, None
        self._compared_steadies = {}
        self.run_count += 1
        self.resultReady.emit(runs)
        self._show_comparison()
        self._steady_timer.start()
        return runs

    def steady_now(self) -> SteadyState | None:
        """Where the active run settles (and each compared one); emit and return it."""
        self._steady_timer.stop()
        if self._simulator is None:
            return None
        try:
            steady = steady_state(self._simulator.model)
            if self._comparing:
                self._compared_steadies = {
                    key: steady_state(self._compared_simulator(key).model)
                    for key in self.view.compared
                }
        except _MODEL_TROUBLE as error:
            self._report(_reason(error))
            return None
        self.last_steady = steady
        self.steadyReady.emit(steady)
        if self._comparing:
            self._show_comparison()
        return steady

    def detach(self) -> None:
        """Stop following the document and the view."""
        _disconnect(self.document, self._on_document_changed, self.view, self._on_view_changed)
        self._timer.stop()
        self._steady_timer.stop()

    # ------------------------------------------------------------------ internals
    @property
    def _comparing(self) -> bool:
        return self.view.comparing

    def _ensure_simulator(self) -> Simulator:
        if self._simulator is None:
            self._simulator = Simulator(self.document, self.view.scenario)
        return self._simulator

    def _compared_simulator(self, key: ScenarioKey) -> Simulator:
        if key not in self._compared:
            self._compared[key] = Simulator(self.document, key)
        return self._compared[key]

    def _run_compared(self) -> dict[ScenarioKey, SimulationResult]:
        """Every compared scenario, through the batch engine (empty when not comparing)."""
        if not self._comparing:
            return {}
        models = {key: self._compared_simulator(key).model for key in self.view.compared}
        return run_compiled(models, None, self.document.settings.time_unit)

    def _follow_in(self, simulator: Simulator | None, change: Change) -> bool:
        """Bring one simulator along; False when it must be built afresh."""
        update = update_for(change, simulator.scenario) if simulator is not None else None
        if update is Update.RECOMPILE:
            return False
        if simulator is not None and update in (Update.WEIGHT, Update.LEVEL):
            try:
                simulator.apply_change(change)
            except _MODEL_TROUBLE:
                return False  # compile afresh on the run; it reports what is wrong
        return True

    def _show_comparison(self) -> None:
        """Emit the comparison table's figures for the newest runs (None: not comparing)."""
        runs = self.last_runs
        comparison = None
        if self._comparing and runs is not None and runs.compared:
            view = self.view
            focus = list(view.focus)
            thresholds = {} if view.threshold is None else dict.fromkeys(focus, view.threshold)
            comparison = comparison_from(
                runs.compared, self._compared_steadies, focus, thresholds, view.reference
            )
        if comparison is not None or self.last_comparison is not None:
            self.last_comparison = comparison
            self.comparisonReady.emit(comparison)

    def _on_document_changed(self, change: Change) -> None:
        update = update_for(change, self.view.scenario)
        if update is Update.IGNORE or (update is Update.RUN and not self._comparing):
            return
        if not self._follow_in(self._simulator, change):
            self._simulator = None  # built afresh on the run, under the view's scenario
        for key, simulator in list(self._compared.items()):
            if not self._follow_in(simulator, change):
                del self._compared[key]
        self.request()

    def _on_view_changed(self, change: ViewChange) -> None:
        if "scenario" in change:
            self._simulator = None
        if "compared" in change:
            self._compared = {k: s for k, s in self._compared.items() if k in self.view.compared}
        if {"scenario", "compared"} & change.fields:
            self.request()
        elif _TABLE_FIELDS & change.fields and not self.pending:
            self._show_comparison()

    def _report(self, reason: str) -> None:
        self.last_problem = reason
        self.problem.emit(reason)


def _disconnect(document: ModelDocument, on_document, view: ViewState, on_view) -> None:
    document.events.disconnect(on_document)
    view.disconnect(on_view)


def _single_shot(parent: QObject, interval: int, slot) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval)
    timer.timeout.connect(slot)
    return timer


def _reason(error: Exception) -> str:
    text = str(error).strip() or type(error).__name__
    return f"The model cannot be simulated: {text}"
