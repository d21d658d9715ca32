"""Drivers of an outcome and the importance–performance map (IPMA) they make.

A driver is any construct upstream of the outcome: a stimulus, a mediator (an organism
construct, or a response that feeds another) or a construct clamped in the scenario. Its
*importance* is its local total effect on the outcome at the operating point (where the model
settles), from :func:`synergy_gui.engine.effects.effects`; its *performance* is its level
there. The drivers are ranked by the size of their importance.

SmartPLS draws the same map from a PLS path model (importance = unstandardised total effect,
performance = the construct's mean score); here both come from the running model.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from synergy_gui.engine.compile import CompiledModel
from synergy_gui.engine.effects import effects
from synergy_gui.engine.errors import EngineError
from synergy_gui.model.phrases import phrase


@dataclass(frozen=True)
class Driver:
    """One construct upstream of the outcome and its effect on it."""

    construct_id: str
    label: str
    kind: str  # stimulus | mediator | clamped | held (an FCM concept nothing leads into)
    total: float  # importance: the outcome's change per unit change of the driver
    direct: float
    indirect: float
    performance: float  # the driver's level at the operating point

    @property
    def stimulus_id(self) -> str:
        """The construct's id, under the name the levers panel's callers know."""
        return self.construct_id


@dataclass(frozen=True)
class Ipma:
    """The importance–performance map: the drivers and the mean lines that split it."""

    outcome: str
    drivers: tuple[Driver, ...]
    mean_performance: float
    mean_importance: float

    def to_act_on(self) -> tuple[Driver, ...]:
        """The drivers that matter more than most and perform worse than most."""
        return tuple(d for d in self.drivers if self.is_priority(d))

    def is_priority(self, driver: Driver) -> bool:
        """Important (at or above the mean importance) and underperforming (below the mean)."""
        return driver.total >= self.mean_importance and driver.performance < self.mean_performance


def upstream(model: CompiledModel, outcome: str) -> list[str]:
    """Every construct with a chain of paths or junctions leading to ``outcome``, in
    document order (the outcome itself only when a loop leads back to it)."""
    if outcome not in model.index:
        raise EngineError(phrase("there is no construct with id {cid!r}", cid=outcome))
    feeds: dict[int, set[int]] = {i: set() for i in range(model.n)}
    for source, target in zip(model.path_source, model.path_target, strict=True):
        feeds[int(target)].add(int(source))
    for members, target in zip(model.junction_members, model.junction_target, strict=True):
        feeds[int(target)].update(int(m) for m in members)
    found: set[int] = set()
    todo = [model.index[outcome]]
    while todo:
        for source in feeds[todo.pop()] - found:
            found.add(source)
            todo.append(source)
    return [model.ids[i] for i in sorted(found)]


def rank_drivers(
    model: CompiledModel,
    point: np.ndarray,
    outcome: str,
    labels: Mapping[str, str] | None = None,
) -> list[Driver]:
    """The constructs upstream of ``outcome`` ordered by the size of their total effect on it
    at the levels ``point`` (n,), the larger first (ties by label)."""
    labels = labels or {}
    sources = [cid for cid in upstream(model, outcome) if cid != outcome]
    found = effects(model, point)
    drivers = []
    for cid in sources:
        direct, indirect, total = found.of(outcome, cid)
        level = float(found.point[model.index[cid]])
        label = labels.get(cid, cid)
        drivers.append(Driver(cid, label, _kind(model, cid), total, direct, indirect, level))
    return sorted(drivers, key=lambda d: (-abs(d.total), d.label))


def ipma(outcome: str, drivers: list[Driver] | tuple[Driver, ...]) -> Ipma:
    """The map of ``drivers``; the mean lines are the plain means over the drivers."""
    drivers = tuple(drivers)
    if not drivers:
        return Ipma(outcome, (), 0.5, 0.0)
    return Ipma(
        outcome,
        drivers,
        float(np.mean([d.performance for d in drivers])),
        float(np.mean([d.total for d in drivers])),
    )


def _kind(model: CompiledModel, construct_id: str) -> str:
    plan = next((p for p in model.plans if p.construct_id == construct_id), None)
    if plan is None:
        return "mediator"
    return {"stimulus": "stimulus", "clamp": "clamped"}.get(plan.source, plan.source)
