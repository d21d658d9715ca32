"""The diagram's synergy junction: a small circle with ×, fed by its members, acting on a target.

Thin lines run from each member into the circle and a weighted arrow runs from it to the
target. Without a stored position the junction sits between its members and its target and
follows them when they move.
"""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from synergy_gui.model import Junction
from synergy_gui.ui.graph import style as st
from synergy_gui.ui.graph.geometry import circle_exit, unit
from synergy_gui.ui.graph.layout import between
from synergy_gui.ui.graph.path_item import WeightedArrow
from synergy_gui.ui.graph.spread import IDENTITY, Spread
from synergy_gui.ui.i18n import translate
from synergy_gui.ui.numbers import signed_number

_R = st.JUNCTION_RADIUS


def default_position(members: list, target) -> QPointF:
    """Between the members' centre and the target."""
    place = between(
        [(m.pos().x(), m.pos().y()) for m in members], (target.pos().x(), target.pos().y())
    )
    return QPointF(*place)


def junction_tooltip(junction: Junction, member_labels: list[str], target_label: str) -> str:
    title = html.escape(junction.label or " × ".join(member_labels))
    parts = [
        "<b>{}</b>".format(translate("JunctionItem", "Synergy: {title}").format(title=title)),
        translate("JunctionItem", "acts on {target} with weight {weight}").format(
            target=html.escape(target_label), weight=signed_number(junction.weight, 2)
        ),
    ]
    if junction.description:
        parts.append(html.escape(junction.description))
    if junction.references:
        parts.append(
            "<i>References</i><br>" + "<br>".join(html.escape(r) for r in junction.references)
        )
    return "<p style='white-space:pre-wrap'>" + "<br>".join(parts) + "</p>"


class JunctionLinks(QGraphicsItem):
    """The member lines and the output arrow, drawn behind the junction's circle."""

    def __init__(self, parent: JunctionItem) -> None:
        super().__init__(parent)
        self.junction = parent
        self.arrow = WeightedArrow()
        self.member_lines: list[QLineF] = []
        self._bounds = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def update_geometry(self) -> None:
        j = self.junction
        centre = j.pos()
        lines = []
        for member in j.members:
            start = j.mapFromScene(member.border_point(centre))
            end = j.mapFromScene(circle_exit(centre, _R + 1, member.pos()))
            lines.append(QLineF(start, end))
        target = j.target.pos()
        start = j.mapFromScene(circle_exit(centre, _R + 1, target))
        tip = j.mapFromScene(j.target.border_point(centre))
        self.arrow.set_weight(j.weight)
        self.arrow.route(start, tip, pill_at=self._pill_place(start, tip))
        self.prepareGeometryChange()
        self.member_lines = lines
        bounds = self.arrow.bounds()
        for line in lines:
            bounds = bounds.united(QRectF(line.p1(), line.p2()).normalized().adjusted(-3, -3, 3, 3))
        self._bounds = bounds
        self.update()

    def _pill_place(self, start: QPointF, tip: QPointF) -> QPointF:
        """Mid-arrow when there is room, else just past the circle along the arrow."""
        length = math.hypot(tip.x() - start.x(), tip.y() - start.y())
        width = self.arrow.pill.width() or 46.0
        if length >= width + 46:
            return (start + tip) / 2
        dx, dy = unit(tip.x() - start.x(), tip.y() - start.y())
        return QPointF(start.x() + dx * (width / 2 + 2), start.y() + dy * (width / 2 + 2))

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        s = self.junction.graph_style
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        highlighted = self.arrow.emphasis == "highlighted"
        member = s.highlight if highlighted else s.member_line
        painter.setPen(QPen(member, 3.0 if highlighted else 1.6))
        for line in self.member_lines:
            painter.drawLine(line)
        self.arrow.paint(painter, s.causal, s, self.junction.isSelected())


class JunctionItem(QGraphicsItem):
    """One synergy junction of the document."""

    def __init__(
        self,
        junction: Junction,
        members: list,
        target,
        graph_style: st.GraphStyle,
        spread: Spread = IDENTITY,
    ):
        super().__init__()
        self.junction_id = junction.id
        self.spread = spread  # how the model's position is drawn (presenting)
        self.members = list(members)
        self.target = target
        self.graph_style = graph_style
        self.weight = junction.weight
        self.auto_position = junction.position is None
        self.held = False  # being dragged: do not snap back to the automatic place
        self.links = JunctionLinks(self)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(1.5)
        self.sync(junction)

    def sync(self, junction: Junction) -> None:
        """Show the junction's current weight, texts and position."""
        self.weight = junction.weight
        self.auto_position = junction.position is None
        self.setToolTip(
            junction_tooltip(junction, [m.label for m in self.members], self.target.label)
        )
        if junction.position is not None:
            self.setPos(self.spread.point(*junction.position))
        self.update_geometry()

    def set_ends(self, members: list, target) -> None:
        self.members, self.target = list(members), target
        self.update_geometry()

    def set_style(self, graph_style: st.GraphStyle) -> None:
        self.graph_style = graph_style
        self.update()
        self.links.update()

    def set_pill_detail(self, pixels: int, shown: bool) -> None:
        """The weight's font size, and whether it is drawn at all (too small to read)."""
        self.arrow.show_pill = shown
        self.arrow.set_pixels(pixels)
        self.links.update_geometry()

    def set_emphasis(self, emphasis: str) -> None:
        """Draw highlighted, dimmed (another is highlighted) or as usual ("")."""
        if emphasis != self.arrow.emphasis:
            self.arrow.set_emphasis(emphasis)
            self.links.update_geometry()
            self.update()

    def update_geometry(self) -> None:
        """Follow the members and target (when auto-placed) and re-route the links."""
        if self.auto_position and not self.held:
            place = default_position(self.members, self.target)
            if place != self.pos():
                self.setPos(place)  # itemChange re-routes the links
                return
        self.links.update_geometry()

    def follow_ends(self) -> None:
        """A member or the target is being moved: follow it (this is cheap for a junction)."""
        self.update_geometry()

    @property
    def arrow(self) -> WeightedArrow:
        return self.links.arrow

    def boundingRect(self) -> QRectF:
        return QRectF(-_R - 5, -_R - 5, 2 * _R + 10, 2 * _R + 10)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), _R + 2, _R + 2)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        s = self.graph_style
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ring = s.highlight if self.arrow.emphasis == "highlighted" else s.causal
        if self.isSelected():
            painter.setPen(QPen(s.highlight, 3))
            painter.drawEllipse(QPointF(0, 0), _R + 3.5, _R + 3.5)
        painter.setPen(QPen(ring, 2))
        painter.setBrush(s.pill)
        painter.drawEllipse(QPointF(0, 0), _R, _R)
        arm = _R * 0.5
        painter.setPen(QPen(ring, 2.4))
        painter.drawLine(QPointF(-arm, -arm), QPointF(arm, arm))
        painter.drawLine(QPointF(-arm, arm), QPointF(arm, -arm))

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self.links.update_geometry()
        return super().itemChange(change, value)


__all__ = ["JunctionItem", "default_position"]
