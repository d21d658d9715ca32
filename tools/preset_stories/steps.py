"""What every preset story shares: the seeds it cites and the steps that open and end it."""

from __future__ import annotations

from collections.abc import Iterable

from synergy_gui.model import ModelDocument
from synergy_gui.model.story import StoryStep

SYNERGY_SEED = "Synergistic Influence in Social Media Marketing"
BRAND_SEED = "Brand interaction on social media platforms and consumer purchase decisions"
INTEGRATION_SEED = "Social Media Integration Model"
TRUST_SEED = "How Organizations Use Social Media to Create Trust, Influence and Engagement"
AVERAGE = 0.5  # the average consumer: a lever at this level moves nothing
HIGH = 0.9  # a lever pushed high in a what-if step


def source(title: str) -> str:
    return f"(source: {title})"


# --------------------------------------------------------------------------- id helpers
def ids_with_role(document: ModelDocument, *roles: str) -> list[str]:
    """The constructs of these roles, in the document's order."""
    return [c.id for c in document.constructs if c.role in roles]


def all_but(document: ModelDocument, *left_out: str) -> list[str]:
    return [c.id for c in document.constructs if c.id not in left_out]


def paths_between(
    document: ModelDocument, sources: Iterable[str], targets: Iterable[str]
) -> list[str]:
    """The ids of the paths from any of ``sources`` into any of ``targets``."""
    sources, targets = set(sources), set(targets)
    return [p.id for p in document.paths if p.source in sources and p.target in targets]


def drawn_levels(document: ModelDocument) -> dict[str, float]:
    """Every stimulus at its level as the preset is drawn (the sliders when it opens)."""
    return {c.id: float(c.initial) for c in document.constructs_with_role("stimulus")}


def levels_with(document: ModelDocument, **raised: float) -> dict[str, float]:
    """Every stimulus average except ``raised``: only the levers a step names move."""
    levels = dict.fromkeys(ids_with_role(document, "stimulus"), AVERAGE)
    levels.update(raised)
    return levels


def stimuli_step(
    document: ModelDocument, title: str, caption: str, plotted: list[str]
) -> StoryStep:
    """Step 1 of every story: only the stimuli, every slider as drawn."""
    return StoryStep(
        title,
        caption,
        shown=ids_with_role(document, "stimulus"),
        reveal="hide",
        levels=drawn_levels(document),
        plotted=plotted,
    )


def summary_step(
    document: ModelDocument, title: str, caption: str, highlight: list[str]
) -> StoryStep:
    """The last step of every story: the whole model as drawn, every slider offered."""
    return StoryStep(
        title,
        caption,
        shown=None,
        highlight=highlight,
        levels=drawn_levels(document),
        plotted=list(document.settings.focus),
    )
