"""The simulation loop: one run or a batch of K runs along a leading axis.

The loop works on an *extended state* z = [endogenous levels | exogenous levels | products
of synergy junctions | 1], laid out for every step in advance. Everything the endogenous
constructs receive is then linear in z (``u = z @ transition``), so one step is a fixed
handful of numpy operations whatever the size of the model. Exogenous levels, junctions with
only exogenous members and the constant column are filled in before the loop; junctions with
an endogenous member are multiplied out at each step.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from synergy_gui.engine import activation, validate
from synergy_gui.engine.compile import CompiledModel
from synergy_gui.engine.errors import EngineError


@dataclass
class LoopArrays:
    """What the loop needs; the weights carry a leading K axis when runs differ in them."""

    state: np.ndarray  # (K or 1, T, width) with every non-endogenous column filled in
    transition: np.ndarray | None  # (width, m): u = z @ transition, when weights are shared
    edge_source: np.ndarray  # (P,) columns of z feeding each edge
    edge_weight: np.ndarray  # (P,) or (K, P)
    edge_scatter: np.ndarray  # (P, m): 1 where an edge enters an endogenous construct
    junction_index: np.ndarray  # (J, width) columns of z multiplied in each loop junction
    junction_column: np.ndarray  # (J,) where each loop junction's product goes
    reading_scale: float  # the product multiplies s·z − b
    reading_offset: np.ndarray  # (width,) b per column (and s − 1 for the constant)
    order: np.ndarray  # (n,) the column of z holding each construct
    exo_junctions: list[int]  # junctions whose product is filled in before the loop
    junction_columns: dict[int, int]  # junction -> its column of z


def affine_parts(model: CompiledModel, weights: np.ndarray | None = None):
    """(M, const, g): u = M x + const + Σ g_k Π v over junctions; leading K axis if batched."""
    n, n_paths = model.n, model.n_paths
    item_weights = model.item_weights if weights is None else np.asarray(weights, dtype=float)
    w = np.zeros((*item_weights.shape[:-1], n, n))
    w[..., model.path_target, model.path_source] = item_weights[..., :n_paths]
    m = model.scale * (w + model.self_weight * np.eye(n))
    const = model.level_base - model.self_weight * model.offset - w @ model.offset
    return m, const, item_weights[..., n_paths:]


def build_loop(
    model: CompiledModel,
    exo_levels: np.ndarray,
    weights: np.ndarray | None = None,
    count: int = 1,
) -> LoopArrays:
    """Loop arrays for ``exo_levels`` ((T, n_exo) or (K, T, n_exo)) and optional K weights."""
    endo, exo = model.endo, model.exo
    m, n_exo = endo.size, exo.size
    order = np.empty(model.n, dtype=np.intp)
    order[endo] = np.arange(m)
    order[exo] = m + np.arange(n_exo)
    loop_junctions, exo_junctions = _split_junctions(model)
    first_junction = m + n_exo
    width = first_junction + len(exo_junctions) + len(loop_junctions) + 1
    offset = np.zeros(width)
    offset[: m + n_exo] = model.offset[np.concatenate([endo, exo])]
    offset[-1] = model.scale - 1.0  # so that the constant column reads as 1

    matrix, const, g = affine_parts(model, weights)
    rows = matrix[..., endo, :][..., np.concatenate([endo, exo])]
    junctions = [*exo_junctions, *loop_junctions]
    junction_columns = dict(zip(junctions, range(first_junction, width - 1), strict=True))
    if rows.ndim == 2:
        transition = np.zeros((width, m))
        transition[: m + n_exo] = rows.T
        transition[-1] = const[endo]
        for k, column in junction_columns.items():
            transition[column, order[model.junction_target[k]]] += g[k]
        edges = (np.zeros(0, np.intp), np.zeros(0), np.zeros((0, m)))
    else:
        transition = None
        edges = _edges(model, rows, const[..., endo], g, junction_columns, order, width)
    state = np.empty((count, exo_levels.shape[-2], width))
    _fill_state(model, state, exo_levels, exo_junctions, order)
    index = np.full((len(loop_junctions), _widest(model, loop_junctions)), width - 1, np.intp)
    for row, k in enumerate(loop_junctions):
        members = order[model.junction_members[k]]
        index[row, : members.size] = members
    return LoopArrays(
        state=state,
        transition=transition,
        edge_source=edges[0],
        edge_weight=edges[1],
        edge_scatter=edges[2],
        junction_index=index,
        junction_column=np.array([junction_columns[k] for k in loop_junctions], dtype=np.intp),
        reading_scale=model.scale,
        reading_offset=offset,
        order=order,
        exo_junctions=exo_junctions,
        junction_columns=junction_columns,
    )


def _edges(model, rows, const, g, junction_columns, order, width):
    """(source columns, weights (K, P), scatter (P, m)) of every term entering u, batched."""
    targets, sources = np.nonzero(np.any(rows != 0.0, axis=0))
    m = rows.shape[-2]
    weights = [rows[:, targets, sources], const]
    targets = [targets, np.arange(m)]
    sources = [sources, np.full(m, width - 1)]
    for k, column in junction_columns.items():
        weights.append(g[:, k, None])
        targets.append([order[model.junction_target[k]]])
        sources.append([column])
    target = np.concatenate(targets).astype(np.intp)
    scatter = np.zeros((target.size, m))
    scatter[np.arange(target.size), target] = 1.0
    return np.concatenate(sources).astype(np.intp), np.concatenate(weights, axis=1), scatter


def _split_junctions(model: CompiledModel) -> tuple[list[int], list[int]]:
    """Junctions acting on an endogenous target: (with an endogenous member, exogenous only)."""
    endogenous = set(model.endo.tolist())
    in_loop, exogenous = [], []
    for k, (members, target) in enumerate(
        zip(model.junction_members, model.junction_target, strict=True)
    ):
        if int(target) not in endogenous:
            continue  # an exogenous target is never computed
        if endogenous.intersection(members.tolist()):
            in_loop.append(k)
        else:
            exogenous.append(k)
    return in_loop, exogenous


def _widest(model: CompiledModel, junctions: list[int]) -> int:
    return max((model.junction_members[k].size for k in junctions), default=0)


def _fill_state(model, state, exo_levels, exo_junctions, order) -> None:
    """Write the exogenous levels, their junction products and the constant into ``state``."""
    m, n_exo = model.endo.size, model.exo.size
    state[..., m : m + n_exo] = exo_levels
    state[..., -1] = 1.0
    for column, k in enumerate(exo_junctions, start=m + n_exo):
        product = np.ones(exo_levels.shape[:-1])
        for member in model.junction_members[k]:
            level = exo_levels[..., order[member] - m]
            product = product * (model.scale * level - model.offset[member])
        state[..., column] = product


def refill(model: CompiledModel, loop: LoopArrays, exo_levels: np.ndarray) -> None:
    """Take new exogenous levels into ``loop`` without rebuilding it."""
    _fill_state(model, loop.state, exo_levels, loop.exo_junctions, loop.order)


def patch_weight(model: CompiledModel, loop: LoopArrays, item: int, previous: float) -> None:
    """Take the new weight of item ``item`` into a shared-weight ``loop`` in place."""
    weight = model.item_weights[item]
    if item >= model.n_paths:
        k = item - model.n_paths
        column = loop.junction_columns.get(k)
        if column is not None:
            loop.transition[column, loop.order[model.junction_target[k]]] = weight
        return
    target, source = model.path_target[item], model.path_source[item]
    row = loop.order[target]
    if row >= model.endo.size:
        return  # an exogenous target is never computed
    loop.transition[loop.order[source], row] = model.scale * weight
    loop.transition[-1, row] -= (weight - previous) * model.offset[source]


def integrate(model: CompiledModel, loop: LoopArrays, start: np.ndarray, steps: int) -> np.ndarray:
    """Run ``steps`` steps from endogenous levels ``start`` (K, m); returns the state z."""
    z = loop.state
    m = model.endo.size
    z[:, 0, :m] = start
    endo = model.endo
    rise, fall = model.alpha_rise[endo], model.alpha_fall[endo]
    symmetric = bool(np.array_equal(rise, fall))
    fcm = model.update_rule != "sor"
    single_group = len(model.groups) == 1 and model.groups[0].positions is None
    group = model.groups[0] if model.groups else None
    has_junctions = loop.junction_column.size > 0
    with np.errstate(over="ignore"):
        for k in range(steps):
            zk = z[:, k]
            if has_junctions:
                _multiply_junctions(loop, zk)
            u = _inputs(loop, zk)
            if single_group:
                y = activation.apply(group.kind, u, group.gain, group.threshold)
            else:
                y = _activate_groups(model, u)
            if fcm:
                z[:, k + 1, :m] = y
                continue
            x = zk[:, :m]
            y -= x
            if symmetric:
                y *= rise
            else:
                y *= np.where(y > 0.0, rise, fall)
            np.add(x, y, out=z[:, k + 1, :m])
    return z


def _inputs(loop: LoopArrays, zk: np.ndarray) -> np.ndarray:
    if loop.transition is not None:
        return zk @ loop.transition
    return (zk[:, loop.edge_source] * loop.edge_weight) @ loop.edge_scatter


def _multiply_junctions(loop: LoopArrays, zk: np.ndarray) -> None:
    index = loop.junction_index
    reading = zk[:, index] * loop.reading_scale - loop.reading_offset[index]
    zk[:, loop.junction_column] = reading.prod(axis=-1)


def _activate_groups(model: CompiledModel, u: np.ndarray) -> np.ndarray:
    y = np.empty_like(u)
    for group in model.groups:
        part = u[:, group.positions]
        y[:, group.positions] = activation.apply(group.kind, part, group.gain, group.threshold)
    return y


def levels_of(loop: LoopArrays, z: np.ndarray) -> np.ndarray:
    """Every construct's levels (K, T, n), columns in document order."""
    return z[..., loop.order]


def simulate_batch(
    model: CompiledModel,
    weights: np.ndarray | None = None,
    stimuli: np.ndarray | None = None,
    initial: np.ndarray | None = None,
    steps: int | None = None,
) -> np.ndarray:
    """K runs at once: levels (K, steps + 1, n).

    ``weights`` (K, n_items) replaces the weights of ``model.item_ids`` (paths, then
    junctions); ``stimuli`` (K, n_stimuli) holds each stimulus of ``model.stimulus_ids`` at a
    constant level, or (K, steps + 1, n_stimuli) gives its level at every step;
    ``initial`` (K, n) gives the levels at t = 0 of the endogenous constructs. K is the
    length of whichever is given (all given must agree).
    """
    steps = model.steps if steps is None else validate.check_steps(steps)
    count = _batch_size(model, weights, stimuli, initial)
    exo_levels = model.exogenous_levels(steps)
    if stimuli is not None:
        exo_levels = _with_stimuli(model, exo_levels, stimuli, count)
    loop = build_loop(model, exo_levels, weights, count)
    if initial is None:
        start = model.initial[model.endo]
    else:
        start = np.asarray(initial, dtype=float)[:, model.endo]
    return levels_of(loop, integrate(model, loop, start, steps))


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
    stimuli = np.asarray(stimuli, dtype=float)
    levels = np.repeat(exo_levels[None], count, axis=0)
    columns = [p for p, plan in enumerate(model.plans) if plan.source == "stimulus"]
    if stimuli.ndim == 2:
        levels[:, :, columns] = stimuli[:, None, :]
    elif stimuli.ndim == 3 and stimuli.shape[1] == levels.shape[1]:
        levels[:, :, columns] = stimuli
    else:
        raise EngineError(f"stimuli over time must have {levels.shape[1]} rows per run (steps + 1)")
    return levels
