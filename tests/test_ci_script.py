"""``.ci/run`` runs every step it promises, in order, and stops non-zero at any failure.

The script runs for real, on a copy of it in a temporary checkout, with a stand-in
``python3`` on the PATH: ``python3 -m venv DIR`` makes DIR/bin/{pip,python,ruff} that only
log their arguments (and fail when told to), so nothing is installed or tested twice here.
Everything else ``python3`` is asked (reading pyproject.toml) runs the real Python.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")

FAKE_PYTHON3 = """#!{python}
import os, sys

def log(line):
    with open(os.environ["CI_LOG"], "a", encoding="utf-8") as stream:
        stream.write(line + "\\n")

args = sys.argv[1:]
if args[:2] == ["-m", "venv"]:
    line = "python3 " + " ".join(args)
    log(line)
    if os.environ.get("FAIL") and os.environ["FAIL"] in line:
        sys.exit(1)
    folder = os.path.join(args[2], "bin")
    os.makedirs(folder, exist_ok=True)
    for tool in ("pip", "python", "ruff"):
        path = os.path.join(folder, tool)
        with open(path, "w", encoding="utf-8") as stream:
            stream.write(
                '#!/bin/sh\\nexec "{python}" "{stub}" "%s" "%s" "$@"\\n' % (args[2], tool)
            )
        os.chmod(path, 0o755)
else:
    os.execv(sys.executable, [sys.executable, *args])
"""

STUB = """import os, sys

venv, tool, *args = sys.argv[1:]
line = " ".join([venv, tool, *args])
with open(os.environ["CI_LOG"], "a", encoding="utf-8") as stream:
    stream.write(line + "\\n")
if args[:2] == ["-c", "import PySide6"]:
    sys.exit(0 if os.environ.get("PYSIDE_IN") == venv else 1)
sys.exit(1 if os.environ.get("FAIL") and os.environ["FAIL"] in line else 0)
"""

#: The steps in the order .ci/run must run them (a substring of each logged line).
STEPS = [
    "python3 -m venv .venv",
    ".venv pip install -e .[test,package]",
    ".venv python -m pytest",
    ".venv ruff check .",
    ".venv ruff format --check .",
    "python3 -m venv .venv-noqt",
    ".venv-noqt pip install -r",
    ".venv-noqt pip install --no-deps -e .",
    ".venv-noqt python -c import PySide6",
    ".venv-noqt python -m pytest tests/model tests/engine tests/io -p no:qt",
]


def _run_ci(tmp_path: Path, **env: str) -> tuple[int, list[str], Path]:
    """Run a copy of .ci/run in a temporary checkout; its status, its log and the checkout."""
    checkout = tmp_path / "checkout"
    (checkout / ".ci").mkdir(parents=True)
    shutil.copy2(REPO / ".ci" / "run", checkout / ".ci" / "run")
    shutil.copy2(REPO / "pyproject.toml", checkout / "pyproject.toml")
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    stub = tmp_path / "stub.py"
    stub.write_text(STUB, encoding="utf-8")
    python3 = fake_bin / "python3"
    python3.write_text(FAKE_PYTHON3.format(python=sys.executable, stub=stub), encoding="utf-8")
    python3.chmod(0o755)
    log = tmp_path / "ci.log"
    log.touch()
    environ = {
        **{k: v for k, v in os.environ.items() if k not in ("FAIL", "PYSIDE_IN")},
        "PATH": f"{fake_bin}{os.pathsep}{os.environ.get('PATH', '')}",
        "CI_LOG": str(log),
        **env,
    }
    result = subprocess.run(
        ["bash", str(checkout / ".ci" / "run")],
        env=environ,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.returncode, log.read_text(encoding="utf-8").splitlines(), checkout


def _positions(lines: list[str]) -> list[int]:
    """Where each step appears in the log (-1 where it does not)."""
    return [next((i for i, line in enumerate(lines) if step in line), -1) for step in STEPS]


def test_every_step_runs_in_order_and_ci_passes(tmp_path: Path):
    status, lines, _ = _run_ci(tmp_path)
    assert status == 0, lines
    positions = _positions(lines)
    assert -1 not in positions, [s for s, p in zip(STEPS, positions, strict=True) if p < 0]
    assert positions == sorted(positions), lines


def test_the_qt_free_virtualenv_gets_the_dependencies_without_qt(tmp_path: Path):
    status, _, checkout = _run_ci(tmp_path)
    assert status == 0
    wanted = (checkout / ".venv-noqt" / "requirements-noqt.txt").read_text().lower().split()
    names = {requirement.split(">")[0].split("=")[0].split("<")[0] for requirement in wanted}
    assert {"numpy", "networkx", "matplotlib", "jsonschema", "platformdirs"} <= names
    assert {"pytest", "hypothesis"} <= names
    assert not any(name.startswith(("pyside6", "shiboken6", "pytest-qt")) for name in names)


@pytest.mark.parametrize(
    "failing",
    [
        "python3 -m venv .venv",
        ".venv pip install -e",  # inside the README's `a && b && c` line: set -e lets it by
        ".venv python -m pytest",
        ".venv ruff check .",
        ".venv ruff format --check .",
        "python3 -m venv .venv-noqt",
        ".venv-noqt pip install -r",
        ".venv-noqt pip install --no-deps",
        ".venv-noqt python -m pytest",
    ],
)
def test_any_failing_step_stops_ci_with_a_non_zero_status(tmp_path: Path, failing: str):
    status, lines, _ = _run_ci(tmp_path, FAIL=failing)
    assert status != 0
    assert failing in lines[-1], lines  # nothing ran after the failure


def test_pyside6_in_the_qt_free_virtualenv_fails_ci(tmp_path: Path):
    status, lines, _ = _run_ci(tmp_path, PYSIDE_IN=".venv-noqt")
    assert status != 0
    assert not any("-p no:qt" in line for line in lines)


def test_the_script_is_strict_and_executable():
    script = REPO / ".ci" / "run"
    assert "set -euo pipefail" in script.read_text(encoding="utf-8").splitlines()
    assert os.access(script, os.X_OK)
