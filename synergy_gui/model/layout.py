"""Automatic layout by role: stimuli on the left, then organisms, then responses.

Within a role, a construct fed by another of the same role moves one column to the right
(trust -> engagement reads left to right). Columns are ordered by the barycentre of their
neighbours to reduce crossings, and each node sits near the average height of what feeds it.
Positions are plain ``(x, y)`` tuples of node centres. Pure Python, no Qt: the importers
place what they read with it, and the diagram lays out with it.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from synergy_gui.model.document import ModelDocument

COLUMN_GAP = 240.0
ROW_GAP = 96.0
_ROLE_ORDER = ("stimulus", "organism", "response")
_SWEEPS = 6
#: The height a long arrow's waypoint claims in a column it crosses.
WAYPOINT_ROW = 40.0
_WAYPOINT = "\x00waypoint:"
#: How far from the members toward the target a junction sits when placed automatically.
JUNCTION_SHARE = 0.36


def between(members: list[tuple[float, float]], target: tuple[float, float]) -> tuple[float, float]:
    """A junction's place: part of the way from its members' centre to its target."""
    mx = sum(p[0] for p in members) / len(members)
    my = sum(p[1] for p in members) / len(members)
    return (mx + (target[0] - mx) * JUNCTION_SHARE, my + (target[1] - my) * JUNCTION_SHARE)


def _edges(document: ModelDocument) -> list[tuple[str, str]]:
    edges = [(p.source, p.target) for p in document.paths]
    edges += [(m, j.target) for j in document.junctions for m in j.members]
    return edges


def _depths_within_roles(document: ModelDocument, edges: list[tuple[str, str]]) -> dict[str, int]:
    """Longest chain of same-role predecessors of each construct.

    Loops are cut where they close when walking downstream from the constructs that are fed
    from outside their role, so engagement -> loyalty -> engagement keeps loyalty downstream.
    """
    role = {c.id: c.role for c in document.constructs}
    inside = [(s, t) for s, t in edges if s != t and role.get(s) == role.get(t) is not None]
    fed_from_outside = {t for s, t in edges if role.get(s) != role.get(t)}
    succs: dict[str, list[str]] = defaultdict(list)
    for source, target in inside:
        succs[source].append(target)
    start_order = sorted(role, key=lambda node: node not in fed_from_outside)
    back: set[tuple[str, str]] = set()
    state: dict[str, int] = {}  # 1: on the walk, 2: done

    def walk(node: str) -> None:
        state[node] = 1
        for nxt in succs[node]:
            if state.get(nxt) == 1:
                back.add((node, nxt))
            elif nxt not in state:
                walk(nxt)
        state[node] = 2

    for node in start_order:
        if node not in state:
            walk(node)
    preds: dict[str, list[str]] = defaultdict(list)
    for source, target in inside:
        if (source, target) not in back:
            preds[target].append(source)
    depth: dict[str, int] = {}

    def visit(node: str) -> int:
        if node not in depth:
            depth[node] = max((visit(p) + 1 for p in preds[node]), default=0)
        return depth[node]

    for node in role:
        visit(node)
    return depth


def _columns(document: ModelDocument, edges: list[tuple[str, str]]) -> list[list[str]]:
    depth = _depths_within_roles(document, edges)
    columns: list[list[str]] = []
    for role in _ROLE_ORDER:
        members = [c.id for c in document.constructs if c.role == role]
        if not members:
            continue
        band = [[] for _ in range(max(depth[m] for m in members) + 1)]
        for member in members:
            band[depth[member]].append(member)
        columns.extend(band)
    return columns


def _order(columns: list[list[str]], edges: list[tuple[str, str]]) -> list[list[str]]:
    """Barycentre sweeps, left to right then right to left, to reduce crossings."""
    neighbours: dict[str, set[str]] = defaultdict(set)
    for source, target in edges:
        neighbours[source].add(target)
        neighbours[target].add(source)
    columns = [list(column) for column in columns]
    index = {node: i for column in columns for i, node in enumerate(column)}
    column_of = {node: k for k, column in enumerate(columns) for node in column}
    for sweep in range(_SWEEPS):
        forward = sweep % 2 == 0
        order = range(1, len(columns)) if forward else range(len(columns) - 2, -1, -1)
        for k in order:
            side = k - 1 if forward else k + 1

            def key(node: str, side: int = side) -> float:
                near = [index[n] for n in neighbours[node] if column_of.get(n) == side]
                return sum(near) / len(near) if near else index[node]

            columns[k].sort(key=key)
            index.update({node: i for i, node in enumerate(columns[k])})
    return columns


def _with_waypoints(
    columns: list[list[str]], edges: list[tuple[str, str]]
) -> tuple[list[list[str]], list[tuple[str, str]]]:
    """Split edges that skip columns with a waypoint in each column they cross.

    Waypoints take a (smaller) row in the columns they cross, so nodes keep out of the way
    of long arrows. They are dropped from the result.
    """
    column_of = {node: k for k, column in enumerate(columns) for node in column}
    columns = [list(column) for column in columns]
    chained: list[tuple[str, str]] = []
    for number, (source, target) in enumerate(edges):
        first, last = column_of[source], column_of[target]
        previous = source
        for k in range(first + 1, last):
            waypoint = f"{_WAYPOINT}{number}:{k}"
            columns[k].append(waypoint)
            chained.append((previous, waypoint))
            previous = waypoint
        chained.append((previous, target))
    return columns, chained


def _size(node: str) -> float:
    return WAYPOINT_ROW if node.startswith(_WAYPOINT) else ROW_GAP


def _spread(column: list[str], wanted: list[float]) -> list[float]:
    """Heights as close to ``wanted`` as possible (least squares), in order, without overlap.

    Pool-adjacent-violators on ``wanted[i] - offset[i]`` gives the best non-decreasing fit,
    where ``offset`` is the least distance of node i below the first node.
    """
    offsets = [0.0]
    for above, below in itertools.pairwise(column):
        offsets.append(offsets[-1] + (_size(above) + _size(below)) / 2)
    blocks: list[list[float]] = []  # [sum, count]
    for want, offset in zip(wanted, offsets, strict=True):
        blocks.append([want - offset, 1.0])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] > blocks[-1][0] / blocks[-1][1]:
            total, count = blocks.pop()
            blocks[-1][0] += total
            blocks[-1][1] += count
    fitted = [total / count for total, count in blocks for _ in range(int(count))]
    return [z + offset for z, offset in zip(fitted, offsets, strict=True)]


def _heights(columns: list[list[str]], edges: list[tuple[str, str]]) -> dict[str, float]:
    """Sweep right, then left, moving nodes toward what feeds them (or what they feed)."""
    preds: dict[str, list[str]] = defaultdict(list)
    succs: dict[str, list[str]] = defaultdict(list)
    for source, target in edges:
        preds[target].append(source)
        succs[source].append(target)
    y: dict[str, float] = {}
    for column in columns:
        y.update(zip(column, _spread(column, [0.0] * len(column)), strict=True))
    for sweep in range(_SWEEPS + 1):
        forward = sweep % 2 == 0
        linked = preds if forward else succs
        for column in columns if forward else columns[::-1]:
            wanted = []
            for node in column:
                near = [y[n] for n in linked[node]]
                wanted.append(sum(near) / len(near) if near else y[node])
            y.update(zip(column, _spread(column, wanted), strict=True))
    return y


def column_layout(document: ModelDocument) -> dict[str, tuple[float, float]]:
    """Positions of all constructs, in role columns ordered to reduce crossings."""
    if not document.constructs:
        return {}
    edges = _edges(document)
    columns = _columns(document, edges)
    column_of = {node: k for k, column in enumerate(columns) for node in column}
    forward = [(s, t) for s, t in edges if column_of[s] < column_of[t]]
    columns, chained = _with_waypoints(columns, forward)
    columns = _order(columns, chained)
    y = _heights(columns, chained)
    real = {node: k for k, column in enumerate(columns) for node in column if node in column_of}
    top = min(y[node] for node in real)
    return {node: (k * COLUMN_GAP, round(y[node] - top, 1)) for node, k in real.items()}


def junction_places(
    document: ModelDocument, positions: dict[str, tuple[float, float]]
) -> dict[str, tuple[float, float]]:
    """New places of the junctions that have a stored position, given construct positions."""
    return {
        j.id: between([positions[m] for m in j.members], positions[j.target])
        for j in document.junctions
        if j.position is not None
    }
