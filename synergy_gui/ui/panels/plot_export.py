"""Export the level plot as a figure for slides: PNG, SVG or PDF, drawn afresh at slide size.

The live canvas follows the window (size, dark palette, animated artists); an exported figure
is a separate matplotlib figure, white, 16:9 and with larger text, from the same data.
"""

from __future__ import annotations

import os
from pathlib import Path

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from PySide6.QtCore import QT_TRANSLATE_NOOP

from synergy_gui.ui.i18n import translate
from synergy_gui.ui.panels.level_plot import LevelPlot
from synergy_gui.ui.panels.plot_styles import LINE_WIDTH

FORMATS = {
    ".png": QT_TRANSLATE_NOOP("PlotExport", "PNG image"),
    ".svg": QT_TRANSLATE_NOOP("PlotExport", "SVG drawing"),
    ".pdf": QT_TRANSLATE_NOOP("PlotExport", "PDF document"),
}
SLIDE_SIZE = (10.0, 5.625)  # inches: 16:9, 2000 x 1125 pixels at the PNG resolution
PNG_DPI = 200
SLIDE_FONT = 16  # points at slide size: legible when projected


def file_filter() -> str:
    """The file dialog's filter: one entry per format."""
    names = {suffix: translate("PlotExport", name) for suffix, name in FORMATS.items()}
    return ";;".join(f"{name} (*{suffix})" for suffix, name in names.items())


def with_suffix(path: str | os.PathLike[str], chosen_filter: str = "") -> Path:
    """``path`` with a known image suffix (the chosen filter's, else PNG)."""
    path = Path(path)
    if path.suffix.lower() in FORMATS:
        return path
    names = {suffix: translate("PlotExport", name) for suffix, name in FORMATS.items()}
    suffix = next((s for s, name in names.items() if chosen_filter.startswith(name)), ".png")
    return path.with_name(path.name + suffix)


def export_figure(plot: LevelPlot, path: str | os.PathLike[str], title: str = "") -> Path:
    """Save the plotted lines under ``title`` to ``path`` (format by suffix); returns the
    path written."""
    path = with_suffix(path)
    slide_figure(plot, title).savefig(path, format=path.suffix[1:].lower(), dpi=PNG_DPI)
    return path


def slide_figure(plot: LevelPlot, title: str = "") -> Figure:
    """The plot drawn afresh at slide size: the same axes (one, or one per construct while
    comparing in small multiples), lines, limits, titles and legend, on white, with ``title``
    (the model's, and the scenario's) on top."""
    figure = Figure(figsize=SLIDE_SIZE, dpi=PNG_DPI, layout="constrained", facecolor="white")
    if title:
        figure.suptitle(title, fontsize=SLIDE_FONT + 2, fontweight="bold", parse_math=False)
    shown = plot.axes_list
    columns = min(len(shown), 4)
    rows = -(-len(shown) // columns)
    grid = figure.subplots(rows, columns, sharex=True, sharey=True, squeeze=False)
    for spare in list(grid.flat)[len(shown) :]:
        spare.remove()
    axes_list = list(grid.flat)[: len(shown)]
    for source, axes in zip(shown, axes_list, strict=True):
        _style_axes(source, axes, small=len(shown) > 1)
    for spec in plot.specs:
        line = plot.lines[spec.line_key]
        axes = axes_list[min(spec.panel, len(axes_list) - 1)]
        axes.plot(
            line.get_xdata(),
            line.get_ydata(),
            color=spec.colour,
            linestyle=spec.style,
            linewidth=LINE_WIDTH,
        )
    entries = plot.legend_entries()
    if entries:
        handles = [
            Line2D([], [], color=e.colour, linestyle=e.style, linewidth=LINE_WIDTH) for e in entries
        ]
        legend = figure.legend(
            handles,
            [e.label for e in entries],
            loc="outside upper center",
            ncols=min(len(entries), 4),
            fontsize=SLIDE_FONT,
            frameon=False,
        )
        for text in legend.get_texts():
            text.set_parse_math(False)  # labels as written, never mathematics
    return figure


def _style_axes(source, axes, small: bool) -> None:
    """Limits, ticks, title and labels as on screen, at slide size."""
    axes.set_xlim(source.get_xlim())
    axes.set_ylim(source.get_ylim())
    axes.set_yticks(source.get_yticks())
    axes.set_ylim(source.get_ylim())  # set_yticks may widen the range to its ticks
    size = SLIDE_FONT - (3 if small else 0)
    axes.set_title(source.get_title(loc="left"), loc="left", fontsize=size, parse_math=False)
    axes.set_xlabel(source.get_xlabel(), fontsize=size, parse_math=False)
    axes.set_ylabel(source.get_ylabel(), fontsize=size, parse_math=False)
    axes.tick_params(labelsize=size - 2)
    axes.grid(True, color="#D0D0D0", linewidth=0.8)
    axes.spines[["top", "right"]].set_visible(False)
