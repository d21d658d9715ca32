"""The levers panel ranks stimuli (and, among the drivers, mediators) by their total effect on
the chosen outcome."""

from __future__ import annotations

import pytest

from synergy_gui.model import ModelDocument
from synergy_gui.model.presets import load_preset
from synergy_gui.model.view_state import ViewState
from synergy_gui.ui.panels.levers_panel import LeversPanel
from synergy_gui.ui.simulation_controller import SimulationController


@pytest.fixture
def chain() -> ModelDocument:
    """a → b → c and a → c, plus a weak second lever s → c; levels stay inside (0, 1)."""
    doc = ModelDocument()
    doc.new_construct("A", "stimulus").initial = 0.7
    doc.new_construct("S", "stimulus")
    doc.new_construct("B", "organism")
    doc.new_construct("C", "response")
    doc.connect("a", "b", 0.5)
    doc.connect("b", "c", 0.4)
    doc.connect("a", "c", 0.2)
    doc.connect("s", "c", -0.1)
    return doc


def _panel(qtbot, document: ModelDocument) -> tuple[LeversPanel, SimulationController]:
    controller = SimulationController(document, ViewState(document))
    panel = LeversPanel(document, controller)
    qtbot.addWidget(panel)
    panel.show()
    controller.run_now()
    controller.steady_now()
    return panel, controller


def test_levers_are_ranked_by_hand_computed_total_effects(qtbot, chain):
    panel, _ = _panel(qtbot, chain)
    assert panel.current_outcome() == "c"  # the only response
    first, second = panel.levers
    # clip has slope 1 inside (0, 1): total a → c = 0.2 + 0.5 × 0.4; s → c = −0.1
    assert (first.stimulus_id, second.stimulus_id) == ("a", "s")
    assert first.total == pytest.approx(0.4, abs=1e-12)
    assert first.direct == pytest.approx(0.2, abs=1e-12)
    assert first.indirect == pytest.approx(0.2, abs=1e-12)
    assert second.total == pytest.approx(-0.1, abs=1e-12)
    # the rows rank every driver: a (0.4), the mediator b (0.4, after A by label), then s
    assert [row.amount.text() for row in panel._rows] == ["+0.040", "+0.040", "-0.010"]


def test_a_weight_change_reranks_the_levers(qtbot, chain):
    panel, controller = _panel(qtbot, chain)
    chain.set_weight("s__c", 0.9)
    controller.run_now()
    controller.steady_now()
    assert [lever.stimulus_id for lever in panel.levers] == ["s", "a"]
    assert panel.levers[0].total == pytest.approx(0.9, abs=1e-12)


def test_default_preset_asks_about_loyalty(qtbot):
    document = load_preset("synergistic_influence")
    panel, _ = _panel(qtbot, document)
    assert panel.current_outcome() == "loyalty"
    totals = [abs(lever.total) for lever in panel.levers]
    assert totals == sorted(totals, reverse=True)
    assert len(panel.levers) == len(document.constructs_with_role("stimulus"))
    panel.select_outcome("digital_trust")
    assert panel.current_outcome() == "digital_trust"
    assert panel.note.text().startswith("Change in Digital trust")


def test_a_model_without_stimuli_says_so(qtbot):
    document = ModelDocument()
    document.new_construct("Trust", "organism")
    panel, _ = _panel(qtbot, document)
    assert panel.levers == []
    assert "Nothing leads to Trust" in panel.note.text()


def test_a_hidden_panel_catches_up_when_shown(qtbot, chain):
    controller = SimulationController(chain, ViewState(chain))
    panel = LeversPanel(chain, controller)
    qtbot.addWidget(panel)
    controller.run_now()
    controller.steady_now()
    assert panel.levers == []  # hidden: no effects computed yet
    panel.show()
    assert [lever.stimulus_id for lever in panel.levers] == ["a", "s"]
