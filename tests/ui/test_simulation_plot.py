"""What the trial found in the plots: "&" in menus, a y axis fitted to the data, a legend that
fits, when levels settle, icons that follow the palette."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from synergy_gui.engine import SimulationResult, Simulator
from synergy_gui.model.view_state import ViewState
from synergy_gui.ui.panels.plot_layout import fitted_limits
from synergy_gui.ui.panels.plot_styles import line_specs
from synergy_gui.ui.panels.simulation_panel import SimulationPanel
from synergy_gui.ui.panels.values_table import ValuesTable
from synergy_gui.ui.simulation_controller import Runs


def test_an_ampersand_in_a_label_shows_in_the_plotted_constructs_menu(qtbot, document):
    first = document.constructs[0].id
    document.update_construct(first, label="Misinformation & fake accounts")
    panel = SimulationPanel(document, ViewState(document))
    qtbot.addWidget(panel)
    # "&&" shows as one "&"; a single "&" would underline the next letter and vanish
    assert panel.focus_button.actions_by_id[first].text() == "Misinformation && fake accounts"


def test_ticking_constructs_keeps_the_menu_open(panel, qtbot):
    menu = panel.focus_button.menu()
    menu.popup(panel.focus_button.mapToGlobal(panel.focus_button.rect().bottomLeft()))
    qtbot.waitUntil(lambda: menu.windowHandle() is not None and menu.windowHandle().isExposed())
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


def _show(panel: SimulationPanel, document) -> None:
    panel.show_runs(Runs(Simulator(document.clone()).run()))
    QApplication.processEvents()


def test_fit_y_zooms_to_the_lines_and_is_remembered(qtbot, settings_dir, document):
    panel = SimulationPanel(document, ViewState(document))
    qtbot.addWidget(panel)
    panel.resize(1100, 380)
    panel.show()
    _show(panel, document)
    assert panel.plot.axes.get_ylim() == (0.0, 1.0)  # the default: the full range
    panel.fit_y_box.click()
    QApplication.processEvents()
    low = min(float(panel.line_data(cid)[1].min()) for cid in panel.focus)
    high = max(float(panel.line_data(cid)[1].max()) for cid in panel.focus)
    bottom, top = panel.plot.axes.get_ylim()
    assert bottom < low and high < top  # every line inside, with a margin
    assert top - bottom < 2 * (high - low)  # and zoomed: the lines fill over half the height
    assert panel.plot.axes.get_ylabel() == "Level (zoomed to the data)"
    again = SimulationPanel(document, ViewState(document))
    qtbot.addWidget(again)
    assert again.fit_y_box.isChecked() and again.plot.fit_y
    panel.fit_y_box.click()
    assert panel.plot.axes.get_ylim() == (0.0, 1.0)
    assert panel.plot.axes.get_ylabel() == "Level (0 to 1)"


def test_small_slider_moves_blit_into_a_steady_fitted_axis(qtbot, settings_dir, document):
    panel = SimulationPanel(document, ViewState(document))
    qtbot.addWidget(panel)
    panel.resize(1100, 380)
    panel.show()
    panel.fit_y_box.click()
    stimulus = next(c for c in document.constructs if c.role == "stimulus")
    _show(panel, document)
    limits, draws, blits = panel.plot.axes.get_ylim(), panel.plot.full_draws, panel.plot.blits
    for step in (1, 2, 3):  # a slow drag: a hundredth at a time
        document.update_construct(stimulus.id, initial=stimulus.initial + step * 0.01)
        _show(panel, document)
    assert panel.plot.axes.get_ylim() == limits
    assert panel.plot.full_draws == draws and panel.plot.blits == blits + 3
    for level in (0.0, 1.0):  # every stimulus to an extreme: the lines leave the range
        for construct in document.constructs:
            if construct.role == "stimulus":
                document.update_construct(construct.id, initial=level)
        _show(panel, document)
        bottom, top = panel.plot.axes.get_ylim()
        for cid in panel.focus:
            y = panel.line_data(cid)[1]
            assert bottom < y.min() and y.max() < top
    assert panel.plot.full_draws > draws


def _legend_boxes(panel: SimulationPanel):
    canvas = panel.plot
    canvas.draw()
    renderer = canvas.get_renderer()
    legend = canvas.figure.legends[0]
    return canvas.figure.bbox, legend, [t.get_window_extent(renderer) for t in legend.get_texts()]


@pytest.mark.parametrize("width", [560, 700, 1400])
def test_the_legend_shows_every_label_whole(qtbot, document, width):
    for construct in document.constructs:  # long labels, as in the trial's small window
        if construct.id in ("digital_trust", "brand_engagement"):
            document.update_construct(construct.id, label=construct.label + " (exchange)")
    panel = SimulationPanel(document, ViewState(document))
    qtbot.addWidget(panel)
    panel.resize(width, 330)
    with qtbot.waitExposed(panel):
        panel.show()
    labels = [document.construct(cid).label for cid in panel.focus]
    if not panel.plot.figure.legends:  # too narrow for a legend above a readable plot:
        assert width < 1000  # the values table beside it is the key, colour by colour
        for spec in panel.plot._specs:
            name = panel.values._rows[spec.construct_id][0].text()
            assert spec.colour in name and spec.label.replace("&", "&amp;") in name
        return
    figure_box, legend, boxes = _legend_boxes(panel)
    shown = [t.get_text().replace("\n", " ") for t in legend.get_texts()]
    assert shown == labels
    assert len({round(box.y0) for box in boxes}) <= 2  # two rows at most
    for box in boxes:
        assert figure_box.x0 <= box.x0 and box.x1 <= figure_box.x1
    assert all(t.get_fontsize() >= 11 for t in legend.get_texts())
    if width >= 1400:  # room enough: full size, one row
        assert all(t.get_fontsize() == 13 for t in legend.get_texts())
        assert len({round(box.y0) for box in boxes}) == 1


def test_a_fitted_range_has_a_margin_and_keeps_small_effects_visible():
    # trust from 0.62 to 0.68: a 0.06 effect fills three quarters of the axis
    assert fitted_limits(0.62, 0.68) == pytest.approx((0.61, 0.69))
    assert fitted_limits(0.5, 0.5) == pytest.approx((0.46, 0.54))  # flat: not blown up
    assert fitted_limits(0.0, 0.9) == pytest.approx((0.0, 1.0))  # never below 0 for 0..1 data


def test_settles_at_says_when(qtbot):
    table = ValuesTable()
    qtbot.addWidget(table)
    table.set_lines(line_specs([("trust", "Trust"), ("loyalty", "Loyalty")]))
    table.set_unit("week")
    times = np.array([0.0, 1.0, 2.0, 3.0, 4.0])
    levels = np.array([[0.5, 0.5], [0.58, 0.52], [0.613, 0.54], [0.618, 0.56], [0.62, 0.58]])
    table.show_result(SimulationResult(("trust", "loyalty"), times, levels))
    table.show_steady({"trust": 0.62, "loyalty": 0.7})
    # trust is last more than 0.005 away in week 2; loyalty is still rising at the end
    assert table.text_of("trust") == ("0.62", "0.62 (wk 3)")
    assert table.text_of("loyalty") == ("0.58", "0.70 (after wk 4)")
    table.show_steady({"trust": None, "loyalty": None})
    assert table.text_of("trust")[1] == "does not settle"
