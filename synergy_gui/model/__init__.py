"""The document layer: plain Python, no Qt and no numpy."""

from synergy_gui.model.document import ModelDocument, Removal
from synergy_gui.model.elements import (
    Activation,
    Construct,
    Junction,
    Meta,
    Path,
    Scenario,
    Schedule,
    Settings,
)
from synergy_gui.model.errors import DocumentFileError, ModelError, Problem
from synergy_gui.model.events import Change, Emitter

__all__ = [
    "Activation",
    "Change",
    "Construct",
    "DocumentFileError",
    "Emitter",
    "Junction",
    "Meta",
    "ModelDocument",
    "ModelError",
    "Path",
    "Problem",
    "Removal",
    "Scenario",
    "Schedule",
    "Settings",
]
