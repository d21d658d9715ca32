"""The level plot: lines of constructs over time, updated in place and redrawn by blitting.

Each line and the time cursor are *animated* artists: a full ``draw()`` paints everything
else (axes, ticks, legend) and the ``draw_event`` keeps that picture as the background. A new
result then only restores the background, draws the lines and the cursor, and blits the axes
area (~2 ms instead of 15-25 ms). A full draw happens only when the lines, the axes limits,
the labels or the size change. With "Fit y to data" the y axis follows the data with
hysteresis (:mod:`plot_layout`): a drag blits into a steady frame and the axis is redrawn only
when the data leave the range or shrink well inside it.

Uncertainty bands (:meth:`LevelPlot.set_bands`) are animated too: a construct's 10-90 % and
25-75 % bands as translucent fills in its colour under its line, and its median dashed, just
under the line (where the two agree the line covers it). They are hidden while a prediction
hides the future, and the fitted level axis makes room for them.

While scenarios are compared the plot overlays them (a construct keeps its colour, a scenario
has its own dash), or shows small multiples: one small axes per construct, each with one line
per scenario, sharing the time and level axes.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.transforms import Bbox
from PySide6.QtCore import QTimer

from synergy_gui.ui.panels.plot_axes import (
    LARGE_TEXT,
    label_axes,
    level_span,
    set_level_axis,
    small_multiples,
    style_axes,
    time_cursor,
)
from synergy_gui.ui.panels.plot_bands import BandArtists, band_artists
from synergy_gui.ui.panels.plot_layout import (
    FULL_RANGE,
    LegendLayout,
    fitted_limits,
    keeps_limits,
)
from synergy_gui.ui.panels.plot_legend import legend_rows, measured_legend_layout, show_legend
from synergy_gui.ui.panels.plot_styles import (
    FONT_SIZE,
    LINE_WIDTH,
    LegendEntry,
    LineSpec,
)


class LevelPlot(FigureCanvasQTAgg):
    """A matplotlib canvas with one line per plotted construct (and scenario) and a time
    cursor; one axes, or one small axes per construct."""

    def __init__(self) -> None:
        figure = Figure(figsize=(8.0, 3.4), dpi=100, layout="constrained")
        super().__init__(figure)
        self.axes_list = [figure.add_subplot()]
        self.lines: dict[Hashable, Line2D] = {}
        self.full_draws = 0
        self.blits = 0
        self._background = None
        self._specs: list[LineSpec] = []
        self._panels: tuple[str, ...] = ()
        self._legend: tuple[LegendEntry, ...] | None = None
        self._x_max = 1.0
        self._labels = ("Time (weeks)", "Level (0 to 1)")
        self.text_scale = 1.0
        #: Lines are drawn only up to this time (None: the whole run) — a prediction's hidden
        #: future; the full data stay in ``_full_data``.
        self.shown_until: float | None = None
        self._full_data: dict[Hashable, tuple[np.ndarray, np.ndarray]] = {}
        #: Animated artists drawn over the lines on every blit (a prediction and its gap).
        self.overlays: list = []
        #: Uncertainty bands by line key, and the data they were drawn from ((times, (5, T)))
        self.bands: dict[Hashable, BandArtists] = {}
        self._band_data: dict[Hashable, tuple[np.ndarray, np.ndarray]] = {}
        self.fit_y = False
        self.full_range: tuple[float, float] = FULL_RANGE  # (-1, 1) for bipolar levels
        self.y_limits: tuple[float, float] = FULL_RANGE
        self.legend_layout: LegendLayout | None = None
        #: With a key beside the plot (the values table's colour swatches), a legend that
        #: would take more than this many rows is left out: the lines keep their height.
        self.max_legend_rows: int | None = None
        self._colours = {"face": "#FFFFFF", "text": "#000000", "grid": "#D0D0D0"}
        self.cursors = [self._make_cursor(self.axes)]
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(0)
        self._redraw_timer.timeout.connect(self._on_redraw_timer)
        self.mpl_connect("draw_event", self._on_canvas_draw)
        self.mpl_connect("resize_event", self._on_canvas_resize)
        self.set_axis_labels(*self._labels)
        self._style_axes()

    @property
    def axes(self):
        """The first (in overlay mode the only) axes."""
        return self.axes_list[0]

    @property
    def cursor(self) -> Line2D:
        """The time cursor of the first axes (every axes has one, at the same time)."""
        return self.cursors[0]

    @property
    def specs(self) -> list[LineSpec]:
        """The plotted lines, as last set."""
        return list(self._specs)

    @property
    def panels(self) -> tuple[str, ...]:
        """The titles of the small multiples; empty for one overlaid plot."""
        return self._panels

    def _make_cursor(self, axes) -> Line2D:
        return time_cursor(axes, self._colours["text"], 2.0 * self.thickness)

    # ------------------------------------------------------------------ structure (full draw)
    def set_lines(
        self,
        specs: list[LineSpec],
        panels: Sequence[str] = (),
        legend: Sequence[LegendEntry] | None = None,
    ) -> None:
        """Plot exactly these lines, in one axes or in small axes titled ``panels``; the
        legend shows ``legend`` (default: one entry per line). Keeps the data of lines that
        stay in the same axes."""
        panels, legend = tuple(panels), None if legend is None else tuple(legend)
        if (specs, panels, legend) == (self._specs, self._panels, self._legend):
            return
        if panels != self._panels:
            self._make_axes(panels)
        old = {spec.line_key: spec.panel for spec in self._specs}
        kept = {
            spec.line_key: self.lines.pop(spec.line_key, None)
            for spec in specs
            if old.get(spec.line_key) == spec.panel
        }
        for line in self.lines.values():
            line.remove()
        self.lines = {}
        self._full_data = {key: data for key, data in self._full_data.items() if kept.get(key)}
        for spec in specs:
            axes = self.axes_list[min(spec.panel, len(self.axes_list) - 1)]
            line = kept.get(spec.line_key) or axes.plot([], [], animated=True)[0]
            line.set(color=spec.colour, linestyle=spec.style, linewidth=self.line_width)
            line.set_label(spec.label)
            self.lines[spec.line_key] = line
        self._specs, self._legend = list(specs), legend
        self._show_bands()  # a band follows its line's axes and colour; gone with its line
        self._update_legend()
        self.redraw()

    def _make_axes(self, panels: tuple[str, ...]) -> None:
        """One axes, or a grid of small axes sharing time and level (lines are made anew)."""
        for line in self.lines.values():
            line.remove()
        self._remove_bands()
        self.lines, self._specs = {}, []
        self.axes_list = small_multiples(self.figure, panels, self.font_size(-1))
        self._panels = panels
        self.cursors = [self._make_cursor(axes) for axes in self.axes_list]
        self._apply_axis_labels()
        self._style_axes()

    def set_axis_labels(self, x_label: str, y_label: str) -> None:
        if self._labels == (x_label, y_label) and self.axes.get_xlabel() == x_label:
            return
        self._labels = (x_label, y_label)
        self._apply_axis_labels()
        self.redraw()

    def _apply_axis_labels(self) -> None:
        """Small multiples label the outer axes only (the others share them)."""
        label_axes(self.axes_list, *self._labels, self.font_size())

    def set_time_range(self, x_max: float) -> None:
        """Show times 0..x_max (a full draw when the range changes)."""
        x_max = max(float(x_max), 1e-9)
        if x_max == self._x_max:
            return
        self._x_max = x_max
        for axes in self.axes_list:
            axes.set_xlim(0.0, x_max)
        self.redraw()

    def set_full_range(self, limits: tuple[float, float]) -> None:
        """The y range shown without a fit: 0..1, or −1..1 for a bipolar model."""
        if limits == self.full_range:
            return
        self.full_range = limits
        self._choose_y_limits(force=True)
        self.redraw()

    def set_fit_y(self, fit: bool) -> None:
        """Zoom the y axis to the plotted data (True) or show the full 0..1 range."""
        if fit == self.fit_y:
            return
        self.fit_y = fit
        self._choose_y_limits(force=True)
        self.redraw()

    def set_colours(self, face: str, text: str, grid: str) -> None:
        """Follow the window's palette (light or dark)."""
        self._colours = {"face": face, "text": text, "grid": grid}
        self._style_axes()
        self._update_legend()
        self.redraw()

    def set_text_scale(self, scale: float) -> None:
        """Draw every text ``scale`` times its designed size; lines and ticks grow with it."""
        scale = float(scale)
        if scale == self.text_scale:
            return
        self.text_scale = scale
        for line in self.lines.values():
            line.set_linewidth(self.line_width)
        self._show_bands()  # the median's width follows the lines'
        for cursor in self.cursors:
            cursor.set_linewidth(2.0 * self.thickness)
        for axes in self.axes_list:
            axes.title.set_fontsize(self.font_size(-1))
        self._apply_axis_labels()
        self._style_axes()
        self._update_legend()
        self.redraw()

    def font_size(self, offset: float = 0.0) -> float:
        """A text's size in points: the designed size (plus ``offset``) at the text scale."""
        return (FONT_SIZE + offset) * self.text_scale

    @property
    def thickness(self) -> float:
        """How much thicker than designed lines are drawn: half as fast as the text grows."""
        return 1.0 + 0.5 * (self.text_scale - 1.0)

    @property
    def line_width(self) -> float:
        return LINE_WIDTH * self.thickness

    def redraw(self) -> None:
        """Ask for a full draw (axes, legend, background) on the next event-loop turn.

        Several structural changes in one turn cost one draw; a ``refresh`` before then
        draws at once.
        """
        self._background = None
        if not self._redraw_timer.isActive():
            self._redraw_timer.start()

    def _on_redraw_timer(self) -> None:
        if self._background is None:  # a refresh may have drawn already
            self.draw()

    # ------------------------------------------------------------------ data (blit)
    def set_data(self, times: np.ndarray, series: dict[Hashable, np.ndarray]) -> None:
        """New levels for the lines (keys missing from ``series`` show no line); a value may
        be ``(times, levels)`` for a line with times of its own (a scenario's own horizon)."""
        self._full_data = {}
        for key in self.lines:
            values = series.get(key)
            if isinstance(values, tuple):
                self._full_data[key] = (np.asarray(values[0]), np.asarray(values[1]))
            elif values is not None:
                self._full_data[key] = (np.asarray(times), np.asarray(values))
        self._show_data()
        if self._choose_y_limits():
            self._background = None  # the axis moved: one full draw instead of the blit
        self.refresh()

    def set_shown_until(self, time: float | None) -> None:
        """Draw the lines only up to ``time`` (None: the whole run), and blit."""
        time = None if time is None else float(time)
        if time == self.shown_until:
            return
        self.shown_until = time
        self._show_data()
        self._show_bands()
        self.refresh()

    def _show_data(self) -> None:
        empty = np.empty(0)
        for key, line in self.lines.items():
            times, levels = self._full_data.get(key, (empty, empty))
            if self.shown_until is not None:
                shown = times <= self.shown_until + 1e-9
                times, levels = times[shown], levels[shown]
            line.set_data(times, levels)

    def set_bands(self, times: np.ndarray, bands: dict[Hashable, np.ndarray] | None) -> None:
        """Draw uncertainty bands under the lines of the given keys: ``bands[key]`` holds the
        10th, 25th, 50th, 75th and 90th percentile series (5, T) at ``times``; None or {}
        removes them. Keys without a line are left out."""
        times = np.asarray(times, dtype=float)
        self._band_data = {key: (times, np.asarray(rows)) for key, rows in (bands or {}).items()}
        self._show_bands()
        if self._choose_y_limits():
            self._background = None
        self.refresh()

    def _show_bands(self) -> None:
        """Make the band artists afresh from the band data (none while the future is hidden)."""
        self._remove_bands()
        if self.shown_until is not None:
            return
        for key, (times, rows) in self._band_data.items():
            line = self.lines.get(key)
            if line is not None:
                self.bands[key] = band_artists(line, times, rows, self.line_width)

    def _remove_bands(self) -> None:
        for artists in self.bands.values():
            for artist in artists.all():
                if artist.axes is not None and artist in artist.axes.get_children():
                    artist.remove()
        self.bands = {}

    def set_cursor(self, time: float | None, refresh: bool = True) -> None:
        """Move the vertical time cursor (None hides it); blits unless ``refresh`` is False."""
        for cursor in self.cursors:
            cursor.set_visible(time is not None)
            if time is not None:
                cursor.set_xdata([time, time])
        if refresh:
            self.refresh()

    def refresh(self) -> None:
        """Show the current lines and cursor: a blit, or a full draw if there is no background."""
        if self._background is None:
            self.draw()
            return
        self.restore_region(self._background)
        self._draw_animated()
        self.blit(self._blit_box())
        self.blits += 1

    # ------------------------------------------------------------------ internals
    def _blit_box(self) -> Bbox:
        if len(self.axes_list) == 1:
            return self.axes.bbox
        return Bbox.union([axes.bbox for axes in self.axes_list])

    def _on_canvas_draw(self, _event) -> None:
        self.full_draws += 1
        self._background = self.copy_from_bbox(self._blit_box())
        self._draw_animated()

    def _on_canvas_resize(self, _event) -> None:
        self._background = None  # the old picture has the old size; the next refresh draws
        if self._legend_layout() != self.legend_layout:
            self._update_legend()

    def data_range(self) -> tuple[float, float] | None:
        """The lowest and highest plotted level (None without data)."""
        arrays = [line.get_ydata() for line in self.lines.values()]
        arrays += [self._band_data[key][1][::4].ravel() for key in self.bands]  # p10 and p90
        return level_span(arrays)

    def _choose_y_limits(self, force: bool = False) -> bool:
        """Set the y range the data need; True when it changed (a full draw is due)."""
        limits = self.full_range
        if self.fit_y:
            found = self.data_range()
            if found is None:
                return False
            if not force and keeps_limits(self.y_limits, *found):
                return False
            limits = fitted_limits(*found, self.full_range)
        if limits == self.y_limits:
            return False
        self.y_limits = limits
        self._apply_y_limits()
        return True

    def _apply_y_limits(self) -> None:
        large = self.text_scale >= LARGE_TEXT
        for axes in self.axes_list:
            set_level_axis(axes, self.y_limits, large)

    def _draw_animated(self) -> None:
        # overlays below the lines (zorder < 2, a prediction's sketch) or above them
        bands = [artist for artists in self.bands.values() for artist in artists.all()]
        artists = [*bands, *self.lines.values(), *(a for a in self.overlays if a.get_visible())]
        for artist in sorted(artists, key=lambda a: a.get_zorder()):
            artist.axes.draw_artist(artist)
        for cursor in self.cursors:
            if cursor.get_visible():
                cursor.axes.draw_artist(cursor)

    def _style_axes(self) -> None:
        self.figure.set_facecolor(self._colours["face"])
        self._apply_y_limits()
        size = self.font_size(-2 if len(self.axes_list) > 1 else -1)
        for axes in self.axes_list:
            style_axes(axes, self._colours, self._x_max, size, self.thickness)
        for cursor in self.cursors:
            cursor.set_color(self._colours["text"])

    def legend_entries(self) -> list[LegendEntry]:
        """What the legend lists: the given entries, else one per line."""
        if self._legend is not None:
            return list(self._legend)
        return [LegendEntry(s.label, s.colour, s.style) for s in self._specs]

    def _update_legend(self) -> None:
        self.legend_layout = self._legend_layout()
        entries = self.legend_entries() if self.shows_legend() else []
        show_legend(
            self.figure, entries, self.legend_layout, self.line_width, self._colours["text"]
        )

    def shows_legend(self) -> bool:
        """Whether the figure has a legend (not when it would crowd out a small plot)."""
        layout = self.legend_layout
        if layout is None or self.max_legend_rows is None:
            return True
        return legend_rows(layout) <= self.max_legend_rows

    def _legend_layout(self) -> LegendLayout:
        """Font size, columns and wrapping so that every label shows in the canvas's width."""
        labels = [entry.label for entry in self.legend_entries()]
        # the layout's sizes are designed sizes, measured scaled
        return measured_legend_layout(self, labels, self.legend_scale)

    @property
    def legend_scale(self) -> float:
        """The legend grows more slowly than other text: it must stay one row on a slide."""
        return self.thickness
