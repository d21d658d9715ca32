"""Saving: stable bytes, and a failed save leaves the old file exactly as it was."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from model_builders import build_document

from synergy_gui.model import fileformat
from synergy_gui.model.fileformat import load_document, save_document
from synergy_gui.model.serialize import dumps


def test_the_file_is_the_serialised_text_in_utf8(tmp_path: Path):
    doc = build_document()
    doc.update_construct("loyalty", label="Loyalität × Treue")
    path = tmp_path / "m.synergy.json"
    save_document(doc, path)
    raw = path.read_bytes()
    assert raw == dumps(doc).encode("utf-8")
    assert "Loyalität × Treue".encode() in raw  # written as UTF-8, not \\u escapes
    assert raw.endswith(b"}\n") and b"\r\n" not in raw


def test_saving_an_unchanged_document_twice_gives_identical_bytes(tmp_path: Path):
    path = tmp_path / "m.synergy.json"
    save_document(build_document(), path)
    first = path.read_bytes()
    save_document(load_document(path), path)
    assert path.read_bytes() == first


def _old_file(tmp_path: Path) -> tuple[Path, bytes]:
    path = tmp_path / "model.synergy.json"
    save_document(build_document(), path)
    return path, path.read_bytes()


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_failed_save_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch, failing):
    path, before = _old_file(tmp_path)
    changed = build_document()
    changed.set_weight("interactivity__digital_trust", -0.9)

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fileformat.os, failing, broken)
    with pytest.raises(OSError, match="No space left"):
        save_document(changed, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.synergy.json"]


def test_a_write_that_fails_halfway_leaves_the_old_file(tmp_path, monkeypatch):
    path, before = _old_file(tmp_path)
    real_open = open

    class HalfWritten:
        def __init__(self, stream):
            self.stream = stream

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.stream.close()

        def write(self, payload):
            self.stream.write(payload[:10])
            raise OSError(5, "Input/output error")

    def opening(file, *args, **kwargs):
        stream = real_open(file, *args, **kwargs)
        return HalfWritten(stream) if isinstance(file, int) else stream

    monkeypatch.setattr("builtins.open", opening)
    with pytest.raises(OSError, match="Input/output"):
        save_document(build_document(), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["model.synergy.json"]


def test_a_save_into_a_missing_folder_fails_without_creating_anything(tmp_path: Path):
    with pytest.raises(FileNotFoundError):
        save_document(build_document(), tmp_path / "no" / "m.synergy.json")
    assert list(tmp_path.iterdir()) == []


def test_the_file_keeps_its_permissions_and_a_link_stays_a_link(tmp_path: Path):
    path, _ = _old_file(tmp_path)
    path.chmod(0o640)
    link = tmp_path / "link.synergy.json"
    link.symlink_to(path)
    changed = build_document()
    changed.update_meta(title="Changed")
    save_document(changed, link)
    assert link.is_symlink()
    assert load_document(path) == changed
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
