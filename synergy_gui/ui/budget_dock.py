"""Where the Budget dock goes when it is first shown: beside the plots in a wide window, or as
a tab behind them in a narrow one (two bottom panels side by side would both be cramped, and
would widen the window past a small screen). While they share a place, "Compare with current
plan" brings the plots to the front."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

from synergy_gui.ui.budget_controller import BudgetController

#: Below this window width the Budget dock becomes a tab behind the plots.
SIDE_BY_SIDE_WIDTH = 1500


class BudgetDockPlacer(QObject):
    """Remembers the window's width while the dock is hidden (showing it may widen the window
    before it is told), and places the dock when it is shown."""

    def __init__(
        self, window: QMainWindow, budget: QDockWidget, plots: QDockWidget, controller
    ) -> None:
        super().__init__(window)
        self.window, self.budget, self.plots = window, budget, plots
        self.width = window.width()
        window.installEventFilter(self)
        budget.visibilityChanged.connect(self._on_visibility_changed)
        controller.comparisonShown.connect(self._on_comparison_shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Resize:
            return False
        try:
            settled = self.budget.isHidden() or not watched.isVisible()
        except RuntimeError:  # the window is being taken down
            return False
        if settled:
            self.width = watched.width()
        return False

    def _on_visibility_changed(self, visible: bool) -> None:
        window, budget = self.window, self.budget
        bottom = window.dockWidgetArea(budget) == Qt.DockWidgetArea.BottomDockWidgetArea
        if not visible or budget.isFloating() or not bottom or self._sharing():
            return
        if self.width < SIDE_BY_SIDE_WIDTH:
            window.tabifyDockWidget(self.plots, budget)
            budget.raise_()
            if window.width() > self.width:
                window.resize(self.width, window.height())

    def _on_comparison_shown(self) -> None:
        if self._sharing():
            self.plots.raise_()

    def _sharing(self) -> bool:
        return self.budget in self.window.tabifiedDockWidgets(self.plots)


def arrange_budget_dock(
    window: QMainWindow, budget: QDockWidget, plots: QDockWidget, controller: BudgetController
) -> BudgetDockPlacer:
    """Place ``budget`` on its first showing; raise ``plots`` when a comparison starts."""
    return BudgetDockPlacer(window, budget, plots, controller)
