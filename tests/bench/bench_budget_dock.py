"""Benchmark of the Budget dock (prints figures; not collected by pytest).

A spend slider step on the default preset's 4 channels → the edit pushed (GUI thread) → the
curves computed in their thread → shown and drawn. Prints the median and p95 of the GUI
thread's share (what a drag holds the window for; the design's budget for a slider is p95
≤ 16 ms) and of the whole round trip to new curves on screen; then one allocation through the
dock (button to answer shown, the engine's ~30 ms plus the thread and the scenario added).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_budget_dock.py``
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STEPS = 200


def _percentiles(values: list[float]) -> str:
    values = sorted(v * 1e3 for v in values)
    p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
    return f"median {statistics.median(values):6.2f} ms  p95 {p95:6.2f} ms  (n={len(values)})"


def main() -> None:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from synergy_gui.model.presets import DEFAULT_PRESET, load_preset
    from synergy_gui.model.view_state import ViewState
    from synergy_gui.ui.budget_controller import BudgetController
    from synergy_gui.ui.channel_editor import ChannelEditor
    from synergy_gui.ui.panels.budget_panel import BudgetPanel

    app = QApplication.instance() or QApplication([])
    document = load_preset(DEFAULT_PRESET)
    stack, view = QUndoStack(), ViewState(document)
    panel = BudgetPanel(ChannelEditor(document, stack, view))
    panel.resize(1000, 460)
    panel.show()
    controller = BudgetController(document, view, stack, panel)

    def settle() -> None:
        while controller.pending:
            app.processEvents()
        app.processEvents()

    settle()
    slider = panel.row("community").slider
    gui, round_trip = [], []
    slider.sliderPressed.emit()
    for step in range(STEPS):
        start = time.perf_counter()
        slider.setValue(300 + (step % 400))
        gui.append(time.perf_counter() - start)
        settle()  # the curves arrive and are blitted (or drawn, when the frame moves)
        round_trip.append(time.perf_counter() - start)
    slider.sliderReleased.emit()
    curves = panel.curves
    print(f"frames: {curves.blits} blitted, {curves.full_draws} drawn in full")
    print(f"spend slider step, GUI thread          {_percentiles(gui)}")
    print(f"spend slider step → new curves drawn   {_percentiles(round_trip)}")
    print(f"undo steps for the {STEPS}-step drag: {stack.count()}")
    form = panel.allocator
    form.set_amount("maximise", "677,600")
    start = time.perf_counter()
    form.allocate_button.click()
    settle()
    print(f"one allocation through the dock        {(time.perf_counter() - start) * 1e3:6.1f} ms")
    print(f"load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
