"""The README opens with the two commands, and CI runs exactly the test command."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _readme_commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```bash\n(.+?)\n```", text, flags=re.S)[:2]


def test_readme_starts_with_launch_and_test_commands():
    launch, tests = _readme_commands()
    assert launch.endswith("synergy-explorer")
    assert "pip install ." in launch
    assert "pytest" in tests and "QT_QPA_PLATFORM=offscreen" in tests


def test_ci_runs_the_readme_test_command():
    _, tests = _readme_commands()
    ci_lines = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert tests in ci_lines
