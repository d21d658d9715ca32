"""Shared fixtures of the window tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtGui import QUndoStack

from synergy_gui.assets import presets_dir
from synergy_gui.model import ModelDocument
from synergy_gui.model.fileformat import load_document
from synergy_gui.model.view_state import ViewState
from synergy_gui.ui.panels.quick_matplotlib import skip_set_help_texts

skip_set_help_texts()  # the window tests draw with matplotlib loaded as a launch loads it


@pytest.fixture
def settings_dir(qapp, tmp_path: Path) -> Path:
    """Settings and recent files go to a temporary folder under a test organisation."""
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("Synergy Explorer Tests")
    QCoreApplication.setApplicationName("synergy-explorer-test")
    folder = tmp_path / "settings"
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()
    return folder


@pytest.fixture
def document() -> ModelDocument:
    """The default preset, fresh for each test (a module may define its own)."""
    return load_document(presets_dir() / "synergistic_influence.synergy.json")


@pytest.fixture
def stack(qapp) -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def panel(qtbot, settings_dir: Path, document: ModelDocument):
    """The simulation panel on ``document``, shown at a plot-sized shape (with settings of
    its own, so a "Fit y to data" ticked by an earlier test does not carry over)."""
    from synergy_gui.ui.panels.simulation_panel import SimulationPanel

    panel = SimulationPanel(document, ViewState(document))
    qtbot.addWidget(panel)
    panel.resize(1100, 380)
    with qtbot.waitExposed(panel):
        panel.show()
    return panel


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes shown (headline, details) instead of blocking; prompts answer discard."""
    from PySide6.QtWidgets import QMessageBox

    from synergy_gui.ui import messages

    shown: list[tuple[str, str]] = []

    def record(box: QMessageBox) -> int:
        shown.append((box.text(), box.informativeText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    monkeypatch.setattr(messages, "ask_save_changes", lambda *_: "discard")
    return shown


@pytest.fixture
def window(qtbot, settings_dir: Path, boxes):
    """The main window on the default preset, shown, with message boxes recorded (a module
    may define its own)."""
    from synergy_gui.ui.main_window import MainWindow

    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    return main
