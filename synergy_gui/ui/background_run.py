"""A long simulation off the GUI thread: progress as it goes, cancellable, newest only.

A run whose size (steps × constructs × runs) would hold the window for more than about a
tenth of a second runs here, on a copy of the document, in a thread of its own. The engine
calls back every few hundred steps: that reports progress and, after a cancel, stops the run.
The result comes back to the GUI thread through a queued Qt signal.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from synergy_gui.engine import Simulator, compile_model
from synergy_gui.engine.compare import run_compiled
from synergy_gui.model import ModelDocument
from synergy_gui.model.view_state import ScenarioKey
from synergy_gui.ui.runs import Runs

#: Steps × constructs × runs done on the GUI thread; more runs in the background. About
#: 0.1 s on a laptop (the default preset's 52 weeks are about 700).
FOREGROUND_WORK = 400_000


def work_of(document: ModelDocument, scenario: ScenarioKey, compared: tuple) -> int:
    """How big a round of runs is: steps × (constructs + junctions) × runs."""
    horizons = {s.name: s.horizon for s in document.scenarios}
    keys = {scenario, *compared}
    steps = max((horizons.get(key) or document.settings.horizon) for key in keys)
    width = len(document.constructs) + len(document.junctions)
    return steps * max(width, 1) * len(keys)


class RunCancelledError(Exception):
    """Raised inside the engine's chunk callback to stop a cancelled run."""


class ThreadJob(QObject):
    """Work in a thread of its own: ``progress(share)`` as it goes (0 to 1), then
    ``finished(outcome)`` with what :meth:`_run` returned or the exception that stopped it
    (nothing after a cancel). Subclasses give :meth:`_run` and report with :meth:`_tick`."""

    progress = Signal(float)
    finished = Signal(object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancelled = cancelled = threading.Event()
        self._thread = threading.Thread(target=self._work, name=name, daemon=True)
        # deleted with its window or controller: the work stops, as after a cancel
        self.destroyed.connect(lambda *_: cancelled.set())

    def start(self) -> None:
        self._thread.start()

    def cancel(self, wait: bool = False) -> None:
        """Stop at the next chunk; ``wait`` until the thread has stopped (a closing window)."""
        self._cancelled.set()
        if wait and self._thread.is_alive():
            self._thread.join(timeout=10)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _work(self) -> None:
        try:
            outcome = self._run()
        except RunCancelledError:
            return
        except Exception as error:  # handed to the GUI thread, which says what went wrong
            outcome = error
        if not self._cancelled.is_set():
            self._emit(self.finished, outcome)

    def _emit(self, signal, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the job was deleted as the work ended: no one is waiting
            self._cancelled.set()

    def _run(self) -> object:
        raise NotImplementedError

    def _stop_if_cancelled(self) -> None:
        """Raise RunCancelledError after a cancel (the work's own checkpoints call this)."""
        if self._cancelled.is_set():
            raise RunCancelledError

    def _tick(self, share: float) -> None:
        """Report progress; after a cancel, raise RunCancelledError (from the engine's chunk
        callback, which stops the run)."""
        if self._cancelled.is_set():
            raise RunCancelledError
        self._emit(self.progress, min(1.0, share))


class BackgroundRun(ThreadJob):
    """One round of runs in a thread (see :class:`ThreadJob`); ``finished`` brings the
    :class:`Runs`."""

    def __init__(
        self,
        document: ModelDocument,
        scenario: ScenarioKey,
        compared: tuple[ScenarioKey, ...],
        parent: QObject | None = None,
    ) -> None:
        super().__init__("simulation", parent)
        self._document = document.clone()  # the GUI thread goes on editing its own
        self._scenario, self._compared = scenario, tuple(compared)

    def _run(self) -> Runs:
        document, parts = self._document, 1 + len(self._compared)
        simulator = Simulator(document, self._scenario)
        steps = simulator.model.steps
        active = simulator.run(on_chunk=lambda done: self._tick(done / steps / parts))
        compared = {}
        if self._compared:
            models = {key: compile_model(document, key) for key in self._compared}
            longest = max(model.steps for model in models.values())
            compared = run_compiled(
                models,
                None,
                document.settings.time_unit,
                on_chunk=lambda done: self._tick((1 + done / longest * (parts - 1)) / parts),
            )
        return Runs(active, compared)
