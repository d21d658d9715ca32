"""Fitting a construct's label on its node: the label's fonts, wrapping at word boundaries,
and the shortened (elided or initials) labels of compact nodes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

from synergy_gui.ui.graph import style as st

#: A shortened label keeps at least this many letters before "…"; shorter, initials read better.
_FEWEST_LETTERS = 4


def label_fonts(pixels: int = st.LABEL_PIXELS) -> list[QFont]:
    """The label's fonts, largest first (made on use: the application's font may change)."""
    sizes = dict.fromkeys((pixels, round(pixels * 13 / 15), round(pixels * 12 / 15)))
    return [st.font(size, QFont.Weight.DemiBold) for size in sizes]


def wrap_lines(text: str, font: QFont, width: float, anywhere: bool = False) -> list[str]:
    """``text`` broken into lines of at most ``width``, at word boundaries.

    A word wider than ``width`` overflows its line unless ``anywhere`` allows breaking it.
    """
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(
        QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        if anywhere
        else QTextOption.WrapMode.WordWrap
    )
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    return lines


def _fits(lines: list[str], font: QFont, width: float, max_lines: int) -> bool:
    metrics = QFontMetricsF(font)
    return len(lines) <= max_lines and all(metrics.horizontalAdvance(x) <= width for x in lines)


def fit_label(
    text: str, width: float, max_lines: int = 2, pixels: int = st.LABEL_PIXELS
) -> tuple[QFont, list[str]]:
    """The font and lines that show ``text`` in at most ``max_lines`` lines.

    Words stay whole if some font size allows; only then are words broken, and what still
    does not fit is elided.
    """
    fonts = label_fonts(pixels)
    for font in fonts:
        lines = wrap_lines(text, font, width)
        if _fits(lines, font, width, max_lines):
            return font, lines
    font = fonts[-1]
    lines = wrap_lines(text, font, width, anywhere=True)
    rest = " ".join(lines[max_lines - 1 :])
    elided = QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return font, [*lines[: max_lines - 1], elided]


def whole_words_width(text: str, pixels: int, max_lines: int = 2) -> float:
    """The least label width that shows ``text`` with whole words in ``max_lines`` lines in
    the full ``pixels`` font (a node drawn that wide never shrinks or breaks its label)."""
    metrics = QFontMetricsF(label_fonts(pixels)[0])
    words = text.split() or [text]
    if max_lines < 2 or len(words) == 1:
        return metrics.horizontalAdvance(" ".join(words))
    return min(
        max(
            metrics.horizontalAdvance(" ".join(words[:cut])),
            whole_words_width(" ".join(words[cut:]), pixels, max_lines - 1),
        )
        for cut in range(1, len(words))
    )


def initials(text: str) -> str:
    """ "Brand engagement" -> "BE": the first letter of each word (at most four)."""
    return "".join(word[0].upper() for word in text.split() if word[:1].isalnum())[:4] or text[:2]


def compact_label(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """``text`` in a large font on a small node: whole words if they fit, else the start
    elided (when enough letters are left to recognise it), else its initials."""
    metrics = QFontMetricsF(font)
    lines = wrap_lines(text, font, width)
    if _fits(lines, font, width, max_lines):
        return lines
    kept = lines[:max_lines] or [text]
    if len(lines) > max_lines:
        kept[-1] = " ".join(lines[max_lines - 1 :])
    kept = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in kept]
    if all(_recognisable(line) for line in kept):
        return kept
    return [metrics.elidedText(initials(text), Qt.TextElideMode.ElideRight, width)]


def _recognisable(line: str) -> bool:
    """A whole line is; an elided one when enough letters are left before its "…"."""
    return not line.endswith("…") or len(line.rstrip("…")) >= _FEWEST_LETTERS


__all__ = [
    "compact_label",
    "fit_label",
    "initials",
    "label_fonts",
    "whole_words_width",
    "wrap_lines",
]
