"""One row per channel in the Budget dock: its spend slider in currency, carry-over and
saturation, each change one undoable edit through a :class:`ChannelEditor`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from synergy_gui.model import ModelError
from synergy_gui.model.channels import MAX_SHAPE, MAX_SPEND, Channel
from synergy_gui.model.checks import level_bounds
from synergy_gui.ui.binding import SliderBinding, make_slider_pair
from synergy_gui.ui.channel_dialog import ChannelDialog
from synergy_gui.ui.channel_editor import ChannelEditor
from synergy_gui.ui.i18n import translate
from synergy_gui.ui.panels.rows import problem_label, show_problem
from synergy_gui.ui.plain import plain_tip

SLIDER_STEPS = 1000
#: A spend slider reaches three half-saturations a week (or twice the current spend).
SLIDER_REACH = 3.0


def slider_top(channel: Channel, weekly: float) -> float:
    """The spend slider's right end: a round figure past the bend of the curve and the spend."""
    share = min(channel.drives.values()) if channel.drives else 1.0
    top = max(SLIDER_REACH * channel.half_saturation / share, 2.0 * weekly, 100.0)
    step = 10 ** max(len(str(int(top))) - 2, 0)
    return float(-(-top // step) * step)


def _spin(low: float, high: float, decimals: int, step: float, tip: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setSingleStep(step)
    spin.setKeyboardTracking(False)  # one edit per Enter or focus change
    spin.setToolTip(tip)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    _narrow(spin, 60)
    return spin


def _narrow(spin: QDoubleSpinBox, width: int) -> None:
    """A spin box as wide as its layout gives (its range's widest figure would be too wide)."""
    spin.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    spin.setMinimumWidth(width)


class ChannelRow(QWidget):
    """A channel's name, what it drives, its spend and its response (carry-over, saturation)."""

    FIELDS = ("adstock", "half_saturation", "shape")

    def __init__(self, channel: Channel, labels: dict[str, str], editor: ChannelEditor) -> None:
        super().__init__()
        self.channel_id, self.editor = channel.id, editor
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setWordWrap(True)
        self.drives = QLabel()
        self.drives.setTextFormat(Qt.TextFormat.PlainText)
        self.drives.setWordWrap(True)
        self.swatch = QLabel()
        self.swatch.setFixedSize(12, 12)
        self.returns = QLabel()
        self.returns.setTextFormat(Qt.TextFormat.PlainText)
        self.returns.setWordWrap(True)
        self.edit_button = QPushButton(translate("BudgetPanel", "Edit…"))
        self.edit_button.setToolTip(
            translate(
                "BudgetPanel",
                "Name, the stimuli it drives and their shares, cost unit, levels and note",
            )
        )
        self.edit_button.clicked.connect(self.edit)
        self.remove_button = QPushButton(translate("BudgetPanel", "Remove"))
        self.remove_button.setToolTip(
            translate("BudgetPanel", "Remove this channel and every scenario's spend on it")
        )
        self.remove_button.clicked.connect(
            lambda: self._report(editor.remove_channel(self.channel_id))
        )
        self.slider, self.spin = make_slider_pair()
        self.problem = problem_label()
        self.fields = self._field_spins()
        weekly = editor.weekly_spend(channel.id)
        self.binding = SliderBinding(
            self.slider,
            self.spin,
            (0.0, slider_top(channel, weekly)),
            read=lambda: self.editor.weekly_spend(self.channel_id),
            write=lambda value, gesture: self.editor.set_weekly_spend(
                self.channel_id, value, gesture
            ),
            steps=SLIDER_STEPS,
            decimals=0,
            on_problem=lambda reason: show_problem(self.problem, reason),
            spin_range=(0.0, MAX_SPEND),
        )
        self.slider.setMinimumWidth(80)
        self.spin.setSingleStep(100.0)
        self.spin.setGroupSeparatorShown(True)
        _narrow(self.spin, 104)
        self._layout()
        self.show_channel(channel, labels)

    def _field_spins(self) -> dict[str, QDoubleSpinBox]:
        tips = (
            translate(
                "BudgetPanel",
                "Carry-over θ: the share of last week's effect kept this week (0: none)",
            ),
            translate(
                "BudgetPanel",
                "Half saturation: the weekly spend on one stimulus (its share, after carry-over) "
                "that buys half the lift",
            ),
            translate(
                "BudgetPanel",
                "Shape: 1 bends from the first spend on; above 1 an S-curve (slow at first)",
            ),
        )
        spins = {
            "adstock": _spin(0.0, 0.99, 2, 0.05, tips[0]),
            "half_saturation": _spin(1.0, MAX_SPEND, 0, 100.0, tips[1]),
            "shape": _spin(0.1, MAX_SHAPE, 1, 0.1, tips[2]),
        }
        spins["half_saturation"].setGroupSeparatorShown(True)
        for name, spin in spins.items():
            spin.setAccessibleName(spin.toolTip().split(":")[0])
            spin.valueChanged.connect(lambda value, name=name: self._on_field_edited(name, value))
        return spins

    def _layout(self) -> None:
        head = QHBoxLayout()
        head.addWidget(self.swatch)
        head.addWidget(self.title, 1)
        buttons = QHBoxLayout()  # below, so the channel's name keeps the row's width
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        spend = QHBoxLayout()
        spend.addWidget(self.slider, 3)
        spend.addWidget(self.spin, 2)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        names = (
            translate("BudgetPanel", "Carry-over"),
            translate("BudgetPanel", "Half sat."),
            translate("BudgetPanel", "Shape"),
        )
        for column, (name, key) in enumerate(zip(names, self.FIELDS, strict=True)):
            label = QLabel(name)
            label.setBuddy(self.fields[key])
            grid.addWidget(label, 0, column)
            grid.addWidget(self.fields[key], 1, column)
        column = QVBoxLayout(self)
        column.setContentsMargins(2, 6, 2, 6)
        column.setSpacing(2)
        for item in (head, self.drives, spend, self.returns, grid, buttons, self.problem):
            (column.addLayout if not isinstance(item, QWidget) else column.addWidget)(item)

    # ------------------------------------------------------------------ model -> row
    def show_channel(self, channel: Channel, labels: dict[str, str]) -> None:
        """Show the channel's current numbers, without echoing them back."""
        self.title.setText(channel.name)
        for widget in (self.slider, self.spin):
            widget.setAccessibleName(
                translate("BudgetPanel", "Spend on {name}").format(name=channel.name)
            )
        self.drives.setText(_drives_text(channel, labels))
        self.setToolTip(plain_tip(channel.description))
        self.spin.setSuffix(f" {channel.cost_unit.split(' per ')[0]}")
        self.refresh_spend(channel)
        for name, spin in self.fields.items():
            blocked = spin.blockSignals(True)
            spin.setValue(float(getattr(channel, name)))
            spin.blockSignals(blocked)

    def show_return(self, text: str, colour: str) -> None:
        """What the next amount buys on this channel, and its curve's colour beside the name."""
        self.returns.setText(text)
        self.swatch.setStyleSheet(f"background: {colour}; border-radius: 2px;")

    def refresh_spend(self, channel: Channel) -> None:
        """Show the current spend; the slider's range grows past a larger typed figure."""
        weekly = self.editor.weekly_spend(self.channel_id)
        if weekly > self.binding.high and not self.slider.isSliderDown():
            self.binding.set_range(
                (0.0, slider_top(channel, weekly)), SLIDER_STEPS, (0.0, MAX_SPEND)
            )
        self.binding.refresh()

    def release(self) -> None:
        self.binding.disconnect()
        self.setParent(None)
        self.deleteLater()

    # ------------------------------------------------------------------ row -> model
    def _on_field_edited(self, name: str, value: float) -> None:
        reason = self.editor.set_field(self.channel_id, name, float(value))
        if reason:
            try:
                channel = self.editor.document.channel(self.channel_id)
            except ModelError:
                return
            blocked = self.fields[name].blockSignals(True)
            self.fields[name].setValue(float(getattr(channel, name)))
            self.fields[name].blockSignals(blocked)
        show_problem(self.problem, reason)

    def _report(self, reason: str | None) -> None:
        show_problem(self.problem, reason)

    def edit(self) -> None:
        """The channel's dialog; OK applies its changes, or says why not and stays open."""
        document = self.editor.document
        stimuli = [c for c in document.constructs if c.role == "stimulus"]
        levels = level_bounds(document.settings.level_range)
        dialog = ChannelDialog(document.channel(self.channel_id), stimuli, self, levels)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            reason = self.editor.edit_channel(self.channel_id, dialog.changes())
            if reason is None:
                return
            dialog.show_problem(reason)


def _drives_text(channel: Channel, labels: dict[str, str]) -> str:
    parts = [
        labels.get(stimulus, stimulus) + ("" if share == 1.0 else f" {share:.0%}")
        for stimulus, share in channel.drives.items()
    ]
    return translate("BudgetPanel", "drives {stimuli}; spend in {unit}").format(
        stimuli=", ".join(parts), unit=channel.cost_unit
    )
