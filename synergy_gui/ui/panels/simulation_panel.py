"""The simulation panel: live plot of the plotted constructs, their values and a time cursor.

It paints what it is given: :meth:`show_runs` with the controller's runs (the active scenario,
and while comparing every compared one), :meth:`show_comparison` with the engine's comparison
figures, :meth:`show_cursor` with the view state's cursor. What is plotted, what is compared
and the threshold are the view state's; the panel's controls write to it.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from synergy_gui.engine import SimulationResult
from synergy_gui.engine.compare import Comparison
from synergy_gui.engine.steady import SteadyState
from synergy_gui.model import Change, ModelDocument
from synergy_gui.model.view_state import ScenarioKey, ViewChange, ViewState
from synergy_gui.ui.i18n import translate
from synergy_gui.ui.numbers import count_text
from synergy_gui.ui.panels.base import DocumentPanel
from synergy_gui.ui.panels.compare_controls import CompareControls, RunProgress
from synergy_gui.ui.panels.comparison_table import ComparisonTable
from synergy_gui.ui.panels.focus import FocusButton
from synergy_gui.ui.panels.level_plot import LevelPlot
from synergy_gui.ui.panels.plot_axes import LARGE_TEXT
from synergy_gui.ui.panels.plot_styles import SCENARIO_STYLES, LegendEntry, LineSpec, line_specs
from synergy_gui.ui.panels.prediction import (
    PredictionBar,
    PredictionMode,
    default_prediction_target,
)
from synergy_gui.ui.panels.ranges import level_ranges
from synergy_gui.ui.panels.rows import problem_label, show_problem
from synergy_gui.ui.panels.texts import plural_unit
from synergy_gui.ui.panels.time_cursor import TimeCursor
from synergy_gui.ui.panels.values_table import ValuesTable
from synergy_gui.ui.vocabulary import scenario_name, unit_word

MIN_POINT_SIZE = 12.0  # legible from the back of a classroom
#: QSettings key of the "Fit y to data" choice. Off by default: on 0 to 1 the same height
#: means the same level in every scenario, preset and exported slide.
FIT_Y_KEY = "plot/fit_y"
Y_LABELS = {
    False: QT_TRANSLATE_NOOP("SimulationPanel", "Level (0 to 1)"),
    True: QT_TRANSLATE_NOOP("SimulationPanel", "Level (zoomed to the data)"),
}
#: In large text the level axis is short: its label says only what is essential.
SHORT_Y_LABEL = QT_TRANSLATE_NOOP("SimulationPanel", "Level")
#: While presenting, the plot's text grows with the diagram's only as far as its height
#: allows: one step of text size per this many pixels (a short plot keeps room for lines).
PRESENT_PIXELS_PER_TEXT_SCALE = 240
#: A panel narrower than this shows only the final levels beside the plot ("Settles at"
#: comes back when widened), so a laptop's plot is not squeezed to a strip.
NARROW_PANEL_WIDTH = 820


class SimulationPanel(DocumentPanel):
    """Plots the runs: levels over time, final and settled values, or a comparison.

    Signals: ``playingChanged(bool)``; ``exportTableRequested()`` from the comparison's
    *Export Table…* button.
    """

    playingChanged = Signal(bool)  # noqa: N815  # Qt signal names are camelCase
    exportTableRequested = Signal()  # noqa: N815
    cancelRequested = Signal()  # noqa: N815
    bandsToggled = Signal(bool)  # noqa: N815  # the Bands box: uncertainty bands on or off

    def __init__(
        self, document: ModelDocument, view: ViewState, parent: QWidget | None = None
    ) -> None:
        super().__init__(document, parent)
        readable = self.font()
        readable.setPointSizeF(max(readable.pointSizeF(), MIN_POINT_SIZE))
        self.setFont(readable)
        self.view = view
        self.runs = None
        self.plot = LevelPlot()
        self.plot.setMinimumSize(200, 160)
        self.plot.max_legend_rows = 2  # the values table beside names every colour
        self.values = ValuesTable()
        # in a narrow window the plot gives way: the values are never cut off
        self.values.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.table = ComparisonTable()
        self.focus_button = FocusButton(self._on_focus_toggled)
        self.fit_y_box = QCheckBox(translate("SimulationPanel", "Fit y to data"))
        self.fit_y_box.setToolTip(
            translate(
                "SimulationPanel",
                "Zoom the level axis to the plotted lines, so small effects show; "
                "untick to see the full range from 0 to 1",
            )
        )
        self.fit_y_box.setChecked(QSettings().value(FIT_Y_KEY, False, type=bool))
        self.plot.set_fit_y(self.fit_y_box.isChecked())
        self.fit_y_box.toggled.connect(self._on_fit_y_toggled)
        self.compare_controls = CompareControls(view)
        self.compare_controls.setMaximumWidth(320)
        self.compare_controls.exportRequested.connect(self.exportTableRequested)
        self.cursor = TimeCursor()
        self.cursor.stepRequested.connect(self._on_step_requested)
        self.cursor.playingChanged.connect(self._on_playing_changed)
        self.cursor.playingChanged.connect(self.playingChanged)
        self.problem = problem_label()
        self.running = RunProgress()
        self.running.cancel.clicked.connect(self.cancelRequested)
        self._base_point_size = readable.pointSizeF()
        self._presenting = False
        self._build_bands()
        self._build_prediction()
        self._build_layout()
        self._follow_palette()
        view.connect(self._on_view_changed)
        self.destroyed.connect(lambda *_, v=view, f=self._on_view_changed: v.disconnect(f))
        self._rebuild()
        if view.text_scale != 1.0:
            self._show_text_scale()

    def _build_layout(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.problem)
        left.addWidget(self.running)
        left.addWidget(self.plot, 1)
        right = QVBoxLayout()
        right.addWidget(self.focus_button)
        right.addWidget(self.fit_y_box)
        right.addWidget(self.bands_box)
        right.addWidget(self.predict_button)
        right.addWidget(self.values)
        right.addWidget(self.compare_controls)
        right.addStretch(1)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addLayout(right)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        column.addLayout(row, 1)
        column.addWidget(self.bands_note)  # the panel's width: one line in a laptop's dock
        column.addWidget(self.prediction_bar)
        column.addWidget(self.cursor)  # the panel's whole width: the slider never collapses
        column.addWidget(self.table)
        self._show_mode()

    def _build_bands(self) -> None:
        self.bands = None  # the newest uncertainty bands (engine Bands), None: not shown
        self.bands_box = QCheckBox(translate("SimulationPanel", "Bands"))
        self.bands_box.setToolTip(
            translate(
                "SimulationPanel",
                "Show how sure the levels are, given the uncertainty (sd) of the weights: "
                "10–90 % and 25–75 % bands and the median of many runs",
            )
        )
        self.bands_box.toggled.connect(self._on_bands_toggled)
        self.bands_note = QLabel()
        self.bands_note.setObjectName("bands_note")
        self.bands_note.setWordWrap(True)
        self.bands_note.setTextFormat(Qt.TextFormat.PlainText)
        self.bands_note.hide()

    def _build_prediction(self) -> None:
        self.predict_button = QPushButton(translate("SimulationPanel", "Predict"))
        self.predict_button.setCheckable(True)
        self.predict_button.setToolTip(
            translate(
                "SimulationPanel",
                "Hide the plot's future, sketch how a construct will move, then reveal the model",
            )
        )
        self.predict_button.toggled.connect(self._on_predict_toggled)
        self.prediction_bar = PredictionBar()
        self.prediction_bar.doneRequested.connect(self.end_prediction)
        self.prediction = PredictionMode(
            self.document, self.view, self.plot, self.cursor, self.prediction_bar
        )
        self.prediction.changed = self._show_mode

    # ------------------------------------------------------------------ predict, then reveal
    def start_prediction(self, construct_id: str | None = None) -> None:
        """Hide the future and take a prediction of ``construct_id`` (default: the last
        plotted response); a prediction already made is dropped."""
        self.ensure_current()
        target = construct_id or default_prediction_target(self.document, self.view.focus)
        if target is None:
            show_problem(
                self.problem,
                translate(
                    "SimulationPanel", "There is nothing to predict: the model has no constructs."
                ),
            )
            return
        self.prediction.start(target)
        if self.runs is not None:
            self.prediction.show_runs(self.runs)

    def reveal(self, animate: bool = True) -> None:
        """Play the run over the prediction (at once when ``animate`` is False)."""
        self.prediction.reveal(animate)

    def clear_prediction(self) -> None:
        """Remove the prediction and hide the future again."""
        self.prediction.clear()

    def end_prediction(self) -> None:
        """Leave Predict mode: the whole run is shown again."""
        if self.prediction.active:
            self.prediction.end()

    # ------------------------------------------------------------------ public
    @property
    def focus(self) -> list[str]:
        """The plotted constructs (the view state's)."""
        return list(self.view.focus)

    @property
    def result(self) -> SimulationResult | None:
        """The active scenario's newest run."""
        return None if self.runs is None else self.runs.active

    def show_runs(self, runs) -> None:
        """Plot new runs: update the lines in place and blit (no full redraw)."""
        self.runs = runs
        show_problem(self.problem, None)
        self.ensure_current()
        active = runs.active
        longest = max([active, *runs.compared.values()], key=lambda r: r.steps)
        self.plot.set_time_range(float(longest.times[-1]))
        self.cursor.set_times(active.times, self.view.cursor_step(active.steps))
        self.plot.set_cursor(self._cursor_time(), refresh=False)
        self.plot.set_data(active.times, self._series())
        self.values.show_result(active)
        self.prediction.show_runs(runs)

    def show_bands(self, bands) -> None:
        """Draw uncertainty bands (the engine's :class:`Bands` of the active scenario) under
        the plotted lines, with the note saying what they are; None removes them."""
        self.bands = bands
        self._draw_bands()

    @property
    def bands_on(self) -> bool:
        """Whether the Bands box is ticked."""
        return self.bands_box.isChecked()

    def show_steady(self, steady: SteadyState | dict[str, float | None] | None) -> None:
        """Where the levels settle (the engine's steady state), for the values table."""
        self.values.show_steady(steady)

    def show_comparison(self, comparison: Comparison | None) -> None:
        """The comparison table's figures (None: not comparing)."""
        if comparison is not None:
            self.table.show_comparison(comparison, self._construct_specs(), self._styles())

    def show_progress(self, share: float | None) -> None:
        """How far a long run has got (0 to 1); None hides the progress."""
        self.running.show_share(share)

    def show_message(self, reason: str | None) -> None:
        """Show why the model cannot be simulated (None clears it)."""
        show_problem(self.problem, reason)

    def show_cursor(self) -> None:
        """Show the view state's time cursor on the slider and the plot."""
        if self.runs is None:
            return
        self.cursor.show_step(self.view.cursor_step(self.runs.active.steps))
        self.plot.set_cursor(self._cursor_time())
        self.prediction.show_cursor()

    def set_focus(self, construct_ids: list[str]) -> None:
        """Plot exactly these constructs (through the view state; unknown ids are left out)."""
        self.view.set_focus(construct_ids)

    def set_playing(self, playing: bool) -> None:
        """Play or pause the time cursor (for a checkable Play action)."""
        self.cursor.set_playing(playing)

    def step(self) -> None:
        """Move the time cursor one step forward (pauses playing)."""
        self.cursor.step_forward()

    def levels_at(self, step: int) -> dict[str, float]:
        """Every construct's level at ``step`` of the active run (empty without one)."""
        return {} if self.runs is None else self.runs.levels_at(step)

    def line_data(self, key) -> tuple[np.ndarray, np.ndarray]:
        """The x and y data of a plotted line: a construct id, or while comparing
        ``(scenario, construct id)`` (KeyError when it is not plotted)."""
        line = self.plot.lines[key]
        return np.asarray(line.get_xdata()), np.asarray(line.get_ydata())

    # ------------------------------------------------------------------ building
    def _rebuild(self) -> None:
        choices = [(c.id, c.label) for c in self.document.constructs]
        self.focus_button.set_choices(choices, list(self.view.focus))
        unit = plural_unit(self.document.settings.time_unit)
        self.plot.set_full_range(level_ranges(self.document.settings).slider)
        time_label = translate("SimulationPanel", "Time ({unit})").format(unit=unit_word(unit))
        self.plot.set_axis_labels(time_label, self._y_label())
        self.cursor.set_unit(self.document.settings.time_unit)
        self.values.set_unit(self.document.settings.time_unit)
        self.compare_controls.refresh()
        self._show_lines()

    def _construct_specs(self) -> list[LineSpec]:
        labels = {c.id: c.label for c in self.document.constructs}
        return line_specs([(cid, labels[cid]) for cid in self.view.focus if cid in labels])

    def _styles(self) -> dict[ScenarioKey, object]:
        compared = self.view.compared
        return {key: SCENARIO_STYLES[i % len(SCENARIO_STYLES)] for i, key in enumerate(compared)}

    def _show_lines(self) -> None:
        constructs = self._construct_specs()
        self.values.set_lines(constructs)
        if not self.view.comparing:
            self.plot.set_lines(constructs)
        else:
            self._show_compared_lines(constructs)
        self._show_mode()
        if self.runs is not None:
            self.plot.set_data(self.runs.active.times, self._series())
        self._draw_bands()
        self.prediction.lines_changed()

    def _show_compared_lines(self, constructs: list[LineSpec]) -> None:
        styles = self._styles()
        small = self.view.small_multiples
        specs = [
            LineSpec(
                c.construct_id,
                f"{c.label} — {scenario_name(key)}",
                c.colour,
                style,
                key=(key, c.construct_id),
                panel=index if small else 0,
            )
            for index, c in enumerate(constructs)
            for key, style in styles.items()
        ]
        text = self.palette().color(QPalette.ColorRole.Text).name()
        # the dashes name the scenarios; the table's rows name the colours with swatches
        legend = [LegendEntry(scenario_name(key), text, style) for key, style in styles.items()]
        panels = [c.label for c in constructs] if small else []
        self.plot.set_lines(specs, panels, legend)

    def set_presenting(self, on: bool) -> None:
        """In presentation mode the plot takes the panel's width (the lines' own legend names
        them) and its level axis fits the lines, so a small effect is seen from the back."""
        self._presenting = on
        for control in (self.focus_button, self.fit_y_box, self.bands_box, self.predict_button):
            control.setVisible(not on)
        self.plot.set_fit_y(on or self.fit_y_box.isChecked())
        self._show_text_scale()
        self._show_mode()

    def _show_mode(self) -> None:
        comparing = self.view.comparing
        presenting = self._presenting
        # the values table tells the final levels: hidden while predicting (also after the
        # reveal, so the plot does not jump narrower; the gap is the story then)
        self.values.setVisible(not comparing and not self.prediction.active and not presenting)
        blocked = self.predict_button.blockSignals(True)
        self.predict_button.setChecked(self.prediction.active)
        self.predict_button.blockSignals(blocked)
        self.table.setVisible(comparing)
        self.compare_controls.setVisible(comparing)
        # a legend that needs more rows is left out: the values table's swatches, or the
        # comparison table's dash beside each scenario, are the key; presenting, nothing
        # else names the lines, so the legend always shows (its font shrinks to fit)
        self.plot.max_legend_rows = None if presenting else 2

    def _series(self) -> dict:
        runs = self.runs
        if not self.view.comparing or not runs.compared:
            return _columns(runs.active, self.view.focus)
        series = {}
        for key, result in runs.compared.items():
            for cid, values in _columns(result, self.view.focus).items():
                series[(key, cid)] = (result.times, values)
        return series

    # ------------------------------------------------------------------ events
    def _on_focus_toggled(self, construct_id: str, checked: bool) -> None:
        focus = [cid for cid in self.view.focus if cid != construct_id]
        self.view.set_focus([*focus, construct_id] if checked else focus)

    def _on_view_changed(self, change: ViewChange) -> None:
        if "cursor" in change:
            self.show_cursor()
        if {"focus", "compared", "small_multiples"} & change.fields:
            self.focus_button.set_checked(list(self.view.focus))
            self._show_lines()
        if {"compared", "reference", "threshold"} & change.fields:
            self.compare_controls.refresh()
        if "text_scale" in change:
            self._show_text_scale()

    def _show_text_scale(self) -> None:
        """Plot text and the panel's own controls at the view state's text size."""
        scale = self._plot_text_scale()
        self.plot.set_text_scale(scale)
        self.plot.set_axis_labels(self.plot.axes.get_xlabel(), self._y_label())
        # the controls grow as the plot's lines do (half as fast as text): the plot keeps
        # its room; the prediction's gap, read out to the class, as fast as the plot's text
        font = self.font()
        font.setPointSizeF(self._base_point_size * self.plot.thickness)
        self.setFont(font)
        message = self.prediction_bar.message
        big = message.font()
        big.setPointSizeF(self._base_point_size * scale)
        message.setFont(big)
        if self.prediction.active:
            self.prediction.lines_changed()  # the sketch's width and markers follow

    def _plot_text_scale(self) -> float:
        scale = self.view.text_scale
        if self._presenting:
            room = max(1.0, self.plot.height() / PRESENT_PIXELS_PER_TEXT_SCALE)
            scale = min(scale, room)
        return scale

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.values.set_narrow(self.width() < NARROW_PANEL_WIDTH)
        if self._presenting and self.plot.text_scale != self._plot_text_scale():
            self._show_text_scale()

    def _on_predict_toggled(self, checked: bool) -> None:
        if checked:
            self.start_prediction()
        else:
            self.end_prediction()

    def _on_bands_toggled(self, on: bool) -> None:
        if not on:
            self.show_bands(None)
        self.bandsToggled.emit(on)

    def _draw_bands(self) -> None:
        bands = self.bands if self.bands_on else None
        self.bands_note.setVisible(bands is not None)
        if bands is None:
            self.plot.set_bands(np.empty(0), None)
            return
        self.bands_note.setText(bands_note(bands, self.view.comparing))
        active = self.view.scenario
        keyed = {
            (active, cid) if self.view.comparing else cid: rows
            for cid, rows in bands.percentiles.items()
            if cid in self.view.focus
        }
        self.plot.set_bands(bands.times, keyed)

    def _on_fit_y_toggled(self, fit: bool) -> None:
        QSettings().setValue(FIT_Y_KEY, fit)
        self.plot.set_fit_y(fit)
        self.plot.set_axis_labels(self.plot.axes.get_xlabel(), self._y_label())

    def _y_label(self) -> str:
        if self.view.text_scale >= LARGE_TEXT:
            return translate("SimulationPanel", SHORT_Y_LABEL)
        return translate("SimulationPanel", Y_LABELS[self.plot.fit_y])

    def _on_step_requested(self, step: int) -> None:
        last = self.cursor.steps
        self.view.set_cursor(None if step >= last else step)

    def _on_playing_changed(self, _playing: bool) -> None:
        self.plot.set_cursor(self._cursor_time())

    def _cursor_time(self) -> float | None:
        """Where to draw the cursor line; none at rest on the last step (it would sit on the
        plot's right edge and read as a border)."""
        cursor = self.cursor
        if cursor.step >= cursor.steps and not cursor.playing:
            return None
        return cursor.time_of(cursor.step)

    def _on_document_changed(self, change: Change) -> None:
        if _shown_by_panel(change):
            self.mark_stale()
        predicted = self.prediction.construct_id
        if predicted is not None and (
            change.target == "document" or not self.document.has_construct(predicted)
        ):
            self.end_prediction()  # another model, or the predicted construct is gone

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            QTimer.singleShot(0, self._follow_palette)
        super().changeEvent(event)

    def _follow_palette(self) -> None:
        palette = self.palette()
        face = palette.color(QPalette.ColorRole.Base).name()
        text = palette.color(QPalette.ColorRole.Text).name()
        grid = palette.color(QPalette.ColorRole.Mid).name()
        self.plot.set_colours(face, text, grid)
        self.prediction.set_colours(text)
        if self.view.comparing:
            self._show_lines()  # the scenario legend's samples are in the text colour


def bands_note(bands, comparing: bool) -> str:
    """The line under the plot that says what the bands are (and are not)."""
    note = translate(
        "SimulationPanel",
        "Bands: uncertainty about the weights ({runs} runs), not noise over time.",
    ).format(runs=count_text(bands.runs))
    if not bands.uncertain:
        note += " " + translate(
            "SimulationPanel",
            "No weight has an sd and no default sd is set, so they have no width.",
        )
    if comparing:
        note += " " + translate("SimulationPanel", "Shown for the active scenario only.")
    return note


def _shown_by_panel(change: Change) -> bool:
    """Whether the change touches a label, the unit, the constructs or the scenarios shown."""
    if change.target in ("document", "scenario"):
        return True
    if change.target == "construct":
        return change.action != "update" or "label" in change.fields
    return change.target == "settings" and bool({"time_unit", "level_range"} & set(change.fields))


def _columns(result: SimulationResult, focus) -> dict[str, np.ndarray]:
    columns = {cid: index for index, cid in enumerate(result.ids)}
    return {cid: result.levels[:, columns[cid]] for cid in focus if cid in columns}


__all__ = ["SimulationPanel"]
