"""A story step's row in the Story panel: its number and title in bold (up to two lines), the
caption's start below in a quieter colour, cut to two lines, so a lecturer finds a step at a
glance in a narrow dock."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

CAPTION_ROLE = Qt.ItemDataRole.UserRole + 1
CAPTION_LINES = 2
TITLE_LINES = 2
_PADDING = 4


class StepRowDelegate(QStyledItemDelegate):
    """Paints a row's title (the item's text) over up to two lines of its caption."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        self.initStyleOption(option, index)
        width = _text_width(option)
        lines = _line_count(option.text, _bold(option.font), width, TITLE_LINES)
        lines += CAPTION_LINES if index.data(CAPTION_ROLE) else 0
        height = QFontMetrics(option.font).lineSpacing() * lines + 2 * _PADDING
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        text, option.text = option.text, ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        area = option.rect.adjusted(_PADDING + 2, _PADDING, -_PADDING, -_PADDING)
        painter.save()
        painter.setFont(_bold(option.font))
        painter.setPen(option.palette.color(role))
        title_lines = _draw_lines(painter, text, area, TITLE_LINES)
        caption = index.data(CAPTION_ROLE)
        if caption:
            colour = option.palette.color(role)
            if not selected:
                colour = option.palette.color(QPalette.ColorRole.PlaceholderText)
            painter.setPen(colour)
            painter.setFont(option.font)
            spacing = QFontMetrics(option.font).lineSpacing()
            below = area.adjusted(0, spacing * title_lines, 0, 0)
            _draw_lines(painter, caption, below, CAPTION_LINES)
        painter.restore()


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _text_width(option: QStyleOptionViewItem) -> int:
    """The width a row's text has: the list's viewport (a row is as wide as the list)."""
    widget = option.widget
    width = widget.viewport().width() if widget is not None else option.rect.width()
    return max(40, width - 2 * _PADDING - 2)


def _line_starts(text: str, font: QFont, width: int, most: int) -> list[int]:
    """Where each of the first ``most`` lines of ``text`` wrapped at ``width`` starts."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    starts = []
    while len(starts) < most:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    return starts


def _line_count(text: str, font: QFont, width: int, most: int) -> int:
    return max(1, len(_line_starts(text, font, width, most)))


def _draw_lines(painter: QPainter, text: str, area: QRect, most: int) -> int:
    """``text`` wrapped into ``area``'s width, at most ``most`` lines, the last one elided;
    returns the number of lines drawn."""
    metrics = QFontMetrics(painter.font())
    starts = _line_starts(text, painter.font(), area.width(), most)
    for number, start in enumerate(starts):
        last = number == len(starts) - 1
        end = len(text) if last else starts[number + 1]
        piece = text[start:end].strip()
        if last:
            piece = metrics.elidedText(text[start:], Qt.TextElideMode.ElideRight, area.width())
        top = area.top() + number * metrics.lineSpacing()
        row = QRect(area.left(), top, area.width(), metrics.lineSpacing())
        painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, piece)
    return max(1, len(starts))


__all__ = ["CAPTION_LINES", "CAPTION_ROLE", "TITLE_LINES", "StepRowDelegate"]
