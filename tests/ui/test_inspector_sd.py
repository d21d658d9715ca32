"""The inspector edits the uncertainty of weights: a junction's sd, a path's sd and the
model-wide default sd, each edit one undo step, each shown again after an undo."""

from __future__ import annotations

import pytest

from synergy_gui.ui.panels import InspectorPanel

JUNCTION = "x_interactivity_personalization"


@pytest.fixture
def inspector(qtbot, document, stack) -> InspectorPanel:
    panel = InspectorPanel(document, stack)
    qtbot.addWidget(panel)
    return panel


def test_a_junctions_sd_is_edited_as_one_undo_step_each(inspector, document, stack):
    before = document.clone()
    inspector.show_item(JUNCTION)
    page = inspector.page
    assert page.sd.text() == "not given"
    page.sd.setValue(0.12)
    assert document.junction(JUNCTION).sd == 0.12
    assert stack.count() == 1 and "sd" in stack.text(0)
    page.sd.setValue(page.sd.minimum())
    assert document.junction(JUNCTION).sd is None
    assert stack.count() == 2
    stack.undo()
    assert document.junction(JUNCTION).sd == 0.12 and page.sd.value() == 0.12
    stack.undo()
    assert document == before and page.sd.text() == "not given"


def test_an_sd_set_elsewhere_shows_on_the_junction_page(inspector, document):
    inspector.show_item(JUNCTION)
    document.update_junction(JUNCTION, sd=0.3)
    assert inspector.page.sd.value() == 0.3


def test_the_default_sd_is_edited_on_the_model_page_and_undone(inspector, document, stack):
    assert inspector.target == "meta"
    box = inspector.page.default_sd
    assert box.text() == "none" and document.settings.default_sd is None
    box.setValue(0.05)
    assert document.settings.default_sd == 0.05
    assert stack.count() == 1
    stack.undo()
    assert document.settings.default_sd is None and box.text() == "none"
    stack.redo()
    assert box.value() == 0.05
    document.update_settings(default_sd=0.2)  # from elsewhere (a loaded file, a script)
    assert box.value() == 0.2


def test_the_default_sd_box_goes_no_further_than_the_model_accepts(inspector, document):
    box = inspector.page.default_sd
    box.setValue(5.0)  # the box stops at the largest the model takes
    assert document.settings.default_sd == 1.0
    assert inspector.problem.text() == ""
