"""Uncertainty bands off the GUI thread: newest state only, the window never waits.

While the Bands box is ticked, every edit that can move a level (a weight, a stimulus, the
structure, an sd, the default sd) and every change of the active scenario or the plotted
constructs asks for new bands. Requests in one event-loop turn make one batch. A batch runs
in a thread of its own on a copy of the document (as :mod:`background_run` does) and its
result comes back through a queued Qt signal. While one runs, a newer request marks it
superseded: its result is dropped when it ends, and one batch of the newest state starts
then. So at most one batch runs at a time, a slider drag never queues up stale work, and
the GUI thread never blocks on a batch.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from synergy_gui.engine.montecarlo import DEFAULT_RUNS, DEFAULT_SEED, Bands, monte_carlo
from synergy_gui.engine.updates import Update, update_for
from synergy_gui.model import Change, ModelDocument, ModelError
from synergy_gui.model.view_state import ViewChange, ViewState
from synergy_gui.ui.i18n import error_text, translate

#: ``compute(document, scenario, runs, seed, constructs)`` -> Bands, run in the batch's thread.
Compute = Callable[..., Bands]
#: Errors a model can provoke in the engine; they become the ``problem`` signal.
_MODEL_TROUBLE = (ModelError, ValueError, ArithmeticError, IndexError, KeyError, MemoryError)
#: The fields of the uncertainty itself, which the simulation ignores but the bands do not.
_SD_FIELDS = frozenset({"sd", "default_sd"})


class BandsJob(QObject):
    """One batch in a thread; ``finished(outcome)`` with the Bands or the exception (also
    after a cancel: the controller then drops it, and knows the thread has ended)."""

    finished = Signal(object)

    def __init__(
        self,
        document: ModelDocument,
        scenario: str | None,
        constructs: tuple[str, ...],
        options: tuple[int, int],
        compute: Compute,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document.clone()  # the GUI thread goes on editing its own
        self._scenario, self._constructs = scenario, constructs
        self._runs, self._seed = options
        self._compute = compute
        self.cancelled = threading.Event()
        self._thread = threading.Thread(target=self._work, name="bands", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        """Mark the result stale (a newer state was asked for); the thread runs out."""
        self.cancelled.set()

    def wait(self, timeout: float = 10.0) -> None:
        """Wait for the thread to end (a closing window only)."""
        if self._thread.is_alive():
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _work(self) -> None:
        try:
            outcome = self._compute(
                self._document, self._scenario, self._runs, self._seed, self._constructs
            )
        except Exception as error:  # handed to the GUI thread, which says what went wrong
            outcome = error
        self.finished.emit(outcome)


def compute_bands(
    document: ModelDocument, scenario: str | None, runs: int, seed: int, constructs
) -> Bands:
    """The engine's bands of the plotted constructs (the default ``compute``)."""
    return monte_carlo(document, scenario, runs, seed, constructs=constructs)


class BandsController(QObject):
    """Computes the bands of the view's active scenario and plotted constructs while enabled.

    Signals: ``bandsReady(Bands | None)`` with the newest bands (None when switched off);
    ``problem(str)`` when they cannot be computed; ``runningChanged(bool)``.
    """

    bandsReady = Signal(object)  # noqa: N815  # Qt signal names are camelCase
    problem = Signal(str)
    runningChanged = Signal(bool)  # noqa: N815

    def __init__(
        self,
        document: ModelDocument,
        view: ViewState,
        runs: int = DEFAULT_RUNS,
        seed: int = DEFAULT_SEED,
        compute: Compute = compute_bands,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document, self.view = document, view
        self.runs, self.seed = runs, seed
        self.compute = compute
        self.enabled = False
        self.last_bands: Bands | None = None
        self.last_problem: str | None = None
        self.started = 0  # batches started (for tests and the bench)
        self._job: BandsJob | None = None
        self._again = False  # a newer state was asked for while a batch ran
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.start_batch)
        on_document, on_view = self._on_document_changed, self._on_view_changed
        document.events.connect(on_document)
        view.connect(on_view)
        self.destroyed.connect(
            lambda *_: (document.events.disconnect(on_document), view.disconnect(on_view))
        )

    # ------------------------------------------------------------------ public
    def set_enabled(self, on: bool) -> None:
        """Switch the bands on (a batch starts) or off (the newest result is dropped)."""
        self.enabled = bool(on)
        if self.enabled:
            self.request()
            return
        self._timer.stop()
        self._again = False
        if self._job is not None:
            self._job.cancel()
        self.last_bands = None
        self.bandsReady.emit(None)

    def request(self) -> None:
        """New bands on the next event-loop turn (many requests make one batch)."""
        if self.enabled and not self._timer.isActive():
            self._timer.start()

    @property
    def running(self) -> bool:
        """True while a batch runs in its thread."""
        return self._job is not None

    @property
    def pending(self) -> bool:
        """True while bands are asked for and not yet shown."""
        return self._timer.isActive() or self._job is not None

    def start_batch(self) -> None:
        """Start a batch of the newest state now, or after the running one (never waits)."""
        self._timer.stop()
        if not self.enabled:
            return
        if self._job is not None:
            self._job.cancel()  # its result would be stale: dropped when it ends
            self._again = True
            return
        focus = tuple(cid for cid in self.view.focus if self.document.has_construct(cid))
        job = BandsJob(
            self.document, self.view.scenario, focus, (self.runs, self.seed), self.compute, self
        )
        job.finished.connect(lambda outcome, j=job: self._on_job_finished(j, outcome))
        self._job = job
        self.started += 1
        self.runningChanged.emit(True)
        job.start()

    def detach(self, wait: bool = True) -> None:
        """Stop following the document and the view; let a running batch end unseen."""
        self._disconnect()
        self._timer.stop()
        self._again = False
        job, self._job = self._job, None
        if job is not None:
            job.cancel()
            if wait:
                job.wait()

    # ------------------------------------------------------------------ internals
    def _on_job_finished(self, job: BandsJob, outcome: object) -> None:
        if job is not self._job:
            return  # detached meanwhile
        self._job = None
        job.deleteLater()
        self.runningChanged.emit(False)
        if self._again or job.cancelled.is_set():
            self._again = False
            self.request()  # the newest state, if still wanted
            return
        if isinstance(outcome, _MODEL_TROUBLE):
            self.last_problem = translate(
                "BandsController", "The bands cannot be computed: {why}"
            ).format(why=error_text(outcome))
            self.problem.emit(self.last_problem)
            return
        if isinstance(outcome, BaseException):
            self.last_problem = translate(
                "BandsController", "The bands failed ({kind}: {error})"
            ).format(kind=type(outcome).__name__, error=outcome)
            self.problem.emit(self.last_problem)
            return
        self.last_bands, self.last_problem = outcome, None
        self.bandsReady.emit(outcome)

    def _on_document_changed(self, change: Change) -> None:
        if _moves_bands(change, self.view.scenario):
            self.request()

    def _on_view_changed(self, change: ViewChange) -> None:
        if {"scenario", "focus"} & change.fields:
            self.request()

    def _disconnect(self) -> None:
        self.document.events.disconnect(self._on_document_changed)
        self.view.disconnect(self._on_view_changed)


def _moves_bands(change: Change, scenario: str | None) -> bool:
    """Whether a change can move the bands of ``scenario``: what moves its run, or an sd."""
    if change.target in ("path", "junction", "settings") and _SD_FIELDS & set(change.fields):
        return True
    return update_for(change, scenario) not in (Update.IGNORE, Update.RUN)


def attach_bands(panel, controller: BandsController) -> None:
    """Wire a plots panel's Bands box and bands to a controller (as the window does)."""
    panel.bandsToggled.connect(controller.set_enabled)
    controller.bandsReady.connect(panel.show_bands)
    controller.problem.connect(panel.show_message)
    if panel.bands_on != controller.enabled:
        controller.set_enabled(panel.bands_on)
    elif controller.last_bands is not None:
        panel.show_bands(controller.last_bands)


__all__ = ["BandsController", "BandsJob", "attach_bands", "compute_bands"]
