"""Context menus of the diagram: on a construct, a path, a junction or the empty canvas."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from synergy_gui.model.elements import ROLES
from synergy_gui.ui.commands import SetWeightCommand, UpdateItemCommand
from synergy_gui.ui.graph.construct_item import ConstructItem
from synergy_gui.ui.graph.junction_item import JunctionItem
from synergy_gui.ui.graph.path_item import PathItem
from synergy_gui.ui.i18n import translate
from synergy_gui.ui.vocabulary import word

if TYPE_CHECKING:
    from synergy_gui.ui.graph.scene import GraphScene


def context_menu(scene: GraphScene, clicked, pos: QPointF) -> QMenu:
    """The menu for ``clicked`` (an item, or None for the canvas at ``pos``)."""
    menu = QMenu()
    if isinstance(clicked, ConstructItem):
        _construct_entries(menu, scene, clicked)
    elif isinstance(clicked, PathItem):
        _path_entries(menu, scene, clicked)
    elif isinstance(clicked, JunctionItem):
        _junction_entries(menu, scene, clicked)
    else:
        _canvas_entries(menu, scene, pos)
    return menu


def _construct_entries(menu: QMenu, scene: GraphScene, node: ConstructItem) -> None:
    rename = menu.addAction(
        translate("GraphMenus", "Rename"), lambda: scene.start_rename(node.construct_id)
    )
    rename.setShortcut(QKeySequence("F2"))
    roles = menu.addMenu(translate("GraphMenus", "Role"))
    for role in ROLES:
        action = roles.addAction(word(role), lambda r=role: _set_role(scene, node.construct_id, r))
        action.setCheckable(True)
        action.setChecked(node.role == role)
    targets = menu.addMenu(translate("GraphMenus", "Connect to"))
    if node.role != "stimulus":  # a self-loop: the construct keeps part of its own level
        targets.addAction(
            translate("GraphMenus", "Itself (a self-loop)"),
            lambda: scene.connect_constructs(node.construct_id, node.construct_id),
        )
    for other in scene.document.constructs:
        if other.id != node.construct_id and other.role != "stimulus":
            targets.addAction(
                other.label,
                lambda t=other.id: scene.connect_constructs(node.construct_id, t),
            )
    targets.setEnabled(not targets.isEmpty())
    junction = menu.addAction(
        translate("GraphMenus", "Add synergy junction"), scene.add_junction_for_selected
    )
    members, target = scene.selection.junction_parts(scene.document)
    junction.setEnabled(target is not None and len(members) >= 2)
    menu.addSeparator()
    _delete_entry(menu, scene)


def _path_entries(menu: QMenu, scene: GraphScene, edge: PathItem) -> None:
    doc = scene.document
    menu.addAction(
        translate("GraphMenus", "Reverse the sign of the weight"),
        lambda: scene.push_command(SetWeightCommand(doc, edge.path_id, -edge.weight)),
    )
    other = "causal" if edge.kind == "trust-transfer" else "trust-transfer"
    menu.addAction(
        translate("GraphMenus", "Make causal")
        if other == "causal"
        else translate("GraphMenus", "Make trust transfer"),
        lambda: scene.push_command(UpdateItemCommand(doc, "path", edge.path_id, kind=other)),
    )
    menu.addSeparator()
    _delete_entry(menu, scene)


def _junction_entries(menu: QMenu, scene: GraphScene, junction: JunctionItem) -> None:
    menu.addAction(
        translate("GraphMenus", "Show in Synergy"),
        lambda: scene.synergyRequested.emit(junction.junction_id),
    )
    menu.addSeparator()
    _delete_entry(menu, scene)


def _canvas_entries(menu: QMenu, scene: GraphScene, pos: QPointF) -> None:
    menu.addAction(
        translate("GraphMenus", "Add construct here"), lambda: scene.add_construct_at(pos)
    )
    menu.addAction(translate("GraphMenus", "Auto layout by role"), scene.auto_layout)
    views = scene.views()
    if views and hasattr(views[0], "fit_all"):
        menu.addAction(translate("GraphMenus", "Fit diagram to window"), views[0].fit_all)


def _delete_entry(menu: QMenu, scene: GraphScene) -> None:
    action = menu.addAction(translate("GraphMenus", "Delete"), scene.delete_selected)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))


def _set_role(scene: GraphScene, construct_id: str, role: str) -> None:
    scene.push_command(UpdateItemCommand(scene.document, "construct", construct_id, role=role))
