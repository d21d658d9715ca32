"""One binding of a slider plus an exact spin box to a float parameter of the document.

Modelled on glue's ``connect_value``: declare the range, bind both ways, unbind symmetrically.
The integer slider range (0..steps) maps linearly onto the float range (-1..1 for weights,
0..1 for levels). Values the document pushes in are shown with the widgets' signals blocked, so
a slider and the model never echo each other. Values the user makes go out through ``write``
with a gesture: a fresh one for each slider drag (bumped on ``sliderPressed``), ``None`` for
keyboard, wheel and spin-box changes, so one drag is one undo step.

A number the spin box cannot take (5 typed into a 0-1 level box) is dropped by Qt's validator
without a word; the binding says why, to ``on_problem`` and in the window's status bar.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Hashable
from itertools import count

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QMainWindow, QSlider, QWidget

from synergy_gui.ui.i18n import translate

#: Gestures are unique across all bindings, so two panels bound to one weight never merge.
_GESTURES = count(1)

#: How long a refused keystroke's reason stays in the status bar (ms).
REFUSAL_MESSAGE_MS = 8000

Reader = Callable[[], float]
Writer = Callable[[float, Hashable], "str | None"]


class SliderBinding:
    """Binds ``slider`` and ``spin`` to the float read by ``read`` and written by ``write``.

    ``write(value, gesture)`` returns None when the document took the value, otherwise the
    reason it was refused; a refused value is reported to ``on_problem`` and the widgets go
    back to the document's value.
    """

    def __init__(
        self,
        slider: QSlider,
        spin: QDoubleSpinBox,
        value_range: tuple[float, float],
        read: Reader,
        write: Writer,
        steps: int = 1000,
        decimals: int = 3,
        on_problem: Callable[[str], None] | None = None,
        spin_range: tuple[float, float] | None = None,
    ) -> None:
        self.slider, self.spin = slider, spin
        self.low, self.high = float(value_range[0]), float(value_range[1])
        self.spin_range = spin_range or (self.low, self.high)  # may reach past the slider
        self.steps, self.decimals = steps, decimals
        self._read, self._write, self._on_problem = read, write, on_problem
        self._gesture: Hashable = None
        self._connected = False
        self._configure()
        self._connect()
        self.refresh()

    def set_range(
        self,
        value_range: tuple[float, float],
        steps: int,
        spin_range: tuple[float, float] | None = None,
    ) -> None:
        """Give the slider (and spin box) another range, e.g. once weights are unstandardised."""
        low, high = float(value_range[0]), float(value_range[1])
        spin_range = spin_range or (low, high)
        if (low, high, steps, spin_range) == (self.low, self.high, self.steps, self.spin_range):
            return
        self.low, self.high, self.steps, self.spin_range = low, high, steps, spin_range
        for widget in (self.slider, self.spin):
            blocked = widget.blockSignals(True)
            if widget is self.slider:
                self._configure_slider()
            else:
                self.spin.setRange(*self.spin_range)
            widget.blockSignals(blocked)
        self.refresh()

    # ------------------------------------------------------------------ conversions
    def to_position(self, value: float) -> int:
        """The slider position nearest to ``value`` (clamped to the range)."""
        fraction = (value - self.low) / (self.high - self.low)
        return max(0, min(self.steps, round(fraction * self.steps)))

    def to_value(self, position: int) -> float:
        """The float value of a slider position, rounded to the spin box's decimals."""
        return round(self.low + (self.high - self.low) * position / self.steps, self.decimals)

    # ------------------------------------------------------------------ model -> widget
    def refresh(self) -> None:
        """Show the document's current value, without echoing it back."""
        self.show_value(self._read())

    def show_value(self, value: float) -> None:
        """Put ``value`` into both widgets with their signals blocked."""
        position = self.to_position(value)
        if self.slider.value() != position:
            blocked = self.slider.blockSignals(True)
            self.slider.setValue(position)
            self.slider.blockSignals(blocked)
        if self.spin.value() != round(value, self.decimals):
            blocked = self.spin.blockSignals(True)
            self.spin.setValue(value)
            self.spin.blockSignals(blocked)

    # ------------------------------------------------------------------ widget -> model
    def _on_slider_pressed(self) -> None:
        self._gesture = ("slider", next(_GESTURES))

    def _on_slider_released(self) -> None:
        self._gesture = None

    def _on_slider_value_changed(self, position: int) -> None:
        self._send(self.to_value(position), self._gesture)

    def _on_spin_value_changed(self, value: float) -> None:
        self._send(round(value, self.decimals), None)

    def _on_spin_input_rejected(self) -> None:
        """Qt dropped a keystroke: the line edit still holds what it would have made."""
        self._report_refusal(refusal_text(self.spin, self.spin.lineEdit().text()))

    def _report_refusal(self, reason: str) -> None:
        if self._on_problem is not None:
            self._on_problem(reason)
        window = _main_window(self.spin)
        if window is not None:
            window.statusBar().showMessage(reason, REFUSAL_MESSAGE_MS)

    def _send(self, value: float, gesture: Hashable) -> None:
        problem = self._write(value, gesture)
        if problem:
            self.refresh()
            if self._on_problem is not None:
                self._on_problem(problem)
        else:
            self.show_value(value)

    # ------------------------------------------------------------------ wiring
    def _configure(self) -> None:
        self._configure_slider()
        self.spin.setDecimals(self.decimals)
        self.spin.setRange(*self.spin_range)
        self.spin.setSingleStep(10.0**-2)
        self.spin.setKeyboardTracking(False)  # a value per Enter/focus change, not per key

    def _configure_slider(self) -> None:
        self.slider.setRange(0, self.steps)
        self.slider.setTickInterval(max(1, self.steps // 4))  # ticks at the quarters (and 0)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setSingleStep(max(1, self.steps // 100))
        self.slider.setPageStep(max(1, self.steps // 10))

    def _pairs(self) -> list:
        return [
            (self.slider.sliderPressed, self._on_slider_pressed),
            (self.slider.sliderReleased, self._on_slider_released),
            (self.slider.valueChanged, self._on_slider_value_changed),
            (self.spin.valueChanged, self._on_spin_value_changed),
            (self.spin.lineEdit().inputRejected, self._on_spin_input_rejected),
        ]

    def _connect(self) -> None:
        for signal, slot in self._pairs():
            signal.connect(slot)
        self._connected = True

    def disconnect(self) -> None:
        """Unbind: the widgets no longer write to the document (safe to call twice)."""
        if not self._connected:
            return
        self._connected = False
        with contextlib.suppress(RuntimeError, TypeError):  # the widgets are already gone
            for signal, slot in self._pairs():
                signal.disconnect(slot)

    @property
    def connected(self) -> bool:
        return self._connected


def refusal_text(spin: QDoubleSpinBox, typed: str) -> str:
    """Why ``spin`` refuses the text ``typed``: out of its range, too many decimals, or not a
    number; named by the box's accessible name (the row's title) when it has one."""
    text = typed.removeprefix(spin.prefix()).removesuffix(spin.suffix()).strip()
    low, high = _number(spin.minimum()), _number(spin.maximum())
    value, is_number = spin.locale().toDouble(text)
    if is_number and spin.minimum() <= value <= spin.maximum():
        why = translate("Binding", "“{text}” has more than {n} decimals").format(
            text=text, n=spin.decimals()
        )
    else:
        why = (
            translate("Binding", "“{text}” is out of range; type a number from {low} to {high}")
            if is_number
            else translate(
                "Binding", "“{text}” is not a number; type a number from {low} to {high}"
            )
        ).format(text=text, low=low, high=high)
    name = spin.accessibleName().strip()
    return f"{name}: {why}." if name else f"{why[:1].upper()}{why[1:]}."


def _number(value: float) -> str:
    """0, 1, −1 or 0.25: no trailing zeros, a typographic minus."""
    return f"{value:g}".replace("-", "−")


def _main_window(widget: QWidget) -> QMainWindow | None:
    """The main window ``widget`` is in (through docks, floating or not), if any."""
    while widget is not None:
        if isinstance(widget, QMainWindow):
            return widget
        widget = widget.parentWidget()
    return None


def make_slider_pair() -> tuple[QSlider, QDoubleSpinBox]:
    """A horizontal slider and a spin box (configured later by :class:`SliderBinding`)."""
    slider = QSlider(Qt.Orientation.Horizontal)
    spin = QDoubleSpinBox()
    spin.setMinimumWidth(84)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    slider.setMinimumWidth(120)
    return slider, spin


__all__ = ["SliderBinding", "make_slider_pair", "refusal_text"]
