"""The time cursor: play, pause and step through a run; a slider for the time."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSlider, QToolButton, QWidget

from synergy_gui.ui.i18n import translate
from synergy_gui.ui.numbers import short_number
from synergy_gui.ui.plain import plain_label
from synergy_gui.ui.theme import glyph_icon
from synergy_gui.ui.vocabulary import unit_word

#: Milliseconds per step while playing at 1×: a 52-week run plays in about six seconds.
PLAY_INTERVAL_MS = 120
#: The time slider never gets narrower than this (a square knob cannot be dragged).
MIN_SLIDER_WIDTH = 150
#: The play speeds offered, as (text, factor).
SPEEDS = (("½×", 0.5), ("1×", 1.0), ("2×", 2.0), ("4×", 4.0))


class TimeCursor(QWidget):
    """Buttons and a slider that move a cursor over the steps of a run.

    It shows the view state's cursor and asks for moves: the user's slider drags, the step
    buttons and the play timer emit ``stepRequested(step)``; the owner of the cursor answers
    with :meth:`show_step`, which emits nothing.
    """

    stepRequested = Signal(int)  # noqa: N815  # Qt signal names are camelCase
    playingChanged = Signal(bool)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._times = np.zeros(1)
        self._unit = "week"
        self._playing_shown = False
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.slider.setAccessibleName(translate("TimeCursor", "Time cursor"))
        self.slider.setMinimumWidth(MIN_SLIDER_WIDTH)
        self.slider.valueChanged.connect(self._on_slider_value_changed)
        self.play_button = self._button(translate("TimeCursor", "Play"), self.toggle)
        self.play_button.setCheckable(True)
        self.start_button = self._button(translate("TimeCursor", "Go to the start"), self.to_start)
        self.back_button = self._button(translate("TimeCursor", "Step back"), self.step_back)
        self.step_button = self._button(translate("TimeCursor", "Step forward"), self.step_forward)
        self.label = plain_label()  # the time unit is the model's text
        self.speed = QComboBox()
        self.speed.setToolTip(translate("TimeCursor", "How fast Play runs through the weeks"))
        self.speed.setAccessibleName(translate("TimeCursor", "Play speed"))
        for text, factor in SPEEDS:
            self.speed.addItem(text, factor)
        self.speed.setCurrentIndex(1)
        self.speed.currentIndexChanged.connect(self._on_speed_changed)
        self._keep_label_width()
        self._timer = QTimer(self)
        self._timer.setInterval(PLAY_INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._layout()
        self._show_label()
        self._show_icons()

    def _button(self, text: str, slot) -> QToolButton:
        button = QToolButton()
        button.setToolTip(text)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    def _layout(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.play_button, self.start_button, self.back_button, self.step_button):
            row.addWidget(widget)
        row.addWidget(self.slider, 1)
        row.addWidget(self.label)
        row.addWidget(self.speed)

    # ------------------------------------------------------------------ public
    @property
    def step(self) -> int:
        return self.slider.value()

    @property
    def steps(self) -> int:
        return self.slider.maximum()

    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    def set_times(self, times: np.ndarray, step: int) -> None:
        """Take the times of a new run and show the cursor at ``step`` (emits nothing)."""
        self._times = np.asarray(times, dtype=float)
        steps = max(0, self._times.size - 1)
        blocked = self.slider.blockSignals(True)
        if steps != self.steps:
            self.slider.setRange(0, steps)
        self.slider.blockSignals(blocked)
        self.show_step(step)

    def set_unit(self, unit: str) -> None:
        self._unit = unit.strip() or "step"
        self._show_label()

    def time_of(self, step: int) -> float:
        return float(self._times[max(0, min(step, self._times.size - 1))])

    def show_step(self, step: int) -> None:
        """Show the cursor at ``step`` (a choice made elsewhere: emits nothing)."""
        blocked = self.slider.blockSignals(True)
        self.slider.setValue(max(0, min(step, self.steps)))
        self.slider.blockSignals(blocked)
        self._show_label()

    def request_step(self, step: int) -> None:
        """Ask for the cursor at ``step`` (clamped to the run), as the user's moves do."""
        self.stepRequested.emit(max(0, min(step, self.steps)))

    def toggle(self) -> None:
        if self.playing:
            self.pause()
        else:
            self.play()

    def play(self) -> None:
        """Play from here (from the start when the cursor is at the end)."""
        if self.step >= self.steps:
            self.request_step(0)
        self._timer.start()
        self._show_playing(True)

    def pause(self) -> None:
        self._timer.stop()
        self._show_playing(False)

    def step_forward(self) -> None:
        self.pause()
        self.request_step(self.step + 1)

    def step_back(self) -> None:
        self.pause()
        self.request_step(self.step - 1)

    def to_start(self) -> None:
        """Go to the first step (pauses playing)."""
        self.pause()
        self.request_step(0)

    def _on_speed_changed(self, index: int) -> None:
        self._timer.setInterval(round(PLAY_INTERVAL_MS / self.speed.itemData(index)))

    # ------------------------------------------------------------------ internals
    def _on_timer_timeout(self) -> None:
        if self.step >= self.steps:
            self.pause()
        else:
            self.request_step(self.step + 1)

    def _on_slider_value_changed(self, step: int) -> None:
        self._show_label()
        self.stepRequested.emit(step)

    def set_playing(self, playing: bool) -> None:
        """Play (True) or pause (False), as a checkable Play action asks."""
        if playing and not self.playing:
            self.play()
        elif not playing and self.playing:
            self.pause()

    def _show_playing(self, playing: bool) -> None:
        if playing != self._playing_shown:
            self._playing_shown = playing
            self.playingChanged.emit(playing)
        self._show_icons()
        self.play_button.setToolTip(translate("TimeCursor", "Pause" if playing else "Play"))
        blocked = self.play_button.blockSignals(True)
        self.play_button.setChecked(playing)
        self.play_button.blockSignals(blocked)

    def _show_icons(self) -> None:
        """Glyphs in the palette's text colour (they follow a switch to the dark palette)."""
        palette = self.palette()
        self.play_button.setIcon(glyph_icon("pause" if self._playing_shown else "play", palette))
        self.start_button.setIcon(glyph_icon("to_start", palette))
        self.back_button.setIcon(glyph_icon("step_back", palette))
        self.step_button.setIcon(glyph_icon("step_forward", palette))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._show_icons()
        elif event.type() == QEvent.Type.FontChange:
            self._keep_label_width()  # a larger text size: the label must not jitter
        super().changeEvent(event)

    def _keep_label_width(self) -> None:
        """Room for the longest label, so playing does not shift the slider."""
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("Week 000 of 000"))

    def _show_label(self) -> None:
        now, end = self.time_of(self.step), self.time_of(self.steps)
        unit = unit_word(self._unit)
        self.label.setText(
            translate("TimeCursor", "{unit} {now} of {end}").format(
                unit=unit[:1].upper() + unit[1:], now=short_number(now), end=short_number(end)
            )
        )
