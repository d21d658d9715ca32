"""Plain geometry of the diagram: where arrows leave and meet nodes, and their heads."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath, QPolygonF

#: How far a curved path's middle bows out, in scene units, when two paths run opposite ways.
BEND = 34.0


def unit(dx: float, dy: float) -> tuple[float, float]:
    length = math.hypot(dx, dy)
    if length < 1e-9:
        return 1.0, 0.0
    return dx / length, dy / length


def rounded_rect_exit(
    centre: QPointF, half_w: float, half_h: float, radius: float, toward: QPointF
) -> QPointF:
    """Where the ray from ``centre`` toward ``toward`` leaves a rounded rectangle."""
    dx, dy = unit(toward.x() - centre.x(), toward.y() - centre.y())
    t = min(half_w / abs(dx) if dx else math.inf, half_h / abs(dy) if dy else math.inf)
    x, y = dx * t, dy * t
    cx, cy = half_w - radius, half_h - radius
    if abs(x) > cx and abs(y) > cy:
        # The ray meets a rounded corner: intersect it with the corner's circle.
        ox, oy = math.copysign(cx, x), math.copysign(cy, y)
        b = dx * ox + dy * oy
        c = ox * ox + oy * oy - radius * radius
        t = b + math.sqrt(max(b * b - c, 0.0))
        x, y = dx * t, dy * t
    return QPointF(centre.x() + x, centre.y() + y)


def circle_exit(centre: QPointF, radius: float, toward: QPointF) -> QPointF:
    """Where the ray from ``centre`` toward ``toward`` leaves a circle."""
    dx, dy = unit(toward.x() - centre.x(), toward.y() - centre.y())
    return QPointF(centre.x() + dx * radius, centre.y() + dy * radius)


def bend_control(start: QPointF, end: QPointF, bend: float) -> QPointF:
    """The control point of a quadratic curve bowing ``bend`` to the left of travel."""
    mid = (start + end) / 2
    dx, dy = unit(end.x() - start.x(), end.y() - start.y())
    # A quadratic's middle sits halfway to its control point, hence the factor 2.
    return QPointF(mid.x() + dy * bend * 2, mid.y() - dx * bend * 2)


def arrow_head(tip: QPointF, from_point: QPointF, length: float, width: float) -> QPolygonF:
    """A filled triangle pointing at ``tip``, coming from ``from_point``."""
    dx, dy = unit(tip.x() - from_point.x(), tip.y() - from_point.y())
    base = QPointF(tip.x() - dx * length, tip.y() - dy * length)
    half = width / 2
    left = QPointF(base.x() + dy * half, base.y() - dx * half)
    right = QPointF(base.x() - dy * half, base.y() + dx * half)
    return QPolygonF([tip, left, right])


def shortened(start: QPointF, end: QPointF, by: float) -> QPointF:
    """``end`` moved ``by`` toward ``start`` (so a line stops where its arrow head begins)."""
    dx, dy = unit(end.x() - start.x(), end.y() - start.y())
    return QPointF(end.x() - dx * by, end.y() - dy * by)


def quad_point(p0: QPointF, control: QPointF, p2: QPointF, t: float) -> QPointF:
    a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t * t
    return QPointF(
        a * p0.x() + b * control.x() + c * p2.x(), a * p0.y() + b * control.y() + c * p2.y()
    )


def line_or_curve(start: QPointF, end: QPointF, control: QPointF | None) -> QPainterPath:
    path = QPainterPath(start)
    if control is None:
        path.lineTo(end)
    else:
        path.quadTo(control, end)
    return path


def avoiding_bend(
    start: QPointF,
    end: QPointF,
    obstacles: list[tuple[QPointF, float, float]],
    clearance: float = 14.0,
) -> float:
    """The bend that lets a path from ``start`` to ``end`` pass clear of boxes in its way.

    ``obstacles`` are (centre, half width, half height). Returns 0 when the straight line is
    clear; otherwise the smaller bow (left is positive) that clears every box, capped.
    """
    ux, uy = unit(end.x() - start.x(), end.y() - start.y())
    length = math.hypot(end.x() - start.x(), end.y() - start.y())
    need = {1.0: 0.0, -1.0: 0.0}
    for centre, half_w, half_h in obstacles:
        rx, ry = centre.x() - start.x(), centre.y() - start.y()
        t = min(max((rx * ux + ry * uy) / max(length, 1e-9), 0.1), 0.9)
        offset = uy * rx - ux * ry  # the box's distance on the positive-bend side
        reach = half_w * abs(uy) + half_h * abs(ux) + clearance
        bow = 4 * t * (1 - t)  # a curve's offset at t, per unit of bend
        for side in need:
            gap = reach + offset if side > 0 else reach - offset
            need[side] = max(need[side], gap / bow)
    side = 1.0 if need[1.0] <= need[-1.0] else -1.0
    return side * min(need[side], 0.35 * length)


LOOP_HEIGHT = 46.0  # how far a self-loop's arc rises above its node (scene units)


def loop_points(node) -> tuple[QPointF, QPointF, QPointF, QPointF]:
    """Start, two control points and tip of a self-loop over the right of a node's top edge."""
    centre = node.pos()
    half_width, top = node.half_width, centre.y() - node.half_height
    left, right = centre.x() + 0.15 * half_width, centre.x() + 0.75 * half_width
    rise = top - LOOP_HEIGHT * 4 / 3  # a cubic reaches 3/4 of its controls' height
    return (
        QPointF(left, top),
        QPointF(left - 0.25 * half_width, rise),
        QPointF(right + 0.25 * half_width, rise),
        QPointF(right, top),
    )
