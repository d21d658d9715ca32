"""Channels and spend plans in the document and the file: round trips, old files unchanged, every
bad value refused with its place and nothing changed, and each edit undone exactly."""

from __future__ import annotations

import copy
import json
import re

import pytest

from synergy_gui.engine import compile_model
from synergy_gui.model import Change, DocumentFileError, ModelDocument, ModelError, Scenario
from synergy_gui.model.channels import Channel, SpendPlan
from synergy_gui.model.elements import Schedule
from synergy_gui.model.fileformat import load_document, loads_document, save_document
from synergy_gui.model.presets import load_preset, preset_path
from synergy_gui.model.serialize import dumps, to_dict
from synergy_gui.model.validation import check_document

PRESET = "synergistic_influence"


def _recording(document: ModelDocument) -> list[Change]:
    seen: list[Change] = []
    document.events.connect(seen.append)
    return seen


def _spending(document: ModelDocument) -> ModelDocument:
    scenario = Scenario("Media plan", description="spend instead of schedules")
    scenario.spend = {
        "community": SpendPlan("flighted", 5000.0, on=3, off=1, start=2),
        "reviews": SpendPlan("series", values=[0.0, 1500.0, 800.0]),
    }
    document.add_scenario(scenario)
    return document


# ------------------------------------------------------------------------------- file
def test_a_model_with_channels_and_spend_round_trips(tmp_path):
    document = _spending(load_preset(PRESET))
    path = tmp_path / "plan.synergy.json"
    save_document(document, path)
    loaded = load_document(path)
    assert loaded == document
    assert loaded.channels[2].plan == SpendPlan("flighted", 6000.0, on=4, off=4, start=0)
    assert loaded.scenario("Media plan").spend == document.scenario("Media plan").spend
    assert dumps(loaded) == path.read_text(encoding="utf-8")


def test_a_file_without_channels_loads_unchanged_and_writes_no_channel_keys():
    data = json.loads(preset_path(PRESET).read_text(encoding="utf-8"))
    del data["channels"]  # the preset as it was before it had channels
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    document = loads_document(text)
    assert document.channels == [] and all(s.spend == {} for s in document.scenarios)
    assert dumps(document) == text
    written = to_dict(document)
    assert "channels" not in written
    assert all("spend" not in s for s in written["scenarios"])


def test_only_the_two_presets_with_a_budget_have_channels():
    assert len(load_preset(PRESET).channels) == 4
    assert len(load_preset("kol_koc_journey").channels) == 5
    assert load_preset("social_media_integration").channels == []
    for name in (PRESET, "kol_koc_journey"):
        for channel in load_preset(name).channels:
            assert "Illustrative, not estimated" in channel.description


def test_each_preset_channel_quotes_the_weekly_spend_that_buys_half_its_lift():
    """The Influencer programme splits its money half and half, so each stimulus gets half the
    lift at 2 x 1,500 = 3,000 a week, not at the 1,500 its text said; θ = 0 read 'an effect
    halves in about no time'."""
    for name in (PRESET, "kol_koc_journey"):
        for channel in load_preset(name).channels:
            found = re.search(r"half the lift at ([\d,]+) a week", channel.description)
            assert found, channel.description
            quoted = float(found.group(1).replace(",", ""))
            for share in channel.drives.values():  # adstocked spend on a stimulus: share · s
                assert share * quoted == pytest.approx(channel.half_saturation, rel=1e-3)
            assert "about no time" not in channel.description


def _places(text: str) -> dict[str, str]:
    with pytest.raises(DocumentFileError) as refused:
        loads_document(text)
    return {p.location: p.message for p in refused.value.problems}


def _preset_data() -> dict:
    return json.loads(preset_path(PRESET).read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "change, place, words",
    [
        (lambda d: d["channels"][2].update(adstock=1.0), "channels[2].adstock", "1"),
        (lambda d: d["channels"][1].update(half_saturation=0.0), "channels[1].half_saturation",
         "0"),
        (lambda d: d["channels"][0]["drives"].update(trust=0.5), "channels[0].drives",
         "1.5"),
        (lambda d: d["channels"][3]["plan"].update(amount=-10.0), "channels[3].plan.amount",
         "-10"),
    ],
)  # fmt: skip
def test_a_bad_channel_in_a_file_is_refused_at_its_place(change, place, words):
    data = _preset_data()
    change(data)
    problems = _places(json.dumps(data))
    assert place in problems and words in problems[place]


def test_the_model_checks_place_what_the_schema_cannot_know():
    document = load_preset(PRESET)
    document.channels[0].drives = {"digital_trust": 1.0}
    document.channels[1].drives = {"personalization": 0.5, "ewom": 0.4}
    scenario = Scenario("S")
    scenario.spend = {"nowhere": SpendPlan("constant", 1.0), "reviews": SpendPlan("constant", -2)}
    document.scenarios.append(scenario)
    problems = {p.location: p.message for p in check_document(document)}
    assert "a channel drives only stimuli" in problems["channels[0].drives.digital_trust"]
    assert "sum to 1 (they sum to 0.9)" in problems["channels[1].drives"]
    index = len(document.scenarios) - 1
    assert "no channel with id 'nowhere'" in problems[f"scenarios[{index}].spend.nowhere"]
    assert "must not be negative" in problems[f"scenarios[{index}].spend.reviews.amount"]


# ------------------------------------------------------------------------------ edits
def _channel(**values) -> Channel:
    return Channel(**{"id": "new", "name": "New channel", "drives": {"ewom": 1.0}, **values})


@pytest.mark.parametrize(
    "values, words",
    [
        ({"adstock": 1.0}, "adstock must be at least 0 and below 1"),
        ({"half_saturation": 0.0}, "half_saturation must be greater than 0"),
        ({"drives": {"loyalty": 1.0}}, "'loyalty' is a response: a channel drives only stimuli"),
        ({"drives": {"ewom": 0.5, "interactivity": 0.3}}, "shares must sum to 1"),
        ({"plan": SpendPlan("constant", -5.0)}, "plan.amount must not be negative"),
        ({"plan": SpendPlan("series", values=[1.0, -1.0])}, "values[1] must not be negative"),
    ],
)
def test_add_channel_refuses_bad_input_with_the_reason_and_changes_nothing(values, words):
    document = load_preset(PRESET)
    before, seen = document.clone(), _recording(document)
    with pytest.raises(ModelError) as refused:
        document.add_channel(_channel(**values))
    assert words in str(refused.value)
    assert document == before and seen == []


def test_add_and_remove_a_channel_with_its_spend_are_undone_exactly():
    document = _spending(load_preset(PRESET))
    before, seen = document.clone(), _recording(document)
    document.add_channel(_channel(), index=1)
    assert [c.id for c in document.channels][:2] == ["community", "new"]
    assert seen == [Change("add", "channel", "new")]
    removal = document.remove_channel("new")
    assert document == before
    removal = document.remove_channel("community")
    assert "community" not in document.scenario("Media plan").spend
    document.restore_channel(removal)
    assert document == before
    assert list(document.scenario("Media plan").spend) == ["community", "reviews"]


def test_update_channel_returns_what_undo_needs_and_refuses_without_changing():
    document = load_preset(PRESET)
    before, seen = document.clone(), _recording(document)
    previous = document.update_channel("reviews", adstock=0.75, name="Reviews")
    assert previous == {"adstock": 0.6, "name": "Reviews and UGC seeding"}
    assert seen == [Change("update", "channel", "reviews", ("adstock", "name"))]
    document.update_channel("reviews", **previous)
    assert document == before
    with pytest.raises(ModelError, match="below 1"):
        document.update_channel("reviews", adstock=1.0, name="Changed")
    with pytest.raises(ModelError, match="'id' cannot be set"):
        document.update_channel("reviews", id="other")
    assert document == before


def test_set_spend_is_one_step_that_undoes_and_refuses_bad_spend():
    document = _spending(load_preset(PRESET))
    before, seen = document.clone(), _recording(document)
    previous = document.set_spend("Media plan", "influencers", SpendPlan("constant", 900.0))
    assert previous is None
    assert list(document.scenario("Media plan").spend) == ["community", "influencers", "reviews"]
    assert seen == [Change("update", "scenario", "Media plan", ("entries",))]
    document.set_spend("Media plan", "influencers", previous)
    assert document == before
    for bad, words in ((SpendPlan("constant", -1.0), "must not be negative"),
                       (SpendPlan("flighted", 1.0, on=0), "on must be between 1")):  # fmt: skip
        with pytest.raises(ModelError, match=words):
            document.set_spend("Media plan", "reviews", bad)
    with pytest.raises(ModelError, match="no channel with id 'tv'"):
        document.set_spend("Media plan", "tv", SpendPlan())
    assert document == before


def test_removing_a_driven_stimulus_rescales_the_other_shares_and_undoes():
    document = _spending(load_preset(PRESET))
    before = document.clone()
    removal = document.remove_construct("kol_credibility")
    assert document.channel("influencers").drives == {"koc_authenticity": 1.0}
    assert not [p for p in check_document(document) if p.severity == "error"]
    document.restore(removal)
    assert document == before
    removal = document.remove_construct("ewom")  # the reviews channel drives nothing else
    assert "reviews" not in [c.id for c in document.channels]
    assert "reviews" not in document.scenario("Media plan").spend
    document.restore(removal)
    assert document == before


def test_a_driven_stimulus_cannot_stop_being_a_stimulus():
    document = load_preset(PRESET)
    document.scenarios.clear()  # no schedule in the way
    before = document.clone()
    with pytest.raises(ModelError, match="driven by channel “Reviews and UGC seeding”"):
        document.update_construct("ewom", role="organism")
    assert document == before


def test_a_scenario_added_with_spend_on_an_unknown_channel_is_refused():
    document = load_preset(PRESET)
    scenario = Scenario("Bad")
    scenario.spend = {"tv": SpendPlan("constant", 1.0)}
    with pytest.raises(ModelError, match="no channel with id 'tv'"):
        document.add_scenario(scenario)
    assert all(s.name != "Bad" for s in document.scenarios)


def test_a_scenario_that_spends_compiles_to_series_schedules_of_its_stimuli():
    document = _spending(load_preset(PRESET))
    model = compile_model(document, "Media plan")
    plans = {p.construct_id: p for p in model.plans}
    assert plans["interactivity"].schedule.kind == "series"
    assert plans["ewom"].schedule.values[0] == pytest.approx(0.3)  # no spend in week 0
    assert plans["personalization"].schedule is None  # no spend on that channel here
    assert document.scenario("Media plan").schedules == {}
    copied = copy.deepcopy(document.scenario("Media plan"))
    assert copied == document.scenario("Media plan")


def test_a_role_is_named_with_its_article_where_a_non_stimulus_is_refused():
    """'digital_trust' is a organism → 'is an organism' (channels, schedules, story levels)."""
    from synergy_gui.model.story import StoryStep

    document = load_preset("synergistic_influence")
    with pytest.raises(ModelError, match="'digital_trust' is an organism: a channel drives"):
        document.update_channel("reviews", drives={"digital_trust": 1.0})
    with pytest.raises(ModelError, match="“Digital trust” is an organism: only a stimulus"):
        document.set_schedule("Baseline", "digital_trust", Schedule("constant", level=0.5))
    document.scenarios[0].schedules["digital_trust"] = Schedule("constant", level=0.5)
    document.story.steps.append(StoryStep("Bad", levels={"loyalty": 0.5}))
    messages = " | ".join(p.message for p in check_document(document))
    assert "'digital_trust' is an organism" in messages and "'loyalty' is a response" in messages
    assert " a organism" not in messages


def test_a_refused_channel_edit_reads_as_a_sentence_about_the_channel():
    document = load_preset("synergistic_influence")
    channel = document.channels[0]
    with pytest.raises(ModelError) as refused:
        document.update_channel(channel.id, drives={"zz": 1.0})
    said = str(refused.value)
    assert said == (f"channel “{channel.name}”, drives.zz: there is no construct with id 'zz'.")
    with pytest.raises(ModelError, match=r"^channel “.*”, adstock must be at least 0 and below"):
        document.update_channel(channel.id, adstock=3.0)


def test_a_bipolar_model_s_channel_may_start_below_zero_and_a_unipolar_one_may_not():
    document = load_preset("synergistic_influence")
    with pytest.raises(ModelError, match=r"zero_level must be between 0 and 1 \(got -0.5\)"):
        document.update_channel("community", zero_level=-0.5)
    document.update_settings(level_range="bipolar")
    document.update_channel("community", zero_level=-0.5)  # no spend: clearly below neutral
    assert document.channel("community").zero_level == -0.5
    reloaded = loads_document(dumps(document))
    assert reloaded.channel("community").zero_level == -0.5
    with pytest.raises(ModelError, match=r"channel 'community' is -0.5, below 0"):
        document.update_settings(level_range="unipolar")
    assert document.settings.level_range == "bipolar"


def test_no_spend_keeps_a_bipolar_stimulus_below_zero_and_spend_lifts_it():
    from synergy_gui.engine.budget import resolve_spend

    document = load_preset("synergistic_influence")
    document.update_settings(level_range="bipolar")
    document.update_channel("community", zero_level=-0.5, saturation_level=0.9)
    scenario = document.scenarios[0]
    document.set_spend(scenario.name, "community", SpendPlan("constant", 0.0))
    levels = resolve_spend(document, document.scenario(scenario.name)).schedules["interactivity"]
    assert levels.values[0] == pytest.approx(-0.5)  # before: clipped up to 0
    document.set_spend(scenario.name, "community", SpendPlan("constant", 1e9))
    levels = resolve_spend(document, document.scenario(scenario.name)).schedules["interactivity"]
    assert levels.values[-1] == pytest.approx(0.9, abs=1e-3)
