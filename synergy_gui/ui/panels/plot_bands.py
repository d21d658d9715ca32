"""Uncertainty bands as matplotlib artists: two translucent fills and a dashed median.

A construct's 10-90 % and 25-75 % bands are filled in its line's colour under the line, the
inner one over the outer (so the middle half reads about twice as dark); its median is
dashed, just under the line, so it shows only where it leaves the plain run. All are
animated: the level plot draws them on each blit, as it draws the lines.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from matplotlib.lines import Line2D

#: Opacity of the 10-90 % fill and of the 25-75 % fill drawn over it.
BAND_ALPHAS = (0.14, 0.22)
BAND_ZORDER = 1.0  # under the lines (2)
MEDIAN_ZORDER = 1.9  # under its line: where the two agree the line covers it
MEDIAN_DASH = (0, (2.5, 1.5))  # in line widths
MEDIAN_WIDTH = 0.55  # of a line's width


@dataclass(frozen=True)
class BandArtists:
    """The artists of one construct's bands: the 10-90 % fill, the 25-75 % fill, the median."""

    outer: object
    inner: object
    median: Line2D

    def all(self) -> tuple:
        return (self.outer, self.inner, self.median)


def band_artists(
    line: Line2D, times: np.ndarray, rows: np.ndarray, line_width: float
) -> BandArtists:
    """Bands of ``rows`` (the 10th, 25th, 50th, 75th, 90th percentile series at ``times``)
    in the axes and colour of ``line``."""
    axes, colour = line.axes, line.get_color()
    fills = [
        axes.fill_between(
            times,
            rows[low],
            rows[high],
            color=colour,
            alpha=alpha,
            linewidth=0,
            animated=True,
            zorder=BAND_ZORDER,
        )
        for (low, high), alpha in zip(((0, 4), (1, 3)), BAND_ALPHAS, strict=True)
    ]
    median = axes.plot(
        times,
        rows[2],
        color=colour,
        linestyle=MEDIAN_DASH,
        linewidth=line_width * MEDIAN_WIDTH,
        animated=True,
        zorder=MEDIAN_ZORDER,
    )[0]
    return BandArtists(fills[0], fills[1], median)
