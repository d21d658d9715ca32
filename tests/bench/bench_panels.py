"""Benchmark: slider value change → undo command → controller result → plot blitted.

Prints median and p95 over N changes on the default preset and on a 200-construct model, plus
what a full canvas draw would cost and how long the weights panel takes to follow a structural
change. Not collected by pytest; run it with

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_panels.py [--changes 200]

``measure_changes(slider, settle, positions)`` is the reusable part: the window's benchmark can
pass its own ``settle`` (e.g. run the controller and repaint the diagram).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication, QSlider

from synergy_gui.assets import presets_dir
from synergy_gui.model import ModelDocument
from synergy_gui.model.fileformat import load_document

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ui"))  # the window's wiring
from live_parts import LiveWindowParts


def measure_changes(
    slider: QSlider, settle: Callable[[], object], positions: Sequence[int]
) -> list[float]:
    """Milliseconds from ``slider.setValue(p)`` until ``settle()`` returns, per position."""
    times = []
    for position in positions:
        start = time.perf_counter()
        slider.setValue(position)
        settle()
        times.append((time.perf_counter() - start) * 1000.0)
    return times


def summary(times: Sequence[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"median {statistics.median(ordered):6.2f} ms   p95 {p95:6.2f} ms   (n={len(ordered)})"


def positions(count: int, steps: int, seed: int = 1) -> list[int]:
    """A drag back and forth with some jumps, never the same value twice in a row."""
    rng = random.Random(seed)
    values, current = [], steps // 2
    for _ in range(count):
        step = rng.choice([-1, 1]) * rng.randint(1, steps // 20)
        current = min(steps, max(0, current + step))
        values.append(current if not values or current != values[-1] else (current + 1) % steps)
    return values


def large_model(constructs: int = 200, seed: int = 7) -> ModelDocument:
    """20 stimuli, then organisms and responses, each with three paths in; a few junctions."""
    rng = random.Random(seed)
    doc = ModelDocument()
    stimuli = 20
    for index in range(constructs):
        role = "stimulus" if index < stimuli else "organism" if index < 140 else "response"
        doc.new_construct(f"Construct {index}", role)
        doc.update_construct(f"construct_{index}", tau_rise=rng.uniform(1, 6))
    ids = [c.id for c in doc.constructs]
    for index in range(stimuli, constructs):
        for source in rng.sample(ids[:index], 3):
            doc.connect(source, ids[index], round(rng.uniform(-0.3, 0.3), 3))
    for index in range(stimuli, constructs, 20):
        doc.new_junction(ids[index - 2 : index], ids[index], 0.05)
    doc.update_settings(focus=[ids[60], ids[150], ids[-1]], horizon=104)
    return doc


class Bench(LiveWindowParts):
    """The panels and controller wired as the window wires them (one view state, results
    through the results view to the plots and the diagram), shown offscreen."""

    def __init__(self, document: ModelDocument) -> None:
        super().__init__(None, document, size=(1200, 360))
        self.ensure_panel()
        QApplication.processEvents()
        self.controller.run_now()
        QApplication.processEvents()

    def settle_now(self) -> None:
        self.controller.run_now()

    def settle_by_event_loop(self) -> None:
        while self.controller.pending:
            QApplication.processEvents()


def report(name: str, document: ModelDocument, count: int) -> None:
    bench = Bench(document)
    stimulus = bench.stimuli.stimulus_ids()[0]
    slider = bench.stimuli.slider_for(stimulus)
    print(f"\n{name}: {len(document.constructs)} constructs, {len(bench.weights.item_ids())} "
          f"weights, {bench.controller.last_result.steps} steps")  # fmt: skip
    draws, blits = bench.plot.plot.full_draws, bench.plot.plot.blits
    steps = slider.maximum()
    times = measure_changes(slider, bench.settle_now, positions(count, steps))
    print(f"  stimulus slider → result → plot blitted (run_now):     {summary(times)}")
    times = measure_changes(slider, bench.settle_by_event_loop, positions(count, steps, 2))
    print(f"  the same through the event loop (zero-delay timer):    {summary(times)}")
    print(f"  full draws during those {2 * count} changes: {bench.plot.plot.full_draws - draws}, "
          f"blits: {bench.plot.plot.blits - blits}")  # fmt: skip
    weight = bench.weights.item_ids()[0]
    weight_slider = bench.weights.slider_for(weight)
    times = measure_changes(weight_slider, bench.settle_now, positions(count, 2000, 3))
    print(f"  weight slider → result → plot blitted (run_now):       {summary(times)}")
    full = []
    for _ in range(20):
        start = time.perf_counter()
        bench.plot.plot.draw()
        full.append((time.perf_counter() - start) * 1000.0)
    print(f"  for comparison, one full canvas.draw():                 {summary(full)}")
    rebuild = []
    for index in range(20):
        start = time.perf_counter()
        path = document.connect(stimulus, document.constructs[-1 - index % 3].id, 0.1)
        bench.weights.ensure_current()
        rebuild.append((time.perf_counter() - start) * 1000.0)
        document.remove_path(path.id)
        bench.weights.ensure_current()
    print(f"  weights panel follows an added path:                   {summary(rebuild)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=200)
    args = parser.parse_args()
    QApplication.instance() or QApplication([])
    # Multi-threaded BLAS on two busy cores gives the 200-construct run bimodal 4/24 ms times.
    threads = os.environ.get("OPENBLAS_NUM_THREADS", "unset")
    print(f"OPENBLAS_NUM_THREADS={threads}")
    default = load_document(presets_dir() / "synergistic_influence.synergy.json")
    default.update_settings(horizon=104)
    report("Default preset (horizon 104)", default, args.changes)
    report("200-construct model", large_model(), args.changes)


if __name__ == "__main__":
    main()
