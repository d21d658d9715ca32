"""The "Synergy" panel: a junction's static and dynamic picture, side by side.

Pickers for the junction, the member whose effect is drawn and the construct followed over
time; a headline ("Synergy adds +0.07 to Loyalty by week 26") and the floodlight sentence;
then the two plots (:mod:`synergy_plot`, built when the panel is first shown, so launching
never waits for matplotlib). The panel only paints the plain :class:`SynergyChart` it is
given; :mod:`synergy_gui.ui.synergy_controller` works the numbers out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from synergy_gui.ui.i18n import translate

if TYPE_CHECKING:
    from synergy_gui.ui.panels.synergy_plot import SynergyPlot

NO_JUNCTION = QT_TRANSLATE_NOOP(
    "SynergyPanel",
    "This model has no synergy junction. A junction makes two or more constructs act "
    "co-actively: the product of their deviations from baseline acts on a target. To add one, "
    "select its members, then its target last, and choose Edit ▸ Add Synergy Junction (Ctrl+J).",
)
HEADLINE_PX = 15  # pixel sizes at text scale 1
NOTE_PX = 13
PLOT_MIN = (240, 340)  # pixels (the height at text scale 1): two stacked plots, legible
_EMPTY = np.zeros(0)


@dataclass(frozen=True, eq=False)
class SlopeLine:
    """The level the target heads for against the focal member, at one moderator level."""

    label: str
    x: np.ndarray
    y: np.ndarray


@dataclass(frozen=True, eq=False)
class SynergyChart:
    """Everything the panel shows for one junction, as plain numbers and texts."""

    headline: str
    slopes_note: str
    slopes_title: str
    focal_label: str
    target_axis: str
    moderator_label: str
    slope_lines: tuple[SlopeLine, ...]
    operating: tuple[float, float]
    times: np.ndarray = field(default_factory=lambda: _EMPTY)
    with_series: np.ndarray = field(default_factory=lambda: _EMPTY)
    without_series: np.ndarray = field(default_factory=lambda: _EMPTY)
    cursor_time: float = 0.0
    time_axis: str = "Time"
    outcome_label: str = ""


class SynergyPanel(QWidget):
    """Three pickers over a headline, a sentence and the two plots (or a message instead)."""

    junctionChosen = Signal(str)  # noqa: N815  # Qt signal names are camelCase
    focalChosen = Signal(str)  # noqa: N815
    outcomeChosen = Signal(str)  # noqa: N815
    shown = Signal()  # the panel became visible (a hidden panel is not kept up to date)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot: SynergyPlot | None = None
        self.chart: SynergyChart | None = None
        self.text_scale = 1.0
        self.junction_combo = _combo(
            "synergy_junction", translate("SynergyPanel", "The synergy junction to show")
        )
        self.focal_combo = _combo(
            "synergy_focal",
            translate("SynergyPanel", "The member whose effect the left plot draws"),
        )
        self.outcome_combo = _combo(
            "synergy_outcome", translate("SynergyPanel", "The construct followed over time")
        )
        self.junction_combo.activated.connect(lambda _i: self._emit(self.junction_combo))
        self.focal_combo.activated.connect(lambda _i: self._emit(self.focal_combo))
        self.outcome_combo.activated.connect(lambda _i: self._emit(self.outcome_combo))
        self.headline = _wrapping("synergy_headline")
        self.note = _wrapping("synergy_note")
        self.message = _wrapping("synergy_message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        content = QWidget()
        self._column = QVBoxLayout(content)
        self._column.setContentsMargins(6, 6, 6, 6)
        scroll = QScrollArea()  # larger text scrolls rather than squeezing the plots
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # text wraps
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._pickers = QWidget()
        form = QFormLayout(self._pickers)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("SynergyPanel", "Junction"), self.junction_combo)
        form.addRow(translate("SynergyPanel", "Effect of"), self.focal_combo)
        form.addRow(translate("SynergyPanel", "Over time"), self.outcome_combo)
        for widget in (self._pickers, self.headline, self.note, self.message):
            self._column.addWidget(widget)
        self._column.addStretch(1)
        self.set_text_scale(1.0)
        self.show_message(translate("SynergyPanel", "The model has not been run yet."))

    # ------------------------------------------------------------------ public
    def set_choices(self, which: str, items: list[tuple[str, str]], chosen: str | None) -> None:
        """Fill a picker ("junction", "focal" or "outcome") with (id, label) pairs."""
        combo = {"junction": self.junction_combo, "focal": self.focal_combo}.get(
            which, self.outcome_combo
        )
        combo.blockSignals(True)
        combo.clear()
        for item_id, label in items:
            combo.addItem(label, item_id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def show_chart(self, chart: SynergyChart) -> None:
        """Show the chart's numbers (the plots are made on the first chart)."""
        self.chart = chart
        self.message.hide()
        for widget in (self._pickers, self.headline, self.note):
            widget.show()
        self.headline.setText(chart.headline)
        self.note.setText(chart.slopes_note)
        self.ensure_plot().show()
        self.plot.show_chart(chart)

    def show_message(self, text: str, pickers: bool = False) -> None:
        """Say ``text`` instead of the plots (``pickers``: keep the pickers above it)."""
        self.chart = None
        self._pickers.setVisible(pickers)
        self.headline.hide()
        self.note.hide()
        if self.plot is not None:
            self.plot.hide()
        self.message.setText(text)
        self.message.show()

    def ensure_plot(self) -> SynergyPlot:
        if self.plot is None:
            from synergy_gui.ui.panels.synergy_plot import SynergyPlot

            self.plot = SynergyPlot()
            self.plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            self._column.insertWidget(self._column.count() - 1, self.plot, 1)
            self._column.setStretch(self._column.count() - 1, 0)
            self._size_plot()
            self._follow_palette()
        return self.plot

    def set_text_scale(self, scale: float) -> None:
        self.text_scale = scale
        for label, size, bold in ((self.headline, HEADLINE_PX, True), (self.note, NOTE_PX, False)):
            font = QFont(self.font())
            font.setPixelSize(round(size * scale))
            font.setBold(bold)
            label.setFont(font)
        self.message.setFont(self.note.font())
        if self.plot is not None:
            self._size_plot()
            if self.chart is not None:
                self.plot.show_chart(self.chart)  # titles and labels at the new size

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.shown.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            QTimer.singleShot(0, self._follow_palette)
        super().changeEvent(event)

    # ------------------------------------------------------------------ internals
    def _emit(self, combo: QComboBox) -> None:
        chosen = combo.currentData()
        if chosen is None:
            return
        signal = {
            id(self.junction_combo): self.junctionChosen,
            id(self.focal_combo): self.focalChosen,
        }.get(id(combo), self.outcomeChosen)
        signal.emit(chosen)

    def _size_plot(self) -> None:
        """Room for both plots at the text size: below it the panel scrolls."""
        scale = self.text_scale
        self.plot.set_text_scale(scale)
        self.plot.setMinimumSize(PLOT_MIN[0], round(PLOT_MIN[1] * scale))

    def _follow_palette(self) -> None:
        if self.plot is None:
            return
        palette = self.palette()
        self.plot.set_colours(
            palette.color(QPalette.ColorRole.Base).name(),
            palette.color(QPalette.ColorRole.Text).name(),
            palette.color(QPalette.ColorRole.Mid).name(),
        )


def _combo(name: str, tip: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setToolTip(tip)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return combo


def _wrapping(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # labels come from the user: never markup
    return label
