"""Shared fixtures of the window tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths


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
