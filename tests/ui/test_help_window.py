"""The guide window: topics, glossary terms, search, links, the shortcut table and the legend."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from synergy_gui.model import help_pages as pages
from synergy_gui.model.glossary import term
from synergy_gui.ui import actions
from synergy_gui.ui.graph import style as st
from synergy_gui.ui.graph.node_parts import DifferenceBadge
from synergy_gui.ui.help_legend import LEGEND_IMAGES, legend_image
from synergy_gui.ui.help_window import HelpWindow, open_help, shortcut_rows
from synergy_gui.ui.panels import InspectorPanel


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
    qtbot.waitUntil(lambda: window.windowHandle().isExposed())  # open_help showed it
    return window


def _shown_topics(window: HelpWindow) -> list[str]:
    items = (window.contents.item(row) for row in range(window.contents.count()))
    return [item.data(0x0100) for item in items if not item.isHidden()]


def test_open_help_shows_one_guide_per_window_at_the_topic_asked(qtbot, owner, guide):
    assert guide.isVisible() and guide.topic_id == "getting_started"
    again = open_help(owner, topic="legend")
    assert again is guide
    assert guide.topic_id == "legend"
    assert guide.page_text.startswith("Reading the diagram")
    assert guide.contents.currentItem().text() == "Reading the diagram (legend)"


def test_show_term_opens_the_glossary_at_its_definition(guide):
    viral = term("Viral loop")
    assert guide.show_term("viral loop")
    assert guide.topic_id == "glossary"
    assert viral.definition in guide.page_text
    assert guide.browser.verticalScrollBar().value() > 0  # scrolled down to the V entries
    assert not guide.show_term("zzyzx")


def test_a_term_hidden_by_the_search_is_shown_when_asked_for(guide):
    guide.show_topic("glossary")
    guide.search.setText("KOC")
    assert term("Patronage").definition not in guide.page_text
    assert term("KOC").definition in guide.page_text
    guide.show_term("Patronage")
    assert guide.search.text() == ""
    assert term("Patronage").definition in guide.page_text


def test_search_narrows_the_contents_and_follows_to_a_matching_page(guide):
    guide.search.setText("pressure group")
    assert _shown_topics(guide) == ["kol_koc_journey", "glossary"]
    assert guide.topic_id == "kol_koc_journey"  # getting started does not mention it
    guide.search.clear()
    assert _shown_topics(guide) == [topic.id for topic in pages.topics()]


def test_links_move_between_pages_and_outside_addresses_go_nowhere(guide):
    guide.browser.anchorClicked.emit(QUrl("help:levels#weights"))
    assert guide.topic_id == "levels"
    guide.browser.anchorClicked.emit(QUrl("https://example.org/"))
    assert guide.topic_id == "levels"
    guide.browser.anchorClicked.emit(QUrl("help:glossary#trust-transfer"))
    assert guide.topic_id == "glossary"
    assert term("Trust transfer").definition in guide.page_text


def test_the_shortcut_table_lists_the_window_s_real_shortcuts(guide):
    rows = shortcut_rows()
    fit = next(row for row in rows if row.command == "Fit to Window")
    assert (fit.menu, fit.keys) == ("View", ("Ctrl+0",))
    undo = next(row for row in rows if row.command == "Undo")
    assert undo.keys[0] == "Ctrl+Z"
    guide.show_topic("shortcuts")
    assert "\nFit to Window\nCtrl+0\nShow the whole diagram\n" in guide.page_text  # one row
    assert "Ctrl+Shift+S" in guide.page_text and "Select All" in guide.page_text


def test_a_new_action_spec_appears_in_the_table_without_editing_the_guide():
    spec = actions.ActionSpec("teach.now", "&Teach Now", ("Ctrl+Alt+T",), "For the test")
    menus = (*actions.MENUS, ("&Class", ("teach.now",)))
    rows = [row for row in shortcut_rows((*actions.SPECS, spec), menus) if row.menu == "Class"]
    assert [(row.command, row.keys) for row in rows] == [("Teach Now", ("Ctrl+Alt+T",))]
    rows = shortcut_rows((*actions.SPECS, spec), actions.MENUS)  # in no menu: under "Other"
    assert [row.menu for row in rows if row.command == "Teach Now"] == ["Other"]


def test_every_legend_picture_is_drawn(guide):
    names = re.findall(r'src="legend:([^"]+)"', pages.page_source("legend"))
    assert set(names) == set(LEGEND_IMAGES)
    for name in names:
        image = legend_image(name)
        assert image is not None and image.width() > 40 and image.height() > 20, name
    assert legend_image("nothing") is None


def _colours_in(image) -> set[str]:
    return {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y).alpha() == 255
    }


def test_the_legend_pictures_use_the_diagram_s_colours(guide):
    style = st.current_style()
    for role in ("stimulus", "organism", "response"):
        colours = _colours_in(legend_image(f"node-{role}"))
        assert style.role(role).fill.name() in colours, role
    assert QColor(st.TRUST_TRANSFER).name() in _colours_in(legend_image("arrow-trust"))
    assert DifferenceBadge.POSITIVE.name() in _colours_in(legend_image("badge"))


def test_the_legend_s_swatches_name_the_diagram_s_colours():
    page = pages.page_source("legend").lower()
    expected = [*st.ROLE_COLOURS.values(), st.TRUST_TRANSFER, st.HIGHLIGHT]
    expected += [c.name() for c in (DifferenceBadge.POSITIVE, DifferenceBadge.NEGATIVE)]
    expected.append(DifferenceBadge.NEUTRAL.name())
    for colour in expected:
        assert f"background-color:{colour.lower()}" in page, colour


def test_the_inspector_links_a_construct_to_its_terms_and_opens_them(qtbot, document, stack):
    inspector = InspectorPanel(document, stack)
    qtbot.addWidget(inspector)
    inspector.show_item("influencer_trust")
    links = inspector.page.terms
    assert links.names[:2] == ["Trust transfer", "Organism"]
    assert 'href="term:trust-transfer"' in links.text()
    opened = []
    inspector.open_term = opened.append
    links.linkActivated.emit("term:trust-transfer")
    assert opened == ["trust-transfer"]


def test_the_inspector_s_term_link_opens_the_guide_by_default(qtbot, document, stack):
    inspector = InspectorPanel(document, stack)
    qtbot.addWidget(inspector)
    inspector.show_item("digital_trust")
    inspector.page.terms.linkActivated.emit("term:digital-trust")
    window = inspector.findChild(HelpWindow)
    assert window is not None and window.isVisible()
    assert window.topic_id == "glossary"
    assert term("Digital trust").definition in window.page_text


# the seeds' terms (issue 14): the virtuous cycle and KOC activity
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
