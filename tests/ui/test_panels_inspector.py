"""The inspector: edits are undoable changes; refused edits say why and change nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from synergy_gui.model import Activation
from synergy_gui.ui.panels import InspectorPanel


@pytest.fixture
def inspector(qtbot, document, stack) -> InspectorPanel:
    panel = InspectorPanel(document, stack)
    qtbot.addWidget(panel)
    return panel


def _leave(editor) -> None:
    """Focus leaves a text editor, as when the user clicks elsewhere."""
    QApplication.sendEvent(editor, QFocusEvent(QEvent.Type.FocusOut))


def _choose(box, data) -> None:
    """Pick an entry of a combo box as the user does (``activated`` follows the pick)."""
    index = box.findData(data)
    box.setCurrentIndex(index)
    box.activated.emit(index)


def test_nothing_selected_shows_the_model_and_a_hint(inspector, document):
    assert inspector.target == "meta"
    page = inspector.page
    assert page.title.text() == document.meta.title
    assert page.description.toPlainText() == document.meta.description
    assert "Select a construct" in page.hint.text()
    inspector.show_item("no_such_item")
    assert inspector.target == "meta"


def test_construct_fields_are_shown(inspector, document):
    inspector.show_item("digital_trust")
    page = inspector.page
    trust = document.construct("digital_trust")
    assert inspector.heading.text() == "Construct"
    assert page.label.text() == "Digital trust"
    assert page.role.currentData() == "organism"
    assert page.description.toPlainText() == trust.description
    assert page.references.toPlainText().splitlines() == trust.references
    assert (page.tau_rise.value(), page.tau_fall.value()) == (6.0, 2.0)
    assert page.tau_rise.suffix() == " weeks"
    assert page.activation.currentData() is None  # the model's default


def test_rename_through_the_inspector_is_one_undo_step(inspector, document, stack):
    before = document.clone()
    inspector.show_item("loyalty")
    page = inspector.page
    page.label.setText("Brand loyalty")
    page.label.editingFinished.emit()
    assert document.construct("loyalty").label == "Brand loyalty"
    assert stack.count() == 1
    stack.undo()
    assert document == before
    assert page.label.text() == "Loyalty"  # the form follows the undo


def test_numbers_description_and_references(inspector, document, stack):
    inspector.show_item("digital_trust")
    page = inspector.page
    page.tau_rise.setValue(8.5)
    page.baseline.setValue(0.4)
    page.description.setPlainText("Confidence in the brand.")
    _leave(page.description)
    page.references.setPlainText("First reference\n\n  Second reference  \n")
    _leave(page.references)
    trust = document.construct("digital_trust")
    assert (trust.tau_rise, trust.baseline) == (8.5, 0.4)
    assert trust.description == "Confidence in the brand."
    assert trust.references == ["First reference", "Second reference"]
    assert stack.count() == 4


def test_activation_with_gain(inspector, document):
    inspector.show_item("brand_engagement")
    page = inspector.page
    _choose(page.activation, "logistic")
    assert document.construct("brand_engagement").activation == Activation("logistic", 5.0, 0.5)
    assert page.gain.isEnabled() and page.threshold.isEnabled()
    page.gain.setValue(8.0)
    assert document.construct("brand_engagement").activation.gain == 8.0
    _choose(page.activation, None)
    assert document.construct("brand_engagement").activation is None
    assert not page.gain.isEnabled()


def test_refused_role_change_shows_why_and_changes_nothing(inspector, document, stack):
    before = document.clone()
    inspector.show_item("digital_trust")
    page = inspector.page
    _choose(page.role, "stimulus")  # trust has paths coming in: a stimulus cannot
    assert document == before
    assert stack.count() == 0
    assert not inspector.problem.isHidden()
    assert "digital_trust" in inspector.problem.text()
    assert "stimul" in inspector.problem.text()
    assert page.role.currentData() == "organism"  # the form shows the document again
    page.tau_fall.setValue(3.0)  # the next good edit clears the message
    assert inspector.problem.isHidden()


def test_refused_empty_label(inspector, document, stack):
    before = document.clone()
    inspector.show_item("loyalty")
    page = inspector.page
    page.label.setText("   ")
    page.label.editingFinished.emit()
    assert document == before
    assert stack.count() == 0
    assert "must not be empty" in inspector.problem.text()
    assert page.label.text() == "Loyalty"


def test_path_page_weight_slider_kind_note_and_sd(inspector, document, stack):
    inspector.show_item("influencer_trust__digital_trust")
    page = inspector.page
    assert inspector.heading.text() == "Path"
    assert page.heading.text() == "Trust in the influencer → Digital trust"
    assert page.weight.spin.value() == 0.5
    page.weight.slider.setSliderDown(True)
    for position in (1600, 1650, 1700):
        page.weight.slider.setValue(position)
    page.weight.slider.setSliderDown(False)
    assert document.path("influencer_trust__digital_trust").weight == 0.7
    assert stack.count() == 1
    _choose(page.kind, "causal")
    page.note.setPlainText("estimated")
    _leave(page.note)
    page.sd.setValue(0.08)
    path = document.path("influencer_trust__digital_trust")
    assert (path.kind, path.note, path.sd) == ("causal", "estimated", 0.08)
    page.sd.setValue(page.sd.minimum())
    assert document.path("influencer_trust__digital_trust").sd is None
    assert page.sd.text() == "not given"


def test_weight_changed_elsewhere_moves_the_inspector_slider(inspector, document):
    inspector.show_item("digital_trust__loyalty")
    document.set_weight("digital_trust__loyalty", -0.25)
    assert inspector.page.weight.slider.value() == 750
    assert inspector.page.weight.spin.value() == -0.25


def test_junction_page(inspector, document, stack):
    inspector.show_item("x_interactivity_personalization")
    page = inspector.page
    assert inspector.heading.text() == "Synergy junction"
    assert "Interactivity × Personalization" in page.heading.text()
    assert "Synergistic influence" in page.heading.text()
    assert page.warning.isHidden()
    page.weight.spin.setValue(0.9)  # breaks |g|·0.5 ≤ the members' own weights
    assert document.junction("x_interactivity_personalization").weight == 0.9
    assert not page.warning.isHidden()
    assert "Interactivity" in page.warning.text()
    stack.undo()
    assert page.warning.isHidden()
    assert page.weight.spin.value() == 0.6


def test_removed_item_falls_back_to_the_model(qtbot, inspector, document):
    inspector.show_item("loyalty")
    document.remove_construct("loyalty")
    qtbot.waitUntil(lambda: inspector.target == "meta")
    assert inspector.item_id is None


def test_meta_title_edit(inspector, document, stack):
    page = inspector.page
    page.title.setText("My lecture model")
    page.title.editingFinished.emit()
    assert document.meta.title == "My lecture model"
    stack.undo()
    assert page.title.text() == document.meta.title != "My lecture model"


def test_selection_change_clears_an_old_message(inspector):
    inspector.show_item("loyalty")
    inspector.page.label.setText("")
    inspector.page.label.editingFinished.emit()
    assert not inspector.problem.isHidden()
    inspector.show_item("digital_trust")
    assert inspector.problem.isHidden()
