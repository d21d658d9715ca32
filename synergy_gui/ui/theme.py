"""Fonts and the light and dark palettes of the window (Fusion style on every platform)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication

#: Okabe–Ito colours, safe for colour-blind viewers; the role colours of the diagram.
OKABE_ITO = {
    "stimulus": "#0072B2",
    "organism": "#E69F00",
    "response": "#009E73",
    "highlight": "#D55E00",
    "sky": "#56B4E9",
    "yellow": "#F0E442",
    "purple": "#CC79A7",
}

#: QSettings key of the palette choice.
DARK_KEY = "view/dark"

#: The smallest point size of the interface: legible when the window is projected.
BASE_POINT_SIZE = 11

_DARK = {
    QPalette.ColorRole.Window: "#2b2d30",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1e1f22",
    QPalette.ColorRole.AlternateBase: "#2b2d30",
    QPalette.ColorRole.ToolTipBase: "#3c3f41",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.PlaceholderText: "#8c8c8c",
    QPalette.ColorRole.Text: "#e8e8e8",
    QPalette.ColorRole.Button: "#3c3f41",
    QPalette.ColorRole.ButtonText: "#e8e8e8",
    QPalette.ColorRole.BrightText: "#ff6b4a",
    QPalette.ColorRole.Light: "#4a4d50",
    QPalette.ColorRole.Midlight: "#3f4245",
    QPalette.ColorRole.Mid: "#2f3134",
    QPalette.ColorRole.Dark: "#1a1b1d",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#3d7ab8",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#56B4E9",
    QPalette.ColorRole.LinkVisited: "#CC79A7",
}

_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#7a7a7a",
    QPalette.ColorRole.Text: "#7a7a7a",
    QPalette.ColorRole.ButtonText: "#7a7a7a",
    QPalette.ColorRole.Highlight: "#505357",
}


def dark_palette() -> QPalette:
    """The dark palette: light text on charcoal, Okabe–Ito sky blue for links."""
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def interface_font(app: QApplication) -> QFont:
    """The application font, at least :data:`BASE_POINT_SIZE` points."""
    font = QFont(app.font())
    if font.pointSizeF() < BASE_POINT_SIZE:
        font.setPointSizeF(BASE_POINT_SIZE)
    return font


def apply_theme(app: QApplication, dark: bool) -> None:
    """Set the Fusion style, the interface font and the light or dark palette."""
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setFont(interface_font(app))
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    app.setProperty("synergy_dark", dark)


def is_dark(app: QApplication | None = None) -> bool:
    """Whether the dark palette is in use."""
    app = app or QApplication.instance()
    return bool(app and app.property("synergy_dark"))


#: Glyphs drawn in the palette's text colour: (polygon points in a 0..1 box) per kind.
GLYPHS: dict[str, tuple[tuple[tuple[float, float], ...], ...]] = {
    "play": (((0.25, 0.15), (0.85, 0.5), (0.25, 0.85)),),
    "pause": (
        ((0.22, 0.15), (0.42, 0.15), (0.42, 0.85), (0.22, 0.85)),
        ((0.58, 0.15), (0.78, 0.15), (0.78, 0.85), (0.58, 0.85)),
    ),
    "step_forward": (
        ((0.18, 0.18), (0.68, 0.5), (0.18, 0.82)),
        ((0.70, 0.18), (0.84, 0.18), (0.84, 0.82), (0.70, 0.82)),
    ),
    "step_back": (
        ((0.82, 0.18), (0.32, 0.5), (0.82, 0.82)),
        ((0.16, 0.18), (0.30, 0.18), (0.30, 0.82), (0.16, 0.82)),
    ),
    "to_start": (
        ((0.12, 0.18), (0.24, 0.18), (0.24, 0.82), (0.12, 0.82)),
        ((0.56, 0.18), (0.24, 0.5), (0.56, 0.82)),
        ((0.88, 0.18), (0.56, 0.5), (0.88, 0.82)),
    ),
    "undo": (
        (
            (0.1, 0.45),
            (0.42, 0.18),
            (0.42, 0.36),
            (0.9, 0.36),
            (0.9, 0.80),
            (0.74, 0.80),
            (0.74, 0.54),
            (0.42, 0.54),
            (0.42, 0.72),
        ),
    ),
    "redo": (
        (
            (0.9, 0.45),
            (0.58, 0.18),
            (0.58, 0.36),
            (0.1, 0.36),
            (0.1, 0.80),
            (0.26, 0.80),
            (0.26, 0.54),
            (0.58, 0.54),
            (0.58, 0.72),
        ),
    ),
    "present": (  # a screen frame with a play triangle on it
        ((0.06, 0.14), (0.94, 0.14), (0.94, 0.24), (0.06, 0.24)),
        ((0.06, 0.74), (0.94, 0.74), (0.94, 0.84), (0.06, 0.84)),
        ((0.06, 0.24), (0.14, 0.24), (0.14, 0.74), (0.06, 0.74)),
        ((0.86, 0.24), (0.94, 0.24), (0.94, 0.74), (0.86, 0.74)),
        ((0.40, 0.32), (0.64, 0.49), (0.40, 0.66)),
    ),
    "fit": tuple(
        (
            (x, y),
            (x + dx * 0.3, y),
            (x + dx * 0.3, y + dy * 0.1),
            (x + dx * 0.1, y + dy * 0.1),
            (x + dx * 0.1, y + dy * 0.3),
            (x, y + dy * 0.3),
        )
        for x, y, dx, dy in (
            (0.1, 0.1, 1, 1),
            (0.9, 0.1, -1, 1),
            (0.1, 0.9, 1, -1),
            (0.9, 0.9, -1, -1),
        )
    ),
}
GLYPH_SIZES = (16, 22, 24, 32, 48)


def glyph_icon(kind: str, palette: QPalette | None = None) -> QIcon:
    """A media or edit glyph in the palette's button-text colour (light on a dark palette),
    with a greyed version for disabled buttons."""
    palette = palette or QApplication.palette()
    icon = QIcon()
    role = QPalette.ColorRole.ButtonText
    for mode, group in (
        (QIcon.Mode.Normal, QPalette.ColorGroup.Active),
        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled),
    ):
        for size in GLYPH_SIZES:
            icon.addPixmap(_glyph_pixmap(kind, size, palette.color(group, role)), mode)
    return icon


def _glyph_pixmap(kind: str, size: int, colour: QColor) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    for points in GLYPHS[kind]:
        painter.drawPolygon(QPolygonF([QPointF(x * size, y * size) for x, y in points]))
    painter.end()
    return pixmap
