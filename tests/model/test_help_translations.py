"""The guide and glossary in Indonesian and Chinese: every page, title, phrase and term."""

from __future__ import annotations

import json
import re

import pytest

from synergy_gui.assets import resource
from synergy_gui.model import glossary
from synergy_gui.model import help_pages as pages
from synergy_gui.model.glossary import GlossaryError, parse_translation, search_terms, terms

LANGUAGES = ("id", "zh_CN")
TOPICS = [topic.id for topic in pages.topics()]
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _text(page: str) -> str:
    return pages.plain_text(page)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("topic_id", TOPICS)
def test_every_page_is_translated_with_the_same_anchors_links_and_generated_parts(
    language, topic_id
):
    english, translated = pages.page_source(topic_id), pages.page_source(topic_id, language)
    assert translated != english
    assert pages.anchors(translated) == pages.anchors(english)
    assert sorted(pages.links(translated)) == sorted(pages.links(english))
    for mark in (pages.SHORTCUTS_MARK, pages.GLOSSARY_MARK):
        assert (mark in translated) == (mark in english)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_title_and_phrase_is_translated(language):
    english = {topic.id: topic.title for topic in pages.topics()}
    titles = {topic.id: topic.title for topic in pages.topics(language)}
    assert titles.keys() == english.keys()
    assert all(titles[key] != english[key] for key in english)
    for phrase in pages.PHRASES:
        said = pages.said(phrase, language)
        placeholders = sorted(re.findall(r"\{\w+\}", phrase))
        assert said != phrase and sorted(re.findall(r"\{\w+\}", said)) == placeholders


def test_chinese_pages_are_written_in_hanzi():
    for topic_id in TOPICS:
        text = _text(pages.page_source(topic_id, "zh_CN"))
        assert len(_HAN.findall(text)) > 0.2 * len(text.replace(" ", "")), topic_id


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_glossary_term_is_translated_and_keeps_its_anchor(language):
    english = {entry.anchor: entry for entry in terms()}
    translated = {entry.anchor: entry for entry in terms(language)}
    assert translated.keys() == english.keys()
    for anchor, entry in translated.items():
        assert entry.english == english[anchor].term
        assert entry.definition != english[anchor].definition, anchor
        assert entry.source.citation == english[anchor].source.citation  # as published


def test_the_indonesian_glossary_page_shows_each_term_with_its_english_name():
    page = pages.page_html("glossary", language="id")
    trust = glossary.localised(glossary.term("Brand trust"), "id")
    assert f"<h3>{trust.term} — Brand trust</h3>" in page
    assert page.count('<a name="brand-trust">') == 1
    kol = glossary.localised(glossary.term("KOL"), "id")
    assert f"<h3>{kol.term}</h3>" in page  # it already says "KOL": no English name after it
    headings = [h.split(" — ")[0].lower() for h in re.findall(r"<h3>(.*?)</h3>", page)]
    assert headings == sorted(headings)  # Latin script: in the language's own order
    assert "Source:" not in page and pages.said("Source:", "id") in page


def test_the_chinese_glossary_keeps_the_english_order_under_latin_letters():
    page = pages.page_html("glossary", language="zh_CN")
    letters = re.findall(r'<a name="letter-([a-z])"></a>', page)
    assert letters == sorted(letters) and len(letters) > 10
    order = re.findall(r'<a name="([\w-]+)"></a><h3>', page)
    assert order == [entry.anchor for entry in terms()]  # alphabetical by the English names


def test_a_translated_search_finds_terms_by_their_own_words_and_by_english():
    trust = glossary.localised(glossary.term("Trust transfer"), "zh_CN")
    by_own = {entry.anchor for entry in search_terms(trust.term, "zh_CN")}
    assert "trust-transfer" in by_own
    assert "trust-transfer" in {entry.anchor for entry in search_terms("transfer", "zh_CN")}
    found = pages.glossary_html("zzyzx", "id")
    assert pages.said("No term matches.", "id") in found


def test_a_search_of_the_translated_guide_finds_pages_in_that_language():
    title = pages.topic("shortcuts", "id").title
    assert "shortcuts" in pages.search_topics(title, language="id")


def test_a_language_without_a_translation_reads_english():
    assert pages.page_source("legend", "fr") == pages.page_source("legend")
    assert terms("fr") == terms()
    assert pages.said("No term matches.", "fr") == "No term matches."


def test_a_broken_glossary_translation_is_refused_with_its_place():
    data = json.loads(resource("help", "id", "glossary.json").read_text(encoding="utf-8"))
    data["terms"]["Trust"] = {"term": "Kepercayaan"}
    with pytest.raises(GlossaryError, match=r"terms\['Trust'\].*definition"):
        parse_translation(data, terms(), "id/glossary.json")
    with pytest.raises(GlossaryError, match="not a glossary translation"):
        parse_translation({"terms": {}}, terms())
