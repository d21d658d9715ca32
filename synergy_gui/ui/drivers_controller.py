"""Feeds the Levers panel: the drivers of an outcome and goal-seek answers, as plain data.

The drivers come from the simulation controller's own compiled model and steady state (no
second compile): a linear solve of the size of the model, well under a millisecond on the
presets, so it runs on the GUI thread when a steady state arrives. A goal seek runs batches
of simulations (tens of milliseconds on the presets, more on large models), so it runs in a
thread of its own on a copy of the compiled model; only the newest request's answer is kept,
and it comes back through a queued Qt signal.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from synergy_gui.engine import CompiledModel, EngineError
from synergy_gui.engine.drivers import Ipma, ipma, rank_drivers
from synergy_gui.engine.goalseek import GoalAnswer, seek, seek_all
from synergy_gui.model import ModelError
from synergy_gui.ui.i18n import error_text, translate

#: Models up to this size have their drivers ranked on the GUI thread (under a millisecond
#: for the presets; a 200-construct model takes about 27 ms, so it goes to a thread).
FOREGROUND_CONSTRUCTS = 60
_TROUBLE = (EngineError, ModelError, ValueError, ArithmeticError, IndexError, KeyError)


def controller_model(simulation) -> CompiledModel | None:
    """The simulation controller's compiled model (None: the model cannot be run, or its
    last run went to the background)."""
    return simulation.compiled_model


@dataclass(frozen=True)
class GoalRequest:
    """One goal-seek question; ``lever`` None asks every lever."""

    outcome: str
    target: float
    week: float
    lever: str | None = None


@dataclass(frozen=True)
class GoalReply:
    """The answers to a request (ranked when every lever was asked), or why there are none."""

    request: GoalRequest
    answers: tuple[GoalAnswer, ...]
    problem: str = ""


class DriversController(QObject):
    """Computes drivers on request and goal seeks in the background.

    Signals: ``goalAnswered(GoalReply)`` for the newest goal-seek request.
    """

    goalAnswered = Signal(object)  # noqa: N815  # Qt signal names are camelCase
    driversReady = Signal(object)  # noqa: N815  # an Ipma, or the EngineError saying why not
    _finished = Signal(int, object)  # from the worker thread; queued to the GUI thread
    _drivers_done = Signal(int, object)

    def __init__(
        self,
        simulation,
        model_source: Callable[[], CompiledModel | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.simulation = simulation
        self._model_source = model_source or (lambda: controller_model(simulation))
        self._generation = 0
        self._drivers_generation = 0
        self._workers: list[threading.Thread] = []
        self._closing = False
        self.seeking = False
        self._finished.connect(self._on_finished)
        self._drivers_done.connect(self._on_drivers_done)

    def model(self) -> CompiledModel | None:
        return self._model_source()

    def drivers(self, outcome: str, labels: dict[str, str]) -> Ipma:
        """The ranked drivers of ``outcome`` at the newest steady state, as an IPMA map.

        Raises EngineError when there is no steady state or model to read them from.
        """
        steady, model = self.simulation.last_steady, self.model()
        if steady is None or model is None:
            raise EngineError(translate("DriversController", "the model has not been run yet"))
        if steady.ids != model.ids:
            raise EngineError(
                translate(
                    "DriversController", "the model changed: the drivers follow with the next run"
                )
            )
        return ipma(outcome, rank_drivers(model, steady.levels, outcome, labels))

    def request_drivers(self, outcome: str, labels: dict[str, str]) -> None:
        """Rank the drivers of ``outcome``; ``driversReady`` brings them (newest only).

        A model of up to FOREGROUND_CONSTRUCTS constructs is ranked at once (well under a
        frame); a bigger one in a thread, on copies of the model and the steady state.
        """
        self._drivers_generation += 1
        generation = self._drivers_generation
        steady, model = self.simulation.last_steady, self.model()
        if steady is None or model is None or steady.ids != model.ids:
            self._drivers_done.emit(generation, self._drivers_or_error(outcome, labels))
            return
        if len(model.ids) <= FOREGROUND_CONSTRUCTS:
            self._on_drivers_done(generation, self._drivers_or_error(outcome, labels))
            return
        snapshot, levels = copy.deepcopy(model), steady.levels.copy()

        def work() -> None:
            try:
                found: object = ipma(outcome, rank_drivers(snapshot, levels, outcome, labels))
            except _TROUBLE as error:
                found = EngineError(error_text(error))
            self._drivers_done.emit(generation, found)

        threading.Thread(target=work, daemon=True, name="drivers").start()

    def _drivers_or_error(self, outcome: str, labels: dict[str, str]) -> object:
        try:
            return self.drivers(outcome, labels)
        except _TROUBLE as error:
            return EngineError(error_text(error))

    def _on_drivers_done(self, generation: int, found: object) -> None:
        if generation == self._drivers_generation:  # else a newer request is on its way
            self.driversReady.emit(found)

    def seek(self, request: GoalRequest) -> None:
        """Answer ``request`` in a thread; ``goalAnswered`` brings the reply (newest only)."""
        self._generation += 1
        generation = self._generation
        model = self.model()
        if model is None:
            cannot = translate("DriversController", "The model cannot be run.")
            self._finished.emit(generation, GoalReply(request, (), cannot))
            return
        snapshot = copy.deepcopy(model)  # the GUI thread goes on patching its own in place
        self.seeking = True
        worker = threading.Thread(
            target=self._work, args=(generation, snapshot, request), daemon=True, name="goalseek"
        )
        self._workers = [w for w in self._workers if w.is_alive()] + [worker]
        worker.start()

    def forget(self) -> None:
        """Drop the answer of any search going on (the question changed, or the model)."""
        self._generation += 1
        self.seeking = False

    def shutdown(self, wait: float = 5.0) -> None:
        """The window is closing: no answer is delivered any more; wait for the searches."""
        self._closing = True
        self.forget()
        for worker in self._workers:
            worker.join(wait)
        self._workers = []

    def _work(self, generation: int, model: CompiledModel, request: GoalRequest) -> None:
        try:
            if request.lever is None:
                answers = seek_all(model, request.outcome, request.target, request.week)
            else:
                answers = [
                    seek(model, request.lever, request.outcome, request.target, request.week)
                ]
            reply = GoalReply(request, tuple(answers))
        except Exception as error:  # any failure is an answer: Find must come back
            reply = GoalReply(request, (), error_text(error))
        if not self._closing:  # after shutdown the controller may be gone
            self._finished.emit(generation, reply)

    def _on_finished(self, generation: int, reply: GoalReply) -> None:
        if generation != self._generation:
            return  # a newer question was asked meanwhile
        self.seeking = False
        self.goalAnswered.emit(reply)
