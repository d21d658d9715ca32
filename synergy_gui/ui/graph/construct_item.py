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
from synergy_gui.model.glossary import localised, terms_for_construct
from synergy_gui.ui.graph import style as st
from synergy_gui.ui.graph.geometry import rounded_rect_exit
from synergy_gui.ui.graph.spread import IDENTITY, Spread
from synergy_gui.ui.i18n import current_language, translate
from synergy_gui.ui.numbers import difference_text, number_text
from synergy_gui.ui.vocabulary import word

_RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEGIBLE_PIXELS = 4.5  # below this on screen, drawing the level's digits is wasted work
#: A shortened label keeps at least this many letters before "…"; shorter, initials read better.
_FEWEST_LETTERS = 4


def label_fonts(pixels: int = st.LABEL_PIXELS) -> list[QFont]:
    """The label's fonts, largest first (made on use: the application's font may change)."""
    sizes = dict.fromkeys((pixels, round(pixels * 13 / 15), round(pixels * 12 / 15)))
    return [st.font(size, QFont.Weight.DemiBold) for size in sizes]


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


def fit_label(
    text: str, width: float, max_lines: int = 2, pixels: int = st.LABEL_PIXELS
) -> tuple[QFont, list[str]]:
    """The font and lines that show ``text`` in at most ``max_lines`` lines.

    Words stay whole if some font size allows; only then are words broken, and what still
    does not fit is elided.
    """
    fonts = label_fonts(pixels)
    for font in fonts:
        lines = wrap_lines(text, font, width)
        if _fits(lines, font, width, max_lines):
            return font, lines
    font = fonts[-1]
    lines = wrap_lines(text, font, width, anywhere=True)
    rest = " ".join(lines[max_lines - 1 :])
    elided = QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return font, [*lines[: max_lines - 1], elided]


def whole_words_width(text: str, pixels: int, max_lines: int = 2) -> float:
    """The least label width that shows ``text`` with whole words in ``max_lines`` lines in
    the full ``pixels`` font (a node drawn that wide never shrinks or breaks its label)."""
    metrics = QFontMetricsF(label_fonts(pixels)[0])
    words = text.split() or [text]
    if max_lines < 2 or len(words) == 1:
        return metrics.horizontalAdvance(" ".join(words))
    return min(
        max(
            metrics.horizontalAdvance(" ".join(words[:cut])),
            whole_words_width(" ".join(words[cut:]), pixels, max_lines - 1),
        )
        for cut in range(1, len(words))
    )


def initials(text: str) -> str:
    """ "Brand engagement" -> "BE": the first letter of each word (at most four)."""
    return "".join(word[0].upper() for word in text.split() if word[:1].isalnum())[:4] or text[:2]


def compact_label(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """``text`` in a large font on a small node: whole words if they fit, else the start
    elided (when enough letters are left to recognise it), else its initials."""
    metrics = QFontMetricsF(font)
    lines = wrap_lines(text, font, width)
    if _fits(lines, font, width, max_lines):
        return lines
    kept = lines[:max_lines] or [text]
    if len(lines) > max_lines:
        kept[-1] = " ".join(lines[max_lines - 1 :])
    kept = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in kept]
    if all(_recognisable(line) for line in kept):
        return kept
    return [metrics.elidedText(initials(text), Qt.TextElideMode.ElideRight, width)]


def _recognisable(line: str) -> bool:
    """A whole line is; an elided one when enough letters are left before its "…"."""
    return not line.endswith("…") or len(line.rstrip("…")) >= _FEWEST_LETTERS


def tooltip_html(construct: Construct) -> str:
    role = html.escape(word(construct.role).lower())
    parts = [f"<b>{html.escape(construct.label)}</b> — {role}"]
    if construct.description:
        parts.append(html.escape(construct.description))
    if construct.references:
        refs = "<br>".join(html.escape(r) for r in construct.references)
        heading = html.escape(translate("ConstructItem", "References"))
        parts.append(f"<i>{heading}</i><br>{refs}")
    terms = glossary_tip(construct)
    if terms:
        parts.append(terms)
    return "<p style='white-space:pre-wrap'>" + "<br><br>".join(parts) + "</p>"


def glossary_tip(construct: Construct) -> str:
    """The construct's glossary terms in the interface's language, as escaped rich text:
    "Glossary: Digital trust, Organism, Trust (Help ▸ Glossary, F1)"; "" when none."""
    language = current_language()
    names = [localised(entry, language).term for entry in terms_for_construct(construct)]
    if not names:
        return ""
    head = html.escape(translate("ConstructItem", "Glossary"))
    where = html.escape(translate("ConstructItem", "(Help ▸ Glossary, F1)"))
    return f"<i>{head}</i>: {html.escape(', '.join(names))} <span style='color:gray'>{where}</span>"


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


__all__ = [
    "ConnectHandle",
    "ConstructItem",
    "LevelBar",
    "compact_label",
    "fit_label",
    "initials",
    "whole_words_width",
    "wrap_lines",
]
