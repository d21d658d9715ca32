"""Undo commands: every edit of the window is one of these, and each calls only document methods.

A command never touches a graphics item or widget; views redraw from the document's events.
Commands that carry the same ``gesture`` (any hashable, e.g. a counter bumped when a slider is
pressed) and edit the same item merge, so one slider drag is one undo step.
"""

from __future__ import annotations

import copy
from collections.abc import Hashable
from itertools import count
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoCommand, QUndoStack

from synergy_gui.model import ModelDocument, ModelError, Removal, Scenario, Schedule
from synergy_gui.ui.i18n import error_text, translate

_MERGE_IDS = count(1000)
_UPDATE_ID = next(_MERGE_IDS)
_WEIGHT_ID = next(_MERGE_IDS)
_LEVEL_ID = next(_MERGE_IDS)
_SCHEDULE_ID = next(_MERGE_IDS)
_CLAMP_ID = next(_MERGE_IDS)
_OVERRIDE_ID = next(_MERGE_IDS)


def shown_name(document: ModelDocument, item_id: str) -> str:
    """What Edit > Undo calls an item: a construct's label, a path as "source → target" in
    labels, a junction's label; the id when the document has no such item (any more)."""
    labels = {c.id: c.label for c in document.constructs}
    if item_id in labels:
        return f"“{labels[item_id]}”"
    for path in document.paths:
        if path.id == item_id:
            ends = (labels.get(path.source, path.source), labels.get(path.target, path.target))
            return f"“{ends[0]} → {ends[1]}”"
    for junction in document.junctions:
        if junction.id == item_id:
            return f"“{junction.label or ' × '.join(labels.get(m, m) for m in junction.members)}”"
    return item_id


def push(stack: QUndoStack, command: QUndoCommand) -> str | None:
    """Apply ``command`` and put it on ``stack``; if the document refuses, return why.

    A refused edit never reaches the stack, so undo history only holds edits that happened.
    """
    try:
        command.redo()
    except ModelError as error:
        return error_text(error)
    command.skip_next_redo = True
    stack.push(command)
    return None


class _DocumentCommand(QUndoCommand):
    def __init__(self, document: ModelDocument, text: str) -> None:
        super().__init__(text)
        self.document = document
        self.skip_next_redo = False

    def redo(self) -> None:
        if self.skip_next_redo:  # already applied by push()
            self.skip_next_redo = False
            return
        self._redo()

    def undo(self) -> None:
        self._undo()

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class AddConstructCommand(_DocumentCommand):
    """Add a construct with default values at a diagram position."""

    def __init__(
        self,
        document: ModelDocument,
        label: str,
        role: str = "organism",
        position: tuple[float, float] = (0.0, 0.0),
    ) -> None:
        super().__init__(document, translate("Commands", "Add “{label}”").format(label=label))
        self._label, self._role, self._position = label, role, position
        self.construct_id: str | None = None
        self._removal: Removal | None = None

    def _redo(self) -> None:
        if self._removal is None:
            construct = self.document.new_construct(self._label, self._role, self._position)
            self.construct_id = construct.id
        else:
            self.document.restore(self._removal)

    def _undo(self) -> None:
        self._removal = self.document.remove_construct(self.construct_id)


class RemoveItemsCommand(_DocumentCommand):
    """Delete constructs, paths and junctions (and whatever hangs on removed constructs)."""

    def __init__(self, document: ModelDocument, item_ids: set[str] | list[str]) -> None:
        ids = set(item_ids)
        one = len(ids) == 1
        super().__init__(
            document,
            translate("Commands", "Delete {name}").format(
                name=shown_name(document, next(iter(ids)))
            )
            if one
            else translate("Commands", "Delete"),
        )
        self._ids = ids
        self._removal: Removal | None = None

    def _redo(self) -> None:
        self._removal = self.document.remove_items(self._ids)

    def _undo(self) -> None:
        self.document.restore(self._removal)


class ConnectCommand(_DocumentCommand):
    """Add a path ``source -> target``."""

    def __init__(
        self,
        document: ModelDocument,
        source: str,
        target: str,
        weight: float = 0.3,
        kind: str = "causal",
    ) -> None:
        names = (shown_name(document, source), shown_name(document, target))
        super().__init__(
            document,
            translate("Commands", "Connect {source} → {target}").format(
                source=names[0], target=names[1]
            ),
        )
        self._args = (source, target, weight, kind)
        self.path_id: str | None = None
        self._removal: Removal | None = None

    def _redo(self) -> None:
        if self._removal is None:
            self.path_id = self.document.connect(*self._args).id
        else:
            self.document.restore(self._removal)

    def _undo(self) -> None:
        self._removal = self.document.remove_path(self.path_id)


class AddJunctionCommand(_DocumentCommand):
    """Add a synergy junction of ``members`` acting on ``target``."""

    def __init__(
        self, document: ModelDocument, members: list[str], target: str, weight: float = 0.1
    ) -> None:
        super().__init__(document, translate("Commands", "Add synergy junction"))
        self._args = (list(members), target, weight)
        self.junction_id: str | None = None
        self._removal: Removal | None = None

    def _redo(self) -> None:
        if self._removal is None:
            self.junction_id = self.document.new_junction(*self._args).id
        else:
            self.document.restore(self._removal)

    def _undo(self) -> None:
        self._removal = self.document.remove_junction(self.junction_id)


_UPDATERS = {
    "construct": lambda doc, item_id, values: doc.update_construct(item_id, **values),
    "path": lambda doc, item_id, values: doc.update_path(item_id, **values),
    "junction": lambda doc, item_id, values: doc.update_junction(item_id, **values),
    "scenario": lambda doc, item_id, values: doc.update_scenario(item_id, **values),
    "settings": lambda doc, _item_id, values: doc.update_settings(**values),
    "meta": lambda doc, _item_id, values: doc.update_meta(**values),
}


class _MergingCommand(_DocumentCommand):
    """Base of commands that merge while one gesture edits one item."""

    merge_id = -1

    def __init__(self, document: ModelDocument, text: str, key: Any, gesture: Hashable) -> None:
        super().__init__(document, text)
        self._key = key
        self._gesture = gesture

    def id(self) -> int:
        return self.merge_id if self._gesture is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if type(other) is not type(self):
            return False
        if other._gesture != self._gesture or other._key != self._key:
            return False
        self._take_newer(other)
        return True

    def _take_newer(self, other: _MergingCommand) -> None:
        raise NotImplementedError


class UpdateItemCommand(_MergingCommand):
    """Set fields of a construct, path, junction, scenario, the settings or the meta data."""

    merge_id = _UPDATE_ID

    def __init__(
        self,
        document: ModelDocument,
        target: str,
        item_id: str | None,
        gesture: Hashable = None,
        **values: Any,
    ) -> None:
        names = ", ".join(values)
        if target == "scenario":
            label = f"“{item_id}” "
        else:
            label = f"{shown_name(document, item_id)} " if item_id else ""
        super().__init__(
            document,
            translate("Commands", "Change {item}{fields}").format(item=label, fields=names),
            (target, item_id, tuple(values)),
            gesture,
        )
        self._target, self._item_id = target, item_id
        self._new = dict(values)
        self._old: dict[str, Any] | None = None

    def _redo(self) -> None:
        previous = _UPDATERS[self._target](self.document, self._item_id, self._new)
        if self._old is None:
            self._old = previous
        if self._target == "scenario" and "name" in self._new:
            self._item_id, self._renamed_from = self._new["name"], self._item_id

    def _undo(self) -> None:
        item_id = self._item_id
        _UPDATERS[self._target](self.document, item_id, self._old)
        if self._target == "scenario" and "name" in self._new:
            self._item_id = self._renamed_from

    def _take_newer(self, other: UpdateItemCommand) -> None:
        self._new = other._new


class SetWeightCommand(_MergingCommand):
    """Set the weight of a path or junction."""

    merge_id = _WEIGHT_ID

    def __init__(
        self, document: ModelDocument, item_id: str, weight: float, gesture: Hashable = None
    ) -> None:
        super().__init__(
            document,
            translate("Commands", "Set weight of {name}").format(
                name=shown_name(document, item_id)
            ),
            item_id,
            gesture,
        )
        self._item_id, self._new = item_id, float(weight)
        self._old: float | None = None

    def _redo(self) -> None:
        previous = self.document.set_weight(self._item_id, self._new)
        if self._old is None:
            self._old = previous

    def _undo(self) -> None:
        self.document.set_weight(self._item_id, self._old)

    def _take_newer(self, other: SetWeightCommand) -> None:
        self._new = other._new


class SetLevelCommand(_MergingCommand):
    """Set a stimulus's level (its ``initial``), as its slider does."""

    merge_id = _LEVEL_ID

    def __init__(
        self, document: ModelDocument, construct_id: str, level: float, gesture: Hashable = None
    ) -> None:
        name = shown_name(document, construct_id)
        super().__init__(
            document,
            translate("Commands", "Set level of {name}").format(name=name),
            construct_id,
            gesture,
        )
        self._construct_id, self._new = construct_id, float(level)
        self._old: float | None = None

    def _redo(self) -> None:
        previous = self.document.update_construct(self._construct_id, initial=self._new)
        if self._old is None:
            self._old = previous["initial"]

    def _undo(self) -> None:
        self.document.update_construct(self._construct_id, initial=self._old)

    def _take_newer(self, other: SetLevelCommand) -> None:
        self._new = other._new


class MoveCommand(_DocumentCommand):
    """Move constructs and junctions: ``{id: ((x0, y0), (x1, y1))}``, recorded on release."""

    def __init__(
        self,
        document: ModelDocument,
        moves: dict[str, tuple[tuple[float, float], tuple[float, float]]],
    ) -> None:
        one = len(moves) == 1
        super().__init__(
            document,
            translate("Commands", "Move {name}").format(
                name=shown_name(document, next(iter(moves)))
            )
            if one
            else translate("Commands", "Move"),
        )
        self._moves = dict(moves)

    def _redo(self) -> None:
        self._apply(1)

    def _undo(self) -> None:
        self._apply(0)

    def _apply(self, which: int) -> None:
        for item_id, positions in self._moves.items():
            position = positions[which]
            if self.document.has_construct(item_id):
                self.document.update_construct(item_id, position=position)
            else:
                self.document.update_junction(
                    item_id, position=(float(position[0]), float(position[1]))
                )


# ------------------------------------------------------------------------------ scenarios
class AddScenarioCommand(_DocumentCommand):
    """Add a scenario (New, Duplicate) at list position ``index`` (None: at the end)."""

    def __init__(
        self, document: ModelDocument, scenario: Scenario, index: int | None = None, text: str = ""
    ) -> None:
        super().__init__(
            document,
            text or translate("Commands", "New scenario “{name}”").format(name=scenario.name),
        )
        self._scenario, self._index = copy.deepcopy(scenario), index

    def _redo(self) -> None:
        self.document.add_scenario(copy.deepcopy(self._scenario), self._index)

    def _undo(self) -> None:
        self.document.remove_scenario(self._scenario.name)


class RemoveScenarioCommand(_DocumentCommand):
    """Delete a scenario; undo puts the whole scenario back at its place."""

    def __init__(self, document: ModelDocument, name: str) -> None:
        super().__init__(
            document, translate("Commands", "Delete scenario “{name}”").format(name=name)
        )
        self._name = name
        self._removed: tuple[int, Scenario] | None = None

    def _redo(self) -> None:
        self._removed = self.document.remove_scenario(self._name)

    def _undo(self) -> None:
        index, scenario = self._removed
        self.document.add_scenario(scenario, index)


class MoveScenarioCommand(_DocumentCommand):
    """Move a scenario to list position ``index``."""

    def __init__(self, document: ModelDocument, name: str, index: int) -> None:
        super().__init__(
            document, translate("Commands", "Move scenario “{name}”").format(name=name)
        )
        self._name, self._index = name, index
        self._old = index

    def _redo(self) -> None:
        self._old = self.document.move_scenario(self._name, self._index)

    def _undo(self) -> None:
        self.document.move_scenario(self._name, self._old)


class _SetEntryCommand(_MergingCommand):
    """Set (or with None, drop) one entry of a scenario: a schedule, a clamp or an override.

    Subclasses say which document method sets it; all take ``(scenario, key, value)``.
    """

    verb = ""

    def __init__(
        self,
        document: ModelDocument,
        scenario: str,
        key: str,
        value: Schedule | float | None,
        gesture: Hashable = None,
    ) -> None:
        text = translate("Commands", self.verb).format(
            name=shown_name(document, key), scenario=scenario
        )
        super().__init__(document, text, (scenario, key), gesture)
        self._scenario, self._entry = scenario, key
        self._new = copy.deepcopy(value)
        self._old: object = None
        self._applied = False

    def _set(self, value: object) -> object:
        raise NotImplementedError

    def _redo(self) -> None:
        previous = self._set(self._new)
        if not self._applied:  # the first run keeps what was there (None: no entry)
            self._old, self._applied = previous, True

    def _undo(self) -> None:
        self._set(self._old)

    def _take_newer(self, other: _SetEntryCommand) -> None:
        self._new = other._new


class SetScheduleCommand(_SetEntryCommand):
    """Give a stimulus a schedule in a scenario (None: it follows its slider)."""

    merge_id = _SCHEDULE_ID
    verb = QT_TRANSLATE_NOOP("Commands", "Set schedule of {name} in “{scenario}”")

    def _set(self, value: object) -> object:
        return self.document.set_schedule(self._scenario, self._entry, value)


class SetClampCommand(_SetEntryCommand):
    """Hold a construct at a level in a scenario (None releases it)."""

    merge_id = _CLAMP_ID
    verb = QT_TRANSLATE_NOOP("Commands", "Clamp {name} in “{scenario}”")

    def _set(self, value: object) -> object:
        return self.document.set_clamp(self._scenario, self._entry, value)


class SetWeightOverrideCommand(_SetEntryCommand):
    """Give a path or junction another weight in a scenario (None: its own weight)."""

    merge_id = _OVERRIDE_ID
    verb = QT_TRANSLATE_NOOP("Commands", "Override weight of {name} in “{scenario}”")

    def _set(self, value: object) -> object:
        return self.document.set_weight_override(self._scenario, self._entry, value)
