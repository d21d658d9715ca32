"""Merging an imported study into the open model: new constructs and paths are added to the
right of the diagram, a path both have takes the study's weight and sd, the open model's own
constructs stay as they are, and what cannot be merged is left out and said."""

from __future__ import annotations

from synergy_gui.io.lavaan import parse_lavaan
from synergy_gui.io.study_merge import MERGE_GAP, merge_documents
from synergy_gui.model.presets import load_preset

STUDY = """\
digital_trust ~ 0.45*interactivity + 0.2*newsletter
loyalty ~ 0.6*digital_trust
"""


def test_merge_adds_what_is_new_and_updates_the_weights_of_paths_both_have():
    current = load_preset("synergistic_influence")
    before = current.clone()
    imported = parse_lavaan(STUDY, "study.lav").document
    imported.paths[-1].sd = 0.05  # digital_trust -> loyalty, as from an estimates table
    outcome = merge_documents(current, imported)
    merged = outcome.document
    assert current == before  # the open document is not touched
    assert [c.id for c in merged.constructs] == [*(c.id for c in before.constructs), "newsletter"]
    newsletter = merged.construct("newsletter")
    assert newsletter.role == "stimulus"
    right_edge = max(c.position[0] for c in before.constructs)
    assert newsletter.position[0] >= right_edge + MERGE_GAP - 1e-9  # beside, not on top
    added = merged.find_path("interactivity", "digital_trust")
    assert added is not None and added.weight == 0.45
    updated = merged.find_path("digital_trust", "loyalty")
    assert (updated.weight, updated.sd) == (0.6, 0.05)
    assert updated.id == before.find_path("digital_trust", "loyalty").id
    # the open model's constructs keep their labels (the study calls them by their ids)
    assert merged.construct("digital_trust").label == before.construct("digital_trust").label
    assert sorted(outcome.added) == sorted(["newsletter", added.id, "newsletter__digital_trust"])
    assert outcome.updated == [updated.id]
    assert outcome.left_out == []
    untouched = before.find_path("ewom", "digital_trust")
    assert merged.find_path("ewom", "digital_trust") == untouched


def test_a_path_the_open_model_cannot_take_is_left_out_and_said():
    current = load_preset("synergistic_influence")
    imported = parse_lavaan("interactivity ~ 0.3*loyalty\n", "study.lav").document
    outcome = merge_documents(current, imported)
    assert outcome.document.find_path("loyalty", "interactivity") is None
    assert len(outcome.left_out) == 1
    assert outcome.left_out[0].startswith("path loyalty → interactivity:")
    assert "1 left out" in outcome.summary()


def test_a_junction_both_have_takes_the_studys_weight():
    current = load_preset("synergistic_influence")
    junction = current.junctions[0]
    members = " : ".join(junction.members).replace(" ", "")
    study = f"{junction.target} ~ 0.123*{members}\n"
    outcome = merge_documents(current, parse_lavaan(study, "study.lav").document)
    assert outcome.document.junction(junction.id).weight == 0.123
    assert outcome.updated == [junction.id]
    assert len(outcome.document.junctions) == len(current.junctions)


def test_an_unstandardised_study_widens_the_open_models_scale_and_keeps_its_weights():
    current = load_preset("synergistic_influence")
    imported = parse_lavaan("loyalty ~ 1.48*digital_trust\n", "bollen.lav").document
    outcome = merge_documents(current, imported)
    merged = outcome.document
    assert merged.settings.weight_scale == "unstandardised"
    assert merged.find_path("digital_trust", "loyalty").weight == 1.48
    assert outcome.left_out == []
    assert current.settings.weight_scale == "standardised"  # the open model is not changed
