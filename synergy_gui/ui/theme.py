"""Fonts and the light and dark palettes of the window (Fusion style on every platform)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
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
