"""The level plot's axes: one or a grid of small multiples with their time cursors, the level
ticks for the full, bipolar and fitted ranges, the axes' colours and sizes, and the labels."""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FixedLocator, MaxNLocator

from synergy_gui.ui.panels.plot_layout import FULL_RANGE
from synergy_gui.ui.panels.plot_styles import CURSOR_ALPHA
from synergy_gui.ui.panels.plot_ticks import LocaleTickFormatter

FULL_TICKS = (0.0, 0.25, 0.5, 0.75, 1.0)
#: From this text scale on (presentation), fewer labelled ticks: the quarters stay as grid lines.
LARGE_TEXT = 1.5
LARGE_TICKS = (0.0, 0.5, 1.0)
QUARTER_GRID = (0.25, 0.75)
#: The same for bipolar levels (−1…1).
BIPOLAR_RANGE = (-1.0, 1.0)
BIPOLAR_TICKS = (-1.0, -0.5, 0.0, 0.5, 1.0)
BIPOLAR_LARGE_TICKS = (-1.0, 0.0, 1.0)
BIPOLAR_GRID = (-0.5, 0.5)


def set_level_axis(axes: Axes, limits: tuple[float, float], large: bool) -> None:
    """Show levels ``limits`` on the y axis, with fewer labelled ticks for ``large`` text."""
    axes.set_ylim(*limits)
    axes.yaxis.set_major_formatter(LocaleTickFormatter())
    if limits == FULL_RANGE:
        axes.yaxis.set_major_locator(FixedLocator(LARGE_TICKS if large else FULL_TICKS))
        axes.yaxis.set_minor_locator(FixedLocator(QUARTER_GRID if large else ()))
    elif limits == BIPOLAR_RANGE:
        ticks = BIPOLAR_LARGE_TICKS if large else BIPOLAR_TICKS
        axes.yaxis.set_major_locator(FixedLocator(ticks))
        axes.yaxis.set_minor_locator(FixedLocator(BIPOLAR_GRID if large else ()))
    else:
        bins = 3 if large else 5
        axes.yaxis.set_major_locator(MaxNLocator(nbins=bins, steps=[1, 2, 2.5, 5, 10]))
        axes.yaxis.set_minor_locator(FixedLocator(()))


def style_axes(
    axes: Axes, colours: dict[str, str], x_max: float, size: float, thickness: float
) -> None:
    """Colour ``axes`` (``face``, ``text``, ``grid``), show times 0..x_max and size its ticks
    and grid: tick labels of ``size`` points, ticks and grid ``thickness`` times designed."""
    face, text, grid = colours["face"], colours["text"], colours["grid"]
    axes.set_facecolor(face)
    axes.set_xlim(0.0, x_max)
    axes.tick_params(labelsize=size, colors=text, length=5 * thickness, width=1.2)
    axes.tick_params(which="minor", length=0)
    axes.grid(True, which="both", color=grid, linewidth=0.8 * thickness)
    axes.xaxis.label.set_color(text)
    axes.yaxis.label.set_color(text)
    axes.title.set_color(text)
    for spine in axes.spines.values():
        spine.set_color(text)
    axes.spines[["top", "right"]].set_visible(False)


def label_axes(axes_list: list[Axes], x_label: str, y_label: str, size: float) -> None:
    """Label the axes; small multiples label the outer axes only (the others share them)."""
    many = len(axes_list) > 1
    for axes in axes_list:
        spec = axes.get_subplotspec()
        bottom = not many or spec.is_last_row() or nothing_below(axes, axes_list)
        axes.set_xlabel(x_label if bottom else "", fontsize=size, parse_math=False)
        y_text = y_label if not many or spec.is_first_col() else ""
        axes.set_ylabel(y_text, fontsize=size, parse_math=False)


def nothing_below(axes: Axes, axes_list: list[Axes]) -> bool:
    """In a grid with a short last row, an axes with no axes under it labels the time."""
    spec = axes.get_subplotspec()
    below = [
        other
        for other in axes_list
        if other.get_subplotspec().colspan == spec.colspan
        and other.get_subplotspec().rowspan.start > spec.rowspan.start
    ]
    return not below


def small_multiples(figure: Figure, titles: tuple[str, ...], title_size: float) -> list[Axes]:
    """Clear ``figure`` for one axes, or a grid of small axes (at most four a row) sharing
    time and level, one titled by each of ``titles``."""
    figure.clear()
    count = max(1, len(titles))
    columns = min(count, 4)
    rows = -(-count // columns)
    grid = figure.subplots(rows, columns, sharex=True, sharey=True, squeeze=False)
    axes_list = list(grid.flat)
    for spare in axes_list[count:]:
        spare.remove()
    axes_list = axes_list[:count]
    for axes, title in zip(axes_list, titles, strict=False):
        # labels as written: "$5 to $10" is not mathematics
        axes.set_title(title, fontsize=title_size, loc="left", parse_math=False)
    return axes_list


def time_cursor(axes: Axes, colour: str, width: float) -> Line2D:
    """A hidden, animated, dashed vertical line: the time cursor of ``axes``."""
    cursor = axes.axvline(
        0.0, color=colour, alpha=CURSOR_ALPHA, linewidth=width, linestyle="--", animated=True
    )
    cursor.set_visible(False)
    return cursor


def level_span(arrays: list) -> tuple[float, float] | None:
    """The lowest and highest finite level in ``arrays`` (None without any)."""
    arrays = [np.asarray(a, dtype=float) for a in arrays]
    arrays = [a[np.isfinite(a)] for a in arrays]
    arrays = [a for a in arrays if a.size]
    if not arrays:
        return None
    return min(float(a.min()) for a in arrays), max(float(a.max()) for a in arrays)
