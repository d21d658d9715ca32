"""The shipped presets explain themselves, keep the model's rules and match their generator."""

from __future__ import annotations

import dataclasses
import json
import math
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import numpy as np
import pytest

from synergy_gui.assets import presets_dir
from synergy_gui.engine import Simulator
from synergy_gui.engine.loops import stability
from synergy_gui.model import ModelDocument
from synergy_gui.model.fileformat import load_document_with_warnings
from synergy_gui.model.glossary import normalise, terms_for_construct
from synergy_gui.model.presets import list_presets, load_preset
from synergy_gui.model.serialize import dumps, from_dict
from synergy_gui.model.synergy_warnings import synergy_warnings

REPO = Path(__file__).resolve().parents[2]
GENERATOR = REPO / "tools" / "make_presets.py"
DEFAULT = "synergistic_influence.synergy.json"
KOL_KOC = "kol_koc_journey.synergy.json"
INTEGRATION = "social_media_integration.synergy.json"
TRUST = "trust_influence_engagement.synergy.json"
EXPECTED = [DEFAULT, KOL_KOC, INTEGRATION, TRUST]
# Numbers that published-paths.json marks verified: the only ones an "anchored" note may cite.
VERIFIED = {".645", ".33", ".41", ".36", ".29", ".27", ".501", ".364", ".236", ".417", ".091"}


def _files() -> list[Path]:
    return sorted(presets_dir().glob("*.synergy.json"))


def _load(path: Path) -> ModelDocument:
    return from_dict(json.loads(path.read_text(encoding="utf-8")))


@pytest.fixture(params=_files(), ids=lambda path: path.name.split(".")[0])
def preset(request: pytest.FixtureRequest) -> tuple[Path, ModelDocument]:
    return request.param, _load(request.param)


def test_every_expected_preset_is_shipped():
    names = [path.name for path in _files()]
    assert set(EXPECTED) <= set(names), names


def test_each_preset_opens_without_problems_or_warnings(preset):
    path, doc = preset
    loaded, warnings = load_document_with_warnings(path)
    assert [str(w) for w in warnings] == []
    assert loaded == doc


def test_each_preset_has_stimulus_organism_and_response(preset):
    _, doc = preset
    for role in ("stimulus", "organism", "response"):
        assert doc.constructs_with_role(role), f"no {role}"


def test_every_item_has_a_description_and_references(preset):
    _, doc = preset
    for item in (*doc.constructs, *doc.paths, *doc.junctions):
        assert item.description.strip(), f"{item.id} has no description"
        assert item.references and all(r.strip() for r in item.references), item.id
    assert doc.meta.title.strip() and doc.meta.description.strip()


def test_meta_lists_every_work_an_item_cites(preset):
    _, doc = preset
    for item in (*doc.constructs, *doc.paths, *doc.junctions):
        missing = set(item.references) - set(doc.meta.references)
        assert not missing, f"{item.id} cites works absent from meta.references: {missing}"


def test_every_path_note_says_anchored_or_illustrative(preset):
    _, doc = preset
    for path in doc.paths:
        assert path.note.startswith(("anchored", "illustrative")), f"{path.id}: {path.note!r}"


def test_anchored_notes_cite_a_verified_number(preset):
    _, doc = preset
    for path in doc.paths:
        if path.note.startswith("anchored"):
            cited = set(re.findall(r"(?<![\d.])\.\d+", path.note))
            assert cited & VERIFIED, f"{path.id} is anchored on no verified number: {path.note}"


def test_junction_descriptions_say_where_their_weight_comes_from(preset):
    _, doc = preset
    for junction in doc.junctions:
        assert re.search(r"illustrative|anchored", junction.description), junction.id


def test_synergy_stays_increasing_in_each_member(preset):
    """|g| times the largest deviation of the other members stays below the member's weight."""
    _, doc = preset
    for junction in doc.junctions:
        for member in junction.members:
            path = doc.find_path(member, junction.target)
            assert path is not None, f"{member} has no own path into {junction.target}"
            others = [doc.construct(m) for m in junction.members if m != member]
            reach = math.prod(max(c.baseline, 1.0 - c.baseline) for c in others)
            assert abs(junction.weight) * reach <= path.weight, (junction.id, member)


def test_levels_start_at_the_average_consumer(preset):
    _, doc = preset
    for construct in doc.constructs:
        assert construct.baseline == 0.5, construct.id
        if construct.role != "stimulus":
            assert construct.initial == 0.5, construct.id


def test_every_preset_moves_as_soon_as_it_opens(preset):
    """As drawn, some lever is off the average, so the plots move when the model opens."""
    _, doc = preset
    assert any(s.initial != s.baseline for s in doc.constructs_with_role("stimulus"))


def test_scenarios_hold_unscheduled_stimuli_at_the_average(preset):
    """A scenario means the same whatever the sliders of the model as drawn show."""
    _, doc = preset
    stimuli = {c.id for c in doc.constructs_with_role("stimulus")}
    for scenario in doc.scenarios:
        assert set(scenario.schedules) == stimuli, scenario.name


def test_diagram_reads_left_to_right(preset):
    _, doc = preset
    xs = {
        role: [c.position[0] for c in doc.constructs_with_role(role)]
        for role in ("stimulus", "organism", "response")
    }
    assert max(xs["stimulus"]) < min(xs["organism"])
    assert max(xs["organism"]) < min(xs["response"])
    places = [c.position for c in doc.constructs]
    assert len(set(places)) == len(places), "two constructs on the same spot"


def test_focus_names_existing_constructs(preset):
    _, doc = preset
    assert doc.settings.focus
    for construct_id in doc.settings.focus:
        assert doc.has_construct(construct_id), construct_id


def test_scenarios_are_named_and_explained(preset):
    _, doc = preset
    assert len(doc.scenarios) >= 2
    for scenario in doc.scenarios:
        assert scenario.name.strip() and scenario.description.strip()


def test_file_is_byte_stable(preset):
    path, doc = preset
    assert dumps(doc) == path.read_text(encoding="utf-8")


def test_default_model_focuses_on_trust_engagement_loyalty():
    doc = _load(presets_dir() / DEFAULT)
    assert doc.settings.focus == ["digital_trust", "brand_engagement", "loyalty"]
    assert doc.settings.horizon == 52
    synergy = [
        j
        for j in doc.junctions
        if set(j.members) == {"interactivity", "personalization"}
        and j.target == "synergistic_influence"
    ]
    assert len(synergy) == 1
    transfers = [p for p in doc.paths if p.kind == "trust-transfer"]
    assert [p.target for p in transfers] == ["digital_trust"]


def test_default_model_has_a_scenario_to_show_the_synergy():
    doc = _load(presets_dir() / DEFAULT)

    def raised(name: str) -> set[str]:
        schedules = doc.scenario(name).schedules
        assert set(schedules) == {c.id for c in doc.constructs_with_role("stimulus")}
        return {cid for cid, s in schedules.items() if s.kind != "constant" or s.level != 0.5}

    assert raised("Baseline") == set()
    assert raised("Interactivity only") == {"interactivity"}
    assert raised("Both together") == {"interactivity", "personalization"}


def _path_graph(doc: ModelDocument, overrides: dict[str, float] | None = None) -> nx.DiGraph:
    graph = nx.DiGraph()
    for path in doc.paths:
        weight = (overrides or {}).get(path.id, path.weight)
        graph.add_edge(path.source, path.target, weight=weight)
    return graph


def _loop_gains(graph: nx.DiGraph) -> dict[tuple[str, ...], float]:
    gains = {}
    for cycle in nx.simple_cycles(graph):
        edges = zip(cycle, cycle[1:] + cycle[:1], strict=True)
        gains[tuple(cycle)] = math.prod(graph.edges[a, b]["weight"] for a, b in edges)
    return gains


def _weight_sets(doc: ModelDocument) -> list[dict[str, float]]:
    """The preset's own weights and those of every scenario that overrides some."""
    return [{}, *(s.weight_overrides for s in doc.scenarios if s.weight_overrides)]


def test_loops_have_gain_below_one(preset):
    """Every feedback loop damps: the product of its weights is below 1 in size."""
    _, doc = preset
    for overrides in _weight_sets(doc):
        for cycle, gain in _loop_gains(_path_graph(doc, overrides)).items():
            assert abs(gain) < 1, (cycle, gain)


def test_levels_settle_whatever_the_time_constants(preset):
    """rho(|B|) < 1 among the non-stimulus constructs: stable for any time constants."""
    _, doc = preset
    inner = [c.id for c in doc.constructs if c.role != "stimulus"]
    index = {cid: i for i, cid in enumerate(inner)}
    for overrides in _weight_sets(doc):
        b = np.zeros((len(inner), len(inner)))
        for path in doc.paths:
            if path.source in index:
                b[index[path.target], index[path.source]] = overrides.get(path.id, path.weight)
        assert max(abs(np.linalg.eigvals(np.abs(b)))) < 1, overrides


def test_kol_koc_journey_has_a_reinforcing_word_of_mouth_loop():
    doc = _load(presets_dir() / KOL_KOC)
    gains = _loop_gains(_path_graph(doc))
    through_trust = [
        gain for cycle, gain in gains.items() if {"word_of_mouth", "brand_trust"} <= set(cycle)
    ]
    assert through_trust and all(0 < gain < 1 for gain in through_trust)
    assert doc.construct("brand_awareness").tau_rise < doc.construct("brand_trust").tau_rise


def test_integration_model_has_the_viral_loop():
    doc = _load(presets_dir() / INTEGRATION)
    viral = ("exposure", "feedback", "engagement", "sharing")
    cycles = {frozenset(cycle) for cycle in nx.simple_cycles(_path_graph(doc))}
    assert frozenset(viral) in cycles


def test_trust_model_has_misinformation_as_a_negative_path():
    doc = _load(presets_dir() / TRUST)
    harm = doc.find_path("misinformation", "trust")
    assert harm is not None and harm.weight < 0
    assert all(p.weight > 0 for p in doc.paths if p is not harm)


def test_generator_reproduces_the_committed_files(tmp_path):
    result = subprocess.run(
        [sys.executable, str(GENERATOR), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    made = sorted(p.name for p in tmp_path.glob("*.synergy.json"))
    assert made == [p.name for p in _files()]
    for name in made:
        assert (tmp_path / name).read_bytes() == (presets_dir() / name).read_bytes(), name


@pytest.mark.parametrize("info", list_presets(), ids=lambda info: info.name)
def test_every_preset_passes_the_json_schema_which_start_up_leaves_out(info):
    from synergy_gui.model.fileformat import load_document

    with_schema = load_document(info.path)  # the check any other file gets
    assert load_preset(info.name) == with_schema


# ------------------------------------------------------------ issue 14: the seeds' claims
def _scenario_names(doc: ModelDocument) -> list[str | None]:
    return [None, *(s.name for s in doc.scenarios)]


@pytest.mark.parametrize("name", EXPECTED)
def test_every_scenario_is_judged_stable_and_settles(name):
    doc = _load(presets_dir() / name)
    for scenario in _scenario_names(doc):
        assert stability(doc, scenario).stable, scenario
        assert Simulator(doc, scenario).steady_state().settled, scenario


def _quotes_its_seed(note: str) -> bool:
    """A note that justifies a path by a quotation ('…') or a section (§) of its seed."""
    return "§" in note or re.search(r"'[^']{12,}'", note) is not None


def test_kol_koc_has_koc_to_purchase_intention_and_to_word_of_mouth():
    """Abstract: KOC deepens 'trust and desire to buy'; §5.4: 'the word-of-mouth effect'."""
    doc = _load(presets_dir() / KOL_KOC)
    assert doc.construct("koc_activity").role == "organism"
    for target, quoted in (
        ("purchase_intention", "easier to stimulate the purchase desire"),
        ("word_of_mouth", "word-of-mouth effect"),
        ("brand_trust", "deepens consumers' trust"),
    ):
        path = doc.find_path("koc_activity", target)
        assert path is not None and path.weight > 0, target
        assert quoted in path.note and path.note.startswith("illustrative"), path.note


def test_kol_koc_virtuous_cycle_kol_reach_and_word_of_mouth_feed_koc_activity():
    """§5.4: KOLs lead 'more KOC's to come in … becoming a virtuous cycle'."""
    doc = _load(presets_dir() / KOL_KOC)
    feeding = {p.source for p in doc.paths if p.target == "koc_activity"}
    assert feeding == {"kol_reach", "word_of_mouth"}
    assert doc.construct("kol_reach").role == "stimulus"  # the brand keeps its levers
    assert {"koc_authenticity", "koc_interactivity"} <= {
        c.id for c in doc.constructs_with_role("stimulus")
    }
    cycles = _loop_gains(_path_graph(doc))
    through_koc = [g for c, g in cycles.items() if {"koc_activity", "word_of_mouth"} <= set(c)]
    assert through_koc and all(0 < gain < 1 for gain in through_koc)
    two_way = [g for c, g in cycles.items() if set(c) == {"koc_activity", "word_of_mouth"}]
    assert two_way == [pytest.approx(0.25 * 0.30)]


def test_kol_koc_cycle_adds_koc_activity_and_trust_and_settles():
    doc = _load(presets_dir() / KOL_KOC)
    full = Simulator(doc, "KOL then KOC").run()
    cut = doc.clone()
    cut.set_weight("word_of_mouth__koc_activity", 0.0)
    without = Simulator(cut, "KOL then KOC").run()
    # the cycle: buyers' word of mouth keeps KOCs active after the KOL push has ended
    assert full.final("koc_activity") > without.final("koc_activity") + 0.005
    assert full.final("brand_trust") > without.final("brand_trust")
    launch = Simulator(doc, "KOL launch").run()
    assert float(launch.series("koc_activity").max()) - 0.5 > 0.1  # KOLs draw KOCs in


def test_kol_to_trust_follows_section_5_4_and_stays_below_the_kocs():
    """§5.4: KOLs 'significantly increase brand awareness and trust'; the abstract has KOCs
    deepen trust. The note says which reading was taken; the scenario text matches it."""
    doc = _load(presets_dir() / KOL_KOC)
    kol = doc.find_path("kol_reach", "brand_trust")
    kocs = [doc.find_path(s, "brand_trust") for s in ("koc_authenticity", "koc_interactivity")]
    assert 0.15 <= kol.weight < sum(p.weight for p in kocs)
    assert "Reading taken" in kol.note
    assert "significantly increase brand awareness and trust" in kol.note
    launch = doc.scenario("KOL launch").description
    assert "hardly" not in launch and "barely" not in launch and "trust rises" in launch
    assert "hardly moves" not in doc.meta.description


def test_kol_koc_personalised_recommendation_drives_intention_and_loyalty():
    """§4.3 'stimulate their desire to buy'; §6.2 'dependence and loyalty to brands'."""
    doc = _load(presets_dir() / KOL_KOC)
    assert doc.construct("personalised_recommendation").role == "stimulus"
    for target, quoted in (("purchase_intention", "§4.3"), ("loyalty", "§6.2")):
        path = doc.find_path("personalised_recommendation", target)
        assert path is not None and path.weight > 0 and quoted in path.note, target


def test_integration_blog_content_feeds_feedback_engagement_and_sharing_at_once():
    doc = _load(presets_dir() / INTEGRATION)
    for target in ("exposure", "feedback", "engagement", "sharing"):
        path = doc.find_path("content_posting", target)
        assert path is not None and path.weight > 0, target
        if target != "exposure":
            assert "all at once" in path.note, path.note


def test_integration_has_a_purchase_outcome_for_the_followers_numbers_without_a_coefficient():
    doc = _load(presets_dir() / INTEGRATION)
    outcome = doc.construct("purchase_intention")
    assert outcome.role == "response" and "67%" in outcome.description
    path = doc.find_path("engagement", "purchase_intention")
    assert path is not None and path.weight > 0
    assert path.note.startswith("illustrative") and "67 %" in path.note and "51 %" in path.note
    assert "67 %" in doc.meta.description and "not a path weight" in doc.meta.description
    assert "purchase_intention" in doc.settings.focus


def test_trust_model_draws_satisfaction_as_engagements_outcome_and_says_why():
    """Lipschultz (2018): engagement 'has been connected through research to satisfaction'."""
    doc = _load(presets_dir() / TRUST)
    assert doc.construct("satisfaction").role == "response"
    into = [p for p in doc.paths if p.target == "satisfaction"]
    assert [p.source for p in into] == ["engagement"]
    assert "connected through research to satisfaction" in into[0].note
    assert not [p for p in doc.paths if p.source == "satisfaction"]  # an outcome only
    assert "Satisfaction is modelled as an outcome of engagement" in doc.meta.description


@pytest.mark.parametrize("name", EXPECTED)
def test_every_note_of_a_seed_claim_quotes_or_cites_its_seed(name):
    """Each path issue 14 added or changed is justified by a quotation or a § of its seed."""
    doc = _load(presets_dir() / name)
    changed = {
        KOL_KOC: [
            "kol_reach__brand_trust",
            "kol_reach__koc_activity",
            "word_of_mouth__koc_activity",
            "koc_activity__brand_trust",
            "koc_activity__purchase_intention",
            "koc_activity__word_of_mouth",
            "personalised_recommendation__purchase_intention",
            "personalised_recommendation__loyalty",
        ],
        INTEGRATION: [
            "content_posting__feedback",
            "content_posting__engagement",
            "content_posting__sharing",
        ],
        TRUST: ["engagement__satisfaction"],
    }.get(name, [])
    for path_id in changed:
        assert _quotes_its_seed(doc.path(path_id).note), path_id


@pytest.mark.parametrize("name", EXPECTED)
def test_preset_descriptions_name_each_constructs_glossary_term(name):
    """The description uses the glossary's words (seed 004) for every construct it draws."""
    doc = _load(presets_dir() / name)
    text = f" {normalise(doc.meta.description)} "
    for construct in doc.constructs:
        bare = dataclasses.replace(construct, role="none", description="")
        named = terms_for_construct(bare)
        assert named, construct.label
        phrases = {phrase for entry in named for phrase in entry.phrases()}
        assert any(f" {phrase} " in text for phrase in phrases), construct.label


# --------------------------------------------- issue 14: co-active, not additive (seed 000)
def _synergy_at(doc: ModelDocument, level: float, junction: float | None = None) -> float:
    """Synergistic influence at rest with both levers at ``level``, every other lever average."""
    run = doc.clone()
    for stimulus in run.constructs_with_role("stimulus"):
        run.update_construct(stimulus.id, initial=0.5)
    run.update_construct("interactivity", initial=level)
    run.update_construct("personalization", initial=level)
    if junction is not None:
        run.set_weight("x_interactivity_personalization", junction)
    return Simulator(run).steady_state().level("synergistic_influence")


@pytest.mark.parametrize(("level", "share"), [(0.9, 0.270), (1.0, 0.316)])
def test_the_product_term_carries_a_visible_share_of_synergistic_influence(level, share):
    """By hand: .60·d² / (.35·d + .30·d + .60·d²), d = level − .5: .096/.356 and .15/.475."""
    doc = _load(presets_dir() / DEFAULT)
    rise = _synergy_at(doc, level) - 0.5
    product = _synergy_at(doc, level) - _synergy_at(doc, level, junction=0.0)
    assert product / rise == pytest.approx(share, abs=5e-4)
    assert f"{100 * share:.1f} %" in doc.junction("x_interactivity_personalization").description


def test_with_one_lever_absent_the_other_cannot_make_up_for_it():
    """Both at 0 give .325 (additive .175), as interactivity alone at 0 does."""
    doc = _load(presets_dir() / DEFAULT)
    assert _synergy_at(doc, 0.0) == pytest.approx(0.325, abs=1e-9)
    assert _synergy_at(doc, 0.0, junction=0.0) == pytest.approx(0.175, abs=1e-9)
    alone = doc.clone()
    alone.update_construct("interactivity", initial=0.0)
    for personalization in (0.0, 0.5, 1.0):
        alone.update_construct("personalization", initial=personalization)
        level = Simulator(alone).steady_state().level("synergistic_influence")
        assert level == pytest.approx(0.325, abs=1e-9), personalization
    description = doc.junction("x_interactivity_personalization").description
    assert ".325" in description and ".175" in description


def test_the_junction_sits_at_the_monotonicity_guard():
    doc = _load(presets_dir() / DEFAULT)
    junction = doc.junction("x_interactivity_personalization")
    assert junction.weight * 0.5 == doc.find_path("personalization", junction.target).weight
    assert synergy_warnings(doc) == []
    weaker = doc.clone()
    weaker.set_weight("personalization__synergistic_influence", 0.29)
    assert synergy_warnings(weaker)  # the guard speaks as soon as the path weakens
