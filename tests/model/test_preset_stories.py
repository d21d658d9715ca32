"""Every shipped preset tells its source's argument in a story: at least five steps that name
only what the preset has, play through without a problem, and whose stated directions hold
in the simulated numbers."""

from __future__ import annotations

import math
import re
from functools import cache

import numpy as np
import pytest

from synergy_gui.engine import SimulationResult, Simulator
from synergy_gui.model import ModelDocument
from synergy_gui.model.presets import list_presets, load_preset
from synergy_gui.model.story import STORY_REVEAL_MODES, StoryStep
from synergy_gui.model.story_checks import story_problems
from synergy_gui.model.story_view import show_step, step_cursor, step_levels
from synergy_gui.model.view_state import ViewState

PRESETS = [info.name for info in list_presets()]
AVERAGE = 0.5
MAX_CAPTION = 600


@cache
def _preset(name: str) -> ModelDocument:
    return load_preset(name)


def _step(name: str, title: str) -> StoryStep:
    return next(step for step in _preset(name).story.steps if step.title == title)


def _run(name: str, step: StoryStep, levels: dict[str, float] | None = None) -> SimulationResult:
    """The run a step shows: its scenario, or the model as drawn with its slider levels."""
    document = _preset(name).clone()
    for construct_id, level in (levels if levels is not None else step.levels).items():
        document.update_construct(construct_id, initial=level)
    return Simulator(document, step.scenario).run()


def _gain(result: SimulationResult, construct_id: str) -> float:
    return result.final(construct_id) - AVERAGE


def _peak_gain(result: SimulationResult, construct_id: str) -> float:
    return float(result.series(construct_id).max()) - AVERAGE


def _at(result: SimulationResult, construct_id: str, week: float) -> float:
    return float(np.interp(week, result.times, result.series(construct_id)))


def _half_way(result: SimulationResult, construct_id: str) -> float:
    """The first time a construct has made half of its largest rise."""
    rise = result.series(construct_id) - AVERAGE
    return float(result.times[np.argmax(rise >= rise.max() / 2)])


def _sentences(text: str) -> int:
    return len(re.findall(r"[.!?](?:\s|$)", text))


# ------------------------------------------------------------------------ every preset
def test_every_shipped_preset_is_covered():
    assert set(PRESETS) >= {
        "synergistic_influence",
        "kol_koc_journey",
        "social_media_integration",
        "trust_influence_engagement",
    }


@pytest.mark.parametrize("name", PRESETS)
def test_each_preset_has_a_titled_story_of_five_to_eight_steps(name: str):
    story = _preset(name).story
    assert story is not None, f"{name} ships without a story"
    assert story.title.strip()
    assert 5 <= len(story.steps) <= 8
    titles = [step.title for step in story.steps]
    assert len(set(titles)) == len(titles), "two steps share a title"


@pytest.mark.parametrize("name", PRESETS)
def test_every_id_a_step_names_exists_with_the_right_kind(name: str):
    document = _preset(name)
    roles = {c.id: c.role for c in document.constructs}
    stimuli = {cid for cid, role in roles.items() if role == "stimulus"}
    items = {p.id for p in document.paths} | {j.id for j in document.junctions}
    scenarios = {s.name for s in document.scenarios}
    for step in document.story.steps:
        assert set(step.shown or []) <= set(roles), step.title
        assert set(step.plotted or []) <= set(roles), step.title
        assert set(step.highlight) <= items, step.title
        assert set(step.levels) <= stimuli and set(step.sliders or []) <= stimuli, step.title
        assert all(0.0 <= level <= 1.0 for level in step.levels.values()), step.title
        assert step.scenario is None or step.scenario in scenarios, step.title
        assert step.reveal in STORY_REVEAL_MODES
        assert step.plotted, f"{step.title}: a step says what is plotted"
    assert story_problems(document, document.story) == []


@pytest.mark.parametrize("name", PRESETS)
def test_captions_can_be_read_aloud_and_name_a_source_the_preset_cites(name: str):
    document = _preset(name)
    for step in document.story.steps:
        caption = step.caption
        assert caption.strip() and len(caption) <= MAX_CAPTION, step.title
        assert 2 <= _sentences(caption) <= 4, f"{step.title}: {_sentences(caption)} sentences"
        named = re.findall(r"\(source: ([^)]+)\)", caption)
        assert named, f"{step.title} names no source"
        for title in named:
            assert any(title in work for work in document.meta.references), title


@pytest.mark.parametrize("name", PRESETS)
def test_the_story_reveals_stimuli_then_organism_then_responses_and_ends_on_everything(
    name: str,
):
    document = _preset(name)
    steps = document.story.steps
    roles = {c.id: c.role for c in document.constructs}
    first, second, third = (set(step.shown) for step in steps[:3])
    assert {roles[cid] for cid in first} == {"stimulus"}
    assert first < second and "organism" in {roles[cid] for cid in second - first}
    assert second < third and "response" in {roles[cid] for cid in third - second}
    last = steps[-1]
    assert last.shown is None and last.scenario is None
    assert last.levels == {c.id: c.initial for c in document.constructs_with_role("stimulus")}


@pytest.mark.parametrize("name", PRESETS)
def test_playing_the_story_through_shows_each_step_and_moves_what_it_plots(name: str):
    document = _preset(name)
    view = ViewState(document)
    sliders = {c.id: c.initial for c in document.constructs_with_role("stimulus")}
    for step in document.story.steps:
        show_step(document, view, step)
        sliders.update(step_levels(document, step))
        assert view.scenario == step.scenario
        assert view.shown == (None if step.shown is None else frozenset(step.shown))
        assert view.highlighted == frozenset(step.highlight)
        assert set(view.focus) == set(step.plotted)
        assert view.cursor == step_cursor(document, step)

        result = _run(name, step, sliders)
        assert np.isfinite(result.levels).all(), step.title
        assert result.levels.min() >= 0.0 and result.levels.max() <= 1.0, step.title
        moved = max(np.abs(result.series(cid) - AVERAGE).max() for cid in step.plotted)
        assert moved > 0.01, f"{step.title}: every plotted line stays at the average"


# ------------------------------------------------------- (a) synergistic influence
SYNERGY = "synergistic_influence"


def test_one_lever_step_raises_interactivity_only():
    step = _step(SYNERGY, "One lever high")
    raised = {cid for cid, level in step.levels.items() if level != AVERAGE}
    assert raised == {"interactivity"}
    assert set(step.levels) == {c.id for c in _preset(SYNERGY).constructs_with_role("stimulus")}


def test_both_levers_together_lift_synergy_and_trust_more_than_each_alone_added():
    both_step = _step(SYNERGY, "Both levers high: co-active, not additive")
    both = _run(SYNERGY, both_step)
    interactivity = _run(SYNERGY, _step(SYNERGY, "One lever high"))
    personalization = _run(SYNERGY, both_step, {**both_step.levels, "interactivity": AVERAGE})
    for construct_id in ("synergistic_influence", "digital_trust"):
        alone = _gain(interactivity, construct_id) + _gain(personalization, construct_id)
        assert _gain(both, construct_id) > alone + 0.005, construct_id
    # By hand at rest: .5 + .35 × .4 + .30 × .4 + .60 × (.4 × .4) (paths plus the × junction)
    assert both.final("synergistic_influence") == pytest.approx(0.856, abs=1e-3)


def test_trust_transfer_step_reaches_digital_trust_through_the_transfer_arrow_only():
    step = _step(SYNERGY, "Trust transfer")
    assert "influencer_trust__digital_trust" in step.highlight
    assert _gain(_run(SYNERGY, step), "influencer_trust") > 0.2
    assert _gain(_run(SYNERGY, step), "digital_trust") > 0.1
    cut = _preset(SYNERGY).clone()
    cut.set_weight("influencer_trust__digital_trust", 0.0)
    for construct_id, level in step.levels.items():
        cut.update_construct(construct_id, initial=level)
    assert Simulator(cut).run().final("digital_trust") == pytest.approx(AVERAGE, abs=1e-9)


def test_campaign_step_trust_slips_back_after_the_campaign_and_loyalty_peaks_later():
    result = _run(SYNERGY, _step(SYNERGY, "A campaign: trust builds slowly, loyalty lags"))
    synergy_gain = _at(result, "synergistic_influence", 16) - AVERAGE
    assert _at(result, "synergistic_influence", 6) - AVERAGE > 0.8 * synergy_gain  # at once
    assert _at(result, "digital_trust", 8) - AVERAGE < 0.5 * (
        _at(result, "digital_trust", 16) - AVERAGE
    )
    assert _at(result, "digital_trust", 24) < _at(result, "digital_trust", 16)
    peak = {
        cid: result.times[np.argmax(result.series(cid))] for cid in ("digital_trust", "loyalty")
    }
    assert peak["loyalty"] > peak["digital_trust"] > 16


# ----------------------------------------------------------------- (b) KOL & KOC journey
JOURNEY = "kol_koc_journey"
KOL_STEP = "KOLs: fast awareness, slower trust"


def test_kol_push_raises_awareness_fast_and_trust_less_and_later_and_both_fade():
    """§5.4: KOLs 'significantly increase brand awareness and trust'; awareness is the fast one."""
    result = _run(JOURNEY, _step(JOURNEY, KOL_STEP))
    awareness, trust = (_peak_gain(result, c) for c in ("brand_awareness", "brand_trust"))
    assert trust > 0.04  # visibly raised, not "hardly moves"
    assert awareness > 2.5 * trust and awareness > 2.5 * _peak_gain(result, "purchase")
    assert _half_way(result, "brand_awareness") < _half_way(result, "brand_trust")
    for construct_id, peak in (("brand_awareness", awareness), ("brand_trust", trust)):
        assert _at(result, construct_id, 20) - AVERAGE < peak / 2, construct_id


def test_kol_then_koc_moves_awareness_first_then_trust_then_loyalty():
    result = _run(JOURNEY, _step(JOURNEY, "Then KOCs: trust, purchase, loyalty"))
    order = [_half_way(result, cid) for cid in ("brand_awareness", "brand_trust", "loyalty")]
    assert order == sorted(order) and len(set(order)) == 3, order
    kol_only = _run(JOURNEY, _step(JOURNEY, KOL_STEP))
    assert _gain(result, "brand_trust") > _gain(kol_only, "brand_trust") + 0.1


def test_cutting_word_of_mouth_ends_trust_purchase_and_loyalty_lower():
    cut = _run(JOURNEY, _step(JOURNEY, "Word of mouth closes the loop"))
    full = _run(JOURNEY, _step(JOURNEY, "Then KOCs: trust, purchase, loyalty"))
    for construct_id in ("brand_trust", "purchase", "loyalty"):
        assert cut.final(construct_id) < full.final(construct_id), construct_id


def test_flash_sale_spikes_purchases_but_hardly_moves_loyalty():
    result = _run(JOURNEY, _step(JOURNEY, "A flash sale"))
    purchase = _peak_gain(result, "purchase")
    assert purchase > 5 * _peak_gain(result, "loyalty")
    assert _at(result, "purchase", 20) - AVERAGE < purchase / 2


# --------------------------------------------------------- (c) social-media integration
INTEGRATION = "social_media_integration"
REACH = ("exposure", "engagement", "sharing")


def test_posting_only_raises_exposure_most_and_engagement_and_sharing_at_once():
    """Blog content gives 'feedback, engaging and sharing information all at once'."""
    result = _run(INTEGRATION, _step(INTEGRATION, "Posting only"))
    exposure = _gain(result, "exposure")
    for construct_id in ("engagement", "sharing"):
        assert 0.25 * exposure < _gain(result, construct_id) < 0.75 * exposure, construct_id


def test_all_four_platforms_end_above_posting_only():
    four = _run(INTEGRATION, _step(INTEGRATION, "All four platforms"))
    posting = _run(INTEGRATION, _step(INTEGRATION, "Posting only"))
    for construct_id in REACH:
        assert four.final(construct_id) > posting.final(construct_id) + 0.1, construct_id


def test_the_highlighted_viral_loop_is_a_damped_cycle_and_cutting_it_lowers_exposure():
    document = _preset(INTEGRATION)
    loop = [document.path(pid) for pid in _step(INTEGRATION, "The viral loop").highlight]
    assert [p.target for p in loop] == [*[p.source for p in loop[1:]], loop[0].source]
    assert 0 < math.prod(p.weight for p in loop) < 1
    cut = _run(INTEGRATION, _step(INTEGRATION, "Cut the loop"))
    four = _run(INTEGRATION, _step(INTEGRATION, "The viral loop"))
    assert cut.final("exposure") < four.final("exposure") - 0.05


# ------------------------------------------------ (d) trust, influence and engagement
TRUST = "trust_influence_engagement"


def test_earned_trust_comes_before_patronage():
    result = _run(TRUST, _step(TRUST, "Earning trust takes time"))
    assert all(_gain(result, cid) > 0.1 for cid in ("trust", "engagement", "patronage"))
    assert _half_way(result, "trust") < _half_way(result, "patronage")


def test_misinformation_drops_trust_faster_than_it_recovers():
    result = _run(TRUST, _step(TRUST, "A misinformation incident"))
    drop = _at(result, "trust", 20) - _at(result, "trust", 24)
    recovery = _at(result, "trust", 28) - _at(result, "trust", 24)
    assert drop > 0.05 and drop > recovery > 0
    trust = _preset(TRUST).construct("trust")
    assert trust.tau_rise == 3 * trust.tau_fall  # "falls three times faster than it builds"


def test_a_relevant_influencer_raises_influence_not_trust():
    result = _run(TRUST, _step(TRUST, "Influence is not trust"))
    influence, engagement, trust = (_gain(result, c) for c in ("influence", "engagement", "trust"))
    assert influence > engagement > trust > 0
    assert influence > 5 * trust
