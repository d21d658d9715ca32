"""Spend figures in few characters, for the Budget dock's texts and plots."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def money(value: float, _position: object = None) -> str:
    """A spend figure in few characters, in the interface's locale: 950, 12k, 1.2M (1,2M)."""
    size = abs(value)
    if size >= 1e6:
        text = f"{value / 1e6:.3g}M"
    elif size >= 1e3:
        text = f"{value / 1e3:.3g}k"
    else:
        text = f"{value:.0f}"
    return text.replace(".", QLocale().decimalPoint())


__all__ = ["money"]
