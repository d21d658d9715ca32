"""The window's panels: stimulus sliders, weights, inspector and the live simulation plot."""

from typing import Any

from synergy_gui.ui.panels.inspector import InspectorPanel
from synergy_gui.ui.panels.stimulus_panel import StimulusPanel
from synergy_gui.ui.panels.weights_panel import WeightsPanel

__all__ = ["InspectorPanel", "SimulationPanel", "StimulusPanel", "WeightsPanel"]


def __getattr__(name: str) -> Any:
    # The simulation panel imports matplotlib (about half a second): the window shows first.
    if name == "SimulationPanel":
        from synergy_gui.ui.panels.quick_matplotlib import skip_set_help_texts

        skip_set_help_texts()
        from synergy_gui.ui.panels.simulation_panel import SimulationPanel

        return SimulationPanel
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
