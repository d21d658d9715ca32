"""The simulation parts of the window, wired as the window wires them, without the window.

Tests and benchmarks drive results through the route users run: document → controller →
results view → plots panel and diagram; the view state owns what is shown.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDockWidget

from synergy_gui.model import ModelDocument
from synergy_gui.model.view_state import ViewState
from synergy_gui.ui.graph import GraphScene
from synergy_gui.ui.panels import StimulusPanel, WeightsPanel
from synergy_gui.ui.results_view import ResultsView
from synergy_gui.ui.simulation_controller import SimulationController


class LiveWindowParts:
    """Stimulus and weight sliders, the controller, the diagram and the plots on one document."""

    def __init__(self, qtbot, document: ModelDocument, size: tuple[int, int] = (1000, 360)):
        """``qtbot`` None: no test owns the widgets (a benchmark)."""
        self.document = document
        self.stack = QUndoStack()
        self.view = ViewState(document)
        self.stimuli = StimulusPanel(document, self.stack, self.view)
        self.weights = WeightsPanel(document, self.stack, self.view)
        self.controller = SimulationController(document, self.view)
        self.scene = GraphScene(document, self.stack)
        self.dock = QDockWidget("Simulation")
        self.results = ResultsView(self.controller, self.view, self.scene, self.dock)
        if qtbot is not None:
            for widget in (self.stimuli, self.weights, self.dock):
                qtbot.addWidget(widget)
        self.dock.resize(*size)
        self.dock.show()
        self.controller.run_now()

    def ensure_panel(self):
        """The plots panel, built as the window builds it once it is shown."""
        return self.results.ensure_panel()

    @property
    def plot(self):
        return self.ensure_panel()
