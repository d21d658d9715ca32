"""A channel's name, what it drives and its shares, unit, levels and note, edited in a dialog."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from synergy_gui.model.view_state import ViewState
from synergy_gui.ui.channel_dialog import ChannelDialog
from synergy_gui.ui.channel_editor import ChannelEditor
from synergy_gui.ui.panels.budget_panel import BudgetPanel


@pytest.fixture
def editor(document) -> ChannelEditor:
    return ChannelEditor(document, QUndoStack(), ViewState(document))


def _dialog(qtbot, document, channel_id: str) -> ChannelDialog:
    stimuli = [c for c in document.constructs if c.role == "stimulus"]
    dialog = ChannelDialog(document.channel(channel_id), stimuli)
    qtbot.addWidget(dialog)
    return dialog


def _ok(dialog: ChannelDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_the_dialog_shows_what_the_channel_drives_and_changes_nothing_untouched(qtbot, document):
    dialog = _dialog(qtbot, document, "influencers")
    ticked = {key for key, check in dialog.checks.items() if check.isChecked()}
    assert ticked == {"kol_credibility", "koc_authenticity"}
    assert dialog.shares["kol_credibility"].value() == 50.0
    assert not dialog.shares["ewom"].isEnabled()
    assert _ok(dialog).isEnabled()
    assert dialog.changes() == {}


def test_a_third_stimulus_shared_evenly_is_one_undo_step(qtbot, document, editor):
    dialog = _dialog(qtbot, document, "influencers")
    dialog.checks["ewom"].setChecked(True)
    assert not _ok(dialog).isEnabled()  # 50 + 50 + 0: the shares do not add up to 100 %
    assert "100" in dialog.total.text()
    dialog.share_evenly()
    assert _ok(dialog).isEnabled()
    dialog.name_edit.setText("Creators")
    dialog.zero_spin.setValue(0.2)
    changes = dialog.changes()
    assert set(changes) == {"name", "drives", "zero_level"}
    assert sum(changes["drives"].values()) == pytest.approx(1.0, abs=1e-12)
    assert changes["drives"]["ewom"] == pytest.approx(1 / 3, abs=1e-3)
    before = document.channel("influencers").name
    assert editor.edit_channel("influencers", changes) is None
    channel = document.channel("influencers")
    assert (channel.name, channel.zero_level, len(channel.drives)) == ("Creators", 0.2, 3)
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    channel = document.channel("influencers")
    assert (channel.name, len(channel.drives), channel.zero_level) == (before, 2, 0.3)


def test_a_refused_change_is_explained_in_the_dialog_which_stays_open(
    qtbot, document, editor, monkeypatch
):
    panel = BudgetPanel(editor)
    qtbot.addWidget(panel)
    answers = iter([QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected])
    seen: list[str] = []

    def run(dialog: ChannelDialog) -> QDialog.DialogCode:
        seen.append(dialog.problem.text())
        dialog.name_edit.setText("   ")  # a channel needs a name
        return next(answers)

    monkeypatch.setattr(ChannelDialog, "exec", run)
    panel.row("community").edit()
    assert seen[0] == "" and "must be a name that is not empty" in seen[1]
    assert document.channel("community").name == "Community management"
    assert editor.undo_stack.count() == 0


def test_the_row_s_edit_button_renames_the_channel_on_screen(qtbot, document, editor, monkeypatch):
    panel = BudgetPanel(editor)
    qtbot.addWidget(panel)

    def run(dialog: ChannelDialog) -> QDialog.DialogCode:
        dialog.name_edit.setText("Community team")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ChannelDialog, "exec", run)
    panel.row("community").edit_button.click()
    assert document.channel("community").name == "Community team"
    qtbot.waitUntil(lambda: panel.row("community").title.text() == "Community team")


def test_ok_waits_for_a_whole_split_of_the_spend(qtbot, document):
    dialog = _dialog(qtbot, document, "community")
    dialog.checks["interactivity"].setChecked(False)
    assert not _ok(dialog).isEnabled() and "tick at least one" in dialog.total.text()
    dialog.checks["ewom"].setChecked(True)  # takes what the others leave: all of it
    assert dialog.shares["ewom"].value() == 100.0 and _ok(dialog).isEnabled()
    dialog.shares["ewom"].setValue(80.0)
    assert not _ok(dialog).isEnabled() and "100 %" in dialog.total.text()
    assert dialog.changes()["drives"] == {"ewom": 1.0}  # shares scale to a whole on OK


def test_thirds_and_finer_levels_than_shown_are_left_as_they_are(qtbot, document):
    document.update_channel(
        "influencers",
        drives={"kol_credibility": 1 / 3, "koc_authenticity": 1 / 3, "ewom": 1 / 3},
        zero_level=0.125,
        saturation_level=0.875,
    )
    dialog = _dialog(qtbot, document, "influencers")
    assert _ok(dialog).isEnabled()  # 33.3 % three times is a whole split, shown rounded
    dialog.name_edit.setText("Creators")
    assert dialog.changes() == {"name": "Creators"}  # the levels shown as 0.13 and 0.88 stay


def test_a_bipolar_model_s_channel_levels_reach_below_zero_in_the_dialog(
    qtbot, document, editor, monkeypatch
):
    document.update_settings(level_range="bipolar")
    panel = BudgetPanel(editor)
    qtbot.addWidget(panel)

    def run(dialog: ChannelDialog) -> QDialog.DialogCode:
        assert dialog.zero_spin.minimum() == -1.0
        dialog.zero_spin.setValue(-0.4)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ChannelDialog, "exec", run)
    panel.row("community").edit()
    assert document.channel("community").zero_level == -0.4
