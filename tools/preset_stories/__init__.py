"""The teaching story of each shipped preset: its source document's argument, step by step.

One function per preset takes the built document (for its ids and the levels as drawn) and
returns a :class:`Story`. Every story reveals the model in the S-O-R order (stimuli, then the
organism, then the responses), then shows the preset's key mechanism and a what-if, and ends
on the whole model. Captions quote or closely paraphrase the seed documents and name them;
where a step shows the model's numbers, the caption says they are illustrative.
"""

from __future__ import annotations

from collections.abc import Callable

from preset_stories.integration import social_media_integration
from preset_stories.kol_koc import kol_koc_journey
from preset_stories.synergy import synergistic_influence
from preset_stories.trust import trust_influence_engagement
from synergy_gui.model import ModelDocument
from synergy_gui.model.story import Story

#: The story of each preset, by the preset's file name.
STORIES: dict[str, Callable[[ModelDocument], Story]] = {
    "synergistic_influence.synergy.json": synergistic_influence,
    "kol_koc_journey.synergy.json": kol_koc_journey,
    "social_media_integration.synergy.json": social_media_integration,
    "trust_influence_engagement.synergy.json": trust_influence_engagement,
}
