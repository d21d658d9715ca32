"""The simulation panel: lines updated in place by blitting, focus picker, values, time cursor."""

from __future__ import annotations

import numpy as np
import pytest
from live_parts import LiveWindowParts
from matplotlib.colors import to_hex

from synergy_gui.assets import presets_dir
from synergy_gui.engine import Simulator
from synergy_gui.model import ModelDocument
from synergy_gui.model.fileformat import load_document
from synergy_gui.model.view_state import ViewState
from synergy_gui.ui.panels.plot_styles import FONT_SIZE, LINE_COLOURS, LINE_WIDTH
from synergy_gui.ui.panels.simulation_panel import SimulationPanel
from synergy_gui.ui.simulation_controller import Runs


def _panel_on(document: ModelDocument) -> SimulationPanel:
    return SimulationPanel(document, ViewState(document))


FOCUS = ["digital_trust", "brand_engagement", "loyalty"]


@pytest.fixture
def document():
    doc = load_document(presets_dir() / "synergistic_influence.synergy.json")
    doc.update_construct("interactivity", initial=0.9)
    return doc


def _run(document, scenario=None):
    return Simulator(document.clone(), scenario).run()


def _settles(result, construct_id: str, level: float) -> str:
    """The "Settles at" text counted by hand: the week after the last one still more than
    0.005 away from ``level`` ("after wk <end>" when the run ends farther away)."""
    times, series = list(result.times), list(result.series(construct_id))
    week = times[0]
    for index in range(len(series) - 1, -1, -1):
        if abs(series[index] - level) > 0.005:
            if index == len(series) - 1:
                return f"{level:.2f} (after wk {times[-1]:g})"
            week = times[index + 1]
            break
    return f"{level:.2f} (wk {week:g})"


def test_default_focus_is_trust_engagement_loyalty(panel):
    assert panel.focus == FOCUS
    labels = [text.get_text() for text in panel.plot.figure.legends[0].get_texts()]
    assert labels == ["Digital trust", "Brand engagement", "Loyalty"]


def test_without_a_focus_setting_trust_engagement_and_loyalty_are_found(qtbot):
    doc = ModelDocument()
    for label, role in [("Ads", "stimulus"), ("Loyalty", "response"), ("Brand trust", "organism")]:
        doc.new_construct(label, role)
    doc.new_construct("Customer engagement", "response")
    panel = SimulationPanel(doc, ViewState(doc))
    qtbot.addWidget(panel)
    assert panel.focus == ["brand_trust", "customer_engagement", "loyalty"]


def test_result_data_reaches_the_lines(panel, document):
    result = _run(document)
    panel.show_runs(Runs(result))
    for construct_id in FOCUS:
        x, y = panel.line_data(construct_id)
        np.testing.assert_array_equal(x, result.times)
        np.testing.assert_array_equal(y, result.series(construct_id))
    assert panel.values.text_of("loyalty")[0] == f"{result.final('loyalty'):.2f}"


def test_new_results_are_blitted_not_fully_redrawn(panel, document):
    panel.show_runs(Runs(_run(document)))
    full_draws, blits = panel.plot.full_draws, panel.plot.blits
    lines = dict(panel.plot.lines)
    for level in (0.1, 0.3, 0.7):
        document.update_construct("interactivity", initial=level)
        panel.show_runs(Runs(_run(document)))
    assert panel.plot.full_draws == full_draws
    assert panel.plot.blits == blits + 3
    assert panel.plot.lines == lines  # the same Line2D objects, updated in place


def test_the_picture_follows_the_data(panel, document):
    """The blitted pixels change when the data changes (the blit is not a no-op)."""
    panel.show_runs(Runs(_run(document)))
    before = np.asarray(panel.plot.buffer_rgba()).copy()
    document.update_construct("interactivity", initial=0.0)
    document.update_construct("personalization", initial=0.0)
    panel.show_runs(Runs(_run(document)))
    after = np.asarray(panel.plot.buffer_rgba())
    assert (before != after).any()


def test_focus_picker_adds_and_removes_a_line(panel, document):
    result = _run(document)
    panel.show_runs(Runs(result))
    panel.focus_button.actions_by_id["purchase_intention"].trigger()
    assert panel.focus == [*FOCUS[:2], "purchase_intention", "loyalty"]  # model order
    _, y = panel.line_data("purchase_intention")
    np.testing.assert_array_equal(y, result.series("purchase_intention"))
    assert panel.values.text_of("purchase_intention")[0] == (
        f"{result.final('purchase_intention'):.2f}"
    )
    panel.focus_button.actions_by_id["digital_trust"].trigger()
    assert "digital_trust" not in panel.plot.lines
    assert document.settings.focus == FOCUS  # a view choice, not an edit of the model


def test_settings_focus_change_is_followed(panel, document):
    document.update_settings(focus=["synergistic_influence"])
    panel.ensure_current()
    assert list(panel.plot.lines) == ["synergistic_influence"]
    assert panel.focus_button.actions_by_id["synergistic_influence"].isChecked()
    assert not panel.focus_button.actions_by_id["loyalty"].isChecked()


def test_removed_construct_leaves_the_plot_and_rename_relabels(panel, document):
    panel.show_runs(Runs(_run(document)))
    document.update_construct("loyalty", label="Brand loyalty")
    document.remove_construct("brand_engagement")
    panel.ensure_current()
    assert list(panel.plot.lines) == ["digital_trust", "loyalty"]
    assert panel.plot.lines["loyalty"].get_label() == "Brand loyalty"
    assert "brand_engagement" not in panel.focus_button.actions_by_id


def test_legible_from_the_back_of_the_room(panel):
    axes = panel.plot.axes
    assert axes.get_ylim() == (0.0, 1.0)
    assert axes.get_xlabel() == "Time (weeks)"
    assert axes.xaxis.label.get_fontsize() >= 12
    assert all(label.get_fontsize() >= 12 for label in axes.get_yticklabels())
    legend = panel.plot.figure.legends[0]
    assert all(text.get_fontsize() >= 12 for text in legend.get_texts())
    for index, line in enumerate(panel.plot.lines.values()):
        assert line.get_linewidth() * panel.plot.figure.dpi / 72 >= 2.5  # pixels
        assert to_hex(line.get_color()).upper() == LINE_COLOURS[index]
    assert FONT_SIZE >= 12 and LINE_WIDTH >= 2.5
    assert panel.values.font().pointSizeF() >= 12 or panel.font().pointSizeF() >= 12


def test_time_unit_shows_on_the_axis(panel, document):
    document.update_settings(time_unit="day")
    panel.ensure_current()
    assert panel.plot.axes.get_xlabel() == "Time (days)"
    assert panel.cursor.label.text().startswith("Day")


def test_time_cursor_moves_the_line_and_reports_the_step(qtbot, panel, document):
    result = _run(document)
    panel.show_runs(Runs(result))
    assert panel.cursor.step == result.steps  # starts at the end: the final levels
    assert not panel.plot.cursor.get_visible()  # no line on the plot's right edge
    seen = []
    panel.view.connect(seen.append)
    panel.cursor.slider.setValue(10)
    assert panel.view.cursor == 10  # the user's move goes to the view state, once
    assert [sorted(change.fields) for change in seen] == [["cursor"]]
    assert list(panel.plot.cursor.get_xdata()) == [10.0, 10.0]
    assert panel.levels_at(10)["loyalty"] == result.levels[10, result.column("loyalty")]
    panel.cursor.step_button.click()
    assert panel.cursor.step == 11
    panel.cursor.back_button.click()
    panel.cursor.back_button.click()
    assert panel.cursor.step == 9
    panel.view.set_cursor(30)  # a move made elsewhere shows without coming back
    assert (panel.cursor.step, len(seen)) == (30, 5)
    panel.cursor.slider.setValue(result.steps)
    assert panel.view.cursor is None  # at the end: follow the end of every new run


def test_play_runs_the_cursor_to_the_end_and_stops(qtbot, panel, document, monkeypatch):
    panel.show_runs(Runs(_run(document)))
    panel.cursor._timer.setInterval(1)
    steps = []
    panel.view.connect(lambda _change: steps.append(panel.view.cursor_step(52)))
    panel.cursor.play_button.click()  # at the end: plays from the start
    assert panel.cursor.playing
    qtbot.waitUntil(lambda: not panel.cursor.playing, timeout=5000)
    assert steps == list(range(0, 53))
    assert not panel.plot.cursor.get_visible()
    panel.view.set_cursor(5)
    panel.cursor.play_button.click()
    panel.cursor.play_button.click()  # pause
    assert not panel.cursor.playing
    assert panel.cursor.step < 53


def test_new_horizon_is_a_full_redraw_and_keeps_the_cursor_at_the_end(panel, document):
    panel.show_runs(Runs(_run(document)))
    full_draws = panel.plot.full_draws
    document.update_settings(horizon=104)
    result = _run(document)
    panel.show_runs(Runs(result))
    assert panel.plot.full_draws > full_draws
    assert panel.plot.axes.get_xlim() == (0.0, 104.0)
    assert panel.cursor.step == 104


def test_settled_values_from_a_run_that_came_to_rest(panel, document):
    document.update_settings(horizon=400)
    result = _run(document)
    panel.show_runs(Runs(result))
    final = result.final("loyalty")
    shown = panel.values.text_of("loyalty")
    assert shown == (f"{final:.2f}", _settles(result, "loyalty", final))
    assert "after" not in shown[1]  # it came to rest within the 400 weeks
    document.update_settings(horizon=3)
    panel.show_runs(Runs(_run(document)))
    assert panel.values.text_of("loyalty")[1] == "–"  # still moving: not claimed as settled


def test_engine_steady_state_is_shown_and_non_settling_is_said(panel, document):
    result = _run(document)
    panel.show_runs(Runs(result))
    panel.show_steady({"loyalty": 0.61, "digital_trust": None})
    assert panel.values.text_of("loyalty")[1] == _settles(result, "loyalty", 0.61)
    assert panel.values.text_of("digital_trust")[1] == "does not settle"


def test_problem_message_shows_and_clears(panel, document):
    panel.show_message("The model cannot be simulated: a reason")
    assert not panel.problem.isHidden()
    panel.show_runs(Runs(_run(document)))
    assert panel.problem.isHidden()


def test_empty_model(qtbot):
    panel = _panel_on(ModelDocument())
    qtbot.addWidget(panel)
    panel.show_runs(Runs(Simulator(ModelDocument()).run()))
    assert panel.plot.lines == {}
    assert panel.levels_at(3) == {}


def test_the_controller_s_runs_and_steady_state_reach_the_panel(qtbot, document):
    from synergy_gui.engine.steady import steady_state

    live = LiveWindowParts(qtbot, document)
    panel = live.ensure_panel()
    document.update_construct("personalization", initial=0.7)
    live.controller.run_now()
    _, y = panel.line_data("loyalty")
    np.testing.assert_array_equal(y, _run(document).series("loyalty"))
    qtbot.waitUntil(lambda: live.controller.last_steady is not None, timeout=2000)
    settled = steady_state(Simulator(document.clone()).model).level("loyalty")
    shown = panel.values.text_of("loyalty")[1]
    assert shown == _settles(_run(document), "loyalty", settled)
    assert shown.startswith(f"{settled:.2f} (")
    assert settled != pytest.approx(_run(document).final("loyalty"), abs=1e-3)  # not the final


def test_a_model_that_does_not_settle_says_so(panel, document):
    from synergy_gui.engine.steady import SteadyState

    panel.show_runs(Runs(_run(document)))
    ids = tuple(c.id for c in document.constructs)
    panel.show_steady(SteadyState(ids, np.zeros(len(ids)), 64, False, "oscillates with period 2"))
    assert panel.values.text_of("loyalty")[1] == "does not settle"
    assert "oscillates" in panel.values._rows["loyalty"][2].toolTip()


def test_plot_follows_a_dark_palette(qtbot, panel):
    from PySide6.QtGui import QColor, QPalette

    dark = QPalette(panel.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#E8EAED"))
    panel.setPalette(dark)
    qtbot.waitUntil(lambda: to_hex(panel.plot.figure.get_facecolor()) == "#202124")
    assert to_hex(panel.plot.axes.xaxis.label.get_color()).upper() == "#E8EAED"
    assert to_hex(panel.plot.cursor.get_color()).upper() == "#E8EAED"


def test_go_to_start_and_play_speed(qtbot, panel, document):
    panel.show_runs(Runs(_run(document)))
    panel.view.set_cursor(30)
    panel.cursor.start_button.click()
    assert panel.view.cursor == 0 and panel.cursor.step == 0
    base = panel.cursor._timer.interval()
    panel.cursor.speed.setCurrentIndex(panel.cursor.speed.findText("4×"))
    assert panel.cursor._timer.interval() == round(base / 4)
    panel.cursor.speed.setCurrentIndex(panel.cursor.speed.findText("½×"))
    assert panel.cursor._timer.interval() == base * 2


def test_a_narrow_panel_gives_the_plot_the_room_of_the_settles_at_column(qtbot, panel, document):
    panel.show_runs(Runs(_run(document)))
    settles = [row[2] for row in panel.values._rows.values()]
    assert settles and all(label.isVisible() for label in settles)
    panel.resize(660, 380)  # a 1024-pixel laptop's simulation dock
    qtbot.waitUntil(lambda: not settles[0].isVisible())
    qtbot.waitUntil(lambda: panel.plot.width() >= 0.55 * panel.width())
    panel.resize(1100, 380)
    qtbot.waitUntil(lambda: settles[0].isVisible())
    assert panel.values.narrow is False


def test_presenting_a_narrow_plot_of_four_lines_keeps_its_legend(qtbot, panel, document):
    panel.view.set_focus(("digital_trust", "brand_engagement", "purchase_intention", "loyalty"))
    panel.show_runs(Runs(_run(document)))
    panel.resize(520, 600)
    panel.set_presenting(True)
    panel.view.set_text_scale(1.75)
    qtbot.waitUntil(lambda: panel.plot.legend_layout is not None)
    assert panel.plot.shows_legend()
    assert panel.plot.figure.legends, "no key to the lines while presenting"
    texts = [t.get_text() for t in panel.plot.figure.legends[0].get_texts()]
    assert [t.replace("\n", " ") for t in texts] == [
        "Digital trust",
        "Brand engagement",
        "Purchase intention",
        "Loyalty",
    ]
