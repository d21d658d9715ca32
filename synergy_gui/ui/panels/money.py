"""Spend figures in few characters, for the Budget dock's texts and plots."""

from __future__ import annotations


def money(value: float, _position: object = None) -> str:
    """A spend figure in few characters: 950, 12k, 1.2M."""
    size = abs(value)
    if size >= 1e6:
        return f"{value / 1e6:.3g}M"
    if size >= 1e3:
        return f"{value / 1e3:.3g}k"
    return f"{value:.0f}"


__all__ = ["money"]
