"""Checks of a story against its document, shared by the file validator and the story edits.

Each problem names its place below the story (``steps[2].shown[0]``); the validator puts
``story.`` in front, an edit turns the first one into a sentence.
"""

from __future__ import annotations

import math
from typing import Any

from synergy_gui.model.checks import identifier, label_text, level_problem, one_of, text
from synergy_gui.model.elements import role_with_article
from synergy_gui.model.errors import Problem
from synergy_gui.model.phrases import phrase
from synergy_gui.model.story import STORY_REVEAL_MODES, Story, StoryStep

MAX_WEEK = 100_000  # the longest run a model may have, in steps of at least one time unit

_reveal_mode = one_of(STORY_REVEAL_MODES)


class StoryNames:
    """What a story may name in its document: constructs (with roles), paths, junctions,
    scenarios. Built once per check, so each reference costs O(1)."""

    def __init__(self, document: Any) -> None:
        self.roles = {c.id: c.role for c in document.constructs}
        self.paths = frozenset(p.id for p in document.paths)
        self.junctions = frozenset(j.id for j in document.junctions)
        self.scenarios = frozenset(s.name for s in document.scenarios)
        self.level_range = getattr(document.settings, "level_range", "unipolar")

    def not_a_construct(self, name: str) -> str | None:
        if name in self.roles:
            return None
        if name in self.paths or name in self.junctions:
            return phrase("{name!r} is a path or junction, not a construct", name=name)
        return phrase("there is no construct with id {cid!r}", cid=name)

    def not_a_stimulus(self, name: str) -> str | None:
        problem = self.not_a_construct(name)
        if problem or self.roles[name] == "stimulus":
            return problem
        return phrase(
            "{name!r} is {role}: only a stimulus has a slider level",
            name=name,
            role=role_with_article(self.roles[name]),
        )

    def not_a_path(self, name: str) -> str | None:
        if name in self.paths or name in self.junctions:
            return None
        if name in self.roles:
            return phrase(
                "{name!r} is a construct; a step highlights paths and junctions", name=name
            )
        return phrase("there is no path or junction with id {name!r}", name=name)


def story_problems(document: Any, story: Story) -> list[Problem]:
    """Every problem of ``story`` in ``document``, at places below the story."""
    names = StoryNames(document)
    problems = _value(label_text, story.title, "title")
    if not isinstance(story.steps, list):
        return [*problems, Problem("steps", phrase("must be a list of steps"))]
    for index, step in enumerate(story.steps):
        problems += step_problems(names, step, f"steps[{index}]")
    return problems


def step_problems(names: StoryNames, step: StoryStep, where: str) -> list[Problem]:
    """Every problem of one step; places start with ``where`` (``steps[2]``)."""
    problems = _value(label_text, step.title, f"{where}.title")
    problems += _value(text, step.caption, f"{where}.caption")
    problems += _value(_reveal_mode, step.reveal, f"{where}.reveal")
    problems += _names(names.not_a_construct, step.shown, f"{where}.shown", optional=True)
    problems += _names(names.not_a_path, step.highlight, f"{where}.highlight")
    problems += _levels(names, step.levels, f"{where}.levels")
    problems += _names(names.not_a_stimulus, step.sliders, f"{where}.sliders", optional=True)
    problems += _scenario(names, step.scenario, f"{where}.scenario")
    problems += _names(names.not_a_construct, step.plotted, f"{where}.plotted", optional=True)
    problems += _value(_week, step.week, f"{where}.week")
    if not isinstance(step.play, bool):
        reason = phrase("must be true or false (got {value!r})", value=step.play)
        problems.append(Problem(f"{where}.play", reason))
    return problems


def _value(rule: Any, value: Any, place: str) -> list[Problem]:
    reason = rule(value)
    return [Problem(place, reason)] if reason else []


def _week(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        return phrase("must be a finite number of time units (got {value!r})", value=value)
    if value < 0:
        return phrase("must not be negative (got {value!r})", value=value)
    if value > MAX_WEEK:
        return phrase("must be at most {most} (got {value!r})", most=MAX_WEEK, value=value)
    return None


def _names(judge: Any, value: Any, place: str, optional: bool = False) -> list[Problem]:
    if value is None and optional:
        return []
    if not isinstance(value, list | tuple):
        return [Problem(place, phrase("must be a list of ids"))]
    problems = []
    for position, name in enumerate(value):
        reason = identifier(name) or judge(name)
        if reason:
            problems.append(Problem(f"{place}[{position}]", reason))
    return problems


def _levels(names: StoryNames, levels: Any, place: str) -> list[Problem]:
    if not isinstance(levels, dict):
        return [Problem(place, phrase("must map stimulus ids to levels"))]
    from synergy_gui.model.validation import format_location  # it imports this module

    problems = []
    for name, level in levels.items():
        where = place + format_location(["levels", name]).removeprefix("levels")
        reason = (
            identifier(name)
            or names.not_a_stimulus(name)
            or level_problem(level, names.level_range)
        )
        if reason:
            problems.append(Problem(where, reason))
    return problems


def _scenario(names: StoryNames, scenario: Any, place: str) -> list[Problem]:
    if scenario is None:
        return []
    if not isinstance(scenario, str):
        return [Problem(place, phrase("must be a scenario's name (got {value!r})", value=scenario))]
    if scenario not in names.scenarios:
        return [Problem(place, phrase("there is no scenario named {name!r}", name=scenario))]
    return []


__all__ = ["MAX_WEEK", "StoryNames", "step_problems", "story_problems"]
