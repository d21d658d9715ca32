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
_NODE_SCORE, _PILL_SCORE, _LINE_SCORE = 20, 8, 1
#: The widest detour looked for: a long arrow never swings further out than a few nodes.
_MAX_BEND = 3 * st.NODE_WIDTH
#: Side of the grid cells that index the sampled lines (a label looks at a few cells).
_CELL = 256.0


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
        hw, hh = self._half_sizes()
        length = float(np.hypot(b.x() - a.x(), b.y() - a.y()))
        reach = min(0.35 * length, _MAX_BEND) + hw + 10
        near = (
            (centres[:, 0] > min(a.x(), b.x()) - reach)
            & (centres[:, 0] < max(a.x(), b.x()) + reach)
            & (centres[:, 1] > min(a.y(), b.y()) - reach)
            & (centres[:, 1] < max(a.y(), b.y()) + reach)
        )
        near &= _distance_to_chord(centres, a, b) < reach  # a bend never strays further
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
            hit = _boxes_hit(sample_curve(a, control, b), boxes, margin, hw, hh)
            if hit <= obstacles:
                break
            obstacles |= hit
            bend = avoiding_bend(a, b, [(QPointF(*boxes[k]), hw, hh) for k in obstacles])
        return bend

    def _half_sizes(self) -> tuple[float, float]:
        metrics = self._mirror.metrics
        return metrics.half_width, metrics.half_height

    # ------------------------------------------------------------ weight labels
    def pill_spot(self, path_item) -> QPointF:
        """The point along the arrow where its weight label covers the least."""
        arrow = path_item.arrow
        _items, centres = self._nodes()
        half = self._half_sizes()
        labels = self._labels if self._batching and self._labels else _Labels(self._mirror)
        if self._batching:
            self._labels = labels
        best, best_score = None, None
        for t in PILL_SPOTS:  # each spot looks at its own small neighbourhood
            rect = QRectF(arrow.pill)
            rect.moveCenter(arrow.point_at(t))
            region = (rect.left() - 2, rect.top() - 2, rect.right() + 2, rect.bottom() + 2)
            near = labels.near(region, path_item)
            score = _score(rect, _around(centres, region, *half), *near, *half)
            if best_score is None or score < best_score:
                best, best_score = rect.center(), score
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
        # points by grid cell, so a region's points are a few slices (not a scan of them all)
        cells = np.floor(points / _CELL).astype(np.int64)
        keys = cells[:, 0] * _CELL_ROW + cells[:, 1]
        by_cell = np.argsort(keys, kind="stable")
        self.points, self.owners = points[by_cell], owners_all[by_cell]
        found, starts, counts = np.unique(keys[by_cell], return_index=True, return_counts=True)
        self.cells = {
            int(k): (int(s), int(s + c)) for k, s, c in zip(found, starts, counts, strict=True)
        }
        circles = [(j.pos().x(), j.pos().y()) for j in mirror.junctions.values()]
        self.circles = np.array(circles, dtype=float).reshape(-1, 2)

    def _in_cells(self, region: tuple[float, float, float, float]):
        """The sampled points (and owners) in the grid cells a region touches."""
        x0, y0, x1, y1 = (int(np.floor(v / _CELL)) for v in region)
        slices = [
            self.cells[key]
            for cx in range(x0, x1 + 1)
            for cy in range(y0, y1 + 1)
            if (key := cx * _CELL_ROW + cy) in self.cells
        ]
        if not slices:
            return self.points[:0], self.owners[:0]
        rows = np.concatenate([np.arange(start, stop) for start, stop in slices])
        return self.points[rows], self.owners[rows]

    def move(self, item) -> None:
        row = self.rows.get(id(item))
        if row is not None:
            r = item.arrow.pill
            self.pills[row] = (r.left(), r.top(), r.right(), r.bottom())

    def near(self, region: tuple[float, float, float, float], me):
        """Labels, line points (with owners) and circles in ``region``, leaving ``me`` out."""
        x0, y0, x1, y1 = region
        mine = self.rows.get(id(me), -1)
        pills = self.pills  # only those overlapping the region: scoring all is quadratic
        pill_rows = (
            (pills[:, 0] < x1) & (pills[:, 2] > x0) & (pills[:, 1] < y1) & (pills[:, 3] > y0)
        )
        if 0 <= mine < len(pill_rows):
            pill_rows[mine] = False
        points, owners = self._in_cells(region)
        inside = (
            (points[:, 0] > x0)
            & (points[:, 0] < x1)
            & (points[:, 1] > y0)
            & (points[:, 1] < y1)
            & (owners != mine)
        )
        circles = self.circles
        r = st.JUNCTION_RADIUS
        circles = circles[
            (circles[:, 0] > x0 - r)
            & (circles[:, 0] < x1 + r)
            & (circles[:, 1] > y0 - r)
            & (circles[:, 1] < y1 + r)
        ]
        return pills[pill_rows], points[inside], owners[inside], circles


_CELL_ROW = 1 << 32  # a cell's key: column * _CELL_ROW + row


def _around(
    centres: np.ndarray, region: tuple[float, float, float, float], hw: float, hh: float
) -> np.ndarray:
    """The node centres whose boxes (half sizes ``hw``, ``hh``) can reach into ``region``."""
    x0, y0, x1, y1 = region
    return centres[
        (centres[:, 0] > x0 - hw)
        & (centres[:, 0] < x1 + hw)
        & (centres[:, 1] > y0 - hh)
        & (centres[:, 1] < y1 + hh)
    ]


def _distance_to_chord(centres: np.ndarray, a: QPointF, b: QPointF) -> np.ndarray:
    """Each centre's distance from the straight segment a–b."""
    start, end = np.array([a.x(), a.y()]), np.array([b.x(), b.y()])
    along = end - start
    length = float(along @ along) or 1.0
    t = np.clip((centres - start) @ along / length, 0.0, 1.0)
    return np.hypot(*(centres - (start + t[:, None] * along)).T)


def _boxes_hit(
    points: np.ndarray, boxes: np.ndarray, margin: float, hw: float, hh: float
) -> set[int]:
    """The node boxes a sampled line runs through. With the points sorted by y, each box
    takes the x-range of the points within its height: the line (continuous, sampled finer
    than a node) crosses the box where that range overlaps the box's width."""
    order = np.argsort(points[:, 1], kind="stable")
    xs, ys = points[order, 0], points[order, 1]
    low = np.searchsorted(ys, boxes[:, 1] - hh - margin, side="left")
    high = np.searchsorted(ys, boxes[:, 1] + hh + margin, side="right")
    some = np.nonzero(high > low)[0]
    if some.size == 0:
        return set()
    bounds = np.empty(2 * some.size, dtype=np.intp)
    bounds[0::2], bounds[1::2] = low[some], high[some]
    padded = np.append(xs, 0.0)  # reduceat's last start may be the end of the points
    left = np.minimum.reduceat(padded, bounds)[0::2]
    right = np.maximum.reduceat(padded, bounds)[0::2]
    centre_x = boxes[some, 0]
    crossing = (left <= centre_x + hw + margin) & (right >= centre_x - hw - margin)
    return set(some[crossing].tolist())


def _score(
    rect: QRectF,
    centres: np.ndarray,
    pills: np.ndarray,
    points: np.ndarray,
    owners: np.ndarray,
    junctions: np.ndarray,
    node_hw: float,
    node_hh: float,
) -> int:
    """How much a label at ``rect`` would cover: nodes and labels count most, lines least."""
    cx, cy = rect.center().x(), rect.center().y()
    hw, hh = rect.width() / 2, rect.height() / 2
    nodes = np.count_nonzero(
        (np.abs(centres[:, 0] - cx) < node_hw + hw) & (np.abs(centres[:, 1] - cy) < node_hh + hh)
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
