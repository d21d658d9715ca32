"""The classroom parts as the window offers them: F1, the Why? and Story docks, exports."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from synergy_gui.ui import messages, theme
from synergy_gui.ui.help_window import HelpWindow
from synergy_gui.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, settings_dir: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(messages, "ask_save_changes", lambda *_: "discard")
    theme.apply_theme(QApplication.instance(), dark=False)
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.controller.last_result is not None)
    return main


def test_f1_opens_the_guide_and_the_glossary_entry_opens_the_glossary(qtbot, window):
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F1)
    guide = window.findChild(HelpWindow, "help_window")
    assert guide is not None and guide.isVisible()
    assert "Help" in [menu.replace("&", "") for menu in window.menus]
    window.actions["help.glossary"].trigger()
    assert guide.topic_id == "glossary"
    assert "Stimulus" in guide.browser.toPlainText()


def test_selecting_a_construct_explains_it_in_the_why_dock(qtbot, window):
    window.docks["why"].raise_()
    qtbot.waitUntil(window.why_panel.isVisible)
    window.scene.clearSelection()
    window.scene.item_for("digital_trust").setSelected(True)
    result = window.controller.last_result
    level = result.levels[-1, result.column("digital_trust")]  # the cursor follows the end
    assert window.why_panel.chart_view.chart.title.startswith(f"Why is Digital trust {level:.2f}?")
    explained = window.why.explanation
    assert explained.construct_id == "digital_trust"
    shares = [r.amount for r in explained.routes] + [r.amount for r in explained.route_remainders]
    assert sum(shares) == pytest.approx(level - 0.5, abs=1e-12)
    assert window.why._model is window.controller.compiled_model  # no compile of its own


def test_opening_another_model_explains_its_own_constructs(qtbot, window):
    window.docks["why"].raise_()
    window.open_preset("kol_koc_journey")
    qtbot.waitUntil(lambda: window.why.explanation is not None)
    assert window.document.has_construct(window.why.explanation.construct_id)


def test_a_shown_story_step_plays_and_show_all_ends_its_reveal(qtbot, window):
    window.open_preset("kol_koc_journey")
    qtbot.waitUntil(lambda: window.controller.last_result is not None)
    steps = window.document.story.steps
    playing = next(i for i, step in enumerate(steps) if step.play)
    window.story_panel.show_step(playing)
    assert window.simulation_panel.cursor.playing
    window.story_panel.show_step(0)
    assert window.view_state.shown is not None
    window.story_panel.buttons["show_all"].click()
    assert window.view_state.shown is None and window.view_state.highlighted == frozenset()


def test_present_from_the_story_dock_starts_at_the_chosen_step(qtbot, window):
    window.open_preset("kol_koc_journey")
    qtbot.waitUntil(lambda: window.controller.last_result is not None)
    assert window.document.story is not None and len(window.document.story.steps) >= 5
    window.story_panel.presentRequested.emit(2)
    assert window.presentation.active and window.presentation.index == 2
    assert window.presentation.bar.title.text() == window.document.story.steps[2].title
    window.presentation.leave()


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_export_diagram_writes_the_whole_diagram_titled_for_slides(
    window, monkeypatch, tmp_path: Path, suffix
):
    target = tmp_path / f"diagram{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: (str(target), ""))
    window.view_state.set_scenario(window.document.scenarios[0].name)
    window.actions["file.export_diagram"].trigger()
    assert target.exists()
    if suffix == ".png":
        assert QImage(str(target)).width() == 1920
    else:  # drawn as text on the figure, not only named in the file's metadata
        drawn = re.findall(r"<text[^>]*>([^<]*)</text>", target.read_text(encoding="utf-8"))
        assert window.document.meta.title in [html.unescape(t) for t in drawn]
        assert f"Scenario: {window.document.scenarios[0].name}" in [html.unescape(t) for t in drawn]


def test_export_figure_puts_the_model_title_and_scenario_on_the_plot(
    qtbot, window, monkeypatch, tmp_path: Path
):
    target = tmp_path / "plot.svg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: (str(target), ""))
    scenario = window.document.scenarios[0].name
    window.view_state.set_scenario(scenario)
    window.actions["file.export_figure"].trigger()
    text = target.read_text(encoding="utf-8")
    assert scenario in text
    assert window.document.meta.title.split(":")[0] in text


def test_a_layout_with_the_sensitivity_dock_comes_back_whole(qtbot, window, settings_dir):
    window.resize(1600, 1000)
    window.docks["sensitivity"].show()
    qtbot.wait(50)
    window.undo_stack.setClean()
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.resize(1600, 1000)
    again.show()
    qtbot.waitUntil(lambda: again.results.panel is not None and again.results.panel.isVisible())
    plots, sensitivity = again.docks["simulation"], again.docks["sensitivity"]
    assert sensitivity.isVisible() and not sensitivity.isFloating()
    assert plots.widget() is again.simulation_panel and plots.width() > 300
    assert plots.geometry().intersected(sensitivity.geometry()).isEmpty()  # side by side
    again.undo_stack.setClean()
