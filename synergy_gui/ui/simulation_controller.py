"""The simulation controller: re-runs the engine when the document or the view changes.

It keeps one :class:`~synergy_gui.engine.Simulator` for the active scenario, which the view
state names. How it follows each document change (ignore, patch in place, recompile) is
decided by :func:`synergy_gui.engine.updates.update_for`. While scenarios are compared, each
run also runs every compared scenario through the batch engine. A run waits for the next
event-loop turn, so a burst of slider events costs one run of the newest state; the steady
states (a few ms each) wait until the edits pause. ``run_now()`` runs at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from synergy_gui.engine import SimulationResult, Simulator
from synergy_gui.engine.compare import Comparison, comparison_from, run_compiled
from synergy_gui.engine.compile import CompiledModel
from synergy_gui.engine.steady import SteadyState, steady_state
from synergy_gui.engine.updates import Update, update_for
from synergy_gui.model import Change, ModelDocument, ModelError
from synergy_gui.model.view_state import ScenarioKey, ViewChange, ViewState
from synergy_gui.ui.background_run import FOREGROUND_WORK, BackgroundRun, work_of
from synergy_gui.ui.i18n import error_text, translate
from synergy_gui.ui.runs import Runs

#: The steady state (a few ms) waits until slider events pause for this long.
STEADY_DELAY_MS = 80

#: Errors a model can provoke in the engine; they become the ``problem`` signal.
_MODEL_TROUBLE = (ModelError, ValueError, ArithmeticError, IndexError, KeyError)

#: View fields that change what is computed from the runs, but not the runs.
_TABLE_FIELDS = frozenset({"reference", "focus", "threshold"})


class SimulationController(QObject):
    """Follows a document and a view state; emits what the panels paint.

    Signals: ``resultReady(Runs)`` after a run; ``comparisonReady(Comparison | None)`` with
    the comparison table's figures (None when not comparing); ``steadyReady(SteadyState)``
    where the active run settles; ``problem(str)`` when the model cannot be run;
    ``progressChanged(share)`` while a long run goes on off the GUI thread (None: it ended).
    """

    resultReady = Signal(object)  # noqa: N815  # Qt signal names are camelCase
    comparisonReady = Signal(object)  # noqa: N815
    steadyReady = Signal(object)  # noqa: N815
    problem = Signal(str)
    progressChanged = Signal(object)  # noqa: N815  # share done of a long run; None: no run

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
        self._background: BackgroundRun | None = None
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

    @property
    def compiled_model(self) -> CompiledModel | None:
        """The compiled model of the newest foreground run (weights and levels patched in
        place as they change); None after a background run or a problem."""
        return self._simulator.model if self._simulator is not None else None

    def request(self) -> None:
        """Run on the next event-loop turn (many requests in one turn make one run)."""
        if not self._timer.isActive():
            self._timer.start()

    @property
    def pending(self) -> bool:
        """True while a run is requested, or goes on in the background, and has not ended."""
        return self._timer.isActive() or self._background is not None

    def run_now(self) -> Runs | None:
        """Run the newest state now; emit and return the runs (None if it cannot run, or
        when it is big enough to go off the GUI thread: it is emitted when done)."""
        self._timer.stop()
        compared = self.view.compared if self._comparing else ()
        if work_of(self.document, self.view.scenario, compared) > FOREGROUND_WORK:
            self._run_in_background(compared)
            return None
        self.cancel(quietly=True)  # an older long run would only bring stale levels
        try:
            active = self._ensure_simulator().run()
            runs = Runs(active, self._run_compared())
        except _MODEL_TROUBLE as error:
            self._simulator = None
            self._report(_reason(error))
            return None
        self._show_runs(runs)
        return runs

    def cancel(self, quietly: bool = False, wait: bool = False) -> None:
        """Stop a long run that goes on in the background (the plots keep the last run);
        ``wait`` for its thread to end (the window closes)."""
        if self._background is None:
            return
        self._background.cancel(wait)
        self._background = None
        self.progressChanged.emit(None)
        if not quietly:
            self._report(
                translate(
                    "SimulationController",
                    "The run was cancelled: the plots show the last run that finished.",
                )
            )

    def _run_in_background(self, compared: tuple[ScenarioKey, ...]) -> None:
        self.cancel(quietly=True)  # only the newest state is worth finishing
        job = BackgroundRun(self.document, self.view.scenario, compared, self)
        job.progress.connect(lambda share, j=job: self._on_background_progress(j, share))
        job.finished.connect(lambda outcome, j=job: self._on_background_finished(j, outcome))
        self._background = job
        self.progressChanged.emit(0.0)
        job.start()

    def _on_background_progress(self, job: BackgroundRun, share: float) -> None:
        if job is self._background:
            self.progressChanged.emit(share)

    def _on_background_finished(self, job: BackgroundRun, outcome: object) -> None:
        if job is not self._background:
            return  # a newer state was asked for meanwhile
        self._background = None
        self.progressChanged.emit(None)
        if isinstance(outcome, BaseException):
            self._report(_reason(outcome))
            return
        self._simulator = None  # the steady state compiles afresh
        self._compared = {}
        self._show_runs(outcome)

    def _show_runs(self, runs: Runs) -> None:
        self.last_runs, self.last_problem = runs, None
        self._compared_steadies = {}
        self.run_count += 1
        self.resultReady.emit(runs)
        self._show_comparison()
        self._steady_timer.start()

    def steady_now(self) -> SteadyState | None:
        """Where the active run settles (and each compared one); emit and return it."""
        self._steady_timer.stop()
        if self.last_runs is None:
            return None
        try:
            steady = steady_state(self._ensure_simulator().model)
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
        self.cancel(quietly=True, wait=True)
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
    text = error_text(error).strip() or type(error).__name__
    return translate("SimulationController", "The model cannot be simulated: {why}").format(
        why=text
    )
