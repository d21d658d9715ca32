"""Uncertainty bands in the window: the Bands box draws the engine's percentiles under the
lines; batches run off the GUI thread, a slider drag is plotted while one runs, and a newer
edit supersedes a running batch."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from synergy_gui.engine import Simulator
from synergy_gui.engine.montecarlo import DEFAULT_RUNS, DEFAULT_SEED, monte_carlo
from synergy_gui.model.view_state import ViewState
from synergy_gui.ui.bands_controller import BandsController, attach_bands, compute_bands
from synergy_gui.ui.simulation_controller import SimulationController

PATH = "digital_trust__loyalty"  # a path of the default preset


class Window:
    """The plots panel, the simulation controller and the bands controller, wired as the
    window wires them."""

    def __init__(self, qtbot, document, compute=compute_bands):
        from synergy_gui.ui.panels.simulation_panel import SimulationPanel

        self.document = document
        self.view = ViewState(document)
        self.simulation = SimulationController(document, self.view)
        self.panel = SimulationPanel(document, self.view)
        qtbot.addWidget(self.panel)
        self.simulation.resultReady.connect(self.panel.show_runs)
        self.bands = BandsController(document, self.view, compute=compute)
        attach_bands(self.panel, self.bands)
        self.shown: list = []
        self.bands.bandsReady.connect(self.shown.append)
        self.panel.resize(1100, 400)
        with qtbot.waitExposed(self.panel):
            self.panel.show()
        self.simulation.run_now()

    def line(self, construct_id: str) -> np.ndarray:
        return self.panel.line_data(construct_id)[1]

    def close(self) -> None:
        self.bands.detach()
        self.simulation.detach()


@pytest.fixture
def document(document):
    document.update_settings(default_sd=0.1)
    return document


@pytest.fixture
def window(qtbot, settings_dir, document):
    parts = Window(qtbot, document)
    yield parts
    parts.close()


class Gate:
    """A compute that waits in its thread until the test opens the gate (never forever)."""

    def __init__(self) -> None:
        self.open = threading.Event()
        self.weights: list[float] = []  # the weight of PATH each batch was started with

    def __call__(self, document, scenario, runs, seed, constructs):
        self.weights.append(document.path(PATH).weight)
        self.open.wait(timeout=20)
        return compute_bands(document, scenario, runs, seed, constructs)


def _edges(fill, times: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The lower and upper edge of a fill at each time, read from its polygon."""
    vertices = np.concatenate([path.vertices for path in fill.get_paths()])
    low = [vertices[np.isclose(vertices[:, 0], t), 1].min() for t in times]
    high = [vertices[np.isclose(vertices[:, 0], t), 1].max() for t in times]
    return np.array(low), np.array(high)


def test_the_bands_box_draws_the_engines_percentiles_under_each_plotted_line(qtbot, window):
    panel, document = window.panel, window.document
    assert panel.plot.bands == {} and not panel.bands_note.isVisible()
    with qtbot.waitSignal(window.bands.bandsReady, timeout=10_000):
        panel.bands_box.setChecked(True)
    focus = list(window.view.focus)
    expected = monte_carlo(document, None, DEFAULT_RUNS, DEFAULT_SEED, constructs=focus)
    assert set(panel.plot.bands) == set(focus)
    for cid in focus:
        artists, rows = panel.plot.bands[cid], expected.percentiles[cid]
        times = expected.times
        for fill, (low, high) in ((artists.outer, (0, 4)), (artists.inner, (1, 3))):
            edges = _edges(fill, times)
            np.testing.assert_allclose(edges[0], rows[low], atol=1e-12)
            np.testing.assert_allclose(edges[1], rows[high], atol=1e-12)
            assert fill.get_facecolor()[0][:3] == pytest.approx(
                _rgb(panel.plot.lines[cid].get_color())
            )
        np.testing.assert_allclose(artists.median.get_ydata(), rows[2], atol=1e-12)
        assert artists.median.get_linestyle() == "--"
        # the band lies under its line, and the line stays on top
        assert artists.outer.get_zorder() < artists.median.get_zorder()
        assert artists.median.get_zorder() < panel.plot.lines[cid].get_zorder()
        assert np.ptp(rows[4] - rows[0]) > 0.0
    assert panel.bands_note.isVisible()
    assert panel.bands_note.text() == (
        "Bands: uncertainty about the weights (1,000 runs), not noise over time."
    )

    panel.bands_box.setChecked(False)
    assert panel.plot.bands == {} and not panel.bands_note.isVisible()
    assert window.shown[-1] is None


def test_the_plot_fitted_to_the_data_makes_room_for_the_bands(qtbot, window):
    panel = window.panel
    panel.fit_y_box.setChecked(True)
    with qtbot.waitSignal(window.bands.bandsReady, timeout=10_000):
        panel.bands_box.setChecked(True)
    bands = window.shown[-1]
    low = min(bands.percentiles[cid][0].min() for cid in window.view.focus)
    high = max(bands.percentiles[cid][4].max() for cid in window.view.focus)
    bottom, top = panel.plot.y_limits
    assert bottom <= low and high <= top


def test_a_slider_drag_during_a_running_batch_is_plotted_before_the_batch_ends(
    qtbot, settings_dir, document
):
    gate = Gate()
    window = Window(qtbot, document, compute=gate)
    drawn = document.path(PATH).weight
    try:
        window.panel.bands_box.setChecked(True)
        qtbot.waitUntil(lambda: len(gate.weights) == 1, timeout=5_000)
        assert window.bands.running
        before = window.line("loyalty").copy()

        document.set_weight(PATH, 0.05)  # the drag, while the batch waits in its thread
        expected = Simulator(document).run().series("loyalty")
        qtbot.waitUntil(lambda: np.allclose(window.line("loyalty"), expected), timeout=5_000)

        # the GUI thread went on: the drag is plotted, the batch has not ended
        assert not np.allclose(before, expected)
        assert window.bands.running and not gate.open.is_set() and window.shown == []

        gate.open.set()  # the batch ends; its result arrives later, through the signal
        qtbot.waitUntil(lambda: len(window.shown) == 1, timeout=10_000)
        assert gate.weights == [drawn, 0.05]  # the drag's state got a batch of its own
        newest = monte_carlo(document, None, DEFAULT_RUNS, DEFAULT_SEED, constructs=["loyalty"])
        np.testing.assert_array_equal(
            window.shown[0].percentiles["loyalty"], newest.percentiles["loyalty"]
        )
    finally:
        gate.open.set()
        window.close()


def test_a_newer_edit_supersedes_a_running_batch_and_its_result_is_dropped(
    qtbot, settings_dir, document
):
    gate = Gate()
    window = Window(qtbot, document, compute=gate)
    try:
        window.panel.bands_box.setChecked(True)
        qtbot.waitUntil(lambda: len(gate.weights) == 1, timeout=5_000)
        for weight in (0.3, 0.2, 0.1, 0.6):  # a drag: many events while the batch runs
            document.set_weight(PATH, weight)
            qtbot.wait(5)
        assert len(gate.weights) == 1  # no pile of batches: one waits for the newest state
        gate.open.set()
        qtbot.waitUntil(lambda: len(window.shown) == 1, timeout=10_000)
        qtbot.wait(50)
        assert gate.weights[1:] == [0.6] and len(window.shown) == 1
        assert not window.bands.pending
    finally:
        gate.open.set()
        window.close()


def test_an_sd_edit_brings_new_bands_though_the_run_stays_the_same(qtbot, window):
    with qtbot.waitSignal(window.bands.bandsReady, timeout=10_000):
        window.panel.bands_box.setChecked(True)
    width_before = np.ptp(window.shown[-1].percentiles["loyalty"][[0, 4]], axis=0).max()
    runs_before = window.simulation.run_count
    with qtbot.waitSignal(window.bands.bandsReady, timeout=10_000):
        window.document.update_path(PATH, sd=0.5)
    width_after = np.ptp(window.shown[-1].percentiles["loyalty"][[0, 4]], axis=0).max()
    assert width_after > width_before
    qtbot.wait(20)
    assert window.simulation.run_count == runs_before


def test_without_any_sd_the_note_says_the_bands_have_no_width(qtbot, window):
    window.document.update_settings(default_sd=None)
    with qtbot.waitSignal(window.bands.bandsReady, timeout=10_000):
        window.panel.bands_box.setChecked(True)
    assert "no width" in window.panel.bands_note.text()
    rows = window.shown[-1].percentiles["loyalty"]
    assert np.array_equal(rows[0], rows[4])


def test_while_comparing_the_bands_are_drawn_for_the_active_scenario_only(qtbot, window):
    view, document = window.view, window.document
    names = [s.name for s in document.scenarios]
    view.set_compared([None, names[0]])
    qtbot.waitUntil(lambda: (None, "loyalty") in window.panel.plot.lines, timeout=5_000)
    with qtbot.waitSignal(window.bands.bandsReady, timeout=10_000):
        window.panel.bands_box.setChecked(True)
    assert {key[0] for key in window.panel.plot.bands} == {None}
    assert window.panel.bands_note.text().endswith("Shown for the active scenario only.")


def test_switching_off_during_a_batch_drops_its_result(qtbot, settings_dir, document):
    gate = Gate()
    window = Window(qtbot, document, compute=gate)
    try:
        window.panel.bands_box.setChecked(True)
        qtbot.waitUntil(lambda: len(gate.weights) == 1, timeout=5_000)
        window.panel.bands_box.setChecked(False)
        gate.open.set()
        qtbot.waitUntil(lambda: not window.bands.running, timeout=10_000)
        qtbot.wait(30)
        assert window.shown == [None] and window.panel.plot.bands == {}
    finally:
        gate.open.set()
        window.close()


def test_a_failing_batch_says_why_on_the_panel(qtbot, settings_dir, document):
    def broken(*_arguments):
        raise ValueError("weights out of reach")

    window = Window(qtbot, document, compute=broken)
    try:
        with qtbot.waitSignal(window.bands.problem, timeout=10_000):
            window.panel.bands_box.setChecked(True)
        assert "The bands cannot be computed: weights out of reach" in window.panel.problem.text()
    finally:
        window.close()


def _rgb(colour: str) -> tuple[float, float, float]:
    from matplotlib.colors import to_rgb

    return to_rgb(colour)


def test_bands_keep_the_future_hidden_while_a_prediction_is_made(qtbot, window):
    panel = window.panel
    with qtbot.waitSignal(window.bands.bandsReady, timeout=10_000):
        panel.bands_box.setChecked(True)
    assert panel.plot.bands
    panel.start_prediction("loyalty")
    assert panel.plot.bands == {}  # they would show where the levels go
    panel.end_prediction()
    assert set(panel.plot.bands) == set(window.view.focus)
