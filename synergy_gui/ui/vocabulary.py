"""The model's fixed words as the interface shows them: roles, activation maps, path kinds and
the usual time units, translated (the model and its files keep the English keys)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from synergy_gui.ui.i18n import translate

CONTEXT = "Vocabulary"
NAMES = {
    "stimulus": QT_TRANSLATE_NOOP("Vocabulary", "Stimulus"),
    "organism": QT_TRANSLATE_NOOP("Vocabulary", "Organism"),
    "response": QT_TRANSLATE_NOOP("Vocabulary", "Response"),
    "clip": QT_TRANSLATE_NOOP("Vocabulary", "Clip"),
    "logistic": QT_TRANSLATE_NOOP("Vocabulary", "Logistic"),
    "tanh": QT_TRANSLATE_NOOP("Vocabulary", "Tanh"),
    "bivalent": QT_TRANSLATE_NOOP("Vocabulary", "Bivalent"),
    "trivalent": QT_TRANSLATE_NOOP("Vocabulary", "Trivalent"),
    "identity": QT_TRANSLATE_NOOP("Vocabulary", "Identity"),
    "causal": QT_TRANSLATE_NOOP("Vocabulary", "Causal"),
    "trust-transfer": QT_TRANSLATE_NOOP("Vocabulary", "Trust transfer"),
}
UNITS = {
    "week": QT_TRANSLATE_NOOP("Vocabulary", "week"),
    "weeks": QT_TRANSLATE_NOOP("Vocabulary", "weeks"),
    "day": QT_TRANSLATE_NOOP("Vocabulary", "day"),
    "days": QT_TRANSLATE_NOOP("Vocabulary", "days"),
    "month": QT_TRANSLATE_NOOP("Vocabulary", "month"),
    "months": QT_TRANSLATE_NOOP("Vocabulary", "months"),
    "year": QT_TRANSLATE_NOOP("Vocabulary", "year"),
    "years": QT_TRANSLATE_NOOP("Vocabulary", "years"),
    "step": QT_TRANSLATE_NOOP("Vocabulary", "step"),
    "steps": QT_TRANSLATE_NOOP("Vocabulary", "steps"),
}


def word(key: str) -> str:
    """A role, activation map or path kind as shown: ``"organism"`` -> ``"Organism"``."""
    return translate(CONTEXT, NAMES[key]) if key in NAMES else key.capitalize()


def unit_word(unit: str) -> str:
    """A time unit as shown (``"weeks"`` -> ``"minggu"`` in Indonesian); others as written."""
    text = UNITS.get(unit.strip().lower())
    return translate(CONTEXT, text) if text else unit


def scenario_name(key: str | None) -> str:
    """A scenario as the plots and tables name it; None is the model as drawn."""
    return translate("Vocabulary", "As drawn") if key is None else key


#: How a driver's kind reads (the drivers' rows and the importance chart's tooltip).
DRIVER_KINDS = {
    "stimulus": QT_TRANSLATE_NOOP("LeversPanel", "stimulus"),
    "mediator": QT_TRANSLATE_NOOP("LeversPanel", "mediator"),
    "clamped": QT_TRANSLATE_NOOP("LeversPanel", "held"),
    "held": QT_TRANSLATE_NOOP("LeversPanel", "fixed"),
}


def driver_kind(kind: str) -> str:
    """A driver's kind as shown: ``"clamped"`` -> ``"held"``."""
    return translate("LeversPanel", DRIVER_KINDS.get(kind, kind))
