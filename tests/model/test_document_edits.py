"""Edits of the document: what they change, what they emit, and how undo puts things back."""

from __future__ import annotations

import pytest

from synergy_gui.assets import presets_dir
from synergy_gui.model import Change, ModelDocument, ModelError, Schedule
from synergy_gui.model.fileformat import load_document


def _recording(doc: ModelDocument) -> list[Change]:
    seen: list[Change] = []
    doc.events.connect(seen.append)
    return seen


def test_new_construct_gets_an_id_from_its_label_and_emits_one_add():
    doc = ModelDocument()
    seen = _recording(doc)
    first = doc.new_construct("Digital trust", "organism", (10, 20))
    second = doc.new_construct("Digital trust")
    assert (first.id, second.id) == ("digital_trust", "digital_trust_2")
    assert first.position == (10.0, 20.0)
    assert seen == [
        Change("add", "construct", "digital_trust"),
        Change("add", "construct", "digital_trust_2"),
    ]


def test_removing_a_construct_takes_its_paths_junctions_and_scenario_entries(document):
    removal = document.remove_construct("interactivity")
    assert not document.has_construct("interactivity")
    assert [p.id for p in document.paths] == [
        "personalization__digital_trust",
        "digital_trust__loyalty",
    ]
    assert document.junctions == []
    assert "interactivity" not in document.scenario("Campaign").schedules
    assert list(document.scenario("Series").schedules) == ["personalization"]
    assert [index for index, _ in removal.paths] == [0]
    assert [index for index, _ in removal.junctions] == [0]


def test_restore_after_removal_gives_back_the_identical_document(document):
    before = document.clone()
    removal = document.remove_construct("digital_trust")
    assert document.settings.focus == ["loyalty"]
    assert document.paths == [] and document.junctions == []
    document.restore(removal)
    assert document == before
    assert [c.id for c in document.constructs] == [c.id for c in before.constructs]


def test_multi_delete_and_restore(document):
    before = document.clone()
    removal = document.remove_items({"loyalty", "personalization__digital_trust", "nothing"})
    assert [c.id for c in document.constructs] == [
        "interactivity",
        "personalization",
        "digital_trust",
    ]
    assert [p.id for p in document.paths] == ["interactivity__digital_trust"]
    assert document.scenario("Campaign").clamps == {}
    assert document.scenario("Campaign").weight_overrides == {}
    document.restore(removal)
    assert document == before


def test_updates_return_what_undo_needs(document):
    before = document.clone()
    previous = document.update_construct("digital_trust", label="Trust", tau_rise=8.0)
    assert previous == {"label": "Digital trust", "tau_rise": 4.0}
    old_weight = document.set_weight("interactivity__digital_trust", -0.25)
    assert old_weight == 0.4
    assert document.path("interactivity__digital_trust").weight == -0.25
    document.set_weight("interactivity__digital_trust", old_weight)
    document.update_construct("digital_trust", **previous)
    assert document == before


def test_an_update_to_the_same_value_emits_nothing(document):
    seen = _recording(document)
    document.set_weight("interactivity__digital_trust", 0.4)
    assert seen == []
    document.set_weight("interactivity__digital_trust", 0.45)
    assert seen == [Change("update", "path", "interactivity__digital_trust", ("weight",))]


REFUSED_EDITS = [
    (lambda d: d.set_weight("interactivity__digital_trust", 1.5), "between -1 and 1"),
    (lambda d: d.set_weight("interactivity__digital_trust", float("nan")), "finite"),
    (lambda d: d.update_construct("loyalty", initial=-0.1), "initial must be between 0 and 1"),
    (lambda d: d.update_construct("loyalty", tau_fall=0), "tau_fall must be greater than 0"),
    (lambda d: d.update_construct("loyalty", id="other"), "cannot be set"),
    (lambda d: d.connect("interactivity", "interactivity"), "is a stimulus"),
    (lambda d: d.connect("loyalty", "interactivity"), "is a stimulus"),
    (lambda d: d.connect("interactivity", "digital_trust"), "already a path"),
    (lambda d: d.connect("interactivity", "nowhere"), "no construct with id 'nowhere'"),
    (lambda d: d.new_junction(["interactivity"], "loyalty"), "at least two members"),
    (lambda d: d.new_junction(["loyalty", "interactivity"], "loyalty"), "member and the target"),
    (lambda d: d.update_construct("digital_trust", role="stimulus"), "paths lead into it"),
    (lambda d: d.update_construct("interactivity", role="organism"), "has a schedule"),
    (lambda d: d.update_settings(focus=["loyalty", "ghost"]), "no construct with id 'ghost'"),
    (lambda d: d.set_schedule("Campaign", "loyalty", Schedule()), "only a stimulus"),
    (lambda d: d.set_clamp("Campaign", "loyalty", 2.0), "between 0 and 1"),
    (lambda d: d.set_weight_override("Campaign", "ghost", 0.1), "no path or junction"),
]


@pytest.mark.parametrize(("edit", "reason"), REFUSED_EDITS)
def test_a_refused_edit_says_why_and_changes_nothing(document, edit, reason):
    before = document.clone()
    seen = _recording(document)
    with pytest.raises(ModelError, match=reason):
        edit(document)
    assert document == before
    assert seen == []


def test_a_stimulus_can_become_an_organism_once_its_schedules_are_gone(document):
    document.set_schedule("Campaign", "interactivity", None)
    document.set_schedule("Series", "interactivity", None)
    document.update_construct("interactivity", role="organism")
    assert document.construct("interactivity").role == "organism"


def test_replace_with_takes_the_other_data_and_emits_one_reset(document):
    other = ModelDocument()
    other.new_construct("Only one")
    seen = _recording(document)
    document.replace_with(other)
    assert document == other
    assert seen == [Change("reset", "document")]
    other.update_construct("only_one", label="Changed")  # no sharing between the two
    assert document.construct("only_one").label == "Only one"


def test_a_refused_setting_or_detail_names_its_field_and_no_id():
    document = load_document(presets_dir() / "synergistic_influence.synergy.json")
    with pytest.raises(ModelError, match=r"^settings: dt must be between .* \(got -1\)$"):
        document.update_settings(dt=-1)
    with pytest.raises(ModelError, match=r"^model details: title must be text \(got int\)$"):
        document.update_meta(title=3)
