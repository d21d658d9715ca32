"""Benchmark of ``synergy-explorer validate`` on large and hostile files (a script, not a test).

Run: ``.venv/bin/python tests/bench/bench_validate.py [CLI ...]``. Writes the files to a temporary
folder, then times the CLI (default: this checkout's ``python -m synergy_gui validate``; pass
another command, e.g. an older checkout's interpreter and module, to compare) on each of them:
a valid file of about 20 MB at the construct limit, 20,000 paths from missing constructs, a
junction with 5,000 members, 5,000 constructs with 20,000 paths of a bad weight, and a focus
list of 20,000 missing ids. Prints seconds, the exit status and the report's length in lines.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

N_CONSTRUCTS = 5_000
N_PATHS = 20_000
TARGET_BYTES = 19_500_000


def _construct(index: int, role: str, description: str = "") -> dict[str, Any]:
    return {
        "id": f"c{index}",
        "label": f"Construct {index}",
        "role": role,
        "initial": 0.5,
        "baseline": 0.5,
        "tau_rise": 2.0,
        "tau_fall": 1.0,
        "position": [float(index % 100) * 50.0, float(index // 100) * 50.0],
        "description": description,
        "references": [],
    }


def _paths(count: int, constructs: int, stimuli: int, weight: float = 0.01) -> list[dict]:
    paths = []
    for index in range(count):
        source = index % constructs
        target = stimuli + (index * 7 + index // constructs + 1) % (constructs - stimuli)
        if target == source:
            target = stimuli + (target - stimuli + 1) % (constructs - stimuli)
        paths.append(
            {"id": f"p{index}", "source": f"c{source}", "target": f"c{target}", "weight": weight}
        )
    return _unique_pairs(paths)


def _unique_pairs(paths: list[dict]) -> list[dict]:
    seen: set[tuple[str, str]] = set()
    kept = []
    for path in paths:
        pair = (path["source"], path["target"])
        if pair not in seen and pair[0] != pair[1]:
            seen.add(pair)
            kept.append(path)
    return kept


def _base(constructs: list[dict], **parts: Any) -> dict[str, Any]:
    settings = {"horizon": 10, "focus": []}
    return {"format": "synergy-explorer", "version": 1, "settings": settings,
            "constructs": constructs, **parts}  # fmt: skip


def _many_constructs(description: str = "") -> list[dict]:
    return [
        _construct(i, "stimulus" if i < 100 else "organism", description)
        for i in range(N_CONSTRUCTS)
    ]


def valid_20mb() -> dict[str, Any]:
    """At the construct limit, 20,000 paths, 500 junctions, descriptions filling it to ~20 MB."""
    paths = _paths(N_PATHS, N_CONSTRUCTS, 100)
    junctions = [
        {"id": f"j{i}", "members": [f"c{i % 100}", f"c{(i + 1) % 100}"],
         "target": f"c{100 + i}", "weight": 0.0}
        for i in range(500)
    ]  # fmt: skip
    data = _base(_many_constructs(), paths=paths, junctions=junctions)
    filler = TARGET_BYTES - len(json.dumps(data))
    per = max(0, filler // N_CONSTRUCTS)
    for construct in data["constructs"]:
        construct["description"] = "x" * min(per, 20_000)
    return data


def dangling_paths() -> dict[str, Any]:
    """20,000 paths whose sources are all missing."""
    constructs = [_construct(0, "stimulus"), _construct(1, "organism")]
    paths = [
        {"id": f"p{i}", "source": f"missing{i}", "target": "c1", "weight": 0.1}
        for i in range(N_PATHS)
    ]
    return _base(constructs, paths=paths)


def wide_junction() -> dict[str, Any]:
    """One junction of 5,000 members (the stimuli) into one construct."""
    constructs = [_construct(i, "stimulus") for i in range(N_CONSTRUCTS - 1)]
    constructs.append(_construct(N_CONSTRUCTS - 1, "organism"))
    members = [c["id"] for c in constructs[:-1]]
    junction = {"id": "j", "members": members, "target": constructs[-1]["id"], "weight": 0.5}
    return _base(constructs, junctions=[junction])


def bad_weights() -> dict[str, Any]:
    """5,000 constructs and 20,000 paths, every weight 7."""
    return _base(_many_constructs(), paths=_paths(N_PATHS, N_CONSTRUCTS, 100, weight=7.0))


def dangling_focus() -> dict[str, Any]:
    """A focus list of 20,000 ids that name nothing, beside 5,000 constructs."""
    data = _base(_many_constructs(), paths=_paths(N_PATHS, N_CONSTRUCTS, 100))
    data["settings"]["focus"] = [f"missing{i}" for i in range(N_PATHS)]
    return data


FILES: dict[str, Callable[[], dict[str, Any]]] = {
    "valid-20mb": valid_20mb,
    "dangling-paths": dangling_paths,
    "wide-junction": wide_junction,
    "bad-weights": bad_weights,
    "dangling-focus": dangling_focus,
}


def time_cli(command: list[str], path: Path, cwd: str | None) -> tuple[float, int, int]:
    """Seconds, exit status and report lines of one ``validate`` run."""
    start = time.perf_counter()
    done = subprocess.run(
        [*command, "validate", str(path)], capture_output=True, text=True, cwd=cwd, check=False
    )
    return time.perf_counter() - start, done.returncode, len(done.stdout.splitlines())


def main(argv: list[str]) -> None:
    """Write the files, then time the CLI on each."""
    command = argv or [sys.executable, "-m", "synergy_gui"]
    cwd = os.environ.get("BENCH_CWD")
    with open("/proc/loadavg", encoding="ascii") as stream:
        print(f"load average before: {stream.read().strip()}")
    with tempfile.TemporaryDirectory() as folder:
        for name, build in FILES.items():
            path = Path(folder) / f"{name}.synergy.json"
            path.write_text(json.dumps(build()), encoding="utf-8")
            size = path.stat().st_size / 1e6
            seconds, status, lines = time_cli(command, path, cwd)
            print(f"{name:15} {size:6.1f} MB  {seconds:7.2f} s  exit {status}  {lines} lines")
    with open("/proc/loadavg", encoding="ascii") as stream:
        print(f"load average after:  {stream.read().strip()}")


if __name__ == "__main__":
    main(sys.argv[1:])
