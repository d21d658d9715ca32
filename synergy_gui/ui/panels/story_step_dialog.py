"""The dialog that edits a story step's words and timing: title, caption, reveal, cursor, play.

What the step shows (constructs, highlights, levels, plot) is not edited here: the Story panel
takes it again from the window ("Update from current view").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from synergy_gui.model.story import StoryStep
from synergy_gui.ui.i18n import translate
from synergy_gui.ui.panels.texts import plural_unit
from synergy_gui.ui.vocabulary import unit_word

#: The reveal modes as the dialog offers them.
REVEAL_CHOICES = (
    ("fade", QT_TRANSLATE_NOOP("StoryStepDialog", "Fade the others")),
    ("hide", QT_TRANSLATE_NOOP("StoryStepDialog", "Hide the others")),
)
END_OF_RUN = QT_TRANSLATE_NOOP("StoryStepDialog", "End of run")


class StoryStepDialog(QDialog):
    """Edit one step; :meth:`changes` gives the fields the user changed."""

    def __init__(
        self,
        step: StoryStep,
        time_unit: str = "week",
        last_time: float = 104.0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("StoryStepDialog", "Story step “{title}”").format(title=step.title)
        )
        self._step = step
        self.title_edit = QLineEdit(step.title)
        self.caption_edit = QPlainTextEdit(step.caption)
        self.caption_edit.setPlaceholderText(
            translate("StoryStepDialog", "A few sentences to read aloud")
        )
        self.caption_edit.setTabChangesFocus(True)
        self.reveal_box = QComboBox()
        for mode, text in REVEAL_CHOICES:
            self.reveal_box.addItem(translate("StoryStepDialog", text), mode)
        self.reveal_box.setCurrentIndex(self.reveal_box.findData(step.reveal))
        self.week_box = QDoubleSpinBox()
        self.week_box.setRange(-1.0, max(float(last_time), step.week or 0.0))
        self.week_box.setDecimals(3)
        self.week_box.setSpecialValueText(
            translate("StoryStepDialog", END_OF_RUN)
        )  # shown at the minimum, -1
        self.week_box.setSuffix(f" {unit_word(plural_unit(time_unit))}")
        self.week_box.setValue(-1.0 if step.week is None else step.week)
        self.play_box = QCheckBox(translate("StoryStepDialog", "Play the run from the start"))
        self.play_box.setChecked(step.play)
        self._lay_out(time_unit)

    def _lay_out(self, time_unit: str) -> None:
        form = QFormLayout(self)
        form.addRow(translate("StoryStepDialog", "Title"), self.title_edit)
        form.addRow(translate("StoryStepDialog", "Caption"), self.caption_edit)
        form.addRow(translate("StoryStepDialog", "Not shown"), self.reveal_box)
        form.addRow(
            translate("StoryStepDialog", "Time cursor ({unit})").format(unit=unit_word(time_unit)),
            self.week_box,
        )
        form.addRow("", self.play_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(440, 360)

    def values(self) -> dict[str, Any]:
        """Every field the dialog edits, as the step would hold it."""
        week = self.week_box.value()
        return {
            "title": self.title_edit.text().strip(),
            "caption": self.caption_edit.toPlainText().strip(),
            "reveal": self.reveal_box.currentData(),
            "week": None if week < 0 else float(week),
            "play": self.play_box.isChecked(),
        }

    def changes(self) -> dict[str, Any]:
        """The fields the user changed."""
        return {k: v for k, v in self.values().items() if getattr(self._step, k) != v}


__all__ = ["END_OF_RUN", "REVEAL_CHOICES", "StoryStepDialog"]
