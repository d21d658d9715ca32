"""Colours, fonts and sizes of the diagram, for the light and the dark palette.

Okabe–Ito colours keep the roles apart for colour-blind viewers; sizes are in scene units
and chosen so the diagram stays legible when projected.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

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
