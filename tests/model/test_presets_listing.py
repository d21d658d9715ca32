"""Preset listing, and load -> save -> load of every shipped preset."""

from __future__ import annotations

from pathlib import Path

import pytest
from model_builders import build_document

from synergy_gui.cli import main
from synergy_gui.model import DocumentFileError, presets
from synergy_gui.model.fileformat import load_document, save_document
from synergy_gui.model.presets import (
    DEFAULT_PRESET,
    PresetInfo,
    UnknownPresetError,
    list_presets,
    load_preset,
    preset_path,
)

SHIPPED = [
    "synergistic_influence",
    "kol_koc_journey",
    "social_media_integration",
    "trust_influence_engagement",
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Three presets made in the test, a broken one and a file that is not a preset."""
    for name, title in [("b_model", "Beta"), (DEFAULT_PRESET, "The default"), ("a_model", "")]:
        doc = build_document()
        doc.update_meta(title=title, description=f"About {name}.\nSecond line.")
        save_document(doc, tmp_path / f"{name}.synergy.json")
    (tmp_path / "zz_broken.synergy.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    return tmp_path


def test_the_default_comes_first_then_by_name(folder: Path):
    names = [info.name for info in list_presets(folder)]
    assert names == [DEFAULT_PRESET, "a_model", "b_model", "zz_broken"]


def test_title_and_description_come_from_the_meta(folder: Path):
    default, a_model, b_model, broken = list_presets(folder)
    assert default == PresetInfo(
        DEFAULT_PRESET,
        "The default",
        f"About {DEFAULT_PRESET}.\nSecond line.",
        folder / f"{DEFAULT_PRESET}.synergy.json",
    )
    assert (a_model.title, b_model.title, broken.title) == ("A model", "Beta", "Zz broken")
    assert broken.description == ""


def test_preset_path_and_load_preset(folder: Path):
    assert preset_path("b_model", folder) == folder / "b_model.synergy.json"
    doc = load_preset("b_model", folder)
    assert doc.meta.title == "Beta" and doc.constructs == build_document().constructs
    with pytest.raises(DocumentFileError):
        load_preset("zz_broken", folder)


def test_an_unknown_preset_is_refused_with_the_known_names(folder: Path):
    with pytest.raises(UnknownPresetError, match=r"no preset named '\.\./etc'.*a_model, b_model"):
        preset_path("../etc", folder)


def test_the_presets_command_lists_name_title_and_summary(folder, monkeypatch, capsys):
    monkeypatch.setattr(presets, "presets_dir", lambda: folder)
    assert main(["presets"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == [DEFAULT_PRESET, "The", "default", "(default)"]
    assert lines[1].strip() == f"About {DEFAULT_PRESET}. Second line."
    assert lines[2].split() == ["a_model", "A", "model"]
    assert lines[6].split() == ["zz_broken", "Zz", "broken"]
    assert len(lines) == 7


# ------------------------------------------------------------------------ shipped presets
def test_the_shipped_presets_are_all_there_with_the_default_first():
    names = [info.name for info in list_presets()]
    assert len(names) >= 4, names
    assert set(SHIPPED) <= set(names)
    assert names[0] == DEFAULT_PRESET


@pytest.mark.parametrize("info", list_presets(), ids=lambda info: info.name)
def test_a_shipped_preset_survives_load_save_load_byte_for_byte(info: PresetInfo, tmp_path):
    original = info.path.read_bytes()
    doc = load_document(info.path)
    copy = tmp_path / info.path.name
    save_document(doc, copy)
    assert load_document(copy) == doc
    assert copy.read_bytes() == original
    assert info.title.strip() and info.description.strip()
