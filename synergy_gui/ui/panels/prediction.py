"""Predict, then reveal: the plot's future hidden, a prediction sketched or typed, then the run.

The way physics teachers run interactive demonstrations: the class commits to a prediction
before it sees the answer. :class:`PredictionMode` hides every line after week 0, takes a
sketch from the mouse (press and drag on the plot) or a level typed for a week, and on
*Reveal* plays the time cursor so the model's curves grow over the prediction; at the end the
gap between the two is shaded and reported. The prediction and its gap are the engine's
(:mod:`synergy_gui.engine.prediction`); this module draws them and takes the gestures.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from matplotlib.lines import Line2D
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from synergy_gui.engine.errors import EngineError
from synergy_gui.engine.prediction import Prediction, gap_report, prediction_gap
from synergy_gui.model import ModelDocument
from synergy_gui.model.view_state import ViewState
from synergy_gui.ui.panels.level_plot import LevelPlot
from synergy_gui.ui.panels.time_cursor import TimeCursor
from synergy_gui.ui.plain import plain_label

#: The phases of a prediction, in order.
SKETCHING, REVEALING, REVEALED = "sketching", "revealing", "revealed"
GAP_ALPHA = 0.28  # the shading between prediction and model: seen, yet the lines stay on top
SKETCH_DASH = (0, (4, 1.6))
#: Drawing order: the gap, then the sketch, under the model's lines (2); the start dot above.
GAP_Z, SKETCH_Z, START_Z, HINT_Z = 1.0, 1.5, 3.0, 3.5
HINT_ALPHA = 0.7


class PredictionOverlay:
    """The prediction's artists on a level plot: the sketch, the typed point, where the
    construct starts, and the shaded gap. All animated: drawn on every blit."""

    def __init__(self, plot: LevelPlot) -> None:
        self.plot = plot
        self.sketch = Line2D([], [], linestyle=SKETCH_DASH, animated=True, zorder=SKETCH_Z)
        self.typed = Line2D([], [], linestyle="none", marker="D", animated=True, zorder=SKETCH_Z)
        self.start = Line2D([], [], linestyle="none", marker="o", animated=True, zorder=START_Z)
        #: The gap at the report's week: a bar from the prediction to the model.
        self.gap_bar = Line2D([], [], animated=True, zorder=GAP_Z, solid_capstyle="butt")
        self.hint = None
        self.gap = None
        self._axes = None

    @property
    def lines(self) -> tuple[Line2D, ...]:
        return (self.sketch, self.typed, self.start, self.gap_bar)

    @property
    def artists(self) -> list:
        return [a for a in (self.gap, *self.lines, self.hint) if a is not None]

    def attach(self, axes) -> None:
        """Draw in ``axes`` (the one that shows the predicted construct)."""
        if axes is not self._axes:
            self.detach()
            for artist in self.lines:
                axes.add_line(artist)
            self.hint = axes.text(
                0.55,
                0.5,
                "",
                transform=axes.transAxes,
                ha="center",
                va="center",
                animated=True,
                zorder=HINT_Z,
                alpha=HINT_ALPHA,
                wrap=True,
            )
            self.hint.set_parse_math(False)  # the construct's label as written
            self._axes = axes
        self.plot.overlays = self.artists

    def detach(self) -> None:
        self.show_gap(None)
        for artist in (*self.lines, self.hint):
            if artist is not None and artist.axes is not None:
                artist.remove()
        self.hint = None
        self._axes = None
        self.plot.overlays = []

    def show_hint(self, text: str, colour: str) -> None:
        """Words in the hidden future (empty: none)."""
        if self.hint is not None:
            self.hint.set(text=text, color=colour, fontsize=self.plot.font_size())
            self.hint.set_visible(bool(text))

    def show(self, prediction: Prediction, text: str, colour: str, start: float | None) -> None:
        """The sketch in the text colour (the model's line keeps the construct's colour)."""
        thickness = self.plot.thickness
        self.sketch.set(data=(prediction.times, prediction.levels), color=text)
        self.sketch.set_linewidth(self.plot.line_width)
        typed = prediction.typed_time
        level = prediction.level_at(np.array([typed]))[0] if typed is not None else None
        self.typed.set(data=([typed], [level]) if typed is not None else ([], []), color=text)
        self.typed.set_markersize(10 * thickness)
        self.start.set(data=([0.0], [start]) if start is not None else ([], []), color=colour)
        self.start.set_markersize(9 * thickness)

    def show_gap(self, gap, colour: str = "#000000") -> None:
        """Shade between prediction and model (None removes the shading)."""
        if self.gap is not None:
            self.gap.remove()
            self.gap = None
        bar = ([gap.time] * 2, [gap.predicted, gap.actual]) if gap is not None else ([], [])
        self.gap_bar.set(data=bar, color=colour, alpha=0.6)
        self.gap_bar.set_linewidth(2.0 * self.plot.line_width)
        if gap is not None and self._axes is not None:
            self.gap = self._axes.fill_between(
                gap.times,
                gap.predicted_levels,
                gap.actual_levels,
                color=colour,
                alpha=GAP_ALPHA,
                linewidth=0,
                animated=True,
                zorder=GAP_Z,
            )
        self.plot.overlays = self.artists if self._axes is not None else []


class CanvasSketcher:
    """Press and drag on the plot to sketch: each point (time, level) is clamped to the axes'
    range and handed to ``on_point(time, level, since)``; ``since`` is the stroke's previous
    time (None at the press)."""

    def __init__(self, plot: LevelPlot, on_point: Callable[[float, float, float | None], None]):
        self.plot, self.on_point = plot, on_point
        self.axes = None  # the axes a stroke may start in; None: sketching is off
        self._last: float | None = None
        self._stroking = False
        self._ids = [
            plot.mpl_connect("button_press_event", self._on_press),
            plot.mpl_connect("motion_notify_event", self._on_motion),
            plot.mpl_connect("button_release_event", self._on_release),
        ]

    def disconnect(self) -> None:
        for cid in self._ids:
            self.plot.mpl_disconnect(cid)

    def data_point(self, x: float, y: float) -> tuple[float, float]:
        """Display pixels to (time, level), clamped to what the axes show and to 0..1."""
        time, level = self.axes.transData.inverted().transform((x, y))
        left, right = self.axes.get_xlim()
        bottom, top = self.axes.get_ylim()
        time = min(max(time, max(left, 0.0)), right)
        level = min(max(level, max(bottom, 0.0)), min(top, 1.0))
        return float(time), float(level)

    def _on_press(self, event) -> None:
        if self.axes is None or event.button != 1 or event.inaxes is not self.axes:
            return
        self._stroking, self._last = True, None
        self._add(event)

    def _on_motion(self, event) -> None:
        if self._stroking and self.axes is not None:
            self._add(event)

    def _on_release(self, event) -> None:
        if self._stroking and self.axes is not None:
            self._add(event)
        self._stroking, self._last = False, None

    def _add(self, event) -> None:
        time, level = self.data_point(event.x, event.y)
        self.on_point(time, level, self._last)
        self._last = time


class PredictionBar(QWidget):
    """The prediction's controls: which construct, a typed level, Reveal, Clear and Done,
    with the instructions or, after the reveal, the gap in words."""

    constructChosen = Signal(str)  # noqa: N815  # Qt signal names are camelCase
    levelTyped = Signal(float, float)  # noqa: N815
    revealRequested = Signal()  # noqa: N815
    clearRequested = Signal()  # noqa: N815
    doneRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.construct = QComboBox()
        self.construct.setAccessibleName("Construct to predict")
        self.construct.activated.connect(
            lambda index: self.constructChosen.emit(self.construct.itemData(index))
        )
        self.week = QDoubleSpinBox()
        self.week.setDecimals(0)
        self.week.setAccessibleName("Week of the typed prediction")
        self.level = QDoubleSpinBox()
        self.level.setRange(0.0, 1.0)
        self.level.setSingleStep(0.05)
        self.level.setDecimals(2)
        self.level.setValue(0.5)
        self.level.setAccessibleName("Predicted level")
        self.set_level = self._button("Set", "Put this level at this week into the prediction")
        self.construct.setToolTip("The construct whose curve you predict")
        self.construct.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.set_level.clicked.connect(
            lambda: self.levelTyped.emit(self.week.value(), self.level.value())
        )
        self.reveal = self._button("Reveal", "Play the model's run over your prediction")
        self.reveal.clicked.connect(self.revealRequested)
        self.clear = self._button("Clear", "Remove the prediction and hide the future again")
        self.clear.clicked.connect(self.clearRequested)
        self.done = self._button("Done", "Leave Predict mode")
        self.done.clicked.connect(self.doneRequested)
        self.week_label = plain_label("Week")
        self.level_label = plain_label("level")
        self.message = plain_label()  # construct labels as written
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Prediction gap")
        self._lay_out()

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        return button

    def _lay_out(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in self._form:
            row.addWidget(widget)
        # after the reveal the gap's words take the form's place and the whole row's room
        row.addWidget(self.message, 100)
        row.addStretch(1)
        for button in (self.reveal, self.clear, self.done):
            row.addWidget(button)

    def set_choices(self, choices: list[tuple[str, str]], current: str) -> None:
        """The constructs offered, as (id, label); ``current`` chosen (emits nothing)."""
        blocked = self.construct.blockSignals(True)
        self.construct.clear()
        for construct_id, label in choices:
            self.construct.addItem(label, construct_id)
        self.construct.setCurrentIndex(max(0, self.construct.findData(current)))
        self.construct.blockSignals(blocked)

    def set_horizon(self, end: float, unit: str) -> None:
        self.week.setRange(0.0, max(end, 0.0))
        self.week_label.setText(unit.capitalize())
        if self.week.value() == 0.0:
            self.week.setValue(round(end / 2.0))

    @property
    def _form(self) -> tuple[QWidget, ...]:
        return (
            self.construct,
            self.week_label,
            self.week,
            self.level_label,
            self.level,
            self.set_level,
        )

    def show_phase(self, phase: str, text: str) -> None:
        """The form while sketching, the gap's words after the reveal."""
        for widget in self._form:
            widget.setVisible(phase != REVEALED)
            widget.setEnabled(phase == SKETCHING)
        self.reveal.setVisible(phase != REVEALED)
        self.reveal.setText("Show all" if phase == REVEALING else "Reveal")
        self.message.setText(text)
        self.message.setVisible(bool(text))


class PredictionMode:
    """One prediction at a time on the plots panel: hidden future, sketch, reveal, gap.

    It shows what the view state's time cursor and the panel's runs say, and keeps only the
    prediction itself and its phase.
    """

    def __init__(
        self,
        document: ModelDocument,
        view: ViewState,
        plot: LevelPlot,
        cursor: TimeCursor,
        bar: PredictionBar,
    ) -> None:
        self.document, self.view, self.plot, self.cursor, self.bar = (
            document,
            view,
            plot,
            cursor,
            bar,
        )
        self.runs = None
        self.prediction: Prediction | None = None
        self.phase: str | None = None
        self.gap = None
        self.colours = {"text": "#000000", "line": "#0072B2"}
        #: Called after every change of phase or prediction (the panel shows its values then).
        self.changed: Callable[[], None] = lambda: None
        self.overlay = PredictionOverlay(plot)
        self.sketcher = CanvasSketcher(plot, self.add_point)
        bar.constructChosen.connect(self.start)
        bar.levelTyped.connect(self.type_level)
        bar.revealRequested.connect(self.reveal)
        bar.clearRequested.connect(self.clear)
        bar.hide()

    @property
    def active(self) -> bool:
        return self.phase is not None

    @property
    def construct_id(self) -> str | None:
        return None if self.prediction is None else self.prediction.construct_id

    # ------------------------------------------------------------------ the lecturer's steps
    def start(self, construct_id: str) -> None:
        """Predict ``construct_id`` afresh: its line plotted, every line hidden after week 0."""
        if not self.document.has_construct(construct_id):
            raise EngineError(f"there is no construct {construct_id!r} to predict")
        if construct_id not in self.view.focus:
            self.view.set_focus([*self.view.focus, construct_id])
        self.prediction = Prediction(construct_id)
        self.bar.set_choices(self._choices(), construct_id)
        self.bar.show()
        self._hide_future()

    def clear(self) -> None:
        """Remove the prediction and hide the future again."""
        if self.prediction is not None:
            self.prediction = Prediction(self.prediction.construct_id)
            self._hide_future()

    def end(self) -> None:
        """Leave Predict mode: every line whole again, no prediction."""
        self.phase, self.prediction, self.gap = None, None, None
        self.sketcher.axes = None
        self.overlay.detach()
        self.bar.hide()
        self.plot.set_shown_until(None)
        self.view.set_cursor(None)  # the diagram and the plot back at the run's end
        self.plot.refresh()
        self.changed()

    def add_point(self, time: float, level: float, since: float | None = None) -> None:
        """A sketched point (only while sketching)."""
        if self.phase == SKETCHING:
            self.prediction = self.prediction.drawn(time, level, since)
            self._show()

    def type_level(self, time: float, level: float) -> None:
        """The level expected at ``time`` (only while sketching)."""
        if self.phase == SKETCHING:
            self.prediction = self.prediction.typed(time, level)
            self._show()

    def reveal(self, animate: bool = True) -> None:
        """Play the run over the prediction from week 0 (at once when not ``animate``, or
        when already revealing: a second Reveal shows everything)."""
        if self.phase is None or self.phase == REVEALED:
            return
        if self.phase == REVEALING or not animate:
            self._finish()
            return
        self.phase = REVEALING
        self.sketcher.axes = None
        self.cursor.pause()
        self.view.set_cursor(0)
        self.plot.set_shown_until(0.0)
        self._show_phase()
        self.cursor.play()

    # ------------------------------------------------------------------ the panel's news
    def show_runs(self, runs) -> None:
        """A new run (a slider moved): the prediction stays; the gap follows the model."""
        self.runs = runs
        end = float(runs.active.times[-1])
        self.bar.set_horizon(end, self.document.settings.time_unit)
        if self.active:
            if self.phase == REVEALED:
                self._measure_gap()
            self._show()

    def show_cursor(self) -> None:
        """While revealing, the lines grow with the time cursor; at its end the gap shows."""
        if self.phase != REVEALING or self.runs is None:
            return
        step = self.view.cursor_step(self.runs.active.steps)
        if step >= self.runs.active.steps:
            self._finish()
        else:
            self.plot.set_shown_until(self.cursor.time_of(step))

    def set_colours(self, text: str) -> None:
        self.colours["text"] = text
        if self.active:
            self._show()

    def lines_changed(self) -> None:
        """The plot's lines were made anew (focus, comparison): draw in the right axes."""
        if self.active:
            self._show()

    # ------------------------------------------------------------------ internals
    def _hide_future(self) -> None:
        self.phase, self.gap = SKETCHING, None
        self.cursor.pause()
        self.view.set_cursor(0)
        self.plot.set_shown_until(0.0)
        self.overlay.show_gap(None)
        self._show()

    def _finish(self) -> None:
        self.phase = REVEALED
        self.sketcher.axes = None
        self.cursor.pause()
        self.view.set_cursor(None)
        self.plot.set_shown_until(None)
        self._measure_gap()
        self._show()

    def _measure_gap(self) -> None:
        self.gap = None
        if self.runs is None or not self.prediction.points:
            return
        result = self.runs.active
        try:
            self.gap = prediction_gap(
                self.prediction, result.times, result.series(self.prediction.construct_id)
            )
        except EngineError:
            self.gap = None  # no overlap with the run: the message says so

    def _show(self) -> None:
        axes, colour = self._axes_and_colour()
        self.overlay.attach(axes)
        self.sketcher.axes = axes if self.phase == SKETCHING else None
        start = self._start_level()
        self.overlay.show(self.prediction, self.colours["text"], colour, start)
        self.overlay.show_gap(self.gap if self.phase == REVEALED else None, colour)
        self.overlay.show_hint(self._hint(), self.colours["text"])
        self._show_phase()
        self.plot.refresh()

    def _show_phase(self) -> None:
        self.bar.show_phase(self.phase, self._message())
        self.changed()

    def _hint(self) -> str:
        """Until the first point, the hidden future says what to do."""
        if self.phase != SKETCHING or self.prediction.points:
            return ""
        label = self._label(self.prediction.construct_id)
        return f"How will {label} move?\nDrag here to sketch it, then Reveal."

    def _message(self) -> str:
        """After the reveal, the gap in words (nothing before: the plot says what to do)."""
        if self.phase != REVEALED:
            return ""
        unit = self.document.settings.time_unit.strip() or "step"
        if self.gap is not None:
            return gap_report(self.gap, unit)
        if self.prediction.points:
            return "The prediction lies outside the run, so there is no gap to show."
        return "No prediction was made: this is the model's curve."

    def _axes_and_colour(self):
        """The axes and colour of the predicted construct's line (the first axes if none)."""
        for spec in self.plot.specs:
            if spec.construct_id == self.prediction.construct_id:
                return self.plot.lines[spec.line_key].axes, spec.colour
        return self.plot.axes, self.colours["line"]

    def _start_level(self) -> float | None:
        if self.runs is None:
            return None
        result = self.runs.active
        if self.prediction.construct_id not in result.ids:
            return None
        return float(result.series(self.prediction.construct_id)[0])

    def _label(self, construct_id: str) -> str:
        if self.document.has_construct(construct_id):
            return self.document.construct(construct_id).label
        return construct_id

    def _choices(self) -> list[tuple[str, str]]:
        """Constructs worth predicting: those the model moves (stimuli are set by hand)."""
        moved = [(c.id, c.label) for c in self.document.constructs if c.role != "stimulus"]
        return moved or [(c.id, c.label) for c in self.document.constructs]


def default_prediction_target(document: ModelDocument, focus) -> str | None:
    """What to predict when nobody says: the last plotted response, else the last construct
    the model moves, else none."""
    roles = {c.id: c.role for c in document.constructs}
    for wanted in ("response", "organism"):
        plotted = [cid for cid in focus if roles.get(cid) == wanted]
        if plotted:
            return plotted[-1]
    moved = [c.id for c in document.constructs if c.role != "stimulus"]
    return moved[-1] if moved else None


__all__ = [
    "REVEALED",
    "REVEALING",
    "SKETCHING",
    "CanvasSketcher",
    "PredictionBar",
    "PredictionMode",
    "PredictionOverlay",
    "default_prediction_target",
]
