"""Which constructs are plotted when nobody has chosen: the model's focus, else the S-O-R story."""

from __future__ import annotations

from synergy_gui.model.document import ModelDocument

#: Without a focus in the settings, plot the constructs these words name (the S-O-R story).
DEFAULT_WORDS = ("trust", "engagement", "loyalty")
MAX_DEFAULT = 3


def default_focus(document: ModelDocument) -> list[str]:
    """The settings' focus; else trust, engagement and loyalty; else the first responses."""
    ids = [c.id for c in document.constructs]
    focus = [cid for cid in document.settings.focus if cid in ids]
    if focus:
        return focus
    for word in DEFAULT_WORDS:
        found = next((c.id for c in document.constructs if word in c.label.lower()), None)
        if found and found not in focus:
            focus.append(found)
    if focus:
        return focus
    ranked = sorted(
        document.constructs, key=lambda c: ("response", "organism", "stimulus").index(c.role)
    )
    return [c.id for c in ranked[:MAX_DEFAULT]]
