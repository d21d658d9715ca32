"""The main window as a user meets it: the default preset, sliders driving the plots and the
diagram, edits through the window's own actions, undo and redo, and an empty model."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from synergy_gui.engine import Simulator
from synergy_gui.model import ModelDocument, Scenario
from synergy_gui.model.presets import DEFAULT_PRESET, load_preset
from synergy_gui.ui import messages, theme
from synergy_gui.ui.app import needs_offscreen
from synergy_gui.ui.main_window import MainWindow

TRUST, ENGAGEMENT, LOYALTY = "digital_trust", "brand_engagement", "loyalty"
FOCUS = (TRUST, ENGAGEMENT, LOYALTY)


@pytest.fixture
def window(qtbot, settings_dir: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(messages, "ask_save_changes", lambda *_: "discard")
    theme.apply_theme(qtbot_app(), dark=False)  # the palette is global: start light
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.controller.last_result is not None)
    return main


def qtbot_app() -> QApplication:
    return QApplication.instance()


def _expected(document: ModelDocument):
    """An independent engine run of a copy of the document, outside the window."""
    return Simulator(document.clone()).run()


def _move(qtbot, window: MainWindow, slider, value: int) -> None:
    """Move a slider as a drag does (press, value, release) and wait for the new result."""
    with qtbot.waitSignal(window.controller.resultReady, timeout=3000):
        slider.sliderPressed.emit()
        slider.setValue(value)
        slider.sliderReleased.emit()


def _diagram_levels(window: MainWindow) -> dict[str, str]:
    """The level each construct shows on the diagram, as written on it (two decimals)."""
    items = {c.id: window.scene.item_for(c.id) for c in window.document.constructs}
    return {construct_id: item.level_text for construct_id, item in items.items()}


def _shown(level: float) -> str:
    return f"{level:.2f}"


def _plotted(window: MainWindow, construct_id: str) -> np.ndarray:
    return window.simulation_panel.line_data(construct_id)[1].copy()


def test_window_opens_on_the_default_preset(window: MainWindow):
    preset = load_preset(DEFAULT_PRESET)
    assert window.document == preset
    assert preset.meta.title in window.windowTitle()
    for construct in preset.constructs:
        assert window.scene.item_for(construct.id) is not None
    for path in preset.paths:
        assert window.scene.item_for(path.id) is not None
    stimuli = [c.id for c in preset.constructs if c.role == "stimulus"]
    assert window.stimulus_panel.stimulus_ids() == stimuli
    expected = _expected(preset)
    for construct_id in FOCUS:
        np.testing.assert_allclose(_plotted(window, construct_id), expected.series(construct_id))


def test_a_stimulus_slider_moves_the_plots_and_the_diagram(qtbot, window: MainWindow):
    before = {cid: _plotted(window, cid) for cid in FOCUS}
    levels_before = _diagram_levels(window)
    slider = window.stimulus_panel.slider_for("interactivity")
    _move(qtbot, window, slider, slider.maximum())
    assert window.document.construct("interactivity").initial == 1.0
    expected = _expected(window.document)
    for construct_id in FOCUS:
        after = _plotted(window, construct_id)
        assert not np.allclose(after, before[construct_id])
        np.testing.assert_allclose(after, expected.series(construct_id))
    levels = _diagram_levels(window)
    for construct_id, level in levels.items():
        assert level == _shown(expected.final(construct_id))
    assert float(levels[TRUST]) > float(levels_before[TRUST])


def test_slider_extremes_do_not_break_anything(qtbot, window: MainWindow):
    for construct_id in window.stimulus_panel.stimulus_ids():
        slider = window.stimulus_panel.slider_for(construct_id)
        _move(qtbot, window, slider, slider.minimum())
    expected = _expected(window.document)
    assert all(c.initial == 0.0 for c in window.document.constructs if c.role == "stimulus")
    for construct_id, level in _diagram_levels(window).items():
        assert level == _shown(expected.final(construct_id))
        assert 0.0 <= float(level) <= 1.0


def test_a_path_weight_slider_changes_the_results(qtbot, window: MainWindow):
    stimulus = window.stimulus_panel.slider_for("interactivity")
    _move(qtbot, window, stimulus, stimulus.maximum())
    loyalty_before = window.controller.last_result.final(LOYALTY)
    slider = window.weights_panel.slider_for("digital_trust__loyalty")
    _move(qtbot, window, slider, slider.minimum())
    assert window.document.path("digital_trust__loyalty").weight == -1.0
    expected = _expected(window.document)
    assert window.controller.last_result.final(LOYALTY) == pytest.approx(expected.final(LOYALTY))
    assert expected.final(LOYALTY) < loyalty_before
    np.testing.assert_allclose(_plotted(window, LOYALTY), expected.series(LOYALTY))


def test_the_time_cursor_shows_earlier_levels_on_the_diagram(qtbot, window: MainWindow):
    slider = window.stimulus_panel.slider_for("personalization")
    _move(qtbot, window, slider, slider.maximum())
    expected = _expected(window.document)
    trust = expected.series(TRUST)
    assert _shown(trust[3]) != _shown(trust[-1])  # the early weeks differ visibly
    window.simulation_panel.cursor.slider.setValue(3)  # as the user drags it
    assert _diagram_levels(window)[TRUST] == _shown(trust[3])
    window.actions["simulation.step"].trigger()
    assert _diagram_levels(window)[TRUST] == _shown(trust[4])


def _select(window: MainWindow, *ids: str) -> None:
    window.scene.clearSelection()
    for item_id in ids:
        window.scene.item_for(item_id).setSelected(True)


def _rename_in_place(qtbot, window: MainWindow, text: str) -> None:
    editor = window.scene.editor
    assert editor is not None
    editor.setPlainText(text)
    editor.finish(True)
    qtbot.waitUntil(lambda: window.scene.editor is None)


def test_add_connect_rename_and_delete_through_the_actions(qtbot, window: MainWindow):
    original = window.document.clone()
    count = len(window.document.constructs)
    window.actions["edit.add_construct"].trigger()
    assert len(window.document.constructs) == count + 1
    new_id = window.document.constructs[-1].id
    _rename_in_place(qtbot, window, "Brand love")
    assert window.document.construct(new_id).label == "Brand love"

    _select(window, "loyalty", new_id)
    assert window.actions["edit.connect"].isEnabled()
    window.actions["edit.connect"].trigger()  # the organism comes first: new -> loyalty
    path = window.document.find_path(new_id, "loyalty")
    assert path is not None and window.scene.item_for(path.id) is not None

    _select(window, "digital_trust")
    window.actions["edit.rename"].trigger()
    _rename_in_place(qtbot, window, "Trust in the brand")
    assert window.document.construct("digital_trust").label == "Trust in the brand"

    _select(window, new_id)
    window.actions["edit.delete"].trigger()
    assert not window.document.has_construct(new_id)
    assert window.document.find_path(new_id, "loyalty") is None
    assert window.scene.item_for(new_id) is None

    while window.undo_stack.canUndo():
        window.actions["edit.undo"].trigger()
    assert window.document == original


def test_a_refused_connection_is_reported_in_the_status_bar(window: MainWindow):
    before = window.document.clone()
    _select(window, "interactivity", "personalization")
    window.actions["edit.connect"].trigger()  # a path into a stimulus is refused
    assert window.document == before
    assert "stimul" in window.statusBar().currentMessage()


def test_undo_restores_the_exact_document_and_redo_reapplies(qtbot, window: MainWindow):
    original = window.document.clone()
    stimulus = window.stimulus_panel.slider_for("ewom")
    _move(qtbot, window, stimulus, 80)
    weight = window.weights_panel.slider_for("ewom__digital_trust")
    _move(qtbot, window, weight, weight.maximum())
    _select(window, "perceived_authenticity")
    window.actions["edit.delete"].trigger()
    edited = window.document.clone()
    assert edited != original
    assert window.undo_stack.count() == 3  # one step per drag, one for the delete
    for _ in range(3):
        window.actions["edit.undo"].trigger()
    assert window.document == original
    assert not window.isWindowModified()
    for _ in range(3):
        window.actions["edit.redo"].trigger()
    assert window.document == edited
    qtbot.waitUntil(lambda: not window.controller.pending)
    expected = _expected(edited)
    assert window.controller.last_result.final(LOYALTY) == pytest.approx(expected.final(LOYALTY))


def test_an_empty_model_survives_every_action(qtbot, window: MainWindow, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: ("", ""))  # export: cancel
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_: ("", ""))  # import: cancel
    window.actions["file.new"].trigger()
    assert window.document == ModelDocument()
    assert window.windowTitle() == "Untitled[*] — Synergy Explorer"
    for key in window.actions:
        if key not in ("file.quit", "file.open", "file.save", "file.save_as", "file.new"):
            window.actions[key].trigger()
            qtbot.wait(10)
    assert window.isVisible()
    while window.undo_stack.canUndo():
        window.actions["edit.undo"].trigger()
        qtbot.wait(10)
    assert window.document == ModelDocument()


def test_selecting_a_construct_shows_it_in_the_inspector(window: MainWindow):
    _select(window, "digital_trust")
    assert window.inspector.item_id == "digital_trust"
    _select(window, "digital_trust", "loyalty")
    assert window.inspector.item_id is None
    assert window.actions["edit.connect"].isEnabled()
    assert not window.actions["edit.rename"].isEnabled()


def test_choosing_a_scenario_simulates_it(qtbot, window: MainWindow):
    name = window.document.scenarios[-1].name
    with qtbot.waitSignal(window.controller.resultReady, timeout=3000):
        window.scenario_chooser.choose(name)
    expected = Simulator(window.document.clone(), name).run()
    assert window.view_state.scenario == window.controller.last_result.scenario == name
    np.testing.assert_allclose(_plotted(window, TRUST), expected.series(TRUST))
    assert window.scenario_chooser.combo.currentText() == name


def test_dark_palette_is_applied_and_remembered(window: MainWindow, qapp):
    window.actions["view.dark"].trigger()
    assert qapp.palette().window().color().lightness() < 80
    assert QSettings().value("view/dark", type=bool)
    window.actions["view.dark"].trigger()
    assert qapp.palette().window().color().lightness() > 180


def test_shortcuts_are_the_standard_ones(window: MainWindow):
    shortcut = {key: window.actions[key].shortcut().toString() for key in window.actions}
    assert shortcut["file.new"] == "Ctrl+N"
    assert shortcut["file.open"] == "Ctrl+O"
    assert shortcut["file.save"] == "Ctrl+S"
    assert shortcut["edit.undo"] == "Ctrl+Z"
    assert shortcut["edit.delete"] == "Del"
    assert window.actions["edit.redo"].shortcuts()  # Ctrl+Shift+Z / Ctrl+Y
    assert shortcut["edit.rename"] == "F2"


@pytest.mark.parametrize(
    ("environ", "platform", "offscreen"),
    [
        ({}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", False),
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_no_display_on_linux_means_offscreen(environ, platform, offscreen):
    assert needs_offscreen(environ, platform) is offscreen


def _glyph_lightness(icon) -> float:
    """The mean lightness (0 black .. 1 white) of an icon's drawn pixels."""
    image = icon.pixmap(24, 24).toImage()
    values = [
        image.pixelColor(x, y).lightnessF()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alphaF() > 0.5
    ]
    assert values, "the icon draws nothing"
    return sum(values) / len(values)


def test_play_and_step_icons_are_light_on_the_dark_palette(window: MainWindow, qtbot):
    cursor = window.simulation_panel.cursor
    icons = lambda: [  # noqa: E731
        window.actions["simulation.play"].icon(),
        window.actions["simulation.step"].icon(),
        window.actions["edit.undo"].icon(),
        cursor.play_button.icon(),
        cursor.back_button.icon(),
        cursor.step_button.icon(),
    ]
    assert all(_glyph_lightness(icon) < 0.3 for icon in icons())  # dark on light
    window.actions["view.dark"].trigger()
    qtbot.waitUntil(lambda: all(_glyph_lightness(icon) > 0.7 for icon in icons()))
    window.actions["view.dark"].trigger()
    qtbot.waitUntil(lambda: all(_glyph_lightness(icon) < 0.3 for icon in icons()))


def test_the_scenario_chooser_stays_visible_in_a_small_window(window: MainWindow, qtbot):
    combo = window.scenario_chooser.combo
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: combo.isVisible())
    inside = window.toolbar.rect().contains(combo.geometry())
    assert inside, "the chooser is cut off by the toolbar's edge"
    window.resize(1440, 900)
    qtbot.waitUntil(lambda: window.width() == 1440)
    play = window.toolbar.widgetForAction(window.actions["simulation.play"])
    assert play.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon  # names again
    assert combo.isVisible()


def test_a_status_message_replaces_the_hint_instead_of_overlapping_it(window: MainWindow, qtbot):
    hint = window._hint
    assert hint.isVisible()
    window.show_problem("Select exactly two constructs to connect them.")
    assert window.statusBar().currentMessage().startswith("Select exactly two")
    assert not hint.isVisible()
    window.statusBar().clearMessage()
    assert hint.isVisible()


def test_the_diagram_is_fitted_before_the_first_paint_and_does_not_jump(
    qtbot, settings_dir, monkeypatch
):
    monkeypatch.setattr(messages, "ask_save_changes", lambda *_: "discard")
    main = MainWindow()
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()  # no event processed yet: what the first paint will show
    at_show = (main.view.transform(), main.view.mapToScene(main.view.viewport().rect().center()))
    qtbot.waitUntil(
        lambda: main.results.panel is not None and main.results.panel.result is not None
    )
    qtbot.wait(50)
    after = (main.view.transform(), main.view.mapToScene(main.view.viewport().rect().center()))
    # the plots loaded without moving the diagram: the same scale, and the same centre to
    # within the 2 px a re-centring on whole scroll-bar steps may take
    assert after[0] == at_show[0]
    shift = (after[1] - at_show[1]) * main.view.zoom
    assert abs(shift.x()) <= 2.5 and abs(shift.y()) <= 2.5
    main.view.fit_all()  # and what was shown is the fitted view
    assert main.view.transform() == at_show[0]


def test_scenario_names_and_undo_texts_show_their_ampersand(window: MainWindow):
    from synergy_gui.model.elements import Scenario

    window.document.add_scenario(Scenario("Ads & PR"))
    menu = window.menus["Simulation"]
    scenarios = next(a.menu() for a in menu.actions() if a.menu() is not None)
    scenarios.aboutToShow.emit()
    assert "Ads && PR" in [a.text() for a in scenarios.actions()]  # shows "Ads & PR"
    window.undo_stack.push(QUndoCommand("Rename to “Q & A”"))
    assert window.actions["edit.undo"].text() == "&Undo Rename to “Q && A”"


def test_a_scenario_greys_the_weights_it_overrides(qtbot, window: MainWindow):
    document = window.document
    path_id = document.paths[0].id
    document.add_scenario(Scenario("Stronger first path", weight_overrides={path_id: 0.9}))
    window.scenario_chooser.choose("Stronger first path")
    row = window.weights_panel.rows.row(path_id)
    assert row.slider.isHidden()
    assert "0.9" in row.driven_note.text()
    window.scenario_chooser.choose(None)
    assert not row.slider.isHidden()


def test_levers_tab_ranks_stimuli_for_loyalty_and_follows_sliders(qtbot, window: MainWindow):
    levers = window.levers_panel
    window.docks["levers"].raise_()
    with qtbot.waitSignal(window.controller.steadyReady, timeout=3000):
        window.stimulus_panel.slider_for("interactivity").setValue(950)
    assert levers.current_outcome() == "loyalty"
    expected = Simulator(window.document.clone()).effects()
    for lever in levers.levers:
        assert lever.total == pytest.approx(expected.of("loyalty", lever.stimulus_id)[2])
    totals = [abs(lever.total) for lever in levers.levers]
    assert totals == sorted(totals, reverse=True)


def test_opening_another_model_starts_at_its_end_and_asks_about_its_loyalty(window: MainWindow):
    window.view_state.set_cursor(5)
    window.levers_panel.select_outcome("digital_trust")
    assert window.open_preset("kol_koc_journey")
    assert window.view_state.cursor is None
    panel = window.simulation_panel
    window.controller.run_now()
    assert panel.cursor.step == panel.cursor.steps  # the final week, not week 5
    assert window.levers_panel.current_outcome() == "loyalty"


def test_ctrl_a_selects_the_whole_diagram(qtbot, window: MainWindow):
    from PySide6.QtTest import QTest

    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    document = window.document
    everything = {i.id for i in (*document.constructs, *document.paths, *document.junctions)}
    assert set(window.scene.selected_ids()) == everything
    assert window.actions["edit.select_all"].shortcut().toString() == "Ctrl+A"


@pytest.mark.parametrize("size", [(1024, 700), (1366, 768)])
def test_the_window_fits_small_screens_and_the_time_slider_stays_usable(qtbot, window, size):
    from synergy_gui.ui.panels.time_cursor import MIN_SLIDER_WIDTH

    window.resize(*size)
    panel = window.simulation_panel
    qtbot.wait(20)
    assert window.width() == size[0]
    assert panel.cursor.slider.width() >= MIN_SLIDER_WIDTH
