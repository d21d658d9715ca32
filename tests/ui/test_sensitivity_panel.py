"""The Sensitivity panel through its own buttons: a run paints ranked bars and a table with
the engine's figures, shows progress, can be cancelled, keeps the event loop turning, keeps
only the newest run, exports CSV, follows the text size and says when SALib is missing."""

from __future__ import annotations

import sys

import numpy as np
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor

from synergy_gui.engine import sensitivity_runs
from synergy_gui.engine.sensitivity import UNAVAILABLE, SensitivityRequest, run_sensitivity
from synergy_gui.io.sensitivity_table import read_sensitivity_csv
from synergy_gui.model.view_state import ViewState
from synergy_gui.ui.panels.sensitivity_chart import FIRST_COLOUR, HIGH_COLOUR, LOW_COLOUR
from synergy_gui.ui.panels.sensitivity_panel import SensitivityPanel
from synergy_gui.ui.sensitivity_controller import SensitivityController


@pytest.fixture
def parts(qtbot, document, tmp_path):
    view = ViewState(document)
    panel = SensitivityPanel()
    qtbot.addWidget(panel)
    target = tmp_path / "out.csv"
    controller = SensitivityController(
        document, view, panel, choose_csv_path=lambda parent: str(target)
    )
    panel.resize(700, 760)
    with qtbot.waitExposed(panel):
        panel.show()
    yield panel, controller, view, target
    controller.shutdown()


def _choose(panel: SensitivityPanel, method: str, samples: int | None = None) -> None:
    panel.method.setCurrentIndex(panel.method.findData(method))
    if samples is not None:
        panel.samples.setValue(samples)


def _run(qtbot, panel, controller):
    with qtbot.waitSignal(controller.resultReady, timeout=60_000) as done:
        panel.run_button.click()
    return done.args[0]


def _colour_pixels(widget, colour: QColor) -> int:
    image = widget.grab().toImage()
    wanted = colour.rgb()
    return sum(
        image.pixel(x, y) == wanted
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )


def test_a_tornado_run_paints_ranked_bars_and_fills_the_table(qtbot, parts, document):
    panel, controller, _view, _ = parts
    assert panel.outcome.currentData() == "loyalty"  # the default outcome
    assert _colour_pixels(panel.chart_view, HIGH_COLOUR) == 0  # nothing drawn before a run
    result = _run(qtbot, panel, controller)
    expected = run_sensitivity(document, None, SensitivityRequest("loyalty"))
    assert [p.name for p in result.parameters] == [p.name for p in expected.parameters]
    assert panel.table.rowCount() == len(expected.parameters) == 23
    assert panel.table.item(0, 1).text() == "Interactivity"
    assert panel.table.item(0, 2).text() == f"{expected.figures['low'][0]:.4f}"
    assert panel.table.item(0, 3).text() == f"{expected.figures['high'][0]:.4f}"
    drawn = panel.chart_view.drawn_rows()
    assert 3 <= len(drawn) < 23 and drawn[0].label == "Interactivity"
    assert _colour_pixels(panel.chart_view, LOW_COLOUR) > 50
    assert _colour_pixels(panel.chart_view, HIGH_COLOUR) > 50
    assert panel.progress.value() == 1000 and not panel.cancel_button.isEnabled()


def test_sobol_shows_s1_and_st_bars_with_the_engines_figures(qtbot, parts, document):
    panel, controller, _view, _ = parts
    _choose(panel, "sobol", 64)
    panel.when.setCurrentIndex(panel.when.findData("week"))
    panel.week.setValue(26)
    result = _run(qtbot, panel, controller)
    expected = run_sensitivity(document, None, SensitivityRequest("loyalty", 26.0, "sobol", 64))
    np.testing.assert_allclose(result.figures["ST"], expected.figures["ST"])
    assert panel.table.horizontalHeaderItem(2).text() == "S1"
    assert panel.table.item(0, 4).text() == f"{expected.figures['ST'][0]:.4f}"
    assert _colour_pixels(panel.chart_view, FIRST_COLOUR) > 50
    assert "N = 64, seed 12" in panel.chart_view.chart.subtitle


def test_progress_rises_while_the_event_loop_keeps_turning_and_ends_at_full(
    qtbot, parts, monkeypatch
):
    monkeypatch.setattr(sensitivity_runs, "CHUNK_CELLS", 200_000)  # many chunks
    panel, controller, _view, _ = parts
    _choose(panel, "sobol", 256)
    shares, ticks = [], []
    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(lambda: ticks.append(controller.run is not None))
    with qtbot.waitSignal(controller.resultReady, timeout=60_000):
        panel.run_button.click()
        controller.run.progress.connect(shares.append)
        timer.start()
    timer.stop()
    assert len(shares) > 3 and shares == sorted(shares)
    assert sum(ticks) >= 3  # the GUI thread ran timer ticks while the run was going on
    assert panel.progress.value() == 1000


def test_cancel_stops_the_run_and_no_result_arrives(qtbot, parts, monkeypatch):
    monkeypatch.setattr(sensitivity_runs, "CHUNK_CELLS", 50_000)
    panel, controller, _view, _ = parts
    _choose(panel, "sobol", 16_384)
    results = []
    controller.resultReady.connect(results.append)
    panel.run_button.click()
    run = controller.run
    assert panel.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: panel.progress.value() > 0, timeout=30_000)
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: not run.running, timeout=30_000)
    qtbot.wait(50)  # any queued signal would be delivered now
    assert results == [] and controller.last_result is None
    assert panel.progress.value() < 1000
    assert panel.chart_view.chart.note.startswith("Cancelled")
    assert panel.run_button.isEnabled() and not panel.cancel_button.isEnabled()


def test_a_new_run_supersedes_the_one_going_on(qtbot, parts):
    panel, controller, _view, _ = parts
    _choose(panel, "sobol", 4096)
    results = []
    controller.resultReady.connect(results.append)
    panel.run_button.click()
    first = controller.run
    _choose(panel, "tornado")
    with qtbot.waitSignal(controller.resultReady, timeout=60_000):
        panel.run_button.click()
    qtbot.waitUntil(lambda: not first.running, timeout=30_000)
    qtbot.wait(50)
    assert [r.method for r in results] == ["tornado"]
    assert controller.last_result.method == "tornado"


def test_export_csv_writes_the_shown_figures(qtbot, parts):
    panel, controller, _view, target = parts
    assert not panel.export_button.isEnabled()
    result = _run(qtbot, panel, controller)
    panel.export_button.click()
    rows = read_sensitivity_csv(target)
    assert [row["parameter"] for row in rows] == [p.name for p in result.parameters]
    assert [row["high"] for row in rows] == list(result.figures["high"])
    assert rows[0]["label"] == "Interactivity"
    assert panel.note.text() == f"Written to {target}."


def test_sobol_samples_step_and_snap_to_powers_of_two(parts):
    panel, *_ = parts
    _choose(panel, "sobol")
    assert panel.samples.value() == 1024
    panel.samples.stepBy(1)
    assert panel.samples.value() == 2048
    panel.samples.setValue(1000)
    assert panel.request().samples == 1024
    _choose(panel, "morris", 37)
    panel.samples.stepBy(1)
    assert panel.request().samples == 38 and panel.request().method == "morris"
    _choose(panel, "tornado")
    assert panel.request().samples is None and not panel.samples.isEnabled()


def test_text_size_grows_the_chart_and_the_controls(qtbot, parts):
    panel, controller, view, _ = parts
    _run(qtbot, panel, controller)
    before_chart = panel.chart_view.fonts()[0].pixelSize()
    before_rows = len(panel.chart_view.drawn_rows())
    view.set_text_scale(2.0)
    assert panel.chart_view.fonts()[0].pixelSize() == 2 * before_chart == 30
    assert panel.run_button.font().pixelSize() == 28
    assert len(panel.chart_view.drawn_rows()) < before_rows  # bigger rows: fewer fit


def test_an_edit_says_the_result_is_from_before_it(qtbot, parts, document):
    panel, controller, _view, _ = parts
    _run(qtbot, panel, controller)
    document.set_weight("digital_trust__loyalty", 0.5)
    assert "edited since" in panel.chart_view.chart.subtitle
    assert panel.table.rowCount() == 23  # the figures stay until the next run


def test_without_salib_the_panel_says_how_to_get_it(qtbot, parts, monkeypatch):
    for name in [name for name in sys.modules if name.split(".")[0] == "SALib"] + ["SALib"]:
        monkeypatch.setitem(sys.modules, name, None)
    panel, controller, _view, _ = parts
    _choose(panel, "sobol", 64)
    panel.run_button.click()
    qtbot.waitUntil(lambda: controller.run is None, timeout=30_000)
    assert UNAVAILABLE in panel.chart_view.chart.note
    assert not panel.export_button.isEnabled()


def test_another_model_opened_during_a_run_ends_it_and_an_edit_marks_its_result(
    qtbot, parts, document
):
    from synergy_gui.model.presets import load_preset

    panel, controller, _view, _ = parts
    _choose(panel, "sobol", 1024)
    panel.run_button.click()
    document.replace_with(load_preset("trust_influence_engagement"))
    assert controller.run is None and controller.last_result is None
    assert not panel.running
    qtbot.wait(200)
    assert panel.table.rowCount() == 0  # nothing about the last model is shown

    _choose(panel, "tornado")
    with qtbot.waitSignal(controller.resultReady, timeout=60_000):
        panel.run_button.click()
        document.set_weight(document.paths[0].id, 0.5)  # an edit while it runs
    assert "edited since" in panel.chart_view.chart.subtitle


def test_a_slider_move_does_not_recompile_for_the_outcome_list_but_a_rename_shows(
    parts, document, monkeypatch
):
    from synergy_gui.ui import sensitivity_controller

    panel, _controller, _view, _ = parts
    compiled: list[object] = []
    real = sensitivity_controller.compile_model
    monkeypatch.setattr(
        sensitivity_controller, "compile_model", lambda *a: compiled.append(a) or real(*a)
    )
    document.update_construct("interactivity", initial=0.9)  # what a slider drag does
    document.set_weight("digital_trust__loyalty", 0.5)
    assert compiled == []
    document.update_construct("loyalty", label="Brand loyalty")
    assert len(compiled) == 1
    assert panel.outcome.findText("Brand loyalty") >= 0
