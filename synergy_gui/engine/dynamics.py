"""The simulation loop: one run or a batch of K runs along a leading axis.

See :mod:`synergy_gui.engine.arrays` for the extended state z the loop works on. Each step:
``q = z[k] @ transition``; the target reading ``f(c + q)`` read as ``s·f − b``; then
``v ← v + α (target − v)`` (α = 1 under the FCM rules).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from synergy_gui.engine import activation, validate
from synergy_gui.engine.arrays import LoopArrays, build_loop
from synergy_gui.engine.compile import ActivationGroup, CompiledModel
from synergy_gui.engine.errors import EngineError
from synergy_gui.engine.result import BatchResult

# A batch runs in blocks of runs small enough for the cache (and for numpy's temporaries to
# stay off fresh memory maps), spread over the cores: numpy lets go of the GIL in each call.
_BLOCK = 2048
_WORKERS = min(2, os.cpu_count() or 1)
#: Steps between two calls of a run's ``on_chunk`` (progress, cancel).
CHUNK = 512


class _Target:
    """f(c + q) as a reading, for one group of endogenous constructs sharing an activation."""

    def __init__(self, model: CompiledModel, group: ActivationGroup) -> None:
        members = model.endo if group.positions is None else model.endo[group.positions]
        self.kind, self.gain, self.threshold = group.kind, group.gain, group.threshold
        self.positions = group.positions
        scale, offset, base = model.scale, model.offset[members], model.level_base[members]
        self.bounded = group.kind in ("clip", "identity")
        if self.bounded:  # the clip commutes with the affine reading: two ufuncs in all
            low, high = activation.BOUNDS[group.kind]
            self.shift = scale * base - offset if (scale != 1.0 or (base != offset).any()) else None
            self.scale = scale if scale != 1.0 else None
            self.low, self.high = scale * low - offset, scale * high - offset
        else:
            self.base = base if base.any() else None
            self.scale = scale if scale != 1.0 else None
            self.offset = offset if offset.any() else None

    def __call__(self, q: np.ndarray) -> np.ndarray:
        if self.bounded:
            if self.scale is not None:
                q *= self.scale
            if self.shift is not None:
                q += self.shift
            np.maximum(q, self.low, out=q)
            return np.minimum(q, self.high, out=q)
        if self.base is not None:
            q += self.base
        y = activation.apply(self.kind, q, self.gain, self.threshold)
        if self.scale is not None:
            y *= self.scale
        if self.offset is not None:
            y -= self.offset
        return y


def integrate(
    model: CompiledModel,
    loop: LoopArrays,
    start: np.ndarray,
    steps: int,
    on_chunk: Callable[[int], None] | None = None,
) -> np.ndarray:
    """Run ``steps`` steps from endogenous levels ``start`` ((m,) or (K, m)); returns z.

    With ``on_chunk``, the run goes in chunks of :data:`CHUNK` steps and ``on_chunk(done)``
    is called after each: it may report progress, or raise to stop the run (a cancel).
    """
    z = loop.state
    endo = model.endo
    z[0, :, : endo.size] = model.scale * np.asarray(start, dtype=float) - model.offset[endo]
    step = _Step(model, loop)
    chunk = steps if on_chunk is None else CHUNK
    for first in range(0, steps, max(chunk, 1)):
        span = range(first, min(steps, first + chunk))
        with np.errstate(over="ignore", invalid="ignore"):
            _run_span(step, z, span)
        if on_chunk is not None:
            on_chunk(span.stop)
    return z


def _run_span(step: _Step, z: np.ndarray, span: range) -> None:
    if z.shape[1] == 1 and step.loop.transition is not None:
        step.run_single(z[:, 0, :], span)
        return
    count = z.shape[1]
    blocks = [slice(s, min(count, s + _BLOCK)) for s in range(0, count, _BLOCK)]
    if len(blocks) == 1 or _WORKERS < 2:
        for block in blocks:
            step.run_batch(z, span, block)
    else:
        with ThreadPoolExecutor(_WORKERS) as pool:
            list(pool.map(lambda block: step.run_batch(z, span, block), blocks))


class _Step:
    """One step of the dynamics: a flat loop for a single run (numpy calls on 1-D arrays cost
    less), a (K, width) loop for a batch."""

    def __init__(self, model: CompiledModel, loop: LoopArrays) -> None:
        endo = model.endo
        self.m = endo.size
        self.rise, self.fall = model.alpha_rise[endo], model.alpha_fall[endo]
        self.symmetric = bool(np.array_equal(self.rise, self.fall))
        self.fcm = model.update_rule != "sor"
        self.targets = [_Target(model, group) for group in model.groups]
        whole = len(self.targets) == 1 and self.targets[0].positions is None
        self.whole = self.targets[0] if whole else None
        self.loop = loop

    def target(self, q: np.ndarray) -> np.ndarray:
        if self.whole is not None:
            return self.whole(q)
        y = np.empty_like(q)
        for target in self.targets:
            y[..., target.positions] = target(q[..., target.positions])
        return y

    def run_single(self, z: np.ndarray, steps: range) -> None:
        loop, m, rise, fall = self.loop, self.m, self.rise, self.fall
        transition, levels = loop.transition, z[:, :m]
        if self._plain_clip() and loop.junction_column.size == 0:
            self._run_single_clip(z, levels, steps)
            return
        junctions = loop.junction_column.size > 0
        for k in steps:
            zk = z[k]
            if junctions:
                zk[loop.junction_column] = zk[loop.junction_index].prod(axis=-1)
            y = self.target(np.dot(zk, transition))
            if self.fcm:
                levels[k + 1] = y
                continue
            v = levels[k]
            y -= v
            y *= rise if self.symmetric else np.where(y > 0.0, rise, fall)
            np.add(v, y, out=levels[k + 1])

    def _plain_clip(self) -> bool:
        target = self.whole
        return (
            not self.fcm
            and target is not None
            and target.bounded
            and target.scale is None
            and target.shift is None
        )

    def _run_single_clip(self, z: np.ndarray, levels: np.ndarray, steps: range) -> None:
        """The S-O-R rule with one bounded activation and no junction in the loop: the path
        every slider takes, so it is written out with nothing but numpy calls."""
        transition, low, high = self.loop.transition, self.whole.low, self.whole.high
        rise, fall = self.rise, self.fall
        dot, maximum, minimum, add, where = np.dot, np.maximum, np.minimum, np.add, np.where
        if self.symmetric:
            for k in steps:
                y = dot(z[k], transition)
                maximum(y, low, out=y)
                minimum(y, high, out=y)
                v = levels[k]
                y -= v
                y *= rise
                add(v, y, out=levels[k + 1])
            return
        for k in steps:
            y = dot(z[k], transition)
            maximum(y, low, out=y)
            minimum(y, high, out=y)
            v = levels[k]
            y -= v
            y *= where(y > 0.0, rise, fall)
            add(v, y, out=levels[k + 1])

    def run_batch(self, z: np.ndarray, steps: range, rows: slice) -> None:
        loop = self.loop
        junctions = loop.junction_column.size > 0
        z = z[:, rows]
        weight = loop.edge_weight[rows] if loop.edge_weight.shape[0] > 1 else loop.edge_weight
        with np.errstate(over="ignore", invalid="ignore"):  # errstate is per thread
            self._batch_steps(z, steps, weight, junctions)

    def _batch_steps(self, z, steps, weight, junctions) -> None:
        loop, m, rise, fall = self.loop, self.m, self.rise, self.fall
        for k in steps:
            zk = z[k]
            if junctions:
                zk[:, loop.junction_column] = zk[:, loop.junction_index].prod(axis=-1)
            if loop.transition is not None:
                q = zk @ loop.transition
            else:
                q = (zk[:, loop.edge_source] * weight) @ loop.edge_scatter
            y = self.target(q)
            if self.fcm:
                z[k + 1, :, :m] = y
                continue
            v = zk[:, :m]
            y -= v
            y *= rise if self.symmetric else np.where(y > 0.0, rise, fall)
            np.add(v, y, out=z[k + 1, :, :m])


def endogenous_levels(model: CompiledModel, z: np.ndarray) -> np.ndarray:
    """The endogenous levels (T, K, m) from the readings in z."""
    readings = z[..., : model.endo.size]
    offset = model.offset[model.endo]
    levels = readings + offset if offset.any() else readings.copy()
    if model.scale != 1.0:
        levels /= model.scale
    return levels


def levels_of(model: CompiledModel, z: np.ndarray, exo_levels: np.ndarray) -> np.ndarray:
    """Every construct's levels (K, T, n), columns in document order (a step-major view).

    The columns are put in place by products with 0/1 matrices, which are exact (x·1 + 0 = x)
    and far faster than a scatter into the last axis of a large array.
    """
    endo_to_column = np.zeros((model.endo.size, model.n))
    endo_to_column[np.arange(model.endo.size), model.endo] = 1.0
    exo_to_column = np.zeros((model.exo.size, model.n))
    exo_to_column[np.arange(model.exo.size), model.exo] = 1.0
    steps, count, _ = z.shape
    endo = endogenous_levels(model, z).reshape(steps * count, model.endo.size)
    levels = (endo @ endo_to_column).reshape(steps, count, model.n)
    exo = exo_levels[:, None] if exo_levels.ndim == 2 else exo_levels
    levels += exo @ exo_to_column
    return np.swapaxes(levels, 0, 1)


def simulate_batch(
    model: CompiledModel,
    weights: np.ndarray | None = None,
    stimuli: np.ndarray | None = None,
    initial: np.ndarray | None = None,
    steps: int | None = None,
    on_chunk: Callable[[int], None] | None = None,
) -> np.ndarray:
    """K runs at once, as a :class:`BatchResult` (``series(id)`` is (K, steps + 1)).

    ``weights`` (K, n_items) replaces the weights of ``model.item_ids`` (paths, then
    junctions); ``stimuli`` (K, n_stimuli) holds each stimulus of ``model.stimulus_ids`` at a
    constant level, or (K, steps + 1, n_stimuli) gives its level at every step;
    ``initial`` (K, n) gives the levels at t = 0 of the endogenous constructs. K is the
    length of whichever is given (all given must agree).
    """
    steps = model.steps if steps is None else validate.check_steps(steps)
    count = _batch_size(model, weights, stimuli, initial)
    validate.check_run_size(model.n, model.junction_target.size, steps, count)
    times = np.arange(steps + 1) * model.dt
    times.setflags(write=False)
    exo_levels = model.exogenous_levels(steps)
    if stimuli is not None:
        exo_levels = _with_stimuli(model, exo_levels, stimuli, count)
    loop = build_loop(model, exo_levels, weights, count, steps + 1)
    if initial is None:
        start = model.initial[model.endo]
    else:
        start = np.asarray(initial, dtype=float)[:, model.endo]
    z = integrate(model, loop, start, steps, on_chunk)
    return BatchResult(model.ids, times, count, _reader(model, loop, z, exo_levels))


def _reader(model: CompiledModel, loop: LoopArrays, z: np.ndarray, exo_levels: np.ndarray):
    """column -> (K, T) levels of that construct, read out of the batch's state."""
    m = model.endo.size

    def column(index: int) -> np.ndarray:
        position = int(loop.order[index])
        if position >= m:
            exo = exo_levels[..., position - m]
            exo = exo[:, None] if exo.ndim == 1 else exo
            return np.array(np.broadcast_to(exo, z.shape[:2]).T)
        reading = z[:, :, position].T
        levels = reading + model.offset[index] if model.offset[index] else reading.copy()
        if model.scale != 1.0:
            levels /= model.scale
        return levels

    return column


def _batch_size(model, weights, stimuli, initial) -> int:
    sizes = {}
    expected = {
        "weights": (weights, len(model.item_ids), model.item_ids, "item"),
        "stimuli": (stimuli, len(model.stimulus_ids), model.stimulus_ids, "stimulus"),
        "initial": (initial, model.n, model.ids, "construct"),
    }
    for name, (array, width, labels, what) in expected.items():
        if array is None:
            continue
        array = np.asarray(array, dtype=float)
        if array.ndim < 2 or array.shape[-1] != width:
            raise EngineError(f"{name} must have shape (K, {width}): one column per {what}")
        bad = np.argwhere(~np.isfinite(array))
        if bad.size:
            raise EngineError(f"{name} for {labels[int(bad[0][-1])]!r} must be finite numbers")
        sizes[name] = array.shape[0]
    if len(set(sizes.values())) > 1:
        raise EngineError(f"the batch sizes differ: {sizes}")
    return next(iter(sizes.values()), 1)


def _with_stimuli(model, exo_levels, stimuli, count) -> np.ndarray:
    """Step-major exogenous levels (T or 1, K, n_exo) with the given stimulus levels.

    Constant stimulus levels make every exogenous level constant (clamps and held constructs
    always are), so one row serves every step.
    """
    stimuli = np.asarray(stimuli, dtype=float)
    columns = [p for p, plan in enumerate(model.plans) if plan.source == "stimulus"]
    if stimuli.ndim == 2:
        levels = np.empty((1, count, exo_levels.shape[1]))
        levels[0] = exo_levels[0]
        levels[0][:, columns] = stimuli
        return levels
    if stimuli.ndim != 3 or stimuli.shape[1] != exo_levels.shape[0]:
        raise EngineError(
            f"stimuli over time must have {exo_levels.shape[0]} rows per run (steps + 1)"
        )
    levels = np.empty((exo_levels.shape[0], count, exo_levels.shape[1]))
    levels[:] = exo_levels[:, None]
    levels[:, :, columns] = np.swapaxes(stimuli, 0, 1)
    return levels
