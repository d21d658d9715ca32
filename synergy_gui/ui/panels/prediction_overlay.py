"""The drawing side of predict, then reveal: a prediction's artists on the level plot, and
the mouse strokes that sketch it.

:class:`PredictionOverlay` keeps the sketch, a typed point, where the construct starts and the
shaded gap as animated artists of a :class:`LevelPlot` (drawn on every blit, under the model's
lines). :class:`CanvasSketcher` turns a press and drag on the canvas into points clamped to the
axes.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from matplotlib.lines import Line2D

from synergy_gui.engine.prediction import Prediction
from synergy_gui.ui.panels.level_plot import LevelPlot

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
        """Display pixels to (time, level), clamped to what the axes show and to the level
        range (0..1, or -1..1 for bipolar levels)."""
        time, level = self.axes.transData.inverted().transform((x, y))
        left, right = self.axes.get_xlim()
        bottom, top = self.axes.get_ylim()
        low, high = self.plot.full_range
        time = min(max(time, max(left, 0.0)), right)
        level = min(max(level, max(bottom, low)), min(top, high))
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


__all__ = ["CanvasSketcher", "PredictionOverlay"]
