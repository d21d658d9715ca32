"""The window's panels: stimulus sliders, weights, inspector and the live simulation plot."""

from synergy_gui.ui.panels.inspector import InspectorPanel
from synergy_gui.ui.panels.simulation_panel import SimulationPanel
from synergy_gui.ui.panels.stimulus_panel import StimulusPanel
from synergy_gui.ui.panels.weights_panel import WeightsPanel

__all__ = ["InspectorPanel", "SimulationPanel", "StimulusPanel", "WeightsPanel"]
