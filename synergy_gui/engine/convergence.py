"""Convergence of a run as FCMpy judges it: the first step whose largest change is small.

FCMpy stops at the first state k (k ≥ 1) with ``max |x(k) − x(k−1)| ≤ thresh`` (0.001 by
default), over every concept, and reports it as "converged in the k + 1 state": it counts
the initial state as the first. This module finds that step in a run of ours. A run that
stops moving only because the engine holds an identity map at ±1000 has not converged (FCMpy's
identity map would run on to infinity): it is reported as held there.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from synergy_gui.engine.activation import IDENTITY_BOUND
from synergy_gui.engine.errors import EngineError
from synergy_gui.engine.result import SimulationResult
from synergy_gui.model.phrases import phrase

#: FCMpy's default threshold for ``max |Δx|``.
FCMPY_TOLERANCE = 0.001


@dataclass(frozen=True)
class Convergence:
    """Where a run met FCMpy's test, or that it did not within the run."""

    tolerance: float
    step: int | None  # the first step k ≥ 1 with max |x(k) − x(k−1)| ≤ tolerance
    change: float  # max |Δx| at that step, or at the last step when it did not converge
    held: tuple[str, ...] = ()  # constructs standing still only at the identity bound ±1000

    @property
    def converged(self) -> bool:
        return self.step is not None

    @property
    def fcmpy_state(self) -> int | None:
        """The state number FCMpy prints ("converged in the N state"): the step plus one."""
        return None if self.step is None else self.step + 1


def check_tolerance(tolerance: object) -> float:
    """A tolerance for max |Δx|: a finite number greater than 0 and less than 1."""
    number = isinstance(tolerance, int | float) and not isinstance(tolerance, bool)
    if not number or not math.isfinite(tolerance) or not 0.0 < tolerance < 1.0:  # type: ignore[operator, arg-type]
        raise EngineError(
            phrase(
                "the tolerance must be a number between 0 and 1 (got {tolerance!r})",
                tolerance=tolerance,
            )
        )
    return float(tolerance)  # type: ignore[arg-type]


def convergence(result: SimulationResult, tolerance: float = FCMPY_TOLERANCE) -> Convergence:
    """The first step of ``result`` at which FCMpy would stop, with ``tolerance``."""
    tolerance = check_tolerance(tolerance)
    if result.steps == 0:
        return Convergence(tolerance, None, 0.0)
    change = np.abs(np.diff(result.levels, axis=0)).max(axis=1, initial=0.0)
    met = np.flatnonzero(change <= tolerance)
    if met.size == 0:
        return Convergence(tolerance, None, float(change[-1]))
    step = int(met[0]) + 1
    at_bound = np.abs(result.levels[step]) >= IDENTITY_BOUND
    if at_bound.any():  # still, but only because the engine stops it there
        held = tuple(i for i, bound in zip(result.ids, at_bound, strict=True) if bound)
        return Convergence(tolerance, None, float(change[-1]), held)
    return Convergence(tolerance, step, float(change[met[0]]))
