"""Colours, fonts and sizes of the diagram, for the light and the dark palette.

Okabe–Ito colours keep the roles apart for colour-blind viewers; sizes are in scene units
and chosen so the diagram stays legible when projected.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QPalette

ROLE_COLOURS = {"stimulus": "#0072B2", "organism": "#E69F00", "response": "#009E73"}
HIGHLIGHT = "#D55E00"  # Okabe–Ito vermillion: selection and drop targets
TRUST_TRANSFER = "#CC79A7"  # Okabe–Ito reddish purple

NODE_WIDTH = 164.0
NODE_HEIGHT = 64.0
NODE_RADIUS = 12.0
LABEL_PIXELS = 15  # about 11 pt at 96 dpi, bold
SMALL_PIXELS = 12
JUNCTION_RADIUS = 12.0
#: Node labels smaller than this on screen cannot be read from the back of a room: below it
#: the diagram draws compact nodes (a shortened label in a larger font) instead.
LABEL_FLOOR_PIXELS = 11.0
#: Weights smaller than this on screen are left out (the first detail to go).
PILL_FLOOR_PIXELS = 9.0
#: How much of the text's growth the node's width takes (its height takes what the lines need).
WIDTH_GROWTH = 0.2


def mix(a: QColor, b: QColor, share_of_a: float) -> QColor:
    """The colour ``share_of_a`` of the way from ``b`` to ``a``."""
    t = share_of_a
    return QColor.fromRgbF(
        a.redF() * t + b.redF() * (1 - t),
        a.greenF() * t + b.greenF() * (1 - t),
        a.blueF() * t + b.blueF() * (1 - t),
    )


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG) of a colour, 0 for black to 1 for white."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def readable_on(background: QColor) -> QColor:
    """Near-black or white, whichever contrasts more with ``background``."""
    return QColor("#1b1b1b") if luminance(background) > 0.22 else QColor("#ffffff")


_FONTS: dict[tuple[int, QFont.Weight, str], QFont] = {}


def font(pixels: int, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    """The application's font at ``pixels`` size, made when first asked for (not at import).

    Its family is set explicitly: a font left to inherit its family would be measured with
    the face current when it was made but drawn with the widget's face, clipping labels.
    """
    base = QGuiApplication.font()
    key = (pixels, weight, base.key())
    result = _FONTS.get(key)
    if result is None:
        result = QFont(base)
        result.setFamilies(base.families() or [base.family()])
        result.setPixelSize(pixels)
        result.setWeight(weight)
        _FONTS[key] = result
    return result  # shared: callers must not change it


@dataclass(frozen=True)
class RoleStyle:
    """How constructs of one role are drawn."""

    border: QColor
    fill: QColor
    text: QColor
    bar: QColor
    track: QColor


@dataclass(frozen=True)
class GraphStyle:
    """Every colour the diagram uses, for one palette."""

    dark: bool
    background: QColor
    grid: QColor
    roles: dict[str, RoleStyle]
    causal: QColor
    trust_transfer: QColor
    highlight: QColor
    pill: QColor
    pill_text: QColor
    member_line: QColor

    def role(self, role: str) -> RoleStyle:
        return self.roles.get(role, self.roles["organism"])

    def path_colour(self, kind: str) -> QColor:
        return self.trust_transfer if kind == "trust-transfer" else self.causal


def _role_style(hex_colour: str, dark: bool) -> RoleStyle:
    strong = QColor(hex_colour)
    if dark:
        fill = mix(strong, QColor("#1e1f22"), 0.38)
        track = mix(strong, QColor("#1e1f22"), 0.18)
        bar = mix(strong, QColor("#ffffff"), 0.8)
        border = mix(strong, QColor("#ffffff"), 0.85)
    else:
        fill = mix(strong, QColor("#ffffff"), 0.2)
        track = mix(strong, QColor("#ffffff"), 0.1)
        bar, border = strong, strong
    return RoleStyle(border=border, fill=fill, text=readable_on(fill), bar=bar, track=track)


def make_style(dark: bool) -> GraphStyle:
    roles = {role: _role_style(colour, dark) for role, colour in ROLE_COLOURS.items()}
    if dark:
        return GraphStyle(
            dark=True,
            background=QColor("#1e1f22"),
            grid=QColor("#2a2b2f"),
            roles=roles,
            causal=QColor("#b8bcc2"),
            trust_transfer=QColor(TRUST_TRANSFER),
            highlight=QColor("#ff8a3d"),
            pill=QColor("#2b2d30"),
            pill_text=QColor("#f0f0f0"),
            member_line=QColor("#9aa0a6"),
        )
    return GraphStyle(
        dark=False,
        background=QColor("#fbfbf8"),
        grid=QColor("#eeeeea"),
        roles=roles,
        causal=QColor("#4d4d4d"),
        trust_transfer=QColor(TRUST_TRANSFER),
        highlight=QColor(HIGHLIGHT),
        pill=QColor("#ffffff"),
        pill_text=QColor("#1b1b1b"),
        member_line=QColor("#707070"),
    )


def palette_is_dark(palette: QPalette | None = None) -> bool:
    """Whether the application's palette has a dark window background."""
    if palette is None:
        palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def current_style() -> GraphStyle:
    """The style matching the application's palette."""
    return make_style(palette_is_dark())


class NodeMetrics:
    """A construct node's sizes (scene units) for one text scale.

    Text grows with the scale; the node grows with it so two lines of label and the level's
    number still fit inside: its height by what the lines need, its width by a fifth of the
    growth (a preset's columns are 210-260 units apart).
    """

    def __init__(
        self, text_scale: float = 1.0, width: float | None = None, height: float | None = None
    ) -> None:
        k = self.text_scale = float(text_scale)
        self.label_pixels = max(round(LABEL_PIXELS * k), 8)
        self.small_pixels = max(round(SMALL_PIXELS * k), 7)
        line = QFontMetricsF(font(self.label_pixels, QFont.Weight.DemiBold)).lineSpacing()
        number_height = self.small_pixels + 4
        self.width = width or NODE_WIDTH * (1 + WIDTH_GROWTH * (k - 1))
        needed = 5 + 2 * line + 1 + number_height + 4
        self.height = float(math.ceil(max(NODE_HEIGHT * min(k, 1.0), needed, height or 0.0)))
        self.radius = NODE_RADIUS
        w, h = self.width, self.height
        self.body = QRectF(-w / 2, -h / 2, w, h)
        self.body_area = self.body.adjusted(-5, -5, 5, 5)
        self.label_area = QRectF(-w / 2 + 8, -h / 2 + 5, w - 16, h - 5 - number_height - 4 - 1)
        number_width = 42.0 * max(k, 1.0)
        self.number = QRectF(
            w / 2 - 8 - number_width, h / 2 - 4 - number_height, number_width, number_height
        )
        bar_height = 7.0 * max(k, 1.0)
        bar_left = -w / 2 + 12
        self.bar = QRectF(
            bar_left,
            self.number.center().y() - bar_height / 2,
            self.number.left() - 8 - bar_left,
            bar_height,
        )
        self.bar_area = self.bar.united(self.number).adjusted(-1, -1, 1, 1)
        # compact nodes: the label takes the whole box above a thin bar, no number
        self.compact_bar = QRectF(bar_left, h / 2 - 10, w - 24, 5)
        self.compact_label_area = QRectF(-w / 2 + 5, -h / 2 + 3, w - 10, h - 3 - 12)
        self.badge = QRectF(w / 2 - 64 * k, -h / 2 - 13 * k, 58 * k, 22 * k)

    @property
    def half_width(self) -> float:
        return self.width / 2

    @property
    def half_height(self) -> float:
        return self.height / 2


_METRICS: dict[tuple, NodeMetrics] = {}


def node_metrics(
    text_scale: float = 1.0, width: float | None = None, height: float | None = None
) -> NodeMetrics:
    """The node sizes for ``text_scale`` and, if given, a node ``width`` other than the
    usual and a least ``height`` (made once per size, shared: do not change them)."""
    width = None if width is None else float(math.ceil(width))
    height = None if height is None else float(math.ceil(height))
    key = (round(float(text_scale), 4), width, height, QGuiApplication.font().key())
    found = _METRICS.get(key)
    if found is None:
        found = _METRICS[key] = NodeMetrics(text_scale, width, height)
    return found
