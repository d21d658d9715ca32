"""A small Qt-free event emitter: the document emits, the views listen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

#: What a change touched; the ui dispatches on these.
TARGETS = ("construct", "path", "junction", "scenario", "settings", "meta", "document")
ACTIONS = ("add", "remove", "update", "reset")

#: Fields whose change alters the compiled structure of the model (not just a number).
_STRUCTURAL_FIELDS = frozenset(
    {"role", "activation", "source", "target", "members", "update_rule", "step_mode", "dt"}
)


@dataclass(frozen=True)
class Change:
    """One notification: what changed, in which item, and which fields."""

    action: str
    target: str
    item_id: str | None = None
    fields: tuple[str, ...] = ()
    previous_id: str | None = None  # a renamed scenario's former name (item_id is the new one)

    @property
    def structural(self) -> bool:
        """True when the engine must recompile rather than update numbers in place."""
        if self.action in ("add", "remove", "reset"):
            return self.target not in ("meta",)
        return bool(_STRUCTURAL_FIELDS.intersection(self.fields))


Listener = Callable[[Change], None]


class Emitter:
    """Holds listeners and calls them in the order they connected."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._muted = 0

    def connect(self, listener: Listener) -> None:
        if listener not in self._listeners:
            self._listeners.append(listener)

    def disconnect(self, listener: Listener) -> None:
        """Remove a listener; a listener that is not connected is ignored."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    def emit(self, change: Change) -> None:
        if self._muted:
            return
        for listener in list(self._listeners):
            listener(change)

    @property
    def listener_count(self) -> int:
        return len(self._listeners)
