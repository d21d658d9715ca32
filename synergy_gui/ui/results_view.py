"""The one route from the simulation controller to what the user sees.

Each run reaches the plots panel and the diagram's level bars here, and only here; the view
state's time cursor picks the step the diagram shows and, while scenarios are compared, each
construct's difference from the reference. The plots panel is built on first use, so the window
can appear before matplotlib has loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDockWidget

from synergy_gui.engine import SteadyState
from synergy_gui.model.view_state import ViewChange, ViewState
from synergy_gui.ui.graph import GraphScene
from synergy_gui.ui.simulation_controller import Runs, SimulationController

if TYPE_CHECKING:
    from synergy_gui.ui.panels.simulation_panel import SimulationPanel

#: View fields that change what the diagram shows of the runs.
_DIAGRAM_FIELDS = frozenset({"cursor", "reference", "show_differences", "compared", "scenario"})


class ResultsView(QObject):
    """Shows each run in the plots panel and on the diagram, at the view state's cursor."""

    def __init__(
        self,
        controller: SimulationController,
        view: ViewState,
        scene: GraphScene,
        dock: QDockWidget,
    ) -> None:
        super().__init__(dock)
        self.controller, self.view, self.scene, self.dock = controller, view, scene, dock
        self.panel: SimulationPanel | None = None
        self.on_panel_built: Callable[[SimulationPanel], None] = lambda panel: None
        controller.resultReady.connect(self.show_runs)
        controller.steadyReady.connect(self._on_steady_ready)
        controller.comparisonReady.connect(self._on_comparison_ready)
        controller.problem.connect(self._on_problem)
        controller.progressChanged.connect(self._on_progress)
        on_view = self._on_view_changed
        view.connect(on_view)
        self.destroyed.connect(lambda *_: view.disconnect(on_view))
        scene.set_view_state(view)  # text size, a story step's reveal, highlighted routes

    def ensure_panel(self) -> SimulationPanel:
        """The plots panel, built now if it does not exist yet."""
        if self.panel is None:
            from synergy_gui.ui.panels import SimulationPanel

            self.panel = SimulationPanel(self.controller.document, self.view)
            self.panel.cancelRequested.connect(self.controller.cancel)
            waiting = self.dock.widget()
            self.dock.setWidget(self.panel)
            if waiting is not None:
                waiting.deleteLater()
            self.on_panel_built(self.panel)
            self._catch_up()
        return self.panel

    def show_runs(self, runs: Runs) -> None:
        if self.panel is not None:
            self.panel.show_runs(runs)
        self._show_on_diagram()

    def _catch_up(self) -> None:
        controller = self.controller
        if controller.last_runs is not None:
            self.show_runs(controller.last_runs)
        if controller.last_steady is not None:
            self.panel.show_steady(controller.last_steady)
        if controller.last_comparison is not None:
            self.panel.show_comparison(controller.last_comparison)
        if controller.last_problem:
            self.panel.show_message(controller.last_problem)

    def _on_steady_ready(self, steady: SteadyState) -> None:
        if self.panel is not None:
            self.panel.show_steady(steady)

    def _on_comparison_ready(self, comparison) -> None:
        if self.panel is not None:
            self.panel.show_comparison(comparison)

    def _on_progress(self, share) -> None:
        if self.panel is not None:
            self.panel.show_progress(share)

    def _on_problem(self, reason: str) -> None:
        if self.panel is not None:
            self.panel.show_message(reason)

    def _on_view_changed(self, change: ViewChange) -> None:
        if _DIAGRAM_FIELDS & change.fields:
            self._show_on_diagram()

    def _show_on_diagram(self) -> None:
        """The levels at the cursor, and the differences from the reference when asked for."""
        runs = self.controller.last_runs
        if runs is None:
            return
        step = self.view.cursor_step(runs.active.steps)
        self.scene.set_levels(runs.levels_at(step))
        differences = None
        if self.view.comparing and self.view.show_differences:
            differences = runs.differences_at(step, self.view.reference)
        self.scene.set_differences(differences)
