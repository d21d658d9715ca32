"""Where arrows run and where their weights sit, so nothing hides under a node or a label.

Works on numpy arrays of node centres and sampled arrow points rather than scene queries:
a scene query calls back into Python for every candidate item and is far too slow on a
200-construct model. Inside :meth:`Router.batch` the node arrays are built once.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
from PySide6.QtCore import QPointF, QRectF

from synergy_gui.ui.graph import style as st
from synergy_gui.ui.graph.geometry import avoiding_bend, bend_control

#: Where along an arrow its weight may sit, most preferred first.
PILL_SPOTS = (0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73)
SAMPLE_STEP = 9.0  # scene units between sampled points of an arrow (under a pill's height)
_HW, _HH = st.NODE_WIDTH / 2, st.NODE_HEIGHT / 2
_NODE_SCORE, _PILL_SCORE, _LINE_SCORE = 20, 8, 1


def sample_curve(p0: QPointF, control: QPointF | None, p2: QPointF) -> np.ndarray:
    """Points along a straight or quadratic segment, about :data:`SAMPLE_STEP` apart."""
    a = np.array([p0.x(), p0.y()])
    c = np.array([p2.x(), p2.y()])
    b = (a + c) / 2 if control is None else np.array([control.x(), control.y()])
    length = float(np.hypot(*(b - a)) + np.hypot(*(c - b)))
    t = np.linspace(0.0, 1.0, max(int(length / SAMPLE_STEP) + 2, 3))[:, None]
    return (1 - t) ** 2 * a + 2 * (1 - t) * t * b + t**2 * c


class Router:
    """Detours and weight-label places for the paths of one :class:`DocumentMirror`."""

    def __init__(self, mirror) -> None:
        self._mirror = mirror
        self._frozen: tuple[list, np.ndarray] | None = None
        self._batching = False
        self._labels: _Labels | None = None

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Re-use one snapshot of node positions (and of lines) while many paths are routed."""
        self._frozen = self._nodes()
        self._batching = True
        try:
            yield
        finally:
            self._frozen, self._labels, self._batching = None, None, False

    def _nodes(self) -> tuple[list, np.ndarray]:
        if self._frozen is not None:
            return self._frozen
        items = list(self._mirror.constructs.values())
        centres = np.array([(i.pos().x(), i.pos().y()) for i in items], dtype=float)
        return items, centres.reshape(-1, 2)

    # ------------------------------------------------------------ detours
    def detour(self, path_item, a: QPointF, b: QPointF) -> float:
        """The bend that keeps the arrow from centre ``a`` to ``b`` off other nodes."""
        items, centres = self._nodes()
        reach = 0.35 * float(np.hypot(b.x() - a.x(), b.y() - a.y())) + _HW + 10
        near = (
            (centres[:, 0] > min(a.x(), b.x()) - reach)
            & (centres[:, 0] < max(a.x(), b.x()) + reach)
            & (centres[:, 1] > min(a.y(), b.y()) - reach)
            & (centres[:, 1] < max(a.y(), b.y()) + reach)
        )
        candidates = [
            k
            for k in np.nonzero(near)[0].tolist()
            if items[k] is not path_item.source and items[k] is not path_item.target
        ]
        if not candidates:
            return 0.0
        boxes = centres[candidates]
        margin = path_item.pen.widthF() / 2 + 4
        obstacles: set[int] = set()
        bend = 0.0
        for _round in range(3):
            control = bend_control(a, b, bend) if bend else None
            points = sample_curve(a, control, b)
            under = (np.abs(points[:, None, 0] - boxes[None, :, 0]) <= _HW + margin) & (
                np.abs(points[:, None, 1] - boxes[None, :, 1]) <= _HH + margin
            )
            hit = set(np.nonzero(under.any(axis=0))[0].tolist())
            if hit <= obstacles:
                break
            obstacles |= hit
            bend = avoiding_bend(a, b, [(QPointF(*boxes[k]), _HW, _HH) for k in obstacles])
        return bend

    # ------------------------------------------------------------ weight labels
    def pill_spot(self, path_item) -> QPointF:
        """The point along the arrow where its weight label covers the least."""
        arrow = path_item.arrow
        _items, centres = self._nodes()
        labels = self._labels if self._batching and self._labels else _Labels(self._mirror)
        if self._batching:
            self._labels = labels
        spots = [arrow.point_at(t) for t in PILL_SPOTS]
        half = (arrow.pill.width() / 2 + 2, arrow.pill.height() / 2 + 2)
        region = (
            min(p.x() for p in spots) - half[0],
            min(p.y() for p in spots) - half[1],
            max(p.x() for p in spots) + half[0],
            max(p.y() for p in spots) + half[1],
        )
        nearby = labels.near(region, path_item)
        best, best_score = spots[0], None
        for centre in spots:
            rect = QRectF(arrow.pill)
            rect.moveCenter(centre)
            score = _score(rect, centres, *nearby)
            if best_score is None or score < best_score:
                best, best_score = centre, score
            if score == 0:
                break
        return best

    def label_moved(self, path_item) -> None:
        """Tell the batch's snapshot where a path's label went."""
        if self._labels is not None:
            self._labels.move(path_item)


class _Labels:
    """A snapshot of every path's label and sampled line, and the junction circles."""

    def __init__(self, mirror) -> None:
        self.rows: dict[int, int] = {}
        pills, chunks, owners = [], [], []
        for number, item in enumerate(mirror.paths.values()):
            self.rows[id(item)] = number
            r = item.arrow.pill
            pills.append((r.left(), r.top(), r.right(), r.bottom()))
            samples = item.samples if item.samples is not None else np.zeros((0, 2))
            chunks.append(samples)
            owners.append(np.full(len(samples), number))
        self.pills = np.array(pills, dtype=float).reshape(-1, 4)
        points = np.concatenate(chunks) if chunks else np.zeros((0, 2))
        owners_all = np.concatenate(owners) if owners else np.zeros(0, dtype=int)
        by_x = np.argsort(points[:, 0], kind="stable")  # so a region's x-range is one slice
        self.points, self.owners = points[by_x], owners_all[by_x]
        circles = [(j.pos().x(), j.pos().y()) for j in mirror.junctions.values()]
        self.circles = np.array(circles, dtype=float).reshape(-1, 2)

    def move(self, item) -> None:
        row = self.rows.get(id(item))
        if row is not None:
            r = item.arrow.pill
            self.pills[row] = (r.left(), r.top(), r.right(), r.bottom())

    def near(self, region: tuple[float, float, float, float], me):
        """Labels, line points (with owners) and circles in ``region``, leaving ``me`` out."""
        x0, y0, x1, y1 = region
        mine = self.rows.get(id(me), -1)
        pill_rows = np.ones(len(self.pills), dtype=bool)
        if 0 <= mine < len(pill_rows):
            pill_rows[mine] = False
        lo, hi = np.searchsorted(self.points[:, 0], (x0, x1))
        points, owners = self.points[lo:hi], self.owners[lo:hi]
        inside = (points[:, 1] > y0) & (points[:, 1] < y1) & (owners != mine)
        return self.pills[pill_rows], points[inside], owners[inside], self.circles


def _score(
    rect: QRectF,
    centres: np.ndarray,
    pills: np.ndarray,
    points: np.ndarray,
    owners: np.ndarray,
    junctions: np.ndarray,
) -> int:
    """How much a label at ``rect`` would cover: nodes and labels count most, lines least."""
    cx, cy = rect.center().x(), rect.center().y()
    hw, hh = rect.width() / 2, rect.height() / 2
    nodes = np.count_nonzero(
        (np.abs(centres[:, 0] - cx) < _HW + hw) & (np.abs(centres[:, 1] - cy) < _HH + hh)
    )
    labels = np.count_nonzero(
        (pills[:, 0] < rect.right())
        & (pills[:, 2] > rect.left())
        & (pills[:, 1] < rect.bottom())
        & (pills[:, 3] > rect.top())
    )
    r = st.JUNCTION_RADIUS
    circles = np.count_nonzero(
        (np.abs(junctions[:, 0] - cx) < hw + r) & (np.abs(junctions[:, 1] - cy) < hh + r)
    )
    inside = (np.abs(points[:, 0] - cx) < hw + 1) & (np.abs(points[:, 1] - cy) < hh + 1)
    lines = len(np.unique(owners[inside]))
    return int(_NODE_SCORE * nodes + _PILL_SCORE * (labels + circles) + _LINE_SCORE * lines)
