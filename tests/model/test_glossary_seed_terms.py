"""Issue 14, gap 5: the glossary has the seeds' virtuous cycle and KOC activity, Help finds
them, and the presets' constructs and descriptions link to the glossary's own terms."""

from __future__ import annotations

import pytest

from synergy_gui.model import help_pages as pages
from synergy_gui.model.glossary import search_terms, term, terms_for_construct, terms_in_text
from synergy_gui.model.presets import load_preset

#: Seed 001 (the brand-interaction paper), §5.4 and the abstract, as the seed words them.
VIRTUOUS_CYCLE = (
    "KOLs can interact positively with brands, thereby leading more KOC's to come in and "
    "understand the brand, becoming a virtuous cycle"
)
MARKETING_CHAIN = "complete marketing chain from awareness promotion to trust establishment"
KOC_WORD_OF_MOUTH = "can enhance the interactive and word-of-mouth effect of the brand"


def test_the_virtuous_cycle_is_defined_in_the_words_of_its_seed():
    entry = term("virtuous cycle")
    assert entry is not None and entry.term == "Virtuous cycle"
    assert entry.source.key == "001"
    assert VIRTUOUS_CYCLE in entry.definition
    assert MARKETING_CHAIN in entry.definition
    assert {"KOC activity", "Feedback loop", "Word of mouth"} <= set(entry.related)
    assert "Virtuous cycle" in term("Feedback loop").related


def test_koc_activity_is_defined_in_the_words_of_its_seed():
    entry = term("KOC activity")
    assert entry is not None and entry.source.key == "001"
    assert KOC_WORD_OF_MOUTH in entry.definition
    assert "virtuous cycle" in entry.definition
    assert term("koc") is term("KOC (key opinion consumer)")  # the short name still means KOC
    assert "KOC activity" in term("KOC").related


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("virtuous cycle", "Virtuous cycle"),
        ("virtuous circle", "Virtuous cycle"),
        ("marketing chain", "Virtuous cycle"),
        ("KOC activity", "KOC activity"),
        ("KOC participation", "KOC activity"),
    ],
)
def test_the_glossary_search_finds_them(query, found):
    assert found in [entry.term for entry in search_terms(query)]


def test_help_finds_them_on_the_glossary_page_under_their_anchors():
    assert "glossary" in pages.search_topics("virtuous cycle")
    assert "glossary" in pages.search_topics("KOC activity")
    page = pages.page_html("glossary", query="virtuous")
    assert '<a name="virtuous-cycle"></a><h3>Virtuous cycle</h3>' in page
    assert "koc-activity" in pages.anchors(pages.page_html("glossary"))


def test_the_kol_koc_preset_links_koc_activity_and_the_virtuous_cycle_to_their_terms():
    document = load_preset("kol_koc_journey")
    found = terms_for_construct(document.construct("koc_activity"))
    assert found[0].term == "KOC activity"  # its own term first, not KOC in general
    assert "Virtuous cycle" in [entry.term for entry in found]
    named = [entry.term for entry in terms_in_text(document.meta.description)]
    assert {"KOC activity", "Virtuous cycle", "Word of mouth"} <= set(named)


@pytest.mark.parametrize(
    ("preset", "construct", "first", "not_linked"),
    [
        ("kol_koc_journey", "personalised_recommendation", "Personalization", "Word of mouth"),
        ("social_media_integration", "engagement", "Connecting (engagement)", None),
    ],
)
def test_preset_labels_link_to_the_glossary_term_they_mean(preset, construct, first, not_linked):
    """ "Personalised recommendation" is personalization, not word of mouth's recommending;
    the integration model's "Engagement (connecting)" is its connecting stage first."""
    found = [entry.term for entry in terms_for_construct(load_preset(preset).construct(construct))]
    assert found[0] == first
    assert not_linked not in found


def test_the_kol_entry_says_kols_raise_trust_as_the_preset_now_does():
    """§5.4: the KOL & KOC preset's KOL → trust path follows it; the glossary says so too."""
    kol = term("KOL")
    assert "can significantly increase brand awareness and trust" in kol.definition
    assert "virtuous cycle" in term("Word of mouth").definition


def test_help_leads_from_simple_slopes_to_the_synergy_junction_and_its_panel():
    found = [entry.term for entry in search_terms("simple slopes")]
    assert found == ["Synergy junction"]
    assert "View ▸ Panels ▸ Synergy" in term("Synergy junction").definition
