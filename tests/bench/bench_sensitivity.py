"""Benchmark of sensitivity analysis on the default preset (a script, not a test).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_sensitivity.py``.
Prints:

- Sobol indices over every weight and stimulus of the default preset (23 parameters),
  N = 1,024 (25,600 runs), loyalty at week 52 and where it settles (budget 3 s);
- the tornado and Morris (64 trajectories) for comparison;
- the event-loop latency during a Sobol run started from the Sensitivity panel: a QTimer
  ticking every 4 ms records how late each tick comes (budget p95 ≤ 16 ms).

SALib is imported once before timing (its first import, about a second, is reported apart).
The machine's load is printed with the figures: the machine may be shared.
"""

from __future__ import annotations

import os
import statistics
import sys
import time

from synergy_gui.engine.sensitivity import SensitivityRequest, run_sensitivity
from synergy_gui.model.presets import DEFAULT_PRESET, load_preset

TICK_MS = 4
SAMPLES = 1024


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} CPUs"


def timed(document, request: SensitivityRequest, repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        result = run_sensitivity(document, None, request)
        times.append(time.perf_counter() - start)
    print(
        f"  {request.method:<8} {_when(request):<18} {result.evaluations:>7,} runs  "
        f"median {statistics.median(times):6.3f} s  min-max {min(times):.3f}-{max(times):.3f}"
        f"  (n={repeats})"
    )
    return times


def _when(request: SensitivityRequest) -> str:
    return "where it settles" if request.week is None else f"at week {request.week:g}"


def engine_figures(document) -> None:
    start = time.perf_counter()
    import SALib.analyze.sobol
    import SALib.sample.sobol  # noqa: F401

    print(f"SALib's first import: {time.perf_counter() - start:.2f} s (once per session)")
    print(f"Sobol, N = {SAMPLES}, every weight and stimulus (budget 3 s):")
    worst = 0.0
    for week in (52.0, None):
        request = SensitivityRequest("loyalty", week, "sobol", SAMPLES)
        worst = max(worst, statistics.median(timed(document, request, 3)))
    print(f"  budget 3 s: {'OK' if worst <= 3.0 else 'OVER'} (slowest median {worst:.3f} s)")
    print("For comparison:")
    for week in (52.0, None):
        timed(document, SensitivityRequest("loyalty", week, "tornado"), 5)
        timed(document, SensitivityRequest("loyalty", week, "morris", 64), 3)


def event_loop_latency(document) -> None:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from synergy_gui.model.view_state import ViewState
    from synergy_gui.ui.panels.sensitivity_panel import SensitivityPanel
    from synergy_gui.ui.sensitivity_controller import SensitivityController

    app = QApplication.instance() or QApplication(sys.argv)
    panel = SensitivityPanel()
    controller = SensitivityController(document, ViewState(document), panel)
    panel.resize(700, 760)
    panel.show()
    app.processEvents()
    for week, label in ((52.0, "at week 52"), (None, "where it settles")):
        panel.method.setCurrentIndex(panel.method.findData("sobol"))
        panel.samples.setValue(SAMPLES)
        panel.when.setCurrentIndex(panel.when.findData("settled" if week is None else "week"))
        panel.week.setValue(52 if week is not None else 26)
        late, clock = [], QElapsedTimer()
        timer = QTimer()
        timer.setInterval(TICK_MS)

        def tick(late=late, clock=clock) -> None:
            late.append(max(0.0, clock.nsecsElapsed() / 1e6 - TICK_MS))
            clock.restart()

        timer.timeout.connect(tick)
        start = time.perf_counter()
        panel.run_button.click()
        clock.start()
        timer.start()
        loop = QEventLoop()
        controller.resultReady.connect(loop.quit)
        loop.exec()  # the window's own kind of event loop, until the result is shown
        controller.resultReady.disconnect(loop.quit)
        timer.stop()
        duration = time.perf_counter() - start
        values = sorted(late)
        p95 = values[int(0.95 * (len(values) - 1))]
        print(
            f"Event loop during a Sobol run ({label}, {duration:.2f} s, {len(values)} ticks of "
            f"{TICK_MS} ms): lateness median {statistics.median(values):.2f} ms, "
            f"p95 {p95:.2f} ms, max {values[-1]:.2f} ms; budget p95 16 ms: "
            f"{'OK' if p95 <= 16 else 'OVER'}"
        )
    controller.shutdown()
    panel.close()


def main() -> None:
    document = load_preset(DEFAULT_PRESET)
    print(f"Before: {load()}")
    engine_figures(document)
    event_loop_latency(document)
    print(f"After: {load()}")


if __name__ == "__main__":
    main()
