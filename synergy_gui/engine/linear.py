"""The model's inputs u and their Jacobian ∂u/∂x at a given state, junctions included."""

from __future__ import annotations

import numpy as np

from synergy_gui.engine import activation
from synergy_gui.engine.compile import CompiledModel


def readings(model: CompiledModel, levels: np.ndarray) -> np.ndarray:
    """v = s·x − b: the levels as the update rule reads them (deviations under S-O-R)."""
    return model.scale * np.asarray(levels, dtype=float) - model.offset


def inputs(model: CompiledModel, levels: np.ndarray) -> np.ndarray:
    """u of every construct at ``levels`` (n,)."""
    v = readings(model, levels)
    u = model.level_base + model.self_weight * v + model.weight_matrix() @ v
    for k, (members, target) in enumerate(_junctions(model)):
        u[target] += model.item_weights[model.n_paths + k] * np.prod(v[members])
    return u


def jacobian(model: CompiledModel, levels: np.ndarray) -> np.ndarray:
    """∂u_i/∂x_j at ``levels`` (n, n): s·(a·I + W) plus the junctions' product rule."""
    v = readings(model, levels)
    matrix = model.scale * (model.weight_matrix() + model.self_weight * np.eye(model.n))
    for k, (members, target) in enumerate(_junctions(model)):
        weight = model.item_weights[model.n_paths + k]
        for position, member in enumerate(members):
            others = np.delete(members, position)
            matrix[target, member] += weight * model.scale * np.prod(v[others])
    return matrix


def slopes(model: CompiledModel, u: np.ndarray, unbounded: bool = False) -> np.ndarray:
    """f′(u_i) of every construct; with ``unbounded``, clip and identity count as slope 1."""
    result = np.empty(model.n)
    for kind in set(model.kinds):
        chosen = np.array([k == kind for k in model.kinds])
        if unbounded and kind in ("clip", "identity"):
            result[chosen] = 1.0
        else:
            result[chosen] = activation.slope(
                kind, u[chosen], model.gain[chosen], model.threshold[chosen]
            )
    return result


def _junctions(model: CompiledModel):
    return zip(model.junction_members, model.junction_target, strict=True)
