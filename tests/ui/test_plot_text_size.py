"""The plot's text follows the view state's text size, live, and stays uncluttered when large."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtWidgets import QApplication

from synergy_gui.engine import Simulator
from synergy_gui.model.view_state import ViewState
from synergy_gui.ui.panels.plot_axes import FULL_TICKS
from synergy_gui.ui.panels.plot_styles import FONT_SIZE, LINE_WIDTH
from synergy_gui.ui.panels.simulation_panel import SimulationPanel
from synergy_gui.ui.simulation_controller import Runs


@pytest.fixture
def shown(qtbot, settings_dir, document) -> SimulationPanel:
    panel = SimulationPanel(document, ViewState(document))
    qtbot.addWidget(panel)
    panel.resize(1200, 500)
    with qtbot.waitExposed(panel):
        panel.show()
    panel.show_runs(Runs(Simulator(document.clone()).run()))
    QApplication.processEvents()
    return panel


def _tick_sizes(panel) -> set[float]:
    axes = panel.plot.axes
    labels = axes.get_xticklabels() + axes.get_yticklabels()
    return {label.get_fontsize() for label in labels}


def _draw(panel) -> None:
    panel.plot.draw()
    QApplication.processEvents()


def test_tick_labels_grow_with_the_text_size(shown):
    assert _tick_sizes(shown) == {FONT_SIZE - 1}
    shown.view.set_text_scale(2.0)
    _draw(shown)
    assert _tick_sizes(shown) == {2 * (FONT_SIZE - 1)}
    shown.view.set_text_scale(1.25)
    _draw(shown)
    assert _tick_sizes(shown) == {1.25 * (FONT_SIZE - 1)}


def test_axis_labels_legend_and_lines_follow_the_text_size(shown):
    axes = shown.plot.axes
    legend_before = shown.plot.figure.legends[0].get_texts()[0].get_fontsize()
    shown.view.set_text_scale(2.0)
    _draw(shown)
    assert axes.xaxis.label.get_fontsize() == 2 * FONT_SIZE
    assert axes.yaxis.label.get_fontsize() == 2 * FONT_SIZE
    assert shown.plot.figure.legends[0].get_texts()[0].get_fontsize() > legend_before
    for construct_id in shown.focus:
        assert shown.plot.lines[construct_id].get_linewidth() > LINE_WIDTH
    assert shown.font().pointSizeF() > QApplication.font().pointSizeF()


def test_large_text_labels_fewer_ticks_and_keeps_the_quarters_as_grid(shown):
    axes = shown.plot.axes
    assert list(axes.get_yticks()) == list(FULL_TICKS)
    shown.view.set_text_scale(2.0)
    assert list(axes.get_yticks()) == [0.0, 0.5, 1.0]
    assert list(axes.yaxis.get_minorticklocs()) == [0.25, 0.75]
    assert axes.get_ylabel() == "Level"  # a short level axis keeps a short label
    shown.view.set_text_scale(1.0)
    assert list(axes.get_yticks()) == list(FULL_TICKS)
    assert axes.get_ylabel() == "Level (0 to 1)"


def test_at_double_size_no_tick_labels_overlap_and_the_legend_fits(shown):
    shown.view.set_text_scale(2.0)
    _draw(shown)
    plot = shown.plot
    renderer = plot.get_renderer()
    for ticks in (plot.axes.get_xticklabels(), plot.axes.get_yticklabels()):
        boxes = [t.get_window_extent(renderer) for t in ticks if t.get_visible() and t.get_text()]
        for first, second in pairwise(boxes):
            assert not first.overlaps(second)
    legend = plot.figure.legends[0].get_window_extent(renderer)
    figure = plot.figure.bbox
    assert figure.x0 <= legend.x0 and legend.x1 <= figure.x1 and legend.y1 <= figure.y1


def test_small_multiples_titles_follow_the_text_size(shown, document):
    view = shown.view
    view.set_compared([None, document.scenarios[0].name])
    view.set_small_multiples(True)
    QApplication.processEvents()
    titles = {axes.title.get_fontsize() for axes in shown.plot.axes_list}
    view.set_text_scale(1.5)
    assert {axes.title.get_fontsize() for axes in shown.plot.axes_list} == {
        1.5 * size for size in titles
    }


def test_a_panel_made_while_the_text_is_large_starts_large(qtbot, document):
    view = ViewState(document)
    view.set_text_scale(1.75)
    panel = SimulationPanel(document, view)
    qtbot.addWidget(panel)
    assert panel.plot.axes.xaxis.label.get_fontsize() == 1.75 * FONT_SIZE


def test_the_time_label_keeps_room_for_its_longest_text_at_a_larger_size(shown):
    label = shown.cursor.label
    before = label.minimumWidth()
    shown.view.set_text_scale(2.0)
    QApplication.processEvents()
    assert label.minimumWidth() > before
    assert label.minimumWidth() >= label.fontMetrics().horizontalAdvance("Week 52 of 52")
