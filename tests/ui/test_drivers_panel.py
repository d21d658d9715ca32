"""The Levers panel: drivers (stimuli and mediators) from the controller's own model, the IPMA
chart following a slider, and a weight change that re-ranks them."""

from __future__ import annotations

import pytest
from live_parts import LiveWindowParts

from synergy_gui.engine import Simulator
from synergy_gui.model import ModelDocument
from synergy_gui.model.presets import load_preset
from synergy_gui.ui.panels.levers_panel import LeversPanel


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


def _live(qtbot, document) -> tuple[LiveWindowParts, LeversPanel]:
    parts = LiveWindowParts(qtbot, document)
    panel = LeversPanel(document, parts.controller, parts.stack)
    qtbot.addWidget(panel)
    panel.resize(600, 700)
    panel.show()
    parts.controller.steady_now()
    return parts, panel


def test_drivers_cover_mediators_with_hand_computed_effects(qtbot, chain):
    _, panel = _live(qtbot, chain)
    found = {d.construct_id: d for d in panel.drivers}
    assert set(found) == {"a", "b", "s"}
    assert found["a"].total == pytest.approx(0.2 + 0.5 * 0.4, abs=1e-12)
    assert found["b"].total == pytest.approx(0.4, abs=1e-12)
    assert found["b"].kind == "mediator" and found["a"].kind == "stimulus"
    assert [d.construct_id for d in panel.drivers] == ["a", "b", "s"]  # 0.4 = 0.4: by label
    assert [row.kind.text() for row in panel._rows[:3]] == ["stimulus", "mediator", "stimulus"]
    assert [d.construct_id for d in panel.levers] == ["a", "s"]


def test_a_weight_change_reranks_the_drivers(qtbot, chain):
    parts, panel = _live(qtbot, chain)
    chain.set_weight("s__c", 0.9)
    with qtbot.waitSignal(parts.controller.steadyReady, timeout=3000):
        parts.controller.run_now()
    assert panel.drivers[0].construct_id == "s"
    assert panel.drivers[0].total == pytest.approx(0.9, abs=1e-12)
    assert panel._rows[0].title.text() == "S"


def test_panel_importances_equal_a_fresh_engine_for_stimuli_and_mediators(qtbot):
    document = load_preset("synergistic_influence")
    _, panel = _live(qtbot, document)
    assert panel.current_outcome() == "loyalty"
    expected = Simulator(document.clone()).effects()
    kinds = {d.kind for d in panel.drivers}
    assert kinds == {"stimulus", "mediator"}
    for driver in panel.drivers:
        assert driver.total == pytest.approx(expected.of("loyalty", driver.construct_id)[2])
    assert panel.chart.ipma is panel.ipma


def test_the_ipma_point_of_a_stimulus_moves_right_when_its_slider_goes_up(qtbot):
    document = load_preset("synergistic_influence")
    parts, panel = _live(qtbot, document)
    before = panel.chart.position_of("ewom")
    performance = next(d for d in panel.drivers if d.construct_id == "ewom").performance
    with qtbot.waitSignal(parts.controller.steadyReady, timeout=3000):
        parts.stimuli.slider_for("ewom").setValue(900)
    after = panel.chart.position_of("ewom")
    moved = next(d for d in panel.drivers if d.construct_id == "ewom")
    assert moved.performance == pytest.approx(0.9) and performance == pytest.approx(0.6)
    assert after.x() > before.x() + 5


def test_the_acting_quadrant_holds_exactly_the_important_underperformers(qtbot):
    document = load_preset("synergistic_influence")
    _, panel = _live(qtbot, document)
    quadrant = panel.chart.quadrant_rect()
    assert not quadrant.isEmpty()
    priorities = {d.construct_id for d in panel.ipma.to_act_on()}
    assert priorities  # the preset has some
    for driver in panel.drivers:
        inside = quadrant.contains(panel.chart.position_of(driver.construct_id))
        assert inside == (driver.construct_id in priorities), driver.construct_id


def test_the_chart_text_follows_the_text_size(qtbot):
    document = load_preset("synergistic_influence")
    parts, panel = _live(qtbot, document)
    small = panel.chart._fonts()[0].pixelSize()
    parts.view.set_text_scale(2.0)
    assert panel.chart._fonts()[0].pixelSize() == 2 * small


def test_a_model_without_paths_says_so(qtbot):
    document = ModelDocument()
    document.new_construct("Trust", "organism")
    _, panel = _live(qtbot, document)
    assert panel.drivers == []
    assert "Nothing leads to Trust" in panel.note.text()


def test_a_big_model_ranks_its_drivers_off_the_gui_thread(qtbot, chain, monkeypatch):
    from synergy_gui.ui import drivers_controller

    _, panel = _live(qtbot, chain)
    at_once = [(d.construct_id, d.total) for d in panel.drivers]
    monkeypatch.setattr(drivers_controller, "FOREGROUND_CONSTRUCTS", 0)  # every model is "big"
    threads: list[str] = []
    real_rank = drivers_controller.rank_drivers

    def rank(*args, **kwargs):
        import threading

        threads.append(threading.current_thread().name)
        return real_rank(*args, **kwargs)

    monkeypatch.setattr(drivers_controller, "rank_drivers", rank)
    panel.ipma = None
    with qtbot.waitSignal(panel.drivers_controller.driversReady, timeout=3000):
        panel._show()
        assert panel.ipma is None  # nothing yet: the ranking runs in its thread
    assert threads == ["drivers"]
    assert [(d.construct_id, d.total) for d in panel.drivers] == at_once
