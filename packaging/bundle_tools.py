"""Work on a built bundle: strip its libraries, weigh it, time its launch, read its glibc."""

from __future__ import annotations

import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LAUNCH_ENV = "SYNERGY_EXPLORER_LAUNCH_T0"
REPORT_ENV = "SYNERGY_EXPLORER_SMOKE_REPORT"
_WINDOW_SHOWN = re.compile(r"window shown ([0-9.]+) s after launch \(([0-9.]+) s CPU\)")


def executable(bundle: Path) -> Path:
    """The bundle's program: inside the .app on macOS, with .exe on Windows."""
    if bundle.suffix == ".app":
        return bundle / "Contents" / "MacOS" / "synergy-explorer"
    return bundle / ("synergy-explorer.exe" if sys.platform == "win32" else "synergy-explorer")


def is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def strippable(bundle: Path) -> list[Path]:
    """ELF libraries worth stripping, leaving out what stripping would break.

    The program itself carries its archive after the ELF data (strip would cut it off), and
    libraries vendored by wheels into ``*.libs`` folders (numpy's OpenBLAS among them) were
    rewritten by patchelf, which strip corrupts.
    """
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file() or path == executable(bundle):
            continue
        if any(part.endswith(".libs") for part in path.relative_to(bundle).parts):
            continue
        if "openblas" in path.name.lower() or ".so" not in path.name:
            continue
        if is_elf(path):
            found.append(path)
    return found


def strip_libraries(bundle: Path) -> int:
    """Strip debug symbols from the bundle's libraries (Linux); returns bytes saved."""
    strip = shutil.which("strip")
    if not sys.platform.startswith("linux") or strip is None:
        return 0
    before = bundle_size(bundle)
    files = strippable(bundle)
    for start in range(0, len(files), 100):
        batch = [str(p) for p in files[start : start + 100]]
        subprocess.run([strip, "--strip-unneeded", *batch], check=True)
    return before - bundle_size(bundle)


def bundle_size(bundle: Path) -> int:
    """Bytes on disk once unpacked (files counted once; symlinks not followed)."""
    total = 0
    for root, _dirs, files in os.walk(bundle):
        for name in files:
            path = Path(root, name)
            if not path.is_symlink():
                total += path.stat().st_size
    return total


def run_smoke_test(program: Path, timeout: float = 120.0) -> tuple[int, str, float, float]:
    """Run ``program --smoke-test`` offscreen.

    Returns (exit code, its summary or its output, launch-to-window seconds, CPU seconds
    the process had used by then); the figures are NaN when the test did not pass.

    The program is told the launch moment through an environment variable and reports when
    its window was shown, so the figure covers process start, unpacking and imports.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as folder:
        # A windowed program on Windows may have no stdout: the line also goes to a file.
        report = Path(folder) / "smoke.txt"
        env[REPORT_ENV] = str(report)
        env[LAUNCH_ENV] = repr(time.time())
        completed = subprocess.run(
            [str(program), "--smoke-test"],
            capture_output=True,
            text=True,
            env=env,
            timeout=timeout,
            check=False,
        )
        reported = report.read_text(encoding="utf-8") if report.is_file() else ""
    output = "\n".join(text.strip() for text in (reported, completed.stdout, completed.stderr))
    passed = [line for line in output.splitlines() if line.startswith("smoke test passed")]
    shown = _WINDOW_SHOWN.search(passed[0]) if passed else None
    if completed.returncode != 0 or shown is None:
        return completed.returncode, output.strip(), math.nan, math.nan
    return 0, passed[0], float(shown.group(1)), float(shown.group(2))


_GLIBC_VERSION = re.compile(rb"GLIBC_(\d+)\.(\d+)(?:\.(\d+))?")


def required_glibc(bundle: Path) -> tuple[int, ...]:
    """The highest GLIBC_x.y symbol version any ELF file of the bundle asks for."""
    highest: tuple[int, ...] = (2, 17)
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file() or not is_elf(path):
            continue
        for match in _GLIBC_VERSION.finditer(path.read_bytes()):
            version = tuple(int(part) for part in match.groups() if part is not None)
            highest = max(highest, version)
    return highest
