"""Autosave and crash recovery: unsaved work survives a kill, the user's file is never touched."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from synergy_gui.model.fileformat import load_document, save_document
from synergy_gui.model.presets import load_preset
from synergy_gui.ui import autosave, messages
from synergy_gui.ui.commands import SetWeightCommand, push
from synergy_gui.ui.main_window import MainWindow

PATH = "digital_trust__loyalty"


@pytest.fixture
def window(qtbot, settings_dir, monkeypatch) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(messages, "ask_save_changes", lambda *_: "discard")
    main = MainWindow()
    qtbot.addWidget(main)
    yield main
    main.autosaver.stop()


def _edit(window: MainWindow, count: int, step: float = 0.01) -> None:
    for n in range(count):
        push(window.undo_stack, SetWeightCommand(window.document, PATH, step * (n + 1)))


def test_twenty_edits_write_a_copy_equal_to_the_document_and_a_save_removes_it(window, tmp_path):
    _edit(window, 19)
    assert not window.autosaver.exists
    _edit(window, 1)
    assert window.autosaver.exists
    assert load_document(window.autosaver.copy) == window.document
    assert window.save_to(tmp_path / "mine.synergy.json")
    assert not window.autosaver.exists


def test_the_timer_writes_a_copy_while_changes_are_unsaved(qtbot, settings_dir):
    QSettings().setValue(autosave.INTERVAL_KEY, 1)
    window = MainWindow()
    qtbot.addWidget(window)
    _edit(window, 1)
    qtbot.waitUntil(lambda: window.autosaver.exists, timeout=3000)
    assert load_document(window.autosaver.copy) == window.document
    window.undo_stack.undo()  # back to the saved state: nothing left to recover
    assert not window.autosaver.exists
    window.autosaver.stop()


def test_the_user_s_own_file_is_never_written_by_autosave(window, tmp_path):
    mine = tmp_path / "mine.synergy.json"
    save_document(load_preset("synergistic_influence"), mine)
    before = mine.read_bytes()
    assert window.open_path(mine)
    _edit(window, 25)
    assert window.autosaver.exists
    assert mine.read_bytes() == before
    assert window.autosaver.copy.parent != mine.parent


def test_two_windows_keep_copies_of_their_own(qtbot, window, settings_dir):
    other = MainWindow()
    qtbot.addWidget(other)
    _edit(window, 20)
    _edit(other, 20, step=-0.02)
    assert window.autosaver.copy != other.autosaver.copy
    assert load_document(window.autosaver.copy) == window.document
    assert load_document(other.autosaver.copy) == other.document
    assert window.document != other.document
    assert autosave.recoverable() == []  # both still run: neither is offered
    other.autosaver.stop()


def test_a_normal_close_leaves_nothing_to_recover(window):
    _edit(window, 20)
    assert window.autosaver.exists
    window.close()
    assert not window.autosaver.exists


def test_an_unreadable_description_is_left_alone(tmp_path):
    folder = tmp_path / "recovery"
    folder.mkdir()
    (folder / f"999999999-1{autosave.INFO_SUFFIX}").write_text("{not json", encoding="utf-8")
    assert autosave.recoverable(folder) == []


_FIRST = """
import os, sys, time
from pathlib import Path
from PySide6.QtCore import QSettings, QStandardPaths
from synergy_gui.ui.app import create_application
app = create_application()
QStandardPaths.setTestModeEnabled(True)
QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, sys.argv[1])
QSettings().setValue("autosave/seconds", 1)
from synergy_gui.model.fileformat import save_document
from synergy_gui.ui.commands import SetWeightCommand, UpdateItemCommand, push
from synergy_gui.ui.main_window import MainWindow
window = MainWindow(sys.argv[2]); window.show()
push(window.undo_stack, SetWeightCommand(window.document, "digital_trust__loyalty", -0.4))
push(window.undo_stack, UpdateItemCommand(window.document, "construct", "loyalty", label="Fans"))
while not window.autosaver.exists:
    app.processEvents(); time.sleep(0.02)
save_document(window.document, Path(sys.argv[3]))
print("ready", flush=True)
app.exec()
"""

_SECOND = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings, QStandardPaths
from synergy_gui.ui.app import create_application
app = create_application()
QStandardPaths.setTestModeEnabled(True)
QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, sys.argv[1])
from synergy_gui.model.fileformat import load_document
from synergy_gui.ui import autosave
from synergy_gui.ui.main_window import MainWindow
asked = []
autosave.ask_restore = lambda parent, recovery: asked.append(recovery.describe()) or "restore"
window = MainWindow(); window.show()
assert window.offer_recovery()
assert window.document == load_document(Path(sys.argv[3])), "not the exact document"
assert window.documents.path == Path(sys.argv[2]), window.documents.path
assert window.isWindowModified() and not window.undo_stack.isClean()
assert autosave.recoverable() == [], "the old copy is still offered"
print("asked:", asked[0])
window.undo_stack.setClean(); window.close()
"""


def test_after_a_kill_the_next_launch_restores_the_exact_unsaved_document(tmp_path):
    settings, data = tmp_path / "settings", tmp_path / "data"
    mine, expected = tmp_path / "mine.synergy.json", tmp_path / "expected.synergy.json"
    save_document(load_preset("synergistic_influence"), mine)
    before = mine.read_bytes()
    env = {**os.environ, "XDG_DATA_HOME": str(data), "QT_QPA_PLATFORM": "offscreen"}
    args = [str(settings), str(mine), str(expected)]
    first = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(_FIRST), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = first.stdout.readline()
        assert line.strip() == "ready", first.stderr.read()[-2000:]
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
    assert first.returncode == -signal.SIGKILL
    assert len(list((data / "synergy-explorer" / "recovery").glob("*.synergy.json"))) == 1
    second = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_SECOND), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert second.returncode == 0, second.stderr[-2000:]
    assert "asked: “mine.synergy.json”, last copied on" in second.stdout
    assert mine.read_bytes() == before  # the user's file was never written
    assert list((data / "synergy-explorer" / "recovery").glob("*.synergy.json")) == []


def test_a_launch_offers_the_recovery_once_the_window_is_shown(qtbot, settings_dir, monkeypatch):
    from synergy_gui.ui import app

    offered = []
    monkeypatch.setattr(MainWindow, "offer_recovery", lambda window: offered.append(window))
    window = app.show_window(None)
    qtbot.addWidget(window)
    assert offered == []  # not before the window is on screen
    qtbot.waitUntil(lambda: offered == [window], timeout=2000)
    window.autosaver.stop()


def test_an_undo_stack_destroyed_after_many_edits_does_not_trouble_its_autosaver(
    qtbot, settings_dir
):
    """A window's undo stack clears itself as it is destroyed: its last "index changed" must
    not reach an autosaver that asks the stack, now half gone, whether it is clean."""
    import shiboken6
    from PySide6.QtGui import QUndoStack

    document = load_preset("synergistic_influence")
    stack = QUndoStack()
    saver = autosave.Autosaver(document, stack, lambda: (None, "Untitled"))
    for n in range(autosave.EDITS_PER_COPY - 1):  # one edit short of writing a copy
        push(stack, SetWeightCommand(document, PATH, 0.01 * (n + 1)))
    shiboken6.delete(stack)  # it clears itself as it goes: the copy's last "index changed"
    assert not saver.exists
    saver.stop()
