"""The order in which the diagram's items were selected (Qt only reports the set).

A synergy junction's target is the last selected construct that can be one, so the order
matters; items selected together (rubber band) are ordered upstream to downstream.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsScene

from synergy_gui.model import ModelDocument
from synergy_gui.ui.i18n import translate

_ROLE_RANK = {"stimulus": 0, "organism": 1, "response": 2}


def _id_of(item) -> str | None:
    for name in ("construct_id", "path_id", "junction_id"):
        value = getattr(item, name, None)
        if isinstance(value, str):
            return value
    return None


def _upstream_first(item) -> tuple:
    role = getattr(item, "role", None)
    return (role is None, _ROLE_RANK.get(role, 3), item.pos().x(), item.pos().y())


class SelectionOrder:
    """Selected ids of a scene, oldest selection first."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self._scene = scene
        self._ids: list[str] = []

    def ids(self) -> list[str]:
        return list(self._ids)

    def update(self) -> bool:
        """Catch up with the scene's selection; True when the ids changed."""
        selected = {}
        for item in self._scene.selectedItems():
            key = _id_of(item)
            if key is not None:
                selected[key] = item
        kept = [key for key in self._ids if key in selected]
        new = sorted(
            (item for key, item in selected.items() if key not in kept), key=_upstream_first
        )
        ids = kept + [_id_of(item) for item in new]
        changed = ids != self._ids
        self._ids = ids
        return changed

    def junction_parts(self, document: ModelDocument) -> tuple[list[str], str | None]:
        """(members, target) for a junction of the selected constructs."""
        constructs = [key for key in self._ids if document.has_construct(key)]
        target = next(
            (key for key in reversed(constructs) if document.construct(key).role != "stimulus"),
            None,
        )
        members = [key for key in constructs if key != target]
        return members, target


def junction_problem(document: ModelDocument, members: list[str], target: str | None) -> str | None:
    """Why ``members`` and ``target`` cannot make a junction (what to select instead), or None."""
    how = translate(
        "Selection", "select two or more members, then the target (an organism or a response) last"
    )
    if target is None and not members:
        return translate("Selection", "To add a synergy junction, {how}.").format(how=how)
    if target is None:
        return translate(
            "Selection", "A synergy junction needs a target that is not a stimulus: {how}."
        ).format(how=how)
    if len(members) < 2:
        label = document.construct(target).label
        lacking = (
            translate("Selection", "A synergy junction acting on {label} has no member: {how}.")
            if not members
            else translate(
                "Selection", "A synergy junction acting on {label} has only one member: {how}."
            )
        )
        return lacking.format(label=label, how=how)
    return None
