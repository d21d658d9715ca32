"""The ranges of the weight and level widgets, as the model's scale settings say them.

Standardised weights and unipolar levels keep today's sliders (−1…1 and 0…1). Unstandardised
weights get a spin box up to the model's ±100 and a slider over ±5, wide enough for the
coefficients studies report and still fine enough to drag; bipolar levels run −1…1.
"""

from __future__ import annotations

from dataclasses import dataclass

from synergy_gui.model.checks import level_bounds, weight_bound
from synergy_gui.model.elements import Settings

UNSTANDARDISED_SLIDER = 5.0
STEPS_PER_UNIT = 1000


@dataclass(frozen=True)
class Ranges:
    """A slider's range and its spin box's (which may reach further)."""

    slider: tuple[float, float]
    spin: tuple[float, float]

    @property
    def steps(self) -> int:
        return round((self.slider[1] - self.slider[0]) * STEPS_PER_UNIT)


def weight_ranges(settings: Settings) -> Ranges:
    """The ranges of a weight's slider and spin box."""
    bound = weight_bound(settings.weight_scale)
    reach = min(bound, UNSTANDARDISED_SLIDER)
    return Ranges((-reach, reach), (-bound, bound))


def level_ranges(settings: Settings) -> Ranges:
    """The ranges of a level's slider and spin box."""
    bounds = level_bounds(settings.level_range)
    return Ranges(bounds, bounds)
