"""Comparing scenarios in the window, driven through its widgets: ticks in the Scenarios dock,
the compare controls under the plot, a slider; checked against independent engine runs."""

from __future__ import annotations

import csv
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from synergy_gui.engine import Simulator, steady_state
from synergy_gui.engine.compare import compare
from synergy_gui.ui import messages, theme
from synergy_gui.ui.main_window import MainWindow
from synergy_gui.ui.panels.scenario_list import COMPARE

COMPARED = (None, "KOL launch", "KOL then KOC")


@pytest.fixture
def window(qtbot, qapp, settings_dir: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(messages, "ask_save_changes", lambda *_: "discard")
    theme.apply_theme(qapp, dark=False)
    main = MainWindow()
    qtbot.addWidget(main)
    main.resize(1600, 1000)
    main.show()
    assert main.open_preset("kol_koc_journey")
    main.simulation_panel  # noqa: B018  # the plots, as once the window has painted
    qtbot.waitUntil(lambda: main.controller.last_runs is not None)
    return main


def _tick(window: MainWindow, keys) -> None:
    """Tick the compare boxes in the Scenarios dock as the user does."""
    for key in keys:
        item = window.scenarios_panel.list.item_for(key)
        item.setCheckState(COMPARE, Qt.CheckState.Checked)
    window.controller.run_now()


def _independent(window: MainWindow, key, construct_id: str) -> np.ndarray:
    """An independent single engine run of a copy of the document."""
    return Simulator(window.document.clone(), key).run().series(construct_id)


def _settle(qtbot, window: MainWindow) -> None:
    """Wait for the steady states the controller computes once edits pause."""
    qtbot.waitUntil(
        lambda: (
            window.controller.last_comparison is not None
            and bool(window.controller.last_comparison.steadies)
        ),
        timeout=3000,
    )


def test_ticked_scenarios_are_overlaid_and_each_line_equals_a_single_run(window):
    panel = window.simulation_panel
    assert set(panel.plot.lines) == set(window.view_state.focus)  # one line per construct
    _tick(window, COMPARED)
    assert window.view_state.compared == COMPARED
    focus = window.view_state.focus
    assert set(panel.plot.lines) == {(key, cid) for key in COMPARED for cid in focus}
    for key in COMPARED:
        for cid in focus:
            np.testing.assert_allclose(
                panel.line_data((key, cid))[1], _independent(window, key, cid), atol=1e-12
            )
    lines = [panel.plot.lines[(key, "loyalty")] for key in COMPARED]
    dashes = {str(line._unscaled_dash_pattern) for line in lines}  # get_linestyle says "--"
    assert len(dashes) == 3  # a dash per scenario
    assert len({line.get_color() for line in lines}) == 1  # the construct keeps its colour
    legend = [text.get_text() for text in panel.plot.figure.legends[0].get_texts()]
    assert legend == ["As drawn", "KOL launch", "KOL then KOC"]


def test_small_multiples_give_each_construct_its_own_plot(window):
    _tick(window, COMPARED)
    panel = window.simulation_panel
    panel.compare_controls.small_multiples.click()
    focus = window.view_state.focus
    assert window.view_state.small_multiples
    assert len(panel.plot.axes_list) == len(focus)
    labels = {c.id: c.label for c in window.document.constructs}
    assert [axes.get_title(loc="left") for axes in panel.plot.axes_list] == [
        labels[cid] for cid in focus
    ]
    for index, cid in enumerate(focus):
        line = panel.plot.lines[("KOL then KOC", cid)]
        assert line.axes is panel.plot.axes_list[index]
        np.testing.assert_allclose(
            line.get_ydata(), _independent(window, "KOL then KOC", cid), atol=1e-12
        )
    panel.compare_controls.small_multiples.click()
    assert len(panel.plot.axes_list) == 1


def test_the_table_shows_the_engine_s_comparison_with_threshold_and_reference(qtbot, window):
    _tick(window, COMPARED)
    controls = window.simulation_panel.compare_controls
    controls.threshold.setValue(0.55)
    controls.reference.setCurrentIndex(1)
    controls.reference.activated.emit(1)
    assert window.view_state.reference == "KOL launch"
    assert window.view_state.threshold == 0.55
    _settle(qtbot, window)
    document = window.document.clone()
    focus = list(window.view_state.focus)
    expected = compare(document, COMPARED, focus, dict.fromkeys(focus, 0.55), "KOL launch")
    table = window.simulation_panel.table
    for key in COMPARED:
        for cid in focus:
            metrics = expected.metrics[key][cid]
            final, delta, settles, reaches, mean = table.text_at(key, cid)
            assert final == f"{metrics.final:.2f}"
            assert mean == f"{metrics.mean:.2f}"
            if key == "KOL launch":
                assert delta == "ref"
            else:
                assert delta == f"{expected.difference(key, cid):+.2f}"
            if metrics.reaches_at is None:
                assert reaches == "never"
            else:
                assert reaches == f"wk {metrics.reaches_at:g}"
            assert settles.startswith(f"{metrics.settled:.2f}")
    trust = expected.metrics["KOL then KOC"]["brand_trust"]
    assert trust.reaches_at is not None  # the threshold is crossed in the run shown


def test_the_threshold_column_counts_from_the_first_week_at_or_above_it(window):
    _tick(window, COMPARED)
    window.simulation_panel.compare_controls.threshold.setValue(0.6)
    series = _independent(window, "KOL then KOC", "brand_trust")
    times = Simulator(window.document.clone(), "KOL then KOC").run().times
    week = times[np.flatnonzero(series >= 0.6)[0]]  # by hand, from the engine's series
    reaches = window.simulation_panel.table.text_at("KOL then KOC", "brand_trust")[3]
    assert reaches == f"wk {week:g}"


def test_a_slider_reruns_every_compared_scenario(qtbot, window):
    _tick(window, COMPARED)
    panel = window.simulation_panel
    slider = window.stimulus_panel.slider_for("kol_reach")
    before = panel.line_data((None, "brand_awareness"))[1].copy()
    with qtbot.waitSignal(window.controller.resultReady, timeout=3000):
        slider.sliderPressed.emit()
        slider.setValue(100)
        slider.sliderReleased.emit()
    after = panel.line_data((None, "brand_awareness"))[1]
    assert not np.allclose(before, after)  # as drawn follows the slider
    for key in COMPARED:
        np.testing.assert_allclose(
            panel.line_data((key, "brand_awareness"))[1],
            _independent(window, key, "brand_awareness"),
            atol=1e-12,
        )
    final = window.simulation_panel.table.text_at(None, "brand_awareness")[0]
    assert final == f"{after[-1]:.2f}"


def test_the_diagram_shows_each_construct_s_difference_at_the_cursor(window):
    _tick(window, COMPARED)
    view = window.view_state
    view.set_reference("KOL launch")
    window.scenario_chooser.choose("KOL then KOC")
    window.controller.run_now()
    view.set_cursor(20)
    ours = Simulator(window.document.clone(), "KOL then KOC").run()
    theirs = Simulator(window.document.clone(), "KOL launch").run()
    for cid in ("brand_trust", "loyalty"):
        expected = ours.series(cid)[20] - theirs.series(cid)[20]
        badge = window.scene.item_for(cid).difference_badge
        assert badge.isVisible()
        assert badge.text == f"{expected:+.2f}".replace("-", "−").replace("+0.00", "±0.00")
    window.simulation_panel.compare_controls.differences.click()
    assert not window.scene.item_for("brand_trust").difference_badge.isVisible()
    window.simulation_panel.compare_controls.differences.click()
    window.scenario_chooser.choose("KOL launch")  # the reference itself: nothing to tell
    window.controller.run_now()
    assert not window.scene.item_for("brand_trust").difference_badge.isVisible()


def test_ending_the_comparison_gives_back_the_single_plot_and_values(window):
    _tick(window, COMPARED)
    panel = window.simulation_panel
    assert panel.table.isVisibleTo(panel) and not panel.values.isVisibleTo(panel)
    for key in COMPARED[1:]:
        window.scenarios_panel.list.item_for(key).setCheckState(COMPARE, Qt.CheckState.Unchecked)
    window.controller.run_now()
    assert not window.view_state.comparing
    assert set(panel.plot.lines) == set(window.view_state.focus)
    assert not panel.table.isVisibleTo(panel) and panel.values.isVisibleTo(panel)
    assert not window.scene.item_for("brand_trust").difference_badge.isVisible()


def test_export_table_writes_the_table_as_csv(qtbot, window, tmp_path, monkeypatch):
    _tick(window, COMPARED)
    _settle(qtbot, window)
    target = tmp_path / "table"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.simulation_panel.compare_controls.export.click()
    written = tmp_path / "table.csv"
    rows = list(csv.DictReader(written.open(encoding="utf-8")))
    focus = window.view_state.focus
    assert len(rows) == len(focus) * len(COMPARED)
    comparison = window.controller.last_comparison
    row = next(r for r in rows if r["scenario"] == "KOL then KOC" and r["construct"] == "loyalty")
    assert float(row["final"]) == comparison.metrics["KOL then KOC"]["loyalty"].final


def test_export_figure_of_small_multiples_keeps_every_plot(window, tmp_path):
    from synergy_gui.ui.panels.plot_export import export_figure, slide_figure

    _tick(window, COMPARED)
    window.view_state.set_small_multiples(True)
    plot = window.simulation_panel.plot
    figure = slide_figure(plot)
    labels = {c.id: c.label for c in window.document.constructs}
    focus = window.view_state.focus
    assert [axes.get_title(loc="left") for axes in figure.axes] == [labels[c] for c in focus]
    for axes, cid in zip(figure.axes, focus, strict=True):
        assert len(axes.get_lines()) == len(COMPARED)
        np.testing.assert_allclose(
            axes.get_lines()[2].get_ydata(), _independent(window, "KOL then KOC", cid), atol=1e-12
        )
    legend = [text.get_text() for text in figure.legends[0].get_texts()]
    assert legend == ["As drawn", "KOL launch", "KOL then KOC"]
    written = export_figure(plot, tmp_path / "comparison.svg")
    assert "KOL then KOC" in written.read_text(encoding="utf-8")


def test_save_reopen_and_compare_gives_the_same_table(qtbot, window, tmp_path):
    _tick(window, COMPARED)
    _settle(qtbot, window)
    table = window.simulation_panel.table
    before = {(k, c): table.text_at(k, c) for k in COMPARED for c in window.view_state.focus}
    path = tmp_path / "journey.synergy.json"
    assert window.save_to(path)
    assert window.open_path(path)
    assert not window.view_state.comparing  # a new document starts afresh
    _tick(window, COMPARED)
    _settle(qtbot, window)
    after = {(k, c): table.text_at(k, c) for k in COMPARED for c in window.view_state.focus}
    assert after == before


def test_steady_states_of_compared_scenarios_are_the_engine_s(qtbot, window):
    _tick(window, COMPARED)
    _settle(qtbot, window)
    comparison = window.controller.last_comparison
    for key in COMPARED:
        expected = steady_state(Simulator(window.document.clone(), key).model)
        np.testing.assert_allclose(comparison.steadies[key].levels, expected.levels, atol=1e-12)


def test_no_widget_keeps_its_own_copy_of_the_active_scenario(window):
    """Everything that shows the active scenario reads the one view state: a change there
    reaches every one of them, and none holds the name in an attribute of its own."""
    window.view_state.set_scenario("Flash sale")
    window.controller.run_now()
    assert window.scenario_chooser.combo.currentText() == "Flash sale"
    assert window.controller.last_result.scenario == "Flash sale"
    assert window.scenarios_panel.list.currentItem().text(0) == "Flash sale"
    assert window.stimulus_panel.view is window.view_state
    names = {s.name for s in window.document.scenarios}
    holders = []
    for owner in _objects_of(window):
        for attribute, value in vars(owner).items():
            if isinstance(value, str) and value in names and "scenario" in attribute.lower():
                holders.append(f"{type(owner).__name__}.{attribute}")
    assert holders == []


def test_a_scenario_renamed_elsewhere_is_followed_by_every_view(window):
    window.view_state.set_compared([None, "Flash sale"])
    window.view_state.set_scenario("Flash sale")
    window.controller.run_now()
    window.document.update_scenario("Flash sale", name="Weekend sale")
    window.controller.run_now()
    assert window.scenario_chooser.combo.currentText() == "Weekend sale"
    assert window.controller.last_result.scenario == "Weekend sale"
    assert window.view_state.compared == (None, "Weekend sale")
    assert window.simulation_panel.table.text_at("Weekend sale", "loyalty")


def _objects_of(window: MainWindow) -> list:
    """The window's controllers and panels: every object that could hold view state."""
    objects = [
        window,
        window.controller,
        window.results,
        window.scenario_chooser,
        window.stimulus_panel,
        window.weights_panel,
        window.scenarios_panel,
        window.levers_panel,
        window.simulation_panel,
        window.simulation_panel.cursor,
        window.simulation_panel.compare_controls,
        window.simulation_panel.table,
    ]
    objects += window.scenarios_panel.findChildren(object)
    return [o for o in objects if hasattr(o, "__dict__")]


def test_comparing_with_the_plots_shown_never_freezes_the_window():
    """A comparison shrinks the diagram; its scroll bars once flipped on and off forever
    there. Run in a process of its own, so a freeze fails the test instead of the run."""
    script = textwrap.dedent(
        """
        import os, tempfile
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QSettings, QStandardPaths
        from synergy_gui.ui.app import create_application
        app = create_application()
        QStandardPaths.setTestModeEnabled(True)
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                          tempfile.mkdtemp())
        from synergy_gui.ui.main_window import MainWindow
        window = MainWindow(); window.resize(1600, 1000); window.show()
        window.simulation_panel
        window.view_state.set_compared([None, "Baseline", "Interactivity only"])
        slider = window.stimulus_panel.slider_for("interactivity")
        for value in (0, 300, 700, 1000):
            runs = window.controller.run_count
            slider.setValue(value)
            for _ in range(20):
                app.processEvents()
            assert window.controller.run_count > runs
        window.undo_stack.setClean()
        print("alive")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.stdout.strip().endswith("alive"), done.stderr[-2000:]


def test_an_edit_of_a_compared_scenario_reruns_it(window):
    from synergy_gui.model import Schedule

    _tick(window, COMPARED)
    runs = window.controller.run_count
    window.document.set_schedule("KOL launch", "kol_reach", Schedule("constant", 1.0))
    assert window.controller.pending
    window.controller.run_now()
    assert window.controller.run_count == runs + 1
    np.testing.assert_allclose(
        window.simulation_panel.line_data(("KOL launch", "brand_awareness"))[1],
        _independent(window, "KOL launch", "brand_awareness"),
        atol=1e-12,
    )


def test_ending_a_comparison_gives_the_diagram_its_room_back(qtbot, window):
    dock = window.docks["simulation"]
    qtbot.wait(20)
    before = (dock.height(), window.view.height())
    _tick(window, COMPARED)
    qtbot.waitUntil(lambda: dock.height() > before[0] + 50, timeout=2000)  # room for the table
    for key in COMPARED:
        window.scenarios_panel.list.item_for(key).setCheckState(COMPARE, Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: abs(dock.height() - before[0]) <= 4, timeout=2000)
    assert abs(window.view.height() - before[1]) <= 4


def test_a_threshold_is_typed_and_taken_on_enter(qtbot, window):
    from PySide6.QtTest import QTest

    _tick(window, COMPARED)
    box = window.simulation_panel.compare_controls.threshold
    box.setFocus()
    box.selectAll()
    QTest.keyClicks(box, "0.75")
    assert window.view_state.threshold == 0.6  # nothing taken while typing
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert window.view_state.threshold == 0.75
    assert box.text() == "0.75"
    header = window.simulation_panel.table.horizontalHeaderItem(4).text()
    assert header == "≥ 0.75"


def test_the_window_fits_a_1024_pixel_screen_while_comparing(qtbot, window):
    window.resize(1024, 700)
    window.docks["scenarios"].raise_()
    _tick(window, COMPARED)
    qtbot.wait(20)
    assert window.minimumSizeHint().width() <= 1024
    assert window.width() == 1024
