"""Predict, then reveal: the future hidden, a sketch from the mouse, the run played over it
and the gap reported in numbers worked out here from the engine's run."""

from __future__ import annotations

import numpy as np
import pytest
from live_parts import LiveWindowParts
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from synergy_gui.engine import Simulator
from synergy_gui.ui.panels.prediction import REVEALED, REVEALING, SKETCHING

TARGET = "loyalty"


class Live(LiveWindowParts):
    """The stimulus sliders, the controller and the plots panel, wired as in the window."""

    def __init__(self, qtbot, document) -> None:
        super().__init__(qtbot, document, size=(1100, 420))
        self.panel = self.ensure_panel()
        qtbot.waitUntil(lambda: self.dock.window().windowHandle().isExposed())
        QApplication.processEvents()

    def engine_series(self, construct_id: str = TARGET) -> tuple[np.ndarray, np.ndarray]:
        """The engine's run on a copy of the document, outside the window's route."""
        result = Simulator(self.document.clone()).run()
        return result.times, result.series(construct_id)

    def settle(self, qtbot) -> None:
        qtbot.waitUntil(lambda: not self.controller.pending)
        QApplication.processEvents()


@pytest.fixture
def live(qtbot, document) -> Live:
    return Live(qtbot, document)


def _pixel(plot, time: float, level: float) -> QPoint:
    """Where (time, level) is on the canvas widget (Qt's y runs down, matplotlib's up)."""
    x, y = plot.axes.transData.transform((time, level))
    ratio = plot.device_pixel_ratio
    return QPoint(round(x / ratio), round((plot.figure.bbox.height - y) / ratio))


def _data_per_pixel(plot) -> tuple[float, float]:
    left, right = plot.axes.get_xlim()
    bottom, top = plot.axes.get_ylim()
    box = plot.axes.bbox
    ratio = plot.device_pixel_ratio
    return (right - left) / box.width * ratio, (top - bottom) / box.height * ratio


def _visible_times(panel, construct_id: str = TARGET) -> np.ndarray:
    return panel.line_data(construct_id)[0]


def test_starting_a_prediction_hides_every_line_after_week_zero(live):
    panel = live.panel
    assert _visible_times(panel).size == 53  # weeks 0..52 before
    panel.start_prediction(TARGET)
    for construct_id in panel.focus:
        assert list(_visible_times(panel, construct_id)) == [0.0]
    assert not panel.values.isVisible()  # its final values would give the answer away
    assert panel.prediction_bar.isVisible() and panel.predict_button.isChecked()
    assert live.view.cursor == 0  # the diagram shows week 0 too


def test_the_predict_button_starts_with_the_last_plotted_response(live):
    live.panel.predict_button.click()
    assert live.panel.prediction.construct_id == TARGET
    assert live.panel.prediction.phase == SKETCHING
    live.panel.predict_button.click()
    assert not live.panel.prediction.active
    assert _visible_times(live.panel).size == 53
    assert live.panel.values.isVisible()


def test_a_mouse_drag_sketches_the_prediction(live):
    panel = live.panel
    panel.start_prediction(TARGET)
    plot = panel.plot
    drawn = [(0.0, 0.5), (10.0, 0.6), (20.0, 0.7), (35.0, 0.65)]
    QTest.mousePress(plot, Qt.MouseButton.LeftButton, pos=_pixel(plot, *drawn[0]))
    for point in drawn[1:-1]:
        QTest.mouseMove(plot, _pixel(plot, *point))
    QTest.mouseRelease(plot, Qt.MouseButton.LeftButton, pos=_pixel(plot, *drawn[-1]))
    points = panel.prediction.prediction.points
    dt, dy = _data_per_pixel(plot)
    assert len(points) == len(drawn)
    for (time, level), (want_time, want_level) in zip(points, drawn, strict=True):
        assert abs(time - want_time) <= dt and abs(level - want_level) <= dy
    # the sketch is drawn: its line holds the points
    assert panel.prediction.overlay.sketch.get_xdata() == pytest.approx([t for t, _ in points])


def test_a_drag_past_the_axes_is_clamped_to_their_range(live):
    panel = live.panel
    panel.start_prediction(TARGET)
    plot = panel.plot
    QTest.mousePress(plot, Qt.MouseButton.LeftButton, pos=_pixel(plot, 40.0, 0.5))
    beyond = _pixel(plot, 52.0, 1.0) + QPoint(40, -40)  # right of and above the axes
    QTest.mouseRelease(plot, Qt.MouseButton.LeftButton, pos=beyond)
    time, level = panel.prediction.prediction.points[-1]
    assert time == pytest.approx(52.0) and level == pytest.approx(1.0)


def test_a_press_outside_the_axes_sketches_nothing(live):
    panel = live.panel
    panel.start_prediction(TARGET)
    outside = _pixel(panel.plot, 0.0, 0.0) + QPoint(-30, 20)  # left of and under the axes
    QTest.mouseClick(panel.plot, Qt.MouseButton.LeftButton, pos=outside)
    assert panel.prediction.prediction.points == ()


def test_reveal_plays_the_run_over_the_sketch_and_reports_the_gap(live):
    panel = live.panel
    panel.start_prediction(TARGET)
    panel.prediction.add_point(0.0, 0.5)
    panel.prediction.add_point(52.0, 0.9, since=0.0)
    panel.reveal()
    assert panel.prediction.phase == REVEALING and panel.cursor.playing
    assert list(_visible_times(panel)) == [0.0]
    for step in (1, 2, 30):  # the play timer's ticks, without waiting for them
        panel.cursor.request_step(step)
        assert _visible_times(panel)[-1] == step
        assert panel.prediction_bar.message.text() == ""  # no answer before the end
    panel.cursor.request_step(52)
    assert panel.prediction.phase == REVEALED and not panel.cursor.playing
    times, truth = live.engine_series()
    np.testing.assert_allclose(panel.line_data(TARGET)[1], truth, atol=1e-12)
    predicted = 0.5 + 0.4 * times / 52.0  # the straight sketch at each week
    mean_gap = np.mean(np.abs(truth - predicted))
    expected = (
        f"Your prediction: 0.90 at week 52 — model: {truth[-1]:.2f} "
        f"(gap {truth[-1] - 0.9:+.2f}); mean absolute gap {mean_gap:.2f}"
    )
    assert panel.prediction_bar.message.text() == expected
    shading = panel.prediction.overlay.gap
    assert shading is not None and shading in panel.plot.overlays


def test_a_typed_level_is_compared_at_its_week(live):
    panel = live.panel
    panel.start_prediction(TARGET)
    bar = panel.prediction_bar
    bar.week.setValue(26)
    bar.level.setValue(0.55)
    bar.set_level.click()
    assert panel.prediction.prediction.points == ((26.0, 0.55),)
    panel.reveal(animate=False)
    times, truth = live.engine_series()
    model = truth[list(times).index(26.0)]
    expected = (
        f"Your prediction: 0.55 at week 26 — model: {model:.2f} "
        f"(gap {model - 0.55:+.2f}); mean absolute gap {abs(model - 0.55):.2f}"
    )
    assert bar.message.text() == expected
    # on the plot, a bar at week 26 from the prediction to the model shows the gap
    bar_times, bar_levels = panel.prediction.overlay.gap_bar.get_data()
    assert list(bar_times) == [26.0, 26.0]
    assert bar_levels == pytest.approx([0.55, model])


def test_a_slider_move_keeps_the_prediction_and_the_future_hidden(qtbot, live):
    panel = live.panel
    panel.start_prediction(TARGET)
    panel.prediction.type_level(52.0, 0.8)
    live.stimuli.slider_for("interactivity").setValue(950)
    live.settle(qtbot)
    assert panel.prediction.prediction.points == ((52.0, 0.8),)
    assert list(_visible_times(panel)) == [0.0]
    panel.reveal(animate=False)
    final = live.engine_series()[1][-1]
    assert f"model: {final:.2f}" in panel.prediction_bar.message.text()
    live.stimuli.slider_for("interactivity").setValue(100)  # after the reveal: the gap follows
    live.settle(qtbot)
    moved = live.engine_series()[1][-1]
    assert abs(moved - final) > 0.01
    assert f"model: {moved:.2f}" in panel.prediction_bar.message.text()
    assert panel.prediction.prediction.points == ((52.0, 0.8),)


def test_clear_removes_the_prediction_and_hides_the_future_again(live):
    panel = live.panel
    panel.start_prediction(TARGET)
    panel.prediction.type_level(20.0, 0.7)
    panel.reveal(animate=False)
    assert _visible_times(panel).size == 53
    panel.prediction_bar.clear.click()
    assert panel.prediction.prediction.points == ()
    assert panel.prediction.phase == SKETCHING
    assert list(_visible_times(panel)) == [0.0]
    assert panel.prediction.overlay.gap is None


def test_done_shows_the_whole_run_and_the_values_again(live):
    panel = live.panel
    panel.start_prediction(TARGET)
    panel.prediction.type_level(20.0, 0.7)
    panel.prediction_bar.done.click()
    assert not panel.prediction.active and not panel.prediction_bar.isVisible()
    assert _visible_times(panel).size == 53
    assert panel.values.isVisible()
    assert panel.plot.overlays == []
    assert live.view.cursor is None


def test_removing_the_predicted_construct_ends_the_prediction(live):
    live.panel.start_prediction(TARGET)
    live.document.remove_construct(TARGET)
    assert not live.panel.prediction.active


def test_predicting_a_construct_not_plotted_plots_it(live):
    live.panel.start_prediction("purchase_intention")
    assert "purchase_intention" in live.view.focus
    assert list(_visible_times(live.panel, "purchase_intention")) == [0.0]


def test_while_comparing_in_small_multiples_the_sketch_is_in_its_constructs_plot(qtbot, live):
    document = live.document
    names = [s.name for s in document.scenarios][:1]
    live.view.set_compared([None, *names])
    live.view.set_small_multiples(True)
    live.settle(qtbot)
    panel = live.panel
    panel.start_prediction(TARGET)
    panel.prediction.type_level(30.0, 0.6)
    loyalty_axes = panel.plot.axes_list[list(panel.focus).index(TARGET)]
    assert panel.prediction.overlay.sketch.axes is loyalty_axes
    panel.reveal(animate=False)
    assert panel.prediction.phase == REVEALED
    assert "Your prediction: 0.60 at week 30" in panel.prediction_bar.message.text()


def test_in_a_bipolar_model_a_level_below_zero_can_be_typed_and_sketched(qtbot, live):
    live.document.update_settings(level_range="bipolar")
    panel = live.panel
    qtbot.waitUntil(lambda: panel.plot.full_range == (-1.0, 1.0))
    panel.start_prediction(TARGET)
    bar = panel.prediction_bar
    assert bar.level.minimum() == -1.0
    bar.week.setValue(26)
    bar.level.setValue(-0.4)
    bar.set_level.click()
    assert panel.prediction.prediction.points == ((26.0, -0.4),)
    sketcher = panel.prediction.sketcher
    x, y = panel.plot.axes.transData.transform((10.0, -0.6))
    assert sketcher.data_point(x, y)[1] == pytest.approx(-0.6, abs=0.02)
