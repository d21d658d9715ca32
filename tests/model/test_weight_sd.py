"""The uncertainty of weights in the file: a junction's sd and the model-wide default sd.

Both round-trip through the file, are refused at their place when bad (by the editor and by
the loader alike), and are left out when unset so older files keep their bytes.
"""

from __future__ import annotations

import json

import pytest
from model_builders import build_document

from synergy_gui.model import DocumentFileError, ModelError
from synergy_gui.model.fileformat import load_document, loads_document
from synergy_gui.model.presets import list_presets
from synergy_gui.model.serialize import dumps, to_dict

JUNCTION = "x_interactivity_personalization"


def test_a_junction_sd_and_the_default_sd_survive_a_save_and_load():
    doc = build_document()
    doc.update_junction(JUNCTION, sd=0.07)
    doc.update_settings(default_sd=0.05)
    again = loads_document(dumps(doc))
    assert again.junction(JUNCTION).sd == 0.07
    assert again.settings.default_sd == 0.05
    assert again == doc


def test_unset_sds_are_left_out_of_the_file():
    data = to_dict(build_document())
    assert "sd" not in data["junctions"][0]
    assert "default_sd" not in data["settings"]


def test_every_preset_keeps_its_bytes_through_a_load_and_save():
    for info in list_presets():
        text = info.path.read_text(encoding="utf-8")
        assert dumps(load_document(info.path)) == text, info.name


@pytest.mark.parametrize(
    ("edit", "place"),
    [
        (lambda d, v: d.update_junction(JUNCTION, sd=v), "junctions[0].sd"),
        (lambda d, v: d.update_path("digital_trust__loyalty", sd=v), "paths[2].sd"),
        (lambda d, v: d.update_settings(default_sd=v), "settings.default_sd"),
    ],
)
@pytest.mark.parametrize("bad", [-0.01, float("nan"), float("inf"), 5.0, "wide", True])
def test_a_bad_sd_is_refused_by_the_editor_and_by_the_loader_at_its_place(edit, place, bad):
    with pytest.raises(ModelError) as refused:
        edit(build_document(), bad)
    assert "sd" in str(refused.value)

    doc = build_document()
    edit(doc, 0.1)
    text = dumps(doc).replace('"sd": 0.1', f'"sd": {json.dumps(bad)}')
    text = text.replace('"default_sd": 0.1', f'"default_sd": {json.dumps(bad)}')
    with pytest.raises(DocumentFileError) as caught:
        loads_document(text)
    assert place in [p.location for p in caught.value.problems]


def test_a_default_sd_above_one_is_refused_but_a_junction_sd_of_two_is_accepted():
    doc = build_document()
    doc.update_junction(JUNCTION, sd=2.0)
    with pytest.raises(ModelError, match="between 0 and 1"):
        doc.update_settings(default_sd=1.5)
    doc.update_settings(default_sd=1.0)
    assert loads_document(dumps(doc)) == doc


def test_none_clears_an_sd():
    doc = build_document()
    doc.update_junction(JUNCTION, sd=0.1)
    doc.update_junction(JUNCTION, sd=None)
    doc.update_settings(default_sd=None)
    assert dumps(doc) == dumps(build_document())
