"""A small Qt-free event emitter: the document emits, the views listen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

#: What a change touched; the ui dispatches on these.
TARGETS = (
    "construct", "path", "junction", "scenario", "settings", "meta", "story", "channel", "document",
)  # fmt: skip
ACTIONS = ("add", "remove", "update", "reset")


@dataclass(frozen=True)
class Change:
    """One notification: what changed, in which item, and which fields."""

    action: str
    target: str
    item_id: str | None = None
    fields: tuple[str, ...] = ()
    previous_id: str | None = None  # a renamed scenario's former name (item_id is the new one)


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
