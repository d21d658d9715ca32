"""The level plot's legend in matplotlib: its layout measured to the canvas's width, its
rows counted, and the legend itself drawn above the axes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D

from synergy_gui.ui.panels.plot_layout import LegendLayout, legend_layout
from synergy_gui.ui.panels.plot_styles import LegendEntry

#: Legend spacing in font sizes (matplotlib's own units): line sample, gap, between columns.
HANDLE_LENGTH, HANDLE_PAD, COLUMN_SPACING = 2.4, 0.8, 1.6


def measured_legend_layout(
    canvas: FigureCanvasAgg, labels: list[str], scale: float
) -> LegendLayout:
    """Font size, columns and wrapping so that every label shows in the canvas's width; the
    layout's sizes are designed sizes, measured (and returned) ``scale`` times larger."""
    renderer = canvas.get_renderer()
    figure = canvas.figure
    pixels_per_point = figure.dpi / 72.0

    def measure(text: str, size: float) -> float:
        font = FontProperties(size=size * scale)
        return renderer.get_text_width_height_descent(text, font, ismath=False)[0]

    def handle_width(size: float) -> float:
        return (HANDLE_LENGTH + HANDLE_PAD + COLUMN_SPACING) * size * scale * pixels_per_point

    width = figure.bbox.width - 12.0 * pixels_per_point  # the figure's own padding
    layout = legend_layout(labels, width, measure, handle_width)
    return replace(layout, font_size=layout.font_size * scale)


def legend_rows(layout: LegendLayout) -> int:
    """The lines of text the legend takes: its rows plus the wrapped labels' extra lines."""
    return -(-len(layout.labels) // layout.columns) + sum(
        label.count("\n") for label in layout.labels[:: layout.columns]
    )


def show_legend(
    figure: Figure,
    entries: Sequence[LegendEntry],
    layout: LegendLayout,
    line_width: float,
    text_colour: str,
) -> None:
    """Replace the figure's legend by one of ``entries`` above the axes, laid out as
    ``layout`` (no legend without entries)."""
    for old in figure.legends[:1]:
        old.remove()
    if not entries:
        return
    handles = [
        Line2D([], [], color=e.colour, linestyle=e.style, linewidth=line_width) for e in entries
    ]
    legend = figure.legend(
        handles,
        list(layout.labels),
        loc="outside upper center",
        ncols=layout.columns,
        fontsize=layout.font_size,
        frameon=False,
        labelcolor=text_colour,
        handlelength=HANDLE_LENGTH,
        handletextpad=HANDLE_PAD,
        columnspacing=COLUMN_SPACING,
    )
    for text in legend.get_texts():
        text.set_parse_math(False)  # labels as written: "$5 to $10" is not mathematics
