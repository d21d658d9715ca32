"""Autosave and crash recovery: unsaved work survives a crash, a kill or a power cut.

While the document has unsaved changes, a recovery copy is written every 30 seconds (the
``autosave/seconds`` setting) and after every 20 edits, atomically, into the user's data folder
(``platformdirs``), never over the user's own file. Each running window has a copy of its own,
named after its process, so two instances never write the same file. Saving, discarding or
closing normally removes the copy. At the next launch a copy whose process is gone is offered
back: the file it belonged to, when it was written, restore or discard.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import platformdirs
import shiboken6
from PySide6.QtCore import QLocale, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from synergy_gui.model import Change, ModelDocument
from synergy_gui.model.fileformat import save_document
from synergy_gui.ui.i18n import error_text, translate

INTERVAL_KEY = "autosave/seconds"
DEFAULT_SECONDS = 30
MIN_SECONDS = 1
EDITS_PER_COPY = 20
COPY_SUFFIX = ".synergy.json"
INFO_SUFFIX = ".info.json"


def recovery_folder() -> Path:
    """Where recovery copies live: the user's data folder for the program."""
    return Path(platformdirs.user_data_dir("synergy-explorer", appauthor=False)) / "recovery"


@dataclass(frozen=True)
class Recovery:
    """A recovery copy left by a window that did not close: what it was and when."""

    copy: Path
    info: Path
    original: Path | None  # the file the work belonged to (None: never saved)
    name: str  # what the window's title called it
    saved_at: datetime

    def describe(self) -> str:
        when = QLocale().toString(self.saved_at, QLocale.FormatType.LongFormat)
        return translate("Autosave", "“{name}”, last copied on {when}").format(
            name=self.name, when=when
        )


def recoverable(folder: Path | None = None) -> list[Recovery]:
    """Copies whose window is no longer running, newest first (unreadable ones are left)."""
    folder = recovery_folder() if folder is None else folder
    found = []
    for info in folder.glob(f"*{INFO_SUFFIX}"):
        recovery = _read_info(info)
        if recovery is not None and not _running(_pid_of(info)) and recovery.copy.exists():
            found.append(recovery)
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def discard(recovery: Recovery) -> None:
    """Delete a recovery copy and its description."""
    for path in (recovery.copy, recovery.info):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _read_info(info: Path) -> Recovery | None:
    try:
        data = json.loads(info.read_text(encoding="utf-8"))
        original = data.get("path")
        return Recovery(
            copy=info.with_name(info.name.removesuffix(INFO_SUFFIX) + COPY_SUFFIX),
            info=info,
            original=Path(original) if original else None,
            name=str(data.get("name") or "Untitled"),
            saved_at=datetime.fromisoformat(str(data["saved_at"])),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _pid_of(info: Path) -> int:
    head = info.name.split("-", 1)[0]
    return int(head) if head.isdigit() else -1


def _running(pid: int) -> bool:
    """Whether a process with this id runs (our own counts: it is this window's copy)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # os.kill(pid, 0) would send a signal there
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)
        return bool(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process has that id
    return True


class Autosaver(QObject):
    """Writes this window's recovery copy while the document has unsaved changes."""

    def __init__(
        self,
        document: ModelDocument,
        undo_stack: QUndoStack,
        describe: Callable[[], tuple[Path | None, str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document, self.undo_stack = document, undo_stack
        #: () -> (the file the work belongs to or None, the name the title shows)
        self.describe = describe
        stem = f"{os.getpid()}-{time.time_ns()}"
        self.copy = recovery_folder() / f"{stem}{COPY_SUFFIX}"
        self.info = recovery_folder() / f"{stem}{INFO_SUFFIX}"
        self.problem: str | None = None
        self._generation = self._written = 0
        self._edits = 0
        self._timer = QTimer(self)
        self._timer.setInterval(interval_seconds() * 1000)
        self._timer.timeout.connect(self._on_timer)
        self._timer.start()
        undo_stack.indexChanged.connect(self._on_index_changed)
        undo_stack.cleanChanged.connect(self._on_clean_changed)
        on_change = self._on_document_changed
        document.events.connect(on_change)
        self.destroyed.connect(lambda *_: document.events.disconnect(on_change))

    @property
    def exists(self) -> bool:
        return self.copy.exists()

    def write_now(self) -> bool:
        """Write the recovery copy (atomically); False, with ``problem`` set, when it fails."""
        original, name = self.describe()
        info = {
            "path": str(original) if original else None,
            "name": name,
            "saved_at": datetime.now().isoformat(timespec="seconds"),
        }
        try:
            self.copy.parent.mkdir(parents=True, exist_ok=True)
            save_document(self.document, self.copy)
            _write_atomically(self.info, json.dumps(info, ensure_ascii=False, indent=2))
        except (OSError, ValueError) as error:
            self.problem = translate(
                "Autosave", "The recovery copy could not be written: {why}"
            ).format(why=error_text(error))
            return False
        self.problem = None
        self._written, self._edits = self._generation, 0
        return True

    def remove(self) -> None:
        """Remove this window's copy (saved, discarded, or closed normally)."""
        for path in (self.copy, self.info):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        self._written = self._generation

    def stop(self) -> None:
        """Stop writing and remove the copy (the window closes normally)."""
        self._timer.stop()
        self.remove()

    # ------------------------------------------------------------------ events
    def _unsaved(self) -> bool:
        if not shiboken6.isValid(self.undo_stack):  # it clears itself while it is destroyed
            return False
        return not self.undo_stack.isClean() and self._generation != self._written

    def _on_timer(self) -> None:
        if self._unsaved():
            self.write_now()

    def _on_document_changed(self, change: Change) -> None:
        self._generation += 1

    def _on_index_changed(self, _index: int) -> None:
        self._edits += 1
        if self._edits >= EDITS_PER_COPY and self._unsaved():
            self.write_now()

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self.remove()


def interval_seconds() -> int:
    """Seconds between recovery copies (the ``autosave/seconds`` setting, at least 1)."""
    value = QSettings().value(INTERVAL_KEY, DEFAULT_SECONDS)
    try:
        return max(MIN_SECONDS, int(value))
    except (TypeError, ValueError):
        return DEFAULT_SECONDS


def ask_restore(parent: QWidget, recovery: Recovery) -> str:
    """ "restore", "discard" or "later": what to do with unsaved work a crash left behind."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Autosave", "Recover unsaved work"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # the name is the user's text
    box.setText(
        translate(
            "Autosave",
            "Synergy Explorer closed before {work} was saved.\n\n"
            "Restore the unsaved work, or discard it?",
        ).format(work=recovery.describe())
    )
    restore = box.addButton(translate("Autosave", "Restore"), QMessageBox.ButtonRole.AcceptRole)
    throw = box.addButton(translate("Autosave", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(translate("Autosave", "Decide Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    clicked = box.clickedButton()
    return "restore" if clicked is restore else "discard" if clicked is throw else "later"


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)
