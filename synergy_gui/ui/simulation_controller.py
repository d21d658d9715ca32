"""The simulation controller: re-runs the engine when the document changes, newest state only.

It keeps one :class:`~synergy_gui.engine.Simulator`. Each document change is handed to the
simulator at once (numbers in place, a recompile only when the structure changed); the run
itself waits for the next event-loop turn, so a burst of slider events costs one run of the
newest state. ``run_now()`` runs at once, for tests and benchmarks.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from synergy_gui.engine import SimulationResult, Simulator
from synergy_gui.engine.steady import SteadyState, steady_state
from synergy_gui.model import Change, ModelDocument, ModelError

#: The steady state (a few ms) waits until slider events pause for this long.
STEADY_DELAY_MS = 80

#: Errors a model can provoke in the engine; they become the ``problem`` signal.
_MODEL_TROUBLE = (ModelError, ValueError, ArithmeticError, IndexError, KeyError)


class SimulationController(QObject):
    """Follows a document and emits a :class:`SimulationResult` after each change.

    Signals: ``resultReady(SimulationResult)`` after a run; ``problem(str)`` when the model
    cannot be run (the reason, in words); ``scenarioChanged(object)`` with the active
    scenario's name, or None for the model as drawn; ``steadyReady(SteadyState)`` where the
    levels settle, computed once the edits pause (it costs more than a run).
    """

    resultReady = Signal(object)  # noqa: N815  # Qt signal names are camelCase
    problem = Signal(str)
    scenarioChanged = Signal(object)  # noqa: N815
    steadyReady = Signal(object)  # noqa: N815

    def __init__(self, document: ModelDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.last_result: SimulationResult | None = None
        self.last_problem: str | None = None
        self.last_steady: SteadyState | None = None
        self.run_count = 0
        self._scenario: str | None = None
        self._simulator: Simulator | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.run_now)
        self._steady_timer = QTimer(self)
        self._steady_timer.setSingleShot(True)
        self._steady_timer.setInterval(STEADY_DELAY_MS)
        self._steady_timer.timeout.connect(self.steady_now)
        listener = self._on_document_changed
        document.events.connect(listener)
        self.destroyed.connect(lambda *_: document.events.disconnect(listener))
        self.request()

    # ------------------------------------------------------------------ public
    @property
    def scenario(self) -> str | None:
        """The active scenario's name, or None for the model as drawn."""
        return self._scenario

    def set_scenario(self, name: str | None) -> None:
        """Simulate under scenario ``name`` (None: the model as drawn)."""
        if name is not None:
            try:
                self.document.scenario(name)
            except ModelError as error:
                self._report(str(error))
                return
        if name == self._scenario:
            return
        self._scenario = name
        self._simulator = None
        self.scenarioChanged.emit(name)
        self.request()

    def request(self) -> None:
        """Run on the next event-loop turn (many requests in one turn make one run)."""
        if not self._timer.isActive():
            self._timer.start()

    @property
    def pending(self) -> bool:
        """True while a run is requested but has not happened yet."""
        return self._timer.isActive()

    def run_now(self) -> SimulationResult | None:
        """Run the newest state now; emit and return the result (None if it cannot run)."""
        self._timer.stop()
        try:
            simulator = self._ensure_simulator()
            result = simulator.run()
        except _MODEL_TROUBLE as error:
            self._simulator = None
            self._report(_reason(error))
            return None
        self._follow_scenario(simulator)
        self.last_result = result
        self.last_problem = None
        self.run_count += 1
        self.resultReady.emit(result)
        self._steady_timer.start()
        return result

    def steady_now(self) -> SteadyState | None:
        """Compute where the current state settles; emit and return it (None if it cannot)."""
        self._steady_timer.stop()
        if self._simulator is None:
            return None
        try:
            steady = steady_state(self._simulator.model)
        except _MODEL_TROUBLE as error:
            self._report(_reason(error))
            return None
        self.last_steady = steady
        self.steadyReady.emit(steady)
        return steady

    def detach(self) -> None:
        """Stop following the document."""
        self.document.events.disconnect(self._on_document_changed)
        self._timer.stop()
        self._steady_timer.stop()

    # ------------------------------------------------------------------ internals
    def _ensure_simulator(self) -> Simulator:
        if self._simulator is None:
            names = {scenario.name for scenario in self.document.scenarios}
            if self._scenario is not None and self._scenario not in names:
                self._scenario = None  # the active scenario was removed
                self.scenarioChanged.emit(None)
            self._simulator = Simulator(self.document, self._scenario)
        return self._simulator

    def _on_document_changed(self, change: Change) -> None:
        if change.target == "meta":
            return
        if self._simulator is not None:
            try:
                self._simulator.apply_change(change)
            except _MODEL_TROUBLE:
                self._simulator = None  # compile afresh on the run; it reports what is wrong
        self.request()

    def _follow_scenario(self, simulator: Simulator) -> None:
        """Take over the simulator's scenario when it followed a rename or a removal."""
        if simulator.scenario != self._scenario:
            self._scenario = simulator.scenario
            self.scenarioChanged.emit(self._scenario)

    def _report(self, reason: str) -> None:
        self.last_problem = reason
        self.problem.emit(reason)


def _reason(error: Exception) -> str:
    text = str(error).strip() or type(error).__name__
    return f"The model cannot be simulated: {text}"
