"""Effects of any construct on the others, and the terms that make up a construct's input.

Local effects at an operating point x* (Bollen 1987, linearised): with D = diag f′(u*), J =
∂u/∂x (junctions included) and A = D J_ηη, the total effect of an exogenous construct ξ
(a stimulus, a clamped or held construct) is (I − A)⁻¹ D J_ηξ, its direct effect D J_ηξ and
the indirect effect total − direct. With identity activations and no junctions this is
exactly (I − B)⁻¹ Γ.

The effect of a mediator m is that of holding m a little higher (as a clamp would): every
other endogenous construct follows, m's own equation is set aside. With M = (I − A)⁻¹ this
is M[:, m] / M[m, m] (a push on m's input that moves m by one), exactly
((I − B)⁻¹ − I)[:, m] in an acyclic linear model. A clamped construct is held, so no effect
passes through it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from synergy_gui.engine import activation, linear
from synergy_gui.engine.compile import CompiledModel
from synergy_gui.engine.errors import EngineError
from synergy_gui.model.phrases import phrase

#: |M[m, m]| below this: holding m leaves the rest of the model without a resting point.
_SINGULAR = 1e-12


@dataclass(frozen=True, eq=False)
class Effects:
    """Effects on the endogenous ``targets`` (rows) of each construct of ``sources``.

    ``direct``/``indirect``/``total`` [i, j] hold the effect of ``stimuli[j]`` on
    ``targets[i]``; ``source_direct``/``source_total`` [i, j] that of ``sources[j]`` (every
    construct of the model, mediators included) on ``targets[i]``.
    """

    targets: tuple[str, ...]
    stimuli: tuple[str, ...]
    direct: np.ndarray
    indirect: np.ndarray
    total: np.ndarray
    responses: tuple[str, ...]  # the targets that are responses
    point: np.ndarray  # the operating point (every construct's level)
    sources: tuple[str, ...] = ()
    source_direct: np.ndarray | None = None
    source_total: np.ndarray | None = None

    def of(self, target: str, source: str) -> tuple[float, float, float]:
        """(direct, indirect, total) effect of a construct (a stimulus or any other) on one."""
        if source not in self.sources:
            raise EngineError(phrase("{cid!r} is not a construct of this model", cid=source))
        if target not in self.targets:
            return (0.0, 0.0, 0.0)  # a stimulus or a clamped construct does not respond
        i, j = self.targets.index(target), self.sources.index(source)
        direct, total = float(self.source_direct[i, j]), float(self.source_total[i, j])
        return direct, total - direct, total


def effects(model: CompiledModel, point: np.ndarray) -> Effects:
    """Local direct, indirect and total effects of every construct at the levels ``point``."""
    point = np.asarray(point, dtype=float)
    endo = model.endo
    u = linear.inputs(model, point)
    gains = linear.slopes(model, u)[endo]
    jac = linear.jacobian(model, point)
    local = gains[:, None] * jac[endo]  # D J: (m, n), every source column
    spread = _spread(np.eye(endo.size) - local[:, endo])
    source_direct = local.copy()
    source_total = spread @ local
    source_total[:, endo] = _held_effects(spread)
    diagonal = (np.arange(endo.size), endo)
    source_direct[diagonal] = 1.0  # a construct held δ higher is δ higher
    stimuli = [model.index[cid] for cid in model.stimulus_ids]
    direct, total = source_direct[:, stimuli], source_total[:, stimuli]
    targets = tuple(model.ids[i] for i in endo)
    return Effects(
        targets=targets,
        stimuli=model.stimulus_ids,
        direct=direct,
        indirect=total - direct,
        total=total,
        responses=tuple(
            cid for i, cid in zip(endo, targets, strict=True) if _is_response(model, i)
        ),
        point=point,
        sources=model.ids,
        source_direct=source_direct,
        source_total=source_total,
    )


def _spread(feedback: np.ndarray) -> np.ndarray:
    """M = (I − A)⁻¹: how a push on each endogenous input spreads through the loops."""
    try:
        spread = np.linalg.solve(feedback, np.eye(feedback.shape[0]))
    except np.linalg.LinAlgError:
        raise EngineError(_no_effects_reason()) from None
    if not np.isfinite(spread).all() or np.abs(spread).max(initial=0.0) > 1e12:
        raise EngineError(_no_effects_reason())
    return spread


def _held_effects(spread: np.ndarray) -> np.ndarray:
    """Column m: the effect of holding mediator m one unit higher, M[:, m] / M[m, m]."""
    own = np.diag(spread).copy()
    singular = np.abs(own) < _SINGULAR
    own[singular] = 1.0
    held = spread / own[None, :]
    held[:, singular] = 0.0  # no resting point with m held: no effect to speak of
    return held


def _is_response(model: CompiledModel, index: int) -> bool:
    return model.roles[index] == "response"


def _no_effects_reason() -> str:
    return phrase(
        "the effects are undefined at this operating point: a feedback loop has a gain of 1, "
        "so a small push would never come to rest"
    )


@dataclass(frozen=True)
class Term:
    """One part of a construct's input u: a path, a junction, its own level, or the base."""

    item_id: str  # a path or junction id; "" for the base, the construct's id for itself
    kind: str  # base | path | junction | self
    sources: tuple[str, ...]
    weight: float
    amount: float


@dataclass(frozen=True)
class Contributions:
    """Why a construct is where it is: u = Σ amounts, target = f(u), level now."""

    construct_id: str
    terms: tuple[Term, ...]
    total_input: float
    target: float
    level: float


@dataclass(frozen=True)
class IncomingItem:
    """A path or junction acting on a construct: ``weight`` times the reading of ``sources``
    (their product for a junction)."""

    item_id: str
    kind: str  # path | junction
    sources: np.ndarray  # column indices of the source (a path) or the members (a junction)
    weight: float


def incoming_items(model: CompiledModel, index: int) -> list[IncomingItem]:
    """The paths, then the junctions, that act on construct ``index``, in document order."""
    items = [
        IncomingItem(
            model.item_ids[p],
            "path",
            model.path_source[p : p + 1],
            float(model.item_weights[p]),
        )
        for p in np.flatnonzero(model.path_target == index)
    ]
    for k in np.flatnonzero(model.junction_target == index):
        position = model.n_paths + k
        items.append(
            IncomingItem(
                model.item_ids[position],
                "junction",
                model.junction_members[k],
                float(model.item_weights[position]),
            )
        )
    return items


def contributions(model: CompiledModel, construct_id: str, levels: np.ndarray) -> Contributions:
    """The terms of ``construct_id``'s input u at ``levels`` (n,), which add up to u."""
    if construct_id not in model.index:
        raise EngineError(phrase("there is no construct with id {cid!r}", cid=construct_id))
    i = model.index[construct_id]
    levels = np.asarray(levels, dtype=float)
    v = linear.readings(model, levels)
    terms = [Term("", "base", (), 1.0, float(model.level_base[i]))]
    if model.self_weight:
        terms.append(
            Term(construct_id, "self", (construct_id,), model.self_weight, _self(model, v, i))
        )
    for item in incoming_items(model, i):
        names = tuple(model.ids[j] for j in item.sources)
        amount = item.weight * float(np.prod(v[item.sources]))
        terms.append(Term(item.item_id, item.kind, names, item.weight, amount))
    total = float(sum(term.amount for term in terms))
    target = _target(model, i, total)
    return Contributions(construct_id, tuple(terms), total, target, float(levels[i]))


def _self(model: CompiledModel, v: np.ndarray, i: int) -> float:
    return float(model.self_weight * v[i])


def _target(model: CompiledModel, i: int, u: float) -> float:
    value = np.array([u])
    with np.errstate(over="ignore"):
        return float(
            activation.apply(
                model.kinds[i], value, model.gain[i : i + 1], model.threshold[i : i + 1]
            )[0]
        )
