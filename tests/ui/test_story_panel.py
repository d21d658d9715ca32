"""The Story dock: add the current view as a step, edit, reorder, delete and show steps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from synergy_gui.model.presets import load_preset
from synergy_gui.model.view_state import ViewState
from synergy_gui.ui.commands import RemoveItemsCommand, push
from synergy_gui.ui.panels.story_panel import NO_STEPS_TEXT, StoryPanel
from synergy_gui.ui.panels.story_step_dialog import END_OF_RUN, StoryStepDialog


@pytest.fixture
def view(document) -> ViewState:
    return ViewState(document)


@pytest.fixture
def story_panel(qtbot, document, stack, view) -> StoryPanel:
    panel = StoryPanel(document, stack, view)
    qtbot.addWidget(panel)
    panel.resize(300, 600)
    with qtbot.waitExposed(panel):
        panel.show()
    return panel


def _rows(panel: StoryPanel) -> list[str]:
    panel.ensure_current()
    return [panel.list.item(row).text() for row in range(panel.list.count())]


def _click(qtbot, panel: StoryPanel, name: str) -> None:
    qtbot.mouseClick(panel.buttons[name], Qt.MouseButton.LeftButton)


def test_the_panel_lists_the_story(story_panel: StoryPanel, document):
    assert story_panel.title_edit.text() == document.story.title
    assert _rows(story_panel)[:2] == [
        "1. What the consumer sees",
        "2. What happens inside the consumer",
    ]
    assert len(_rows(story_panel)) == 8


def test_add_current_view_makes_a_step_of_what_the_window_shows(
    qtbot, story_panel: StoryPanel, document, stack, view
):
    view.set_shown(["interactivity", "digital_trust"], mode="hide")
    view.set_highlighted(["x_interactivity_personalization"])
    view.set_focus(["digital_trust", "loyalty"])
    view.set_cursor(12)
    view.set_scenario("Both together")
    story_panel.select(None)
    _click(qtbot, story_panel, "add_current_view")

    step = document.story.steps[-1]
    assert step.title == "Step 9"
    assert step.shown == ["interactivity", "digital_trust"] and step.reveal == "hide"
    assert step.highlight == ["x_interactivity_personalization"]
    assert step.plotted == ["digital_trust", "loyalty"]
    assert step.week == 12 * document.settings.dt
    assert step.scenario == "Both together"
    assert step.levels["interactivity"] == document.construct("interactivity").initial
    assert _rows(story_panel)[-1] == "9. Step 9"
    assert story_panel.selected_index() == 8
    assert stack.undoText() == "Add story step “Step 9”"
    stack.undo()
    assert len(_rows(story_panel)) == 8


def test_a_view_added_after_the_selected_step_goes_right_after_it(qtbot, story_panel, document):
    story_panel.select(1)
    _click(qtbot, story_panel, "add_current_view")
    assert _rows(story_panel)[2] == "3. Step 9"
    assert story_panel.selected_index() == 2


def test_an_edit_in_the_dialog_is_one_undo_step_named_by_titles(story_panel, document, stack):
    dialog = story_panel.step_dialog(0)
    assert dialog.week_box.text() == END_OF_RUN
    dialog.title_edit.setText("Stimuli")
    dialog.caption_edit.setPlainText("Five levers a brand pulls.")
    dialog.play_box.setChecked(True)
    dialog.week_box.setValue(6)
    assert story_panel.apply_edit(0, dialog)
    step = document.story.steps[0]
    assert (step.title, step.caption, step.play, step.week) == (
        "Stimuli",
        "Five levers a brand pulls.",
        True,
        6.0,
    )
    assert stack.count() == 1
    assert stack.undoText() == "Change story step “What the consumer sees”"
    assert _rows(story_panel)[0] == "1. Stimuli"
    stack.undo()
    assert _rows(story_panel)[0] == "1. What the consumer sees"


def test_renaming_alone_reads_as_a_rename(story_panel, stack):
    dialog = story_panel.step_dialog(5)
    dialog.title_edit.setText("Trust moves from the influencer to the brand")
    story_panel.apply_edit(5, dialog)
    assert stack.undoText() == (
        "Rename story step “Trust transfer” to “Trust moves from the influencer to the brand”"
    )


def test_the_edit_button_opens_the_dialog_and_ok_applies_it(qtbot, story_panel, document):
    story_panel.select(2)

    def fill_and_accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, StoryStepDialog)
        dialog.reveal_box.setCurrentIndex(dialog.reveal_box.findData("hide"))
        dialog.accept()

    QTimer.singleShot(0, fill_and_accept)
    _click(qtbot, story_panel, "edit_selected")
    assert document.story.steps[2].reveal == "hide"


def test_a_refused_edit_is_reported_and_changes_nothing(story_panel, document, stack):
    before = document.clone()
    dialog = story_panel.step_dialog(0)
    dialog.title_edit.setText("   ")
    assert not story_panel.apply_edit(0, dialog)
    assert story_panel.problem_label.text() == "Story step 1, title: must not be empty"
    assert document == before and stack.count() == 0


def test_update_from_view_keeps_the_words_and_takes_the_view(qtbot, story_panel, document, view):
    caption = document.story.steps[3].caption
    view.set_shown(None)
    view.set_highlighted([])
    view.set_focus(["loyalty"])
    story_panel.select(3)
    _click(qtbot, story_panel, "update_from_view")
    step = document.story.steps[3]
    assert (step.title, step.caption) == ("One lever high", caption)
    assert (step.shown, step.highlight, step.plotted) == (None, [], ["loyalty"])


def test_move_and_delete_with_the_buttons(qtbot, story_panel, stack):
    story_panel.select(0)
    assert not story_panel.buttons["move_up"].isEnabled()
    _click(qtbot, story_panel, "move_down")
    assert _rows(story_panel)[:2] == [
        "1. What happens inside the consumer",
        "2. What the consumer sees",
    ]
    assert story_panel.selected_index() == 1
    _click(qtbot, story_panel, "delete")
    assert "2. What the consumer sees" not in _rows(story_panel)
    assert stack.undoText() == "Delete story step “What the consumer sees”"
    stack.undo()
    stack.undo()
    assert _rows(story_panel)[0] == "1. What the consumer sees"


def test_double_click_shows_the_step_and_sets_its_levels_as_one_edit(
    qtbot, story_panel, document, stack, view
):
    story_panel.ensure_current()
    step = document.story.steps[4]  # both levers high
    item = story_panel.list.item(4)
    rect = story_panel.list.visualItemRect(item)
    viewport = story_panel.list.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # a real double
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # click: press first
    assert view.shown == frozenset(step.shown) and view.reveal_mode == "fade"
    assert view.highlighted == frozenset(step.highlight)
    assert view.focus == tuple(step.plotted)
    assert view.cursor == 0  # the step plays from the start
    assert document.construct("interactivity").initial == 0.9
    assert document.construct("personalization").initial == 0.9
    assert stack.count() == 1
    assert stack.undoText() == "Show story step “Both levers high: co-active, not additive”"
    stack.undo()
    assert document.construct("interactivity").initial == 0.7


def test_a_scenario_step_is_shown_under_its_scenario(story_panel, view):
    story_panel.show_step(6)
    assert view.scenario == "Personalised campaign"


def test_present_asks_for_the_selected_step(qtbot, story_panel):
    story_panel.select(3)
    with qtbot.waitSignal(story_panel.presentRequested) as signal:
        _click(qtbot, story_panel, "present_selected")
    assert signal.args == [3]


def test_the_title_field_renames_the_story(qtbot, story_panel, document, stack):
    story_panel.title_edit.clear()
    qtbot.keyClicks(story_panel.title_edit, "Two levers")
    qtbot.keyClick(story_panel.title_edit, Qt.Key.Key_Return)
    assert document.story.title == "Two levers"
    assert stack.undoText() == "Rename story to “Two levers”"
    story_panel.title_edit.clear()
    qtbot.keyClick(story_panel.title_edit, Qt.Key.Key_Return)
    assert document.story.title == "Two levers"  # an empty title is refused
    assert story_panel.title_edit.text() == "Two levers"
    assert "must not be empty" in story_panel.problem_label.text()


def test_the_panel_follows_other_edits_and_a_new_document(story_panel, document, stack):
    push(stack, RemoveItemsCommand(document, {"interactivity"}))
    story_panel.ensure_current()
    story_panel.select(0)
    assert story_panel.details.text().startswith("Shows 4 of 11 constructs, the others hidden.")
    document.replace_with(load_preset("kol_koc_journey"))
    assert _rows(story_panel)[0].startswith("1. ")
    assert story_panel.title_edit.text() == document.story.title
    document.set_story(None)
    assert _rows(story_panel) == []
    assert story_panel.details.text() == NO_STEPS_TEXT
    assert not story_panel.buttons["present_selected"].isEnabled()


def test_the_panel_reads_at_a_300_px_dock_width(story_panel):
    story_panel.resize(300, 600)
    story_panel.ensure_current()
    for button in story_panel.buttons.values():  # every button's words fit it
        assert button.fontMetrics().horizontalAdvance(button.text()) < button.width()
    assert story_panel.minimumSizeHint().width() <= 300
    row = story_panel.list.visualItemRect(story_panel.list.item(0))
    line = story_panel.list.fontMetrics().lineSpacing()
    assert row.height() >= 3 * line  # the title and two lines of caption
