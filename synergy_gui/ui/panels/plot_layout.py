"""Pure layout decisions of the level plot: the fitted y range and how the legend fits.

No Qt and no drawing here, so each rule can be checked with numbers alone.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Callable
from dataclasses import dataclass

#: The range a fitted axis never goes below: a flat line is not blown up into noise.
MIN_SPAN = 0.05
#: Room above and below the data, as a share of its span.
MARGIN = 0.15
#: A fitted range is kept while the data fill at least this share of it (hysteresis: a
#: slider drag blits lines into a steady frame instead of redrawing a jumping axis).
MIN_FILL = 0.4
#: Without a fit, and as the outer bounds of a fit while the data stay inside them.
FULL_RANGE = (0.0, 1.0)

#: Legend font sizes tried in turn (points); 11 is the smallest legible one when projected.
LEGEND_SIZES = (13.0, 12.0, 11.0)
#: Legend rows accepted at a larger size before trying a smaller one.
MAX_ROWS_BEFORE_SHRINKING = 2


def fitted_limits(
    low: float, high: float, full: tuple[float, float] = FULL_RANGE
) -> tuple[float, float]:
    """A y range around data from ``low`` to ``high``: a margin, at least :data:`MIN_SPAN`,
    rounded outward to hundredths, and inside ``full`` (0..1, or −1..1 for bipolar levels)
    unless the data leave it."""
    span = max(high - low, MIN_SPAN)
    centre = (low + high) / 2.0
    half = span * (0.5 + MARGIN)
    bottom = math.floor((centre - half) * 100.0) / 100.0
    top = math.ceil((centre + half) * 100.0) / 100.0
    floor, ceiling = min(full[0], low), max(full[1], high)
    if bottom < floor:
        top, bottom = min(ceiling, top + floor - bottom), floor
    if top > ceiling:
        bottom, top = max(floor, bottom - (top - ceiling)), ceiling
    return bottom, top


def keeps_limits(limits: tuple[float, float], low: float, high: float) -> bool:
    """Whether the shown range still suits the data (inside it, and not lost in it)."""
    bottom, top = limits
    if low < bottom or high > top:
        return False
    shown = top - bottom
    return shown <= 0.0 or max(high - low, MIN_SPAN) >= MIN_FILL * shown


@dataclass(frozen=True)
class LegendLayout:
    """How the legend is laid out: font size, columns and the (possibly wrapped) labels."""

    font_size: float
    columns: int
    labels: tuple[str, ...]


def legend_layout(
    labels: list[str],
    width: float,
    measure: Callable[[str, float], float],
    handle_width: Callable[[float], float],
) -> LegendLayout:
    """The largest font and the most columns whose entries fit in ``width`` pixels.

    ``measure(text, size)`` is a text's width in pixels; ``handle_width(size)`` the width of a
    line sample plus padding and column spacing. Labels too long for one column are wrapped.
    """
    if not labels:
        return LegendLayout(LEGEND_SIZES[0], 1, ())
    for size in LEGEND_SIZES:
        entries = [measure(label, size) + handle_width(size) for label in labels]
        columns = next((c for c in range(len(labels), 0, -1) if _fits(entries, c, width)), 0)
        if columns and (
            math.ceil(len(labels) / columns) <= MAX_ROWS_BEFORE_SHRINKING
            or size == LEGEND_SIZES[-1]
        ):
            return LegendLayout(size, columns, tuple(labels))
    size = LEGEND_SIZES[-1]
    room = max(width - handle_width(size), 1.0)
    wrapped = tuple(_wrap(label, room, size, measure) for label in labels)
    return LegendLayout(size, 1, wrapped)


def _fits(entries: list[float], columns: int, width: float) -> bool:
    """Whether entries laid out in ``columns`` (filled column by column, as matplotlib does)
    fit in ``width``: the sum of each column's widest entry."""
    rows = math.ceil(len(entries) / columns)
    widest = [max(entries[start : start + rows]) for start in range(0, len(entries), rows)]
    return sum(widest) <= width


def _wrap(label: str, room: float, size: float, measure: Callable[[str, float], float]) -> str:
    """``label`` broken at spaces so each line fits ``room`` pixels (a long word stays whole)."""
    if measure(label, size) <= room:
        return label
    per_char = measure(label, size) / max(len(label), 1)
    return "\n".join(textwrap.wrap(label, max(4, int(room // per_char)))) or label
