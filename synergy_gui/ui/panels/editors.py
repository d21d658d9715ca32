"""Small editor widgets of the inspector, each reporting one finished edit at a time."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLineEdit, QPlainTextEdit, QWidget

from synergy_gui.ui.plain import plain_tip


class CommitTextEdit(QPlainTextEdit):
    """A multi-line text that reports ``committed(str)`` when focus leaves or Ctrl+Enter."""

    committed = Signal(str)

    def __init__(self, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        metrics = self.fontMetrics()
        self.setFixedHeight(metrics.lineSpacing() * lines + 14)
        self._shown = ""

    def show_text(self, text: str) -> None:
        """Show the document's text (not reported as an edit)."""
        self._shown = text
        if self.toPlainText() != text:
            self.setPlainText(text)

    def commit(self) -> None:
        """Report the text if it differs from what the document holds."""
        text = self.toPlainText()
        if text != self._shown:
            self._shown = text
            self.committed.emit(text)

    def focusOutEvent(self, event) -> None:
        self.commit()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.commit()
            return
        super().keyPressEvent(event)


class CommitLineEdit(QLineEdit):
    """A one-line text that reports ``committed(str)`` on Enter or when focus leaves."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown = ""
        self.editingFinished.connect(self.commit)

    def show_text(self, text: str) -> None:
        self._shown = text
        if self.text() != text:
            self.setText(text)
            self.setCursorPosition(0)  # show the start of a long title, not its end
        self.setToolTip(plain_tip(text))

    def commit(self) -> None:
        if self.text() != self._shown:
            self._shown = self.text()
            self.committed.emit(self.text())


def number_box(
    low: float, high: float, decimals: int = 3, step: float = 0.05, suffix: str = ""
) -> QDoubleSpinBox:
    """A spin box that reports a value per Enter, arrow step or focus change, not per key."""
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(decimals)
    box.setSingleStep(step)
    box.setSuffix(suffix)
    box.setKeyboardTracking(False)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    return box


def show_number(box: QDoubleSpinBox, value: float) -> None:
    """Put a document value into a spin box without reporting it as an edit."""
    if box.value() != value:
        blocked = box.blockSignals(True)
        box.setValue(value)
        box.blockSignals(blocked)


def choice_box(choices: list[tuple[str, object]]) -> QComboBox:
    """A combo box of ``(text, data)`` choices."""
    box = QComboBox()
    for text, data in choices:
        box.addItem(text, data)
    return box


def show_choice(box: QComboBox, data: object) -> None:
    """Select the entry holding ``data`` without reporting it as an edit."""
    index = box.findData(data)
    if index != box.currentIndex():
        blocked = box.blockSignals(True)
        box.setCurrentIndex(index)
        box.blockSignals(blocked)


def lines_of(text: str) -> list[str]:
    """The non-empty, stripped lines of a text (references are edited one per line)."""
    return [line.strip() for line in text.splitlines() if line.strip()]
