"""The undo check every command test makes: undo gives back the whole earlier document, redo
the later one (and, given a folder, the later one survives a save and a reopen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QUndoStack

from synergy_gui.model import ModelDocument
from synergy_gui.model.fileformat import load_document, save_document
from synergy_gui.ui.commands import push


def round_trip(
    stack: QUndoStack, document: ModelDocument, command, saved_in: Path | None = None
) -> ModelDocument:
    """Push ``command``, undo, redo, comparing whole documents; returns the document after."""
    before = document.clone()
    assert push(stack, command) is None
    after = document.clone()
    assert after != before
    stack.undo()
    assert document == before
    stack.redo()
    assert document == after
    if saved_in is not None:
        save_document(document, saved_in / "saved.synergy.json")
        assert load_document(saved_in / "saved.synergy.json") == after
    return after
