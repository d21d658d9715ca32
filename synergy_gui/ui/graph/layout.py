"""Automatic layout of the diagram: the column layout (in :mod:`synergy_gui.model.layout`,
which the importers share) and a free spot for a new node."""

from __future__ import annotations

from synergy_gui.model import ModelDocument
from synergy_gui.model.layout import (
    COLUMN_GAP,
    JUNCTION_SHARE,
    ROW_GAP,
    WAYPOINT_ROW,
    between,
    column_layout,
    junction_places,
)
from synergy_gui.ui.graph.style import NODE_HEIGHT, NODE_WIDTH

__all__ = [
    "COLUMN_GAP",
    "JUNCTION_SHARE",
    "ROW_GAP",
    "WAYPOINT_ROW",
    "between",
    "column_layout",
    "free_spot",
    "junction_places",
]


def free_spot(document: ModelDocument, wanted, gap: float = 12.0) -> tuple[float, float]:
    """``wanted`` (anything with x() and y()), moved down until no node box overlaps it."""
    x, y = round(wanted.x(), 1), round(wanted.y(), 1)
    width, height = NODE_WIDTH + gap, NODE_HEIGHT + gap
    taken = [c.position for c in document.constructs]
    while any(abs(px - x) < width and abs(py - y) < height for px, py in taken):
        y += height
    return x, y
