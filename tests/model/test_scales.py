"""Wider models: unstandardised weights, bipolar levels, self-loops and FCM thresholds.

Each setting is left out of the file at its default (presets keep their bytes); with it, the
file, the editor and the validator accept what the setting allows and nothing more.
"""

from __future__ import annotations

import re

import pytest
from model_builders import build_document, model_data, write_model

from synergy_gui.model import ModelError, Schedule
from synergy_gui.model.errors import DocumentFileError
from synergy_gui.model.fileformat import load_document, load_document_with_warnings
from synergy_gui.model.serialize import dumps, to_dict
from synergy_gui.model.validation import check_document

BOLLEN = 1.48  # ind60 -> dem60 in Bollen's (1989) political democracy model, unstandardised


def _settings(**values):
    return lambda data: data["settings"].update(values)


def _both(*edits):
    def edit(data):
        for one in edits:
            one(data)

    return edit


# ------------------------------------------------------------------ unstandardised weights
def test_a_weight_beyond_one_is_refused_with_the_setting_that_allows_it(tmp_path):
    path = write_model(tmp_path, "m.json", lambda d: d["paths"][0].update(weight=BOLLEN))
    with pytest.raises(DocumentFileError) as caught:
        load_document(path)
    assert [(p.location, p.message) for p in caught.value.problems] == [
        ("paths[0].weight", "must be between -1 and 1 (got 1.48)")
    ]


def test_unstandardised_weights_load_with_a_warning_and_keep_their_value(tmp_path):
    edit = _both(
        _settings(weight_scale="unstandardised"), lambda d: d["paths"][0].update(weight=BOLLEN)
    )
    document, warnings = load_document_with_warnings(write_model(tmp_path, "m.json", edit))
    assert document.paths[0].weight == BOLLEN
    assert document.settings.weight_scale == "unstandardised"
    assert [(w.location, w.severity) for w in warnings] == [("settings.weight_scale", "warning")]
    assert "paths[0].weight, is 1.48" in warnings[0].message


def test_the_editor_accepts_a_large_weight_only_once_the_model_says_unstandardised(document):
    with pytest.raises(ModelError, match=re.escape('settings.weight_scale "unstandardised"')):
        document.set_weight("interactivity__digital_trust", BOLLEN)
    document.update_settings(weight_scale="unstandardised")
    document.set_weight("interactivity__digital_trust", BOLLEN)
    document.set_weight_override("Campaign", "personalization__digital_trust", -2.5)
    assert document.path("interactivity__digital_trust").weight == BOLLEN
    with pytest.raises(ModelError, match="between -100 and 100"):
        document.set_weight("interactivity__digital_trust", 150.0)


def test_the_weights_cannot_be_called_standardised_while_one_is_beyond_one(document):
    document.update_settings(weight_scale="unstandardised")
    document.set_weight("interactivity__digital_trust", BOLLEN)
    before = document.clone()
    with pytest.raises(ModelError, match=re.escape("'interactivity__digital_trust' is 1.48")):
        document.update_settings(weight_scale="standardised")
    assert document == before


def test_the_scale_settings_are_written_only_when_not_the_default():
    document = build_document()
    assert "weight_scale" not in to_dict(document)["settings"]
    assert "level_range" not in to_dict(document)["settings"]
    document.update_settings(weight_scale="unstandardised", level_range="bipolar")
    written = to_dict(document)["settings"]
    assert (written["weight_scale"], written["level_range"]) == ("unstandardised", "bipolar")


def test_a_misspelt_scale_is_refused_at_its_place(tmp_path):
    path = write_model(tmp_path, "m.json", _settings(weight_scale="raw", level_range="both"))
    with pytest.raises(DocumentFileError) as caught:
        load_document(path)
    places = [p.location for p in caught.value.problems]
    assert places == ["settings.level_range", "settings.weight_scale"]


# ------------------------------------------------------------------------ bipolar levels
def _bipolar_levels(data):
    data["constructs"][2].update(initial=-0.4, baseline=-0.2)
    data["scenarios"][0]["clamps"]["loyalty"] = -0.6
    data["scenarios"][0]["schedules"]["interactivity"].update(base=-1.0)
    data["scenarios"][1]["schedules"]["personalization"]["values"] = [-0.5, 0.0, 0.5]


def test_negative_levels_are_refused_in_a_unipolar_model_at_each_place(tmp_path):
    with pytest.raises(DocumentFileError) as caught:
        load_document(write_model(tmp_path, "m.json", _bipolar_levels))
    assert sorted(p.location for p in caught.value.problems) == [
        "constructs[2].baseline",
        "constructs[2].initial",
        "scenarios[0].clamps.loyalty",
        "scenarios[0].schedules.interactivity.base",
        "scenarios[1].schedules.personalization.values[0]",
    ]


def test_a_bipolar_model_holds_negative_levels_everywhere(tmp_path):
    edit = _both(_settings(level_range="bipolar", activation={"kind": "tanh"}), _bipolar_levels)
    document, warnings = load_document_with_warnings(write_model(tmp_path, "m.json", edit))
    assert document.construct("digital_trust").initial == -0.4
    assert document.scenario("Campaign").clamps["loyalty"] == -0.6
    assert warnings == []
    assert (
        load_document(write_model(tmp_path, "again.json", lambda d: d.update(to_dict(document))))
        == document
    )


def test_bipolar_levels_with_a_clip_activation_are_warned_about(tmp_path):
    path = write_model(tmp_path, "m.json", _settings(level_range="bipolar"))
    _, warnings = load_document_with_warnings(path)
    assert [w.location for w in warnings] == ["settings.level_range"]
    assert "clip activation keeps them in [0, 1]" in warnings[0].message


def test_the_editor_follows_the_level_range(document):
    with pytest.raises(ModelError, match=re.escape('settings.level_range "bipolar"')):
        document.update_construct("digital_trust", initial=-0.5)
    document.update_settings(level_range="bipolar")
    document.update_construct("digital_trust", initial=-0.5)
    document.set_clamp("Campaign", "loyalty", -1.0)
    document.set_schedule("Campaign", "interactivity", Schedule("series", values=[-1.0, 1.0]))
    with pytest.raises(ModelError, match="between -1 and 1"):
        document.update_construct("digital_trust", baseline=-1.5)
    before = document.clone()
    with pytest.raises(ModelError, match=re.escape("'digital_trust' is -0.5")):
        document.update_settings(level_range="unipolar")
    assert document == before


# ---------------------------------------------------------------------------- self-loops
def test_a_self_loop_is_a_path_that_saves_and_loads(document, tmp_path):
    loop = document.connect("digital_trust", "digital_trust", 0.4)
    assert (loop.source, loop.target, loop.weight) == ("digital_trust", "digital_trust", 0.4)
    path = tmp_path / "loop.synergy.json"
    path.write_text(dumps(document), encoding="utf-8")
    assert load_document(path) == document
    with pytest.raises(ModelError, match="already a path"):
        document.connect("digital_trust", "digital_trust", 0.2)


# -------------------------------------------------------------------- FCM threshold
@pytest.mark.parametrize(("rule", "threshold"), [("sor", 0.5), ("kosko", 0.0), ("rescaled", 0.0)])
def test_a_threshold_left_out_of_the_file_is_zero_under_the_fcm_rules(tmp_path, rule, threshold):
    def edit(data):
        data["settings"]["update_rule"] = rule
        data["settings"]["activation"] = {"kind": "logistic", "gain": 1.0}
        del data["constructs"][3]["activation"]["threshold"]

    document = load_document(write_model(tmp_path, "m.json", edit))
    assert document.settings.activation.threshold == threshold
    assert document.construct("loyalty").activation.threshold == threshold


def test_a_threshold_the_file_gives_is_kept_under_the_fcm_rules(tmp_path):
    data = model_data(_settings(update_rule="kosko"))
    assert data["settings"]["activation"]["threshold"] == 0.5
    path = write_model(tmp_path, "m.json", _settings(update_rule="kosko"))
    assert load_document(path).settings.activation.threshold == 0.5


def test_a_scale_of_the_wrong_type_is_reported_at_its_place_not_a_crash():
    document = build_document()
    document.settings.level_range = ["bipolar"]  # only code can do this; a file is refused
    document.settings.weight_scale = {"raw": True}
    problems = [(p.location, p.severity) for p in check_document(document)]
    assert problems == [("settings.weight_scale", "error"), ("settings.level_range", "error")]


# ------------------------------------------------------- narrowing checks every held value
def test_a_scenario_weight_override_beyond_one_keeps_the_weights_unstandardised(document):
    """An override of 2.5 left under standardised weights made a file that would not reopen
    (scenarios[0].weight_overrides...: must be between -1 and 1)."""
    document.update_settings(weight_scale="unstandardised")
    document.set_weight_override("Campaign", "personalization__digital_trust", -2.5)
    before = document.clone()
    with pytest.raises(ModelError, match=re.escape("'personalization__digital_trust' in scenario")):
        document.update_settings(weight_scale="standardised")
    assert document == before
    junction = document.junctions[0].id
    document.set_weight_override("Campaign", "personalization__digital_trust", 0.1)
    document.set_weight_override("Series", junction, 3.0)
    with pytest.raises(ModelError, match=re.escape(f"{junction!r} in scenario “Series” is 3")):
        document.update_settings(weight_scale="standardised")
    document.set_weight_override("Series", junction, 1.0)
    document.update_settings(weight_scale="standardised")
    assert check_document(document) == []


def test_a_story_step_below_zero_keeps_the_levels_bipolar(document):
    """A story step's slider level of -0.5 left under unipolar levels made a file that would
    not reopen (story.steps[0].levels.interactivity: must be between 0 and 1)."""
    from synergy_gui.model.story import StoryStep

    document.update_settings(level_range="bipolar")
    document.add_story_step(StoryStep("Low", levels={"interactivity": -0.5}))
    before = document.clone()
    with pytest.raises(ModelError, match=re.escape("'interactivity' in story step 1 is -0.5")):
        document.update_settings(level_range="unipolar")
    assert document == before
    document.update_story_step(0, levels={"interactivity": 0.0})
    document.update_settings(level_range="unipolar")
    assert check_document(document) == []
