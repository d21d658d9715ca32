"""Undo commands of the story: each edit of the Story panel is one of these.

Like :mod:`synergy_gui.ui.commands`, a command calls only document methods; the panel
redraws from the document's ``"story"`` events. Undo texts name steps by their titles.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtGui import QUndoStack

from synergy_gui.model import ModelDocument
from synergy_gui.model.story import StoryStep
from synergy_gui.ui.commands import SetLevelCommand, _DocumentCommand, push
from synergy_gui.ui.i18n import translate


def _step_title(document: ModelDocument, index: int) -> str:
    try:
        return f"“{document.story_step(index).title}”"
    except Exception:  # no such step: the edit will say so when it runs
        return f"{index + 1}"


class SetStoryTitleCommand(_DocumentCommand):
    """Give the story a title (making the story if the model has none)."""

    def __init__(self, document: ModelDocument, title: str) -> None:
        super().__init__(
            document, translate("StoryCommands", "Rename story to “{title}”").format(title=title)
        )
        self._title = title
        self._old: str | None = None

    def _redo(self) -> None:
        self._old = self.document.set_story_title(self._title)

    def _undo(self) -> None:
        if self._old is None:  # there was no story before
            self.document.set_story(None)
        else:
            self.document.set_story_title(self._old)


class AddStoryStepCommand(_DocumentCommand):
    """Add a step at ``index`` (None: at the end); the first step makes the story."""

    def __init__(self, document: ModelDocument, step: StoryStep, index: int | None = None) -> None:
        super().__init__(
            document,
            translate("StoryCommands", "Add story step “{title}”").format(title=step.title),
        )
        self._step, self._index = copy.deepcopy(step), index
        self.index: int | None = None  # where the step went
        self._made_story = False

    def _redo(self) -> None:
        self._made_story = self.document.story is None
        self.index = self.document.add_story_step(copy.deepcopy(self._step), self._index)

    def _undo(self) -> None:
        self.document.remove_story_step(self.index)
        if self._made_story:
            self.document.set_story(None)


class UpdateStoryStepCommand(_DocumentCommand):
    """Set fields of step ``index`` (title, caption, reveal, shown, levels, ...)."""

    def __init__(self, document: ModelDocument, index: int, text: str = "", **values: Any) -> None:
        name = _step_title(document, index)
        if not text:
            new_title = values.get("title")
            renamed = set(values) == {"title"} and new_title is not None
            rename = translate("StoryCommands", "Rename story step {name} to “{title}”")
            text = rename.format(name=name, title=new_title) if renamed else ""
        change = translate("StoryCommands", "Change story step {name}").format(name=name)
        super().__init__(document, text or change)
        self._index, self._new = index, copy.deepcopy(values)
        self._old: dict[str, Any] | None = None

    def _redo(self) -> None:
        self._old = self.document.update_story_step(self._index, **copy.deepcopy(self._new))

    def _undo(self) -> None:
        self.document.update_story_step(self._index, **copy.deepcopy(self._old))


class MoveStoryStepCommand(_DocumentCommand):
    """Move step ``index`` to ``new_index``."""

    def __init__(self, document: ModelDocument, index: int, new_index: int) -> None:
        super().__init__(
            document,
            translate("StoryCommands", "Move story step {name}").format(
                name=_step_title(document, index)
            ),
        )
        self._index, self._new_index = index, new_index

    def _redo(self) -> None:
        self.document.move_story_step(self._index, self._new_index)

    def _undo(self) -> None:
        self.document.move_story_step(self._new_index, self._index)


class RemoveStoryStepCommand(_DocumentCommand):
    """Delete step ``index``; undo puts it back at its place."""

    def __init__(self, document: ModelDocument, index: int) -> None:
        super().__init__(
            document,
            translate("StoryCommands", "Delete story step {name}").format(
                name=_step_title(document, index)
            ),
        )
        self._index = index
        self._removed: StoryStep | None = None

    def _redo(self) -> None:
        self._removed = self.document.remove_story_step(self._index)

    def _undo(self) -> None:
        self.document.add_story_step(self._removed, self._index)


def push_step_levels(
    stack: QUndoStack, document: ModelDocument, levels: dict[str, float], title: str
) -> str | None:
    """Set the sliders to a step's levels as ONE undo step (only those that differ).

    Returns why the document refused, or None.
    """
    changed = {
        cid: level for cid, level in levels.items() if document.construct(cid).initial != level
    }
    if not changed:
        return None
    stack.beginMacro(translate("StoryCommands", "Show story step “{title}”").format(title=title))
    try:
        for construct_id, level in changed.items():
            reason = push(stack, SetLevelCommand(document, construct_id, level))
            if reason:
                return reason
    finally:
        stack.endMacro()
    return None


__all__ = [
    "AddStoryStepCommand",
    "MoveStoryStepCommand",
    "RemoveStoryStepCommand",
    "SetStoryTitleCommand",
    "UpdateStoryStepCommand",
    "push_step_levels",
]
