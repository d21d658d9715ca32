"""Keeps the diagram's items in step with the document, through the document's events only.

The mirror builds one item per construct, path and junction, keeps a dict id -> item and
answers every :class:`~synergy_gui.model.Change` by adding, removing or re-syncing the items
it names. Commands and panels never touch items; they edit the document and this follows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGraphicsScene

from synergy_gui.model import Change, ModelDocument
from synergy_gui.ui.graph.construct_item import ConstructItem
from synergy_gui.ui.graph.geometry import BEND
from synergy_gui.ui.graph.junction_item import JunctionItem
from synergy_gui.ui.graph.path_item import PathItem
from synergy_gui.ui.graph.routing import Router
from synergy_gui.ui.graph.spread import IDENTITY, Spread
from synergy_gui.ui.graph.style import GraphStyle, NodeMetrics, node_metrics

_TEXT_FIELDS = frozenset({"label", "role", "description", "references"})
_FEW_MOVES = 24  # node boxes; past this many, routing everything is as quick
#: Paths up to which arrows are routed around nodes and their weights placed where they
#: cover least (a few ms each). A bigger diagram is a web no routing makes readable: its
#: arrows run straight with the weight at the middle, so it opens in seconds, not minutes.
MAX_ROUTED_PATHS = 1000


class DocumentMirror:
    """The items of one scene, mirroring one document."""

    def __init__(
        self,
        scene: QGraphicsScene,
        graph_style: GraphStyle,
        on_structure: Callable[[bool], None],
        on_removing: Callable[[object], None] = lambda item: None,
    ) -> None:
        self.scene = scene
        self.style = graph_style
        self.document: ModelDocument | None = None
        self.constructs: dict[str, ConstructItem] = {}
        self.paths: dict[str, PathItem] = {}
        self.junctions: dict[str, JunctionItem] = {}
        self._pairs: dict[tuple[str, str], PathItem] = {}  # (source, target) -> path item
        self._on_structure = on_structure
        self._on_removing = on_removing  # lets the scene drop editors and drags on the item
        self.router = Router(self)
        self._building = False
        self.needs_reroute = False  # nodes or paths came or went since the last routing
        self._moved: list = []  # old and new boxes of nodes moved since the last routing
        self.zoom = 1.0  # of the view showing the scene
        self.metrics: NodeMetrics = node_metrics(1.0)  # node sizes at the text scale
        self.compact_pixels: int | None = None  # the compact nodes' label size, if compact
        self.pills_shown = True  # weights are drawn (hidden when too small to read)
        self.spread: Spread = IDENTITY  # the model's positions as drawn (see spread.py)

    # ------------------------------------------------------------ attach / detach
    def attach(self, document: ModelDocument) -> None:
        """Mirror ``document`` (dropping any earlier one) and follow its events."""
        self.detach()
        self.document = document
        document.events.connect(self.on_change)
        self.rebuild()

    def detach(self) -> None:
        """Stop following the document and remove its items."""
        if self.document is not None:
            self.document.events.disconnect(self.on_change)
        self._clear()
        self.document = None

    def item(self, item_id: str):
        """The item showing the construct, path or junction with this id, or None."""
        return (
            self.constructs.get(item_id) or self.paths.get(item_id) or self.junctions.get(item_id)
        )

    def rebuild(self) -> None:
        self._clear()
        doc = self.document
        self._building = True  # route once at the end, not once per path
        try:
            for construct in doc.constructs:
                self._add_construct(construct.id)
            for path in doc.paths:
                self._add_path(path.id)
            for junction in doc.junctions:
                self._add_junction(junction.id)
        finally:
            self._building = False
        self.needs_reroute = True
        self.reroute()
        self._on_structure(True)  # a new diagram: its extent starts afresh

    def reroute(self) -> None:
        """Route the paths again after nodes moved (or came or went).

        Only paths that touch a moved node's old or new place are routed when few nodes
        moved. Labels are placed once all those lines are known, so each sees the others.
        """
        moved, self._moved = self._moved, []
        everything, self.needs_reroute = self.needs_reroute, False
        if everything or len(moved) > _FEW_MOVES:
            paths = list(self.paths.values())
        else:
            paths = [p for p in self.paths.values() if any(p.touches(r) for r in moved)]
        if len(self.paths) > MAX_ROUTED_PATHS:
            for item in paths:
                item.follow_ends()
            return
        with self.router.batch():
            for item in paths:
                item.update_geometry(place_label=False)
            for item in paths:
                item.refresh_pill()

    def set_zoom(self, zoom: float) -> None:
        """The view's scale changed: arrows judge again whether to keep a pixmap cache."""
        self.zoom = zoom
        for item in self.paths.values():
            item.set_zoom(zoom)
        for item in self.constructs.values():
            item.handle.set_zoom(zoom)

    def set_metrics(self, metrics: NodeMetrics) -> None:
        """Take the sizes of a new text scale: nodes, labels and weights, then route again."""
        if metrics is self.metrics:
            return
        self.metrics = metrics
        for item in self.constructs.values():
            item.set_metrics(metrics)
        for item in (*self.paths.values(), *self.junctions.values()):
            item.set_pill_detail(metrics.small_pixels, self.pills_shown)
        for item in self.junctions.values():
            item.update_geometry()
        self.needs_reroute = True
        self._on_structure(False)

    def set_spread(self, spread: Spread) -> None:
        """Draw the model's positions multiplied by ``spread``, then route again."""
        if spread == self.spread:
            return
        self.spread = spread
        for construct_id, item in self.constructs.items():
            item.spread = spread
            item.setPos(spread.point(*self.document.construct(construct_id).position))
            item.placed = item.pos()
        for junction_id, item in self.junctions.items():
            item.spread = spread
            item.sync(self.document.junction(junction_id))
        self.needs_reroute = True
        self._on_structure(False)

    def set_detail(self, compact_pixels: int | None, pills_shown: bool) -> None:
        """Draw compact nodes with labels of ``compact_pixels`` (None: in full) and the
        weights or not."""
        if compact_pixels != self.compact_pixels:
            self.compact_pixels = compact_pixels
            for item in self.constructs.values():
                item.set_compact(compact_pixels)
        if pills_shown != self.pills_shown:
            self.pills_shown = pills_shown
            for item in (*self.paths.values(), *self.junctions.values()):
                item.set_pill_detail(self.metrics.small_pixels, pills_shown)

    def set_style(self, graph_style: GraphStyle) -> None:
        self.style = graph_style
        for construct_id, item in self.constructs.items():
            item.set_style(graph_style, self.document.construct(construct_id))
        for item in (*self.paths.values(), *self.junctions.values()):
            item.set_style(graph_style)

    # ------------------------------------------------------------ the document's events
    def on_change(self, change: Change) -> None:
        if change.action == "reset":
            self.rebuild()
            return
        if change.target == "settings" and "level_range" in change.fields:
            for item in self.constructs.values():
                item.level_bar.set_bipolar(self._bipolar())
        handler = _HANDLERS.get((change.action, change.target))
        if handler is not None:
            handler(self, change)
            if change.action != "update":
                self.needs_reroute = True
            if change.action != "update" or "position" in change.fields:
                self._on_structure(False)

    def _on_construct_update(self, change: Change) -> None:
        item = self.constructs[change.item_id]
        construct = self.document.construct(change.item_id)
        if _TEXT_FIELDS.intersection(change.fields):
            item.sync(construct)
            for edge in item.attached:
                self._resync_edge(edge)
        if "position" in change.fields:
            # A dragged node is already at its new place: the old one is where the document
            # last put it, and arrows routed around that place must be routed again.
            self._moved.append(item.sceneBoundingRect().translated(item.placed - item.pos()))
            item.setPos(self.spread.point(*construct.position))
            item.placed = item.pos()
            self._moved.append(item.sceneBoundingRect())
        if "initial" in change.fields:
            item.show_initial(construct.initial)

    def _on_path_update(self, change: Change) -> None:
        item = self.paths[change.item_id]
        path = self.document.path(change.item_id)
        if {"source", "target"}.intersection(change.fields):
            old_pair = (item.source.construct_id, item.target.construct_id)
            self._detach_edge(item)
            self._pairs.pop(old_pair, None)
            item.set_ends(self.constructs[path.source], self.constructs[path.target])
            self._pairs[(path.source, path.target)] = item
            self._attach_edge(item)
            self._refresh_bends(*old_pair)
            self._refresh_bends(path.source, path.target)
        item.sync(path)

    def _on_junction_update(self, change: Change) -> None:
        item = self.junctions[change.item_id]
        junction = self.document.junction(change.item_id)
        if {"members", "target"}.intersection(change.fields):
            self._detach_edge(item)
            item.set_ends(
                [self.constructs[m] for m in junction.members], self.constructs[junction.target]
            )
            self._attach_edge(item)
        item.sync(junction)

    def _bipolar(self) -> bool:
        return self.document.settings.level_range == "bipolar"

    # ------------------------------------------------------------ adding and removing
    def _add_construct(self, construct_id: str) -> None:
        construct = self.document.construct(construct_id)
        item = ConstructItem(construct, self.style, self.metrics, self.spread)
        item.level_bar.set_bipolar(self._bipolar())
        item.set_compact(self.compact_pixels)
        item.handle.set_zoom(self.zoom)
        self.constructs[construct_id] = item
        self.scene.addItem(item)

    def _add_path(self, path_id: str) -> None:
        path = self.document.path(path_id)
        source, target = self.constructs[path.source], self.constructs[path.target]
        item = PathItem(path, source, target, self.style)
        item.router = self.router
        item.arrow.set_pixels(self.metrics.small_pixels)
        item.arrow.show_pill = self.pills_shown
        item.set_zoom(self.zoom)
        self.paths[path_id] = item
        self._pairs[(path.source, path.target)] = item
        self._attach_edge(item)
        self.scene.addItem(item)
        self._refresh_bends(path.source, path.target)
        if not self._building:
            item.update_geometry()

    def _add_junction(self, junction_id: str) -> None:
        junction = self.document.junction(junction_id)
        members = [self.constructs[m] for m in junction.members]
        target = self.constructs[junction.target]
        item = JunctionItem(junction, members, target, self.style, self.spread)
        item.set_pill_detail(self.metrics.small_pixels, self.pills_shown)
        self.junctions[junction_id] = item
        self._attach_edge(item)
        self.scene.addItem(item)

    def _remove(self, table: dict, item_id: str) -> None:
        item = table.pop(item_id)
        self._on_removing(item)
        if not isinstance(item, ConstructItem):
            self._detach_edge(item)
        if isinstance(item, PathItem):
            pair = (item.source.construct_id, item.target.construct_id)
            self._pairs.pop(pair, None)
            self._refresh_bends(*pair)
        self.scene.removeItem(item)

    def _clear(self) -> None:
        for table in (self.junctions, self.paths, self.constructs):
            for item_id in list(table):
                self._remove(table, item_id)

    # ------------------------------------------------------------ edges and their ends
    @staticmethod
    def _ends(edge) -> list[ConstructItem]:
        if isinstance(edge, PathItem):
            return [edge.source, edge.target]
        return [*edge.members, edge.target]

    def _attach_edge(self, edge) -> None:
        for end in self._ends(edge):
            end.attached.add(edge)

    def _detach_edge(self, edge) -> None:
        for end in self._ends(edge):
            end.attached.discard(edge)

    def _resync_edge(self, edge) -> None:
        if isinstance(edge, PathItem):
            edge.sync(self.document.path(edge.path_id))
        else:
            edge.sync(self.document.junction(edge.junction_id))

    def _refresh_bends(self, a: str, b: str) -> None:
        """Bow two paths that run opposite ways between the same pair, so loops read."""
        there, back = self._pairs.get((a, b)), self._pairs.get((b, a))
        for item in (there, back):
            if item is not None:
                item.set_bend(BEND if there is not None and back is not None else 0.0)


_HANDLERS: dict[tuple[str, str], Callable[[DocumentMirror, Change], None]] = {
    ("add", "construct"): lambda m, c: m._add_construct(c.item_id),
    ("add", "path"): lambda m, c: m._add_path(c.item_id),
    ("add", "junction"): lambda m, c: m._add_junction(c.item_id),
    ("remove", "construct"): lambda m, c: m._remove(m.constructs, c.item_id),
    ("remove", "path"): lambda m, c: m._remove(m.paths, c.item_id),
    ("remove", "junction"): lambda m, c: m._remove(m.junctions, c.item_id),
    ("update", "construct"): DocumentMirror._on_construct_update,
    ("update", "path"): DocumentMirror._on_path_update,
    ("update", "junction"): DocumentMirror._on_junction_update,
}
