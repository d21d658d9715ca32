"""Merging an imported study model into the open one (File ▸ Import ▸ "Merge into it").

The rules, by id, so a study re-imported after a new estimation updates what it added:

- a construct the open model lacks (by id) is added, placed to the right of the diagram; a
  construct it has keeps everything the open model says about it (label, role, position,
  levels), since the user may have edited it;
- a path between the same two constructs takes the study's weight and sd (the study is the
  newer estimate); a new path is added; likewise a junction with the same members and target;
- a study whose weights are unstandardised (or levels bipolar) widens the merged model's
  scale the same way, so its coefficients are taken, not left out;
- an item the open model cannot take (a path into one of its stimuli, say) is left out and
  said so; nothing is half-merged: the result is a new document, and the open one is
  replaced by it in one step (one undo).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from synergy_gui.model import ModelDocument, ModelError
from synergy_gui.model.elements import Construct, Junction, Path
from synergy_gui.model.phrases import Phrase, message_of, phrase

#: Gap between the open diagram's right edge and the constructs merged in (scene units).
MERGE_GAP = 260.0


@dataclass
class MergeOutcome:
    """The merged document and what happened to each imported item."""

    document: ModelDocument
    added: list[str] = field(default_factory=list)  # construct, path and junction ids
    updated: list[str] = field(default_factory=list)  # paths and junctions given new weights
    left_out: list[str] = field(default_factory=list)  # one sentence (a phrase) each

    def summary(self) -> Phrase:
        """One line for the status bar."""
        added, updated = len(self.added), len(self.updated)
        if not self.left_out:
            return phrase("{added} added, {updated} weights updated", added=added, updated=updated)
        return phrase(
            "{added} added, {updated} weights updated, {left_out} left out ({first})",
            added=added,
            updated=updated,
            left_out=len(self.left_out),
            first=self.left_out[0],
        )


def _refused(item: Phrase, error: ModelError) -> Phrase:
    return phrase("{item}: {reason}", item=item, reason=message_of(error))


def _orphan(item: Phrase) -> Phrase:
    return phrase("{item}: a construct was left out", item=item)


def merge_documents(current: ModelDocument, imported: ModelDocument) -> MergeOutcome:
    """``current`` with ``imported`` merged in, as a new document; neither is changed."""
    outcome = MergeOutcome(current.clone())
    for name, wide in (("weight_scale", "unstandardised"), ("level_range", "bipolar")):
        if getattr(imported.settings, name) == wide:  # the study's numbers need the wider scale
            outcome.document.update_settings(**{name: wide})
    ids = _add_constructs(outcome, imported)
    for path in imported.paths:
        _merge_path(outcome, path, ids)
    for junction in imported.junctions:
        _merge_junction(outcome, junction, ids)
    return outcome


def _add_constructs(outcome: MergeOutcome, imported: ModelDocument) -> dict[str, str]:
    """Add the constructs the model lacks; returns imported id -> id in the merged model."""
    merged = outcome.document
    shift = _shift(merged, [c for c in imported.constructs if not merged.has_construct(c.id)])
    ids: dict[str, str] = {}
    for construct in imported.constructs:
        if merged.has_construct(construct.id):
            ids[construct.id] = construct.id
            continue
        added = copy.deepcopy(construct)
        added.id = merged.unique_id(construct.id)  # a path or junction may hold the id
        added.position = (construct.position[0] + shift[0], construct.position[1] + shift[1])
        try:
            merged.add_construct(added)
        except ModelError as error:
            outcome.left_out.append(
                _refused(phrase("construct {label!r}", label=construct.label), error)
            )
            continue
        ids[construct.id] = added.id
        outcome.added.append(added.id)
    return ids


def _shift(merged: ModelDocument, new: list[Construct]) -> tuple[float, float]:
    """Move the new constructs' layout to the right of the open diagram, tops aligned."""
    if not merged.constructs or not new:
        return (0.0, 0.0)
    right = max(c.position[0] for c in merged.constructs)
    top = min(c.position[1] for c in merged.constructs)
    left = min(c.position[0] for c in new)
    new_top = min(c.position[1] for c in new)
    return (right + MERGE_GAP - left, top - new_top)


def _merge_path(outcome: MergeOutcome, path: Path, ids: dict[str, str]) -> None:
    merged = outcome.document
    source, target = ids.get(path.source), ids.get(path.target)
    shown = phrase("path {source} → {target}", source=path.source, target=path.target)
    if source is None or target is None:
        outcome.left_out.append(_orphan(shown))
        return
    existing = merged.find_path(source, target)
    try:
        if existing is not None:
            merged.update_path(existing.id, weight=path.weight, sd=path.sd)
            outcome.updated.append(existing.id)
            return
        added = copy.deepcopy(path)
        added.id, added.source, added.target = merged.unique_id(path.id), source, target
        merged.add_path(added)
        outcome.added.append(added.id)
    except ModelError as error:
        outcome.left_out.append(_refused(shown, error))


def _merge_junction(outcome: MergeOutcome, junction: Junction, ids: dict[str, str]) -> None:
    merged = outcome.document
    members = [ids.get(m) for m in junction.members]
    target = ids.get(junction.target)
    shown = phrase(
        "junction {members} → {target}",
        members=" × ".join(junction.members),
        target=junction.target,
    )
    if target is None or None in members:
        outcome.left_out.append(_orphan(shown))
        return
    same = next(
        (
            j
            for j in merged.junctions
            if j.target == target and sorted(j.members) == sorted(members)  # type: ignore[type-var]
        ),
        None,
    )
    try:
        if same is not None:
            merged.update_junction(same.id, weight=junction.weight, sd=junction.sd)
            outcome.updated.append(same.id)
            return
        added = copy.deepcopy(junction)
        added.id, added.members, added.target = merged.unique_id(junction.id), members, target
        added.position = None  # drawn between its members and target, wherever they now are
        merged.add_junction(added)
        outcome.added.append(added.id)
    except ModelError as error:
        outcome.left_out.append(_refused(shown, error))
