"""The synergy view's two plots on one matplotlib canvas, updated in place.

Left, the static picture: the level the target heads for against the focal member, one line
per moderator level (simple slopes). Right, the dynamic one: the chosen construct over time
with and without the junction, the gap between them shaded, and the time cursor. Side by side
when the canvas is wide, one above the other when it is narrow (a dock at the window's side).
Lines are made once and given new data; nothing here computes anything.
"""

from __future__ import annotations

import textwrap

import numpy as np
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator, MaxNLocator
from PySide6.QtCore import QSize

from synergy_gui.ui.i18n import translate
from synergy_gui.ui.panels.plot_ticks import locale_ticks
from synergy_gui.ui.panels.synergy_view import SlopeLine, SynergyChart

#: Okabe–Ito: moderator low, now, high; the run with the junction and without it.
SLOPE_COLOURS = ("#56B4E9", "#0072B2", "#D55E00")
WITH_COLOUR, WITHOUT_COLOUR, GAP_COLOUR = "#009E73", "#8C8C8C", "#009E73"
FONT_SIZE = 11.0  # points at text scale 1
LINE_WIDTH = 2.5
#: The share of the simple-slopes plot's data span left free above the lines, for the key.
LEGEND_ROOM = 0.75
#: Below this width (pixels) the plots are stacked, above it side by side.
SIDE_BY_SIDE_WIDTH = 620


class SynergyPlot(FigureCanvasQTAgg):
    """Two axes: ``slopes_axes`` with three moderator lines, ``runs_axes`` with the runs."""

    def __init__(self) -> None:
        super().__init__(Figure(figsize=(6.0, 3.0), dpi=100, layout="constrained"))
        self.side_by_side: bool | None = None
        self.text_scale = 1.0
        self.draws = 0
        self._colours = {"face": "#FFFFFF", "text": "#000000", "grid": "#D0D0D0"}
        self.slopes_axes = self.figure.add_subplot(1, 2, 1)
        self.runs_axes = self.figure.add_subplot(1, 2, 2)
        locale_ticks(self.slopes_axes)
        locale_ticks(self.runs_axes)
        self.slope_lines = [
            self.slopes_axes.plot([], [], color=c, linewidth=LINE_WIDTH)[0] for c in SLOPE_COLOURS
        ]
        self.operating = self.slopes_axes.plot([], [], "o", color=SLOPE_COLOURS[1], ms=8)[0]
        self.with_line = self.runs_axes.plot([], [], color=WITH_COLOUR, linewidth=LINE_WIDTH)[0]
        self.without_line = self.runs_axes.plot(
            [], [], color=WITHOUT_COLOUR, linewidth=LINE_WIDTH, linestyle="--"
        )[0]
        self.cursor = self.runs_axes.axvline(0.0, linewidth=1.5, alpha=0.6)
        self.gap_fill = None
        self.mpl_connect("draw_event", self._on_draw)
        self._arrange(wide=True)
        self._style()

    # ------------------------------------------------------------------ public
    def show_chart(self, chart: SynergyChart) -> None:
        """Put the chart's numbers into the existing artists and redraw once, when idle."""
        for line, data in zip(self.slope_lines, _padded(chart), strict=True):
            line.set_data(data.x, data.y)
            line.set_label(data.label)
            line.set_visible(data.x.size > 0)
        self.operating.set_data([chart.operating[0]], [chart.operating[1]])
        self.with_line.set_data(chart.times, chart.with_series)
        self.without_line.set_data(chart.times, chart.without_series)
        self.with_line.set_label(translate("SynergyPlot", "with synergy"))
        self.without_line.set_label(translate("SynergyPlot", "without"))
        self.cursor.set_xdata([chart.cursor_time, chart.cursor_time])
        self._fill_gap(chart)
        self._texts(chart)
        self._limits(chart)
        self.draw_idle()

    def set_colours(self, face: str, text: str, grid: str) -> None:
        """Follow the window's palette (light or dark)."""
        self._colours = {"face": face, "text": text, "grid": grid}
        self._style()
        self.draw_idle()

    def set_text_scale(self, scale: float) -> None:
        if scale != self.text_scale:
            self.text_scale = scale
            self._style()
            self.draw_idle()

    def _key_room(self) -> float:
        """The room above the lines for the key, as a share of their span: the key's height
        (its title and rows, in pixels) over what the axes have left for the lines."""
        rows = 1 + (1 if self._key_columns > 1 else 3)
        line = FONT_SIZE * 0.8 * self.text_scale * self.figure.dpi / 72.0 * 1.45
        key = rows * line + 6.0
        height = self.slopes_axes.get_window_extent().height
        if height <= key * 1.5:  # not laid out yet, or tiny: the share that suits a dock
            return LEGEND_ROOM
        return key / (height - key)

    @property
    def _key_columns(self) -> int:
        """The moderator key in one row at the designed size, one column when larger."""
        return 3 if self.text_scale <= 1.0 else 1

    @property
    def _wrap_width(self) -> int:
        """Characters per line of an axis label: fewer as the text grows."""
        return max(12, round(26 / self.text_scale))

    def sizeHint(self) -> QSize:
        """Its minimum: the panel scrolls only when the plots cannot have that much."""
        return self.minimumSize()

    def resizeEvent(self, event) -> None:
        wide = event.size().width() >= SIDE_BY_SIDE_WIDTH
        if wide != self.side_by_side:
            self._arrange(wide)
        super().resizeEvent(event)

    # ------------------------------------------------------------------ internals
    def _arrange(self, wide: bool) -> None:
        self.side_by_side = wide
        grid = self.figure.add_gridspec(1, 2) if wide else self.figure.add_gridspec(2, 1)
        self.slopes_axes.set_subplotspec(grid[0])
        self.runs_axes.set_subplotspec(grid[1])

    def _fill_gap(self, chart: SynergyChart) -> None:
        if self.gap_fill is not None:
            self.gap_fill.remove()
        self.gap_fill = self.runs_axes.fill_between(
            chart.times, chart.without_series, chart.with_series, color=GAP_COLOUR, alpha=0.25
        )

    def _texts(self, chart: SynergyChart) -> None:
        size = FONT_SIZE * self.text_scale
        titles = (
            (self.slopes_axes, translate("SynergyPlot", "Simple slopes")),
            (self.runs_axes, translate("SynergyPlot", "Over time")),
        )
        for axes, title in titles:
            colour = self._colours["text"]  # set_title falls back to the rc colour
            axes.set_title(title, loc="left", fontsize=size, color=colour, parse_math=False)
        width = self._wrap_width
        slopes = self.slopes_axes
        slopes.set_xlabel(_wrapped(chart.focal_label, width), fontsize=size, parse_math=False)
        slopes.set_ylabel(_wrapped(chart.target_axis, width), fontsize=size, parse_math=False)
        self.runs_axes.set_xlabel(chart.time_axis, fontsize=size, parse_math=False)
        outcome = _wrapped(chart.outcome_label, width)
        self.runs_axes.set_ylabel(outcome, fontsize=size, parse_math=False)
        corner = "upper left" if _rising(chart) else "upper right"  # where the lines are low
        legends = (
            (self.slopes_axes, _wrapped(chart.moderator_label, width), corner, self._key_columns),
            (self.runs_axes, None, "best", 1),
        )
        for axes, title, where, columns in legends:
            legend = axes.legend(
                loc=where,
                fontsize=size * 0.8,
                title=title,
                frameon=False,
                ncols=columns,
                handlelength=1.2,
                columnspacing=0.8,
            )
            legend.set_in_layout(False)  # a legend never squeezes the axes it sits in
            if title is not None:
                legend.get_title().set_fontsize(size * 0.8)
                legend.get_title().set_parse_math(False)
                legend.get_title().set_color(self._colours["text"])
            for text in legend.get_texts():
                text.set_parse_math(False)  # labels as written, never mathematics
                text.set_color(self._colours["text"])

    def _limits(self, chart: SynergyChart) -> None:
        first = chart.slope_lines[0].x if chart.slope_lines else np.zeros(0)
        self.slopes_axes.set_xlim(*((first[0], first[-1]) if first.size > 1 else (0.0, 1.0)))
        values = np.concatenate([line.y for line in chart.slope_lines])
        low, high = _range(values, headroom=self._key_room())
        self.slopes_axes.set_ylim(low, high)
        # ticks only where the lines are: the room above them holds the key, not levels
        top = float(values.max()) if values.size else high
        bins = max(3, round(self.slopes_axes.get_window_extent().height / 90.0))
        ticks = MaxNLocator(bins).tick_values(low, top)
        self.slopes_axes.yaxis.set_major_locator(
            FixedLocator(ticks[(ticks >= low) & (ticks <= top)])
        )
        self.runs_axes.set_xlim(0.0, float(chart.times[-1]) if chart.times.size else 1.0)
        both = np.concatenate([chart.with_series, chart.without_series])
        self.runs_axes.set_ylim(*_range(both))

    def _style(self) -> None:
        face, text, grid = self._colours["face"], self._colours["text"], self._colours["grid"]
        self.figure.set_facecolor(face)
        size = FONT_SIZE * self.text_scale
        for axes in (self.slopes_axes, self.runs_axes):
            axes.set_facecolor(face)
            axes.tick_params(labelsize=size * 0.9, colors=text)
            axes.grid(True, color=grid, linewidth=0.8)
            axes.xaxis.label.set_color(text)
            axes.yaxis.label.set_color(text)
            axes.xaxis.label.set_fontsize(size)
            axes.yaxis.label.set_fontsize(size)
            axes.title.set_color(text)
            axes.title.set_fontsize(size)
            for spine in axes.spines.values():
                spine.set_color(text)
            axes.spines[["top", "right"]].set_visible(False)
        self.cursor.set_color(text)

    def _on_draw(self, _event) -> None:
        self.draws += 1


def _padded(chart: SynergyChart):
    """Exactly three lines (a missing one empty), so the artists are made once."""
    lines = list(chart.slope_lines[:3])
    empty = np.zeros(0)
    return lines + [SlopeLine("_none", empty, empty)] * (3 - len(lines))


def _wrapped(text: str, width: int = 26) -> str:
    """A long axis label on two or more lines, so it fits beside a small plot."""
    return "\n".join(textwrap.wrap(text, width)) if text else text


def _range(values: np.ndarray, headroom: float = 0.1) -> tuple[float, float]:
    """A y range around the values (at least 0.05 wide), ``headroom`` of it free on top."""
    if values.size == 0:
        return 0.0, 1.0
    low, high = float(values.min()), float(values.max())
    span = max(high - low, 0.05)
    return low - 0.1 * span, high + headroom * span


def _rising(chart: SynergyChart) -> bool:
    """Whether the middle line rises: then the upper left of the plot is free."""
    line = chart.slope_lines[len(chart.slope_lines) // 2] if chart.slope_lines else None
    return line is None or line.y.size < 2 or line.y[-1] >= line.y[0]
