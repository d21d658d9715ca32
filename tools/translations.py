"""Keep the interface's translations in step with the code.

``update`` runs pyside6-lupdate over the package's Python files into the Qt Linguist
sources ``resources/translations/synergy_<lang>.ts`` (new strings arrive unfinished, gone
ones are dropped). It also reads the messages of the Qt-free layers: every ``phrase("…")``
template of model, engine and io goes into the catalogues under the context "Model" (see
synergy_gui/model/phrases.py). ``release`` compiles each .ts into the ``.qm`` the program
loads. With no argument it does both. The compiled .qm files are committed, so a pip install
from a clean clone and the PyInstaller bundle need no Qt tools; tests/ui/test_translations.py
fails when a committed .qm is out of date with its .ts.

Run: ``.venv/bin/python tools/translations.py [update|release]``.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FOLDER = REPO / "resources" / "translations"
LANGUAGES = ("id", "zh_CN")
SOURCES = ("synergy_gui/ui",)
#: The Qt-free layers, whose messages are ``phrase("…")`` templates (synergy_gui/model/phrases.py).
PHRASE_SOURCES = ("synergy_gui/model", "synergy_gui/engine", "synergy_gui/io")
PHRASE_CONTEXT = "Model"


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


def phrase_calls(path: Path) -> list[tuple[int, str | None]]:
    """``(line, template)`` of every ``phrase(...)`` call in a file; None where the template is
    not a literal (the tool could not hand it to the translators)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Call) and _called_name(node.func) == "phrase":
            first = node.args[0] if node.args else None
            literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
            found.append((node.lineno, first.value if literal else None))
    return found


def _called_name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def phrase_templates() -> list[str]:
    """Every message template of the Qt-free layers, once each, in a stable order."""
    templates = []
    for folder in PHRASE_SOURCES:
        for path in sorted((REPO / folder).rglob("*.py")):
            templates += [text for _, text in phrase_calls(path) if text is not None]
    return list(dict.fromkeys(templates))


def phrase_file(folder: Path) -> Path:
    """A Python file lupdate can read that marks every template for translation."""
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    for text in phrase_templates():
        literal = json.dumps(text, ensure_ascii=False)
        lines.append(f"QT_TRANSLATE_NOOP({json.dumps(PHRASE_CONTEXT)}, {literal})")
    path = folder / "model_phrases.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def ts_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"synergy_{language}.ts"


def update(folder: Path = FOLDER) -> None:
    """Extract the marked strings into each language's .ts in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        phrases = str(phrase_file(Path(scratch)))
        for language in LANGUAGES:
            command = [tool("pyside6-lupdate"), *python_sources(), phrases, "-no-obsolete"]
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
