"""The legend's pictures, drawn by the diagram's own items so they match it exactly.

The guide's legend page shows ``<img src="legend:node-stimulus">`` and the like; the help
browser asks :func:`legend_image` for each. Pictures follow the application's palette (light
or dark), as the diagram does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from synergy_gui.model import Construct, Junction
from synergy_gui.ui.graph import style as st
from synergy_gui.ui.graph.construct_item import ConstructItem
from synergy_gui.ui.graph.junction_item import JunctionItem
from synergy_gui.ui.graph.path_item import WeightedArrow
from synergy_gui.ui.vocabulary import word

SCHEME = "legend"
ARROW_LENGTH = 190.0
MARGIN = 8.0
SCALE = 0.8  # the pictures sit beside text: a little smaller than the diagram at 100 %


def _node(construct_id: str, label: str, role: str, level: float) -> ConstructItem:
    construct = Construct(construct_id, label, role=role, initial=level)
    item = ConstructItem(construct, st.current_style())
    item.set_level(level)
    return item


def _scene_image(items: list, setup: Callable[[QGraphicsScene], None] | None = None) -> QImage:
    scene = QGraphicsScene()
    for item in items:
        scene.addItem(item)
    if setup is not None:
        setup(scene)
    area = scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
    return _render(area.size().width(), area.size().height(), lambda p, r: scene.render(p, r, area))


def _render(width: float, height: float, draw: Callable[[QPainter, QRectF], None]) -> QImage:
    image = QImage(int(width * SCALE) + 1, int(height * SCALE) + 1, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    draw(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    return image


def _arrow(weight: float, trust_transfer: bool = False) -> QImage:
    graph_style = st.current_style()
    colour = graph_style.trust_transfer if trust_transfer else graph_style.causal
    arrow = WeightedArrow()
    arrow.set_weight(weight)
    arrow.route(QPointF(MARGIN, 22), QPointF(MARGIN + ARROW_LENGTH, 22))

    def draw(painter: QPainter, _target: QRectF) -> None:
        painter.scale(SCALE, SCALE)
        arrow.paint(painter, colour, graph_style)

    return _render(ARROW_LENGTH + 2 * MARGIN, 44, draw)


def _junction() -> QImage:
    first = _node("interactivity", "Interactivity", "stimulus", 0.7)
    second = _node("personalization", "Personalization", "stimulus", 0.7)
    target = _node("synergistic_influence", "Synergistic influence", "organism", 0.6)
    first.setPos(0, 0)
    second.setPos(0, 96)
    target.setPos(330, 48)
    junction = Junction(
        "x", ["interactivity", "personalization"], "synergistic_influence", weight=0.15
    )
    item = JunctionItem(junction, [first, second], target, st.current_style())
    return _scene_image([first, second, target, item])


def _badge() -> QImage:
    node = _node("trust", "Digital trust", "organism", 0.62)
    node.set_difference(0.07)
    return _scene_image([node])


def _selected() -> QImage:
    node = _node("trust", "Digital trust", "organism", 0.62)
    node.handle.set_shown(True)
    return _scene_image([node], lambda _scene: node.setSelected(True))


_MAKERS: dict[str, Callable[[], QImage]] = {
    "node-stimulus": lambda: _scene_image([_node("s", word("stimulus"), "stimulus", 0.7)]),
    "node-organism": lambda: _scene_image([_node("o", word("organism"), "organism", 0.6)]),
    "node-response": lambda: _scene_image([_node("r", word("response"), "response", 0.55)]),
    "arrow-positive": lambda: _arrow(0.4),
    "arrow-negative": lambda: _arrow(-0.35),
    "arrow-trust": lambda: _arrow(0.5, trust_transfer=True),
    "junction": _junction,
    "badge": _badge,
    "selected": _selected,
}
LEGEND_IMAGES = tuple(_MAKERS)
_CACHE: dict[tuple[str, bool], QImage] = {}


def legend_image(name: str) -> QImage | None:
    """The picture called ``name`` in the current palette (None for an unknown name)."""
    maker = _MAKERS.get(name)
    if maker is None:
        return None
    key = (name, st.palette_is_dark())
    if key not in _CACHE:
        _CACHE[key] = maker()
    return _CACHE[key]


__all__ = ["LEGEND_IMAGES", "SCHEME", "legend_image"]
