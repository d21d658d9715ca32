"""The Scenarios dock, driven through its widgets: each action changes the document as asked,
undo gives back the whole earlier document, redo the later one, and a save reopens equal."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication

from synergy_gui.model import ModelDocument, Scenario, Schedule
from synergy_gui.model.fileformat import load_document, save_document
from synergy_gui.model.view_state import ViewState
from synergy_gui.ui.panels.scenario_list import COMPARE, NAME
from synergy_gui.ui.panels.scenarios_panel import ScenariosPanel
from synergy_gui.ui.theme import dark_palette


@pytest.fixture
def view(document: ModelDocument) -> ViewState:
    return ViewState(document)


@pytest.fixture
def dock(qtbot, document, stack, view) -> ScenariosPanel:
    panel = ScenariosPanel(document, stack, view)
    qtbot.addWidget(panel)
    panel.resize(320, 700)
    with qtbot.waitExposed(panel):
        panel.show()
    return panel


class Step:
    """Checks one edit: the document before it, undo, redo and a save that reopens equal."""

    def __init__(self, document: ModelDocument, stack, tmp_path: Path) -> None:
        self.document, self.stack, self.tmp_path = document, stack, tmp_path
        self.before = document.clone()
        self.count = stack.count()

    def check(self) -> ModelDocument:
        after = self.document.clone()
        assert after != self.before
        assert self.stack.count() == self.count + 1  # one gesture, one undo step
        self.stack.undo()
        assert self.document == self.before
        self.stack.redo()
        assert self.document == after
        path = self.tmp_path / "saved.synergy.json"
        save_document(self.document, path)
        assert load_document(path) == after
        return after


@pytest.fixture
def step(document, stack, tmp_path):
    return lambda: Step(document, stack, tmp_path)


def _select(dock: ScenariosPanel, key: str | None) -> None:
    dock.ensure_current()
    dock.list.setCurrentItem(dock.list.item_for(key))


def _refused(dock: ScenariosPanel, document, before, stack, count: int, words: str) -> None:
    assert document == before
    assert stack.count() == count
    assert dock.problem_label.isVisibleTo(dock)
    assert words in dock.problem_label.text()


# ---------------------------------------------------------------------- the list
def test_the_list_shows_as_drawn_then_the_scenarios(dock, document):
    texts = [item.text(NAME) for item in dock.list.items()]
    assert texts == ["As drawn (sliders)", *(s.name for s in document.scenarios)]
    assert dock.list.currentItem() is dock.list.item_for(None)
    assert dock.editor.currentIndex() == 0  # the note: as drawn has nothing to edit


def test_selecting_a_row_makes_it_the_active_scenario(dock, view):
    _select(dock, "Both together")
    assert view.scenario == "Both together"
    assert dock.editor.currentIndex() == 1
    assert dock.editor.heading.text() == "Both together"
    _select(dock, None)
    assert view.scenario is None


def test_the_selection_follows_the_view_state(dock, view):
    view.set_scenario("Interactivity only")
    assert dock.list.key_of(dock.list.currentItem()) == "Interactivity only"
    assert dock.editor.heading.text() == "Interactivity only"


def test_compare_boxes_write_the_view_state(dock, view):
    dock.list.item_for(None).setCheckState(COMPARE, Qt.CheckState.Checked)
    dock.list.item_for("Baseline").setCheckState(COMPARE, Qt.CheckState.Checked)
    assert view.compared == (None, "Baseline")
    dock.list.item_for(None).setCheckState(COMPARE, Qt.CheckState.Unchecked)
    assert view.compared == ("Baseline",)


def test_compare_boxes_follow_the_view_state(dock, view):
    view.set_compared(["Both together", "Baseline"])
    assert dock.list.ticked() == ["Baseline", "Both together"]


def test_a_seventh_compared_scenario_is_refused(qtbot, dock, view, document):
    for number in range(3):
        document.add_scenario(Scenario(f"Extra {number}"))
    dock.ensure_current()
    view.set_compared([None, *(s.name for s in document.scenarios[:5])])
    with qtbot.waitSignal(dock.problem) as signal:
        dock.list.item_for("Extra 2").setCheckState(COMPARE, Qt.CheckState.Checked)
    assert "At most 6 scenarios can be compared" in signal.args[0]
    assert len(view.compared) == 6 and "Extra 2" not in view.compared
    assert dock.list.item_for("Extra 2").checkState(COMPARE) == Qt.CheckState.Unchecked


def test_clicking_a_compare_box_keeps_the_active_scenario(qtbot, dock, view):
    _select(dock, "Baseline")
    item = dock.list.item_for("Both together")
    cell = dock.list.visualItemRect(item)
    left = dock.list.header().sectionPosition(COMPARE)
    box = QPoint(left + 10, cell.center().y())  # on the check box at the cell's left
    qtbot.mouseClick(dock.list.viewport(), Qt.MouseButton.LeftButton, pos=box)
    assert view.compared == ("Both together",)
    assert view.scenario == "Baseline"
    name = QPoint(10, cell.center().y())
    qtbot.mouseClick(dock.list.viewport(), Qt.MouseButton.LeftButton, pos=name)
    assert view.scenario == "Both together"


def test_space_ticks_the_current_row(qtbot, dock, view):
    _select(dock, "Baseline")
    qtbot.keyClick(dock.list, Qt.Key.Key_Space)
    assert view.compared == ("Baseline",)


# ---------------------------------------------------------------------- the buttons
def test_new_from_sliders(qtbot, dock, document, view, step):
    document.update_construct("ewom", initial=0.9)
    edit = step()
    qtbot.mouseClick(dock.buttons["new_from_sliders"], Qt.MouseButton.LeftButton)
    assert view.scenario == "Scenario 5"  # made active (an undo and redo later it is not)
    assert dock.editor.heading.text() == "Scenario 5"
    after = edit.check()
    made = after.scenarios[-1]
    assert made.name == "Scenario 5"
    stimuli = [c for c in document.constructs if c.role == "stimulus"]
    assert made.schedules == {c.id: Schedule("constant", level=c.initial) for c in stimuli}
    assert made.schedules["ewom"].level == 0.9
    assert dock.scenario_names()[-1] == "Scenario 5"


def test_duplicate(qtbot, dock, document, view, step):
    _select(dock, "Interactivity only")
    edit = step()
    qtbot.mouseClick(dock.buttons["duplicate"], Qt.MouseButton.LeftButton)
    assert view.scenario == "Interactivity only (copy)"
    after = edit.check()
    twin = after.scenarios[2]
    assert twin.name == "Interactivity only (copy)"
    assert twin.schedules == after.scenarios[1].schedules


def test_rename_inline(dock, document, view, step):
    _select(dock, "Baseline")
    edit = step()
    dock.list.item_for("Baseline").setText(NAME, "  Launch week ")
    after = edit.check()
    assert after.scenarios[0].name == "Launch week"
    assert view.scenario == "Launch week"
    dock.ensure_current()
    assert dock.list.item_for("Launch week").text(NAME) == "Launch week"


@pytest.mark.parametrize(
    ("text", "words"),
    [("", "must not be empty"), ("Both together", "already a scenario named “Both together”")],
)
def test_rename_refusals(dock, document, stack, view, text, words):
    _select(dock, "Baseline")
    before, count = document.clone(), stack.count()
    dock.list.item_for("Baseline").setText(NAME, text)
    _refused(dock, document, before, stack, count, words)
    assert dock.list.item_for("Baseline").text(NAME) == "Baseline"
    assert view.scenario == "Baseline"


def test_the_rename_button_opens_the_inline_editor(qtbot, dock):
    _select(dock, "Baseline")
    qtbot.mouseClick(dock.buttons["rename"], Qt.MouseButton.LeftButton)
    assert dock.list.state() == dock.list.State.EditingState


def test_delete(qtbot, dock, document, view, step):
    _select(dock, "Both together")
    edit = step()
    qtbot.mouseClick(dock.buttons["delete"], Qt.MouseButton.LeftButton)
    after = edit.check()
    assert "Both together" not in [s.name for s in after.scenarios]
    assert view.scenario is None
    edit.stack.undo()
    assert document.scenarios[2].name == "Both together"
    assert dock.scenario_names()[2] == "Both together"


def test_move_up_and_down(qtbot, dock, document, view, step):
    _select(dock, "Both together")
    edit = step()
    qtbot.mouseClick(dock.buttons["move_up"], Qt.MouseButton.LeftButton)
    after = edit.check()
    names = [s.name for s in after.scenarios]
    assert names[:3] == ["Baseline", "Both together", "Interactivity only"]
    assert view.scenario == "Both together"
    qtbot.mouseClick(dock.buttons["move_down"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dock.buttons["move_down"], Qt.MouseButton.LeftButton)
    assert dock.scenario_names()[-1] == "Both together"
    assert not dock.buttons["move_down"].isEnabled()
    assert dock.buttons["move_up"].isEnabled()


def test_buttons_that_need_a_scenario_are_off_for_as_drawn(dock):
    _select(dock, None)
    for name in ("duplicate", "rename", "delete", "move_up", "move_down"):
        assert not dock.buttons[name].isEnabled(), name
    assert dock.buttons["new_from_sliders"].isEnabled()
    _select(dock, "Baseline")
    assert not dock.buttons["move_up"].isEnabled()
    assert dock.buttons["move_down"].isEnabled()


def test_buttons_have_tooltips_and_take_the_keyboard(dock):
    for button in dock.buttons.values():
        assert button.toolTip()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert button.accessibleName()


# ---------------------------------------------------------------------- about
def test_description_is_one_step_per_editing_session(dock, document, step):
    _select(dock, "Baseline")
    edit = step()
    box = dock.editor.description
    box.setPlainText("Plain <b>text</b>")
    box.moveCursor(QTextCursor.MoveOperation.End)
    box.insertPlainText(" and more")
    box.commit()  # what leaving the box does
    after = edit.check()
    assert after.scenarios[0].description == "Plain <b>text</b> and more"


def test_segment(dock, document, step):
    _select(dock, "Baseline")
    assert "Gen Z" in dock.editor.segment.placeholderText()
    edit = step()
    dock.editor.segment.setText(" Gen Z ")
    dock.editor.segment.editingFinished.emit()
    after = edit.check()
    assert after.scenarios[0].segment == "Gen Z"


# ---------------------------------------------------------------------- schedules
def _schedule_row(dock: ScenariosPanel, construct_id: str):
    dock.ensure_current()
    return dock.editor.schedules.rows[construct_id]


KIND_CASES = [
    ("As slider (no schedule)", None),
    ("Constant", "constant"),
    ("Step", "step"),
    ("Pulse (campaign)", "pulse"),
    ("Ramp", "ramp"),
    ("Series", "series"),
]


@pytest.mark.parametrize(("text", "kind"), KIND_CASES, ids=[k or "none" for _, k in KIND_CASES])
def test_each_schedule_kind(dock, document, step, text, kind):
    _select(dock, "Interactivity only")  # ewom is held constant at 0.5 there
    row = _schedule_row(dock, "ewom")
    if kind == "constant":
        document.set_schedule("Interactivity only", "ewom", Schedule("step", 0.8, base=0.2))
    edit = step()
    row.kind.setCurrentIndex(row.kind.findText(text))
    after = edit.check()
    schedule = after.scenario("Interactivity only").schedules.get("ewom")
    assert (schedule.kind if schedule else None) == kind
    if kind in ("step", "pulse", "ramp"):
        assert (schedule.base, schedule.level) == (0.5, 0.8)  # from 0.5, a visible change
        assert schedule.start == 13.0  # a quarter of the 52-week horizon
    if kind == "series":
        assert schedule.values == [0.5] * 53
    visible = {field for field, spin in row.spins.items() if spin.isVisibleTo(row)}
    expected = {None: set(), "constant": {"level"}, "series": set()}
    timed = {"base", "level", "start"} | ({"duration"} if kind != "step" else set())
    assert visible == expected.get(kind, timed)
    assert row.paste.isVisibleTo(row) == (kind == "series")


@pytest.mark.parametrize(
    ("field", "value"), [("base", 0.25), ("level", 0.95), ("start", 6.0), ("duration", 10.0)]
)
def test_schedule_numbers_are_edited_in_place(dock, document, step, field, value):
    document.set_schedule("Baseline", "ewom", Schedule("pulse", 0.8, 0.4, 4.0, 8.0))
    _select(dock, "Baseline")
    row = _schedule_row(dock, "ewom")
    spin = row.spins[field]
    edit = step()
    spin.setValue(value)
    after = edit.check()
    assert getattr(after.scenario("Baseline").schedules["ewom"], field) == value
    assert _schedule_row(dock, "ewom") is row and row.spins[field] is spin  # not rebuilt


def test_the_preview_draws_the_schedule_over_the_horizon(dock, document):
    document.set_schedule("Baseline", "ewom", Schedule("pulse", 0.9, 0.1, 2.0, 3.0))
    document.update_scenario("Baseline", horizon=9)
    _select(dock, "Baseline")
    levels = _schedule_row(dock, "ewom").preview.levels()
    assert levels == [0.1, 0.1, 0.9, 0.9, 0.9, 0.1, 0.1, 0.1, 0.1, 0.1]
    document.set_schedule("Baseline", "ewom", None)
    document.update_construct("ewom", initial=0.3)
    assert _schedule_row(dock, "ewom").preview.levels() == [0.3] * 10


def test_pasting_a_series(dock, document, step):
    document.set_schedule("Baseline", "ewom", Schedule("series", values=[0.5]))
    _select(dock, "Baseline")
    row = _schedule_row(dock, "ewom")
    QGuiApplication.clipboard().setText("0.1\n0,45\t0.9;1\n\n")
    edit = step()
    row.paste.click()
    after = edit.check()
    assert after.scenario("Baseline").schedules["ewom"].values == [0.1, 0.45, 0.9, 1.0]
    assert "4 values" in row.series_note.text()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("0.1\n0.2\nabc\n", "Row 3: “abc” is not a number."),
        ("0.1\n1.4", "Row 2: 1.4 is not a level between 0 and 1."),
        ("0.1\n\n0.3", "Row 2 is empty"),
        ("nan", "Row 1: “nan” is not a number."),
        ("", "The clipboard holds no levels"),
    ],
)
def test_a_bad_paste_names_the_row_and_changes_nothing(dock, document, stack, text, words):
    document.set_schedule("Baseline", "ewom", Schedule("series", values=[0.5]))
    _select(dock, "Baseline")
    before, count = document.clone(), stack.count()
    QGuiApplication.clipboard().setText(text)
    _schedule_row(dock, "ewom").paste.click()
    _refused(dock, document, before, stack, count, words)
    assert "Nothing was pasted into “eWOM”" in dock.problem_label.text()


# ---------------------------------------------------------------------- clamps, overrides
def _open(dock: ScenariosPanel, section: str) -> None:
    """Open a section of the editor, as a click on its title does."""
    sections = dock.editor.sections
    index = next(i for i in range(sections.count()) if sections.itemText(i).startswith(section))
    sections.setCurrentIndex(index)


def test_clamp_a_construct(dock, document, step):
    _select(dock, "Baseline")
    _open(dock, "Clamps")
    row = dock.editor.clamps.rows["digital_trust"]
    assert "interactivity" not in dock.editor.clamps.rows  # a stimulus is never clamped
    assert not row.spin.isEnabled()
    edit = step()
    row.check.setChecked(True)
    assert edit.check().scenario("Baseline").clamps == {"digital_trust": 0.5}
    edit = step()
    row.spin.setValue(0.8)
    assert edit.check().scenario("Baseline").clamps == {"digital_trust": 0.8}
    edit = step()
    row.check.setChecked(False)
    assert edit.check().scenario("Baseline").clamps == {}
    assert row.spin.value() == 0.5  # back to the construct's own level


def test_override_a_weight(dock, document, step):
    _select(dock, "Baseline")
    _open(dock, "Weight overrides")
    row = dock.editor.overrides.rows["digital_trust__loyalty"]
    assert row.title.text() == "Digital trust → Loyalty"
    junction = dock.editor.overrides.rows["x_interactivity_personalization"]
    assert junction.title.text() == "Interactivity × Personalization → Synergistic influence"
    own = document.path("digital_trust__loyalty").weight
    assert row.spin.value() == round(own, 2)
    edit = step()
    row.check.setChecked(True)
    edit.check()
    edit = step()
    row.spin.setValue(-0.4)
    after = edit.check()
    assert after.scenario("Baseline").weight_overrides == {"digital_trust__loyalty": -0.4}


# ---------------------------------------------------------------------- following the model
def test_undo_of_a_schedule_edit_shows_in_the_row(dock, document, stack):
    _select(dock, "Baseline")
    row = _schedule_row(dock, "ewom")
    row.kind.setCurrentIndex(row.kind.findText("Ramp"))
    stack.undo()
    assert row.kind.currentText() == "Constant"


def test_a_rename_elsewhere_shows_in_the_list_and_heading(qtbot, dock, document, view):
    _select(dock, "Baseline")
    document.update_scenario("Baseline", name="Status quo")
    qtbot.waitUntil(lambda: "Status quo" in dock.list.names())
    assert dock.list.key_of(dock.list.currentItem()) == "Status quo"
    assert dock.editor.heading.text() == "Status quo"


def test_a_new_document_replaces_the_list(qtbot, dock, document, view):
    _select(dock, "Baseline")
    other = ModelDocument()
    other.new_construct("Ads", "stimulus")
    other.add_scenario(Scenario("Only one"))
    document.replace_with(other)
    assert dock.scenario_names() == ["Only one"]
    assert dock.editor.currentIndex() == 0  # as drawn again
    _select(dock, "Only one")
    assert list(dock.editor.schedules.rows) == ["ads"]


def test_new_items_get_rows_and_labels_follow(dock, document):
    _select(dock, "Baseline")
    document.new_construct("Community", "stimulus")
    document.update_construct("loyalty", label="Brand loyalty")
    dock.ensure_current()
    assert "community" in dock.editor.schedules.rows
    _open(dock, "Clamps")
    assert dock.editor.clamps.rows["loyalty"].title.text() == "Brand loyalty"
    _open(dock, "Weight overrides")
    assert dock.editor.overrides.rows["digital_trust__loyalty"].title.text() == (
        "Digital trust → Brand loyalty"
    )


def test_a_value_change_keeps_the_rows(dock, document):
    _select(dock, "Baseline")
    _open(dock, "Weight overrides")
    row = dock.editor.overrides.rows["digital_trust__loyalty"]
    document.set_weight("digital_trust__loyalty", 0.12)
    dock.ensure_current()
    assert dock.editor.overrides.rows["digital_trust__loyalty"] is row
    assert row.spin.value() == 0.12


def test_spin_edits_while_focused_are_one_step(qtbot, dock, document, stack):
    _select(dock, "Baseline")
    _open(dock, "Clamps")
    row = dock.editor.clamps.rows["loyalty"]
    row.check.setChecked(True)
    dock.activateWindow()
    row.spin.setFocus()
    qtbot.waitUntil(row.spin.hasFocus)
    count = stack.count()
    for value in (0.6, 0.7, 0.8):
        row.spin.setValue(value)
    assert stack.count() == count + 1
    assert row.spin.hasFocus()
    stack.undo()
    assert document.scenario("Baseline").clamps == {"loyalty": 0.5}


def test_rows_are_made_only_for_the_section_shown(dock, document):
    editor = dock.editor
    assert not editor.schedules.rows and not editor.clamps.rows  # as drawn: nothing to edit
    _select(dock, "Baseline")
    assert len(editor.schedules.rows) == 5 and not editor.clamps.rows
    _open(dock, "Clamps")
    assert len(editor.clamps.rows) == 7 and not editor.overrides.rows
    assert editor.sections.itemText(1) == "Stimulus schedules · 5 of 5 set"


# ---------------------------------------------------------------------- one owner, plain text
def test_no_widget_keeps_the_active_scenario(dock, view, document):
    _select(dock, "Both together")
    active = document.scenario("Both together")
    for obj in [dock, *dock.findChildren(QObject)]:
        for name, value in vars(obj).items():
            assert value != "Both together", f"{type(obj).__name__}.{name}"
            assert value is not active, f"{type(obj).__name__}.{name}"


def test_user_text_is_plain(dock, document):
    document.add_scenario(Scenario("<b>Bold</b> & co", description="<i>x</i>"))
    _select(dock, "<b>Bold</b> & co")
    assert dock.editor.heading.textFormat() == Qt.TextFormat.PlainText
    assert dock.editor.heading.text() == "<b>Bold</b> & co"
    assert dock.list.item_for("<b>Bold</b> & co").text(NAME) == "<b>Bold</b> & co"
    assert "&lt;i&gt;" in dock.list.item_for("<b>Bold</b> & co").toolTip(NAME)


def test_compare_boxes_stay_visible_on_the_dark_palette(qapp, dock):
    original = QApplication.palette()
    try:
        QApplication.setPalette(dark_palette())
        qapp.processEvents()
        window = dock.list.palette().color(QPalette.ColorRole.Window)
        base = dock.list.palette().color(QPalette.ColorRole.Base)
        assert window.darker(140).lightness() - base.lightness() >= 20  # the boxes' outline
    finally:
        QApplication.setPalette(original)
        qapp.processEvents()
    assert dock.list.palette().color(QPalette.ColorRole.Window) == original.window().color()
