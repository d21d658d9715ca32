"""The engine's error: a model it cannot run, with the construct or path to blame."""

from __future__ import annotations

from synergy_gui.model.errors import ModelError


class EngineError(ModelError):
    """A document, parameter or request the engine refuses; the message names the item."""
