"""Benchmark of the engine on the default preset (a script, not a test).

Run: ``.venv/bin/python tests/bench/bench_engine.py``. Prints median and spread (interquartile
range, min-max) of: one run of 104 steps (budget 1 ms), the slider path (a weight set in
place, then that run), a batch of 10,000 runs of 104 steps reading the focus constructs'
series (budget 0.5 s; also with every level copied out), the steady state
of a random 200-construct model (budget 5 ms), and a pure-Python loop of the same single run
for comparison (checked to give the same numbers).
"""

from __future__ import annotations

import math
import os
import statistics
import sys
import time
from collections.abc import Callable

import numpy as np

from synergy_gui.engine import Simulator, compile_model, simulate_batch, steady_state
from synergy_gui.model import Construct, ModelDocument, Path
from synergy_gui.model.presets import DEFAULT_PRESET, load_preset

STEPS = 104
BATCH = 10_000


def measure(action: Callable[[], object], repeats: int, warmup: int = 3) -> list[float]:
    """Wall-clock seconds of ``repeats`` calls, after ``warmup`` calls."""
    for _ in range(warmup):
        action()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def report(name: str, times: list[float], budget: float | None, unit: str = "ms") -> float:
    scale = {"ms": 1e3, "s": 1.0}[unit]
    values = sorted(t * scale for t in times)
    quartiles = statistics.quantiles(values, n=4)
    median = statistics.median(values)
    verdict = ""
    if budget is not None:
        verdict = f"  budget {budget:g} {unit}: {'OK' if median <= budget else 'OVER'}"
    print(
        f"{name:<44} median {median:8.3f} {unit}  IQR {quartiles[0]:.3f}-{quartiles[2]:.3f}"
        f"  min-max {values[0]:.3f}-{values[-1]:.3f}  (n={len(values)}){verdict}"
    )
    return median


def python_reference(document: ModelDocument, steps: int) -> list[dict[str, float]]:
    """The S-O-R rule with clip, written plainly: dicts, floats and loops, no numpy."""
    settings = document.settings
    constructs = {c.id: c for c in document.constructs}
    level = {c.id: c.initial for c in document.constructs}
    history = [dict(level)]
    for _ in range(steps):
        inputs = {cid: c.baseline for cid, c in constructs.items()}
        for path in document.paths:
            source = constructs[path.source]
            inputs[path.target] += path.weight * (level[path.source] - source.baseline)
        for junction in document.junctions:
            product = 1.0
            for member in junction.members:
                product *= level[member] - constructs[member].baseline
            inputs[junction.target] += junction.weight * product
        new = {}
        for cid, c in constructs.items():
            if c.role == "stimulus":
                new[cid] = level[cid]
                continue
            target = min(max(inputs[cid], 0.0), 1.0)
            tau = c.tau_rise if target > level[cid] else c.tau_fall
            alpha = 1.0 - math.exp(-settings.dt / tau)
            new[cid] = level[cid] + alpha * (target - level[cid])
        level = new
        history.append(dict(level))
    return history


def random_model(size: int, stimuli: int, seed: int) -> ModelDocument:
    """A sparse random S-O-R model whose loops damp out (row sums of |B| at most 0.8)."""
    rng = np.random.default_rng(seed)
    doc = ModelDocument()
    for i in range(size):
        role = "stimulus" if i < stimuli else "organism"
        tau = (float(rng.uniform(1.0, 4.0)), float(rng.uniform(1.0, 4.0)))
        doc.add_construct(
            Construct(f"c{i}", f"C{i}", role, float(rng.uniform(0.3, 0.7)), 0.5, *tau)
        )
    for target in range(stimuli, size):
        sources = rng.choice([j for j in range(size) if j != target], size=4, replace=False)
        weights = rng.uniform(-1.0, 1.0, 4)
        weights *= 0.8 / max(np.abs(weights).sum(), 0.8)
        for source, weight in zip(sources, weights, strict=True):
            doc.add_path(Path(f"p{source}_{target}", f"c{source}", f"c{target}", float(weight)))
    return doc


def main() -> int:
    print(f"Python {sys.version.split()[0]}, numpy {np.__version__}, {os.cpu_count()} cores")
    print(f"load average before: {', '.join(f'{v:.2f}' for v in os.getloadavg())}")
    document = load_preset(DEFAULT_PRESET)
    n = len(document.constructs)
    print(f"default preset {DEFAULT_PRESET!r}: {n} constructs, {len(document.paths)} paths, "
          f"{len(document.junctions)} junction(s)\n")  # fmt: skip

    simulator = Simulator(document)
    single = report(f"one run, {STEPS} steps", measure(lambda: simulator.run(STEPS), 2000), 1.0)

    path_id = document.paths[0].id
    weights = iter(np.tile(np.linspace(-0.5, 0.5, 101), 30))

    def slider() -> None:
        simulator.set_weight(path_id, float(next(weights)))
        simulator.run(STEPS)

    report("slider path: set_weight + run", measure(slider, 2000), 1.0)

    model = compile_model(document)
    rng = np.random.default_rng(0)
    sampled = model.item_weights + rng.normal(0.0, 0.05, (BATCH, len(model.item_ids)))
    focus = document.settings.focus

    def weights_batch() -> None:
        batch = simulate_batch(model, weights=sampled, steps=STEPS)
        for construct_id in focus:
            batch.series(construct_id)

    report(
        f"batch {BATCH} x {STEPS} steps, weights, {len(focus)} series",
        measure(weights_batch, 9, warmup=1),
        0.5,
        "s",
    )
    levels = rng.uniform(0.0, 1.0, (BATCH, len(model.stimulus_ids)))

    def stimuli_batch() -> None:
        batch = simulate_batch(model, stimuli=levels, steps=STEPS)
        for construct_id in focus:
            batch.series(construct_id)

    report(
        f"batch {BATCH} x {STEPS} steps, stimuli, {len(focus)} series",
        measure(stimuli_batch, 9, warmup=1),
        0.5,
        "s",
    )
    report(
        "  the same, every level as one (K, T, n) array",
        measure(lambda: simulate_batch(model, stimuli=levels, steps=STEPS).levels, 5, warmup=1),
        None,
        "s",
    )

    large = compile_model(random_model(200, 20, seed=1))
    rest = steady_state(large)
    report(
        f"steady state, 200 constructs ({rest.steps} steps)",
        measure(lambda: steady_state(large), 50),
        5.0,
    )

    reference = python_reference(document, STEPS)
    engine = Simulator(load_preset(DEFAULT_PRESET)).run(STEPS)  # weights untouched
    gap = max(
        abs(engine.levels[k, i] - reference[k][cid])
        for k in range(STEPS + 1)
        for i, cid in enumerate(engine.ids)
    )
    plain = report(
        f"pure-Python loop, {STEPS} steps",
        measure(lambda: python_reference(document, STEPS), 200),
        None,
    )
    print(f"\npure Python / engine (medians): {plain / single:.1f}x; largest difference {gap:.1e}")
    print(f"load average after: {', '.join(f'{v:.2f}' for v in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
