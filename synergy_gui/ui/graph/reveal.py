"""A story step's reveal and the highlighted routes, drawn on the diagram's items.

The view state owns what is revealed and highlighted; this only turns it into visibility,
opacity and emphasis of the items the mirror holds, so nothing keeps a copy of that state.
"""

from __future__ import annotations

from synergy_gui.model.view_state import ViewState

#: How strongly a construct left out of a story step still shows ("fade" mode).
FADED_OPACITY = 0.15
#: How strongly the other paths show while some are highlighted.
DIMMED_OPACITY = 0.3


def emphasis_of(item_id: str, highlighted: frozenset[str]) -> str:
    """ "highlighted", "dimmed" (others are highlighted) or "" (nothing is)."""
    if not highlighted:
        return ""
    return "highlighted" if item_id in highlighted else "dimmed"


def _show(item, revealed: bool, mode: str, emphasis: str = "") -> None:
    item.setVisible(revealed or mode == "fade")
    opacity = 1.0 if revealed else FADED_OPACITY
    if emphasis == "dimmed":
        opacity = min(opacity, DIMMED_OPACITY)
    if opacity != item.opacity():
        item.setOpacity(opacity)


def apply_reveal(mirror, view: ViewState | None) -> None:
    """Fade or hide what ``view`` does not reveal; emphasise what it highlights."""
    if view is None:
        return
    mode, highlighted, shown = view.reveal_mode, view.highlighted, view.is_shown
    for construct_id, item in mirror.constructs.items():
        _show(item, shown(construct_id), mode)
    for path_id, item in mirror.paths.items():
        emphasis = emphasis_of(path_id, highlighted)
        revealed = shown(item.source.construct_id) and shown(item.target.construct_id)
        _show(item, revealed, mode, emphasis)
        item.set_emphasis(emphasis)
    for junction_id, item in mirror.junctions.items():
        emphasis = emphasis_of(junction_id, highlighted)
        revealed = all(shown(end.construct_id) for end in (*item.members, item.target))
        _show(item, revealed, mode, emphasis)
        item.set_emphasis(emphasis)
