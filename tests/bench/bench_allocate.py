"""Benchmark of the budget layer on the default preset's 4 channels (a script, not a test).

Run: ``.venv/bin/python tests/bench/bench_allocate.py``. Prints median and spread of: one
allocation of the current total for the most loyalty at week 26 (budget 1 s), the least spend
that brings loyalty to 0.58 by week 26, where 50,000 more should go, every channel's response
curve (41 points each), and one batch of 64 spend splits; then the machine's load.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable

import numpy as np

from synergy_gui.engine.allocate import maximise, minimise_spend, place_extra
from synergy_gui.engine.response import response_curves
from synergy_gui.engine.spend_runs import Outcome, SpendProblem
from synergy_gui.model.presets import DEFAULT_PRESET, load_preset


def measure(action: Callable[[], object], repeats: int, warmup: int = 2) -> list[float]:
    """Wall-clock seconds of ``repeats`` calls, after ``warmup`` calls."""
    for _ in range(warmup):
        action()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def report(name: str, times: list[float], budget_ms: float | None = None) -> float:
    values = sorted(t * 1e3 for t in times)
    quartiles = statistics.quantiles(values, n=4)
    median = statistics.median(values)
    verdict = ""
    if budget_ms is not None:
        verdict = f"  budget {budget_ms:g} ms: {'OK' if median <= budget_ms else 'OVER'}"
    print(
        f"{name:<46} median {median:8.2f} ms  IQR {quartiles[0]:.2f}-{quartiles[2]:.2f}"
        f"  min-max {values[0]:.2f}-{values[-1]:.2f}  (n={len(values)}){verdict}"
    )
    return median


def main() -> None:
    document = load_preset(DEFAULT_PRESET)
    print(f"{DEFAULT_PRESET}: {len(document.channels)} channels, "
          f"{document.settings.horizon} weeks")  # fmt: skip

    def problem() -> SpendProblem:
        return SpendProblem(document, Outcome("loyalty", 26))

    budget = float(problem().current.sum())
    report("one allocation (compile + maximise)", measure(
        lambda: maximise(problem(), budget), 15), budget_ms=1000.0)  # fmt: skip
    found = maximise(problem(), budget)
    print(f"  loyalty at week 26: {found.current_outcome:.4f} now → {found.outcome:.4f} "
          f"for the same {budget:,.0f}")  # fmt: skip
    report("least spend for loyalty ≥ 0.58 by week 26", measure(
        lambda: minimise_spend(problem(), 0.58), 5))  # fmt: skip
    report("where 50,000 more should go", measure(lambda: place_extra(problem(), 50_000.0), 15))
    report("response curves (4 × 41 points)", measure(lambda: response_curves(problem()), 15))
    fixed = problem()
    splits = np.random.default_rng(0).dirichlet(np.ones(4), 64) * budget
    report("one batch of 64 spend splits", measure(lambda: fixed.outcomes(splits), 30))
    load = os.getloadavg()
    print(f"machine load (1, 5, 15 min): {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; "
          f"{os.cpu_count()} cores")  # fmt: skip


if __name__ == "__main__":
    main()
