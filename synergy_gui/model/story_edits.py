"""The story's edits, mixed into :class:`~synergy_gui.model.document.ModelDocument`.

Each edit checks the step against the document, changes the story and emits one
``Change(action, "story", ...)``: ``fields=("title",)`` for the story's title,
``("steps",)`` for a step added, changed, moved or removed, and ``action="reset"`` when the
whole story is replaced. The story also follows the document: a removed construct, path or
junction leaves every step, a renamed scenario is followed, a removed scenario is dropped
from the steps that name it, and a stimulus that becomes an organism loses its slider levels.
Undoing such an edit gives the steps back as they were.
"""

from __future__ import annotations

import copy
from dataclasses import fields
from typing import Any

from synergy_gui.model.errors import ModelError
from synergy_gui.model.events import Change, Emitter
from synergy_gui.model.phrases import phrase
from synergy_gui.model.story import Story, StoryStep
from synergy_gui.model.story_checks import StoryNames, step_problems, story_problems

_STEP_FIELDS = frozenset(f.name for f in fields(StoryStep))
_ID_LISTS = ("shown", "highlight", "sliders", "plotted")


class StoryEdits:
    """Set the story's title; add, change, move and remove its steps; keep it in step."""

    story: Story | None
    events: Emitter
    # and, from ModelDocument / ScenarioEdits: constructs, paths, junctions, scenarios

    def _init_story(self, story: Story | None) -> None:
        self.story = story
        # (what was dropped, story after, story before) of edits that dropped names from
        # steps, so that the inverse edit (an undo) gives the steps back
        self._story_memo: dict[Any, tuple[Any, Story, Story]] = {}

    # ------------------------------------------------------------------ whole story
    def set_story(self, story: Story | None) -> Story | None:
        """Replace the whole story (None: no story); returns the one it replaces."""
        if story is not None:
            self._refuse_story(story_problems(self, story), phrase("The story"))
        previous, self.story = self.story, copy.deepcopy(story)
        if previous != self.story:
            self.events.emit(Change("reset", "story"))
        return previous

    def set_story_title(self, title: str) -> str | None:
        """Set the story's title (a story is made if there is none); returns the old title."""
        self._refuse_story(story_problems(self, Story(title)), phrase("The story"))
        if self.story is None:
            self.story = Story(title=title)
            self.events.emit(Change("add", "story", None, ("title",)))
            return None
        previous = self.story.title
        if title != previous:
            self.story.title = title
            self.events.emit(Change("update", "story", None, ("title",)))
        return previous

    # ------------------------------------------------------------------ steps
    def story_step(self, index: int) -> StoryStep:
        steps = self.story.steps if self.story is not None else []
        if not 0 <= index < len(steps):
            raise ModelError(phrase("the story has no step {number}", number=index + 1))
        return steps[index]

    def add_story_step(self, step: StoryStep, index: int | None = None) -> int:
        """Insert ``step`` at ``index`` (None: at the end), making a story if there is none.

        Returns the step's index.
        """
        count = len(self.story.steps) if self.story is not None else 0
        position = count if index is None else index
        if not 0 <= position <= count:
            raise ModelError(
                phrase("a story step cannot be put at position {position}", position=position + 1)
            )
        self._check_step(step, position)
        action = "update" if self.story is not None else "add"
        if self.story is None:
            self.story = Story()
        self.story.steps.insert(position, copy.deepcopy(step))
        self.events.emit(Change(action, "story", None, ("steps",)))
        return position

    def update_story_step(self, index: int, /, **values: Any) -> dict[str, Any]:
        """Set fields of step ``index``; returns their previous values (for undo)."""
        step = self.story_step(index)
        unknown = set(values) - _STEP_FIELDS
        if unknown:
            field = sorted(unknown)[0]
            raise ModelError(phrase("a story step has no field {field!r}", field=field))
        changed = copy.deepcopy(step)
        for name, value in values.items():
            setattr(changed, name, copy.deepcopy(value))
        self._check_step(changed, index)
        previous = {name: getattr(step, name) for name in values}
        if changed != step:
            self.story.steps[index] = changed
            self.events.emit(Change("update", "story", None, ("steps",)))
        return previous

    def move_story_step(self, index: int, new_index: int) -> int:
        """Put step ``index`` at ``new_index``; returns its former index."""
        self.story_step(index)
        count = len(self.story.steps)
        if not 0 <= new_index < count:
            raise ModelError(
                phrase(
                    "a story step cannot move to position {position} of {count}",
                    position=new_index + 1,
                    count=count,
                )
            )
        if new_index != index:
            self.story.steps.insert(new_index, self.story.steps.pop(index))
            self.events.emit(Change("update", "story", None, ("steps",)))
        return index

    def remove_story_step(self, index: int) -> StoryStep:
        """Remove step ``index`` (the story itself stays, perhaps empty); returns the step."""
        self.story_step(index)
        step = self.story.steps.pop(index)
        self.events.emit(Change("update", "story", None, ("steps",)))
        return step

    # ------------------------------------------------------------------ checks
    def _check_step(self, step: Any, index: int) -> None:
        if not isinstance(step, StoryStep):
            raise ModelError("a story step must be a StoryStep")  # a programmer's slip
        problems = step_problems(StoryNames(self), step, "")
        self._refuse_story(problems, phrase("Story step {number}", number=index + 1))

    @staticmethod
    def _refuse_story(problems: list, subject: str) -> None:
        """Refuse the first problem: ``Story step 2, shown[0]: there is no construct ...``."""
        if not problems:
            return
        first = problems[0]
        place = first.location.lstrip(".")
        if not place:
            raise ModelError(first.message)
        raise ModelError(
            phrase(
                "{subject}, {place}: {reason}", subject=subject, place=place, reason=first.message
            )
        )

    # ------------------------------------------------------------------ following the document
    def _forget_in_story(self, gone: set[str]) -> Story | None:
        """Drop removed constructs, paths and junctions from every step; returns the story as
        it was if that changed it (None: untouched)."""
        if self.story is None:
            return None
        changed = copy.deepcopy(self.story)
        for step in changed.steps:
            for name in _ID_LISTS:
                ids = getattr(step, name)
                if ids is not None:
                    setattr(step, name, [i for i in ids if i not in gone])
            step.levels = {k: v for k, v in step.levels.items() if k not in gone}
        return self._take_story(changed)

    def _restore_story(self, before: Story | None) -> None:
        if before is not None:
            self.story = copy.deepcopy(before)
            self.events.emit(Change("update", "story", None, ("steps",)))

    def _follow_renamed_scenario(self, old: str, new: str) -> None:
        if self.story is None or not any(s.scenario == old for s in self.story.steps):
            return
        for step in self.story.steps:
            if step.scenario == old:
                step.scenario = new
        self.events.emit(Change("update", "story", None, ("steps",)))

    def remove_scenario(self, name: str) -> Any:
        """Remove a scenario and drop it from the steps that show it (undone by adding the
        same scenario back)."""
        removed = super().remove_scenario(name)  # type: ignore[misc]
        if self.story is not None:
            changed = copy.deepcopy(self.story)
            for step in changed.steps:
                if step.scenario == name:
                    step.scenario = None
            self._remember(("scenario", id(removed[1])), removed[1], self._take_story(changed))
        return removed

    def add_scenario(self, scenario: Any, index: int | None = None) -> None:
        super().add_scenario(scenario, index)  # type: ignore[misc]
        self._recall(("scenario", id(scenario)), scenario)

    def _drop_stimulus_levels(self, construct_id: str) -> None:
        """A stimulus became another role: its levels and sliders leave the steps."""
        if self.story is None:
            return
        changed = copy.deepcopy(self.story)
        for step in changed.steps:
            step.levels.pop(construct_id, None)
            if step.sliders is not None:
                step.sliders = [s for s in step.sliders if s != construct_id]
        self._remember(("stimulus", construct_id), construct_id, self._take_story(changed))

    def _regain_stimulus_levels(self, construct_id: str) -> None:
        self._recall(("stimulus", construct_id), construct_id)

    # ------------------------------------------------------------------ helpers
    def _take_story(self, changed: Story) -> Story | None:
        """Make ``changed`` the story if it differs; returns the story it replaced."""
        if changed == self.story:
            return None
        before, self.story = self.story, changed
        self.events.emit(Change("update", "story", None, ("steps",)))
        return before

    def _remember(self, key: Any, dropped: Any, before: Story | None) -> None:
        """Keep ``before`` for the inverse edit; ``dropped`` stays alive, so ``id`` keys hold."""
        if before is not None:
            self._story_memo[key] = (dropped, copy.deepcopy(self.story), before)

    def _recall(self, key: Any, dropped: Any) -> None:
        """Undo what the edit ``key`` dropped, if the story is still as that edit left it."""
        kept, after, before = self._story_memo.pop(key, (None, None, None))
        if kept is dropped and before is not None and self.story == after:
            self.story = before
            self.events.emit(Change("update", "story", None, ("steps",)))


__all__ = ["StoryEdits"]
