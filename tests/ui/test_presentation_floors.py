"""Presenting each preset full screen, node labels reach the floors of issue 11 (24 px at
1920×1080, 16 px at 1024×768) with no node overlapping another or left out of view, and
the diagram keeps its size from step to step, and leaving puts every node back where the
model has it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from synergy_gui.model.presets import list_presets

PROBE = Path(__file__).with_name("present_probe.py")


@pytest.mark.parametrize(("size", "floor"), [("1920x1080", 24.0), ("1024x768", 16.0)])
def test_every_preset_presented_has_legible_labels_and_nothing_overlaps(
    size: str, floor: float, tmp_path: Path
):
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    run = subprocess.run(
        [sys.executable, str(PROBE), size, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    found = json.loads(run.stdout.strip().splitlines()[-1])
    assert set(found) == {p.name for p in list_presets()}
    for preset, seen in found.items():
        assert seen["label_px"] >= floor, (preset, seen["label_px"])
        assert seen["overlapping"] == [], preset
        assert seen["outside"] == [], preset
        assert seen["placed_as_model"], preset
        assert len(seen["diagram_sizes"]) == 1, (preset, seen["diagram_sizes"])  # no jumps
