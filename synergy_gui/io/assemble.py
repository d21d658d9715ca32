"""Build a document from what an importer read: named constructs, paths and synergies.

Roles follow the graph (no path in: stimulus; no path out: response; else organism) unless
the source says them; positions come from the column layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from synergy_gui.model.document import ModelDocument, slug
from synergy_gui.model.elements import Construct, Junction, Meta, Path
from synergy_gui.model.layout import column_layout


@dataclass
class Draft:
    """What a source says, by construct name, before it becomes a document."""

    title: str
    names: list[str] = field(default_factory=list)
    edges: list[tuple[str, str, float]] = field(default_factory=list)  # source, target, weight
    products: list[tuple[tuple[str, ...], str, float]] = field(default_factory=list)
    sds: dict[tuple[str, str], float] = field(default_factory=dict)  # by (source, target)
    roles: dict[str, str] = field(default_factory=dict)
    names_are_labels: bool = False  # SmartPLS: "Digital Trust" is a label; its id a slug

    def name(self, name: str) -> None:
        if name not in self.names:
            self.names.append(name)


def label_from_name(name: str) -> str:
    """``synergistic_influence`` -> ``Synergistic influence``; ``SI`` and ``x1`` stay."""
    words = re.sub(r"[_.]+", " ", name).strip() or name
    if " " in words or (words.isalpha() and words.islower() and len(words) > 2):
        return words[0].upper() + words[1:]
    return words


def inferred_roles(names: list[str], edges: list[tuple[str, str]]) -> dict[str, str]:
    """stimulus (nothing in), response (nothing out) or organism, from the edges.

    A self-loop counts as a way in (a stimulus takes none) but not as a way out: a response
    with a memory is still a response.
    """
    incoming = {target for _, target in edges}
    outgoing = {source for source, target in edges if source != target}
    roles = {}
    for name in names:
        if name not in incoming:
            roles[name] = "stimulus"
        else:
            roles[name] = "organism" if name in outgoing else "response"
    return roles


def assemble(draft: Draft) -> ModelDocument:
    """The document a draft describes: ids from names, labels, roles and positions."""
    document = ModelDocument(meta=Meta(title=draft.title))
    ids: dict[str, str] = {}
    for name in draft.names:
        plain = re.fullmatch(r"[^\s\x00-\x1f]{1,100}", name) and not draft.names_are_labels
        wanted = name if plain else slug(name)
        ids[name] = document.unique_id(wanted)
        label = label_from_name(name) if ids[name] == name else name
        document.constructs.append(Construct(id=ids[name], label=label))
    edges = [(s, t) for s, t, _ in draft.edges]
    edges += [(m, t) for members, t, _ in draft.products for m in members]
    roles = inferred_roles(draft.names, edges) | draft.roles
    for construct, name in zip(document.constructs, draft.names, strict=True):
        construct.role = roles[name]
    for source, target, weight in draft.edges:
        path = Path(
            id=document.unique_id(f"{ids[source]}__{ids[target]}"),
            source=ids[source],
            target=ids[target],
            weight=weight,
            sd=draft.sds.get((source, target)),
        )
        document.paths.append(path)
    for members, target, weight in draft.products:
        member_ids = [ids[m] for m in members]
        document.junctions.append(
            Junction(
                id=document.unique_id("x_" + "_".join(member_ids)[:50]),
                members=member_ids,
                target=ids[target],
                weight=weight,
                sd=draft.sds.get((":".join(members), target)),
                label=" × ".join(document.construct(m).label for m in member_ids),
            )
        )
    place(document)
    return document


def place(document: ModelDocument) -> None:
    """Put every construct where the column layout says."""
    positions = column_layout(document)
    for construct in document.constructs:
        construct.position = positions.get(construct.id, (0.0, 0.0))
