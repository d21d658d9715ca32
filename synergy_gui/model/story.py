"""A story: the model revealed step by step, as a lecturer tells it (stored in the file).

A step says what the audience sees: a title and a caption to read aloud, the constructs
shown (the others faded or hidden), the paths and junctions highlighted, the stimulus levels
or the scenario in force, the plotted constructs and where the time cursor stands. Every
field but the title may be left unset, meaning "as the window already is", so a step can
change one thing only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: How the constructs a step does not show are drawn.
STORY_REVEAL_MODES = ("fade", "hide")


@dataclass
class StoryStep:
    """One step of a story."""

    title: str
    caption: str = ""
    shown: list[str] | None = None  # construct ids revealed; None: every construct
    reveal: str = "fade"  # how the others are drawn: "fade" or "hide"
    highlight: list[str] = field(default_factory=list)  # path and junction ids
    levels: dict[str, float] = field(default_factory=dict)  # stimulus id -> slider level
    sliders: list[str] | None = None  # stimuli offered in presentation; None: levels' keys
    scenario: str | None = None  # a scenario to simulate; None: as drawn
    plotted: list[str] | None = None  # constructs plotted; None: as the window has them
    week: float | None = None  # the time cursor, in time units; None: the end of the run
    play: bool = False  # play the run from the start when the step is shown

    def slider_ids(self) -> list[str]:
        """The stimuli whose sliders the step offers."""
        return list(self.levels) if self.sliders is None else list(self.sliders)


@dataclass
class Story:
    """An ordered list of steps under a title."""

    title: str = "Story"
    steps: list[StoryStep] = field(default_factory=list)


__all__ = ["STORY_REVEAL_MODES", "Story", "StoryStep"]
