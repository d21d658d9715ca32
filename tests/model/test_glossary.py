"""The glossary: every term defined and sourced, found by name, and linked to constructs."""

from __future__ import annotations

import dataclasses

import pytest

from synergy_gui.model import Construct
from synergy_gui.model.glossary import (
    GlossaryError,
    parse_glossary,
    search_terms,
    term,
    terms,
    terms_for_construct,
)
from synergy_gui.model.presets import list_presets, load_preset


def _names(found) -> list[str]:
    return [entry.term for entry in found]


def test_every_term_has_a_definition_and_names_its_source():
    loaded = terms()
    assert len(loaded) >= 50
    for entry in loaded:
        assert len(entry.definition) >= 40, entry.term
        assert entry.source.citation.strip(), entry.term
    assert _names(loaded) == sorted(_names(loaded), key=str.lower)
    anchors = [entry.anchor for entry in loaded]
    assert len(set(anchors)) == len(anchors)


def test_related_terms_are_in_the_glossary():
    for entry in terms():
        for name in entry.related:
            assert term(name) is not None, f"{entry.term} points to missing {name!r}"


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("Social media marketing", "004"),
        ("Customer engagement", "004"),
        ("Influencer marketing", "004"),
        ("User-generated content (UGC)", "004"),
        ("Stimulus", "000"),
        ("Organism", "000"),
        ("Response", "000"),
        ("Trust transfer", "000"),
        ("Co-active (synergy) effect", "000"),
        ("KOL (key opinion leader)", "001"),
        ("KOC (key opinion consumer)", "001"),
        ("Viral loop", "002"),
        ("Engagement", "003"),
        ("Time constant", "model"),
    ],
)
def test_the_seeds_terms_are_defined_from_their_seed(name, source):
    entry = term(name)
    assert entry is not None
    assert entry.source.key == source


def test_trust_transfer_cites_stewart_and_its_source_paper():
    entry = term("trust transfer")
    assert "Stewart" in entry.definition
    assert entry.source.citation.startswith("Zulkifli, A. (2026)")


def test_a_term_is_found_by_full_name_short_name_or_anchor_in_any_case():
    koc = term("KOC (key opinion consumer)")
    assert term("koc") is koc
    assert term("koc-key-opinion-consumer") is koc
    assert term("  KOC (Key Opinion Consumer) ") is koc
    assert term("no such term") is None


def test_a_construct_links_to_the_terms_its_label_names_then_its_role():
    digital_trust = Construct("digital_trust", "Digital trust", role="organism")
    # "trust" inside "digital trust" is not a second mention
    assert _names(terms_for_construct(digital_trust)) == ["Digital trust", "Organism"]
    kol_reach = Construct("kol_reach", "KOL reach", role="stimulus")
    assert _names(terms_for_construct(kol_reach)) == [
        "KOL (key opinion leader)",
        "Exposure",
        "Stimulus",
    ]
    nameless = Construct("zz", "Zzyzx", role="response")
    assert _names(terms_for_construct(nameless)) == ["Response"]


def test_a_description_links_only_to_full_term_names():
    construct = Construct(
        "x", "Zzyzx", role="organism", description="It follows synergistic influence; we buy."
    )
    # "buy" is a keyword of purchase decision: loose words in prose do not count
    assert _names(terms_for_construct(construct)) == ["Organism", "Synergistic influence"]


def test_every_shipped_construct_links_to_a_term_by_its_own_label_or_id():
    for info in list_presets():
        for construct in load_preset(info.name).constructs:
            bare = dataclasses.replace(construct, role="none", description="")
            assert terms_for_construct(bare), f"{info.name}: {construct.label}"


def test_search_finds_terms_by_every_word():
    assert "Trust transfer" in _names(search_terms("transfer trust"))
    assert "Patronage" not in _names(search_terms("KOC"))
    assert search_terms("zzyzx") == ()
    assert search_terms("  ") == terms()


def test_a_malformed_glossary_is_refused_with_its_place():
    sources = {"004": {"citation": "A glossary."}}
    good = {"term": "Reach", "definition": "How many see it.", "source": "004"}
    assert parse_glossary({"sources": sources, "terms": [good]})[0].term == "Reach"
    with pytest.raises(GlossaryError, match=r"terms\[1\]\.definition"):
        parse_glossary({"sources": sources, "terms": [good, {**good, "definition": " "}]})
    with pytest.raises(GlossaryError, match=r"terms\[0\]\.source: '005'"):
        parse_glossary({"sources": sources, "terms": [{**good, "source": "005"}]})
    with pytest.raises(GlossaryError, match="defined twice: reach"):
        parse_glossary({"sources": sources, "terms": [good, good]})
    with pytest.raises(GlossaryError, match="list of terms"):
        parse_glossary([])
