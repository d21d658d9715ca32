"""The importance–performance map (IPMA), painted with QPainter from plain data.

x is performance (the driver's level, 0 to 1), y importance (its total effect on the outcome).
Dashed lines at the means split the map into quadrants; the top-left one (important, but
performing below the others) is shaded and named: it is where a manager acts first.
Stimuli are drawn as circles, mediators as diamonds, so the marks differ without colour.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QToolTip, QWidget

from synergy_gui.engine.drivers import Driver, Ipma
from synergy_gui.ui.i18n import translate
from synergy_gui.ui.numbers import number_text, signed_number
from synergy_gui.ui.plain import plain_tip
from synergy_gui.ui.theme import OKABE_ITO
from synergy_gui.ui.vocabulary import driver_kind

#: Pixel sizes of the text at text scale 1 (legible projected on a 1366-wide screen).
LABEL_PX = 13
TITLE_PX = 14
PRIORITY = QColor(OKABE_ITO["highlight"])
MARKS = {"stimulus": QColor(OKABE_ITO["stimulus"]), "mediator": QColor(OKABE_ITO["response"])}
OTHER_MARK = QColor(OKABE_ITO["purple"])  # a clamped or held construct
QUADRANT_NOTE = QT_TRANSLATE_NOOP("IpmaChart", "Important, underperforming: act here")


@dataclass
class _Point:
    driver: Driver
    centre: QPointF
    label_rect: QRectF


class IpmaChart(QWidget):
    """Paints an :class:`Ipma`; ``position_of(id)`` gives where a driver's point is drawn."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ipma: Ipma | None = None
        self.outcome_label = ""
        self.note = translate("IpmaChart", "No drivers to show yet.")
        self.text_scale = 1.0
        self._points: list[_Point] = []
        self._plot = QRectF()
        self._x_range = (0.0, 1.0)
        self._y_range = (0.0, 1.0)
        self.setMouseTracking(True)
        self.setMinimumSize(240, 220)

    def sizeHint(self) -> QSize:
        return QSize(420, 340)

    # ------------------------------------------------------------------ public
    def set_ipma(self, ipma: Ipma | None, outcome_label: str, note: str = "") -> None:
        """Show ``ipma`` (None or no drivers: show ``note`` instead)."""
        self.ipma, self.outcome_label = ipma, outcome_label
        self.note = note if ipma is None or not ipma.drivers else ""
        self._relayout()

    def set_text_scale(self, scale: float) -> None:
        if scale != self.text_scale:
            self.text_scale = scale
            self._relayout()

    def position_of(self, construct_id: str) -> QPointF | None:
        """The centre of a driver's point in widget coordinates (None: not drawn)."""
        point = next((p for p in self._points if p.driver.construct_id == construct_id), None)
        return None if point is None else QPointF(point.centre)

    def quadrant_rect(self) -> QRectF:
        """The shaded quadrant: performance below the mean, importance at or above it."""
        if self.ipma is None or self._plot.isEmpty():
            return QRectF()
        right = self._x(self.ipma.mean_performance)
        bottom = self._y(self.ipma.mean_importance)
        return QRectF(QPointF(self._plot.left(), self._plot.top()), QPointF(right, bottom))

    # ------------------------------------------------------------------ layout
    def _fonts(self) -> tuple[QFont, QFont]:
        label, title = QFont(self.font()), QFont(self.font())
        label.setPixelSize(max(9, round(LABEL_PX * self.text_scale)))
        title.setPixelSize(max(10, round(TITLE_PX * self.text_scale)))
        title.setBold(True)
        return label, title

    def _relayout(self) -> None:
        self._points = []
        if self.ipma is None or not self.ipma.drivers:
            self.update()
            return
        label_font = self._fonts()[0]
        metrics = QFontMetricsF(label_font)
        line = metrics.height()
        left = line * 1.3 + metrics.horizontalAdvance("-0.00") + 6
        self._plot = QRectF(left, line * 0.6, self.width() - left - line * 0.6, 0)
        self._plot.setBottom(self.height() - line * 3.6)  # room for the axis title, legend
        self._x_range = _level_range([d.performance for d in self.ipma.drivers])
        totals = [d.total for d in self.ipma.drivers]
        self._y_range = _range(totals, min(0.0, *totals), max(totals))
        self._points = [
            _Point(d, QPointF(self._x(d.performance), self._y(d.total)), QRectF())
            for d in self.ipma.drivers  # the most important first: they get labels first
        ]
        taken: list[QRectF] = [self._note_rect()]
        for point in self._points:
            point.label_rect = self._label_rect(metrics, point.driver.label, point.centre, taken)
            if not point.label_rect.isEmpty():
                taken.append(point.label_rect)
        self.update()

    def _label_rect(
        self, metrics: QFontMetricsF, text: str, centre: QPointF, taken: list[QRectF]
    ) -> QRectF:
        """Beside the point where it overlaps no earlier label or mark and stays inside the
        plot: right, left, then above or below; else the first place, to be drawn as its rank."""
        width, height = metrics.horizontalAdvance(text) + 2, metrics.height()
        x, y = centre.x(), centre.y()
        places = [
            QRectF(x + 8, y - height / 2, width, height),
            QRectF(x - 8 - width, y - height / 2, width, height),
            QRectF(x - width / 2, y - 7 - height, width, height),
            QRectF(x - width / 2, y + 7, width, height),
            QRectF(x + 6, y - 4 - height, width, height),
            QRectF(x + 6, y + 4, width, height),
        ]
        marks = [QRectF(p.centre.x() - 7, p.centre.y() - 7, 14, 14) for p in self._points]
        bounds = self._plot.adjusted(1, 1, -1, -1)
        for place in places:
            inside = bounds.contains(place)
            if inside and not any(place.intersects(r) for r in [*taken, *marks]):
                return place
        return QRectF()  # no room: the rank number stands in (the table lists the ranks)

    def _x(self, value: float) -> float:
        low, high = self._x_range
        return self._plot.left() + (value - low) / (high - low) * self._plot.width()

    def _y(self, value: float) -> float:
        low, high = self._y_range
        return self._plot.bottom() - (value - low) / (high - low) * self._plot.height()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout()

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        label_font, title_font = self._fonts()
        if self.note or self.ipma is None:
            painter.setPen(text)
            painter.setFont(label_font)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(QRectF(self.rect()).adjusted(8, 8, -8, -8), flags, self.note)
            return
        self._paint_quadrant(painter, title_font)
        self._paint_axes(painter, text, label_font)
        self._paint_means(painter, text)
        self._paint_points(painter, text, label_font)
        self._paint_legend(painter, text, label_font)
        painter.end()

    def _paint_quadrant(self, painter: QPainter, font: QFont) -> None:
        shade = QColor(PRIORITY)
        shade.setAlpha(38)
        area = self.quadrant_rect()
        painter.fillRect(area, shade)
        painter.setPen(PRIORITY.darker(115))
        painter.setFont(font)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(self._note_rect(), flags, translate("IpmaChart", QUADRANT_NOTE))

    def _note_rect(self) -> QRectF:
        """Where the quadrant's name goes: its top-left corner, wrapped to its width."""
        font = self._fonts()[1]
        metrics = QFontMetricsF(font)
        area = self.quadrant_rect()
        width = max(area.width() - 6, metrics.horizontalAdvance("underperforming:") + 4)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        box = metrics.boundingRect(
            QRectF(0, 0, width, 1000), flags, translate("IpmaChart", QUADRANT_NOTE)
        )
        return QRectF(self._plot.left() + 4, self._plot.top() + 2, width, box.height())

    def _paint_axes(self, painter: QPainter, text: QColor, font: QFont) -> None:
        plot, line = self._plot, QFontMetricsF(font).height()
        grid = QColor(text)
        grid.setAlpha(110)
        painter.setPen(QPen(grid, 1))
        painter.drawRect(plot)
        painter.setFont(font)
        painter.setPen(text)
        centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        low, high = self._x_range
        for value in _ticks(low, high):
            x = self._x(value)
            painter.drawText(QRectF(x - 30, plot.bottom() + 2, 60, line), centre, f"{value:g}")
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + line, plot.width(), line),
            centre,
            translate("IpmaChart", "Performance: level now"),
        )
        painter.save()
        painter.translate(2, plot.center().y())
        painter.rotate(-90)
        title = translate("IpmaChart", "Importance: effect on {outcome}").format(
            outcome=self.outcome_label
        )
        elided = QFontMetricsF(font).elidedText(title, Qt.TextElideMode.ElideRight, plot.height())
        painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), line), centre, elided)
        painter.restore()
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        totals = [d.total for d in self.ipma.drivers]
        for value in sorted({0.0, round(max(totals), 2), round(min(totals), 2)}):
            y = self._y(value)
            box = QRectF(line * 1.1, y - line / 2, plot.left() - line * 1.1 - 4, line)
            painter.drawText(box, right, number_text(value, 2))

    def _paint_means(self, painter: QPainter, text: QColor) -> None:
        pen = QPen(text, 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        x, y = self._x(self.ipma.mean_performance), self._y(self.ipma.mean_importance)
        painter.drawLine(QPointF(x, self._plot.top()), QPointF(x, self._plot.bottom()))
        painter.drawLine(QPointF(self._plot.left(), y), QPointF(self._plot.right(), y))

    def _paint_points(self, painter: QPainter, text: QColor, font: QFont) -> None:
        painter.setFont(font)
        radius = max(4.5, 5.5 * self.text_scale)
        for point in self._points:
            priority = self.ipma.is_priority(point.driver)
            _mark(painter, point.driver.kind, point.centre, radius, priority)
            painter.setPen(PRIORITY.darker(130) if priority else text)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            if point.label_rect.isEmpty():
                rank = self.ipma.drivers.index(point.driver) + 1
                spot = QRectF(point.centre.x() + radius + 1, point.centre.y() - 16, 30, 16)
                painter.drawText(spot, flags, str(rank))
            else:
                painter.drawText(point.label_rect, flags, point.driver.label)

    def _paint_legend(self, painter: QPainter, text: QColor, font: QFont) -> None:
        line = QFontMetricsF(font).height()
        y = self.height() - line * 0.75
        x = self._plot.left()
        painter.setFont(font)
        for kind, name in (("stimulus", "stimulus"), ("mediator", "mediator")):
            _mark(painter, kind, QPointF(x + 5, y), 5, False)
            painter.setPen(text)
            box = QRectF(x + 14, y - line / 2, 200, line)
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, name)
            x += 14 + QFontMetricsF(font).horizontalAdvance(name) + 16

    # ------------------------------------------------------------------ mouse
    def mouseMoveEvent(self, event) -> None:
        spot = event.position()
        near = next((p for p in self._points if _distance(p.centre, spot) <= 9), None)
        if near is None:
            QToolTip.hideText()
            return
        driver = near.driver
        tip = translate(
            "IpmaChart",
            "{driver} ({kind})\nimportance {importance}: raising it by {step} moves {outcome} "
            "by about {change}\nperformance {performance}",
        ).format(
            driver=driver.label,
            kind=driver_kind(driver.kind),
            importance=signed_number(driver.total),
            step=number_text(0.1),
            outcome=self.outcome_label,
            change=signed_number(driver.total * 0.1),
            performance=number_text(driver.performance),
        )
        QToolTip.showText(event.globalPosition().toPoint(), plain_tip(tip), self)


def _mark(painter: QPainter, kind: str, centre: QPointF, radius: float, priority: bool) -> None:
    colour = MARKS.get(kind, OTHER_MARK)
    painter.setPen(QPen(PRIORITY if priority else colour.darker(140), 2.2 if priority else 1))
    painter.setBrush(colour)
    if kind == "stimulus":
        painter.drawEllipse(centre, radius, radius)
        return
    r = radius * 1.25
    diamond = QPolygonF(
        [
            QPointF(centre.x(), centre.y() - r),
            QPointF(centre.x() + r, centre.y()),
            QPointF(centre.x(), centre.y() + r),
            QPointF(centre.x() - r, centre.y()),
        ]
    )
    painter.drawPolygon(diamond)


def _range(values: list[float], low: float, high: float) -> tuple[float, float]:
    """[low, high] widened to hold every value, with a margin so no mark sits on the frame."""
    low, high = min(low, *values), max(high, *values)
    if high - low < 1e-9:
        high = low + 1.0
    margin = (high - low) * 0.06
    return low - margin, high + margin


def _level_range(values: list[float]) -> tuple[float, float]:
    """The levels shown: the drivers' own, padded to whole tenths (at least 0.3 wide)."""
    low = max(0.0, math.floor((min(values) - 0.05) * 10) / 10)
    high = min(1.0, math.ceil((max(values) + 0.05) * 10) / 10)
    while high - low < 0.3 - 1e-9:
        low, high = max(0.0, low - 0.1), min(1.0, high + 0.1)
    return (low, high) if high > low else (0.0, 1.0)


def _ticks(low: float, high: float) -> list[float]:
    step = 0.1 if high - low <= 0.6 else 0.25
    first = math.ceil(low / step - 1e-9)
    return [round(k * step, 2) for k in range(first, int(high / step + 1e-9) + 1)]


def _distance(a: QPointF, b: QPointF) -> float:
    return ((a.x() - b.x()) ** 2 + (a.y() - b.y()) ** 2) ** 0.5
