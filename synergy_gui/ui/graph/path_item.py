"""The diagram's arrow for one path: thickness follows |weight|, dashes mean a negative weight.

:class:`WeightedArrow` holds the geometry and drawing shared with a junction's output arrow.
A self-loop (an FCM concept's memory) is a small arc over the top edge of its node, leaving
and re-entering it, with its weight above the arc.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from synergy_gui.model import Path
from synergy_gui.ui.graph import style as st
from synergy_gui.ui.graph.geometry import (
    arrow_head,
    bend_control,
    line_or_curve,
    loop_points,
    quad_point,
    shortened,
)
from synergy_gui.ui.graph.routing import sample_curve
from synergy_gui.ui.i18n import translate
from synergy_gui.ui.numbers import number_text, signed_number

_PILL_METRICS: dict[int, tuple[QFont, QFontMetricsF]] = {}
#: Below this on screen a weight's digits cannot be read: the pill is left out altogether
#: (an empty pill reads as a missing number).
LEGIBLE_PIXELS = 6.0
CACHE_PIXELS = 160_000  # largest arrow (in screen pixels) kept as a pixmap


def pen_width(weight: float) -> float:
    """Line width in scene units: 1 for a zero weight up to 6 for |weight| = 1."""
    return 1.0 + 5.0 * min(abs(weight), 1.0)


def weight_text(weight: float) -> str:
    """``+0.35`` or ``−0.20`` (a true minus sign)."""
    return signed_number(weight, 2).replace("-", "\u2212")


def arrow_pen(weight: float, colour: QColor) -> QPen:
    """Solid for a positive weight, dashed for a negative one, width following |weight|."""
    width = pen_width(weight)
    pen = QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
    if weight < 0:
        # Dash lengths are in pen widths; keep them near 9 px on, 6 px off at any width.
        pen.setDashPattern([max(9.0 / width, 1.2), max(6.0 / width, 1.0)])
    return pen


def pill_font(pixels: int = st.SMALL_PIXELS) -> QFont:
    return st.font(pixels, QFont.Weight.DemiBold)


def _metrics(pixels: int) -> QFontMetricsF:
    font = pill_font(pixels)
    known = _PILL_METRICS.get(pixels)
    if known is None or known[0] is not font:
        known = _PILL_METRICS[pixels] = (font, QFontMetricsF(font))
    return known[1]


def pill_legible(painter: QPainter, pixels: int = st.SMALL_PIXELS) -> bool:
    """Whether a weight label drawn with ``painter`` would be large enough to read."""
    return painter.worldTransform().m11() * pixels >= LEGIBLE_PIXELS


def pill_rect(centre: QPointF, text: str, pixels: int = st.SMALL_PIXELS) -> QRectF:
    metrics = _metrics(pixels)
    width = metrics.horizontalAdvance(text) + 12
    height = metrics.height() + 4
    return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)


def paint_pill(
    painter: QPainter,
    rect: QRectF,
    text: QStaticText,
    edge: QColor,
    s: st.GraphStyle,
    pixels: int = st.SMALL_PIXELS,
) -> None:
    if not pill_legible(painter, pixels):
        return
    painter.setPen(QPen(edge, 1.2))
    painter.setBrush(s.pill)
    painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    painter.setPen(s.pill_text)
    painter.setFont(pill_font(pixels))
    size = text.size()
    painter.drawStaticText(
        QPointF(rect.center().x() - size.width() / 2, rect.center().y() - size.height() / 2), text
    )


class WeightedArrow:
    """An arrow from ``start`` to ``tip`` (straight or bowed) with a weight pill."""

    def __init__(self) -> None:
        self.line = QPainterPath()
        self.head = QPolygonF()
        self.pill = QRectF()
        self.weight = 0.0
        self.text = weight_text(0.0)
        self._curve = (QPointF(), QPointF(), QPointF())
        self._control: QPointF | None = None
        self._loop: tuple[QPointF, QPointF, QPointF, QPointF] | None = None  # a self-loop's arc
        self._static: QStaticText | None = None
        self._pen_for: tuple[QColor, QPen] | None = None  # the line's pen, made once per colour
        self.pixels = st.SMALL_PIXELS  # the weight's font size (follows the text scale)
        self.show_pill = True  # False when the weight would be too small to read
        self.emphasis = ""  # "": as usual, "highlighted", or "dimmed" (another is highlighted)
        self.set_weight(0.0)

    def set_weight(self, weight: float) -> None:
        if weight == self.weight and self._static is not None:
            return
        self.weight = weight
        self.text = weight_text(weight)
        self._prepare_text()
        self._pen_for = None

    def set_pixels(self, pixels: int) -> None:
        """Draw the weight at ``pixels`` (the pill keeps its centre)."""
        if pixels != self.pixels:
            self.pixels = pixels
            self._prepare_text()
            self.place_pill(self.pill.center())

    def set_emphasis(self, emphasis: str) -> None:
        """ "highlighted": thicker, in the accent colour; "dimmed" or "": drawn as usual."""
        self.emphasis = emphasis
        self._pen_for = None

    def _prepare_text(self) -> None:
        self._static = QStaticText(self.text)
        self._static.prepare(QTransform(), pill_font(self.pixels))

    @property
    def line_width(self) -> float:
        """The drawn line's width: thicker while highlighted."""
        return pen_width(self.weight) + (3.0 if self.emphasis == "highlighted" else 0.0)

    def route(
        self, start: QPointF, tip: QPointF, bend: float = 0.0, pill_at: QPointF | None = None
    ) -> None:
        """Lay out the line, its head and the pill; ``pill_at`` overrides the pill's place."""
        width = pen_width(self.weight)
        length, spread = 9.0 + 1.6 * width, 8.0 + 1.5 * width
        control = bend_control(start, tip, bend) if bend else None
        before_tip = control if control is not None else start
        self.head = arrow_head(tip, before_tip, length, spread)
        self.line = line_or_curve(start, shortened(before_tip, tip, length * 0.8), control)
        self._curve = (start, control if control is not None else (start + tip) / 2, tip)
        self._control = control
        self._loop = None
        self.place_pill(pill_at if pill_at is not None else self.point_at(0.5))

    def route_loop(self, start: QPointF, first: QPointF, second: QPointF, tip: QPointF) -> None:
        """Lay out a self-loop: a cubic arc from ``start`` back to ``tip`` on the same node."""
        width = pen_width(self.weight)
        length, spread = 9.0 + 1.6 * width, 8.0 + 1.5 * width
        self.head = arrow_head(tip, second, length, spread)
        self.line = QPainterPath(start)
        self.line.cubicTo(first, second, shortened(second, tip, length * 0.8))
        top = (start + first * 3 + second * 3 + tip) / 8  # the arc's highest point
        self._curve = (start, top, tip)
        self._control = None
        self._loop = (start, first, second, tip)
        self.place_pill(top)
        self.place_pill(QPointF(top.x(), top.y() - self.pill.height() / 2 - 2))  # above the arc

    @property
    def curve(self) -> tuple[QPointF, QPointF | None, QPointF]:
        """Start, control point (None when straight) and tip of the line."""
        return self._curve[0], self._control, self._curve[2]

    def point_at(self, t: float) -> QPointF:
        """The point a share ``t`` of the way along the (straight, bowed or looped) line."""
        if self._loop is not None:
            p0, p1, p2, p3 = self._loop
            u = 1.0 - t
            return p0 * u**3 + p1 * (3 * u * u * t) + p2 * (3 * u * t * t) + p3 * t**3
        return quad_point(*self._curve, t)

    def place_pill(self, centre: QPointF) -> None:
        self.pill = pill_rect(centre, self.text, self.pixels)

    def bounds(self) -> QRectF:
        margin = self.line_width + 6
        area = self.line.boundingRect().united(self.head.boundingRect()).united(self.pill)
        return area.adjusted(-margin, -margin, margin, margin)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(max(12.0, pen_width(self.weight) + 6))
        shape = stroker.createStroke(self.line)
        shape.addPolygon(self.head)
        shape.addRect(self.pill)
        return shape

    def paint(
        self, painter: QPainter, colour: QColor, s: st.GraphStyle, selected: bool = False
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if selected:
            glow = QColor(s.highlight)
            glow.setAlpha(120)
            halo = QPen(glow, pen_width(self.weight) + 7)
            halo.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(halo)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self.line)
        if self.emphasis == "highlighted":
            colour = s.highlight
        if self._pen_for is None or self._pen_for[0] != colour:
            pen = arrow_pen(self.weight, colour)
            pen.setWidthF(self.line_width)
            self._pen_for = (QColor(colour), pen)
        painter.setPen(self._pen_for[1])
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.line)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(self.head)
        if self.show_pill:
            edge = s.highlight if selected else colour
            paint_pill(painter, self.pill, self._static, edge, s, self.pixels)


def path_tooltip(path: Path, source_label: str, target_label: str) -> str:
    kind = (
        translate("PathItem", "trust transfer")
        if path.kind == "trust-transfer"
        else translate("PathItem", "causal path")
    )
    sd = (
        ""
        if path.sd is None
        else translate("PathItem", " (sd {sd})").format(sd=number_text(path.sd))
    )
    parts = [
        f"<b>{html.escape(source_label)} → {html.escape(target_label)}</b>",
        translate("PathItem", "{kind}, weight {weight}").format(
            kind=kind, weight=weight_text(path.weight)
        )
        + sd,
    ]
    for text in (path.description, path.note):
        if text:
            parts.append(html.escape(text))
    if path.references:
        refs = "<br>".join(html.escape(r) for r in path.references)
        parts.append(f"<i>References</i><br>{refs}")
    return "<p style='white-space:pre-wrap'>" + "<br>".join(parts) + "</p>"


class PathItem(QGraphicsItem):
    """One path of the document, drawn from its source's border to its target's border."""

    def __init__(self, path: Path, source, target, graph_style: st.GraphStyle) -> None:
        super().__init__()
        self.path_id = path.id
        self.source = source
        self.target = target
        self.kind = path.kind
        self.bend = 0.0
        self.arrow = WeightedArrow()
        self.router = None  # set by the mirror: detours around nodes, places the weight label
        self.samples = None  # points along the drawn line, for the router
        self._style = graph_style
        self._bounds = QRectF()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.zoom = 1.0  # of the view, to judge what a pixmap cache of this arrow would cost
        self.setZValue(0)
        self.sync(path)

    # ------------------------------------------------------------ from the document
    def sync(self, path: Path) -> None:
        """Show the path's current weight, kind and texts."""
        self.kind = path.kind
        self.arrow.set_weight(path.weight)
        self.setToolTip(path_tooltip(path, self.source.label, self.target.label))
        self.update_geometry()

    def set_ends(self, source, target) -> None:
        self.source, self.target = source, target
        self.update_geometry()

    def set_bend(self, bend: float) -> None:
        if bend != self.bend:
            self.bend = bend
            self.update_geometry()

    def set_style(self, graph_style: st.GraphStyle) -> None:
        self._style = graph_style
        self.update()

    def set_pill_detail(self, pixels: int, shown: bool) -> None:
        """The weight's font size, and whether it is drawn at all (too small to read)."""
        self.arrow.show_pill = shown
        if pixels != self.arrow.pixels:
            self.arrow.set_pixels(pixels)
        self.refresh_pill(place_label=False)

    def set_emphasis(self, emphasis: str) -> None:
        """Draw highlighted, dimmed (another path is highlighted) or as usual ("")."""
        if emphasis != self.arrow.emphasis:
            self.arrow.set_emphasis(emphasis)
            self.refresh_pill(place_label=False)

    @property
    def weight(self) -> float:
        return self.arrow.weight

    @property
    def pen(self) -> QPen:
        """The pen the line is drawn with."""
        return arrow_pen(self.arrow.weight, self._style.path_colour(self.kind))

    # ------------------------------------------------------------ geometry
    def update_geometry(self, place_label: bool = True) -> None:
        """Route between the ends' current positions: around nodes, label where it is clear."""
        self._lay_out(self.router, place_label)

    def follow_ends(self) -> None:
        """Cheaply follow an end being moved: a plain line, label in the middle.

        The mirror routes properly once the move reaches the document.
        """
        self._lay_out(None, place_label=False)

    @property
    def is_loop(self) -> bool:
        """Whether the path leads from a construct to itself."""
        return self.source is self.target

    def _lay_out(self, router, place_label: bool) -> None:
        if self.is_loop:  # no detour and no label search: the arc sits on its node
            self.arrow.route_loop(*loop_points(self.source))
            self.samples = None
            self.refresh_pill(place_label=False)
            return
        source_centre, target_centre = self.source.pos(), self.target.pos()
        bend = self.bend
        if not bend and router is not None:
            bend = router.detour(self, source_centre, target_centre)
        if bend:
            aim = bend_control(source_centre, target_centre, bend)
            start, tip = self.source.border_point(aim), self.target.border_point(aim)
        else:
            start = self.source.border_point(target_centre)
            tip = self.target.border_point(source_centre)
        self.arrow.route(start, tip, bend)
        self.samples = sample_curve(*self.arrow.curve) if router is not None else None
        self.refresh_pill(place_label)

    def refresh_pill(self, place_label: bool = True) -> None:
        """Move the weight label to where it covers the least (nodes, labels, lines)."""
        if self.router is not None and place_label and not self.is_loop:
            self.arrow.place_pill(self.router.pill_spot(self))
            self.router.label_moved(self)
        self.prepareGeometryChange()
        self._bounds = self.arrow.bounds()
        self.set_zoom(self.zoom)
        self.update()

    def set_zoom(self, zoom: float) -> None:
        """Cache the arrow as a pixmap when that pixmap would be small.

        Level bars repaint many times a second over the arrows, and blitting a cache is far
        cheaper than drawing; but caches of long arrows at high zoom would not fit in memory
        and be redrawn anyway.
        """
        self.zoom = zoom
        pixels = self._bounds.width() * self._bounds.height() * zoom * zoom
        mode = (
            QGraphicsItem.CacheMode.DeviceCoordinateCache
            if pixels <= CACHE_PIXELS
            else QGraphicsItem.CacheMode.NoCache
        )
        if mode != self.cacheMode():
            self.setCacheMode(mode)

    def touches(self, area: QRectF) -> bool:
        """Whether the drawn arrow (with its label) comes near ``area`` (scene coordinates)."""
        return self._bounds.intersects(area)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self.arrow.shape()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        colour = self._style.path_colour(self.kind)
        self.arrow.paint(painter, colour, self._style, self.isSelected())


__all__ = [
    "PathItem",
    "WeightedArrow",
    "arrow_pen",
    "pen_width",
    "weight_text",
]
