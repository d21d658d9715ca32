"""Where the window's docks go, and the layout a user left, kept between sessions.

The docks start tabbed on the right (Inspector in front) with the plots along the bottom; the
Sensitivity and Budget docks wait hidden beside the plots. A saved layout comes back at the
next start unless it was saved by an older layout (:data:`LAYOUT_VERSION`), and a window
saved on a larger screen is shrunk and moved onto this one.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
LAYOUT_VERSION = 5  # 2: the Why? and Story docks; 3: Sensitivity; 4: Synergy; 5: Budget
#: The right-hand docks, tabbed in this order.
TABBED = ("inspector", "weights", "levers", "why", "synergy", "scenarios", "story")


def arrange_docks(window: QMainWindow, docks: dict[str, QDockWidget]) -> None:
    """Tab the right-hand docks together and put Sensitivity and Budget, hidden, beside the
    plots (the sensitivity charts are wide; View ▸ Panels shows them)."""
    for first, second in itertools.pairwise(TABBED):
        window.tabifyDockWidget(docks[first], docks[second])
    for beside in ("sensitivity", "budget"):
        window.splitDockWidget(docks["simulation"], docks[beside], Qt.Orientation.Horizontal)
        docks[beside].hide()


def restore_layout(window: QMainWindow, docks: dict[str, QDockWidget]) -> None:
    """The layout saved last time, else a first layout sized to the screen."""
    settings = QSettings()
    geometry = settings.value(GEOMETRY_KEY)
    if isinstance(geometry, QByteArray) and window.restoreGeometry(geometry):
        state = settings.value(STATE_KEY)
        if isinstance(state, QByteArray):
            window.restoreState(state, LAYOUT_VERSION)
        keep_on_screen(window)
        return
    screen = window.screen().availableGeometry()
    window.resize(min(1440, int(screen.width() * 0.92)), min(900, int(screen.height() * 0.9)))
    window.resizeDocks(
        [docks["stimuli"], docks["inspector"]], [300, 340], Qt.Orientation.Horizontal
    )
    window.resizeDocks([docks["simulation"]], [330], Qt.Orientation.Vertical)


def keep_on_screen(window: QMainWindow) -> None:
    """A layout saved on a larger screen is shrunk and moved into this one's free area."""
    screen = window.screen().availableGeometry()
    if screen.contains(window.frameGeometry()):
        return
    if window.isMaximized() or window.isFullScreen():
        return
    frame = window.frameGeometry().size() - window.size()  # the window manager's border
    window.resize(
        min(window.width(), screen.width() - frame.width()),
        min(window.height(), screen.height() - frame.height()),
    )
    right = screen.right() - window.frameGeometry().width() + 1
    bottom = screen.bottom() - window.frameGeometry().height() + 1
    window.move(
        max(screen.left(), min(window.x(), right)), max(screen.top(), min(window.y(), bottom))
    )


def save_layout(window: QMainWindow) -> None:
    """Remember the window's geometry and its docks' places for the next start."""
    settings = QSettings()
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.setValue(STATE_KEY, window.saveState(LAYOUT_VERSION))


__all__ = [
    "GEOMETRY_KEY",
    "LAYOUT_VERSION",
    "STATE_KEY",
    "arrange_docks",
    "keep_on_screen",
    "restore_layout",
    "save_layout",
]
