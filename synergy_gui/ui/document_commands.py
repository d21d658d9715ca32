"""Undo commands on the whole document: an import that replaces or merges into the open model.

:class:`ReplaceDocumentCommand` swaps the document's data with another's (``replace_with``) and
back, so Undo gives back the earlier model exactly, whatever the import changed.
"""

from __future__ import annotations

from synergy_gui.model import ModelDocument
from synergy_gui.ui.commands import _DocumentCommand


class ReplaceDocumentCommand(_DocumentCommand):
    """Replace the whole model with ``replacement`` (an import, a merge, estimated weights)."""

    def __init__(self, document: ModelDocument, replacement: ModelDocument, text: str) -> None:
        super().__init__(document, text)
        self._before = document.clone()
        self._after = replacement.clone()

    def _redo(self) -> None:
        self.document.replace_with(self._after)

    def _undo(self) -> None:
        self.document.replace_with(self._before)
