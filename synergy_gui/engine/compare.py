"""Scenario comparison: run several scenarios as batches and measure each plotted construct.

:func:`run_scenarios` groups the scenarios whose compiled models differ only in what a batch
can vary per run (path and junction weights, stimulus levels over time) and runs each group
as one :func:`~synergy_gui.engine.dynamics.simulate_batch`; scenarios that clamp other
constructs, clamp them at other levels or run for another number of steps go to a group of
their own. :func:`compare` is :func:`run_scenarios` plus :func:`steady_states` plus
:func:`comparison_from`, which the window calls on the runs it already has.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields
from enum import Enum

import numpy as np

from synergy_gui.engine import validate
from synergy_gui.engine.compile import CompiledModel, compile_model
from synergy_gui.engine.dynamics import simulate_batch
from synergy_gui.engine.errors import EngineError, no_scenario
from synergy_gui.engine.result import SimulationResult
from synergy_gui.engine.steady import SteadyState, steady_state
from synergy_gui.model.document import ModelDocument
from synergy_gui.model.phrases import phrase
from synergy_gui.model.view_state import ScenarioKey, scenario_label

#: A level has settled once it stays this close to where it comes to rest (half the last
#: shown digit: from then on a two-decimal number no longer changes).
SHOWN_TOLERANCE = 0.005


class Default(Enum):
    """The default reference: the first scenario compared (None already means as drawn)."""

    FIRST = "first"


# ------------------------------------------------------------------------------- running
def run_scenarios(
    document: ModelDocument, keys: Iterable[ScenarioKey], steps: int | None = None
) -> dict[ScenarioKey, SimulationResult]:
    """One run per scenario key (None: as drawn), in the keys' order, batched where possible."""
    compiled = _compile_all(document, keys)
    return run_compiled(compiled, steps, document.settings.time_unit)


def steady_states(
    document: ModelDocument, keys: Iterable[ScenarioKey]
) -> dict[ScenarioKey, SteadyState]:
    """Where each scenario comes to rest (or why it does not)."""
    return {key: steady_state(model) for key, model in _compile_all(document, keys).items()}


def _compile_all(document: ModelDocument, keys: Iterable[ScenarioKey]):
    keys = list(dict.fromkeys(keys))
    known = {s.name for s in document.scenarios}
    unknown = [key for key in keys if key is not None and key not in known]
    if unknown:
        raise no_scenario(unknown[0], document.scenarios)
    return {key: compile_model(document, key) for key in keys}


def run_compiled(
    compiled: Mapping[ScenarioKey, CompiledModel],
    steps: int | None,
    time_unit: str,
    on_chunk: Callable[[int], None] | None = None,
) -> dict[ScenarioKey, SimulationResult]:
    """One run per compiled scenario, batched where they share structure (for a caller that
    keeps its compiled models and updates them in place, as the window does)."""
    steps = None if steps is None else validate.check_steps(steps)
    groups: dict[tuple, list[ScenarioKey]] = {}
    for key, model in compiled.items():
        groups.setdefault(_structure(model, steps), []).append(key)
    results: dict[ScenarioKey, SimulationResult] = {}
    for keys in groups.values():
        models = [compiled[key] for key in keys]
        length = models[0].steps if steps is None else steps
        runs = _run_group(models, length, time_unit, on_chunk)
        results.update(zip(keys, runs, strict=True))
    return {key: results[key] for key in compiled}


def _structure(model: CompiledModel, steps: int | None) -> tuple:
    """What one batch must share: the exogenous constructs, the clamp levels, the steps."""
    plans = tuple(
        (p.construct_id, p.source, None if p.source == "stimulus" else p.level) for p in model.plans
    )
    return plans, model.steps if steps is None else steps


def _run_group(
    models: list[CompiledModel], steps: int, time_unit: str, on_chunk=None
) -> list[SimulationResult]:
    first = models[0]
    weights = np.stack([model.item_weights for model in models])
    shared = all(np.array_equal(row, first.item_weights) for row in weights)
    columns = [p for p, plan in enumerate(first.plans) if plan.source == "stimulus"]
    stimuli = np.stack([model.exogenous_levels(steps)[:, columns] for model in models])
    batch = simulate_batch(
        first, None if shared else weights, stimuli, steps=steps, on_chunk=on_chunk
    )
    levels = batch.levels
    return [
        SimulationResult(first.ids, batch.times, levels[k], model.scenario, time_unit)
        for k, model in enumerate(models)
    ]


# ----------------------------------------------------------------------------- measuring
def settle_time(times: np.ndarray, series: np.ndarray, level: float) -> float | None:
    """The first time from which ``series`` stays within :data:`SHOWN_TOLERANCE` of
    ``level``; None when it is still farther away at the end of the run."""
    away = np.flatnonzero(np.abs(np.asarray(series, dtype=float) - level) > SHOWN_TOLERANCE)
    if away.size == 0:
        return float(times[0])
    last = int(away[-1])
    return None if last + 1 >= len(times) else float(times[last + 1])


@dataclass(frozen=True)
class Metrics:
    """What the comparison table says about one construct under one scenario."""

    final: float  # the level at the last step
    settled: float | None  # the steady level; None: does not settle, or not known yet
    settles_at: float | None  # from when the run stays within SHOWN_TOLERANCE of ``settled``
    reaches_at: float | None  # the first time the level is >= the threshold
    mean: float  # the time-average level over the horizon (trapezoid area / length)


#: The names of the :class:`Metrics` fields, in table order.
METRIC_FIELDS = tuple(f.name for f in fields(Metrics))


def measure(
    times: np.ndarray,
    series: np.ndarray,
    settled: float | None = None,
    threshold: float | None = None,
) -> Metrics:
    """The metrics of one series; ``settled`` is its steady level, ``threshold`` the goal."""
    series = np.asarray(series, dtype=float)
    if series.size > 1:
        mean = float(np.trapezoid(series, times) / (times[-1] - times[0]))
    else:
        mean = float(series[0])
    reached = np.flatnonzero(series >= threshold) if threshold is not None else ()
    return Metrics(
        final=float(series[-1]),
        settled=settled,
        settles_at=None if settled is None else settle_time(times, series, settled),
        reaches_at=float(times[reached[0]]) if len(reached) else None,
        mean=mean,
    )


# ---------------------------------------------------------------------------- comparing
@dataclass(frozen=True, eq=False)
class Comparison:
    """Several scenarios side by side: their runs and each compared construct's metrics."""

    keys: tuple[ScenarioKey, ...]
    reference: ScenarioKey
    construct_ids: tuple[str, ...]
    thresholds: dict[str, float]
    results: dict[ScenarioKey, SimulationResult]
    metrics: dict[ScenarioKey, dict[str, Metrics]]
    steadies: dict[ScenarioKey, SteadyState]  # the steady states known (may be none yet)
    time_unit: str = "week"

    def labels(self) -> dict[ScenarioKey, str]:
        """How each scenario reads on screen ("As drawn" for None)."""
        return {key: scenario_label(key) for key in self.keys}

    def value(self, key: ScenarioKey, construct_id: str, field: str = "final") -> float | None:
        """One metric (a :data:`METRIC_FIELDS` name) of one construct under one scenario."""
        if field not in METRIC_FIELDS:
            raise EngineError(f"there is no metric {field!r} (metrics: {', '.join(METRIC_FIELDS)})")
        try:
            return getattr(self.metrics[key][construct_id], field)
        except KeyError:
            raise EngineError(
                phrase("{cid!r} under {key!r} is not compared", cid=construct_id, key=key)
            ) from None

    def difference(self, key: ScenarioKey, construct_id: str, field: str = "final") -> float | None:
        """That metric of ``key`` minus the reference's (0 for the reference itself); None
        when either has no value (does not settle, never reaches the threshold)."""
        mine = self.value(key, construct_id, field)
        theirs = self.value(self.reference, construct_id, field)
        return None if mine is None or theirs is None else mine - theirs

    def settles(self, key: ScenarioKey) -> bool | None:
        """Whether the scenario comes to rest; None while its steady state is not known."""
        steady = self.steadies.get(key)
        return None if steady is None else steady.settled


def comparison_from(
    results: Mapping[ScenarioKey, SimulationResult],
    steadies: Mapping[ScenarioKey, SteadyState] | None,
    construct_ids: Iterable[str],
    thresholds: float | Mapping[str, float] | None = None,
    reference: ScenarioKey | Default = Default.FIRST,
) -> Comparison:
    """A comparison of runs already made; ``steadies`` may hold some, all or none of them.

    ``thresholds`` is a level every construct is measured against, or one per construct;
    the reference is the first scenario unless named (None: as drawn).
    """
    keys = tuple(results)
    if not keys:
        raise EngineError(phrase("there is nothing to compare: name at least one scenario"))
    ids = tuple(dict.fromkeys(construct_ids))
    _check_constructs(results[keys[0]], ids)
    levels = _thresholds(thresholds, ids)
    if reference is Default.FIRST:
        reference = keys[0]
    if reference not in results:
        shown = ", ".join(repr(scenario_label(key)) for key in keys)
        raise EngineError(
            phrase(
                "the reference {name!r} is not compared ({shown})",
                name=scenario_label(reference),
                shown=shown,
            )
        )
    steadies = dict(steadies or {})
    metrics = {key: _measure_run(results[key], steadies.get(key), ids, levels) for key in keys}
    return Comparison(
        keys, reference, ids, levels, dict(results), metrics,
        {key: steadies[key] for key in keys if key in steadies}, results[keys[0]].time_unit,
    )  # fmt: skip


def compare(
    document: ModelDocument,
    keys: Iterable[ScenarioKey],
    construct_ids: Iterable[str],
    thresholds: float | Mapping[str, float] | None = None,
    reference: ScenarioKey | Default = Default.FIRST,
    steadies: Mapping[ScenarioKey, SteadyState] | None = None,
    steps: int | None = None,
) -> Comparison:
    """Run the scenarios and compare them; ``steadies`` None computes the steady states,
    a mapping (``{}`` to skip them) gives those already known."""
    compiled = _compile_all(document, keys)
    results = run_compiled(compiled, steps, document.settings.time_unit)
    if steadies is None:
        steadies = {key: steady_state(model) for key, model in compiled.items()}
    return comparison_from(results, steadies, construct_ids, thresholds, reference)


def _check_constructs(result: SimulationResult, ids: tuple[str, ...]) -> None:
    unknown = [cid for cid in ids if cid not in result.ids]
    if unknown:
        raise EngineError(
            phrase(
                "there is no construct {cid!r} (constructs: {known})",
                cid=unknown[0],
                known=", ".join(result.ids),
            )
        )


def _thresholds(thresholds, ids: tuple[str, ...]) -> dict[str, float]:
    if thresholds is None:
        return {}
    if not isinstance(thresholds, Mapping):
        thresholds = dict.fromkeys(ids, thresholds)
    outside = [cid for cid in thresholds if cid not in ids]
    if outside:
        raise EngineError(phrase("a threshold for {cid!r}, which is not compared", cid=outside[0]))
    for cid, level in thresholds.items():
        if not (isinstance(level, int | float) and math.isfinite(level) and 0 <= level <= 1):
            raise EngineError(
                phrase(
                    "the threshold for {cid!r} must be from 0 to 1 (got {level!r})",
                    cid=cid,
                    level=level,
                )
            )
    return {cid: float(level) for cid, level in thresholds.items()}


def _measure_run(
    result: SimulationResult,
    steady: SteadyState | None,
    ids: tuple[str, ...],
    thresholds: dict[str, float],
) -> dict[str, Metrics]:
    settled = steady is not None and steady.settled
    return {
        cid: measure(
            result.times,
            result.series(cid),
            steady.level(cid) if settled else None,
            thresholds.get(cid),
        )
        for cid in ids
    }
