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
    panel.show()
    qtbot.waitExposed(panel)
    return panel
