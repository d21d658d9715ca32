"""The diagram laid out for one screen: the model's positions stretched or squeezed per axis.

A model's positions suit the editor's small nodes. Presenting, the nodes carry large type and
the diagram must fill a screen of another shape: its positions are multiplied by a factor
per axis, as small as keeps every pair of nodes apart, chosen so the fitted diagram shows
the largest labels. The arrangement (what is left of, above, what) stays the model's; the
document is not changed, and a drag is recorded in the model's own units.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF

#: Most constructs for which a spread is searched (pairs grow with the square; beyond it a
#: diagram is a web no projector shows legibly anyway, and keeps the model's positions).
MOST_SPREAD_NODES = 120
#: The least factor: a diagram drawn far apart is squeezed at most this much.
LEAST_FACTOR = 0.2


@dataclass(frozen=True)
class Spread:
    """Scene position = model position × (``x``, ``y``)."""

    x: float = 1.0
    y: float = 1.0

    def point(self, x: float, y: float) -> QPointF:
        """Where the model position (x, y) is drawn."""
        return QPointF(x * self.x, y * self.y)

    def model_point(self, point: QPointF) -> tuple[float, float]:
        """The model position drawn at ``point``."""
        return point.x() / self.x, point.y() / self.y


IDENTITY = Spread()


@dataclass(frozen=True)
class Room:
    """What a spread must respect: the nodes' size, the gaps they keep, the margin around
    the diagram (scene units) and the viewport it is fitted into (pixels)."""

    node_width: float
    node_height: float
    gap_x: float
    gap_y: float
    margin: float
    viewport_width: float
    viewport_height: float


def best_spread(centres: np.ndarray, room: Room) -> Spread:
    """The factors per axis that let the fitted diagram be drawn largest with no two nodes
    of ``centres`` (model units, one row per node) overlapping."""
    points = np.asarray(centres, dtype=float).reshape(-1, 2)
    if len(points) < 2 or len(points) > MOST_SPREAD_NODES:
        return IDENTITY
    i, j = np.triu_indices(len(points), 1)
    dx = np.abs(points[i, 0] - points[j, 0])
    dy = np.abs(points[i, 1] - points[j, 1])
    need_x, need_y = room.node_width + room.gap_x, room.node_height + room.gap_y
    span_x = np.ptp(points[:, 0])
    span_y = np.ptp(points[:, 1])
    best, best_zoom = IDENTITY, -1.0
    for factor_x in _candidates(dx, need_x, span_x):
        crowded = factor_x * dx < need_x - 1e-9  # pairs side by side too closely …
        if np.any(crowded & (dy == 0)):
            continue
        # … must be far enough apart vertically instead
        factor_y = max(np.max(need_y / dy[crowded], initial=0.0), _least(span_y))
        zoom = _zoom(factor_x * span_x, factor_y * span_y, room)
        if zoom > best_zoom:
            best, best_zoom = Spread(float(factor_x), float(factor_y)), zoom
    return best


def _candidates(dx: np.ndarray, need_x: float, span_x: float) -> np.ndarray:
    """The horizontal factors at which some pair just stops crowding, and the least one."""
    apart = dx[dx > 0]
    factors = np.unique(np.concatenate([need_x / apart, [_least(span_x)]]))
    return factors[factors >= _least(span_x)]


def _least(span: float) -> float:
    """The least factor for an axis: no squeezing below :data:`LEAST_FACTOR`, and none at
    all where the nodes already lie in one row or column."""
    return LEAST_FACTOR if span > 0 else 1.0


def _zoom(width: float, height: float, room: Room) -> float:
    """The fitting zoom of a diagram whose node centres span ``width`` × ``height``."""
    return min(_zooms(width, height, room))


def _zooms(width: float, height: float, room: Room) -> tuple[float, float]:
    """The zooms that fit the diagram's width and its height into the viewport."""
    full_w = width + room.node_width + 2 * room.margin
    full_h = height + room.node_height + 2 * room.margin
    return room.viewport_width / full_w, room.viewport_height / full_h


def height_slack(centres: np.ndarray, spread: Spread, room: Room) -> float:
    """How many times taller the spread diagram could be before its height, not its width,
    limits the fit (1.0 or less: the height limits it already)."""
    points = np.asarray(centres, dtype=float).reshape(-1, 2)
    span_x, span_y = (np.ptp(points[:, k]) if len(points) else 0.0 for k in (0, 1))
    by_width, by_height = _zooms(spread.x * span_x, spread.y * span_y, room)
    return by_height / by_width


__all__ = ["IDENTITY", "Room", "Spread", "best_spread", "height_slack"]
