"""The goal-seek form: answers off the GUI thread, Apply as one undo step moving the slider."""

from __future__ import annotations

import pytest
from live_parts import LiveWindowParts

from synergy_gui.engine import Simulator
from synergy_gui.model.presets import load_preset
from synergy_gui.ui.panels.goal_seek_panel import ANY_LEVER
from synergy_gui.ui.panels.levers_panel import LeversPanel


@pytest.fixture
def live(qtbot):
    document = load_preset("synergistic_influence")
    parts = LiveWindowParts(qtbot, document)
    panel = LeversPanel(document, parts.controller, parts.stack)
    qtbot.addWidget(panel)
    panel.resize(340, 700)
    panel.show()
    parts.controller.steady_now()
    return parts, panel.goal_seek


def _ask(qtbot, form, lever, target=0.58, week=26):
    form.target.setValue(target)
    form.week.setValue(week)
    form.lever.setCurrentIndex(form.lever.findData(lever))
    with qtbot.waitSignal(form.drivers.goalAnswered, timeout=5000):
        form.find.click()


def test_apply_sets_the_slider_as_one_undo_step(qtbot, live):
    parts, form = live
    _ask(qtbot, form, "interactivity")
    answer = form.chosen_answer()
    assert answer.reachable and "set Interactivity to" in form.answer.text()
    before = parts.document.clone()
    count = parts.stack.count()
    form.apply.click()
    assert parts.stack.count() == count + 1
    assert parts.document.construct("interactivity").initial == answer.level
    assert parts.stimuli.slider_for("interactivity").value() == round(answer.level * 1000)
    run = Simulator(parts.document.clone()).run()
    assert run.series("loyalty")[26] == pytest.approx(0.58, abs=1e-3)
    assert not form.apply.isEnabled()
    parts.stack.undo()
    assert parts.document.construct("interactivity").initial == 0.7
    assert [c.initial for c in parts.document.constructs] == [c.initial for c in before.constructs]


def test_any_lever_ranks_the_levers_and_apply_takes_the_selected_row(qtbot, live):
    parts, form = live
    _ask(qtbot, form, None, target=0.59)
    assert form.lever.currentText() == ANY_LEVER
    assert form.ranking.isVisible() and form.ranking.count() == 5
    assert form.ranking.item(0).text().startswith("1. Interactivity: 0.93")
    assert "not alone" in form.ranking.item(4).text()
    form.ranking.setCurrentRow(1)
    chosen = form.chosen_answer()
    assert chosen.lever == "ewom"
    form.apply.click()
    assert parts.document.construct("ewom").initial == chosen.level
    form.ranking.setCurrentRow(4)  # unreachable: nothing to apply
    assert not form.apply.isEnabled()


def test_an_unreachable_target_says_so(qtbot, live):
    _, form = live
    _ask(qtbot, form, "interactivity", target=0.7)
    text = form.answer.text()
    assert "not reachable with Interactivity alone" in text
    assert "Its best, 1.00, gives 0.598" in text
    assert not form.apply.isEnabled()


def test_an_edit_after_the_answer_makes_it_stale(qtbot, live):
    parts, form = live
    _ask(qtbot, form, "ewom")
    assert form.apply.isEnabled()
    parts.document.set_weight(parts.document.paths[0].id, 0.1)
    assert not form.apply.isEnabled()
    assert "Find again" in form.answer.text()


def _held_search(monkeypatch):
    """Goal seeks wait on an event, so a test can change things while one runs."""
    import threading

    from synergy_gui.ui import drivers_controller

    release = threading.Event()
    real_seek = drivers_controller.seek

    def held(*args, **kwargs):
        release.wait(5)
        return real_seek(*args, **kwargs)

    monkeypatch.setattr(drivers_controller, "seek", held)
    return release


def test_an_answer_for_the_previous_outcome_is_dropped(qtbot, live, monkeypatch):
    _, form = live
    release = _held_search(monkeypatch)
    form.target.setValue(0.58)
    form.lever.setCurrentIndex(form.lever.findData("interactivity"))
    form.find.click()
    form.set_outcome("brand_engagement", "Brand engagement")  # asked while the search runs
    assert form.find.isEnabled()
    release.set()
    qtbot.wait(300)  # the old answer arrives and is dropped
    assert form.answers == () and not form.apply.isEnabled()
    assert "set Interactivity" not in form.answer.text()


def test_a_search_overtaken_by_another_model_offers_nothing_to_apply(qtbot, live, monkeypatch):
    parts, form = live
    release = _held_search(monkeypatch)
    form.lever.setCurrentIndex(form.lever.findData("interactivity"))
    form.find.click()
    parts.document.replace_with(load_preset("trust_influence_engagement"))
    assert form.find.isEnabled() and not form.drivers.seeking  # the search is forgotten
    release.set()
    qtbot.wait(300)
    assert not form.apply.isEnabled() and "Interactivity" not in form.answer.text()
    form.apply.click()  # nothing happens, nothing raises
    assert parts.document.has_construct("trust")
