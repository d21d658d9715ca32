"""Presentation mode: F11 in, Esc out, the story stepped by arrow keys and clicker keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDoubleSpinBox, QMessageBox

from synergy_gui.model.story import Story, StoryStep
from synergy_gui.ui import messages, theme
from synergy_gui.ui.main_window import MainWindow
from synergy_gui.ui.presentation import PRESENT_TEXT_SCALE, wanted_label_px

INTERACTIVITY, PERSONALIZATION = "interactivity", "personalization"
TRUST, LOYALTY = "digital_trust", "loyalty"


def _story() -> Story:
    return Story(
        "Synergy in four steps",
        [
            StoryStep(
                "What the consumer sees",
                "Two levers a brand controls.",
                shown=[INTERACTIVITY, PERSONALIZATION],
                levels={INTERACTIVITY: 0.2, PERSONALIZATION: 0.2},
                sliders=[INTERACTIVITY],
                plotted=[TRUST],
            ),
            StoryStep(
                "Trust forms",
                "Interactivity builds digital trust.",
                shown=[INTERACTIVITY, PERSONALIZATION, TRUST],
                reveal="hide",
                levels={INTERACTIVITY: 0.9},
                week=10,
            ),
            StoryStep("Loyalty follows", "", plotted=[TRUST, LOYALTY], play=True),
            StoryStep("Everything", "The whole model."),
        ],
    )


@pytest.fixture
def window(qtbot, settings_dir: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(messages, "ask_save_changes", lambda *_: "discard")
    theme.apply_theme(QApplication.instance(), dark=False)
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.controller.last_result is not None)
    main.document.story = _story()
    return main


def _press(qtbot, window: MainWindow, key: Qt.Key) -> None:
    target = QApplication.focusWidget() or window.view
    qtbot.keyClick(target, key)


def _levels(window: MainWindow) -> dict[str, float]:
    return {c.id: c.initial for c in window.document.constructs if c.role == "stimulus"}


def test_f11_presents_full_screen_without_editing_chrome_and_esc_gives_everything_back(
    qtbot, window: MainWindow
):
    before_levels = _levels(window)
    visible_docks = {name for name, dock in window.docks.items() if dock.isVisible()}
    focus = window.view_state.focus
    editing_labels = window.view.label_pixel_size()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F11)
    assert window.presentation.active
    assert window.isFullScreen()
    assert not window.menuBar().isVisible() and not window.toolbar.isVisible()
    assert not window.statusBar().isVisible()
    assert {n for n, d in window.docks.items() if d.isVisible()} <= {"simulation", "stimuli"}
    assert window.presentation.bar_dock.isVisible()
    assert window.presentation.bar.title.text() == "What the consumer sees"
    assert window.view_state.text_scale >= PRESENT_TEXT_SCALE
    assert window.view.label_pixel_size() > editing_labels  # larger type …
    viewport = window.view.viewport().rect()
    for construct in window.document.constructs:  # … and still the whole diagram
        item = window.scene.item_for(construct.id)
        shown = window.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        assert viewport.contains(shown), construct.id
    assert window.document.construct(INTERACTIVITY).initial == 0.2  # the step's level

    _press(qtbot, window, Qt.Key.Key_Escape)
    assert not window.presentation.active
    assert not window.isFullScreen()
    assert window.menuBar().isVisible() and window.toolbar.isVisible()
    assert {n for n, d in window.docks.items() if d.isVisible()} == visible_docks
    assert not window.presentation.bar_dock.isVisible()
    assert window.view_state.text_scale == 1.0
    assert window.view_state.shown is None and window.view_state.focus == focus
    assert _levels(window) == before_levels  # the steps' levels are undone …
    window.undo_stack.redo()
    assert window.document.construct(INTERACTIVITY).initial == 0.2  # … and Redo has them


def test_arrow_and_clicker_keys_step_the_story_and_each_step_is_applied(qtbot, window: MainWindow):
    window.presentation.enter()
    view, document = window.view_state, window.document
    assert view.shown == {INTERACTIVITY, PERSONALIZATION} and view.reveal_mode == "fade"
    assert view.focus == (TRUST,)
    rows = window.stimulus_panel.rows
    assert [k for k in rows.ordered_keys() if not rows.row(k).isHidden()] == [INTERACTIVITY]

    _press(qtbot, window, Qt.Key.Key_Right)
    assert window.presentation.index == 1
    assert view.shown == {INTERACTIVITY, PERSONALIZATION, TRUST} and view.reveal_mode == "hide"
    assert document.construct(INTERACTIVITY).initial == 0.9
    assert document.construct(PERSONALIZATION).initial == 0.2  # kept from step 1
    assert view.focus == (TRUST,)  # step 2 leaves the plot as step 1 set it
    assert view.cursor == 10
    assert window.presentation.bar.counter.text() == "Step 2 of 4"

    _press(qtbot, window, Qt.Key.Key_PageDown)
    assert window.presentation.index == 2
    assert view.shown is None and view.focus == (TRUST, LOYALTY)
    assert window.simulation_panel.cursor.playing  # "play" plays from the start

    _press(qtbot, window, Qt.Key.Key_PageUp)
    _press(qtbot, window, Qt.Key.Key_Left)
    assert window.presentation.index == 0
    assert document.construct(INTERACTIVITY).initial == 0.2  # going back restores step 1
    _press(qtbot, window, Qt.Key.Key_Left)
    assert window.presentation.index == 0  # the first step stays first
    _press(qtbot, window, Qt.Key.Key_End)
    assert window.presentation.bar.title.text() == "Everything"
    assert not window.presentation.bar.next.isEnabled()


def test_a_model_without_a_story_is_presented_whole_under_its_title(qtbot, window: MainWindow):
    window.document.story = None
    window.presentation.enter()
    assert window.presentation.bar.title.text() == window.document.meta.title
    assert window.presentation.bar.counter.text() == "No story in this model"
    assert window.view_state.shown is None
    _press(qtbot, window, Qt.Key.Key_Right)  # nothing to step: no error
    window.presentation.leave()
    assert window.menuBar().isVisible()


def test_the_wanted_label_size_is_16_px_at_768_and_24_px_at_1080():
    assert wanted_label_px(768) == 16
    assert wanted_label_px(1080) == 24
    assert wanted_label_px(600) == 16


def test_while_presenting_undo_open_and_editing_wait_and_come_back_after(qtbot, window):
    window.document.update_construct(INTERACTIVITY, initial=0.95)  # the lecturer's own edit
    window.presentation.enter(1)
    for key in ("file.open", "file.new", "file.save", "edit.delete", "edit.add_construct"):
        assert not window.actions[key].isEnabled(), key
    assert not window.drop_filter.enabled
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.construct(INTERACTIVITY).initial == 0.9  # the step's, not undone
    assert window.presentation.index == 1
    window.presentation.leave()
    assert window.actions["file.open"].isEnabled() and window.drop_filter.enabled
    assert window.actions["edit.undo"].shortcuts()  # Ctrl+Z works again
    assert window.document.construct(INTERACTIVITY).initial == 0.95


def test_closing_while_presenting_never_offers_the_presentation_s_levels_for_saving(
    qtbot, window, monkeypatch
):
    window.undo_stack.setClean()
    asked: list[object] = []
    monkeypatch.setattr(messages, "ask_save_changes", lambda *a: asked.append(a) or "discard")
    window.presentation.enter(1)
    assert not window.undo_stack.isClean()  # the step moved sliders
    window.close()
    assert asked == []
    assert not window.presentation.active and window.undo_stack.isClean()


def test_keys_typed_into_a_number_box_are_not_taken_as_story_steps(qtbot, window):
    window.presentation.enter(1)
    box = window.stimulus_panel.rows.row(INTERACTIVITY).findChild(QDoubleSpinBox)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert window.presentation.index == 1
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    assert window.presentation.index == 2


def test_opening_another_model_while_presenting_ends_it_on_the_new_model_s_view(qtbot, window):
    window.presentation.enter(2)
    window.open_preset("kol_koc_journey")
    assert not window.presentation.active and window.menuBar().isVisible()
    assert window.view_state.focus == tuple(window.document.settings.focus)
