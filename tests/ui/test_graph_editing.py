"""Edits made on the diagram: each is one undo step that restores the exact earlier document."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QGraphicsView

from synergy_gui.model import ModelDocument
from synergy_gui.ui.graph import GraphScene, GraphView
from synergy_gui.ui.graph.menus import context_menu


def make_document() -> ModelDocument:
    doc = ModelDocument()
    doc.new_construct("Interactivity", "stimulus", (0, 0))
    doc.new_construct("Personalization", "stimulus", (0, 150))
    doc.new_construct("Digital trust", "organism", (300, 75))
    doc.new_construct("Loyalty", "response", (600, 75))
    doc.connect("interactivity", "digital_trust", 0.4)
    doc.connect("personalization", "digital_trust", 0.3)
    return doc


@pytest.fixture
def document() -> ModelDocument:
    return make_document()


@pytest.fixture
def scene(qapp, document, stack):
    graph = GraphScene(document, stack)
    yield graph
    graph.close()


@pytest.fixture
def view(qtbot, scene):
    widget = GraphView(scene)
    widget.resize(900, 500)
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    widget.set_zoom(1.0)
    widget.centerOn(300, 75)
    return widget


def select(scene: GraphScene, *ids: str) -> None:
    scene.clearSelection()
    for item_id in ids:
        scene.item_for(item_id).setSelected(True)


def undo_restores(stack: QUndoStack, document: ModelDocument, before: ModelDocument) -> None:
    after = document.clone()
    assert stack.count() == 1
    stack.undo()
    assert document == before
    stack.redo()
    assert document == after


def test_add_construct_at_a_point(scene, document, stack):
    before = document.clone()
    new_id = scene.add_construct_at(QPointF(450, 300), rename=False)
    construct = document.construct(new_id)
    assert (construct.label, construct.role, construct.position) == (
        "New construct",
        "organism",
        (450.0, 300.0),
    )
    assert scene.selected_ids() == [new_id]
    undo_restores(stack, document, before)


def test_double_click_on_empty_canvas_adds_a_construct_and_starts_renaming(
    qtbot, view, scene, document
):
    spot = view.mapFromScene(QPointF(300, 300))
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert document.constructs[-1].label == "New construct"
    assert document.constructs[-1].position == (300.0, 300.0)
    assert scene.editor is not None
    scene.editor.setPlainText("Brand engagement")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: document.constructs[-1].label == "Brand engagement")
    assert scene.editor is None


def test_shift_drag_from_one_construct_to_another_connects_them(qtbot, view, scene, document):
    before = document.clone()
    start = view.mapFromScene(QPointF(300, 75))
    end = view.mapFromScene(QPointF(600, 75))
    shift = Qt.KeyboardModifier.ShiftModifier
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, shift, start)
    qtbot.mouseMove(view.viewport(), QPoint((start.x() + end.x()) // 2, start.y()))
    qtbot.mouseMove(view.viewport(), end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, shift, end)
    path = document.find_path("digital_trust", "loyalty")
    assert path is not None and path.weight == pytest.approx(0.3)
    assert document.construct("digital_trust").position == (300.0, 75.0)  # not moved
    undo_restores(scene.undo_stack, document, before)


def drag(qtbot, view, start: QPoint, end: QPoint) -> None:
    qtbot.mouseMove(view.viewport(), start)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), QPoint((start.x() + end.x()) // 2, end.y()))
    qtbot.mouseMove(view.viewport(), end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)


# The "+" knob is drawn 18 px wide at 100 %: a press on its outer half, its rim or just
# beside it must connect, not start a rubber band or move the node.
@pytest.mark.parametrize("dx, dy", [(0, 0), (7, 0), (11, 0), (0, 9), (0, -11), (-10, 0), (9, 9)])
def test_dragging_from_anywhere_on_the_handle_connects_and_selects_the_path(
    qtbot, view, scene, document, dx, dy
):
    handle = scene.item_for("interactivity").handle
    centre = view.mapFromScene(handle.scenePos())
    drag(qtbot, view, centre + QPoint(dx, dy), view.mapFromScene(QPointF(600, 75)))
    path = document.find_path("interactivity", "loyalty")
    assert path is not None
    assert document.construct("interactivity").position == (0.0, 0.0)  # not moved
    assert scene.selected_ids() == [path.id]  # the inspector shows the new path's weight


@pytest.mark.parametrize("dx, dy", [(10, 0), (0, 10), (-10, -10)])
def test_zoomed_out_the_handle_is_still_a_generous_target(qtbot, view, scene, document, dx, dy):
    view.set_zoom(0.4)
    view.centerOn(300, 75)
    handle = scene.item_for("interactivity").handle
    centre = view.mapFromScene(handle.scenePos())
    drag(qtbot, view, centre + QPoint(dx, dy), view.mapFromScene(QPointF(600, 75)))
    assert document.find_path("interactivity", "loyalty") is not None


def test_the_handle_lights_up_under_the_pointer_and_explains_itself(qtbot, view, scene):
    node = scene.item_for("loyalty")
    handle = node.handle
    assert not handle.shown
    qtbot.mouseMove(view.viewport(), view.mapFromScene(node.pos()))
    assert handle.shown and not handle.hovered  # over the node: the knob appears
    qtbot.mouseMove(view.viewport(), view.mapFromScene(handle.scenePos()) + QPoint(10, 0))
    assert handle.hovered  # over the knob's outer half: highlighted
    assert "connect" in handle.toolTip()
    qtbot.mouseMove(view.viewport(), view.mapFromScene(QPointF(450, 300)))
    assert not handle.shown


def test_pressing_well_away_from_the_handle_still_selects_by_rubber_band(
    qtbot, view, scene, document
):
    before = document.clone()
    handle = scene.item_for("interactivity").handle
    start = view.mapFromScene(handle.scenePos()) + QPoint(30, 0)
    drag(qtbot, view, start, start + QPoint(60, 60))
    assert document == before  # no path, nothing moved


def test_a_refused_connection_reports_why_and_changes_nothing(qtbot, scene, document, stack):
    before = document.clone()
    with qtbot.waitSignal(scene.problem) as signal:
        assert scene.connect_constructs("loyalty", "interactivity") is None
    assert "stimulus" in signal.args[0]
    assert document == before
    assert stack.count() == 0


def test_dropping_into_a_stimulus_by_drag_reports_the_problem(qtbot, view, scene, document):
    before = document.clone()
    start = view.mapFromScene(QPointF(600, 75))
    end = view.mapFromScene(QPointF(0, 0))
    shift = Qt.KeyboardModifier.ShiftModifier
    with qtbot.waitSignal(scene.problem) as signal:
        qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, shift, start)
        qtbot.mouseMove(view.viewport(), end)
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, shift, end)
    assert "take no paths in" in signal.args[0]
    assert document == before


def test_delete_selected_removes_constructs_with_their_paths(scene, document, stack):
    before = document.clone()
    select(scene, "digital_trust", "loyalty")
    scene.delete_selected()
    assert [c.id for c in document.constructs] == ["interactivity", "personalization"]
    assert document.paths == []
    undo_restores(stack, document, before)


def test_delete_key_removes_a_selected_path(qtbot, view, scene, document):
    select(scene, "personalization__digital_trust")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Delete)
    assert [p.id for p in document.paths] == ["interactivity__digital_trust"]


def test_rename_through_the_inline_editor_and_escape_cancels(qtbot, scene, document, stack):
    before = document.clone()
    select(scene, "digital_trust")
    scene.rename_selected()
    scene.editor.setPlainText("Trust")
    scene.editor.finish(commit=True)
    qtbot.waitUntil(lambda: document.construct("digital_trust").label == "Trust")
    undo_restores(stack, document, before)
    stack.undo()
    scene.rename_selected()
    scene.editor.setPlainText("Not this")
    scene.editor.finish(commit=False)
    qtbot.wait(10)
    assert document == before


def test_an_empty_name_is_refused_with_a_reason(qtbot, scene, document):
    before = document.clone()
    with qtbot.waitSignal(scene.problem) as signal:
        scene.rename_construct("loyalty", "  ")
    assert "label" in signal.args[0]
    assert document == before


def test_dragging_selected_nodes_is_one_move_command(qtbot, view, scene, document, stack):
    before = document.clone()
    select(scene, "digital_trust", "loyalty")
    start = view.mapFromScene(QPointF(600, 75))
    end = view.mapFromScene(QPointF(640, 135))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), QPoint(start.x() + 10, start.y() + 10))
    qtbot.mouseMove(view.viewport(), end)
    assert document == before  # previewed on the items only, recorded on release
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert document.construct("loyalty").position == (640.0, 135.0)
    assert document.construct("digital_trust").position == (340.0, 135.0)
    undo_restores(stack, document, before)
    stack.undo()
    assert scene.item_for("loyalty").pos() == QPointF(600, 75)


def test_moving_an_automatically_placed_junction_undoes_to_no_position(scene, document, stack):
    document.new_junction(["interactivity", "personalization"], "digital_trust", 0.1)
    before = document.clone()
    junction = document.junctions[0]
    scene.move_items({junction.id: ((100.0, 75.0), (120.0, 200.0))})
    assert document.junctions[0].position == (120.0, 200.0)
    undo_restores(stack, document, before)


def test_junction_from_the_selection_targets_the_last_selected_non_stimulus(
    qtbot, scene, document, stack
):
    before = document.clone()
    select(scene, "interactivity")
    scene.item_for("personalization").setSelected(True)
    scene.item_for("loyalty").setSelected(True)
    assert scene.selected_ids() == ["interactivity", "personalization", "loyalty"]
    junction_id = scene.add_junction_for_selected()
    junction = document.junction(junction_id)
    assert (junction.members, junction.target) == (["interactivity", "personalization"], "loyalty")
    undo_restores(stack, document, before)
    select(scene, "interactivity", "personalization")
    with qtbot.waitSignal(scene.problem):
        assert scene.add_junction_for_selected() is None


@pytest.mark.parametrize(
    "selected, says",
    [
        ((), "select two or more members, then the target"),
        (("interactivity", "personalization"), "target that is not a stimulus"),
        (("interactivity", "digital_trust"), "Digital trust has only one member"),
        (("loyalty",), "Loyalty has no member"),
    ],
)
def test_ctrl_j_with_a_selection_unfit_for_a_junction_says_what_to_select(
    qtbot, view, scene, document, selected, says
):
    before = document.clone()
    select(scene, *selected)
    view.setFocus()
    with qtbot.waitSignal(scene.problem, timeout=500) as signal:
        qtbot.keyClick(view.viewport(), Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert says in signal.args[0]
    assert "select two or more members, then the target" in signal.args[0]
    assert document == before


def test_rubber_band_selection_orders_upstream_first(qtbot, view, scene):
    with qtbot.waitSignal(scene.selectedIdsChanged) as signal:
        path = view.mapFromScene(QPointF(-150, -60)), view.mapFromScene(QPointF(700, 240))
        view.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=path[0])
        qtbot.mouseMove(view.viewport(), path[1])
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=path[1])
    ids = signal.args[0]
    assert ids[:4] == ["interactivity", "personalization", "digital_trust", "loyalty"]
    assert set(ids[4:]) == {"interactivity__digital_trust", "personalization__digital_trust"}


def test_auto_layout_puts_roles_in_columns_as_one_undo_step(scene, document, stack):
    document.new_construct("Engagement", "organism", (-500, 900))
    before = document.clone()
    scene.auto_layout()
    x = {c.id: c.position[0] for c in document.constructs}
    assert x["interactivity"] == x["personalization"] < x["digital_trust"] < x["loyalty"]
    assert x["engagement"] == x["digital_trust"]
    undo_restores(stack, document, before)


def test_context_menu_of_a_construct_deletes_and_changes_role(scene, document):
    select(scene, "loyalty")
    menu = context_menu(scene, scene.item_for("loyalty"), QPointF())
    actions = {a.text(): a for a in menu.actions()}
    role_menu = actions["Role"].menu()
    next(a for a in role_menu.actions() if a.text() == "Organism").trigger()
    assert document.construct("loyalty").role == "organism"
    actions["Delete"].trigger()
    assert not document.has_construct("loyalty")


def test_context_menu_of_a_path_flips_the_sign_and_the_kind(scene, document):
    item = scene.item_for("interactivity__digital_trust")
    menu = context_menu(scene, item, QPointF())
    actions = {a.text(): a for a in menu.actions()}
    actions["Reverse the sign of the weight"].trigger()
    assert document.path("interactivity__digital_trust").weight == pytest.approx(-0.4)
    actions["Make trust transfer"].trigger()
    assert document.path("interactivity__digital_trust").kind == "trust-transfer"


def test_canvas_menu_adds_a_construct_where_it_was_opened(scene, document):
    menu = context_menu(scene, None, QPointF(123, 456))
    next(a for a in menu.actions() if a.text() == "Add construct here").trigger()
    assert document.constructs[-1].position == (123.0, 456.0)


def test_committing_one_label_leaves_the_next_editor_open(qtbot, scene, document):
    scene.start_rename("digital_trust")
    scene.editor.setPlainText("Trust")
    scene.editor.finish(commit=True)  # as when the user clicks another node
    scene.start_rename("loyalty")
    second = scene.editor
    qtbot.waitUntil(lambda: document.construct("digital_trust").label == "Trust")
    assert scene.editor is second
    assert second.scene() is scene


def test_removing_a_construct_being_renamed_closes_its_editor(qtbot, scene, document):
    scene.start_rename("loyalty")
    document.remove_construct("loyalty")
    assert scene.editor is None
    qtbot.wait(10)
    select(scene, "digital_trust")
    scene.delete_selected()  # the scene still answers after the editor vanished
    assert not document.has_construct("digital_trust")


def test_the_toolbar_adds_in_the_middle_of_the_view_clear_of_other_nodes(view, scene, document):
    document.update_construct("loyalty", position=(300, 90))  # under the middle, with trust
    middle = view.mapToScene(view.viewport().rect().center())
    assert abs(middle.x() - 300) < 200 and abs(middle.y() - 75) < 100
    new_id = scene.add_construct_at(rename=False)
    x, y = document.construct(new_id).position
    assert abs(x - middle.x()) < 1
    for other in document.constructs[:-1]:
        ox, oy = other.position
        assert abs(ox - x) >= 164 + 12 or abs(oy - y) >= 64 + 12, other.id


def screen_places(view, scene) -> dict[str, QPoint]:
    return {key: view.mapFromScene(item.pos()) for key, item in scene.mirror.constructs.items()}


def settle(qtbot) -> None:
    qtbot.wait(5)  # the scene rect follows the items on the next turn of the event loop


@pytest.mark.parametrize("edit", ["add inside", "add below", "delete"])
def test_the_diagram_stays_put_on_screen_through_an_edit_and_its_undo(
    qtbot, view, scene, stack, edit
):
    view.fit_all()
    settle(qtbot)
    rect, places = scene.sceneRect(), screen_places(view, scene)
    if edit == "add inside":
        scene.add_construct_at(QPointF(450, 0), rename=False)  # room there: stays put
    elif edit == "add below":
        scene.add_construct_at(QPointF(0, 150), rename=False)  # pushed below the lowest node
    else:
        select(scene, "personalization")  # the lowest node: the extent would shrink
        scene.delete_selected()
    settle(qtbot)
    during = screen_places(view, scene)
    assert {key: during[key] for key in places if key in during} == {
        key: places[key] for key in during if key in places
    }
    stack.undo()
    settle(qtbot)
    assert screen_places(view, scene) == places
    if edit == "delete":
        assert scene.sceneRect() == rect
    else:  # grown for the new node (or a weight label it pushed aside), never shrunk
        assert scene.sceneRect().contains(rect)
