"""The node-graph editor: a scene that mirrors the document and a view to zoom and pan it."""

from synergy_gui.ui.graph.construct_item import ConstructItem
from synergy_gui.ui.graph.junction_item import JunctionItem
from synergy_gui.ui.graph.path_item import PathItem
from synergy_gui.ui.graph.scene import GraphScene
from synergy_gui.ui.graph.view import GraphView

__all__ = ["ConstructItem", "GraphScene", "GraphView", "JunctionItem", "PathItem"]
