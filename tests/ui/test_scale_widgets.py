"""Weight and level widgets follow the model's scale settings: unstandardised weights (a
study's 1.48) and bipolar levels (−1…1) can be set in the docks and the inspector, and the
plot shows the levels' whole range."""

from __future__ import annotations

import pytest

from synergy_gui.model.view_state import ViewState
from synergy_gui.ui.commands import UpdateItemCommand, push
from synergy_gui.ui.panels import InspectorPanel
from synergy_gui.ui.panels.stimulus_panel import StimulusPanel
from synergy_gui.ui.panels.weights_panel import WeightsPanel

PATH = "influencer_trust__digital_trust"


@pytest.fixture
def weights(qtbot, document, stack) -> WeightsPanel:
    panel = WeightsPanel(document, stack, ViewState(document))
    qtbot.addWidget(panel)
    return panel


@pytest.fixture
def stimuli(qtbot, document, stack) -> StimulusPanel:
    panel = StimulusPanel(document, stack, ViewState(document))
    qtbot.addWidget(panel)
    return panel


def test_a_standardised_weight_box_stops_at_one(weights, document):
    spin = weights.spin_for(PATH)
    assert (spin.minimum(), spin.maximum()) == (-1.0, 1.0)
    spin.setValue(1.48)
    assert document.path(PATH).weight == 1.0  # the box holds it at its end


def test_unstandardised_weights_can_be_typed_and_dragged_past_one(weights, document, stack):
    push(stack, UpdateItemCommand(document, "settings", None, weight_scale="unstandardised"))
    spin, slider = weights.spin_for(PATH), weights.slider_for(PATH)
    assert (spin.minimum(), spin.maximum()) == (-100.0, 100.0)
    spin.setValue(1.48)
    assert document.path(PATH).weight == 1.48
    assert slider.value() == round((1.48 + 5.0) * 1000)  # the slider spans ±5
    slider.setValue(slider.maximum())
    assert document.path(PATH).weight == 5.0
    stack.undo()
    stack.undo()
    stack.undo()  # back to standardised: the box stops at one again
    weights.ensure_current()
    assert weights.spin_for(PATH).maximum() == 1.0
    assert document.path(PATH).weight == 0.5


def test_a_bipolar_stimulus_slider_reaches_minus_one(stimuli, document, stack):
    spin = stimuli.spin_for("interactivity")
    assert spin.minimum() == 0.0
    push(stack, UpdateItemCommand(document, "settings", None, level_range="bipolar"))
    stimuli.ensure_current()
    slider = stimuli.slider_for("interactivity")
    assert (slider.minimum(), slider.maximum()) == (0, 2000)
    slider.setValue(250)
    assert document.construct("interactivity").initial == -0.75
    assert stimuli.spin_for("interactivity").value() == -0.75


def test_the_inspector_follows_both_settings(qtbot, document, stack):
    inspector = InspectorPanel(document, stack)
    qtbot.addWidget(inspector)
    inspector.show_item(PATH)
    assert inspector.page.weight.spin.maximum() == 1.0
    document.update_settings(weight_scale="unstandardised", level_range="bipolar")
    inspector.page.weight.spin.setValue(-2.25)
    assert document.path(PATH).weight == -2.25
    inspector.show_item("digital_trust")
    page = inspector.page
    assert (page.initial.minimum(), page.baseline.minimum()) == (-1.0, -1.0)
    page.initial.setValue(-0.4)
    assert document.construct("digital_trust").initial == -0.4


def test_the_plot_shows_minus_one_to_one_for_bipolar_levels(panel, document, qtbot):
    assert panel.plot.y_limits == (0.0, 1.0)
    document.update_settings(level_range="bipolar")
    panel.ensure_current()
    assert panel.plot.y_limits == (-1.0, 1.0)
    assert tuple(panel.plot.axes.get_ylim()) == (-1.0, 1.0)
    assert [t for t in panel.plot.axes.get_yticks()] == [-1.0, -0.5, 0.0, 0.5, 1.0]


def test_the_model_page_sets_the_scales_and_a_refused_narrowing_says_why(qtbot, document, stack):
    inspector = InspectorPanel(document, stack)
    qtbot.addWidget(inspector)
    page = inspector.page
    assert page.weight_scale.currentData() == "standardised"
    _choose(page.weight_scale, "unstandardised")
    assert document.settings.weight_scale == "unstandardised"
    document.set_weight(PATH, 1.48)
    before = document.clone()
    _choose(page.weight_scale, "standardised")
    assert document == before  # refused: a weight is beyond 1
    assert "is 1.48, beyond ±1" in inspector.problem.text()
    assert page.weight_scale.currentData() == "unstandardised"
    _choose(page.level_range, "bipolar")
    assert document.settings.level_range == "bipolar"


def _choose(box, data) -> None:
    index = box.findData(data)
    box.setCurrentIndex(index)
    box.activated.emit(index)
