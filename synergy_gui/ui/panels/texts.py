"""Texts the panels show for model items: titles of weights, tooltips, time units."""

from __future__ import annotations

from synergy_gui.model import Construct, Junction, ModelDocument, ModelError, Path
from synergy_gui.ui.i18n import translate


def construct_label(document: ModelDocument, construct_id: str) -> str:
    """The label of a construct, or its id if it is missing."""
    try:
        return document.construct(construct_id).label
    except ModelError:
        return construct_id


def labels_by_id(document: ModelDocument) -> dict[str, str]:
    """Every construct's label by id (one pass, for titling many weights at once)."""
    return {c.id: c.label for c in document.constructs}


def path_title(labels: dict[str, str], path: Path) -> str:
    """``"Digital trust → Loyalty"`` (``labels`` from :func:`labels_by_id`)."""
    return f"{labels.get(path.source, path.source)} → {labels.get(path.target, path.target)}"


def junction_title(labels: dict[str, str], junction: Junction) -> str:
    """``"Interactivity × Personalization → Synergistic influence"``."""
    members = " × ".join(labels.get(m, m) for m in junction.members)
    return f"{members} → {labels.get(junction.target, junction.target)}"


def item_tooltip(item: Construct | Path | Junction) -> str:
    """The description and references of an item, for a tooltip."""
    parts = [item.description.strip()] if item.description.strip() else []
    if item.references:
        references = "; ".join(item.references)
        parts.append(translate("InspectorPages", "References: {list}").format(list=references))
    return "\n\n".join(parts)


def plural_unit(unit: str) -> str:
    """``"week"`` -> ``"weeks"``; a unit already plural or abbreviated stays as it is."""
    unit = unit.strip()
    if not unit or unit.endswith("s") or unit.endswith("."):
        return unit
    return unit + "s"
