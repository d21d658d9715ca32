"""The diagram's node for one construct: a rounded box coloured by role, with a level bar.

The item draws what the document says (label, role, position); the only state of its own is
the simulated level at the time cursor, which :meth:`ConstructItem.set_level` changes by
repainting the small level bar alone.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QStyleOptionGraphicsItem,
)

from synergy_gui.model import Construct
from synergy_gui.ui.graph import style as st
from synergy_gui.ui.graph.geometry import rounded_rect_exit

_W, _H, _R = st.NODE_WIDTH, st.NODE_HEIGHT, st.NODE_RADIUS
_BODY = QRectF(-_W / 2, -_H / 2, _W, _H)
_LABEL_AREA = QRectF(-_W / 2 + 8, -_H / 2 + 5, _W - 16, _H - 26)
_BAR = QRectF(-_W / 2 + 12, _H / 2 - 15, _W - 66, 7)
_NUMBER = QRectF(_W / 2 - 50, _H / 2 - 20, 42, 16)
_BAR_AREA = _BAR.united(_NUMBER).adjusted(-1, -1, 1, 1)
_BODY_AREA = QRectF(-_W / 2 - 5, -_H / 2 - 5, _W + 10, _H + 10)
_LABEL_SIZES = (st.LABEL_PIXELS, st.LABEL_PIXELS - 2, st.LABEL_PIXELS - 3)
_RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEGIBLE_PIXELS = 4.5  # below this on screen, drawing the level's digits is wasted work


def label_fonts() -> list[QFont]:
    """The label's fonts, largest first (made on use: the application's font may change)."""
    return [st.font(size, QFont.Weight.DemiBold) for size in _LABEL_SIZES]


def wrap_lines(text: str, font: QFont, width: float, anywhere: bool = False) -> list[str]:
    """``text`` broken into lines of at most ``width``, at word boundaries.

    A word wider than ``width`` overflows its line unless ``anywhere`` allows breaking it.
    """
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(
        QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        if anywhere
        else QTextOption.WrapMode.WordWrap
    )
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    return lines


def _fits(lines: list[str], font: QFont, width: float, max_lines: int) -> bool:
    metrics = QFontMetricsF(font)
    return len(lines) <= max_lines and all(metrics.horizontalAdvance(x) <= width for x in lines)


def fit_label(text: str, width: float, max_lines: int = 2) -> tuple[QFont, list[str]]:
    """The font and lines that show ``text`` in at most ``max_lines`` lines.

    Words stay whole if some font size allows; only then are words broken, and what still
    does not fit is elided.
    """
    fonts = label_fonts()
    for font in fonts:
        lines = wrap_lines(text, font, width)
        if _fits(lines, font, width, max_lines):
            return font, lines
    font = fonts[-1]
    lines = wrap_lines(text, font, width, anywhere=True)
    rest = " ".join(lines[max_lines - 1 :])
    elided = QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return font, [*lines[: max_lines - 1], elided]


def tooltip_html(construct: Construct) -> str:
    parts = [f"<b>{html.escape(construct.label)}</b> — {construct.role}"]
    if construct.description:
        parts.append(html.escape(construct.description))
    if construct.references:
        refs = "<br>".join(html.escape(r) for r in construct.references)
        parts.append(f"<i>References</i><br>{refs}")
    return "<p style='white-space:pre-wrap'>" + "<br><br>".join(parts) + "</p>"


class LevelBar(QGraphicsItem):
    """The level bar and its number: the only part that repaints while a simulation plays."""

    def __init__(self, parent: ConstructItem) -> None:
        super().__init__(parent)
        self._level = 0.0
        self._drawn = 0.0  # the level the bar was last painted at
        self._text = "0.00"
        self._role = st.current_style().role("organism")
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_role_style(self, role_style: st.RoleStyle) -> None:
        self._role = role_style
        self.update()

    def set_level(self, level: float) -> None:
        text = f"{level:.2f}"
        drawn, self._level = self._drawn, level
        if text != self._text or abs(level - drawn) * _BAR.width() >= 0.5:
            self._text, self._drawn = text, level
            self.update()  # otherwise nothing visible would change: skip the repaint

    @property
    def text(self) -> str:
        return self._text

    @property
    def level(self) -> float:
        return self._level

    def boundingRect(self) -> QRectF:
        return _BAR_AREA

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._role.track)
        painter.drawRoundedRect(_BAR, 3.5, 3.5)
        share = min(max(self._drawn, 0.0), 1.0)
        if share > 0:
            filled = QRectF(_BAR.left(), _BAR.top(), max(_BAR.width() * share, 3.0), _BAR.height())
            painter.setBrush(self._role.bar)
            painter.drawRoundedRect(filled, 3.5, 3.5)
        if painter.worldTransform().m11() * st.SMALL_PIXELS >= _LEGIBLE_PIXELS:
            painter.setPen(self._role.text)
            painter.setFont(st.font(st.SMALL_PIXELS, QFont.Weight.DemiBold))
            painter.drawText(_NUMBER, _RIGHT_MIDDLE, self._text)


class DifferenceBadge(QGraphicsItem):
    """A pill on the node's top edge: "+0.07", the level's difference from the reference
    scenario at the time cursor while scenarios are compared (hidden otherwise)."""

    RECT = QRectF(_W / 2 - 64, -_H / 2 - 13, 58, 22)
    POSITIVE = QColor("#009E73")  # Okabe–Ito bluish green
    NEGATIVE = QColor("#D55E00")  # Okabe–Ito vermillion
    NEUTRAL = QColor("#6E6E6E")

    def __init__(self, parent: ConstructItem) -> None:
        super().__init__(parent)
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
        text = f"{difference:+.2f}".replace("-", "−")
        if text in ("+0.00", "−0.00"):
            text, colour = "±0.00", self.NEUTRAL
        else:
            colour = self.POSITIVE if difference > 0 else self.NEGATIVE
        if text != self.text or not self.isVisible():
            self.text, self._colour = text, colour
            self.setToolTip(f"{text} against the reference scenario at the time cursor")
            self.setVisible(True)
            self.update()

    def boundingRect(self) -> QRectF:
        return self.RECT.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour)
        painter.drawRoundedRect(self.RECT, 11.0, 11.0)
        painter.setPen(QColor("#FFFFFF"))
        painter.setFont(st.font(st.SMALL_PIXELS + 1, QFont.Weight.Bold))
        painter.drawText(self.RECT, Qt.AlignmentFlag.AlignCenter, self.text)


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
        self.setPos(_W / 2, 0)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip("Drag onto another construct to connect them (or Shift+drag the node)")
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


class ConstructItem(QGraphicsItem):
    """One construct of the document on the diagram; its position is the node's centre."""

    def __init__(self, construct: Construct, graph_style: st.GraphStyle) -> None:
        super().__init__()
        self.construct_id = construct.id
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
        self._font, self._lines = fit_label(construct.label, _LABEL_AREA.width())
        self.level_bar.set_role_style(self._role)
        self.handle.set_role_style(self._role)
        self.show_initial(construct.initial)
        self.setToolTip(tooltip_html(construct))
        self.setPos(QPointF(*construct.position))
        self.placed = self.pos()  # where the document puts it (a drag moves it before that)
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
    half_width = _W / 2
    half_height = _H / 2

    def border_point(self, toward: QPointF) -> QPointF:
        """Where a line from the centre toward ``toward`` crosses the node's border."""
        return rounded_rect_exit(self.pos(), _W / 2, _H / 2, _R, toward)

    @staticmethod
    def label_rect() -> QRectF:
        return QRectF(_LABEL_AREA)

    def boundingRect(self) -> QRectF:
        return _BODY_AREA

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(_BODY, _R, _R)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        role = self._role
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(role.border, 2.2))
        painter.setBrush(role.fill)
        painter.drawRoundedRect(_BODY, _R, _R)
        if self.isSelected() or self._drop_target:
            outline = QPen(self._style.highlight, 3.0)
            if self._drop_target:
                outline.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(outline)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(_BODY.adjusted(-3.5, -3.5, 3.5, 3.5), _R + 3, _R + 3)
        self._paint_label(painter)

    def _paint_label(self, painter: QPainter) -> None:
        painter.setFont(self._font)
        painter.setPen(self._role.text)
        metrics = QFontMetricsF(self._font)
        height = metrics.lineSpacing() * len(self._lines)
        top = _LABEL_AREA.center().y() - height / 2
        for number, line in enumerate(self._lines):
            row = QRectF(
                _LABEL_AREA.left(),
                top + number * metrics.lineSpacing(),
                _LABEL_AREA.width(),
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


__all__ = ["ConnectHandle", "ConstructItem", "LevelBar", "fit_label", "wrap_lines"]
