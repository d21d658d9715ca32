"""The base of panels that show a document: listen to its events, rebuild lazily, detach."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from synergy_gui.model import Change, ModelDocument, ModelError, Scenario


class DocumentPanel(QWidget):
    """A widget that follows a document's events.

    Structural changes only mark the panel stale; the rebuild runs once per event-loop turn
    (a burst of removals rebuilds once) or at once when a caller asks via ``ensure_current``.
    Subclasses implement ``_rebuild()`` and ``_on_document_changed(change)``.
    """

    def __init__(self, document: ModelDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._stale = False
        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.setInterval(0)
        self._rebuild_timer.timeout.connect(self.ensure_current)
        listener = self._on_document_changed
        document.events.connect(listener)
        self.destroyed.connect(lambda *_: document.events.disconnect(listener))

    def detach(self) -> None:
        """Stop following the document (the window calls this before dropping the panel)."""
        self.document.events.disconnect(self._on_document_changed)
        self._rebuild_timer.stop()

    def mark_stale(self) -> None:
        """Rebuild on the next event-loop turn (or at the next ``ensure_current``)."""
        self._stale = True
        self._rebuild_timer.start()

    def ensure_current(self) -> None:
        """Run a pending rebuild now."""
        if self._stale:
            self._stale = False
            self._rebuild_timer.stop()
            self._rebuild()

    @property
    def stale(self) -> bool:
        return self._stale

    def _rebuild(self) -> None:
        raise NotImplementedError

    def _on_document_changed(self, change: Change) -> None:
        raise NotImplementedError


def find_scenario(document: ModelDocument, name: str | None) -> Scenario | None:
    """The scenario called ``name``; None for None or a name the document does not hold."""
    if name is None:
        return None
    try:
        return document.scenario(name)
    except ModelError:
        return None
