"""The "Why?" panel: a construct's level explained as a waterfall of shares.

One bar per route from a stimulus (or per incoming path), largest first, then the remainders
no route owns, then the total: the level minus its baseline. Each bar starts where the one
above it ended, so the bars visibly add up to the total. The panel only paints the plain data
it is given (:class:`WhyChart`); the numbers come from the engine through
:mod:`synergy_gui.ui.why_controller`. Hovering a bar asks for its route to be highlighted.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from synergy_gui.ui.i18n import translate
from synergy_gui.ui.numbers import signed_number
from synergy_gui.ui.plain import plain_tip

POSITIVE = QColor("#009E73")  # Okabe–Ito bluish green: raises the level
NEGATIVE = QColor("#D55E00")  # Okabe–Ito vermillion: lowers it
REMAINDER = QColor("#8C8C8C")  # no route owns it
LABEL_PX = 15.0  # text size at a text scale of 1 (pixels): legible when projected
TITLE_PX = 20.0
SMALLER = {
    "routes": QT_TRANSLATE_NOOP("WhyPanel", "{n} smaller routes"),
    "paths": QT_TRANSLATE_NOOP("WhyPanel", "{n} smaller paths"),
}
MORE = {
    "routes": QT_TRANSLATE_NOOP("WhyPanel", "{group}: {n} more routes"),
    "paths": QT_TRANSLATE_NOOP("WhyPanel", "{group}: {n} more paths"),
}
MODES = {
    "route": QT_TRANSLATE_NOOP("WhyPanel", "By route"),
    "path": QT_TRANSLATE_NOOP("WhyPanel", "By path"),
}
WHENS = {
    "cursor": QT_TRANSLATE_NOOP("WhyPanel", "At cursor"),
    "rest": QT_TRANSLATE_NOOP("WhyPanel", "Long run"),
}


@dataclass(frozen=True)
class WhyBar:
    """One share: its label, its amount, what it is, and the paths to highlight."""

    label: str
    amount: float
    kind: str  # route | path | others | remainder
    item_ids: tuple[str, ...] = ()
    tip: str = ""
    group: str = ""  # where a route starts: routes that do not fit merge by group


@dataclass(frozen=True)
class WhyChart:
    """What the panel shows: a title, the shares two ways, and the total they add up to."""

    title: str
    subtitle: str = ""
    by_route: tuple[WhyBar, ...] = ()
    by_path: tuple[WhyBar, ...] = ()
    total: float = 0.0
    note: str = ""  # said instead of bars (a stimulus, a model that cannot be run)


class WhyPanel(QWidget):
    """Two toggles (route or incoming path; cursor or long run) over the waterfall chart."""

    whenChanged = Signal(str)  # noqa: N815  # Qt signal names are camelCase
    hovered = Signal(object)  # the item ids of the bar under the mouse; () when none
    shown = Signal()  # the panel became visible (a hidden panel is not kept up to date)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart_view = WhyChartView()
        self.chart_view.hovered.connect(self.hovered)
        self.mode_buttons = _segmented(MODES, "route", self._on_mode_clicked)
        self.when_buttons = _segmented(WHENS, "cursor", self._on_when_clicked)
        toggles = QHBoxLayout()
        toggles.setSpacing(12)
        toggles.addLayout(_row(self.mode_buttons))
        toggles.addStretch(1)
        toggles.addLayout(_row(self.when_buttons))
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        column.addLayout(toggles)
        column.addWidget(self.chart_view, 1)

    # ------------------------------------------------------------------ public
    @property
    def mode(self) -> str:
        return self.chart_view.mode

    @property
    def when(self) -> str:
        return self.when_buttons.checkedButton().property("key")

    def show_chart(self, chart: WhyChart) -> None:
        self.chart_view.set_chart(chart)

    def set_mode(self, mode: str) -> None:
        """Show the shares "route" by route or by incoming "path"."""
        _check(self.mode_buttons, mode)
        self.chart_view.set_mode(mode)

    def set_when(self, when: str) -> None:
        """Explain the level "cursor" at the time cursor or "rest" in the long run."""
        if when != self.when:
            _check(self.when_buttons, when)
            self.whenChanged.emit(when)

    def set_text_scale(self, scale: float) -> None:
        self.chart_view.set_text_scale(scale)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.shown.emit()

    def _on_mode_clicked(self, button: QPushButton) -> None:
        self.chart_view.set_mode(button.property("key"))

    def _on_when_clicked(self, button: QPushButton) -> None:
        self.whenChanged.emit(button.property("key"))


def _segmented(choices: dict[str, str], chosen: str, on_click) -> QButtonGroup:
    group = QButtonGroup()
    group.setExclusive(True)
    for key, text in choices.items():
        button = QPushButton(translate("WhyPanel", text))
        button.setCheckable(True)
        button.setChecked(key == chosen)
        button.setProperty("key", key)
        group.addButton(button)
    group.buttonClicked.connect(on_click)
    return group


def _row(group: QButtonGroup) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(0)
    for button in group.buttons():
        row.addWidget(button)
    return row


def _check(group: QButtonGroup, key: str) -> None:
    for button in group.buttons():
        if button.property("key") == key:
            button.setChecked(True)
            return
    raise ValueError(f"unknown choice {key!r}")


# ---------------------------------------------------------------------------- the chart


@dataclass(frozen=True)
class _Row:
    bar: WhyBar
    start: float  # where the bar starts on the value axis (the sum of the bars above)
    rect: QRectF  # the whole row, for hovering


class WhyChartView(QWidget):
    """Paints a :class:`WhyChart` as a waterfall with QPainter (cheap enough for every
    slider event) and reports the bar under the mouse."""

    hovered = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = WhyChart(title="")
        self.mode = "route"
        self.text_scale = 1.0
        self.rows: list[_Row] = []
        self._hovered: int | None = None
        self.setMouseTracking(True)
        self.setMinimumSize(260, 200)

    def sizeHint(self) -> QSize:
        return QSize(420, 360)

    @property
    def bars(self) -> tuple[WhyBar, ...]:
        """The shares of the current mode, as given (before they are fitted to the height)."""
        return self.chart.by_route if self.mode == "route" else self.chart.by_path

    @property
    def shown_bars(self) -> list[WhyBar]:
        """The bars drawn, after the smallest are merged to fit the height."""
        return [row.bar for row in self.rows]

    def set_chart(self, chart: WhyChart) -> None:
        self.chart = chart
        self._relayout()

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}")
        if mode != self.mode:
            self.mode = mode
            self._relayout()

    def set_text_scale(self, scale: float) -> None:
        if scale != self.text_scale:
            self.text_scale = scale
            self._relayout()

    def bar_centre(self, index: int) -> QPointF:
        """The middle of a drawn row (for a test's mouse)."""
        return self.rows[index].rect.center()

    # ------------------------------------------------------------------ layout
    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        label, title, bold = QFont(self.font()), QFont(self.font()), QFont(self.font())
        label.setPixelSize(max(8, round(LABEL_PX * self.text_scale)))
        title.setPixelSize(max(10, round(TITLE_PX * self.text_scale)))
        title.setBold(True)
        bold.setPixelSize(label.pixelSize())
        bold.setBold(True)
        return label, title, bold

    def _title_height(self) -> float:
        """The title's height, wrapped onto as many lines as the width needs."""
        title = self._fonts()[1]
        area = QRectF(0, 0, max(self.width() - 8, 40), 10_000)
        flags = int(Qt.TextFlag.TextWordWrap)
        return QFontMetricsF(title).boundingRect(area, flags, self.chart.title).height() + 6

    def _header_height(self) -> float:
        lines = self._title_height()
        if self.chart.subtitle:
            lines += QFontMetricsF(self._fonts()[0]).height() * 1.3
        return lines + 6

    def _row_height(self) -> float:
        return QFontMetricsF(self._fonts()[0]).height() * 2.35

    def _relayout(self) -> None:
        self._hovered = None
        self.rows = []
        if not self.chart.note:
            top = self._header_height()
            row_height = self._row_height()
            room = max(1, int((self.height() - top - row_height * 1.3) // row_height))
            start = 0.0
            for index, bar in enumerate(_fitted(list(self.bars), room, self.mode)):
                rect = QRectF(0, top + index * row_height, self.width(), row_height)
                self.rows.append(_Row(bar, start, rect))
                start += bar.amount
        self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout()

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        label_font, title_font, bold = self._fonts()
        self._paint_header(painter, text, label_font, title_font)
        if self.chart.note:
            self._paint_note(painter, text, label_font)
        elif self.rows:
            self._paint_rows(painter, text, label_font, bold)
        painter.end()

    def _paint_header(self, painter: QPainter, text: QColor, label: QFont, title: QFont) -> None:
        painter.setPen(text)
        painter.setFont(title)
        area = QRectF(4, 0, self.width() - 8, self._title_height())
        painter.drawText(area, int(Qt.TextFlag.TextWordWrap), self.chart.title)
        if self.chart.subtitle:
            painter.setFont(label)
            sub = QRectF(4, area.bottom(), area.width(), QFontMetricsF(label).height() * 1.3)
            painter.setPen(_faded(text))
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(sub, flags, _elided(self.chart.subtitle, label, sub.width()))

    def _paint_note(self, painter: QPainter, text: QColor, font: QFont) -> None:
        painter.setPen(text)
        painter.setFont(font)
        top = self._header_height()
        area = QRectF(8, top + 8, self.width() - 16, self.height() - top - 16)
        painter.drawText(area, Qt.TextFlag.TextWordWrap, self.chart.note)

    def _paint_rows(self, painter: QPainter, text: QColor, font: QFont, bold: QFont) -> None:
        metrics = QFontMetricsF(font)
        value_width = QFontMetricsF(bold).horizontalAdvance("+0.000") + 10
        scale = _Scale(self._extent(), 8, self.width() - value_width - 8)
        line = metrics.height()
        for index, row in enumerate(self.rows):
            self._paint_row(painter, row, index == self._hovered, scale, text, font, bold)
        total_top = self.rows[-1].rect.bottom() + line * 0.2
        self._paint_total(painter, total_top, scale, text, bold)
        painter.setPen(QPen(_faded(text), 1.0, Qt.PenStyle.DashLine))
        zero = scale.x(0.0)
        painter.drawLine(QPointF(zero, self.rows[0].rect.top() + line), QPointF(zero, total_top))

    def _paint_row(self, painter, row: _Row, hovered: bool, scale, text, font, bold) -> None:
        metrics = QFontMetricsF(font)
        line = metrics.height()
        rect = row.rect
        if hovered:
            painter.fillRect(rect, self.palette().color(QPalette.ColorRole.AlternateBase))
        painter.setPen(text)
        painter.setFont(font)
        label_area = QRectF(8, rect.top(), rect.width() - 16, line)
        painter.drawText(
            label_area,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            _elided(row.bar.label, font, label_area.width()),
        )
        bar_top, bar_height = rect.top() + line * 1.1, line * 0.95
        left, right = sorted((scale.x(row.start), scale.x(row.start + row.bar.amount)))
        bar = QRectF(left, bar_top, max(right - left, 2.0), bar_height)
        painter.fillRect(bar, _colour(row.bar))
        if hovered:
            painter.setPen(QPen(text, 2.0))
            painter.drawRect(bar)
        painter.setFont(bold)
        painter.setPen(text)
        value = QRectF(bar.right() + 6, bar_top, 200, bar_height)
        painter.drawText(
            value,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            signed_number(row.bar.amount, 3),
        )

    def _paint_total(self, painter, top: float, scale, text: QColor, bold: QFont) -> None:
        line = QFontMetricsF(bold).height()
        painter.setPen(QPen(text, 1.5))
        painter.drawLine(QPointF(8, top), QPointF(self.width() - 8, top))
        painter.setFont(bold)
        label = QRectF(8, top + 2, self.width() - 16, line)
        painter.drawText(
            label,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            translate("WhyPanel", "Total: level − baseline"),
        )
        total = self.chart.total
        bar_top = top + line * 1.15
        left, right = sorted((scale.x(0.0), scale.x(total)))
        bar = QRectF(left, bar_top, max(right - left, 2.0), line * 0.95)
        painter.fillRect(bar, text)
        value = QRectF(bar.right() + 6, bar_top, 200, line * 0.95)
        painter.drawText(
            value,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            signed_number(total, 3),
        )

    def _extent(self) -> tuple[float, float]:
        """The value range the waterfall covers (zero, every running sum and the total)."""
        points = [0.0, self.chart.total]
        for row in self.rows:
            points += [row.start, row.start + row.bar.amount]
        low, high = min(points), max(points)
        return (low, high) if high > low else (low - 1e-3, high + 1e-3)

    # ------------------------------------------------------------------ hovering
    def mouseMoveEvent(self, event) -> None:
        position = event.position()
        index = next((i for i, r in enumerate(self.rows) if r.rect.contains(position)), None)
        if index != self._hovered:
            self._hovered = index
            self.update()
            bar = self.rows[index].bar if index is not None else None
            self.hovered.emit(bar.item_ids if bar is not None else ())
            if bar is not None and bar.tip:
                QToolTip.showText(event.globalPosition().toPoint(), plain_tip(bar.tip), self)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:
        if self._hovered is not None:
            self._hovered = None
            self.update()
            self.hovered.emit(())
        super().leaveEvent(event)


class _Scale:
    """Value → x pixel."""

    def __init__(self, extent: tuple[float, float], left: float, right: float) -> None:
        self.low, high = extent
        self.left = left
        self.per_unit = (right - left) / (high - self.low)

    def x(self, value: float) -> float:
        return self.left + (value - self.low) * self.per_unit


def _fitted(bars: list[WhyBar], room: int, mode: str) -> list[WhyBar]:
    """At most ``room`` rows: the remainders stay; the shares that do not fit merge, by where
    they start when that leaves at least half the rows to single shares, else into one bar."""
    remainders = [b for b in bars if b.kind == "remainder"]
    shares = [b for b in bars if b.kind != "remainder"]
    keep = max(1, room - len(remainders))
    if len(shares) <= keep:
        return shares + remainders
    noun = "routes" if mode == "route" else "paths"
    for single in range(keep - 1, max(keep // 2, 1) - 1, -1):
        groups = _by_group(shares[single:], noun)
        if single + len(groups) <= keep:
            return [*shares[:single], *groups, *remainders]
    rest = shares[keep - 1 :]
    smaller = translate("WhyPanel", SMALLER[noun]).format(n=len(rest))
    return [*shares[: keep - 1], _merged(rest, smaller), *remainders]


def _by_group(bars: list[WhyBar], noun: str) -> list[WhyBar]:
    groups: dict[str, list[WhyBar]] = {}
    for bar in bars:
        groups.setdefault(bar.group, []).append(bar)
    merged = [
        members[0]
        if len(members) == 1
        else _merged(
            members,
            translate("WhyPanel", MORE[noun]).format(group=group, n=len(members))
            if group
            else translate("WhyPanel", SMALLER[noun]).format(n=len(members)),
        )
        for group, members in groups.items()
    ]
    return sorted(merged, key=lambda bar: -abs(bar.amount))


def _merged(bars: list[WhyBar], label: str) -> WhyBar:
    ids = tuple(dict.fromkeys(i for bar in bars for i in bar.item_ids))
    tip = "\n".join(f"{signed_number(bar.amount, 4)}  {bar.label}" for bar in bars[:12])
    group = bars[0].group if len({bar.group for bar in bars}) == 1 else ""
    return WhyBar(label, sum(bar.amount for bar in bars), "others", ids, tip, group)


def _colour(bar: WhyBar) -> QColor:
    if bar.kind == "remainder":
        return REMAINDER
    return POSITIVE if bar.amount >= 0 else NEGATIVE


def _faded(colour: QColor) -> QColor:
    faded = QColor(colour)
    faded.setAlphaF(0.7)
    return faded


def _elided(text: str, font: QFont, width: float) -> str:
    return QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideMiddle, width)
