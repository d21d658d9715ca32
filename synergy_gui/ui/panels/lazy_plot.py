"""A plot made when first needed: importing matplotlib and making a canvas cost a launch about
0.4 s, which a dock the user has not opened yet should not make the window wait for."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from synergy_gui.ui.panels.quick_matplotlib import skip_set_help_texts


class LazyPlot(QWidget):
    """Holds the canvas ``make()`` returns, made when shown or first asked for (``plot``).

    Settings given before then (:meth:`apply`) are remembered, the newest of each kind, and
    given to the canvas when it is made.
    """

    def __init__(self, make: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self._plot: QWidget | None = None
        self._settings: dict[str, tuple] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def made(self) -> bool:
        return self._plot is not None

    @property
    def plot(self):
        """The canvas (made now if it was not yet)."""
        if self._plot is None:
            skip_set_help_texts()  # whichever plot comes first imports matplotlib
            self._plot = self._make()
            self.layout().addWidget(self._plot)
            self._plot.setGeometry(self.contentsRect())  # its size before it first draws
            for method, args in self._settings.items():
                getattr(self._plot, method)(*args)
        return self._plot

    def apply(self, method: str, *args) -> None:
        """Call the canvas's ``method`` now, or when it is made."""
        if self._plot is None:
            self._settings[method] = args
        else:
            getattr(self._plot, method)(*args)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._plot is not None:
            return
        handle = self.window().windowHandle()
        if handle is not None and handle.isExposed():
            _ = self.plot
        else:  # shown with a window that has not painted yet (a launch): after its first paint
            QTimer.singleShot(0, self._make_if_shown)

    def _make_if_shown(self) -> None:
        if self._plot is None and self.isVisible():
            _ = self.plot


__all__ = ["LazyPlot"]
