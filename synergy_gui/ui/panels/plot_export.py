"""Export the level plot as a figure for slides: PNG, SVG or PDF, drawn afresh at slide size.

The live canvas follows the window (size, dark palette, animated artists); an exported figure
is a separate matplotlib figure, white, 16:9 and with larger text, from the same data.
"""

from __future__ import annotations

import os
from pathlib import Path

from matplotlib.figure import Figure

from synergy_gui.ui.panels.level_plot import LINE_WIDTH, LevelPlot

FORMATS = {".png": "PNG image", ".svg": "SVG drawing", ".pdf": "PDF document"}
SLIDE_SIZE = (10.0, 5.625)  # inches: 16:9, 2000 x 1125 pixels at the PNG resolution
PNG_DPI = 200
SLIDE_FONT = 16  # points at slide size: legible when projected


def file_filter() -> str:
    """The file dialog's filter: one entry per format."""
    return ";;".join(f"{name} (*{suffix})" for suffix, name in FORMATS.items())


def with_suffix(path: str | os.PathLike[str], chosen_filter: str = "") -> Path:
    """``path`` with a known image suffix (the chosen filter's, else PNG)."""
    path = Path(path)
    if path.suffix.lower() in FORMATS:
        return path
    suffix = next((s for s, name in FORMATS.items() if chosen_filter.startswith(name)), ".png")
    return path.with_name(path.name + suffix)


def export_figure(plot: LevelPlot, path: str | os.PathLike[str]) -> Path:
    """Save the plotted lines to ``path`` (format by suffix); returns the path written."""
    path = with_suffix(path)
    figure = Figure(figsize=SLIDE_SIZE, dpi=PNG_DPI, layout="constrained", facecolor="white")
    axes = figure.add_subplot()
    for line in plot.lines.values():
        axes.plot(
            line.get_xdata(),
            line.get_ydata(),
            color=line.get_color(),
            linestyle=line.get_linestyle(),
            linewidth=LINE_WIDTH,
            label=line.get_label(),
        )
    axes.set_xlim(plot.axes.get_xlim())
    axes.set_ylim(plot.axes.get_ylim())
    axes.set_yticks(plot.axes.get_yticks())
    axes.set_ylim(plot.axes.get_ylim())  # set_yticks may widen the range to its ticks
    axes.set_xlabel(plot.axes.get_xlabel(), fontsize=SLIDE_FONT)
    axes.set_ylabel(plot.axes.get_ylabel(), fontsize=SLIDE_FONT)
    axes.tick_params(labelsize=SLIDE_FONT - 2)
    axes.grid(True, color="#D0D0D0", linewidth=0.8)
    axes.spines[["top", "right"]].set_visible(False)
    if plot.lines:
        figure.legend(
            loc="outside upper center",
            ncols=min(len(plot.lines), 4),
            fontsize=SLIDE_FONT,
            frameon=False,
        )
    figure.savefig(path, format=path.suffix[1:].lower(), dpi=PNG_DPI)
    return path
