"""``synergy-explorer --smoke-test`` from the source install: a real process, offscreen."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

SUMMARY = re.compile(
    r"^smoke test passed: (?P<stimulus>.+?) (?P<s0>[0-9.]+)→(?P<s1>[0-9.]+) moved "
    r"(?P<levels>.+); saved\+reopened equal; window shown (?P<shown>[0-9.]+) s after launch "
    r"\((?P<cpu>[0-9.]+) s CPU\); "
    r"(?P<total>[0-9.]+) s$"
)
LEVEL = re.compile(r"(?P<label>[^,]+?) (?P<old>[0-9.]+)→(?P<new>[0-9.]+)")


def _smoke(tmp_path: Path, **extra_env: str) -> subprocess.CompletedProcess:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), **extra_env)
    env["XDG_CONFIG_HOME"] = str(home / ".config")
    return subprocess.run(
        [sys.executable, "-m", "synergy_gui", "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )


def test_smoke_test_passes_and_reports_trust_engagement_and_loyalty_moving(tmp_path):
    done = _smoke(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1, done.stdout
    summary = SUMMARY.match(lines[0])
    assert summary, lines[0]
    assert summary["s0"] != summary["s1"]
    levels = {m["label"].strip(): (m["old"], m["new"]) for m in LEVEL.finditer(summary["levels"])}
    assert set(levels) == {"Digital trust", "Brand engagement", "Loyalty"}
    assert all(old != new for old, new in levels.values()), levels
    assert "Traceback" not in done.stderr


def test_smoke_test_leaves_the_users_settings_alone(tmp_path):
    done = _smoke(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    written = [p for p in (tmp_path / "home").rglob("*") if p.is_file()]
    settings = [p for p in written if p.suffix in {".conf", ".ini"} or "Synergy" in str(p)]
    assert settings == []


def test_a_hung_step_ends_the_process_with_the_reason(tmp_path):
    done = _smoke(tmp_path, SYNERGY_EXPLORER_SMOKE_TIMEOUT="0.001")
    assert done.returncode == 3, done.stdout + done.stderr
    assert "smoke test failed: no progress after" in done.stderr
    assert "smoke test passed" not in done.stdout
