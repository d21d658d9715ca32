"""The sentences of the "can't be opened" box: no doubled words, and an ending that fits.

A file refused while a model is open keeps that model; a file refused at start-up (given on
the command line) has nothing to keep, and the default model opens instead.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from synergy_gui.model import DocumentFileError
from synergy_gui.model.fileformat import load_document
from synergy_gui.model.presets import DEFAULT_PRESET, preset_path
from synergy_gui.ui import messages
from synergy_gui.ui.main_window import MainWindow

GOOD_TEXT = preset_path(DEFAULT_PRESET).read_text(encoding="utf-8")
KEPT = "The model you have open stays as it was."

# (what is wrong, the file's bytes)
BROKEN: list[tuple[str, bytes]] = [
    ("truncated", "".join(GOOD_TEXT.splitlines(keepends=True)[:20]).encode()),
    ("cut inside a text", GOOD_TEXT[:500].encode()),
    ("not JSON", b'{"format": synergy}'),
    ("empty", b""),
    ("binary", b"PK\x03\x04\x00\x00\x08\x00"),
    ("not UTF-8", '{"title": "Loyalität"}'.encode("latin-1")),
    ("top level a list", b"[1, 2, 3]"),
    ("weight out of range", GOOD_TEXT.replace('"weight": 0.', '"weight": 7.', 1).encode()),
]

_DOUBLED = re.compile(r"\b(\w+(?: \w+){0,2}) \1\b", re.IGNORECASE)  # "the file the file"


def _refusal(path: Path) -> DocumentFileError:
    with pytest.raises(DocumentFileError) as refused:
        load_document(path)
    return refused.value


@pytest.mark.parametrize(("what", "content"), BROKEN, ids=[case[0] for case in BROKEN])
def test_no_message_doubles_a_word(tmp_path: Path, what: str, content: bytes):
    broken = tmp_path / "broken.synergy.json"
    broken.write_bytes(content)
    headline, details = messages.open_error_text(broken, _refusal(broken))
    for text in (headline, details):
        assert not _DOUBLED.search(text), f"{what}: {text!r}"


def test_a_file_cut_short_says_where_it_ends(tmp_path: Path):
    broken = tmp_path / "cut.synergy.json"
    broken.write_bytes(BROKEN[0][1])
    _, details = messages.open_error_text(broken, _refusal(broken))
    assert details.startswith("At line 21, column 1, the file ends too early; it looks cut off")


def test_a_missing_file_reads_as_a_sentence(tmp_path: Path):
    gone = tmp_path / "gone.synergy.json"
    _, details = messages.open_error_text(gone, _refusal(gone))
    assert details.splitlines()[0] == "There is no such file."


def test_a_refusal_while_a_model_is_open_keeps_it(tmp_path: Path):
    broken = tmp_path / "broken.synergy.json"
    broken.write_bytes(BROKEN[0][1])
    _, details = messages.open_error_text(broken, _refusal(broken))
    assert details.endswith(KEPT)


@pytest.mark.parametrize("content", [BROKEN[0][1], BROKEN[-1][1]], ids=["one", "several"])
def test_a_refusal_with_nothing_open_says_the_default_opens_instead(tmp_path, content):
    broken = tmp_path / "broken.synergy.json"
    broken.write_bytes(content)
    _, details = messages.open_error_text(broken, _refusal(broken), nothing_open=True)
    assert "stays as it was" not in details
    assert details.endswith(messages.DEFAULT_INSTEAD)


def test_an_unreadable_file_with_nothing_open_says_the_default_opens_instead(tmp_path):
    error = PermissionError(13, "Permission denied")
    _, details = messages.open_error_text(tmp_path / "x.synergy.json", error, nothing_open=True)
    assert details.startswith("Permission denied.")
    assert details.endswith(messages.DEFAULT_INSTEAD)


def test_a_bad_file_given_at_start_up_does_not_speak_of_an_open_model(
    qtbot, settings_dir, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()))
    broken = tmp_path / "broken.synergy.json"
    broken.write_text(json.dumps({"format": "synergy-explorer"}), encoding="utf-8")
    window = MainWindow(broken)
    qtbot.addWidget(window)
    assert len(shown) == 1
    assert "stays as it was" not in shown[0]
    assert shown[0].endswith(messages.DEFAULT_INSTEAD)


def test_a_whole_item_that_is_wrong_is_called_the_entry_not_the_file(tmp_path: Path):
    data = json.loads(preset_path(DEFAULT_PRESET).read_text(encoding="utf-8"))
    data["constructs"][1] = 5
    broken = tmp_path / "item.synergy.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    _, details = messages.open_error_text(broken, _refusal(broken))
    assert details.splitlines()[0] == "In constructs[1], the entry must be an object {...} (got 5)."
