"""Keep the interface's translations in step with the code.

``update`` runs pyside6-lupdate over the package's Python files into the Qt Linguist
sources ``resources/translations/synergy_<lang>.ts`` (new strings arrive unfinished, gone
ones are dropped); ``release`` compiles each .ts into the ``.qm`` the program loads. With no
argument it does both. The compiled .qm files are committed, so a pip install from a clean
clone and the PyInstaller bundle need no Qt tools; tests/ui/test_translations.py fails when a
committed .qm is out of date with its .ts.

Run: ``.venv/bin/python tools/translations.py [update|release]``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FOLDER = REPO / "resources" / "translations"
LANGUAGES = ("id", "zh_CN")
SOURCES = ("synergy_gui/ui",)


def tool(name: str) -> str:
    """The PySide6 tool ``name`` (pyside6-lupdate, pyside6-lrelease) next to this Python."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise FileNotFoundError(f"{name} not found; install PySide6-Essentials")
    return found


def python_sources() -> list[str]:
    """The files lupdate reads, relative to the repository."""
    files = sorted(p for folder in SOURCES for p in (REPO / folder).rglob("*.py"))
    return [str(path.relative_to(REPO)) for path in files]


def ts_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"synergy_{language}.ts"


def update(folder: Path = FOLDER) -> None:
    """Extract the marked strings into each language's .ts in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        command = [tool("pyside6-lupdate"), *python_sources(), "-no-obsolete"]
        command += ["-locations", "none", "-target-language", language]
        command += ["-ts", str(ts_file(language, folder))]
        subprocess.run(command, cwd=REPO, check=True, capture_output=True)


def release(folder: Path = FOLDER, out: Path = FOLDER) -> list[Path]:
    """Compile each .ts of ``folder`` into ``out``; the .qm files."""
    made = []
    for language in LANGUAGES:
        qm = out / f"synergy_{language}.qm"
        command = [tool("pyside6-lrelease"), str(ts_file(language, folder)), "-qm", str(qm)]
        subprocess.run(command, check=True, capture_output=True)
        made.append(qm)
    return made


def main(argv: list[str]) -> int:
    steps = argv or ["update", "release"]
    if "update" in steps:
        update()
    if "release" in steps:
        release()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
