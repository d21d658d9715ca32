"""Monte Carlo uncertainty bands: how sure the levels are, given how sure the weights are.

Each of ``runs`` runs draws every path and junction weight from a normal distribution with
the weight as its mean and its standard deviation (the item's own ``sd``, else the model's
``default_sd``, else 0: taken as certain), clipped to [-1, 1], the range a weight may take.
Stimuli follow the scenario as usual and are the same in every run. The bands are then the
10th, 25th, 50th, 75th and 90th percentiles of each construct's level at each step over the
runs (``numpy.percentile``, linear interpolation). They show uncertainty about the weights,
not noise over time: every single run is as smooth as the plain one.

The draws come from ``numpy.random.default_rng(seed)``: one ``standard_normal((runs, items))``
array, items in the compiled model's order (paths, then junctions), so the same seed gives
the same bands. The model is compiled once and run as one batch.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from synergy_gui.engine.compile import CompiledModel, compile_model
from synergy_gui.engine.dynamics import simulate_batch
from synergy_gui.engine.errors import EngineError
from synergy_gui.model.checks import MAX_DEFAULT_SD, MAX_RUN_CELLS, MAX_SD
from synergy_gui.model.document import ModelDocument
from synergy_gui.model.phrases import phrase

#: The percentiles every band is made of, in order.
PERCENTILES = (10, 25, 50, 75, 90)
#: The names of the percentile series, as the CLI's JSON and CSV write them.
PERCENTILE_NAMES = tuple(f"p{p}" for p in PERCENTILES)
DEFAULT_RUNS = 1_000
DEFAULT_SEED = 12
#: More runs than this add nothing a plot or a table could show, only waiting.
MAX_RUNS = 1_000_000
#: Levels (runs × steps × constructs) from which the percentiles are taken on two threads.
_PARALLEL_CELLS = 2_000_000
_WORKERS = min(2, os.cpu_count() or 1)


@dataclass(frozen=True, eq=False)
class Bands:
    """Percentile series of each construct over ``runs`` runs with drawn weights.

    ``percentiles[id]`` is a (5, steps + 1) array: the rows are :data:`PERCENTILES`.
    ``weights`` holds the drawn weights (runs, items), items in ``item_ids`` order.
    """

    times: np.ndarray
    percentiles: dict[str, np.ndarray]
    runs: int
    seed: int
    scenario: str | None
    item_ids: tuple[str, ...]
    weights: np.ndarray

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(self.percentiles)

    @property
    def uncertain(self) -> bool:
        """Whether any weight differs between runs (else every band has no width)."""
        weights = self.weights
        return bool(weights.size) and bool(np.any(weights.max(axis=0) > weights.min(axis=0)))

    def series(self, construct_id: str, percentile: int) -> np.ndarray:
        """One percentile's series of one construct, e.g. ``series("loyalty", 90)``."""
        if construct_id not in self.percentiles:
            raise EngineError(phrase("the bands have no construct {cid!r}", cid=construct_id))
        if percentile not in PERCENTILES:
            raise EngineError(f"the bands have percentiles {PERCENTILES}, not {percentile!r}")
        return self.percentiles[construct_id][PERCENTILES.index(percentile)]


def check_runs(runs: object) -> int:
    """A number of runs: a whole number from 1 to :data:`MAX_RUNS`."""
    whole = isinstance(runs, int | np.integer) and not isinstance(runs, bool)
    if not whole or not 1 <= runs <= MAX_RUNS:  # type: ignore[operator]
        raise EngineError(
            phrase(
                "runs must be a whole number from 1 to {most:,} (got {runs!r})",
                most=MAX_RUNS,
                runs=runs,
            )
        )
    return int(runs)  # type: ignore[arg-type]


def check_seed(seed: object) -> int:
    """A seed: a whole number from 0 on."""
    whole = isinstance(seed, int | np.integer) and not isinstance(seed, bool)
    if not whole or seed < 0:  # type: ignore[operator]
        raise EngineError(
            phrase("the seed must be a whole number from 0 on (got {seed!r})", seed=seed)
        )
    return int(seed)  # type: ignore[arg-type]


def check_default_sd(sd: object) -> float | None:
    """A model-wide default sd: None, or a finite number from 0 to :data:`MAX_DEFAULT_SD`."""
    if sd is None:
        return None
    number = isinstance(sd, int | float | np.floating) and not isinstance(sd, bool)
    if not number or not math.isfinite(sd) or not 0.0 <= sd <= MAX_DEFAULT_SD:  # type: ignore[operator]
        raise EngineError(
            phrase(
                "the default sd must be a number from 0 to {most:g} (got {sd!r})",
                most=MAX_DEFAULT_SD,
                sd=sd,
            )
        )
    return float(sd)  # type: ignore[arg-type]


def weight_sds(
    document: ModelDocument, item_ids: Iterable[str], default_sd: float | None = None
) -> np.ndarray:
    """The sd of each item's weight: its own, else ``default_sd``, else 0 (certain)."""
    default = 0.0 if default_sd is None else check_default_sd(default_sd)
    sds = []
    for item_id in item_ids:
        own = document.weighted_item(item_id).sd
        if own is not None and not (math.isfinite(own) and 0.0 <= own <= MAX_SD):
            raise EngineError(
                phrase(
                    "the sd of {item!r} must be a number from 0 to {most:g}",
                    item=item_id,
                    most=MAX_SD,
                )
            )
        sds.append(default if own is None else float(own))
    return np.array(sds, dtype=float)


def sample_weights(
    means: np.ndarray, sds: np.ndarray, runs: int, seed: int, bound: float = 1.0
) -> np.ndarray:
    """(runs, items) weights drawn from N(mean, sd), clipped to [-bound, bound] (the model's
    weight range: 1, or 100 for unstandardised weights)."""
    rng = np.random.default_rng(seed)
    draws = rng.standard_normal((runs, means.size))
    draws *= sds
    draws += means
    return np.clip(draws, -bound, bound, out=draws)


def percentile_series(levels: np.ndarray) -> np.ndarray:
    """(5, T) percentiles over runs of (runs, T) levels."""
    return np.percentile(levels, PERCENTILES, axis=0)


def monte_carlo(
    source: ModelDocument | CompiledModel,
    scenario: str | None = None,
    runs: int = DEFAULT_RUNS,
    seed: int = DEFAULT_SEED,
    default_sd: float | None = None,
    *,
    sds: np.ndarray | None = None,
    constructs: Iterable[str] | None = None,
    on_chunk: Callable[[int], None] | None = None,
) -> Bands:
    """Percentile bands of ``runs`` runs with weights drawn from their uncertainty.

    ``source`` is a document (compiled here under ``scenario``) or a model compiled already;
    a compiled model needs ``sds`` (see :func:`weight_sds`), as it does not know them. With a
    document, ``default_sd`` None takes the document's own setting. ``constructs`` limits
    the bands to those constructs (default: all). ``on_chunk`` as in :func:`simulate_batch`.
    """
    runs, seed = check_runs(runs), check_seed(seed)
    if isinstance(source, CompiledModel):
        if sds is None:
            raise EngineError("a compiled model needs the sds of its weights")
        model = source
    else:
        model = compile_model(source, scenario)
        if default_sd is None:
            default_sd = source.settings.default_sd
        sds = weight_sds(source, model.item_ids, default_sd) if sds is None else sds
    _check_memory(model, runs)
    sds = np.asarray(sds, dtype=float)
    if sds.shape != (len(model.item_ids),) or not np.all(np.isfinite(sds)) or (sds < 0).any():
        raise EngineError(f"sds must be {len(model.item_ids)} finite numbers from 0 on")
    weights = sample_weights(model.item_weights.copy(), sds, runs, seed, model.weight_bound)
    chosen = model.ids if constructs is None else tuple(constructs)
    batch = simulate_batch(model, weights, on_chunk=on_chunk)
    percentiles = _percentiles_of(batch, chosen)
    return Bands(
        times=batch.times,
        percentiles=percentiles,
        runs=runs,
        seed=seed,
        scenario=model.scenario,
        item_ids=model.item_ids,
        weights=weights,
    )


def _percentiles_of(batch, construct_ids: tuple[str, ...]) -> dict[str, np.ndarray]:
    """Each construct's percentile series; a large batch's on both cores (numpy's partition
    lets go of the GIL), as reading them out can cost as much as the runs themselves."""
    size = batch.count * batch.times.size * len(construct_ids)
    if size < _PARALLEL_CELLS or _WORKERS < 2 or len(construct_ids) < 2:
        return {cid: percentile_series(batch.series(cid)) for cid in construct_ids}
    with ThreadPoolExecutor(_WORKERS) as pool:
        rows = pool.map(lambda cid: percentile_series(batch.series(cid)), construct_ids)
        return dict(zip(construct_ids, rows, strict=True))


def most_runs(model: CompiledModel) -> int:
    """How many runs of ``model`` fit in memory at once (the engine's limit on run size)."""
    width = model.n + model.junction_target.size + 1
    return max(1, MAX_RUN_CELLS // ((model.steps + 1) * width))


def _check_memory(model: CompiledModel, runs: int) -> None:
    most = most_runs(model)
    if runs > most:
        raise EngineError(
            phrase(
                "{runs:,} runs of {steps:,} steps of this model do not fit in memory; "
                "at most {most:,} runs",
                runs=runs,
                steps=model.steps,
                most=most,
            )
        )


__all__ = [
    "DEFAULT_RUNS",
    "DEFAULT_SEED",
    "MAX_RUNS",
    "PERCENTILES",
    "PERCENTILE_NAMES",
    "Bands",
    "check_default_sd",
    "check_runs",
    "check_seed",
    "monte_carlo",
    "most_runs",
    "percentile_series",
    "sample_weights",
    "weight_sds",
]
