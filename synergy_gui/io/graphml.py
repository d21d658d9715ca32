"""GraphML in and out (yEd, Gephi, networkx), through networkx's reader and writer.

Encoding, chosen so that any GraphML tool shows the diagram and the file comes back whole:

- a construct is a node with ``kind="construct"``, ``label``, ``role``, ``x``, ``y``,
  ``description``, ``initial``, ``baseline``, ``tau_rise``, ``tau_fall``;
- a path is an edge source -> target with ``kind`` (``causal`` or ``trust-transfer``),
  ``weight``, ``sd`` (when known), ``id``, ``label`` and ``order`` (its place in the list);
- a synergy junction is a node with ``kind="junction"``, ``label``, ``weight``, ``sd`` and
  (when placed) ``x``, ``y``; an edge ``kind="member"`` leads from each member to it and one
  edge ``kind="synergy"`` from it to the target.

A graph from another tool (no ``kind``) reads as constructs and paths: the label from
``label`` (else the node id), the weight from ``weight`` (else 0.3, with a warning), roles
from the graph and positions from ``x``/``y`` where every node has them, else the layout.
A self-loop is an edge from a construct to itself. The graph's ``weight_scale`` and
``level_range`` (written when not the default) carry those settings; a weight beyond ±1 in a
graph that does not say makes the weights unstandardised, with a warning.
"""

from __future__ import annotations

import math
import os
from typing import Any
from xml.etree.ElementTree import ParseError

import networkx as nx

from synergy_gui.io.assemble import inferred_roles, label_from_name, place
from synergy_gui.io.lavaan import DEFAULT_PATH_WEIGHT, ImportResult
from synergy_gui.io.problems import ImportNote, ImportProblem, not_a_model, read_source_text
from synergy_gui.model.checks import MAX_UNSTANDARDISED
from synergy_gui.model.document import ModelDocument
from synergy_gui.model.elements import PATH_KINDS, ROLES, Construct, Junction, Meta, Path
from synergy_gui.model.phrases import Phrase, phrase
from synergy_gui.model.validation import check_document

_CONSTRUCT_NUMBERS = ("initial", "baseline", "tau_rise", "tau_fall")
_SCALES = {
    "weight_scale": ("standardised", "unstandardised"),
    "level_range": ("unipolar", "bipolar"),
}


# ---------------------------------------------------------------------------- writing
def document_graph(document: ModelDocument) -> nx.DiGraph:
    """The document as a directed graph with the attributes above."""
    graph = nx.DiGraph(title=document.meta.title, format="synergy-explorer")
    for name, (default, _) in _SCALES.items():
        if getattr(document.settings, name) != default:  # as in the model file
            graph.graph[name] = getattr(document.settings, name)
    for construct in document.constructs:
        attributes: dict[str, Any] = {
            "kind": "construct",
            "label": construct.label,
            "role": construct.role,
            "x": float(construct.position[0]),
            "y": float(construct.position[1]),
            "description": construct.description,
            "references": _joined(construct.references),
        }
        attributes |= {name: float(getattr(construct, name)) for name in _CONSTRUCT_NUMBERS}
        graph.add_node(construct.id, **attributes)
    for order, path in enumerate(document.paths):
        graph.add_edge(
            path.source,
            path.target,
            **_weighted(path),
            kind=path.kind,
            order=order,
            note=path.note,
        )
    for junction in document.junctions:
        node = _weighted(junction) | {"kind": "junction"}
        if junction.position is not None:
            node |= {"x": float(junction.position[0]), "y": float(junction.position[1])}
        graph.add_node(junction.id, **node)
        for order, member in enumerate(junction.members):
            graph.add_edge(member, junction.id, kind="member", order=order)
        graph.add_edge(junction.id, junction.target, kind="synergy")
    return graph


def _weighted(item: Path | Junction) -> dict[str, Any]:
    attributes: dict[str, Any] = {
        "id": item.id,
        "label": item.label,
        "weight": float(item.weight),
        "description": item.description,
        "references": _joined(item.references),
    }
    if item.sd is not None:
        attributes["sd"] = float(item.sd)
    return attributes


def _joined(references: list[str]) -> str:
    return "\n".join(references)


def _split(text: Any) -> list[str]:
    return [line for line in str(text or "").split("\n") if line.strip()]


def graphml_text(document: ModelDocument) -> str:
    """The document as GraphML text."""
    return "\n".join(nx.generate_graphml(document_graph(document))) + "\n"


# ---------------------------------------------------------------------------- reading
def read_graphml(path: str | os.PathLike[str]) -> ImportResult:
    """Read a GraphML file; :class:`ImportProblem` names the line or the node/edge."""
    return parse_graphml(read_source_text(path, phrase("GraphML file")), str(path))


def parse_graphml(text: str, filename: str = "<graphml>") -> ImportResult:
    """Build a document from GraphML text."""
    try:
        graph = nx.parse_graphml(text.removeprefix("\ufeff"))
    except ParseError as error:
        line, column = error.position
        reason = phrase("is not valid XML ({error})", error=str(error))
        raise ImportProblem(filename, line, column + 1, reason) from None
    except (nx.NetworkXError, ValueError, TypeError, KeyError) as error:
        reason = phrase("is not GraphML networkx can read: {error}", error=str(error))
        raise ImportProblem(filename, None, None, reason) from None
    return _Reader(graph, filename).read()


def _order(attributes: dict, fallback: int) -> float:
    """A path's place in the document (GraphML keeps edges by node, not in file order)."""
    try:
        return float(attributes.get("order", fallback))
    except (TypeError, ValueError):
        return float(fallback)


class _Reader:
    def __init__(self, graph: nx.Graph, filename: str) -> None:
        self.graph = graph
        self.filename = filename
        self.warnings: list[ImportNote] = []
        self.largest: tuple[float, Phrase] | None = None  # the largest |weight| beyond 1

    def fail(self, reason: Phrase) -> ImportProblem:
        return ImportProblem(self.filename, None, None, reason)

    def note(self, message: Phrase) -> None:
        self.warnings.append(ImportNote(self.filename, None, None, message))

    def read(self) -> ImportResult:
        if not self.graph.is_directed():
            self.note(
                phrase(
                    "the graph is undirected: each edge is read from its first to its second node"
                )
            )
        junctions = {n for n, a in self.graph.nodes(data=True) if a.get("kind") == "junction"}
        constructs = [n for n in self.graph.nodes if n not in junctions]
        if not constructs:
            raise self.fail(phrase("holds no nodes"))
        title = str(self.graph.graph.get("title", "")) or "Imported graph"
        document = ModelDocument(meta=Meta(title=title))
        self._scales(document)
        for node in constructs:
            document.constructs.append(self._construct(node))
        self._edges(document, junctions)
        for node in sorted(junctions, key=list(self.graph.nodes).index):
            document.junctions.append(self._junction(node))
        self._roles_and_places(document)
        self._mark_unstandardised(document)
        errors = [p for p in check_document(document) if p.severity == "error"]
        if errors:
            raise self.fail(not_a_model(errors[0]))
        return ImportResult(document=document, warnings=self.warnings)

    def _number(self, attributes: dict, name: str, where: Phrase, default: float | None) -> Any:
        value = attributes.get(name, default)
        if value is None or value == default:
            return value
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise self.fail(
                phrase(
                    "{where}: {name} {value!r} is not a number", where=where, name=name, value=value
                )
            ) from None
        if not math.isfinite(number):
            raise self.fail(
                phrase(
                    "{where}: {name} {value!r} is not a finite number",
                    where=where,
                    name=name,
                    value=value,
                )
            )
        return number

    def _construct(self, node: str) -> Construct:
        attributes = self.graph.nodes[node]
        where = phrase("node {node!r}", node=node)
        construct = Construct(
            id=str(node), label=str(attributes.get("label") or label_from_name(str(node)))
        )
        role = attributes.get("role")
        if role is not None and role not in ROLES:
            raise self.fail(
                phrase(
                    "{where}: role {role!r} is not one of {roles}",
                    where=where,
                    role=role,
                    roles=", ".join(ROLES),
                )
            )
        construct.role = role or ""
        construct.description = str(attributes.get("description", ""))
        construct.references = _split(attributes.get("references"))
        for name in _CONSTRUCT_NUMBERS:
            value = self._number(attributes, name, where, None)
            if value is not None:
                setattr(construct, name, value)
        x, y = (self._number(attributes, axis, where, None) for axis in ("x", "y"))
        construct.position = (x, y) if x is not None and y is not None else None  # type: ignore[assignment]
        return construct

    def _weight(self, attributes: dict, where: Phrase) -> float:
        if "weight" not in attributes:
            self.note(
                phrase(
                    "{where} has no weight; it starts at {weight}",
                    where=where,
                    weight=DEFAULT_PATH_WEIGHT,
                )
            )
            return DEFAULT_PATH_WEIGHT
        weight = self._number(attributes, "weight", where, None)
        if not -MAX_UNSTANDARDISED <= weight <= MAX_UNSTANDARDISED:
            raise self.fail(
                phrase(
                    "{where}: the weight {weight:g} is outside [-{largest:g}, {largest:g}], the "
                    "largest the model holds",
                    where=where,
                    weight=weight,
                    largest=MAX_UNSTANDARDISED,
                )
            )
        if abs(weight) > 1.0 and (self.largest is None or abs(weight) > abs(self.largest[0])):
            self.largest = (weight, where)
        return weight

    def _scales(self, document: ModelDocument) -> None:
        for name, choices in _SCALES.items():
            value = self.graph.graph.get(name, choices[0])
            if value not in choices:
                raise self.fail(
                    phrase(
                        "the graph's {name} {value!r} is not one of {choices}",
                        name=name,
                        value=value,
                        choices=", ".join(choices),
                    )
                )
            setattr(document.settings, name, value)

    def _mark_unstandardised(self, document: ModelDocument) -> None:
        if self.largest is None or document.settings.weight_scale == "unstandardised":
            return
        document.settings.weight_scale = "unstandardised"
        weight, where = self.largest
        self.note(
            phrase(
                "{where}: the weight {weight:g} is outside [-1, 1]: the weights are taken as "
                "unstandardised (settings.weight_scale), so levels may run to their bounds",
                where=where,
                weight=weight,
            )
        )

    def _edges(self, document: ModelDocument, junctions: set[str]) -> None:
        numbered = enumerate(self.graph.edges(data=True))
        edges = sorted(numbered, key=lambda pair: _order(pair[1][2], pair[0]))
        for _, (source, target, attributes) in edges:
            if source in junctions or target in junctions:
                continue
            where = phrase("edge {source!r} -> {target!r}", source=source, target=target)
            if document.find_path(str(source), str(target)):
                raise self.fail(phrase("{where} is given twice", where=where))
            kind = attributes.get("kind", "causal")
            if kind not in PATH_KINDS:
                raise self.fail(
                    phrase(
                        "{where}: kind {kind!r} is not one of {kinds}",
                        where=where,
                        kind=kind,
                        kinds=", ".join(PATH_KINDS),
                    )
                )
            sd = self._number(attributes, "sd", where, None)
            document.paths.append(
                Path(
                    id=str(attributes.get("id") or document.unique_id(f"{source}__{target}")),
                    source=str(source),
                    target=str(target),
                    weight=self._weight(attributes, where),
                    sd=sd,
                    kind=kind,
                    label=str(attributes.get("label", "")),
                    description=str(attributes.get("description", "")),
                    references=_split(attributes.get("references")),
                    note=str(attributes.get("note", "")),
                )
            )

    def _junction(self, node: str) -> Junction:
        attributes = self.graph.nodes[node]
        where = phrase("junction {node!r}", node=node)
        numbered = enumerate(self.graph.in_edges(node, data=True))
        incoming = sorted(numbered, key=lambda pair: _order(pair[1][2], pair[0]))
        members = [source for _, (source, _, _) in incoming]
        targets = [t for _, t in self.graph.out_edges(node)]
        if len(targets) != 1:
            raise self.fail(
                phrase(
                    "{where} must lead to exactly one target (it leads to {count})",
                    where=where,
                    count=len(targets),
                )
            )
        x, y = (self._number(attributes, axis, where, None) for axis in ("x", "y"))
        return Junction(
            id=str(node),
            members=[str(m) for m in members],
            target=str(targets[0]),
            weight=self._weight(attributes, where),
            sd=self._number(attributes, "sd", where, None),
            label=str(attributes.get("label", "")),
            description=str(attributes.get("description", "")),
            references=_split(attributes.get("references")),
            position=(x, y) if x is not None and y is not None else None,
        )

    def _roles_and_places(self, document: ModelDocument) -> None:
        edges = [(p.source, p.target) for p in document.paths]
        edges += [(m, j.target) for j in document.junctions for m in j.members]
        roles = inferred_roles([c.id for c in document.constructs], edges)
        for construct in document.constructs:
            construct.role = construct.role or roles[construct.id]
        if any(c.position is None for c in document.constructs):
            place(document)
