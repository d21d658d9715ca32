"""The sensitivity chart: ranked horizontal bars painted with QPainter from plain data.

- tornado: for each parameter a bar from the base outcome to the outcome with the parameter
  at the low end of its range (orange) and to the outcome at the high end (blue), around a
  line at the base value;
- Sobol: first-order (S1, light) and total (ST, dark) bars side by side with their 95 %
  confidence intervals as whiskers;
- Morris: mu* bars with their confidence whiskers and sigma as a diamond on the same axis.

As many rows as the height allows are drawn, most influential first; a last line says how
many more the table holds. Text follows the window's text size (it is projected).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from synergy_gui.ui.i18n import translate
from synergy_gui.ui.numbers import number_text

LOW_COLOUR = QColor("#E69F00")  # Okabe–Ito orange: the parameter at its low end
HIGH_COLOUR = QColor("#0072B2")  # Okabe–Ito blue: at its high end; also ST and mu*
FIRST_COLOUR = QColor("#56B4E9")  # Okabe–Ito sky blue: S1
SIGMA_COLOUR = QColor("#D55E00")  # Okabe–Ito vermillion: Morris sigma
LABEL_PX = 15.0  # at a text scale of 1: legible when projected
TITLE_PX = 19.0


@dataclass(frozen=True)
class ChartRow:
    """One parameter: its label and its figures (the method's names, e.g. ``S1``)."""

    label: str
    figures: dict[str, float]


@dataclass(frozen=True)
class SensitivityChart:
    """What the chart shows: the method, a title, the base outcome and the ranked rows."""

    method: str = ""
    title: str = ""
    subtitle: str = ""
    base: float = 0.0
    rows: tuple[ChartRow, ...] = field(default=())
    note: str = ""  # said instead of bars (nothing run yet, a problem)


@dataclass(frozen=True)
class _Scale:
    low: float
    high: float
    left: float
    right: float

    def x(self, value: float) -> float:
        span = self.high - self.low or 1.0
        return self.left + (value - self.low) / span * (self.right - self.left)


class SensitivityChartView(QWidget):
    """Paints a :class:`SensitivityChart`; ``drawn_rows`` are the rows that fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = SensitivityChart(
            note=translate("SensitivityChart", "Choose an outcome and a method, then Run.")
        )
        self.text_scale = 1.0
        self.setMinimumSize(280, 200)

    def sizeHint(self) -> QSize:
        return QSize(560, 420)

    def set_chart(self, chart: SensitivityChart) -> None:
        self.chart = chart
        self.update()

    def set_text_scale(self, scale: float) -> None:
        if scale != self.text_scale:
            self.text_scale = scale
            self.update()

    # ------------------------------------------------------------------ layout
    def fonts(self) -> tuple[QFont, QFont]:
        label, title = QFont(self.font()), QFont(self.font())
        label.setPixelSize(max(8, round(LABEL_PX * self.text_scale)))
        title.setPixelSize(max(10, round(TITLE_PX * self.text_scale)))
        title.setBold(True)
        return label, title

    def _line(self) -> float:
        return QFontMetricsF(self.fonts()[0]).height()

    def _header_height(self) -> float:
        label, title = self.fonts()
        height = QFontMetricsF(title).height() * 1.2
        if self.chart.subtitle:
            height += QFontMetricsF(label).height() * 1.2
        return height + QFontMetricsF(label).height() * 1.4  # the legend

    def _row_height(self) -> float:
        return self._line() * 1.45

    def drawn_rows(self) -> tuple[ChartRow, ...]:
        """The rows that fit the height (one line is kept for "n more")."""
        if self.chart.note:
            return ()
        room = self.height() - self._header_height() - self._line() * 2.6
        count = max(1, int(room // self._row_height()))
        rows = self.chart.rows
        return rows if len(rows) <= count else rows[: max(1, count - 1)]

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        label, title = self.fonts()
        self._paint_header(painter, text, label, title)
        rows = self.drawn_rows()
        if self.chart.note:
            top = self._header_height() - self._line() * 1.4
            area = QRectF(8, top + 8, self.width() - 16, self.height() - top - 16)
            painter.setFont(label)
            painter.drawText(area, int(Qt.TextFlag.TextWordWrap), self.chart.note)
        elif rows:
            self._paint_rows(painter, rows, text, label)
        painter.end()

    def _paint_header(self, painter: QPainter, text: QColor, label: QFont, title: QFont) -> None:
        painter.setPen(text)
        painter.setFont(title)
        line = QFontMetricsF(title).height() * 1.2
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(
            QRectF(6, 0, self.width() - 12, line),
            left,
            _elided(self.chart.title, title, self.width() - 12),
        )
        top = line
        if self.chart.subtitle:
            painter.setFont(label)
            height = QFontMetricsF(label).height() * 1.2
            painter.setPen(_faded(text))
            subtitle = _elided(self.chart.subtitle, label, self.width() - 12)
            painter.drawText(QRectF(6, top, self.width() - 12, height), left, subtitle)
            top += height
        if not self.chart.note:
            self._paint_legend(painter, top, text, label)

    def _paint_legend(self, painter: QPainter, top: float, text: QColor, font: QFont) -> None:
        entries = {
            "tornado": (
                (LOW_COLOUR, QT_TRANSLATE_NOOP("SensitivityChart", "parameter at its low end")),
                (HIGH_COLOUR, QT_TRANSLATE_NOOP("SensitivityChart", "at its high end")),
            ),
            "sobol": (
                (FIRST_COLOUR, QT_TRANSLATE_NOOP("SensitivityChart", "first order S1")),
                (HIGH_COLOUR, QT_TRANSLATE_NOOP("SensitivityChart", "total ST  (│ 95 % CI)")),
            ),
            "morris": ((HIGH_COLOUR, "mu* (│ 95 % CI)"), (SIGMA_COLOUR, "◆ sigma")),
        }.get(self.chart.method, ())
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        x, height = 8.0, metrics.height()
        for colour, source in entries:
            words = translate("SensitivityChart", source)
            painter.fillRect(QRectF(x, top + height * 0.2, height * 0.9, height * 0.7), colour)
            x += height * 1.2
            painter.setPen(text)
            painter.drawText(QPointF(x, top + metrics.ascent() + height * 0.1), words)
            x += metrics.horizontalAdvance(words) + height * 1.2

    def _paint_rows(self, painter, rows, text: QColor, font: QFont) -> None:
        metrics = QFontMetricsF(font)
        label_width = min(
            self.width() * 0.42, max(metrics.horizontalAdvance(row.label) for row in rows) + 12
        )
        value_room = metrics.horizontalAdvance("0.0000") + 14
        scale = self._scale(label_width + 8, self.width() - value_room)
        top, height = self._header_height(), self._row_height()
        for index, row in enumerate(rows):
            rect = QRectF(0, top + index * height, self.width(), height)
            painter.setFont(font)
            painter.setPen(text)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            area = QRectF(4, rect.top(), label_width, height)
            painter.drawText(area, align, _elided(row.label, font, label_width))
            self._paint_bar(painter, row, rect, scale, text, font)
        bottom = top + len(rows) * height
        self._paint_axis(painter, scale, top, bottom, text, font)
        hidden = len(self.chart.rows) - len(rows)
        if hidden:
            painter.setPen(_faded(text))
            more = translate("SensitivityChart", "+ {n} more in the table").format(n=hidden)
            painter.drawText(QPointF(8, bottom + metrics.height() * 2.3), more)

    def _scale(self, left: float, right: float) -> _Scale:
        chart = self.chart
        if chart.method == "tornado":
            values = [chart.base] + [
                v for r in chart.rows for v in (r.figures["low"], r.figures["high"])
            ]
            span = max(abs(v - chart.base) for v in values) or 1e-6
            return _Scale(chart.base - span * 1.05, chart.base + span * 1.05, left, right)
        if chart.method == "sobol":
            high = max(
                [
                    1e-6,
                    *(r.figures["ST"] + r.figures["ST_conf"] for r in chart.rows),
                    *(r.figures["S1"] + r.figures["S1_conf"] for r in chart.rows),
                ]
            )
            low = min([0.0, *(r.figures["S1"] - r.figures["S1_conf"] for r in chart.rows)])
            return _Scale(low, high * 1.02, left, right)
        high = max(
            [
                1e-9,
                *(
                    max(r.figures["mu_star"] + r.figures["mu_star_conf"], r.figures["sigma"])
                    for r in chart.rows
                ),
            ]
        )
        return _Scale(0.0, high * 1.02, left, right)

    def _paint_bar(self, painter, row: ChartRow, rect: QRectF, scale: _Scale, text, font) -> None:
        figures, line = row.figures, self._line()
        middle = rect.center().y()
        if self.chart.method == "tornado":
            base = scale.x(self.chart.base)
            for value, colour in ((figures["low"], LOW_COLOUR), (figures["high"], HIGH_COLOUR)):
                x = scale.x(value)
                painter.fillRect(
                    QRectF(min(x, base), middle - line * 0.4, abs(x - base), line * 0.8), colour
                )
            return
        if self.chart.method == "sobol":
            pairs = (("S1", FIRST_COLOUR, -1), ("ST", HIGH_COLOUR, 0))
            for name, colour, offset in pairs:
                top = middle + offset * line * 0.45
                self._bar_with_whisker(
                    painter,
                    scale,
                    figures[name],
                    figures[f"{name}_conf"],
                    top,
                    line * 0.42,
                    colour,
                    text,
                )
            end = max(figures["ST"] + figures["ST_conf"], figures["S1"] + figures["S1_conf"])
            self._value(painter, scale, end, middle, figures["ST"], text, font)
            return
        top = middle - line * 0.35
        self._bar_with_whisker(
            painter,
            scale,
            figures["mu_star"],
            figures["mu_star_conf"],
            top,
            line * 0.7,
            HIGH_COLOUR,
            text,
        )
        _diamond(painter, QPointF(scale.x(figures["sigma"]), middle), line * 0.32, SIGMA_COLOUR)
        end = max(figures["mu_star"] + figures["mu_star_conf"], figures["sigma"])
        self._value(painter, scale, end, middle, figures["mu_star"], text, font)

    def _bar_with_whisker(self, painter, scale, value, conf, top, height, colour, text) -> None:
        zero = scale.x(0.0)
        x = scale.x(value)
        painter.fillRect(QRectF(min(x, zero), top, max(abs(x - zero), 1.5), height), colour)
        painter.setPen(QPen(text, 1.4))
        low, high, middle = scale.x(value - conf), scale.x(value + conf), top + height / 2
        painter.drawLine(QPointF(low, middle), QPointF(high, middle))
        for end in (low, high):
            painter.drawLine(QPointF(end, top + 1), QPointF(end, top + height - 1))

    def _value(self, painter, scale, end, middle, value, text, font) -> None:
        painter.setPen(text)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        painter.drawText(
            QPointF(scale.x(end) + 5, middle + metrics.ascent() / 2 - 1), number_text(value, 3)
        )

    def _paint_axis(self, painter, scale: _Scale, top, bottom, text, font) -> None:
        painter.setPen(QPen(_faded(text), 1.0, Qt.PenStyle.DashLine))
        origin = self.chart.base if self.chart.method == "tornado" else 0.0
        x = scale.x(origin)
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        painter.setPen(text)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        base = translate("SensitivityChart", "base {value}").format(value=number_text(origin, 3))
        words = base if self.chart.method == "tornado" else number_text(0.0, 0)
        for value, caption in (
            (scale.low, number_text(scale.low, 3)),
            (origin, words),
            (scale.high, number_text(scale.high, 3)),
        ):
            width = metrics.horizontalAdvance(caption)
            left = min(
                max(scale.x(value) - width / 2, scale.left - width / 2), self.width() - width - 4
            )
            if caption != words and abs(scale.x(value) - x) < width * 1.2:
                continue  # would overlap the base's caption
            painter.drawText(QPointF(left, bottom + metrics.ascent() + 3), caption)


def _diamond(painter: QPainter, centre: QPointF, radius: float, colour: QColor) -> None:
    points = [
        QPointF(centre.x(), centre.y() - radius),
        QPointF(centre.x() + radius, centre.y()),
        QPointF(centre.x(), centre.y() + radius),
        QPointF(centre.x() - radius, centre.y()),
    ]
    painter.setPen(QPen(colour.darker(130), 1.0))
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF(points))
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _elided(text: str, font: QFont, width: float) -> str:
    from PySide6.QtGui import QFontMetrics

    return QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, int(max(width, 10)))


def _faded(colour: QColor) -> QColor:
    faded = QColor(colour)
    faded.setAlphaF(0.6)
    return faded
