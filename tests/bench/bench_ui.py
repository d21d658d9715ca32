"""Benchmark of the window (prints figures; not collected by pytest).

1. Slider value change → plots and diagram repainted, on the default preset (alone and while
   comparing 4 scenarios: every compared run, the table and the badges follow) and on a
   generated 200-construct model: median and p95 over many changes (budgets: default median
   ≤ 8 ms and p95 ≤ 16 ms, comparing too; 200 constructs p95 ≤ 33 ms).
2. Launch to a visible, usable window (first result plotted) in a fresh process (≤ 1.0 s,
   DESIGN.md §budgets: "launch to a usable window with the plots drawn (from source)").

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_ui.py``
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CHANGES = 300
WARM_UP = 20
LAUNCHES = 5

_CHILD = """
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from synergy_gui.ui.app import create_application, show_window
app = create_application()
marks = {}
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "painted" not in marks:
            QTimer.singleShot(0, lambda: marks.setdefault("painted", time.time()))
        return False
first_paint = FirstPaint()
app.installEventFilter(first_paint)
window = show_window(None)
def check():
    panel = window.results.panel
    if "painted" in marks and panel is not None and panel.result is not None:
        marks["plotted"] = time.time()
        print("ready", marks["painted"], marks["plotted"], flush=True)
        window.undo_stack.setClean()
        app.quit()
    else:
        QTimer.singleShot(1, check)
QTimer.singleShot(0, check)
app.exec()
"""


def generated_model(constructs: int = 200, seed: int = 7):
    """A layered S-O-R model: 10% stimuli, 60% organism, 30% responses, 2-3 paths into each."""
    from synergy_gui.model import ModelDocument

    rng = random.Random(seed)
    document = ModelDocument()
    counts = {"stimulus": constructs // 10, "response": constructs * 3 // 10}
    counts["organism"] = constructs - counts["stimulus"] - counts["response"]
    layers: dict[str, list[str]] = {}
    for column, role in enumerate(("stimulus", "organism", "response")):
        layers[role] = [
            document.new_construct(f"{role.title()} {n + 1}", role, (column * 300.0, n * 90.0)).id
            for n in range(counts[role])
        ]
    upstream = list(layers["stimulus"])
    for role in ("organism", "response"):
        for target in layers[role]:
            for source in rng.sample(upstream, k=min(len(upstream), rng.choice((2, 3)))):
                document.connect(source, target, round(rng.uniform(-0.4, 0.6), 2))
            if role == "organism":
                upstream.append(target)
    document.update_settings(focus=layers["response"][:3], horizon=104)
    return document


class RepaintWatch:
    """Notes paint events of the diagram's viewport and the plot canvas."""

    def __init__(self, window) -> None:
        from PySide6.QtCore import QEvent, QObject

        watched = {window.view.viewport(): "diagram", window.simulation_panel.plot: "plot"}
        self.seen: set[str] = set()

        class Filter(QObject):
            def eventFilter(inner, obj, event):  # noqa: N805
                if event.type() == QEvent.Type.Paint and obj in watched:
                    self.seen.add(watched[obj])
                return False

        self._filter = Filter()
        for widget in watched:
            widget.installEventFilter(self._filter)


def time_changes(window, slider, changes: int) -> tuple[list[float], int]:
    """Milliseconds from a slider value change until plot and diagram have been repainted."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    watch = RepaintWatch(window)
    samples, both = [], 0
    steps = slider.maximum()
    slider.sliderPressed.emit()
    for n in range(changes + WARM_UP):
        target = (n * 37) % steps
        runs = window.controller.run_count
        watch.seen.clear()
        start = time.perf_counter()
        slider.setValue(target if target != slider.value() else (target + 1) % steps)
        idle = 0
        while not (window.controller.run_count > runs and watch.seen >= {"plot", "diagram"}):
            app.processEvents()
            if window.controller.run_count > runs:
                idle += 1
                if idle > 3:  # the change moved no level bar: nothing more will paint
                    break
        elapsed = (time.perf_counter() - start) * 1000
        if n >= WARM_UP:
            samples.append(elapsed)
            both += watch.seen >= {"plot", "diagram"}
    slider.sliderReleased.emit()
    return samples, both


def report(name: str, samples: list[float], both: int) -> None:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * len(ordered)) - 1)]
    print(
        f"{name}: median {statistics.median(samples):.2f} ms, p95 {p95:.2f} ms, "
        f"max {ordered[-1]:.2f} ms over {len(samples)} changes "
        f"({both} repainted both plot and diagram)"
    )


def bench_sliders(changes: int) -> None:
    from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

    from synergy_gui.model.fileformat import save_document
    from synergy_gui.ui.app import create_application

    app = create_application()  # before any diagram module: their fonts need the application
    from synergy_gui.ui.main_window import MainWindow

    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("Synergy Explorer Bench")
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, folder)
        window = MainWindow()
        window.resize(1600, 1000)
        window.show()
        while window.controller.last_result is None:
            app.processEvents()
        slider = window.stimulus_panel.slider_for("interactivity")
        report("default preset, stimulus slider", *time_changes(window, slider, changes))
        weight = window.weights_panel.slider_for("digital_trust__loyalty")
        report("default preset, path weight slider", *time_changes(window, weight, changes))
        compared = [None, *(s.name for s in window.document.scenarios)][:4]
        window.view_state.set_compared(compared)
        while window.controller.pending:
            app.processEvents()
        name = f"comparing {len(compared)} scenarios"
        report(f"default preset, {name}, stimulus slider", *time_changes(window, slider, changes))
        report(f"default preset, {name}, weight slider", *time_changes(window, weight, changes))
        window.view_state.set_compared([])

        window.undo_stack.setClean()  # no "save changes?" prompt before the next open
        big = Path(folder) / "generated-200.synergy.json"
        save_document(generated_model(), big)
        assert window.open_path(big)
        window.view.fit_all()
        while window.controller.pending or window.stimulus_panel.stale:
            app.processEvents()
        first = window.stimulus_panel.stimulus_ids()[0]
        slider = window.stimulus_panel.slider_for(first)
        report("200 constructs, stimulus slider", *time_changes(window, slider, changes))
        window.undo_stack.setClean()
        window.close()


def bench_launch(launches: int) -> None:
    """Seconds from starting a fresh Python until the window is painted, and until the plots
    show the first result (they load just after the window appears).

    Python caches compiled modules as a pip install or the bundle has them; an environment that
    sets PYTHONDONTWRITEBYTECODE would compile every module at every launch instead, so the
    children run without it, after one launch that writes the cache (reported apart).
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    # a first launch's layout: not the docks an earlier session on this machine left open
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="bench-config-")
    first = _launch(env)
    if first is None:
        return
    print(f"first launch (compiles the modules it finds uncached): plots drawn {first[1]:.2f} s")
    painted, plotted = [], []
    for _ in range(launches):
        found = _launch(env)
        if found is None:
            return
        painted.append(found[0])
        plotted.append(found[1])
    for name, times in (("window painted", painted), ("plots drawn", plotted)):
        print(
            f"launch to {name}: median {statistics.median(times):.2f} s, best "
            f"{min(times):.2f} s, worst {max(times):.2f} s over {len(times)} fresh processes"
        )


def _launch(env: dict[str, str]) -> tuple[float, float] | None:
    """(painted, plotted) seconds after the start of one fresh process; None if it failed."""
    start = time.time()
    output = subprocess.run(
        [sys.executable, "-c", _CHILD], capture_output=True, text=True, timeout=60, env=env
    )
    words = output.stdout.split()
    if not words or words[0] != "ready":
        print("launch failed:", output.stderr.strip().splitlines()[-1:])
        return None
    return float(words[1]) - start, float(words[2]) - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=CHANGES)
    parser.add_argument("--launches", type=int, default=LAUNCHES)
    options = parser.parse_args()
    bench_launch(options.launches)
    bench_sliders(options.changes)


if __name__ == "__main__":
    main()
