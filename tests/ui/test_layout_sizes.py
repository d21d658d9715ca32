"""The window at the screen sizes lecturers meet (1024×700, 1366×768, 1920×1080), for every
shipped preset: after Fit the whole diagram is on screen and legible (or drawn with less
detail, as designed), no dock is squeezed below its minimum and the time slider stays usable.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from synergy_gui.model.presets import list_presets
from synergy_gui.ui import messages, theme
from synergy_gui.ui.graph.view import LABEL_FLOOR_PIXELS
from synergy_gui.ui.main_window import MainWindow
from synergy_gui.ui.panels.time_cursor import MIN_SLIDER_WIDTH

SIZES = [(1024, 700), (1366, 768), (1920, 1080)]
PRESETS = [info.name for info in list_presets()]


@pytest.fixture
def make_window(qtbot, settings_dir: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(messages, "ask_save_changes", lambda *_: "discard")
    theme.apply_theme(QApplication.instance(), dark=False)

    def build(preset: str, width: int, height: int) -> MainWindow:
        window = MainWindow()
        qtbot.addWidget(window)
        assert window.open_preset(preset)
        window.resize(width, height)
        with qtbot.waitExposed(window):
            window.show()
        window.simulation_panel  # noqa: B018 (built as on first paint: it takes its room)
        qtbot.waitUntil(lambda: window.controller.last_result is not None)
        QApplication.processEvents()
        window.view.fit_all()
        return window

    return build


def constructs_outside(window: MainWindow) -> list[str]:
    view, scene = window.view, window.scene
    viewport = view.viewport().rect()
    outside = []
    for construct in window.document.constructs:
        box = view.mapFromScene(scene.item_for(construct.id).sceneBoundingRect()).boundingRect()
        if not viewport.contains(box):
            outside.append(construct.id)
    return outside


@pytest.mark.parametrize("width, height", SIZES)
@pytest.mark.parametrize("preset", PRESETS)
def test_fit_shows_every_construct_legibly(make_window, preset, width, height):
    window = make_window(preset, width, height)
    assert constructs_outside(window) == []
    assert window.view.label_pixel_size() >= LABEL_FLOOR_PIXELS


@pytest.mark.parametrize("width, height", SIZES)
def test_fit_again_after_zooming_and_panning_shows_everything(make_window, width, height):
    window = make_window("kol_koc_journey", width, height)
    window.view.set_zoom(2.5)
    window.view.pan_by(400, -300)
    assert constructs_outside(window)
    window.view.fit_all()
    assert constructs_outside(window) == []


@pytest.mark.parametrize("width, height", SIZES)
def test_docks_keep_their_minimum_and_the_time_slider_stays_usable(make_window, width, height):
    window = make_window("synergistic_influence", width, height)
    for name, dock in window.docks.items():
        if dock.isVisible():
            least = max(dock.minimumSizeHint().width(), dock.minimumWidth())
            assert dock.width() >= least, name
    assert window.simulation_panel.cursor.slider.width() >= MIN_SLIDER_WIDTH
