"""The outcome of many parameter settings at once: the evaluations behind a sensitivity run.

A setting is a row of values, one per varied parameter (path or junction weights, stimulus
levels). The rows are run as batches of the compiled model (:func:`simulate_batch`) in
chunks; after each chunk ``on_progress(share)`` is called, which may raise to stop (a cancel
takes effect between chunks).

The outcome is one construct's level either at a chosen step of the run, or where it
settles: the batch is run on, in spans of :data:`SETTLE_SPAN` steps, from where each run
got to, until every run is within :data:`SETTLE_TOLERANCE` of its target (the steady
state's own criterion, |Δx| ≤ α·tolerance) or :data:`SETTLE_MAX_STEPS` steps have passed.
Runs still moving then are counted in ``unsettled`` and their last level is used.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from synergy_gui.engine.arrays import build_loop
from synergy_gui.engine.compile import CompiledModel
from synergy_gui.engine.dynamics import endogenous_levels, integrate, simulate_batch
from synergy_gui.engine.steady import long_run_levels

#: Steps × runs × state width held at once (about 24 MB of float64).
CHUNK_CELLS = 3_000_000
SETTLE_SPAN = 64
SETTLE_TOLERANCE = 1e-9
SETTLE_MAX_STEPS = 5_000


@dataclass(frozen=True)
class Varied:
    """Where a parameter's value goes: a column of the weights or of the stimuli."""

    kind: str  # "weight" | "stimulus"
    column: int  # in model.item_ids or model.stimulus_ids
    base: float  # the stimulus's reference level (a shifted schedule moves by value − base)


class OutcomeRuns:
    """Turns rows of parameter values into the outcome of each row."""

    def __init__(
        self,
        model: CompiledModel,
        outcome_id: str,
        step: int | None,
        varied: Sequence[Varied],
    ) -> None:
        self.model, self.step, self.varied = model, step, tuple(varied)
        self.column = model.index[outcome_id]
        self.outcome_id = outcome_id
        self.unsettled = 0  # runs still moving at the step limit, over every call
        self._weights = [(p, v.column) for p, v in enumerate(varied) if v.kind == "weight"]
        self._stimuli = [(p, v) for p, v in enumerate(varied) if v.kind == "stimulus"]
        stimulus_columns = _stimulus_columns(model)
        self._endo_position = int(np.flatnonzero(model.endo == self.column)[0])
        if step is None:  # where it settles: every stimulus at its long-run level
            self._stimulus_base = long_run_levels(model)[stimulus_columns]
        else:
            self._stimulus_base = model.exogenous_levels(step)[:, stimulus_columns]
        width = model.n + model.junction_target.size + 1
        length = (SETTLE_SPAN if step is None else step) + 1
        self.chunk = max(1, CHUNK_CELLS // (length * width))

    def __call__(
        self, values: np.ndarray, on_progress: Callable[[float], None] | None = None
    ) -> np.ndarray:
        """The outcome (K,) of each row of ``values`` (K, parameters)."""
        values = np.atleast_2d(np.asarray(values, dtype=float))
        outcomes = np.empty(values.shape[0])
        for first in range(0, values.shape[0], self.chunk):
            rows = slice(first, min(values.shape[0], first + self.chunk))
            outcomes[rows] = self._outcomes(values[rows])
            if on_progress is not None:
                on_progress(rows.stop / values.shape[0])
        return outcomes

    def _outcomes(self, values: np.ndarray) -> np.ndarray:
        weights, stimuli = self._weight_rows(values), self._stimulus_rows(values)
        if self.step is None:
            return self._settled(weights, stimuli)
        batch = simulate_batch(self.model, weights, stimuli, steps=self.step)
        return np.array(batch.final(self.outcome_id))

    def _weight_rows(self, values: np.ndarray) -> np.ndarray | None:
        if not self._weights:
            return None
        weights = np.repeat(self.model.item_weights[None], values.shape[0], axis=0)
        for position, column in self._weights:
            weights[:, column] = values[:, position]
        return weights

    def _stimulus_rows(self, values: np.ndarray) -> np.ndarray | None:
        """Each run's stimulus levels: (K, n) constant, or (K, steps + 1, n) over time."""
        if not self._stimuli:
            return None
        count, base = values.shape[0], self._stimulus_base
        low, high = self.model.level_bounds
        rows = np.repeat(base[None], count, axis=0)
        for position, varied in self._stimuli:
            shift = values[:, position] - varied.base
            if rows.ndim == 2:
                rows[:, varied.column] = np.clip(base[varied.column] + shift, low, high)
            else:
                moved = base[None, :, varied.column] + shift[:, None]
                rows[:, :, varied.column] = np.clip(moved, low, high)
        return rows

    def _settled(self, weights: np.ndarray | None, stimuli: np.ndarray | None) -> np.ndarray:
        """Run each setting on until it rests (see the module docstring)."""
        model = self.model
        count = next((len(a) for a in (weights, stimuli) if a is not None), 1)
        if stimuli is None:  # the long-run levels, not the schedules
            stimuli = np.repeat(self._stimulus_base[None], count, axis=0)
        endo = model.endo
        levels = np.repeat(model.initial[endo][None], count, axis=0)
        rise = np.where(model.alpha_rise[endo] > 0, model.alpha_rise[endo], 1.0)
        fall = np.where(model.alpha_fall[endo] > 0, model.alpha_fall[endo], 1.0)
        active, done = np.arange(count), 0
        while active.size and done < SETTLE_MAX_STEPS:
            chosen = None if weights is None else weights[active]
            tail = _last_two(model, chosen, stimuli[active], levels[active])
            levels[active] = tail[1]
            change = tail[1] - tail[0]
            gap = np.abs(change) / np.where(change > 0.0, rise, fall)
            active = active[gap.max(axis=1, initial=0.0) > SETTLE_TOLERANCE]
            done += SETTLE_SPAN
        self.unsettled += int(active.size)
        return levels[:, self._endo_position].copy()


def _last_two(model, weights, stimuli, start) -> np.ndarray:
    """(2, K, m): the endogenous levels at the last two of SETTLE_SPAN steps from ``start``
    (K, m), every stimulus constant; only these two steps are read out of the state."""
    exo_levels = np.empty((1, stimuli.shape[0], model.exo.size))
    exo_levels[0] = model.exogenous_levels(0)[0]
    exo_levels[0][:, _stimulus_columns(model)] = stimuli
    loop = build_loop(model, exo_levels, weights, stimuli.shape[0], SETTLE_SPAN + 1)
    state = integrate(model, loop, start, SETTLE_SPAN)
    return endogenous_levels(model, state[-2:])


def _stimulus_columns(model: CompiledModel) -> list[int]:
    return [c for c, plan in enumerate(model.plans) if plan.source == "stimulus"]
