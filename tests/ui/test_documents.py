"""File handling of the window: save and reopen, broken files, the unsaved-changes prompt,
recent files, presets, drag and drop, the title, and the layout kept in the settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QCoreApplication,
    QMimeData,
    QPoint,
    QPointF,
    Qt,
    QUrl,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox

from synergy_gui.model.fileformat import MAX_FILE_BYTES, load_document
from synergy_gui.model.presets import DEFAULT_PRESET, list_presets, load_preset
from synergy_gui.model.serialize import dumps
from synergy_gui.ui import messages
from synergy_gui.ui.commands import SetLevelCommand, push
from synergy_gui.ui.main_window import MainWindow


def _first_stimulus(window: MainWindow) -> str:
    return next(c.id for c in window.document.constructs if c.role == "stimulus")


def _edit(window: MainWindow, level: float = 0.9) -> None:
    assert (
        push(window.undo_stack, SetLevelCommand(window.document, _first_stimulus(window), level))
        is None
    )


def test_title_names_the_preset_and_marks_unsaved_changes(window: MainWindow):
    title = load_preset(DEFAULT_PRESET).meta.title
    assert window.windowTitle() == f"{title}[*] — Synergy Explorer"
    assert not window.isWindowModified()
    _edit(window)
    assert window.isWindowModified()
    window.undo_stack.undo()
    assert not window.isWindowModified()


def test_save_then_reopen_gives_the_same_document(window: MainWindow, tmp_path: Path):
    _edit(window, 0.8)
    edited = window.document.clone()
    target = tmp_path / "campaign.synergy.json"
    assert window.save_to(target)
    assert window.windowTitle() == "campaign.synergy.json[*] — Synergy Explorer"
    assert not window.isWindowModified()
    assert load_document(target) == edited
    window.documents.new()
    assert window.document.constructs == []
    assert window.open_path(target)
    assert window.document == edited
    assert target.read_text(encoding="utf-8") == dumps(edited)


def test_save_without_a_file_asks_for_a_name_and_adds_the_suffix(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    chosen = tmp_path / "lecture"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: (str(chosen), ""))
    window.actions["file.save"].trigger()
    saved = tmp_path / "lecture.synergy.json"
    assert load_document(saved) == window.document
    assert window.documents.path == saved


def test_a_broken_file_leaves_the_document_unchanged_and_names_the_place(
    window: MainWindow, boxes, tmp_path: Path
):
    _edit(window, 0.7)
    before = window.document.clone()
    data = json.loads(dumps(window.document))
    data["paths"][3]["weight"] = 7.5
    broken = tmp_path / "broken.synergy.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    assert not window.open_path(broken)
    assert window.document == before
    assert window.isWindowModified()
    headline, details = boxes[-1]
    assert headline == "The file “broken.synergy.json” can't be opened."
    path = data["paths"][3]
    source, target = (window.document.construct(path[end]).label for end in ("source", "target"))
    assert details.splitlines()[0] == (
        f"In paths[3] (the path from “{source}” to “{target}”), "
        "the weight must be between −1 and 1 (got 7.5)."
    )


def test_a_file_that_is_not_json_is_refused_with_its_line(window: MainWindow, boxes, tmp_path):
    before = window.document.clone()
    broken = tmp_path / "notes.synergy.json"
    broken.write_text('{"format": "synergy-explorer",\n  "version": 1,\n  oops}', encoding="utf-8")
    assert not window.open_path(broken)
    assert window.document == before
    assert "line 3" in boxes[-1][1]


def test_an_oversized_file_is_refused_without_reading_it(
    window: MainWindow, boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The size limit guards the window too: the error message must not read the file."""
    before = window.document.clone()
    huge = tmp_path / "huge.synergy.json"
    with huge.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)  # sparse: large on paper, cheap on disk
    read_texts: list[Path] = []
    real_read_text = Path.read_text
    monkeypatch.setattr(
        Path, "read_text", lambda self, *a, **k: read_texts.append(self) or real_read_text(self)
    )
    assert not window.open_path(huge)
    assert window.document == before
    assert huge not in read_texts
    assert "model files are at most 20 MB" in boxes[-1][1]


def test_a_deeply_nested_file_is_reported_not_raised(window: MainWindow, boxes, tmp_path: Path):
    before = window.document.clone()
    nested = tmp_path / "nested.synergy.json"
    nested.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    assert not window.open_path(nested)
    assert window.document == before
    assert boxes[-1][0] == "The file “nested.synergy.json” can't be opened."


def test_a_missing_file_is_reported_not_raised(window: MainWindow, boxes, tmp_path: Path):
    before = window.document.clone()
    assert not window.open_path(tmp_path / "gone.synergy.json")
    assert window.document == before
    assert "gone.synergy.json" in boxes[-1][0]


def test_cancel_in_the_prompt_keeps_unsaved_changes(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
):
    asked: list[str] = []
    monkeypatch.setattr(
        messages, "ask_save_changes", lambda _p, name: asked.append(name) or "cancel"
    )
    _edit(window)
    edited = window.document.clone()
    window.actions["file.new"].trigger()
    assert asked and window.document == edited
    monkeypatch.setattr(messages, "ask_save_changes", lambda *_: "discard")
    window.actions["file.new"].trigger()
    assert window.document.constructs == []
    assert window.windowTitle().startswith("Untitled")


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(messages, "ask_save_changes", lambda *_: "cancel")
    _edit(window)
    assert not window.close()
    assert window.isVisible()
    monkeypatch.setattr(messages, "ask_save_changes", lambda *_: "discard")
    assert window.close()


def test_open_preset_menu_lists_every_preset_and_opens_one(window: MainWindow):
    file_menu = window.menus["File"]
    presets = next(a.menu() for a in file_menu.actions() if a.text() == "Open &Preset")
    presets.aboutToShow.emit()
    titles = [a.text() for a in presets.actions()]
    # "&" is doubled so the menu shows "KOL & KOC", not "KOL _KOC" (a mnemonic marker)
    assert titles == [info.title.replace("&", "&&") for info in list_presets()]
    journey_title = load_preset("kol_koc_journey").meta.title
    assert "&" in journey_title
    journey = next(a for a in presets.actions() if a.text() == journey_title.replace("&", "&&"))
    journey.trigger()
    assert window.document == load_preset("kol_koc_journey")
    assert window.undo_stack.count() == 0


def test_recent_files_remember_opened_files(window: MainWindow, tmp_path: Path):
    first, second = tmp_path / "a.synergy.json", tmp_path / "b.synergy.json"
    assert window.save_to(first) and window.save_to(second)
    assert window.documents.recent_files() == [str(second.resolve()), str(first.resolve())]
    window.documents.new()
    recent = next(a.menu() for a in window.menus["File"].actions() if a.text() == "Open &Recent")
    recent.aboutToShow.emit()
    recent.actions()[1].trigger()  # "&2 a.synergy.json"
    assert window.documents.path == first


def test_dropping_a_model_file_opens_it(window: MainWindow, qtbot, tmp_path: Path):
    target = tmp_path / "dropped.synergy.json"
    target.write_text(dumps(load_preset("kol_koc_journey")), encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(target))])
    where, copy = QPoint(50, 50), Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where, copy, mime, buttons, keys)
    assert QCoreApplication.sendEvent(window.view.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(where), copy, mime, buttons, keys)
    QCoreApplication.sendEvent(window.view.viewport(), drop)
    qtbot.waitUntil(lambda: window.documents.path == target)
    assert window.document == load_preset("kol_koc_journey")


def test_window_layout_is_remembered(qtbot, settings_dir, boxes):
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.resize(first.width(), 555)  # the offscreen screen is only 800 pixels wide
    size = (first.width(), first.height())
    assert size[1] == 555
    first.docks["weights"].raise_()
    first.docks["simulation"].hide()
    assert first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == size
    assert not second.docks["simulation"].isVisible()


def test_a_file_named_at_start_opens_and_a_broken_one_falls_back_to_the_default(
    qtbot, settings_dir, boxes, tmp_path: Path
):
    journey = tmp_path / "journey.synergy.json"
    journey.write_text(dumps(load_preset("kol_koc_journey")), encoding="utf-8")
    opened = MainWindow(journey)
    qtbot.addWidget(opened)
    assert opened.document == load_preset("kol_koc_journey")
    assert opened.windowTitle() == "journey.synergy.json[*] — Synergy Explorer"
    broken = tmp_path / "broken.synergy.json"
    broken.write_text('{"format": "synergy-explorer", "version": 99}', encoding="utf-8")
    fallback = MainWindow(broken)
    qtbot.addWidget(fallback)
    assert "broken.synergy.json" in boxes[-1][0]
    assert "version" in boxes[-1][1]
    assert fallback.document == load_preset(DEFAULT_PRESET)


def test_save_as_suggests_a_clean_name_from_the_title(window: MainWindow, monkeypatch, tmp_path):
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda _parent, _title, suggested, _f: asked.append(suggested) or ("", ""),
    )
    window.open_preset(DEFAULT_PRESET)  # "Synergistic Influence: interactivity × …"
    window.actions["file.save_as"].trigger()
    assert Path(asked[-1]).name == "synergistic-influence.synergy.json"
    window.open_preset("kol_koc_journey")
    window.actions["file.save_as"].trigger()
    assert Path(asked[-1]).name == "kol-koc-purchase-journey.synergy.json"


@pytest.mark.parametrize(
    ("name", "chosen_filter", "magic"),
    [
        ("slide.png", "", b"\x89PNG\r\n\x1a\n"),
        ("slide", "SVG drawing (*.svg)", b"<?xml"),
        ("slide.pdf", "", b"%PDF"),
    ],
)
def test_export_figure_writes_an_image_for_slides(
    window: MainWindow, qtbot, monkeypatch, tmp_path: Path, name, chosen_filter, magic
):
    qtbot.waitUntil(lambda: window.controller.last_result is not None)
    target = tmp_path / name
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: (str(target), chosen_filter))
    window.actions["file.export_figure"].trigger()
    written = target if target.suffix else target.with_name(name + ".svg")
    assert written.read_bytes().startswith(magic)
    if written.suffix == ".png":
        image = QImage(str(written))
        assert (image.width(), image.height()) == (2000, 1125)  # 16:9 at slide resolution
    if written.suffix == ".svg":
        text = written.read_text(encoding="utf-8")
        labels = [window.document.construct(cid).label for cid in window.simulation_panel.focus]
        assert all(label in text for label in labels)  # the legend names every line


def test_a_model_too_big_for_the_window_is_refused_with_its_size(
    qtbot, settings_dir, tmp_path, monkeypatch
):

    from synergy_gui.model import Construct, ModelDocument
    from synergy_gui.model.fileformat import save_document
    from synergy_gui.ui.document_controller import WINDOW_MAX_CONSTRUCTS
    from synergy_gui.ui.main_window import MainWindow

    shown = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append(f"{box.text()} {box.informativeText()}")
    )
    big = ModelDocument(
        constructs=[
            Construct(f"c{n}", f"C {n}", position=(0.0, 90.0 * n))
            for n in range(WINDOW_MAX_CONSTRUCTS + 1)
        ]
    )
    path = tmp_path / "big.synergy.json"
    save_document(big, path)
    window = MainWindow()
    qtbot.addWidget(window)
    before = window.document.clone()
    assert not window.open_path(path)
    assert window.document == before
    assert "1,001 constructs" in shown[0] and "synergy-explorer validate, simulate" in shown[0]
    window.undo_stack.setClean()
