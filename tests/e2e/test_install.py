"""A fresh virtualenv, ``pip install .`` (not editable), then the headless commands work
from a folder outside the checkout, on the resources the wheel carries."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHIPPED = {
    "synergistic_influence",
    "kol_koc_journey",
    "social_media_integration",
    "trust_influence_engagement",
}


def _run(command: list[str], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    result = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert "Traceback" not in result.stdout + result.stderr, result.stdout + result.stderr
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the venv's bin folder, an empty folder outside the checkout to run in)."""
    root = tmp_path_factory.mktemp("install")
    venv = root / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], cwd=root)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    pip = _run(
        [str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(REPO)],
        cwd=root,
        timeout=1800,
    )
    assert pip.returncode == 0, pip.stdout + pip.stderr
    elsewhere = root / "elsewhere"
    elsewhere.mkdir()
    return bin_dir, elsewhere


@pytest.mark.slow
def test_the_installed_package_is_a_copy_not_the_checkout(installed):
    bin_dir, elsewhere = installed
    script = (
        "import synergy_gui, synergy_gui.assets as a;"
        "print(synergy_gui.__file__); print(a.presets_dir()); print(a.resource('schema'))"
    )
    result = _run([str(bin_dir / "python"), "-c", script], cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    venv = bin_dir.parent.resolve()
    for line in result.stdout.splitlines():
        assert Path(line).resolve().is_relative_to(venv), line


@pytest.mark.slow
def test_presets_lists_at_least_four_from_outside_the_checkout(installed):
    bin_dir, elsewhere = installed
    result = _run([str(bin_dir / "synergy-explorer"), "presets"], cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    names = [line.split()[0] for line in result.stdout.splitlines() if not line.startswith(" ")]
    assert len(names) >= 4, result.stdout
    assert set(names) >= SHIPPED
    assert names[0] == "synergistic_influence"


@pytest.mark.slow
def test_validate_passes_on_every_installed_preset(installed):
    bin_dir, elsewhere = installed
    where = _run(
        [str(bin_dir / "python"), "-c", "import synergy_gui.assets as a; print(a.presets_dir())"],
        cwd=elsewhere,
    )
    files = sorted(Path(where.stdout.strip()).glob("*.synergy.json"))
    assert {f.name.removesuffix(".synergy.json") for f in files} >= SHIPPED
    result = _run([str(bin_dir / "synergy-explorer"), "validate", *map(str, files)], cwd=elsewhere)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines() == [f"{f}: OK" for f in files]
