"""Whether a panel is really on screen: a dock tabbed behind another counts as visible to
Qt (it is only moved out of sight), but a panel there need not be kept up to date."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QWidget

#: The dynamic property a panel carries while its dock is tabbed behind another.
BEHIND_TAB = "behindTab"


def on_screen(widget: QWidget) -> bool:
    """True when ``widget`` is shown and its dock, if tabbed, is the tab in front."""
    return widget.isVisible() and not widget.property(BEHIND_TAB)


def follow_tabs(dock: QDockWidget, shown) -> None:
    """Mark ``dock``'s panel behind or in front as its tab is chosen, and emit the panel's
    ``shown`` signal when it comes forward (as a show event does for a hidden dock)."""

    def changed(visible: bool) -> None:
        dock.widget().setProperty(BEHIND_TAB, not visible)
        if visible:
            shown.emit()

    dock.visibilityChanged.connect(changed)


__all__ = ["BEHIND_TAB", "follow_tabs", "on_screen"]
