"""The steady state: where the levels settle with every stimulus at its long-run level.

The engine runs the model's own dynamics (the same step as a simulation) until every
endogenous construct is within ``tolerance`` of its target f(u): |Δx| ≤ α·tolerance, which
under the FCM rules (α = 1) is FCMpy's max |Δx| criterion. When it does not settle it says
why: an oscillation with its period, a runaway loop that the activation holds at a bound, or
simply no rest within the step limit.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from synergy_gui.engine import linear, schedules
from synergy_gui.engine.activation import BOUNDS
from synergy_gui.engine.arrays import build_loop
from synergy_gui.engine.compile import CompiledModel
from synergy_gui.engine.dynamics import endogenous_levels, integrate
from synergy_gui.engine.errors import EngineError
from synergy_gui.model.phrases import phrase

MAX_STEPS = 20_000
_CHUNK = 64
_MAX_PERIOD = 32
_VISIBLE = 1e-6  # an oscillation smaller than this is not one anybody would see


@dataclass(frozen=True, eq=False)
class SteadyState:
    """Where the model comes to rest (or the reason it does not)."""

    ids: tuple[str, ...]
    levels: np.ndarray  # (n,) the resting levels, or the last levels when it does not settle
    steps: int  # steps simulated until settled (or until the verdict)
    settled: bool
    reason: str = ""  # why it does not settle; empty when it does
    period: int | None = None  # of an oscillation
    held: tuple[str, ...] = ()  # constructs held at a bound of their activation

    def level(self, construct_id: str) -> float:
        try:
            return float(self.levels[self.ids.index(construct_id)])
        except ValueError:
            raise EngineError(
                phrase("there is no construct with id {cid!r}", cid=construct_id)
            ) from None


def long_run_levels(model: CompiledModel) -> np.ndarray:
    """Each exogenous construct's level once its schedule is over (n_exo,)."""
    return np.array(
        [p.level if p.schedule is None else schedules.long_run(p.schedule) for p in model.plans]
    )


def steady_state(
    model: CompiledModel,
    start: np.ndarray | None = None,
    tolerance: float = 1e-9,
    max_steps: int = MAX_STEPS,
) -> SteadyState:
    """Run from ``start`` (every construct's levels; default the initial ones) until at rest."""
    if not 0.0 < tolerance < 1.0:
        raise EngineError(
            phrase("tolerance must be between 0 and 1 (got {tolerance!r})", tolerance=tolerance)
        )
    exo = long_run_levels(model)
    loop = build_loop(model, np.broadcast_to(exo, (_CHUNK + 1, exo.size)))
    endo = model.endo
    levels = model.initial.copy() if start is None else np.array(start, dtype=float)
    x = levels[endo]
    rise = np.where(model.alpha_rise[endo] > 0, model.alpha_rise[endo], 1.0)[None]
    fall = np.where(model.alpha_fall[endo] > 0, model.alpha_fall[endo], 1.0)[None]
    done = 0
    while done < max_steps:
        chunk = endogenous_levels(model, integrate(model, loop, x, _CHUNK))[:, 0]
        change = np.diff(chunk, axis=0)
        gap = np.abs(change) / np.where(change > 0.0, rise, fall)
        resting = np.flatnonzero(gap.max(axis=1, initial=0.0) <= tolerance)
        if resting.size:
            steps = done + int(resting[0])  # the first state whose target is within reach
            return _settled(model, chunk[resting[0] + 1], exo, steps)
        done += _CHUNK
        x = chunk[-1].copy()
        period = _period(chunk, tolerance)
        if period:
            reason = phrase("oscillates with period {period}", period=period)
            return _verdict(model, chunk[-1], exo, done, reason, period)
    reason = phrase("did not settle within {steps} steps", steps=done)
    return _verdict(model, x, exo, done, reason)


def _full(model: CompiledModel, endo_levels: np.ndarray, exo: np.ndarray) -> np.ndarray:
    levels = np.empty(model.n)
    levels[model.endo] = endo_levels
    levels[model.exo] = exo
    return levels


def _period(chunk: np.ndarray, tolerance: float) -> int | None:
    """The smallest p ≥ 2 with the last 2p levels repeating every p steps while moving
    visibly in between (a slow approach to rest repeats too, but barely moves)."""
    for p in range(2, min(_MAX_PERIOD, chunk.shape[0] // 3) + 1):
        tail = chunk[-2 * p :]
        swing = np.ptp(tail, axis=0).max(initial=0.0)
        if swing > _VISIBLE and np.abs(tail[p:] - tail[:p]).max(initial=0.0) <= tolerance:
            return p
    return None


def _settled(model: CompiledModel, x: np.ndarray, exo: np.ndarray, steps: int) -> SteadyState:
    levels = _full(model, x, exo)
    held = _held(model, levels)
    if held and _runaway(model, levels):
        return SteadyState(
            model.ids, levels, steps, False, _held_reason(model, levels, held), None,
            tuple(model.ids[i] for i in held),
        )  # fmt: skip
    return SteadyState(model.ids, levels, steps, True, held=tuple(model.ids[i] for i in held))


def _verdict(model, x, exo, steps, reason, period=None) -> SteadyState:
    return SteadyState(model.ids, _full(model, x, exo), steps, False, reason, period)


def _held(model: CompiledModel, levels: np.ndarray) -> list[int]:
    """Endogenous constructs whose input lies beyond a hard bound of clip or identity."""
    u = linear.inputs(model, levels)
    held = []
    for i in model.endo:
        kind = model.kinds[i]
        if kind in ("clip", "identity"):
            low, high = BOUNDS[kind]
            if u[i] > high or u[i] < low:
                held.append(int(i))
    return held


def _runaway(model: CompiledModel, levels: np.ndarray) -> bool:
    """Would the loops amplify without the bound? Spectral radius of D·J over the endogenous."""
    endo = model.endo
    u = linear.inputs(model, levels)
    gains = linear.slopes(model, u, unbounded=True)[endo]
    local = gains[:, None] * linear.jacobian(model, levels)[np.ix_(endo, endo)]
    return bool(endo.size) and float(np.max(np.abs(np.linalg.eigvals(local)))) >= 1.0


def _held_reason(model: CompiledModel, levels: np.ndarray, held: list[int]) -> str:
    kinds = _joined(sorted({model.kinds[i] for i in held}))
    bounds = sorted({f"{levels[i]:g}" for i in held})
    names = ", ".join(model.ids[i] for i in held)
    if len(bounds) == 1:
        return phrase(
            "diverges and is held at the bound {bound} by {kinds} ({names})",
            bound=bounds[0],
            kinds=kinds,
            names=names,
        )
    return phrase(
        "diverges and is held at its bounds by {kinds} ({names})", kinds=kinds, names=names
    )


def _joined(words: list[str]) -> str:
    """``"clip"``, ``"clip and identity"``: the words joined by "and"."""
    if len(words) == 1:
        return words[0]
    return phrase("{first} and {last}", first=_joined(words[:-1]), last=words[-1])
