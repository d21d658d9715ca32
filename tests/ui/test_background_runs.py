"""A run too big for a frame goes off the GUI thread: progress, Cancel, newest state only."""

from __future__ import annotations

import numpy as np
from live_parts import LiveWindowParts
from PySide6.QtCore import QTimer

from synergy_gui.engine import Simulator
from synergy_gui.model.checks import MAX_HORIZON
from synergy_gui.model.presets import load_preset
from synergy_gui.ui.background_run import FOREGROUND_WORK, work_of


def _long(preset: str = "synergistic_influence"):
    document = load_preset(preset)
    document.update_settings(horizon=MAX_HORIZON)
    assert work_of(document, None, ()) > FOREGROUND_WORK
    return document


def test_a_long_run_goes_to_the_background_reports_progress_and_arrives(qtbot):
    live = LiveWindowParts(qtbot, load_preset("synergistic_influence"))
    panel = live.ensure_panel()
    shares = []
    live.controller.progressChanged.connect(shares.append)
    live.document.update_settings(horizon=MAX_HORIZON)
    assert live.controller.run_now() is None  # not on the GUI thread
    assert live.controller.pending
    assert panel.running.isVisibleTo(panel)
    qtbot.waitUntil(lambda: not live.controller.pending, timeout=60_000)
    assert shares[0] == 0.0 and shares[-1] is None
    steps = [s for s in shares if s is not None]
    assert steps == sorted(steps) and len(steps) > 2  # it moved forward as it went
    assert not panel.running.isVisibleTo(panel)
    expected = Simulator(live.document.clone()).run()
    np.testing.assert_array_equal(live.controller.last_result.levels, expected.levels)
    _, y = panel.line_data("loyalty")
    np.testing.assert_array_equal(y, expected.series("loyalty"))


def test_the_window_answers_during_a_long_run_and_cancel_stops_it(qtbot):
    live = LiveWindowParts(qtbot, load_preset("kol_koc_journey"))
    panel = live.ensure_panel()
    runs = live.controller.run_count
    live.view.set_compared([None, "KOL launch", "KOL then KOC", "Flash sale"])
    live.controller.run_now()
    live.document.update_settings(horizon=MAX_HORIZON)
    live.controller.run_now()
    job = live.controller._background
    assert job is not None
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(job.running))
    timer.start(5)
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=10_000)
    timer.stop()
    assert any(ticks)  # the event loop ran while the thread worked
    panel.running.cancel.click()
    assert not live.controller.pending
    assert not panel.running.isVisibleTo(panel)
    assert "cancelled" in live.controller.last_problem
    qtbot.waitUntil(lambda: not job.running, timeout=10_000)
    qtbot.wait(50)
    assert live.controller.run_count == runs + 1  # the cancelled run never arrived
    assert live.controller.last_result.steps == 52


def test_only_the_newest_state_is_shown(qtbot):
    live = LiveWindowParts(qtbot, _long())
    live.controller.run_now()
    first = live.controller._background
    live.document.set_weight("digital_trust__loyalty", -0.5)
    live.controller.run_now()
    assert live.controller._background is not first
    qtbot.waitUntil(lambda: not live.controller.pending, timeout=60_000)
    expected = Simulator(live.document.clone()).run()
    np.testing.assert_array_equal(live.controller.last_result.levels, expected.levels)
