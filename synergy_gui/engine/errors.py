"""The engine's error: a model it cannot run, with the construct or path to blame."""

from __future__ import annotations

from collections.abc import Iterable

from synergy_gui.model.errors import ModelError
from synergy_gui.model.phrases import phrase


class EngineError(ModelError):
    """A document, parameter or request the engine refuses; the message names the item."""


def no_scenario(name: object, scenarios: Iterable) -> EngineError:
    """The refusal of a scenario the document does not have, naming the ones it has."""
    names = ", ".join(repr(s.name) for s in scenarios) or phrase("none")
    return EngineError(
        phrase("there is no scenario named {name!r} (scenarios: {names})", name=name, names=names)
    )
