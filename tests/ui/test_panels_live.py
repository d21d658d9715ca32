"""The central interaction: slider → undo command → document → controller → plotted lines."""

from __future__ import annotations

import numpy as np
import pytest
from live_parts import LiveWindowParts

from synergy_gui.assets import presets_dir
from synergy_gui.engine import Simulator
from synergy_gui.model.fileformat import load_document

FOCUS = ["digital_trust", "brand_engagement", "loyalty"]


class Live(LiveWindowParts):
    """The panels wired as the window wires them."""

    def __init__(self, qtbot) -> None:
        document = load_document(presets_dir() / "synergistic_influence.synergy.json")
        super().__init__(qtbot, document)
        self.ensure_panel()

    def plotted(self) -> dict[str, np.ndarray]:
        return {cid: self.plot.line_data(cid)[1] for cid in FOCUS}

    def engine(self) -> dict[str, np.ndarray]:
        """The engine run directly on a copy of the same document."""
        result = Simulator(self.document.clone()).run()
        return {cid: result.series(cid) for cid in FOCUS}


@pytest.fixture
def live(qtbot) -> Live:
    return Live(qtbot)


def _assert_plotted_equals_engine(live: Live) -> None:
    plotted, engine = live.plotted(), live.engine()
    for construct_id in FOCUS:
        np.testing.assert_allclose(plotted[construct_id], engine[construct_id], rtol=0, atol=1e-12)


def test_stimulus_slider_moves_trust_engagement_and_loyalty(qtbot, live):
    before = live.plotted()
    live.stimuli.slider_for("interactivity").setValue(900)
    qtbot.waitUntil(lambda: not live.controller.pending)
    after = live.plotted()
    for construct_id in FOCUS:
        assert after[construct_id][-1] > before[construct_id][-1] + 0.01
    _assert_plotted_equals_engine(live)


def test_a_drag_is_one_undo_step_and_undo_restores_document_and_plot(qtbot, live):
    document_before, plotted_before = live.document.clone(), live.plotted()
    slider = live.stimuli.slider_for("personalization")
    slider.setSliderDown(True)
    for position in range(520, 1001, 40):
        slider.setValue(position)
        qtbot.wait(1)
    slider.setSliderDown(False)
    qtbot.waitUntil(lambda: not live.controller.pending)
    assert live.stack.count() == 1
    assert live.document.construct("personalization").initial == 1.0
    _assert_plotted_equals_engine(live)
    live.stack.undo()
    assert live.document == document_before
    assert slider.value() == round(document_before.construct("personalization").initial * 1000)
    qtbot.waitUntil(lambda: not live.controller.pending)
    for construct_id in FOCUS:
        np.testing.assert_array_equal(live.plotted()[construct_id], plotted_before[construct_id])


def test_weight_slider_changes_the_results(qtbot, live):
    before = live.controller.last_result.final("loyalty")
    live.stimuli.slider_for("ewom").setValue(1000)
    live.weights.slider_for("ewom__digital_trust").setValue(2000)  # weight 1.0
    qtbot.waitUntil(lambda: not live.controller.pending)
    assert live.controller.last_result.final("loyalty") > before
    _assert_plotted_equals_engine(live)
    live.weights.slider_for("ewom__digital_trust").setValue(0)  # weight -1.0
    qtbot.waitUntil(lambda: not live.controller.pending)
    assert live.controller.last_result.final("digital_trust") < 0.5
    _assert_plotted_equals_engine(live)


def test_a_burst_of_slider_moves_draws_the_newest_state_once(qtbot, live):
    blits, runs = live.plot.plot.blits, live.controller.run_count
    slider = live.stimuli.slider_for("interactivity")
    for position in range(0, 1001, 50):
        slider.setValue(position)
    qtbot.waitUntil(lambda: not live.controller.pending)
    assert live.controller.run_count == runs + 1
    assert live.plot.plot.blits == blits + 1
    _assert_plotted_equals_engine(live)


def test_undo_elsewhere_moves_the_sliders(qtbot, live):
    shown = live.stimuli.slider_for("kol_credibility").value()
    live.stimuli.slider_for("kol_credibility").setValue(800)
    live.weights.spin_for("digital_trust__loyalty").setValue(0.6)
    live.stack.undo()
    assert live.weights.slider_for("digital_trust__loyalty").value() == 1300
    live.stack.undo()
    assert live.stimuli.slider_for("kol_credibility").value() == shown != 800
    live.stack.redo()
    live.stack.redo()
    assert live.stimuli.slider_for("kol_credibility").value() == 800
    assert live.weights.slider_for("digital_trust__loyalty").value() == 1600
    qtbot.waitUntil(lambda: not live.controller.pending)
    _assert_plotted_equals_engine(live)


def test_opening_another_model_resets_every_panel(qtbot, live):
    from synergy_gui.model import ModelDocument

    other = ModelDocument()
    other.new_construct("Exposure", "stimulus")
    other.new_construct("Feedback", "organism")
    other.new_construct("Sharing", "response")
    other.connect("exposure", "feedback", 0.6)
    other.connect("feedback", "sharing", 0.5)
    other.update_construct("exposure", initial=0.8)
    live.document.replace_with(other)
    assert live.stimuli.stimulus_ids() == ["exposure"]
    assert live.stimuli.slider_for("exposure").value() == 800
    assert live.weights.item_ids() == ["exposure__feedback", "feedback__sharing"]
    qtbot.waitUntil(lambda: not live.controller.pending)
    live.plot.ensure_current()
    # no focus setting and no trust/engagement/loyalty: responses first, then the others
    assert list(live.plot.plot.lines) == ["sharing", "feedback", "exposure"]
    expected = Simulator(other).run()
    np.testing.assert_allclose(
        live.plot.line_data("sharing")[1], expected.series("sharing"), rtol=0, atol=1e-12
    )
