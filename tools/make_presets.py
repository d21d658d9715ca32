"""Write the shipped presets (resources/presets/*.synergy.json) from tools/presetlib.

Each preset carries its teaching story from tools/preset_stories.py, checked by the
document like any story a user makes.

Re-runnable: the same code gives byte-identical files. ``--out DIR`` writes elsewhere
(the tests use it to check that the committed files are up to date).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import ModuleType

from preset_stories import STORIES
from presetlib import (
    kol_koc_journey,
    social_media_integration,
    synergistic_influence,
    trust_influence_engagement,
)
from presetlib.channels import channels_for

from synergy_gui.model import ModelDocument
from synergy_gui.model.serialize import dumps

PRESETS = (
    synergistic_influence,
    kol_koc_journey,
    social_media_integration,
    trust_influence_engagement,
)
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "resources" / "presets"


def write_presets(out: Path) -> list[Path]:
    """Build every preset and write it into ``out``; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for module in PRESETS:
        target = out / module.FILE_NAME
        target.write_bytes(dumps(build_with_story(module)).encode("utf-8"))
        written.append(target)
    return written


def build_with_story(module: ModuleType) -> ModelDocument:
    """The preset ``module`` builds, with its story (refused if it names what is missing)
    and its channels."""
    document = module.build()
    document.set_story(STORIES[module.FILE_NAME](document))
    for channel in channels_for(module.FILE_NAME):  # the budget layer's, illustrative
        document.add_channel(channel)
    return document


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder to write into")
    args = parser.parse_args(argv)
    for path in write_presets(args.out):
        print(path.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
