"""Benchmark of the uncertainty bands on the default preset (a script, not a test).

Run: ``.venv/bin/python tests/bench/bench_bands.py``. Prints median and spread of:
1,000-run bands of the plotted constructs as the window asks for them (budget 50 ms), the
same over 104 steps, 10,000-run bands of every construct over 104 steps (budget 0.5 s),
and the GUI thread's share of a band request (the document copy a batch takes with it).
Every weight has the default sd 0.05. The machine's load is printed before and after.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_engine import measure, report

from synergy_gui.engine import compile_model
from synergy_gui.engine.montecarlo import monte_carlo, weight_sds
from synergy_gui.model.presets import DEFAULT_PRESET, load_preset

DEFAULT_SD = 0.05


def _load() -> str:
    return ", ".join(f"{v:.2f}" for v in os.getloadavg())


def main() -> int:
    print(f"load average before: {_load()}  ({os.cpu_count()} cores)")
    document = load_preset(DEFAULT_PRESET)
    document.update_settings(default_sd=DEFAULT_SD)
    focus = list(document.settings.focus)
    horizon = document.settings.horizon
    print(f"{DEFAULT_PRESET}: {len(document.constructs)} constructs, horizon {horizon} steps")

    def window_request() -> None:  # what one batch of the window does, copy included
        monte_carlo(document.clone(), None, 1_000, 12, constructs=focus)

    report(f"1,000-run bands, focus, {horizon} steps", measure(window_request, 30), 50.0)

    long = document.clone()
    long.update_settings(horizon=104)
    model = compile_model(long)
    sds = weight_sds(long, model.item_ids, DEFAULT_SD)

    def thousand() -> None:
        monte_carlo(model, runs=1_000, seed=12, sds=sds, constructs=focus)

    def ten_thousand() -> None:
        monte_carlo(model, runs=10_000, seed=12, sds=sds)

    report("1,000-run bands, focus, 104 steps", measure(thousand, 30), 50.0)
    report("10,000-run bands, every construct, 104 steps", measure(ten_thousand, 10), 0.5, "s")
    report("GUI thread: the document copy per batch", measure(document.clone, 200), None)
    print(f"load average after: {_load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
