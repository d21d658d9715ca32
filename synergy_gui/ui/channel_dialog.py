"""The dialog that edits what a budget channel is: its name, the stimuli it drives and their
shares of its spend, its cost unit, the levels it gives with no and with unending spend, and
its note.

Its spend, carry-over and saturation stay on the channel's row, where they are tried while
watching the curves. OK applies every change as one undo step; a change the model refuses is
explained here and the dialog stays open with the user's entries.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from synergy_gui.model.channels import Channel
from synergy_gui.model.elements import Construct
from synergy_gui.ui.i18n import translate
from synergy_gui.ui.panels.rows import problem_label, show_problem

#: Shares are shown to 0.1 %: a total within half of that per share of 100 % is whole
#: (thirds show 33.3 % each); the shares are scaled to sum to 1 on OK.
ROUNDING = 0.05


class ChannelDialog(QDialog):
    """Edit one channel; :meth:`changes` gives the fields whose values the user changed.
    ``levels`` is the model's level range (−1 to 1 in a bipolar model)."""

    def __init__(
        self,
        channel: Channel,
        stimuli: list[Construct],
        parent: QWidget | None = None,
        levels: tuple[float, float] = (0.0, 1.0),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("ChannelDialog", "Channel “{name}”").format(name=channel.name)
        )
        self._channel = channel
        self.name_edit = QLineEdit(channel.name)
        self.unit_edit = QLineEdit(channel.cost_unit)
        self.unit_edit.setToolTip(
            translate("ChannelDialog", "What one unit of spend is, e.g. € per week")
        )
        self.checks: dict[str, QCheckBox] = {}
        self.shares: dict[str, QDoubleSpinBox] = {}
        self.total = QLabel()
        self.zero_spin = _level_spin(channel.zero_level, levels)
        self.zero_spin.setToolTip(
            translate("ChannelDialog", "The level of the stimuli it drives when nothing is spent")
        )
        self.saturation_spin = _level_spin(channel.saturation_level, levels)
        self.saturation_spin.setToolTip(
            translate("ChannelDialog", "The level approached as spend grows without end")
        )
        #: the levels as the spins show them (rounded to their decimals)
        self._levels_shown = {
            "zero_level": self.zero_spin.value(),
            "saturation_level": self.saturation_spin.value(),
        }
        self.note_edit = QPlainTextEdit(channel.description)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(
            translate(
                "ChannelDialog", "Where its numbers come from (a study, last year's campaign …)"
            )
        )
        self.problem = problem_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("ChannelDialog", "Name"), self.name_edit)
        form.addRow(translate("ChannelDialog", "Drives"), self._drives_grid(stimuli))
        form.addRow("", self.total)
        form.addRow(translate("ChannelDialog", "Cost unit"), self.unit_edit)
        form.addRow(translate("ChannelDialog", "Level with no spend"), self.zero_spin)
        form.addRow(translate("ChannelDialog", "Level it approaches"), self.saturation_spin)
        form.addRow(translate("ChannelDialog", "Note"), self.note_edit)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self._show_total()

    def _drives_grid(self, stimuli: list[Construct]) -> QWidget:
        """A row per stimulus of the model: driven or not, and its share of the spend (%)."""
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, stimulus in enumerate(stimuli):
            share = self._channel.drives.get(stimulus.id)
            check = QCheckBox(stimulus.label or stimulus.id)
            check.setChecked(share is not None)
            spin = QDoubleSpinBox()
            spin.setRange(0.0, 100.0)
            spin.setDecimals(1)
            spin.setSuffix(" %")
            spin.setValue(100.0 * (share or 0.0))
            spin.setEnabled(share is not None)
            spin.setAccessibleName(
                translate("ChannelDialog", "Share of the spend on {name}").format(name=check.text())
            )
            check.toggled.connect(lambda on, s=spin: self._on_checked(s, on))
            spin.valueChanged.connect(self._show_total)
            grid.addWidget(check, row, 0)
            grid.addWidget(spin, row, 1)
            self.checks[stimulus.id], self.shares[stimulus.id] = check, spin
        even = QPushButton(translate("ChannelDialog", "Share evenly"))
        even.setToolTip(translate("ChannelDialog", "Give each stimulus it drives the same share"))
        even.clicked.connect(self.share_evenly)
        grid.addWidget(even, len(stimuli), 1, Qt.AlignmentFlag.AlignRight)
        return box

    # ------------------------------------------------------------------ editing
    def share_evenly(self) -> None:
        """The same share for each stimulus ticked (the last takes what rounding leaves)."""
        chosen = [key for key, check in self.checks.items() if check.isChecked()]
        each = round(100.0 / len(chosen), 1) if chosen else 0.0
        for number, key in enumerate(chosen, start=1):
            last = number == len(chosen)
            self.shares[key].setValue(100.0 - each * (len(chosen) - 1) if last else each)

    def _on_checked(self, spin: QDoubleSpinBox, on: bool) -> None:
        spin.setEnabled(on)
        if not on:
            spin.setValue(0.0)
        elif spin.value() == 0.0:
            spin.setValue(max(0.0, 100.0 - self._sum()))  # what the others leave
        self._show_total()

    def _sum(self) -> float:
        return sum(s.value() for k, s in self.shares.items() if self.checks[k].isChecked())

    def _show_total(self) -> None:
        """The shares' total, and what stops OK while they are not a whole split."""
        total = self._sum()
        text = translate("ChannelDialog", "The shares add up to {total} %").format(
            total=f"{total:.1f}".replace(".", self.locale().decimalPoint())
        )
        wrong = self._what_is_wrong(total)
        self.total.setText(f"{text} {wrong}" if wrong else text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not wrong)

    def _what_is_wrong(self, total: float) -> str:
        ticked = [s for k, s in self.shares.items() if self.checks[k].isChecked()]
        if not ticked:
            return translate("ChannelDialog", "(tick at least one stimulus for it to drive)")
        if any(spin.value() == 0.0 for spin in ticked):
            return translate("ChannelDialog", "(each stimulus ticked needs a share)")
        if abs(total - 100.0) > ROUNDING * len(ticked) + 1e-9:
            return translate("ChannelDialog", "(they must add up to 100 %)")
        return ""

    # ------------------------------------------------------------------ reading
    def drives(self) -> dict[str, float]:
        """The stimuli ticked and their shares as fractions of their total (those at 0 left
        out), so shares shown rounded still sum to 1."""
        chosen = {
            key: spin.value()
            for key, spin in self.shares.items()
            if self.checks[key].isChecked() and spin.value() > 0.0
        }
        total = sum(chosen.values())
        return {key: value / total for key, value in chosen.items()} if total else {}

    def changes(self) -> dict[str, Any]:
        """The fields whose values differ from the channel's."""
        values = {
            "name": self.name_edit.text().strip(),
            "cost_unit": self.unit_edit.text().strip(),
            "drives": self.drives(),
            "zero_level": self.zero_spin.value(),
            "saturation_level": self.saturation_spin.value(),
            "description": self.note_edit.toPlainText().strip(),
        }
        if _same_shares(values["drives"], self._channel.drives):
            del values["drives"]
        for name, shown in self._levels_shown.items():
            if values[name] == shown:
                del values[name]  # untouched: the channel's finer figure stays
        return {k: v for k, v in values.items() if v != getattr(self._channel, k, None)}

    def show_problem(self, reason: str | None) -> None:
        show_problem(self.problem, reason)


def _same_shares(new: dict[str, float], old: dict[str, float]) -> bool:
    """Shares equal to what the dialog showed (it rounds them to 0.1 %)."""
    return new.keys() == old.keys() and all(abs(new[k] - old[k]) < 5e-4 for k in new)


def _level_spin(value: float, levels: tuple[float, float]) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(*levels)
    spin.setDecimals(2)
    spin.setSingleStep(0.05)
    spin.setValue(value)
    return spin


__all__ = ["ChannelDialog"]
