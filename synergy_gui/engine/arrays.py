"""The arrays the simulation loop runs on, built from a compiled model.

The loop works on an *extended state* z = [endogenous readings | exogenous readings |
products of synergy junctions], laid out for every step in advance (step-major: z[k] is one
contiguous (K, width) block). A *reading* is a level as the update rule reads it,
v = s·x − b: the deviation from baseline under S-O-R, the level itself under Kosko and
modified Kosko, 2x − 1 under the rescaled rule. Everything a construct receives is linear in
z, ``q = z @ transition`` (q = u − c: the input minus its base), so one step is a fixed
handful of numpy operations whatever the size of the model, and a model at rest stays
exactly at rest.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from synergy_gui.engine.compile import CompiledModel


@dataclass
class LoopArrays:
    """What the loop needs; the weights carry a leading K axis when runs differ in them."""

    state: np.ndarray  # (T, K, width) with every non-endogenous column filled in
    transition: np.ndarray | None  # (width, m): q = z @ transition, when weights are shared
    edge_source: np.ndarray  # (P,) columns of z feeding each edge (batched weights)
    edge_weight: np.ndarray  # (K, P)
    edge_scatter: np.ndarray  # (P, m): 1 where an edge enters an endogenous construct
    junction_index: np.ndarray  # (J, width) columns of z multiplied in each loop junction
    junction_column: np.ndarray  # (J,) where each loop junction's product goes
    order: np.ndarray  # (n,) the column of z holding each construct
    exo_junctions: list[int]  # junctions whose product is filled in before the loop
    junction_columns: dict[int, int]  # junction -> its column of z


def reading_parts(model: CompiledModel, weights: np.ndarray | None = None):
    """(a·I + W, g): u = c + (a·I + W) v + Σ g_k Π v; a leading K axis when batched."""
    n, n_paths = model.n, model.n_paths
    item_weights = model.item_weights if weights is None else np.asarray(weights, dtype=float)
    w = np.zeros((*item_weights.shape[:-1], n, n))
    w[..., model.path_target, model.path_source] = item_weights[..., :n_paths]
    if model.self_weight:
        w += model.self_weight * np.eye(n)
    return w, item_weights[..., n_paths:]


def build_loop(
    model: CompiledModel,
    exo_levels: np.ndarray,
    weights: np.ndarray | None = None,
    count: int = 1,
    length: int | None = None,
) -> LoopArrays:
    """Loop arrays for ``length`` steps (default: one per row of ``exo_levels``).

    ``exo_levels`` is (T, n_exo), shared by every run, or step-major (T or 1, K, n_exo);
    ``weights`` (K, n_items) gives each run its own weights.
    """
    endo, exo = model.endo, model.exo
    m, n_exo = endo.size, exo.size
    order = np.empty(model.n, dtype=np.intp)
    order[endo] = np.arange(m)
    order[exo] = m + np.arange(n_exo)
    loop_junctions, exo_junctions = _split_junctions(model)
    junctions = [*exo_junctions, *loop_junctions]
    width = m + n_exo + len(junctions) + (1 if loop_junctions else 0)  # + a column of ones
    junction_columns = {k: m + n_exo + position for position, k in enumerate(junctions)}

    matrix, g = reading_parts(model, weights)
    rows = matrix[..., endo, :][..., np.concatenate([endo, exo])]
    if rows.ndim == 2:
        transition = np.zeros((width, m))
        transition[: m + n_exo] = rows.T
        for k, column in junction_columns.items():
            transition[column, order[model.junction_target[k]]] += g[k]
        edges = (np.zeros(0, np.intp), np.zeros((1, 0)), np.zeros((0, m)))
    else:
        transition = None
        edges = _edges(model, rows, g, junction_columns, order)
    state = np.empty((exo_levels.shape[0] if length is None else length, count, width))
    _fill_state(model, state, exo_levels, exo_junctions, order)
    # a junction with fewer members than the widest is padded with the column of ones
    index = np.full((len(loop_junctions), _widest(model, loop_junctions)), width - 1, np.intp)
    for row, k in enumerate(loop_junctions):
        members = order[model.junction_members[k]]
        index[row, : members.size] = members
    if loop_junctions:
        state[..., -1] = 1.0
    return LoopArrays(
        state=state,
        transition=transition,
        edge_source=edges[0],
        edge_weight=edges[1],
        edge_scatter=edges[2],
        junction_index=index,
        junction_column=np.array([junction_columns[k] for k in loop_junctions], dtype=np.intp),
        order=order,
        exo_junctions=exo_junctions,
        junction_columns=junction_columns,
    )


def _edges(model, rows, g, junction_columns, order):
    """(source columns, weights (K, P), scatter (P, m)) of every term entering q, batched."""
    targets, sources = np.nonzero(np.any(rows != 0.0, axis=0))
    weights = [rows[:, targets, sources]]
    targets, sources = [targets], [sources]
    for k, column in junction_columns.items():
        weights.append(g[:, k, None])
        targets.append([order[model.junction_target[k]]])
        sources.append([column])
    target = np.concatenate(targets).astype(np.intp)
    scatter = np.zeros((target.size, rows.shape[-2]))
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
    """Write the exogenous readings and the products of their junctions into ``state``."""
    m, exo = model.endo.size, model.exo
    levels = exo_levels[:, None] if exo_levels.ndim == 2 else exo_levels
    readings = model.scale * levels - model.offset[exo] if model.scale != 1.0 else None
    if readings is None:
        readings = levels - model.offset[exo] if model.offset[exo].any() else levels
    state[..., m : m + exo.size] = readings
    for column, k in enumerate(exo_junctions, start=m + exo.size):
        product = None
        for member in order[model.junction_members[k]] - m:
            factor = readings[..., member]
            product = factor if product is None else product * factor
        state[..., column] = product


def refill(model: CompiledModel, loop: LoopArrays, exo_levels: np.ndarray) -> None:
    """Take new exogenous levels into ``loop`` without rebuilding it."""
    _fill_state(model, loop.state, exo_levels, loop.exo_junctions, loop.order)


def patch_weight(model: CompiledModel, loop: LoopArrays, item: int) -> None:
    """Take the new weight of item ``item`` into a shared-weight ``loop`` in place."""
    weight = model.item_weights[item]
    if item >= model.n_paths:
        k = item - model.n_paths
        column = loop.junction_columns.get(k)
        if column is not None:
            loop.transition[column, loop.order[model.junction_target[k]]] = weight
        return
    row = loop.order[model.path_target[item]]
    if row < model.endo.size:  # an exogenous target is never computed
        loop.transition[loop.order[model.path_source[item]], row] = weight
