"""A dock's plot is made when first shown: after the window's first paint at a launch, at once
when the window is already on screen."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from synergy_gui.ui.panels.lazy_plot import LazyPlot


def _window_with_lazy_plot(made: list[str]) -> tuple[QWidget, LazyPlot]:
    window = QWidget()
    lazy = LazyPlot(lambda: made.append("plot") or QLabel("a plot"))
    QVBoxLayout(window).addWidget(lazy)
    return window, lazy


def test_a_plot_shown_with_a_window_not_yet_painted_is_made_just_after(qtbot):
    made: list[str] = []
    window, lazy = _window_with_lazy_plot(made)
    qtbot.addWidget(window)
    window.show()  # a launch: the show event comes before the window is on screen
    assert made == []
    qtbot.waitUntil(lambda: made == ["plot"])
    assert lazy.made and lazy.plot.width() > 0


def test_a_plot_shown_in_a_window_on_screen_is_made_at_once(qtbot):
    made: list[str] = []
    window, lazy = _window_with_lazy_plot(made)
    qtbot.addWidget(window)
    lazy.hide()
    with qtbot.waitExposed(window):
        window.show()
    lazy.show()  # the user opens the dock
    assert made == ["plot"]
