"""Predict, then reveal: the plot's future hidden, a prediction sketched or typed, then the run.

The way physics teachers run interactive demonstrations: the class commits to a prediction
before it sees the answer. :class:`PredictionMode` hides every line after week 0, takes a
sketch from the mouse (press and drag on the plot) or a level typed for a week, and on
*Reveal* plays the time cursor so the model's curves grow over the prediction; at the end the
gap between the two is shaded and reported. The prediction and its gap are the engine's
(:mod:`synergy_gui.engine.prediction`); this module runs the steps, and
:mod:`prediction_overlay` draws them and takes the mouse strokes.
"""

from __future__ import annotations

from collections.abc import Callable

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
from synergy_gui.ui.i18n import message_text, translate
from synergy_gui.ui.panels.level_plot import LevelPlot
from synergy_gui.ui.panels.prediction_overlay import CanvasSketcher, PredictionOverlay
from synergy_gui.ui.panels.time_cursor import TimeCursor
from synergy_gui.ui.plain import plain_label
from synergy_gui.ui.vocabulary import unit_word

#: The phases of a prediction, in order.
SKETCHING, REVEALING, REVEALED = "sketching", "revealing", "revealed"


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
        self.construct.setAccessibleName(translate("Prediction", "Construct to predict"))
        self.construct.activated.connect(
            lambda index: self.constructChosen.emit(self.construct.itemData(index))
        )
        self.week = QDoubleSpinBox()
        self.week.setDecimals(0)
        self.week.setAccessibleName(translate("Prediction", "Week of the typed prediction"))
        self.level = QDoubleSpinBox()
        self.level.setRange(0.0, 1.0)
        self.level.setSingleStep(0.05)
        self.level.setDecimals(2)
        self.level.setValue(0.5)
        self.level.setAccessibleName(translate("Prediction", "Predicted level"))
        self.set_level = self._button(
            translate("Prediction", "Set"),
            translate("Prediction", "Put this level at this week into the prediction"),
        )
        self.construct.setToolTip(translate("Prediction", "The construct whose curve you predict"))
        self.construct.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.set_level.clicked.connect(
            lambda: self.levelTyped.emit(self.week.value(), self.level.value())
        )
        self.reveal = self._button(
            translate("Prediction", "Reveal"),
            translate("Prediction", "Play the model's run over your prediction"),
        )
        self.reveal.clicked.connect(self.revealRequested)
        self.clear = self._button(
            translate("Prediction", "Clear"),
            translate("Prediction", "Remove the prediction and hide the future again"),
        )
        self.clear.clicked.connect(self.clearRequested)
        self.done = self._button(
            translate("Prediction", "Done"), translate("Prediction", "Leave Predict mode")
        )
        self.done.clicked.connect(self.doneRequested)
        self.week_label = plain_label(translate("Prediction", "Week"))
        self.level_label = plain_label(translate("Prediction", "level"))
        self.message = plain_label()  # construct labels as written
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("Prediction", "Prediction gap"))
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
        self.week_label.setText(unit_word(unit).capitalize())
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
        self.reveal.setText(
            translate("Prediction", "Show all")
            if phase == REVEALING
            else translate("Prediction", "Reveal")
        )
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
            raise EngineError(
                translate("Prediction", "there is no construct {id} to predict").format(
                    id=repr(construct_id)
                )
            )
        if construct_id not in self.view.focus:
            self.view.set_focus([*self.view.focus, construct_id])
        low = self.plot.full_range[0]  # -1 with bipolar levels
        self.prediction = Prediction(construct_id, low=low)
        self.bar.level.setMinimum(low)
        self.bar.set_choices(self._choices(), construct_id)
        self.bar.show()
        self._hide_future()

    def clear(self) -> None:
        """Remove the prediction and hide the future again."""
        if self.prediction is not None:
            self.prediction = Prediction(self.prediction.construct_id, low=self.prediction.low)
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
        return translate(
            "Prediction", "How will {label} move?\nDrag here to sketch it, then Reveal."
        ).format(label=label)

    def _message(self) -> str:
        """After the reveal, the gap in words (nothing before: the plot says what to do)."""
        if self.phase != REVEALED:
            return ""
        unit = unit_word(self.document.settings.time_unit.strip() or "step")
        if self.gap is not None:
            return message_text(gap_report(self.gap, unit))
        if self.prediction.points:
            return translate(
                "Prediction", "The prediction lies outside the run, so there is no gap to show."
            )
        return translate("Prediction", "No prediction was made: this is the model's curve.")

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
    "PredictionBar",
    "PredictionMode",
    "default_prediction_target",
]
