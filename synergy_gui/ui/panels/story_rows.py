"""A story step's row in the Story panel: its number and title in bold, the caption's start
below in a quieter colour, cut to two lines, so a lecturer finds a step at a glance."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

CAPTION_ROLE = Qt.ItemDataRole.UserRole + 1
CAPTION_LINES = 2
_PADDING = 4


class StepRowDelegate(QStyledItemDelegate):
    """Paints a row's title (the item's text) over up to two lines of its caption."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        lines = 1 + (CAPTION_LINES if index.data(CAPTION_ROLE) else 0)
        height = QFontMetrics(option.font).lineSpacing() * lines + 2 * _PADDING
        return QSize(option.rect.width(), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        text, option.text = option.text, ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        area = option.rect.adjusted(_PADDING + 2, _PADDING, -_PADDING, -_PADDING)
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(option.palette.color(role))
        metrics = QFontMetrics(bold)
        title = metrics.elidedText(text, Qt.TextElideMode.ElideRight, area.width())
        painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
        caption = index.data(CAPTION_ROLE)
        if caption:
            colour = option.palette.color(role)
            if not selected:
                colour = option.palette.color(QPalette.ColorRole.PlaceholderText)
            painter.setPen(colour)
            painter.setFont(option.font)
            below = area.adjusted(0, QFontMetrics(option.font).lineSpacing(), 0, 0)
            _draw_lines(painter, caption, below, CAPTION_LINES)
        painter.restore()


def _draw_lines(painter: QPainter, text: str, area: QRect, most: int) -> None:
    """``text`` wrapped into ``area``'s width, at most ``most`` lines, the last one elided."""
    metrics = QFontMetrics(painter.font())
    layout = QTextLayout(text, painter.font())
    layout.beginLayout()
    starts = []
    while len(starts) < most:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(area.width())
        starts.append(line.textStart())
    layout.endLayout()
    for number, start in enumerate(starts):
        last = number == len(starts) - 1
        end = len(text) if last else starts[number + 1]
        piece = text[start:end].strip()
        if last:
            piece = metrics.elidedText(text[start:], Qt.TextElideMode.ElideRight, area.width())
        top = area.top() + number * metrics.lineSpacing()
        row = QRect(area.left(), top, area.width(), metrics.lineSpacing())
        painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, piece)


__all__ = ["CAPTION_LINES", "CAPTION_ROLE", "StepRowDelegate"]
