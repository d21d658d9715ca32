"""Numbers as the interface shows them: the locale's decimal separator ("0,70" in Indonesian).

Only for display: files, CSV and the command line keep Python's '.' formatting.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def number_text(value: float, decimals: int = 2) -> str:
    """``value`` with ``decimals`` places in the interface's locale: ``0.70`` or ``0,70``."""
    return QLocale().toString(float(value), "f", decimals)


def short_number(value: float) -> str:
    """``value`` at up to six significant digits, as ``{:g}`` would, in the locale: ``26,5``."""
    text = QLocale().toString(float(value), "g", 6)
    return text.replace(QLocale().groupSeparator(), "") if abs(value) < 1e6 else text


def signed_number(value: float, decimals: int = 3) -> str:
    """``value`` with its sign always shown, in the interface's locale: ``+0,042``."""
    text = number_text(value, decimals)
    return text if text.startswith(("-", "−")) else f"+{text}"


def count_text(count: int) -> str:
    """A count with the locale's thousands separator: ``1,000`` or ``1.000``."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no separator of its own: as Python writes it
        return f"{count:,}"
    return locale.toString(int(count))


def difference_text(value: float, decimals: int = 2) -> str:
    """A change as shown: ``+0,07``, ``−0,03`` (a true minus), and ``±0,00`` for what rounds
    to nothing (never "-0.00")."""
    text = signed_number(value, decimals)
    zero = number_text(0.0, decimals)
    return f"±{zero}" if text in (f"+{zero}", f"-{zero}") else text.replace("-", "−")
