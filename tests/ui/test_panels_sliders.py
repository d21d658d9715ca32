"""Stimulus and weights panels: sliders edit the document, a drag is one undo step, undo shows."""

from __future__ import annotations

import pytest

from synergy_gui.assets import presets_dir
from synergy_gui.model.fileformat import load_document
from synergy_gui.model.view_state import ViewState
from synergy_gui.ui.commands import ConnectCommand, RemoveItemsCommand, UpdateItemCommand, push
from synergy_gui.ui.panels.stimulus_panel import StimulusPanel
from synergy_gui.ui.panels.weights_panel import FILTER_FROM, WeightsPanel

STIMULI = ["interactivity", "personalization", "ewom", "kol_credibility", "koc_authenticity"]


@pytest.fixture
def stimuli(qtbot, document, stack) -> StimulusPanel:
    panel = StimulusPanel(document, stack, ViewState(document))
    qtbot.addWidget(panel)
    return panel


@pytest.fixture
def weights(qtbot, document, stack) -> WeightsPanel:
    panel = WeightsPanel(document, stack, ViewState(document))
    qtbot.addWidget(panel)
    return panel


def _drag(slider, positions) -> None:
    slider.setSliderDown(True)  # emits sliderPressed, as a mouse press on the handle does
    for position in positions:
        slider.setValue(position)
    slider.setSliderDown(False)


# ---------------------------------------------------------------------- stimulus panel
def test_one_row_per_stimulus_showing_its_level(stimuli, document):
    assert stimuli.stimulus_ids() == STIMULI
    document.update_construct("ewom", initial=0.35)
    assert stimuli.slider_for("ewom").value() == 350
    assert stimuli.spin_for("ewom").value() == 0.35
    with pytest.raises(KeyError):
        stimuli.slider_for("loyalty")


def _position(document, construct_id: str) -> int:
    """Where a level slider (0..1000) stands for a construct's level."""
    return round(document.construct(construct_id).initial * 1000)


def test_stimulus_slider_sets_the_level_as_one_undo_step(stimuli, document, stack):
    before = document.clone()
    stimuli.slider_for("interactivity").setValue(830)
    assert document.construct("interactivity").initial == 0.83
    assert stack.count() == 1
    stack.undo()
    assert document == before
    assert stimuli.slider_for("interactivity").value() == _position(before, "interactivity")


def test_a_drag_is_one_undo_step_and_undo_restores_the_exact_document(stimuli, document, stack):
    before = document.clone()
    _drag(stimuli.slider_for("personalization"), [510, 620, 735, 900, 415])
    assert document.construct("personalization").initial == 0.415
    assert stack.count() == 1
    after = document.clone()
    stack.undo()
    assert document == before
    assert stimuli.slider_for("personalization").value() == _position(before, "personalization")
    stack.redo()
    assert document == after
    assert stimuli.slider_for("personalization").value() == 415


def test_two_drags_are_two_steps(stimuli, stack):
    slider = stimuli.slider_for("ewom")
    _drag(slider, [600, 700])
    _drag(slider, [100, 50])
    assert stack.count() == 2


def test_spin_box_sets_the_exact_level(stimuli, document):
    stimuli.spin_for("kol_credibility").setValue(0.125)
    assert document.construct("kol_credibility").initial == 0.125
    assert stimuli.slider_for("kol_credibility").value() == 125


def test_slider_extremes(stimuli, document):
    slider = stimuli.slider_for("interactivity")
    slider.setValue(slider.maximum())
    assert document.construct("interactivity").initial == 1.0
    slider.setValue(slider.minimum())
    assert document.construct("interactivity").initial == 0.0


def test_rows_follow_structural_changes(qtbot, stimuli, document, stack):
    push(stack, UpdateItemCommand(document, "construct", "ewom", label="Word of mouth online"))
    qtbot.waitUntil(lambda: not stimuli.stale)
    assert stimuli.rows.row("ewom").title.text() == "Word of mouth online"
    document.new_construct("Promotions", "stimulus")
    push(stack, RemoveItemsCommand(document, {"koc_authenticity"}))
    assert stimuli.stimulus_ids() == [*STIMULI[:4], "promotions"]
    stack.undo()
    assert stimuli.stimulus_ids() == [*STIMULI, "promotions"]
    push(stack, UpdateItemCommand(document, "construct", "promotions", role="organism"))
    assert stimuli.stimulus_ids() == STIMULI


def test_unchanged_rows_survive_a_rebuild(stimuli, document):
    kept = stimuli.slider_for("interactivity")
    document.new_construct("Promotions", "stimulus")
    assert stimuli.slider_for("interactivity") is kept


def test_empty_model_shows_a_hint(qtbot, stack):
    from synergy_gui.model import ModelDocument

    panel = StimulusPanel(empty := ModelDocument(), stack, ViewState(empty))
    qtbot.addWidget(panel)
    assert not panel.empty_hint.isHidden()
    assert panel.stimulus_ids() == []


def test_scenario_schedules_disable_their_sliders(stimuli, document):
    scheduled = set(document.scenario("Both together").schedules)
    assert scheduled
    stimuli.view.set_scenario("Both together")
    for construct_id in STIMULI:
        slider = stimuli.slider_for(construct_id)
        assert slider.isEnabledTo(stimuli) == (construct_id not in scheduled)
    stimuli.view.set_scenario(None)
    assert all(stimuli.slider_for(c).isEnabledTo(stimuli) for c in STIMULI)


def test_a_scheduled_stimulus_shows_its_schedule_instead_of_a_slider(stimuli, document):
    """Under a scenario the row must not show the drawn level the scenario overrides."""
    stimuli.view.set_scenario("Both together")
    row = stimuli.rows.row("interactivity")
    assert row.slider.isHidden() and row.spin.isHidden()
    assert row.driven_note.text() == "Set by “Both together”: 0.50, then 0.90 from week 4"
    assert stimuli.rows.row("ewom").driven_note.text() == "Set by “Both together”: held at 0.50"
    stimuli.view.set_scenario(None)
    assert not row.slider.isHidden() and row.driven_note.isHidden()


def test_opening_another_model_shows_its_levels_in_kept_rows(qtbot, stimuli, document):
    """Both presets have a KOC stimulus; its row is kept and must show the new level."""
    other = load_document(presets_dir() / "kol_koc_journey.synergy.json")
    assert (
        other.construct("koc_authenticity").initial
        != document.construct("koc_authenticity").initial
    )
    document.replace_with(other)
    expected = round(other.construct("koc_authenticity").initial * 1000)
    assert stimuli.slider_for("koc_authenticity").value() == expected


def test_detached_panel_ignores_the_document(stimuli, document):
    shown = stimuli.slider_for("ewom").value()
    stimuli.detach()
    document.update_construct("ewom", initial=0.9)
    assert stimuli.slider_for("ewom").value() == shown != 900


# ---------------------------------------------------------------------- weights panel
def test_every_weight_has_a_titled_row(weights, document):
    assert weights.item_ids() == [p.id for p in document.paths] + [j.id for j in document.junctions]
    assert weights.title_for("digital_trust__loyalty") == "Digital trust → Loyalty"
    assert (
        weights.title_for("x_interactivity_personalization")
        == "Interactivity × Personalization → Synergistic influence"
    )
    assert weights.slider_for("digital_trust__loyalty").value() == 1300  # 0.3 on -1..1
    assert weights.spin_for("x_interactivity_personalization").value() == 0.6


def test_weight_slider_drag_is_one_undo_step(weights, document, stack):
    before = document.clone()
    slider = weights.slider_for("digital_trust__loyalty")
    _drag(slider, [1400, 1700, 250])
    assert document.path("digital_trust__loyalty").weight == -0.75
    assert stack.count() == 1
    stack.undo()
    assert document == before
    assert slider.value() == 1300


def test_junction_weight_spin_box(weights, document):
    weights.spin_for("x_interactivity_personalization").setValue(-0.2)
    assert document.junction("x_interactivity_personalization").weight == -0.2
    assert weights.slider_for("x_interactivity_personalization").value() == 800


def test_weight_extremes(weights, document):
    slider = weights.slider_for("ewom__digital_trust")
    slider.setValue(slider.maximum())
    assert document.path("ewom__digital_trust").weight == 1.0
    slider.setValue(slider.minimum())
    assert document.path("ewom__digital_trust").weight == -1.0


def test_undo_elsewhere_moves_the_weight_slider(weights, document, stack):
    push(stack, ConnectCommand(document, "ewom", "loyalty", 0.41))
    assert weights.slider_for("ewom__loyalty").value() == 1410
    document.set_weight("ewom__loyalty", -0.5)
    assert weights.slider_for("ewom__loyalty").value() == 500
    stack.undo()
    with pytest.raises(KeyError):
        weights.slider_for("ewom__loyalty")


def test_rename_retitles_rows_in_place(weights, document):
    slider = weights.slider_for("digital_trust__loyalty")
    document.update_construct("loyalty", label="Brand loyalty")
    assert weights.title_for("digital_trust__loyalty") == "Digital trust → Brand loyalty"
    assert weights.slider_for("digital_trust__loyalty") is slider


def test_filter_box_narrows_the_list(weights, document):
    assert len(weights.item_ids()) >= FILTER_FROM
    assert not weights.filter_box.isHidden()
    weights.filter_box.setText("loyalty")
    shown = [i for i in weights.item_ids() if not weights.rows.row(i).isHidden()]
    assert shown == [p.id for p in document.paths if p.target == "loyalty"]
    weights.filter_box.clear()
    assert all(not weights.rows.row(i).isHidden() for i in weights.item_ids())


def test_small_model_has_no_filter_box(qtbot, stack):
    from synergy_gui.model import ModelDocument

    doc = ModelDocument()
    doc.new_construct("A", "stimulus")
    doc.new_construct("B", "response")
    doc.connect("a", "b", 0.5)
    panel = WeightsPanel(doc, stack, ViewState(doc))
    qtbot.addWidget(panel)
    assert panel.filter_box.isHidden()
    assert panel.item_ids() == ["a__b"]


def test_large_model_rebuilds_incrementally(qtbot, stack):
    from synergy_gui.model import ModelDocument

    doc = ModelDocument()
    for index in range(120):
        doc.new_construct(f"C{index}", "stimulus" if index < 20 else "organism")
    for index in range(20, 120):
        doc.connect(f"c{index - 20}", f"c{index}", 0.1)
        if index >= 30:
            doc.connect(f"c{index - 10}", f"c{index}", -0.1)
    panel = WeightsPanel(doc, stack, ViewState(doc))
    qtbot.addWidget(panel)
    assert len(panel.item_ids()) == len(doc.paths) > 180
    kept = {i: panel.slider_for(i) for i in panel.item_ids()}
    doc.connect("c0", "c119", 0.7)
    assert all(panel.slider_for(i) is slider for i, slider in kept.items())
    assert panel.slider_for("c0__c119").value() == 1700


def test_scenario_overrides_disable_their_weight_sliders(weights, document):
    from synergy_gui.model import Scenario

    document.add_scenario(
        Scenario("Strong loyalty", weight_overrides={"digital_trust__loyalty": 0.6})
    )
    weights.view.set_scenario("Strong loyalty")
    assert not weights.slider_for("digital_trust__loyalty").isEnabledTo(weights)
    assert weights.slider_for("ewom__digital_trust").isEnabledTo(weights)
    assert "0.6" in weights.rows.row("digital_trust__loyalty").driven_note.text()
    document.set_weight_override("Strong loyalty", "digital_trust__loyalty", None)
    assert weights.slider_for("digital_trust__loyalty").isEnabledTo(weights)
    weights.view.set_scenario(None)
    assert all(weights.slider_for(i).isEnabledTo(weights) for i in weights.item_ids())


def _shown_order(panel) -> list[str]:
    column = panel.rows.layout()
    widgets = [column.itemAt(i).widget() for i in range(column.count())]
    return [w.key for w in widgets if w is not None]


def test_rows_are_laid_out_in_document_order_after_edits(weights, document, stack):
    def check() -> None:
        expected = [p.id for p in document.paths] + [j.id for j in document.junctions]
        assert weights.item_ids() == expected
        assert _shown_order(weights) == expected

    push(stack, ConnectCommand(document, "ewom", "loyalty", 0.41))  # lands before the junction
    check()
    removal = document.remove_items({"digital_trust__brand_engagement", "ewom__digital_trust"})
    check()
    document.restore(removal)  # back into the middle
    check()
    stack.undo()
    check()
    document.remove_path("interactivity__synergistic_influence")
    document.connect("interactivity", "synergistic_influence", 0.35)  # now at the end
    check()
