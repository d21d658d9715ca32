"""The shipped example models (``resources/presets/*.synergy.json``), default first."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from synergy_gui.assets import presets_dir
from synergy_gui.model.document import ModelDocument
from synergy_gui.model.errors import ModelError
from synergy_gui.model.fileformat import load_document
from synergy_gui.model.phrases import phrase

DEFAULT_PRESET = "synergistic_influence"
SUFFIX = ".synergy.json"


class UnknownPresetError(ModelError):
    """A preset name that is not shipped; the message lists the ones that are."""


@dataclass(frozen=True)
class PresetInfo:
    """What a preset menu shows: the name to open it by, its title and description."""

    name: str
    title: str
    description: str
    path: Path


def list_presets(folder: Path | None = None) -> list[PresetInfo]:
    """The presets in ``folder`` (default: the shipped ones), the default model first."""
    folder = presets_dir() if folder is None else folder
    files = sorted(p for p in folder.glob(f"*{SUFFIX}") if p.is_file())
    found = [_info(p) for p in files]
    return sorted(found, key=lambda info: (info.name != DEFAULT_PRESET, info.name))


def preset_path(name: str, folder: Path | None = None) -> Path:
    """The file of a preset, by name (file name without ``.synergy.json``)."""
    presets = {info.name: info.path for info in list_presets(folder)}
    if not presets:
        raise UnknownPresetError(
            phrase("there is no preset named {name!r} (known: none are installed)", name=name)
        )
    if name not in presets:
        known = ", ".join(presets)
        raise UnknownPresetError(
            phrase("there is no preset named {name!r} (known: {known})", name=name, known=known)
        )
    return presets[name]


def load_preset(name: str, folder: Path | None = None) -> ModelDocument:
    """Open a preset; a broken one raises DocumentFileError like any other file (the JSON
    Schema check is left to the test suite: see :func:`load_document_with_warnings`)."""
    return load_document(preset_path(name, folder), schema=False)


def _info(path: Path) -> PresetInfo:
    name = path.name[: -len(SUFFIX)]
    meta = _meta(path)
    title = meta.get("title")
    description = meta.get("description")
    return PresetInfo(
        name=name,
        title=title if isinstance(title, str) and title.strip() else _title_from(name),
        description=description if isinstance(description, str) else "",
        path=path,
    )


def _meta(path: Path) -> dict:
    """The ``meta`` object of a file, or {} when it cannot be read (``validate`` says why)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    meta = data.get("meta") if isinstance(data, dict) else None
    return meta if isinstance(meta, dict) else {}


def _title_from(name: str) -> str:
    return name.replace("_", " ").capitalize()
