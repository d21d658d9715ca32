"""The simulation panel: live plot of the constructs in focus, their values and a time cursor."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QSettings, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from synergy_gui.engine import SimulationResult
from synergy_gui.engine.steady import SteadyState
from synergy_gui.model import Change, ModelDocument
from synergy_gui.ui.panels.base import DocumentPanel
from synergy_gui.model.focus import default_focus
from synergy_gui.ui.panels.focus import FocusButton
from synergy_gui.ui.panels.level_plot import LevelPlot, line_specs
from synergy_gui.ui.panels.rows import problem_label, show_problem
from synergy_gui.ui.panels.texts import plural_unit
from synergy_gui.ui.panels.time_cursor import TimeCursor
from synergy_gui.ui.panels.values_table import ValuesTable

MIN_POINT_SIZE = 12.0  # legible from the back of a classroom
#: QSettings key of the "Fit y to data" choice. Off by default: on 0 to 1 the same height
#: means the same level in every scenario, preset and exported slide.
FIT_Y_KEY = "plot/fit_y"
Y_LABELS = {False: "Level (0 to 1)", True: "Level (zoomed to the data)"}


class SimulationPanel(DocumentPanel):
    """Plots a :class:`SimulationResult`: levels over time, final and settled values.

    Signal ``cursorMoved(int)``: the time cursor's step, for the diagram to show levels at.
    """

    cursorMoved = Signal(int)  # noqa: N815  # Qt signal names are camelCase
    playingChanged = Signal(bool)  # noqa: N815

    def __init__(self, document: ModelDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        readable = self.font()
        readable.setPointSizeF(max(readable.pointSizeF(), MIN_POINT_SIZE))
        self.setFont(readable)
        self.result: SimulationResult | None = None
        self._showing = False
        self.focus: list[str] = default_focus(document)
        self.plot = LevelPlot()
        self.plot.setMinimumSize(260, 220)
        self.plot.max_legend_rows = 2  # the values table beside names every colour
        self.values = ValuesTable()
        # in a narrow window the plot gives way: the values are never cut off
        self.values.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.focus_button = FocusButton(self._on_focus_toggled)
        self.fit_y_box = QCheckBox("Fit y to data")
        self.fit_y_box.setToolTip(
            "Zoom the level axis to the plotted lines, so small effects show; "
            "untick to see the full range from 0 to 1"
        )
        self.fit_y_box.setChecked(QSettings().value(FIT_Y_KEY, False, type=bool))
        self.plot.set_fit_y(self.fit_y_box.isChecked())
        self.fit_y_box.toggled.connect(self._on_fit_y_toggled)
        self.cursor = TimeCursor()
        self.cursor.stepChanged.connect(self._on_cursor_step_changed)
        self.cursor.playingChanged.connect(self._on_playing_changed)
        self.cursor.playingChanged.connect(self.playingChanged)
        self.problem = problem_label()
        self._build_layout()
        self._follow_palette()
        self._rebuild()

    def _build_layout(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.problem)
        left.addWidget(self.plot, 1)
        left.addWidget(self.cursor)
        right = QVBoxLayout()
        right.addWidget(self.focus_button)
        right.addWidget(self.fit_y_box)
        right.addWidget(self.values)
        right.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 6, 6, 6)
        row.addLayout(left, 1)
        row.addLayout(right)

    # ------------------------------------------------------------------ public
    def show_result(self, result: SimulationResult) -> None:
        """Plot a new result: update the lines in place and blit (no full redraw)."""
        self.result = result
        show_problem(self.problem, None)
        self.ensure_current()
        self.plot.set_time_range(float(result.times[-1]))
        self._showing = True  # the cursor moves with the data: one blit for both
        try:
            self.cursor.set_times(result.times)
        finally:
            self._showing = False
        self.plot.set_data(result.times, self._series(result))
        self.values.show_result(result)

    def show_steady(self, steady: SteadyState | dict[str, float | None] | None) -> None:
        """Where the levels settle (the engine's steady state), for the values table."""
        self.values.show_steady(steady)

    def show_message(self, reason: str | None) -> None:
        """Show why the model cannot be simulated (None clears it)."""
        show_problem(self.problem, reason)

    def set_focus(self, construct_ids: list[str]) -> None:
        """Plot exactly these constructs (unknown ids are left out)."""
        known = {c.id for c in self.document.constructs}
        focus = [cid for cid in dict.fromkeys(construct_ids) if cid in known]
        if focus == self.focus:
            return
        self.focus = focus
        self.focus_button.set_checked(focus)
        self._show_lines()

    def follow(self, controller) -> None:
        """Show a :class:`SimulationController`'s results, steady states and problems."""
        controller.resultReady.connect(self.show_result)
        controller.steadyReady.connect(self.show_steady)
        controller.problem.connect(self.show_message)
        if controller.last_result is not None:
            self.show_result(controller.last_result)

    def set_playing(self, playing: bool) -> None:
        """Play or pause the time cursor (for a checkable Play action)."""
        self.cursor.set_playing(playing)

    def step(self) -> None:
        """Move the time cursor one step forward (pauses playing)."""
        self.cursor.step_forward()

    def levels_at(self, step: int) -> dict[str, float]:
        """Every construct's level at ``step`` of the current result (empty without one)."""
        if self.result is None:
            return {}
        row = self.result.levels[max(0, min(step, self.result.steps))]
        return {cid: float(level) for cid, level in zip(self.result.ids, row, strict=True)}

    def line_data(self, construct_id: str) -> tuple[np.ndarray, np.ndarray]:
        """The x and y data of a plotted line (KeyError when it is not plotted)."""
        line = self.plot.lines[construct_id]
        return np.asarray(line.get_xdata()), np.asarray(line.get_ydata())

    # ------------------------------------------------------------------ building
    def _rebuild(self) -> None:
        known = {c.id for c in self.document.constructs}
        self.focus = [cid for cid in self.focus if cid in known] or default_focus(self.document)
        choices = [(c.id, c.label) for c in self.document.constructs]
        self.focus_button.set_choices(choices, self.focus)
        unit = plural_unit(self.document.settings.time_unit)
        self.plot.set_axis_labels(f"Time ({unit})", Y_LABELS[self.plot.fit_y])
        self.cursor.set_unit(self.document.settings.time_unit)
        self.values.set_unit(self.document.settings.time_unit)
        self._show_lines()

    def _show_lines(self) -> None:
        labels = {c.id: c.label for c in self.document.constructs}
        specs = line_specs([(cid, labels[cid]) for cid in self.focus if cid in labels])
        self.plot.set_lines(specs)
        self.values.set_lines(specs)
        if self.result is not None:
            self.plot.set_data(self.result.times, self._series(self.result))

    def _series(self, result: SimulationResult) -> dict[str, np.ndarray]:
        columns = {cid: index for index, cid in enumerate(result.ids)}
        return {cid: result.levels[:, columns[cid]] for cid in self.focus if cid in columns}

    # ------------------------------------------------------------------ events
    def _on_focus_toggled(self, construct_id: str, checked: bool) -> None:
        focus = [cid for cid in self.focus if cid != construct_id]
        if checked:
            order = [c.id for c in self.document.constructs]
            focus = sorted([*focus, construct_id], key=order.index)
        self.set_focus(focus)

    def _on_fit_y_toggled(self, fit: bool) -> None:
        QSettings().setValue(FIT_Y_KEY, fit)
        self.plot.set_fit_y(fit)
        self.plot.set_axis_labels(self.plot.axes.get_xlabel(), Y_LABELS[fit])

    def _on_cursor_step_changed(self, step: int) -> None:
        self.plot.set_cursor(self._cursor_time(), refresh=not self._showing)
        self.cursorMoved.emit(step)

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
        if change.target == "document":
            self.focus = []
            self.mark_stale()
        elif change.target == "construct" and (
            change.action != "update" or "label" in change.fields
        ):
            self.mark_stale()
        elif change.target == "settings" and {"focus", "time_unit"} & set(change.fields):
            if "focus" in change.fields and self.document.settings.focus:
                self.focus = list(self.document.settings.focus)
            self.mark_stale()

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
