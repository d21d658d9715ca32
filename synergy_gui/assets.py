"""The one door to the shipped resources (presets, schema, icons, help).

The same lookup serves a source checkout (``<repo>/resources``), an installed wheel
(``synergy_gui/resources``, put there by the build) and a frozen bundle (``sys._MEIPASS``).
Nothing else in the program builds paths to assets.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates() -> list[Path]:
    found = [_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        found.insert(0, Path(frozen_root) / "resources")
    return found


@cache
def resources_dir() -> Path:
    """The folder holding the shipped resources."""
    for candidate in _candidates():
        if (candidate / "presets").is_dir():
            return candidate
    tried = ", ".join(str(c) for c in _candidates())
    raise FileNotFoundError(f"Synergy Explorer's resources folder is missing (looked in {tried})")


def resource(*parts: str) -> Path:
    """Path of one shipped resource, e.g. ``resource("schema", "synergy.schema.json")``."""
    return resources_dir().joinpath(*parts)


def presets_dir() -> Path:
    return resources_dir() / "presets"


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / name
