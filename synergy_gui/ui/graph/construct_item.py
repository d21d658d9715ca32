"""The diagram's node for one construct: a rounded box coloured by role, with a level bar.

The item draws what the document says (label, role, position); the only state of its own is
the simulated level at the time cursor, which :meth:`ConstructItem.set_level` changes by
repainting the small level bar alone.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from synergy_gui.model import Construct
from synergy_gui.ui.graph import style as st
from synergy_gui.ui.graph.construct_tooltip import tooltip_html
from synergy_gui.ui.graph.geometry import rounded_rect_exit
from synergy_gui.ui.graph.node_label import compact_label, fit_label
from synergy_gui.ui.graph.node_parts import ConnectHandle, DifferenceBadge, LevelBar
from synergy_gui.ui.graph.spread import IDENTITY, Spread


class ConstructItem(QGraphicsItem):
    """One construct of the document on the diagram; its position is the node's centre."""

    def __init__(
        self,
        construct: Construct,
        graph_style: st.GraphStyle,
        metrics: st.NodeMetrics | None = None,
        spread: Spread = IDENTITY,
    ) -> None:
        super().__init__()
        self.construct_id = construct.id
        self.metrics = metrics or st.node_metrics()
        self.spread: Spread = spread  # how the model's position is drawn (presenting)
        #: the label's font size while the node is drawn compact (None: drawn in full)
        self.compact_pixels: int | None = None
        self.attached: set = set()  # paths and junctions to re-route when this node moves
        self._style = graph_style
        self._role = graph_style.role(construct.role)
        self._font: QFont | None = None
        self._lines: list[str] = []
        self._has_level = False
        self._drop_target = False
        self.level_bar = LevelBar(self)
        self.difference_badge = DifferenceBadge(self)
        self.handle = ConnectHandle(self)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(2)
        self.sync(construct)

    # ------------------------------------------------------------ from the document
    def sync(self, construct: Construct) -> None:
        """Show the construct's current label, role, texts and position."""
        self.role = construct.role
        self.label = construct.label
        self._role = self._style.role(construct.role)
        self._relabel()
        self.level_bar.set_role_style(self._role)
        self.handle.set_role_style(self._role)
        self.show_initial(construct.initial)
        self.setToolTip(tooltip_html(construct))
        self.setPos(self.spread.point(*construct.position))
        self.placed = self.pos()  # where the document puts it (a drag moves it before that)
        self.update()

    @property
    def compact(self) -> bool:
        return self.compact_pixels is not None

    def set_metrics(self, metrics: st.NodeMetrics) -> None:
        """Take the node sizes of a new text scale."""
        if metrics is self.metrics:
            return
        self.prepareGeometryChange()
        for part in (self.level_bar, self.difference_badge):
            part.prepareGeometryChange()
        self.metrics = metrics
        self.handle.setPos(metrics.half_width, 0)
        self._relabel()

    def set_compact(self, pixels: int | None) -> None:
        """Draw a shortened label in a ``pixels`` font and no number (None: in full)."""
        if pixels != self.compact_pixels:
            self.level_bar.prepareGeometryChange()
            self.compact_pixels = pixels
            self._relabel()

    def _relabel(self) -> None:
        metrics = self.metrics
        full = fit_label(self.label, metrics.label_area.width(), 2, metrics.label_pixels)
        self.full_label_pixels = full[0].pixelSize()  # drawn in full, the label is this big
        if self.compact_pixels is None:
            self._font, self._lines = full
        else:
            area = metrics.compact_label_area
            self._font = st.font(self.compact_pixels, QFont.Weight.DemiBold)
            rows = max(int(area.height() // QFontMetricsF(self._font).lineSpacing()), 1)
            self._lines = compact_label(self.label, self._font, area.width(), rows)
        self.level_bar.update()
        self.update()

    def set_style(self, graph_style: st.GraphStyle, construct: Construct) -> None:
        self._style = graph_style
        self.sync(construct)

    def show_initial(self, initial: float) -> None:
        """Before any simulation result arrives, the bar shows the starting level."""
        if not self._has_level:
            self.level_bar.set_level(initial)

    def set_drop_target(self, on: bool) -> None:
        """Outline the node while a connection being dragged would land on it."""
        if on != self._drop_target:
            self._drop_target = on
            self.update()

    # ------------------------------------------------------------ simulation level
    def set_level(self, level: float) -> None:
        """Show the simulated level (0..1) at the time cursor; repaints only the bar."""
        self._has_level = True
        self.level_bar.set_level(level)

    def set_difference(self, difference: float | None) -> None:
        """Show the difference from the reference scenario (None: hide it)."""
        self.difference_badge.set_difference(difference)

    @property
    def level_text(self) -> str:
        return self.level_bar.text

    @property
    def label_font(self) -> QFont:
        """The font the label is measured and drawn with."""
        return QFont(self._font)

    @property
    def lines(self) -> list[str]:
        """The label as drawn, line by line."""
        return list(self._lines)

    @property
    def role_style(self) -> st.RoleStyle:
        return self._role

    # ------------------------------------------------------------ geometry
    @property
    def half_width(self) -> float:
        return self.metrics.half_width

    @property
    def half_height(self) -> float:
        return self.metrics.half_height

    def border_point(self, toward: QPointF) -> QPointF:
        """Where a line from the centre toward ``toward`` crosses the node's border."""
        m = self.metrics
        return rounded_rect_exit(self.pos(), m.half_width, m.half_height, m.radius, toward)

    @staticmethod
    def label_rect() -> QRectF:
        """The label's area on a node at the designed text size."""
        return QRectF(st.node_metrics().label_area)

    @property
    def label_area(self) -> QRectF:
        """The label's area on this node, as drawn now."""
        m = self.metrics
        return QRectF(m.compact_label_area if self.compact else m.label_area)

    def boundingRect(self) -> QRectF:
        return self.metrics.body_area

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self.metrics.body, self.metrics.radius, self.metrics.radius)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        role, body, r = self._role, self.metrics.body, self.metrics.radius
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(role.border, 2.2))
        painter.setBrush(role.fill)
        painter.drawRoundedRect(body, r, r)
        if self.isSelected() or self._drop_target:
            outline = QPen(self._style.highlight, 3.0)
            if self._drop_target:
                outline.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(outline)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(body.adjusted(-3.5, -3.5, 3.5, 3.5), r + 3, r + 3)
        self._paint_label(painter)

    def _paint_label(self, painter: QPainter) -> None:
        painter.setFont(self._font)
        painter.setPen(self._role.text)
        metrics = QFontMetricsF(self._font)
        area = self.label_area
        height = metrics.lineSpacing() * len(self._lines)
        top = area.center().y() - height / 2
        for number, line in enumerate(self._lines):
            row = QRectF(
                area.left(),
                top + number * metrics.lineSpacing(),
                area.width(),
                metrics.lineSpacing(),
            )
            painter.drawText(row, Qt.AlignmentFlag.AlignCenter, line)

    # ------------------------------------------------------------ Qt overrides
    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for edge in list(self.attached):
                edge.follow_ends()
        return super().itemChange(change, value)

    def hoverEnterEvent(self, event) -> None:
        self.handle.set_shown(True)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self.handle.set_shown(False)
        super().hoverLeaveEvent(event)


__all__ = ["ConstructItem"]
