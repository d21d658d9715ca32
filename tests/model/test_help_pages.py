"""The guide's pages: links that resolve, a theory page per preset, generated parts."""

from __future__ import annotations

import re

import pytest

from synergy_gui.model import help_pages as pages
from synergy_gui.model.glossary import terms
from synergy_gui.model.help_pages import ShortcutRow
from synergy_gui.model.presets import list_presets, load_preset

ROWS = [
    ShortcutRow("File", "Open", ("Ctrl+O",), "Open a model file"),
    ShortcutRow("View", "Fit to Window", ("Ctrl+0",), "Show the whole diagram"),
    ShortcutRow("View", "<Odd> & name", (), ""),
]


def _topic_ids() -> list[str]:
    return [topic.id for topic in pages.topics()]


@pytest.mark.parametrize("topic_id", _topic_ids())
def test_every_internal_link_resolves(topic_id):
    page = pages.page_html(topic_id, ROWS)
    for href in pages.links(page):
        target = pages.split_link(href, topic_id)
        assert target is not None, f"{topic_id}: {href} leads outside the guide"
        linked, anchor = target
        assert pages.topic(linked) is not None, f"{topic_id}: {href} names no topic"
        if anchor:
            assert anchor in pages.anchors(pages.page_html(linked, ROWS)), f"{topic_id}: {href}"


def test_the_contents_cover_the_issue_topics():
    assert _topic_ids()[:4] == ["getting_started", "legend", "shortcuts", "levels"]
    assert {"glossary", "sources"} <= set(_topic_ids())


@pytest.mark.parametrize("info", list_presets(), ids=lambda info: info.name)
def test_each_preset_has_a_theory_page_naming_its_scenarios_and_source(info):
    document = load_preset(info.name)
    text = pages.plain_text(pages.page_html(info.name))
    for scenario in document.scenarios:
        if scenario.name != "Baseline":
            assert scenario.name in text, scenario.name
    first_source = re.split(r"[(.:]", document.meta.references[0])[0].strip()
    assert first_source in text


def test_the_glossary_page_lists_every_term_alphabetically_under_its_anchor():
    page = pages.page_html("glossary")
    headings = re.findall(r"<h3>(.*?)</h3>", page)
    assert len(headings) == len(terms())
    assert headings == sorted(headings, key=str.lower)
    assert {entry.anchor for entry in terms()} <= pages.anchors(page)
    assert page.count("<i>Source:</i>") == len(terms())


def test_the_glossary_page_is_filtered_by_the_search():
    page = pages.glossary_html("opinion leader")
    assert 'name="kol-key-opinion-leader"' in page
    assert 'name="patronage"' not in page
    assert f"of {len(terms())} terms match" in page
    assert "No term matches" in pages.glossary_html("zzyzx")


def test_the_shortcut_table_shows_each_row_escaped_under_its_menu():
    table = pages.page_html("shortcuts", ROWS)
    assert "<td>Fit to Window</td><td><b>Ctrl+0</b></td>" in table
    assert "&lt;Odd&gt; &amp; name" in table and "<Odd>" not in table
    assert table.count("<th") >= 2 + 2  # the gesture table's two, then File and View
    assert pages.SHORTCUTS_MARK not in table


def test_search_finds_topics_by_every_word():
    found = pages.search_topics("pressure group")
    assert found == ["kol_koc_journey", "glossary"]
    assert pages.search_topics("") == _topic_ids()
    assert pages.search_topics("Ctrl+0", ROWS) == ["shortcuts"]


def test_an_unknown_topic_is_refused_with_the_known_ones():
    with pytest.raises(pages.HelpError, match=r"no help topic 'nope'.*legend"):
        pages.page_source("nope")
