"""Plot ticks in the interface's locale: "0,50" on the axes of an Indonesian window."""

from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.ticker import FuncFormatter, ScalarFormatter
from PySide6.QtCore import QLocale

from synergy_gui.ui.panels.money import money


class LocaleTickFormatter(ScalarFormatter):
    """Matplotlib's ticks with the interface's decimal separator ("0,50" in Indonesian)."""

    def __call__(self, x: float, pos: int | None = None) -> str:
        return super().__call__(x, pos).replace(".", QLocale().decimalPoint())


def locale_ticks(axes: Axes, x: bool = True, y: bool = True) -> None:
    """Give ``axes`` ticks with the locale's decimal separator on the axes asked for."""
    if x:
        axes.xaxis.set_major_formatter(LocaleTickFormatter())
    if y:
        axes.yaxis.set_major_formatter(LocaleTickFormatter())


def money_ticks(axes: Axes) -> None:
    """Spend on the x axis in few characters: 950, 12k, 1,2M."""
    axes.xaxis.set_major_formatter(FuncFormatter(money))


__all__ = ["LocaleTickFormatter", "locale_ticks", "money_ticks"]
