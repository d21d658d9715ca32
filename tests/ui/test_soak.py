"""Soak: ten thousand slider moves with redraws in one process, and the window still answers.

Qt binding reference leaks (a reference dropped on every void call, say) abort the process
after a few thousand GUI updates; this drives the whole path each time: slider → undo command
→ document → engine run → plot lines and diagram level bars repainted.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from synergy_gui.engine import Simulator
from synergy_gui.ui import messages
from synergy_gui.ui.main_window import MainWindow

MOVES = 10_000
MOVES_PER_DRAG = 50


@pytest.fixture
def window(qtbot, qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("Synergy Explorer Tests")
    QCoreApplication.setApplicationName("synergy-explorer-soak-test")
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(messages, "ask_save_changes", lambda *_: "discard")
    main = MainWindow()
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitUntil(lambda: main.controller.last_result is not None)
    return main


def _position(move: int, steps: int) -> int:
    """A sweep back and forth over the whole range, extremes included."""
    return round(steps * (0.5 + 0.5 * math.sin(move * 0.37)))


def test_ten_thousand_slider_moves_leave_the_window_alive_and_answering(window: MainWindow):
    app = QApplication.instance()
    sliders = [
        window.stimulus_panel.slider_for("interactivity"),
        window.stimulus_panel.slider_for("personalization"),
        window.weights_panel.slider_for("digital_trust__loyalty"),
    ]
    runs_before = window.controller.run_count
    for move in range(MOVES):
        slider = sliders[(move // MOVES_PER_DRAG) % len(sliders)]
        if move % MOVES_PER_DRAG == 0:
            slider.sliderPressed.emit()
        slider.setValue(_position(move, slider.maximum()))
        app.processEvents()  # one engine run, plot blit and diagram repaint per move
        if move % MOVES_PER_DRAG == MOVES_PER_DRAG - 1:
            slider.sliderReleased.emit()

    assert window.controller.run_count - runs_before >= MOVES * 0.9
    assert window.undo_stack.count() == MOVES // MOVES_PER_DRAG  # one step per drag
    expected = Simulator(window.document.clone()).run()
    plotted = window.simulation_panel.line_data("loyalty")[1]
    np.testing.assert_allclose(plotted, expected.series("loyalty"))
    shown = window.scene.item_for("digital_trust").level_text  # as written on the diagram
    assert shown == f"{expected.final('digital_trust'):.2f}"

    answered: list[bool] = []
    QTimer.singleShot(0, lambda: answered.append(True))
    app.processEvents()
    assert answered == [True]
    window.actions["edit.undo"].trigger()
    assert window.undo_stack.index() == MOVES // MOVES_PER_DRAG - 1
