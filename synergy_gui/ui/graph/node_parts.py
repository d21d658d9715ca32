"""The small child items of a construct's node: its level bar, its difference badge and its
"+" connect handle."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from synergy_gui.ui.graph import style as st
from synergy_gui.ui.i18n import translate
from synergy_gui.ui.numbers import difference_text, number_text

if TYPE_CHECKING:
    from synergy_gui.ui.graph.construct_item import ConstructItem

_RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEGIBLE_PIXELS = 4.5  # below this on screen, drawing the level's digits is wasted work


class LevelBar(QGraphicsItem):
    """The level bar and its number: the only part that repaints while a simulation plays."""

    def __init__(self, parent: ConstructItem) -> None:
        super().__init__(parent)
        self.node = parent
        self._level = 0.0
        self._drawn = 0.0  # the level the bar was last painted at
        self._text = number_text(0.0, 2)
        self._role = st.current_style().role("organism")
        #: levels run -1..1 (FCM's bipolar range): the bar fills from its middle, to the
        #: left for a negative level
        self.bipolar = False
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_bipolar(self, bipolar: bool) -> None:
        if bipolar != self.bipolar:
            self.bipolar = bipolar
            self.update()

    def set_role_style(self, role_style: st.RoleStyle) -> None:
        self._role = role_style
        self.update()

    def set_level(self, level: float) -> None:
        text = number_text(level, 2)
        drawn, self._level = self._drawn, level
        if text != self._text or abs(level - drawn) * self._bar().width() >= 0.5:
            self._text, self._drawn = text, level
            self.update()  # otherwise nothing visible would change: skip the repaint

    @property
    def text(self) -> str:
        return self._text

    @property
    def level(self) -> float:
        return self._level

    def _bar(self) -> QRectF:
        metrics = self.node.metrics
        return metrics.compact_bar if self.node.compact else metrics.bar

    def boundingRect(self) -> QRectF:
        metrics = self.node.metrics
        return metrics.compact_bar.adjusted(-1, -1, 1, 1).united(metrics.bar_area)

    def filled(self, bar: QRectF) -> QRectF | None:
        """The part of ``bar`` the level fills (None: nothing), from the left end, or from
        the middle for bipolar levels."""
        if not self.bipolar:
            share = min(max(self._drawn, 0.0), 1.0)
            if share <= 0:
                return None
            return QRectF(bar.left(), bar.top(), max(bar.width() * share, 3.0), bar.height())
        share = min(max(self._drawn, -1.0), 1.0)
        if share == 0:
            return None
        width = max(abs(share) * bar.width() / 2, 3.0)
        left = bar.center().x() if share > 0 else bar.center().x() - width
        return QRectF(left, bar.top(), width, bar.height())

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        bar, rounding = self._bar(), self._bar().height() / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._role.track)
        painter.drawRoundedRect(bar, rounding, rounding)
        filled = self.filled(bar)
        if filled is not None:
            painter.setBrush(self._role.bar)
            painter.drawRoundedRect(filled, rounding, rounding)
        pixels = self.node.metrics.small_pixels
        if not self.node.compact and painter.worldTransform().m11() * pixels >= _LEGIBLE_PIXELS:
            painter.setPen(self._role.text)
            painter.setFont(st.font(pixels, QFont.Weight.DemiBold))
            painter.drawText(self.node.metrics.number, _RIGHT_MIDDLE, self._text)


class DifferenceBadge(QGraphicsItem):
    """A pill on the node's top edge: "+0.07", the level's difference from the reference
    scenario at the time cursor while scenarios are compared (hidden otherwise)."""

    POSITIVE = QColor("#009E73")  # Okabe–Ito bluish green
    NEGATIVE = QColor("#D55E00")  # Okabe–Ito vermillion
    NEUTRAL = QColor("#6E6E6E")

    def __init__(self, parent: ConstructItem) -> None:
        super().__init__(parent)
        self.node = parent
        self.text = ""
        self._colour = self.NEUTRAL
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(1)
        self.setVisible(False)

    def set_difference(self, difference: float | None) -> None:
        """Show ``difference`` signed to two decimals (None hides the badge)."""
        if difference is None:
            self.setVisible(False)
            self.text = ""
            return
        text = difference_text(difference, 2)
        if text.startswith("±"):
            colour = self.NEUTRAL
        else:
            colour = self.POSITIVE if difference > 0 else self.NEGATIVE
        if text != self.text or not self.isVisible():
            self.text, self._colour = text, colour
            self.setToolTip(
                translate(
                    "ConstructItem",
                    "{difference} against the reference scenario at the time cursor",
                ).format(difference=text)
            )
            self.setVisible(True)
            self.update()

    @property
    def rect(self) -> QRectF:
        return self.node.metrics.badge

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        rect = self.rect
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour)
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setPen(QColor("#FFFFFF"))
        painter.setFont(st.font(self.node.metrics.small_pixels + 1, QFont.Weight.Bold))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.text)


class ConnectHandle(QGraphicsItem):
    """The "+" knob on a node's right edge: drag it onto another construct to connect.

    It is drawn only while the pointer is over the node or the knob, but it is always there
    to be hit, and its hit area (:data:`HIT`) is larger than the knob drawn, so a press
    anywhere on or just beside the knob starts a connection.
    """

    RADIUS = 9.0
    HIT = 28.0  # side of the square that counts as the knob, in scene units, at 100 %
    HIT_PIXELS = 22.0  # ... and never less than this on screen (up to MAX_HIT units)
    MAX_HIT = 56.0  # beyond this the knob would cover too much of its own node

    def __init__(self, parent: ConstructItem) -> None:
        super().__init__(parent)
        self.setPos(parent.metrics.half_width, 0)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(
            translate(
                "ConstructItem",
                "Drag onto another construct to connect them (or Shift+drag the node)",
            )
        )
        self.setAcceptHoverEvents(True)
        self.setZValue(1)
        self._shown = False
        self.hovered = False
        self._fill = QColor()
        self._ring = QColor()
        self._side = self.HIT

    def set_zoom(self, zoom: float) -> None:
        """Keep the knob easy to hit when the view is zoomed out."""
        side = min(max(self.HIT, self.HIT_PIXELS / max(zoom, 1e-3)), self.MAX_HIT)
        if side != self._side:
            self.prepareGeometryChange()
            self._side = side

    def set_role_style(self, role_style: st.RoleStyle) -> None:
        self._fill, self._ring = QColor(role_style.border), QColor(role_style.fill)
        self.update()

    @property
    def shown(self) -> bool:
        """Whether the knob is drawn (the pointer is over its node)."""
        return self._shown or self.hovered

    def set_shown(self, on: bool) -> None:
        if on != self._shown:
            self._shown = on
            self.update()

    def boundingRect(self) -> QRectF:
        h = self._side / 2
        return QRectF(-h, -h, self._side, self._side)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.boundingRect())
        return path

    def hoverEnterEvent(self, event) -> None:
        self.hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self.hovered = False
        self.update()
        super().hoverLeaveEvent(event)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        if not self.shown:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self.RADIUS + (2.5 if self.hovered else 0.0)
        fill = QColor(st.HIGHLIGHT) if self.hovered else self._fill
        painter.setPen(QPen(self._ring, 2))
        painter.setBrush(QBrush(fill))
        painter.drawEllipse(QPointF(0, 0), r, r)
        arm = r * 0.5  # a plus sign: "drag out a new path from here"
        painter.setPen(QPen(QColor("#ffffff") if self.hovered else self._ring, 2.0))
        painter.drawLine(QPointF(-arm, 0), QPointF(arm, 0))
        painter.drawLine(QPointF(0, -arm), QPointF(0, arm))


__all__ = ["ConnectHandle", "DifferenceBadge", "LevelBar"]
