"""The model document: constructs, paths, junctions, scenarios and settings, with edits.

Every edit the GUI offers is a method here: it validates, changes the data and emits one
:class:`~synergy_gui.model.events.Change`. Edits return what an undo needs to put things back.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field, fields
from typing import Any

from synergy_gui.model.channel_edits import ChannelEdits, ChannelsBefore
from synergy_gui.model.channels import Channel
from synergy_gui.model.checks import field_problem
from synergy_gui.model.elements import (
    Construct,
    Junction,
    Meta,
    Path,
    Scenario,
    Settings,
)
from synergy_gui.model.errors import ModelError
from synergy_gui.model.events import Change, Emitter
from synergy_gui.model.phrases import Phrase, phrase
from synergy_gui.model.scales import refuse_narrowing as _refuse_narrowing
from synergy_gui.model.scenario_edits import ScenarioEdits
from synergy_gui.model.story import Story
from synergy_gui.model.story_edits import StoryEdits

_READ_ONLY = frozenset({"id"})


@dataclass
class Removal:
    """Everything a removal took out, with the list positions to put it back."""

    constructs: list[tuple[int, Construct]] = field(default_factory=list)
    paths: list[tuple[int, Path]] = field(default_factory=list)
    junctions: list[tuple[int, Junction]] = field(default_factory=list)
    scenarios: list[Scenario] = field(default_factory=list)  # their state before the removal
    focus: list[str] | None = None
    story: Story | None = None  # as it was, if the removal dropped names from its steps
    channels: ChannelsBefore | None = None  # as they were, if removed stimuli left them


def slug(label: str) -> str:
    """An id-friendly form of a label: ``"Digital trust"`` -> ``"digital_trust"``."""
    text = re.sub(r"[^0-9a-zA-Z]+", "_", label.strip().lower()).strip("_")
    return text[:60] or "item"


class ModelDocument(ChannelEdits, StoryEdits, ScenarioEdits):
    """One model: what the file holds and what the window edits.

    Scenario edits come from ScenarioEdits, the story's from StoryEdits, the budget's
    channels and spend from ChannelEdits.
    """

    def __init__(
        self,
        meta: Meta | None = None,
        constructs: list[Construct] | None = None,
        paths: list[Path] | None = None,
        junctions: list[Junction] | None = None,
        scenarios: list[Scenario] | None = None,
        settings: Settings | None = None,
        story: Story | None = None,
        channels: list[Channel] | None = None,
    ) -> None:
        self.meta = meta or Meta()
        self.constructs = list(constructs or [])
        self.paths = list(paths or [])
        self.junctions = list(junctions or [])
        self.scenarios = list(scenarios or [])
        self.settings = settings or Settings()
        self.channels = list(channels or [])
        self.events = Emitter()
        self._init_story(story)

    # ----------------------------------------------------------------- comparison & copies
    def _data(self) -> tuple:
        return (
            self.meta,
            self.constructs,
            self.paths,
            self.junctions,
            self.scenarios,
            self.settings,
            self.story,
            self.channels,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ModelDocument):
            return NotImplemented
        return self._data() == other._data()

    __hash__ = None  # type: ignore[assignment]  # documents are mutable

    def clone(self) -> ModelDocument:
        """A deep copy of the data, with no listeners."""
        return ModelDocument(*copy.deepcopy(self._data()))

    def replace_with(self, other: ModelDocument) -> None:
        """Take over another document's data (Open, Revert) and tell the listeners once."""
        data = copy.deepcopy(other._data())
        (
            self.meta,
            self.constructs,
            self.paths,
            self.junctions,
            self.scenarios,
            self.settings,
            self.story,
            self.channels,
        ) = data
        self._story_memo.clear()
        self.events.emit(Change("reset", "document"))

    # ------------------------------------------------------------------------- look-ups
    def construct(self, construct_id: str) -> Construct:
        found = _find(self.constructs, construct_id)
        if found is None:
            raise ModelError(phrase("there is no construct with id {cid!r}", cid=construct_id))
        return found

    def path(self, path_id: str) -> Path:
        found = _find(self.paths, path_id)
        if found is None:
            raise ModelError(phrase("there is no path with id {id!r}", id=path_id))
        return found

    def junction(self, junction_id: str) -> Junction:
        found = _find(self.junctions, junction_id)
        if found is None:
            raise ModelError(phrase("there is no junction with id {id!r}", id=junction_id))
        return found

    def has_construct(self, construct_id: str) -> bool:
        return any(c.id == construct_id for c in self.constructs)

    def constructs_with_role(self, role: str) -> list[Construct]:
        return [c for c in self.constructs if c.role == role]

    def find_path(self, source: str, target: str) -> Path | None:
        return next((p for p in self.paths if p.source == source and p.target == target), None)

    def weighted_item(self, item_id: str) -> Path | Junction:
        """The path or junction with this id (both carry a weight)."""
        for item in (*self.paths, *self.junctions):
            if item.id == item_id:
                return item
        raise ModelError(phrase("there is no path or junction with id {name!r}", name=item_id))

    def all_ids(self) -> set[str]:
        return {item.id for item in (*self.constructs, *self.paths, *self.junctions)}

    def unique_id(self, wanted: str) -> str:
        """``wanted`` if it is free, else ``wanted_2``, ``wanted_3``, ..."""
        taken = self.all_ids()
        candidate, number = wanted, 2
        while candidate in taken:
            candidate, number = f"{wanted}_{number}", number + 1
        return candidate

    # -------------------------------------------------------------------- constructs
    def new_construct(
        self, label: str, role: str = "organism", position: tuple[float, float] = (0.0, 0.0)
    ) -> Construct:
        """Add a construct with default values and a fresh id derived from its label."""
        construct = Construct(id=self.unique_id(slug(label)), label=label, role=role)
        construct.position = (float(position[0]), float(position[1]))
        self.add_construct(construct)
        return construct

    def add_construct(self, construct: Construct, index: int | None = None) -> None:
        if self.has_construct(construct.id) or construct.id in self.all_ids():
            raise ModelError(_id_in_use(construct.id))
        self._check_all("construct", construct.id, _values(construct))
        position = len(self.constructs) if index is None else index
        self.constructs.insert(position, construct)
        self.events.emit(Change("add", "construct", construct.id))

    def update_construct(self, construct_id: str, /, **values: Any) -> dict[str, Any]:
        """Set fields of a construct; returns the previous values (for undo)."""
        construct = self.construct(construct_id)
        if values.get("role") == "stimulus" and construct.role != "stimulus":
            self._refuse_incoming(construct_id)
            self._refuse_clamped(construct_id)
        if values.get("role", "stimulus") != "stimulus" and construct.role == "stimulus":
            self._refuse_scheduled(construct_id)
            self._refuse_driven(construct_id)
        if "position" in values:
            values["position"] = (float(values["position"][0]), float(values["position"][1]))
        was = construct.role
        previous = self._update(construct, "construct", values)
        if was == "stimulus" and construct.role != "stimulus":
            self._drop_stimulus_levels(construct_id)
        elif was != "stimulus" and construct.role == "stimulus":
            self._regain_stimulus_levels(construct_id)
        return previous

    def remove_construct(self, construct_id: str) -> Removal:
        """Remove a construct with its paths, junctions and scenario entries."""
        self.construct(construct_id)
        return self._remove({construct_id}, set(), set())

    # ------------------------------------------------------------------- paths
    def connect(self, source: str, target: str, weight: float = 0.3, kind: str = "causal") -> Path:
        """Add a path ``source -> target``."""
        path = Path(id=self.unique_id(f"{source}__{target}"), source=source, target=target)
        path.weight, path.kind = weight, kind
        self.add_path(path)
        return path

    def add_path(self, path: Path, index: int | None = None) -> None:
        if path.id in self.all_ids():
            raise ModelError(_id_in_use(path.id))
        self._check_all("path", path.id, _values(path))
        self._check_endpoints(path.source, path.target)
        if self.find_path(path.source, path.target):
            raise ModelError(_path_exists(path.source, path.target))
        position = len(self.paths) if index is None else index
        self.paths.insert(position, path)
        self.events.emit(Change("add", "path", path.id))

    def update_path(self, path_id: str, /, **values: Any) -> dict[str, Any]:
        path = self.path(path_id)
        if "source" in values or "target" in values:
            source = values.get("source", path.source)
            target = values.get("target", path.target)
            self._check_endpoints(source, target)
            other = self.find_path(source, target)
            if other is not None and other is not path:
                raise ModelError(_path_exists(source, target))
        return self._update(path, "path", values)

    def remove_path(self, path_id: str) -> Removal:
        self.path(path_id)
        return self._remove(set(), {path_id}, set())

    # --------------------------------------------------------------- junctions
    def add_junction(self, junction: Junction, index: int | None = None) -> None:
        if junction.id in self.all_ids():
            raise ModelError(_id_in_use(junction.id))
        self._check_all("junction", junction.id, _values(junction, exclude={"members"}))
        self._check_members(junction.members, junction.target)
        position = len(self.junctions) if index is None else index
        self.junctions.insert(position, junction)
        self.events.emit(Change("add", "junction", junction.id))

    def new_junction(self, members: list[str], target: str, weight: float = 0.1) -> Junction:
        """Add a synergy junction of ``members`` acting on ``target``."""
        junction = Junction(
            id=self.unique_id("x_" + "_".join(members)[:50]),
            members=list(members),
            target=target,
            weight=weight,
            label=" × ".join(self.construct(m).label for m in members if self.has_construct(m)),
        )
        self.add_junction(junction)
        return junction

    def update_junction(self, junction_id: str, /, **values: Any) -> dict[str, Any]:
        junction = self.junction(junction_id)
        if "members" in values or "target" in values:
            members = list(values.get("members", junction.members))
            self._check_members(members, values.get("target", junction.target))
            if "members" in values:
                values["members"] = members
        return self._update(junction, "junction", values, exclude={"members"})

    def remove_junction(self, junction_id: str) -> Removal:
        self.junction(junction_id)
        return self._remove(set(), set(), {junction_id})

    # ----------------------------------------------------------------- weights
    def set_weight(self, item_id: str, weight: float) -> float:
        """Set the weight of a path or junction; returns the previous weight."""
        item = self.weighted_item(item_id)
        target = "path" if isinstance(item, Path) else "junction"
        return self._update(item, target, {"weight": weight})["weight"]

    # ---------------------------------------------------------------- removal
    def restore(self, removal: Removal) -> None:
        """Undo a removal: put every item back where it was."""
        for index, construct in sorted(removal.constructs, key=lambda pair: pair[0]):
            self.constructs.insert(index, construct)
            self.events.emit(Change("add", "construct", construct.id))
        for index, path in sorted(removal.paths, key=lambda pair: pair[0]):
            self.paths.insert(index, path)
            self.events.emit(Change("add", "path", path.id))
        for index, junction in sorted(removal.junctions, key=lambda pair: pair[0]):
            self.junctions.insert(index, junction)
            self.events.emit(Change("add", "junction", junction.id))
        self._restore_channels(removal.channels)
        self._restore_scenarios(removal.scenarios)
        self._restore_story(removal.story)
        if removal.focus is not None:
            self.settings.focus = removal.focus
            self.events.emit(Change("update", "settings", None, ("focus",)))

    def remove_items(self, item_ids: set[str]) -> Removal:
        """Remove any mix of constructs, paths and junctions in one step (a multi-delete)."""
        constructs = {c.id for c in self.constructs if c.id in item_ids}
        paths = {p.id for p in self.paths if p.id in item_ids}
        junctions = {j.id for j in self.junctions if j.id in item_ids}
        return self._remove(constructs, paths, junctions)

    def _remove(self, constructs: set[str], paths: set[str], junctions: set[str]) -> Removal:
        paths |= {p.id for p in self.paths if p.source in constructs or p.target in constructs}
        junctions |= {
            j.id
            for j in self.junctions
            if j.target in constructs or constructs.intersection(j.members)
        }
        removal = Removal()
        removal.junctions = _take(self.junctions, junctions)
        removal.paths = _take(self.paths, paths)
        removal.constructs = _take(self.constructs, constructs)
        for _, junction in removal.junctions:
            self.events.emit(Change("remove", "junction", junction.id))
        for _, path in removal.paths:
            self.events.emit(Change("remove", "path", path.id))
        for _, construct in removal.constructs:
            self.events.emit(Change("remove", "construct", construct.id))
        removal.scenarios = self._forget_in_scenarios(constructs | paths | junctions)
        removal.story = self._forget_in_story(constructs | paths | junctions)
        removal.channels = self._forget_in_channels(constructs)
        if constructs.intersection(self.settings.focus):
            removal.focus = list(self.settings.focus)
            self.settings.focus = [f for f in self.settings.focus if f not in constructs]
            self.events.emit(Change("update", "settings", None, ("focus",)))
        return removal

    # ------------------------------------------------------------ settings & meta
    def update_settings(self, **values: Any) -> dict[str, Any]:
        for construct_id in values.get("focus", ()):
            if isinstance(construct_id, str):
                self.construct(construct_id)
        _refuse_narrowing(self, values)
        return self._update(self.settings, "settings", values, item_id=None)

    def update_meta(self, **values: Any) -> dict[str, Any]:
        return self._update(self.meta, "meta", values, item_id=None)

    # ----------------------------------------------------------------- helpers
    def _update(
        self,
        item: Any,
        target: str,
        values: dict[str, Any],
        item_id: str | bool | None = False,
        exclude: frozenset[str] | set[str] = frozenset(),
    ) -> dict[str, Any]:
        known = {f.name for f in fields(item)}
        item_id = getattr(item, "id", None) if item_id is False else item_id
        for name, value in values.items():
            if name in _READ_ONLY or name not in known:
                place = _field_place(target, item_id, repr(name))
                raise ModelError(phrase("{place} cannot be set", place=place))
            if name not in exclude:
                problem = field_problem(target, name, value, self.settings)
                _raise_if(problem, target, item_id, name)
        previous = {name: getattr(item, name) for name in values}
        changed = tuple(name for name, value in values.items() if previous[name] != value)
        if not changed:
            return previous
        for name in changed:
            setattr(item, name, copy.deepcopy(values[name]))
        if target == "scenario" and "name" in changed:  # listeners find it by its new name
            self.events.emit(Change("update", target, item.name, changed, previous_id=item_id))
            self._follow_renamed_scenario(item_id, item.name)
        else:
            self.events.emit(Change("update", target, item_id, changed))
        return previous

    def _check_all(self, target: str, item_id: str, values: dict[str, Any]) -> None:
        for name, value in values.items():
            problem = field_problem(target, name, value, self.settings)
            _raise_if(problem, target, item_id, name)

    def _check_endpoints(self, source: str, target: str) -> None:
        self.construct(source)  # source == target is a self-loop: an FCM concept's memory
        self.construct(target)
        if self.construct(target).role == "stimulus":
            raise ModelError(
                phrase(
                    "{construct!r} is a stimulus: stimuli are set from outside and take no "
                    "paths in",
                    construct=target,
                )
            )

    def _refuse_incoming(self, construct_id: str) -> None:
        incoming = [p.id for p in self.paths if p.target == construct_id]
        incoming += [j.id for j in self.junctions if j.target == construct_id]
        if incoming:
            raise ModelError(
                phrase(
                    "{construct!r} cannot become a stimulus while paths lead into it "
                    "({paths}); stimuli are set from outside",
                    construct=construct_id,
                    paths=", ".join(incoming),
                )
            )

    def _check_members(self, members: list[str], target: str) -> None:
        if len(members) < 2:
            raise ModelError(phrase("a synergy junction needs at least two members"))
        if len(set(members)) != len(members):
            raise ModelError(phrase("a synergy junction cannot list the same member twice"))
        for member in members:
            self.construct(member)
        self.construct(target)
        if target in members:
            raise ModelError(
                phrase(
                    "{construct!r} cannot be both a member and the target of a junction",
                    construct=target,
                )
            )
        if self.construct(target).role == "stimulus":
            raise ModelError(
                phrase(
                    "{construct!r} is a stimulus and cannot be a junction's target",
                    construct=target,
                )
            )


def _find(items: list, item_id: str) -> Any:
    return next((item for item in items if item.id == item_id), None)


def _id_in_use(item_id: str) -> Phrase:
    return phrase("the id {id!r} is already in use", id=item_id)


def _path_exists(source: str, target: str) -> Phrase:
    return phrase(
        "there is already a path from {source!r} to {target!r}", source=source, target=target
    )


def _raise_if(problem: str | None, target: str, item_id: Any, name: str) -> None:
    """Refuse a field's value: ``construct 'trust': initial must be between 0 and 1 ...``."""
    if problem:
        place = _field_place(target, item_id, name)
        raise ModelError(phrase("{place} {problem}", place=place, problem=problem))


def _field_place(target: str, item_id: Any, field: str) -> Phrase:
    """Where a field is, for a message: ``construct 'trust': initial``."""
    values = {"item": item_id, "field": field}
    if target == "construct":
        return phrase("construct {item!r}: {field}", **values)
    if target == "path":
        return phrase("path {item!r}: {field}", **values)
    if target == "junction":
        return phrase("junction {item!r}: {field}", **values)
    if target == "scenario":
        return phrase("scenario {item!r}: {field}", **values)
    if target == "settings":  # one of a kind: no id to name
        return phrase("settings: {field}", field=field)
    if target == "meta":
        return phrase("model details: {field}", field=field)
    return phrase("{target} {item!r}: {field}", target=target, **values)


def _values(item: Any, exclude: set[str] | None = None) -> dict:
    names = tuple(f.name for f in fields(item))
    return {n: getattr(item, n) for n in names if not exclude or n not in exclude}


def _take(items: list, ids: set[str]) -> list[tuple[int, Any]]:
    """Remove the items whose id is in ``ids``; return them with their former positions."""
    taken = [(index, item) for index, item in enumerate(items) if item.id in ids]
    items[:] = [item for item in items if item.id not in ids]
    return taken


__all__ = ["ModelDocument", "Removal", "slug"]
