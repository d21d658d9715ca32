"""User text on screen exactly as written: never as Qt rich text.

A model file comes from someone else. Qt takes a label's or a tooltip's text as rich text when
it looks like HTML, so ``<img src=…>`` would load a file and ``<a href=…>`` show a live link.
Labels that show user text use :func:`plain_label` (or ``Qt.TextFormat.PlainText``); tooltips,
which have no plain mode, get the text escaped inside markup of our own (:func:`plain_tip`).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` as written (line breaks kept); empty for no text."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>" if text else ""


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows its text as written, never as markup."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label
