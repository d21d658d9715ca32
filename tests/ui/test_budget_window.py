"""The Budget dock in the main window: listed in View ▸ Panels, hidden until asked for, its
edits on the window's undo stack, and its allocation compared in the plots."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from synergy_gui.ui import messages
from synergy_gui.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, settings_dir: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(messages, "ask_save_changes", lambda *_: "discard")
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.controller.last_result is not None)
    return main


def _settle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.budget.pending, timeout=10000)


def test_the_budget_dock_is_a_hidden_bottom_panel_listed_in_the_view_menu(window: MainWindow):
    dock = window.docks["budget"]
    assert dock.windowTitle() == "Budget" and dock.isHidden()
    panels = [a.text() for a in window.findChildren(type(dock.toggleViewAction()))]
    assert "Budget" in panels
    assert window.budget.curves_job is None  # a hidden dock computes nothing


def test_shown_it_draws_the_curves_and_its_edits_undo_through_the_window(qtbot, window):
    window.docks["budget"].show()
    _settle(qtbot, window)
    panel = window.budget_panel
    assert set(panel.curves.lines) == {"community", "personalised_ads", "influencers", "reviews"}
    before = window.document.clone()
    slider = panel.row("reviews").slider
    slider.sliderPressed.emit()
    slider.setValue(slider.value() + 50)
    slider.setValue(slider.value() + 50)
    slider.sliderReleased.emit()
    assert window.undo_stack.count() == 1
    window.actions["edit.undo"].trigger()
    assert window.document == before


def test_an_allocation_is_compared_with_the_current_plan_in_the_plots(qtbot, window):
    window.docks["budget"].show()
    _settle(qtbot, window)
    form = window.budget_panel.allocator
    form.set_amount("extra", "100k")
    form.allocate_button.click()
    _settle(qtbot, window)
    form.compare_button.click()
    assert window.view_state.comparing
    qtbot.waitUntil(lambda: "Allocation" in getattr(window.controller.last_comparison, "keys", ()))
    runs = window.controller.last_comparison.results
    found = window.budget.last_allocation
    assert runs["Allocation"].series("loyalty")[26] == pytest.approx(found.outcome, abs=1e-12)
    assert runs["Current plan"].series("loyalty")[26] == pytest.approx(
        found.current_outcome, abs=1e-12
    )


@pytest.mark.parametrize(("width", "tabbed"), [(1024, True), (1600, False)])
def test_a_narrow_window_puts_the_budget_behind_the_plots(qtbot, window, width, tabbed):
    window.resize(width, 760)
    qtbot.wait(10)
    window.docks["budget"].show()
    plots, budget = window.docks["simulation"], window.docks["budget"]
    assert (budget in window.tabifiedDockWidgets(plots)) is tabbed
    assert window.width() == width  # showing it never widens the window past the screen


def test_a_window_opening_with_the_dock_shown_keeps_its_size(qtbot, settings_dir, monkeypatch):
    monkeypatch.setattr(messages, "ask_save_changes", lambda *_: "discard")
    main = MainWindow()
    qtbot.addWidget(main)
    main.resize(1600, 900)
    main.docks["budget"].show()  # as a saved layout brings it back
    with qtbot.waitExposed(main):
        main.show()
    assert main.width() == 1600
    assert main.docks["budget"] not in main.tabifiedDockWidgets(main.docks["simulation"])


def test_a_hidden_budget_dock_neither_draws_nor_computes_while_a_slider_moves(
    window: MainWindow, qtbot
):
    assert window.docks["budget"].isHidden()
    draws, jobs = [], []
    window.budget_panel.curves.draw_idle = lambda: draws.append(1)
    window.budget_panel.set_outcomes = lambda *a, **k: jobs.append(1)
    slider = window.stimulus_panel.slider_for("interactivity")
    for _step in range(5):
        slider.setValue(slider.value() - 5)
        window.controller.run_now()
        qtbot.wait(5)
    assert draws == [] and jobs == []  # each step cost the hidden dock a full figure draw
    assert window.budget.curves_job is None


def test_the_window_is_built_without_loading_matplotlib_for_docks_not_yet_shown():
    """matplotlib costs a launch about 0.4 s: only the plots, drawn after the window first
    paints, may bring it in (the Budget dock's plots are made when it is first shown)."""
    import os
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from synergy_gui.ui.main_window import MainWindow\n"
        "window = MainWindow()\n"
        "print('matplotlib' in sys.modules)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip().splitlines()[-1] == "False"
