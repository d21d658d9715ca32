"""What the trial found in the plots: "&" in menus, a y axis fitted to the data, a legend that
fits, when levels settle, icons that follow the palette."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from synergy_gui.assets import presets_dir
from synergy_gui.model.fileformat import load_document
from synergy_gui.ui.panels.simulation_panel import SimulationPanel


@pytest.fixture
def document():
    return load_document(presets_dir() / "synergistic_influence.synergy.json")


@pytest.fixture
def panel(qtbot, document) -> SimulationPanel:
    panel = SimulationPanel(document)
    qtbot.addWidget(panel)
    panel.resize(1100, 380)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_an_ampersand_in_a_label_shows_in_the_plotted_constructs_menu(qtbot, document):
    first = document.constructs[0].id
    document.update_construct(first, label="Misinformation & fake accounts")
    panel = SimulationPanel(document)
    qtbot.addWidget(panel)
    # "&&" shows as one "&"; a single "&" would underline the next letter and vanish
    assert panel.focus_button.actions_by_id[first].text() == "Misinformation && fake accounts"


def test_ticking_constructs_keeps_the_menu_open(panel, qtbot):
    menu = panel.focus_button.menu()
    menu.popup(panel.focus_button.mapToGlobal(panel.focus_button.rect().bottomLeft()))
    qtbot.waitExposed(menu)
    shown_before = list(panel.focus)
    ticks = [cid for cid in panel.focus_button.actions_by_id if cid not in shown_before][:2]
    for cid in ticks:
        action = panel.focus_button.actions_by_id[cid]
        centre = menu.actionGeometry(action).center()
        QTest.mouseMove(menu, centre)
        QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=centre)
        assert menu.isVisible()
        assert action.isChecked()
    assert set(panel.focus) == set(shown_before) | set(ticks)
    menu.close()
