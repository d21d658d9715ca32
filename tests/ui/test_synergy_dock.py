"""The Synergy dock follows sliders, weights, the cursor and the selection, and draws cheaply."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from live_parts import LiveWindowParts
from PySide6.QtWidgets import QApplication, QMessageBox

from synergy_gui.engine import Simulator
from synergy_gui.model.presets import load_preset
from synergy_gui.ui import messages, synergy_controller
from synergy_gui.ui.main_window import MainWindow
from synergy_gui.ui.panels.synergy_view import SynergyPanel
from synergy_gui.ui.synergy_controller import SynergyController

JUNCTION = "x_interactivity_personalization"


@pytest.fixture
def live(qtbot, document):
    """The default preset wired as the window wires it, with the Synergy panel beside it."""
    parts = LiveWindowParts(qtbot, document)
    panel = SynergyPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 760)
    with qtbot.waitExposed(panel):
        panel.show()
    synergy = SynergyController(document, parts.view, parts.controller, panel)
    synergy.refresh()
    parts.settle = lambda: qtbot.waitUntil(lambda: not synergy.pending)
    return parts, panel, synergy


def _slopes(panel: SynergyPanel) -> list[np.ndarray]:
    return [np.asarray(line.get_ydata(), dtype=float) for line in panel.plot.slope_lines]


def _runs(panel: SynergyPanel) -> tuple[np.ndarray, np.ndarray]:
    plot = panel.plot
    return np.asarray(plot.with_line.get_ydata()), np.asarray(plot.without_line.get_ydata())


def _move(parts: LiveWindowParts, stimulus: str, level: float) -> None:
    """Drag a stimulus slider as a user does, and let the run follow."""
    slider = parts.stimuli.slider_for(stimulus)
    slider.sliderPressed.emit()
    slider.setValue(round(level * slider.maximum()))
    slider.sliderReleased.emit()
    _run(parts)


def _run(parts: LiveWindowParts) -> None:
    """Run the newest state and wait for the panel to show it (once results pause)."""
    parts.controller.run_now()
    parts.settle()


def test_it_shows_the_model_s_junction_with_both_pictures(live):
    _, panel, synergy = live
    assert synergy.junction_id == JUNCTION
    assert (
        panel.junction_combo.currentText()
        == "Interactivity × Personalization → Synergistic influence"
    )
    assert panel.plot.slopes_axes.get_xlabel() == "Interactivity"
    assert panel.headline.text().startswith("Synergy adds +")
    assert panel.headline.text().endswith("to Synergistic influence by week 52")
    assert "never changes sign" in panel.note.text()
    with_, without = _runs(panel)
    assert with_[-1] > without[-1]  # both levers above baseline: the product term adds


def test_moving_a_stimulus_slider_changes_the_plotted_lines(live):
    parts, panel, _ = live
    slopes_before, (with_before, _) = _slopes(panel), _runs(panel)
    headline_before = panel.headline.text()
    _move(parts, "personalization", 0.95)
    slopes_after, (with_after, without_after) = _slopes(panel), _runs(panel)
    assert not np.allclose(slopes_after[1], slopes_before[1])  # the "now" line moved up
    np.testing.assert_allclose(slopes_after[0], slopes_before[0])  # low and high stay put
    assert panel.plot.slope_lines[1].get_label() == "0.95 now"
    assert with_after[-1] > with_before[-1]
    assert panel.headline.text() != headline_before
    expected = Simulator(parts.document.clone()).run().series("synergistic_influence")
    np.testing.assert_allclose(with_after, expected, atol=1e-12)  # the model's own run
    gap = float(with_after[-1] - without_after[-1])
    assert panel.headline.text() == f"Synergy adds {gap:+.3f} to Synergistic influence by week 52"


def test_the_junction_s_weight_at_zero_closes_the_gap(live):
    parts, panel, _ = live
    parts.document.update_junction(JUNCTION, weight=0.0)
    _run(parts)
    with_, without = _runs(panel)
    np.testing.assert_allclose(with_, without, atol=0)
    assert panel.headline.text().startswith("Synergy adds +0.000")
    low, _now, high = _slopes(panel)
    np.testing.assert_allclose(np.diff(low), np.diff(high), atol=1e-12)  # parallel lines


def test_the_cursor_moves_the_label_without_running_again(live):
    parts, panel, synergy = live
    runs = synergy.batch_runs
    parts.view.set_cursor(26)
    parts.settle()
    assert panel.headline.text().endswith("by week 26")
    assert panel.plot.cursor.get_xdata()[0] == 26.0
    assert synergy.batch_runs == runs


def test_a_downstream_construct_can_be_followed_over_time(live):
    parts, panel, _synergy = live
    index = panel.outcome_combo.findData("loyalty")
    assert index >= 0
    panel.outcome_combo.setCurrentIndex(index)
    panel.outcome_combo.activated.emit(index)
    assert panel.headline.text().endswith("to Loyalty by week 52")
    with_, _ = _runs(panel)
    np.testing.assert_allclose(with_, parts.plot.line_data("loyalty")[1], atol=1e-12)


def test_selecting_another_junction_switches_to_it(live):
    parts, panel, synergy = live
    other = parts.document.new_junction(["ewom", "kol_credibility"], "digital_trust", 0.2)
    _run(parts)
    assert panel.junction_combo.count() == 2
    synergy.select(["digital_trust", other.id])  # the diagram's selection: its junction
    assert synergy.junction_id == other.id
    assert panel.junction_combo.currentData() == other.id
    assert panel.plot.slopes_axes.get_xlabel() == "eWOM"
    assert panel.headline.text().endswith("to Digital trust by week 52")
    index = panel.junction_combo.findData(JUNCTION)
    panel.junction_combo.setCurrentIndex(index)
    panel.junction_combo.activated.emit(index)  # and back through the picker
    assert panel.plot.slopes_axes.get_xlabel() == "Interactivity"


def test_the_other_member_s_effect_can_be_drawn(live):
    _, panel, _ = live
    index = panel.focal_combo.findData("personalization")
    panel.focal_combo.setCurrentIndex(index)
    panel.focal_combo.activated.emit(index)
    assert panel.plot.slopes_axes.get_xlabel() == "Personalization"
    assert panel.plot.slopes_axes.get_legend().get_title().get_text() == "Interactivity"


def test_a_model_without_junctions_says_so(qtbot):
    parts = LiveWindowParts(qtbot, load_preset("kol_koc_journey"))
    panel = SynergyPanel()
    qtbot.addWidget(panel)
    panel.show()
    SynergyController(parts.document, parts.view, parts.controller, panel).refresh()
    assert panel.message.isVisible()
    assert panel.message.text().startswith("This model has no synergy junction.")
    assert panel.plot is None  # nothing to draw, so matplotlib is not even loaded for it


def test_removing_the_last_junction_shows_the_message(live):
    parts, panel, _ = live
    parts.document.remove_junction(JUNCTION)
    _run(parts)
    assert panel.message.isVisible()
    assert panel.message.text().startswith("This model has no synergy junction.")
    assert not panel.plot.isVisible()


def test_a_burst_of_results_is_shown_once_when_it_pauses(live):
    parts, panel, synergy = live
    headline, runs = panel.headline.text(), synergy.batch_runs
    for level in (0.3, 0.4, 0.5, 0.6):  # a drag: one run per slider event
        parts.document.update_construct("interactivity", initial=level)
        parts.controller.run_now()
    assert synergy.pending
    assert panel.headline.text() == headline  # the main plots follow the drag; this waits
    parts.settle()
    assert synergy.batch_runs == runs + 1  # the newest result only
    assert panel.headline.text() != headline


def test_painting_computes_nothing_and_a_result_costs_one_batch(live, monkeypatch):
    parts, panel, _synergy = live
    calls = {"slopes": 0, "runs": 0}
    for name in ("simple_slopes", "synergy_runs"):
        real = getattr(synergy_controller, name)

        def counted(*args, _real=real, _name=name, **kwargs):
            calls["slopes" if _name == "simple_slopes" else "runs"] += 1
            return _real(*args, **kwargs)

        monkeypatch.setattr(synergy_controller, name, counted)
    draws = panel.plot.draws
    for _ in range(3):
        panel.repaint()
        panel.plot.draw()
        panel.grab()
        QApplication.processEvents()
    assert panel.plot.draws > draws  # it did paint
    assert calls == {"slopes": 0, "runs": 0}
    _move(parts, "interactivity", 0.3)
    assert calls["runs"] == 1  # one extra batch per result


def test_a_hidden_panel_does_no_work_and_catches_up_when_shown(live, qtbot):
    parts, panel, synergy = live
    panel.hide()
    runs = synergy.batch_runs
    _move(parts, "interactivity", 0.2)
    assert synergy.batch_runs == runs
    with qtbot.waitExposed(panel):
        panel.show()
    assert synergy.batch_runs == runs + 1
    assert panel.plot.slope_lines[1].get_label() == "0.70 now"  # personalization's level


@pytest.fixture
def window(qtbot, settings_dir: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(messages, "ask_save_changes", lambda *_: "discard")
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.controller.last_result is not None)
    return main


def test_the_window_has_a_synergy_dock_beside_why_reachable_from_the_view_menu(window, qtbot):
    dock = window.docks["synergy"]
    assert dock.windowTitle() == "Synergy"
    assert dock in window.tabifiedDockWidgets(window.docks["why"])
    assert dock.toggleViewAction() in _panel_actions(window)
    dock.raise_()
    qtbot.waitUntil(lambda: window.synergy_panel.plot is not None)
    window.scene.clearSelection()
    window.scene.item_for(JUNCTION).setSelected(True)
    assert window.synergy.junction_id == JUNCTION
    slider = window.stimulus_panel.slider_for("personalization")
    before = _slopes(window.synergy_panel)[1]
    with qtbot.waitSignal(window.controller.resultReady, timeout=3000):
        slider.sliderPressed.emit()
        slider.setValue(round(0.2 * slider.maximum()))
        slider.sliderReleased.emit()
    qtbot.waitUntil(lambda: not window.synergy.pending)
    assert not np.allclose(_slopes(window.synergy_panel)[1], before)


def _panel_actions(window: MainWindow) -> list:
    view_menu = window.menus["View"]
    panels = next(a.menu() for a in view_menu.actions() if a.menu() and "Panels" in a.text())
    return panels.actions()


def test_the_plots_stand_side_by_side_when_wide_and_one_above_the_other_when_narrow(live, qtbot):
    _, panel, _ = live
    panel.resize(900, 560)
    qtbot.waitUntil(lambda: panel.plot.side_by_side)
    left, right = panel.plot.slopes_axes.get_position(), panel.plot.runs_axes.get_position()
    assert left.x1 <= right.x0  # beside each other
    panel.resize(360, 760)
    qtbot.waitUntil(lambda: not panel.plot.side_by_side)
    panel.plot.draw()
    top, bottom = panel.plot.slopes_axes.get_position(), panel.plot.runs_axes.get_position()
    assert bottom.y1 <= top.y0  # one above the other


def test_larger_text_grows_the_plots_text_and_their_room(live):
    parts, panel, _ = live
    height = panel.plot.minimumHeight()
    parts.view.set_text_scale(1.5)
    assert panel.plot.slopes_axes.title.get_fontsize() == pytest.approx(1.5 * 11.0)
    assert panel.plot.minimumHeight() == round(1.5 * height)
    assert panel.headline.font().pixelSize() == round(1.5 * 15)


def test_the_current_level_s_line_never_hides_the_low_or_high_one(live):
    parts, panel, _ = live
    _move(parts, "personalization", 0.8)
    labels = [line.get_label() for line in panel.plot.slope_lines]
    assert labels == ["0.20", "0.80 now", "1.00"]
    _low, now, high = _slopes(panel)
    assert not np.allclose(now, high)


def test_why_and_synergy_tabbed_behind_the_inspector_do_no_work_until_brought_forward(
    window, qtbot
):
    window.docks["inspector"].raise_()
    qtbot.wait(20)
    why_calls = []
    window.why._chart = lambda real=window.why._chart: why_calls.append(1) or real()
    window.synergy.refresh_soon()
    assert not window.synergy.pending  # behind a tab: no pause timer, no batch
    slider = window.stimulus_panel.slider_for("interactivity")
    slider.setValue(slider.value() - 10)
    window.controller.run_now()
    assert why_calls == []  # each slider step explained nothing behind the tab
    window.docks["why"].raise_()
    qtbot.waitUntil(lambda: why_calls != [])  # brought forward, it catches up


def test_a_junction_s_menu_brings_the_synergy_dock_forward_on_it(window, qtbot):
    from PySide6.QtCore import QPointF

    from synergy_gui.ui.graph.menus import context_menu
    from synergy_gui.ui.on_screen import on_screen

    window.docks["inspector"].raise_()
    qtbot.waitUntil(lambda: not on_screen(window.synergy_panel))
    menu = context_menu(window.scene, window.scene.item_for(JUNCTION), QPointF())
    show = next(a for a in menu.actions() if a.text() == "Show in Synergy")
    show.trigger()
    qtbot.waitUntil(lambda: on_screen(window.synergy_panel))
    assert window.synergy.junction_id == JUNCTION
