"""The "Why?" panel follows sliders, the time cursor and the selection, and highlights routes."""

from __future__ import annotations

import pytest
from live_parts import LiveWindowParts
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from synergy_gui.ui.panels.why_panel import WhyPanel
from synergy_gui.ui.why_controller import WhyController

INTERACTIVITY_ROUTE = "Interactivity → Synergistic influence → Digital trust → Loyalty"


@pytest.fixture
def live(qtbot, document):
    """The default preset wired as the window wires it, with the Why? panel beside it."""
    parts = LiveWindowParts(qtbot, document)
    panel = WhyPanel()
    qtbot.addWidget(panel)
    panel.resize(600, 900)
    with qtbot.waitExposed(panel):
        panel.show()
    why = WhyController(document, parts.view, parts.controller, panel)
    parts.view.set_cursor(26)
    return parts, panel, why


def _bars(panel: WhyPanel) -> dict[str, float]:
    return {bar.label: bar.amount for bar in panel.chart_view.shown_bars}


def _hover(widget, point: QPointF) -> None:
    """A mouse move with no button held, as the mouse sends it (QTest's move sends none
    on the offscreen platform)."""
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        point,
        widget.mapToGlobal(point),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def _plotted(parts: LiveWindowParts, construct_id: str, step: int) -> float:
    return float(parts.plot.line_data(construct_id)[1][step])


def test_it_explains_loyalty_at_the_cursor_and_the_bars_add_up_to_the_plotted_level(live):
    parts, panel, _ = live
    chart = panel.chart_view.chart
    level = _plotted(parts, "loyalty", 26)
    assert chart.title == f"Why is Loyalty {level:.2f}? (week 26)"
    assert chart.total == pytest.approx(level - 0.5, abs=1e-12)
    assert sum(_bars(panel).values()) == pytest.approx(chart.total, abs=1e-12)
    assert panel.chart_view.shown_bars[0].label == INTERACTIVITY_ROUTE  # the largest first


def test_raising_a_stimulus_grows_its_route_and_the_total(live):
    parts, panel, _ = live
    before = _bars(panel)[INTERACTIVITY_ROUTE]
    total_before = panel.chart_view.chart.total
    parts.document.update_construct("interactivity", initial=0.95)
    parts.controller.run_now()
    after = _bars(panel)[INTERACTIVITY_ROUTE]
    assert after > before * 2  # its push went from +0.2 to +0.45 over the baseline
    assert panel.chart_view.chart.total > total_before
    assert panel.chart_view.chart.total == pytest.approx(
        _plotted(parts, "loyalty", 26) - 0.5, abs=1e-12
    )


def test_moving_the_cursor_explains_that_week(live):
    parts, panel, _ = live
    parts.view.set_cursor(5)
    chart = panel.chart_view.chart
    assert chart.title.endswith("(week 5)")
    assert chart.total == pytest.approx(_plotted(parts, "loyalty", 5) - 0.5, abs=1e-12)


def test_by_path_shows_one_bar_per_path_into_loyalty(live):
    _, panel, _ = live
    path_button = next(b for b in panel.mode_buttons.buttons() if b.text() == "By path")
    path_button.click()
    assert panel.mode == "path"
    bars = _bars(panel)
    assert set(bars) == {
        "Digital trust → Loyalty",
        "Brand engagement → Loyalty",
        "Purchase intention → Loyalty",
    }
    assert sum(bars.values()) == pytest.approx(panel.chart_view.chart.total, abs=1e-12)


def test_the_long_run_explains_where_the_model_settles(live):
    parts, panel, _ = live
    panel.set_when("rest")
    steady = parts.controller.steady_now()
    chart = panel.chart_view.chart
    assert chart.title.endswith("(long run)")
    assert chart.total == pytest.approx(steady.level("loyalty") - 0.5, abs=1e-8)


def test_the_selection_chooses_the_construct_and_a_stimulus_is_explained_in_words(live):
    _, panel, why = live
    why.select(["digital_trust__loyalty", "digital_trust"])
    assert panel.chart_view.chart.title.startswith("Why is Digital trust ")
    why.select(["digital_trust__loyalty"])  # a path alone keeps the construct
    assert why.construct_id == "digital_trust"
    why.select(["interactivity"])
    assert "set outside the model (a stimulus)" in panel.chart_view.chart.note
    assert panel.chart_view.shown_bars == []


def test_hovering_a_bar_highlights_its_route_and_leaving_gives_the_old_highlight_back(live):
    parts, panel, _ = live
    parts.view.set_highlighted({"ewom__digital_trust"})  # a story step's highlight
    view = panel.chart_view
    _hover(view, view.bar_centre(0))
    assert parts.view.highlighted == {
        "interactivity__synergistic_influence",
        "synergistic_influence__digital_trust",
        "digital_trust__loyalty",
    }
    _hover(view, view.bar_centre(1))
    assert "personalization__synergistic_influence" in parts.view.highlighted
    QApplication.sendEvent(view, QEvent(QEvent.Type.Leave))
    assert parts.view.highlighted == {"ewom__digital_trust"}
    _hover(view, view.bar_centre(0))
    _hover(view, QPointF(5, 5))  # over the title: nothing to highlight
    assert parts.view.highlighted == {"ewom__digital_trust"}


def test_the_text_size_setting_scales_the_chart(live):
    parts, panel, _ = live
    rows_before = len(panel.chart_view.shown_bars)
    parts.view.set_text_scale(2.0)
    assert panel.chart_view.text_scale == 2.0
    assert len(panel.chart_view.shown_bars) < rows_before  # larger rows: fewer fit
    assert sum(_bars(panel).values()) == pytest.approx(panel.chart_view.chart.total, abs=1e-12)


def test_a_hidden_panel_does_no_work_and_catches_up_when_shown(live, qtbot):
    parts, panel, _ = live
    panel.hide()
    parts.document.update_construct("interactivity", initial=0.2)
    parts.controller.run_now()
    stale = panel.chart_view.chart.total
    with qtbot.waitExposed(panel):
        panel.show()
    assert panel.chart_view.chart.total != stale
    assert panel.chart_view.chart.total == pytest.approx(
        _plotted(parts, "loyalty", 26) - 0.5, abs=1e-12
    )
