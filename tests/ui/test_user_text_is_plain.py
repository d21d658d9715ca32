"""A model file comes from someone else: its texts are shown as written, never as markup.

Qt takes a label's or a tooltip's text as rich text when it looks like HTML, so a construct
labelled ``<img src="/dev/zero">`` made Qt load that file as an image (and die), and
``<a href=…>`` showed a live link. Matplotlib takes text between two ``$`` as mathematics.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QTableWidget,
    QTreeWidget,
    QWidget,
)

from synergy_gui.model import Scenario
from synergy_gui.model.fileformat import save_document
from synergy_gui.model.presets import load_preset
from synergy_gui.ui import messages, theme
from synergy_gui.ui.main_window import MainWindow

#: Markup a hostile or unlucky file may hold; none of it may ever be rendered.
MARKUP = ('<img src="file:///etc/hostname">', '<a href="https://example.org">link</a>', "<blink>")
MATH = ("Spend $5 to $10", r"\frac{1}{")


def _hostile_model(tmp_path: Path) -> Path:
    document = load_preset("synergistic_influence")
    img, link, bold = MARKUP
    for n, construct in enumerate(document.constructs):
        construct.label = f"{MARKUP[n % 3]} {construct.label}"
        construct.description = f"{link} {img}"
        construct.references = [f"{bold}Ref{img}"]
    for item in (*document.paths, *document.junctions):
        item.description = img
        item.references = [link]
    document.constructs[-1].label = f"{MATH[0]} {MATH[1]}"  # loyalty: plotted by default
    document.meta.title = f"{bold}Title{img}"
    document.settings.time_unit = "<blink>week"
    document.scenarios.append(Scenario(f"{img} campaign", description=link, segment=bold))
    path = tmp_path / "hostile.synergy.json"
    save_document(document, path)
    return path


@pytest.fixture
def window(qtbot, qapp, settings_dir, tmp_path, monkeypatch) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(messages, "ask_save_changes", lambda *_: "discard")
    theme.apply_theme(qapp, dark=False)
    main = MainWindow(_hostile_model(tmp_path))
    qtbot.addWidget(main)
    main.resize(1600, 1000)
    main.show()
    main.simulation_panel  # noqa: B018  # the plots, as once the window has painted
    qtbot.waitUntil(lambda: main.controller.last_runs is not None)
    return main


def _raw_markup(text: str) -> bool:
    return any(m in text for m in MARKUP)


def _rendered_as_markup(window: MainWindow) -> list[str]:
    """Every place whose text Qt would render as rich text and that holds the user's markup."""
    found = []
    for widget in window.findChildren(QWidget):
        name = f"{type(widget).__name__} {widget.objectName()}"
        if _raw_markup(widget.toolTip()):
            found.append(f"tooltip of {name}")
        rich = isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.PlainText
        if rich and _raw_markup(widget.text()):
            found.append(f"{name}: {widget.text()[:60]}")
        if isinstance(widget, QTableWidget):
            cells = (widget.item(r, c) for r in range(widget.rowCount()) for c in range(2))
            found += [f"cell tooltip of {name}" for i in cells if i and _raw_markup(i.toolTip())]
        if isinstance(widget, QTreeWidget):
            for index in range(widget.topLevelItemCount()):
                item = widget.topLevelItem(index)
                if any(_raw_markup(item.toolTip(c)) for c in range(widget.columnCount())):
                    found.append(f"item tooltip of {name}")
    for action in window.findChildren(QAction):
        if _raw_markup(action.toolTip()):
            found.append(f"tooltip of action {action.text()[:40]}")
    for item in window.scene.items():
        if _raw_markup(item.toolTip()):
            found.append(f"tooltip of diagram item {type(item).__name__}")
    return found


def test_no_user_text_is_rendered_as_markup_anywhere_in_the_window(qtbot, window):
    document = window.document
    window.view_state.set_compared([None, document.scenarios[-1].name])
    window.scenario_chooser.choose(document.scenarios[-1].name)
    window.controller.run_now()
    window.docks["levers"].raise_()
    qtbot.waitUntil(lambda: window.controller.last_steady is not None, timeout=3000)
    qtbot.wait(50)
    found = []
    for item_id in [c.id for c in document.constructs] + [p.id for p in document.paths]:
        window.scene.clearSelection()
        window.scene.item_for(item_id).setSelected(True)
        found += _rendered_as_markup(window)
    window.scene.clearSelection()
    found += _rendered_as_markup(window)
    assert "\n".join(sorted(set(found))) == ""


def test_labels_reach_the_plot_exactly_as_written(qtbot, window):
    from synergy_gui.ui.panels.plot_export import slide_figure

    panel = window.simulation_panel
    label = f"{MATH[0]} {MATH[1]}"
    window.view_state.set_compared([None, window.document.scenarios[0].name])
    window.controller.run_now()
    window.view_state.set_small_multiples(True)
    panel.plot.draw()  # raised inside the plot before
    titles = [axes.get_title(loc="left") for axes in panel.plot.axes_list]
    assert label in titles
    for text in [*panel.plot.figure.texts, *(a._left_title for a in panel.plot.axes_list)]:
        assert not text._parse_math or "$" not in text.get_text()
    figure = slide_figure(panel.plot)
    figure.canvas.draw()  # no mathtext error on export either
    shown = [axes.get_title(loc="left") for axes in figure.axes]
    assert label in shown
    assert all(not axes._left_title._parse_math for axes in figure.axes)
    window.view_state.set_compared([])
    panel.plot.draw()
    legend = slide_figure(panel.plot).legends[0]  # the exported slide always has its legend
    assert label in [text.get_text().replace("\n", " ") for text in legend.get_texts()]
    assert all(not text._parse_math for text in legend.get_texts())
    for legend in panel.plot.figure.legends:  # on screen, when the plot has room for one
        assert all(not text._parse_math for text in legend.get_texts())
