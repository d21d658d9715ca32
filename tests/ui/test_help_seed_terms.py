"""Help ▸ Glossary shows the seeds' virtuous cycle and KOC activity when asked (issue 14)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from synergy_gui.model.glossary import term
from synergy_gui.ui.help_window import HelpWindow, open_help


@pytest.fixture
def owner(qtbot) -> QWidget:
    """A stand-in for the main window: the guide belongs to it."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def guide(qtbot, owner) -> HelpWindow:
    window = open_help(owner)
    window.resize(1024, 700)
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("name", ["virtuous cycle", "KOC activity"])
def test_the_guide_opens_the_glossary_at_the_term(guide, name):
    assert guide.show_term(name)
    assert guide.topic_id == "glossary"
    assert term(name).definition in guide.page_text


def test_searching_the_guide_for_the_virtuous_cycle_shows_its_definition(guide):
    guide.show_topic("glossary")
    guide.search.setText("virtuous cycle")
    assert term("Virtuous cycle").definition in guide.page_text
    assert term("Patronage").definition not in guide.page_text
