"""The caption bar of presentation mode: the story step's title and caption in large type,
black on white, with the step count and the Back, Next and Leave buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from synergy_gui.model.story import StoryStep
from synergy_gui.ui.i18n import translate

#: Caption bar: black on white, large; the sizes are pixels at a 1080-pixel-high screen.
BAR_STYLE = """
#presentation_bar {{ background: #ffffff; border-bottom: 3px solid #000000; }}
#presentation_bar QLabel {{ color: #000000; background: transparent; }}
#presentation_title {{ font-size: {title}px; font-weight: 700; }}
#presentation_caption {{ font-size: {caption}px; }}
#presentation_counter {{ font-size: {small}px; color: #333333; }}
#presentation_bar QPushButton {{ font-size: {small}px; padding: 4px 12px; }}
"""


class PresentationBar(QWidget):
    """The story step's title and caption in large type, with the step count and buttons."""

    previousRequested = Signal()  # noqa: N815  # Qt signal names are camelCase
    nextRequested = Signal()  # noqa: N815  # Qt signal names are camelCase
    leaveRequested = Signal()  # noqa: N815  # Qt signal names are camelCase

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentation_bar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.title = QLabel(objectName="presentation_title")
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.caption = QLabel(objectName="presentation_caption")
        self.counter = QLabel(objectName="presentation_counter")
        for label in (self.title, self.caption, self.counter):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setWordWrap(True)
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        # measures the story's other captions, so the bar keeps the tallest one's height
        # and the diagram below it does not jump from step to step
        self._measure = QLabel(self, objectName="presentation_caption")
        self._measure.setWordWrap(True)
        self._measure.setTextFormat(Qt.TextFormat.PlainText)
        self._measure.hide()
        self._reserved: list[str] = []
        self.previous = QPushButton(translate("PresentationBar", "◀ Back"))
        self.next = QPushButton(translate("PresentationBar", "Next ▶"))
        self.leave = QPushButton(translate("PresentationBar", "Leave (Esc)"))
        for button, signal in (
            (self.previous, self.previousRequested),
            (self.next, self.nextRequested),
            (self.leave, self.leaveRequested),
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys belong to the story
            button.clicked.connect(signal)
        self._layout()
        self.set_type_size(1080)

    def _layout(self) -> None:
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.counter)
        for button in (self.previous, self.next, self.leave):
            heading.addWidget(button)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 8, 24, 10)
        column.setSpacing(4)
        column.addLayout(heading)
        column.addWidget(self.caption)

    def set_type_size(self, screen_height: int) -> None:
        """Scale the bar's type to the screen: legible from the back of the room."""
        unit = max(0.7, screen_height / 1080)
        sizes = {"title": 34, "caption": 24, "small": 18}
        self.setStyleSheet(BAR_STYLE.format(**{k: round(v * unit) for k, v in sizes.items()}))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_caption()

    def _fit_caption(self) -> None:
        """Give the wrapped caption the height its lines need at the bar's width (a dock does
        not ask a label's height for its width by itself)."""
        margins = self.layout().contentsMargins()
        width = self.width() - margins.left() - margins.right()
        needed = self.caption.heightForWidth(width) if self.caption.text() else 0
        self._measure.ensurePolished()
        for text in self._reserved:
            self._measure.setText(text)
            needed = max(needed, self._measure.heightForWidth(width))
        if needed != self.caption.minimumHeight():
            self.caption.setMinimumHeight(max(0, needed))

    def reserve(self, captions: list[str]) -> None:
        """Keep the caption as tall as the tallest of ``captions`` needs."""
        self._reserved = [c for c in captions if c]
        self._fit_caption()

    def show_step(self, step: StoryStep | None, index: int, count: int, fallback: str) -> None:
        """Show a step (or, with no story, the model's title)."""
        self.title.setText(step.title if step else fallback)
        self.title.setToolTip(self.title.text())
        self.caption.setText(step.caption if step else "")
        self.caption.setVisible(bool(step and step.caption) or bool(self._reserved))
        self.counter.setText(
            translate("PresentationBar", "Step {n} of {count}").format(n=index + 1, count=count)
            if step
            else translate("PresentationBar", "No story in this model")
        )
        self.previous.setEnabled(step is not None and index > 0)
        self.next.setEnabled(step is not None and index < count - 1)
        self._fit_caption()


__all__ = ["PresentationBar"]
