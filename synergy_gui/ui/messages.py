"""Message boxes that say which file, which place in it and what is wrong; never a traceback."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from synergy_gui.model import DocumentFileError, Problem

#: At most this many problems are listed in the box; the rest are counted.
MAX_LISTED = 8


def describe_problem(problem: Problem) -> str:
    """``"at paths[3].weight: must be between -1 and 1"`` (or the message alone)."""
    if problem.location:
        return f"at {problem.location}: {problem.message}"
    return problem.message


def problem_lines(problems: list[Problem]) -> list[str]:
    """One line per problem, errors first, shortened to :data:`MAX_LISTED` lines."""
    ordered = sorted(problems, key=lambda p: p.severity != "error")
    lines = [describe_problem(p) for p in ordered[:MAX_LISTED]]
    if len(ordered) > MAX_LISTED:
        lines.append(f"… and {len(ordered) - MAX_LISTED} more")
    return lines


def open_error_text(path: str | Path, error: Exception) -> tuple[str, str]:
    """The headline and the informative text for a file that cannot be opened."""
    name = Path(path).name
    headline = f"“{name}” cannot be opened."
    if isinstance(error, DocumentFileError) and error.problems:
        lines = problem_lines(error.problems)
        return headline, "The file was left as it is. What is wrong:\n" + "\n".join(lines)
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        return headline, f"{reason}.\nThe file is at {Path(path).parent}."
    return headline, str(error)


def show_open_error(parent: QWidget | None, path: str | Path, error: Exception) -> None:
    """Tell the user a file could not be opened: its name, the place in it and the reason."""
    headline, details = open_error_text(path, error)
    _show(parent, QMessageBox.Icon.Warning, "Cannot open file", headline, details, str(path))


def show_save_error(parent: QWidget | None, path: str | Path, error: Exception) -> None:
    """Tell the user a save failed; the earlier file on disk is untouched (saves are atomic)."""
    reason = getattr(error, "strerror", None) or str(error)
    headline = f"“{Path(path).name}” could not be saved."
    details = f"{reason}.\nThe file on disk was not changed; your edits are still open here."
    _show(parent, QMessageBox.Icon.Warning, "Cannot save file", headline, details, str(path))


def ask_save_changes(parent: QWidget | None, name: str) -> str:
    """Ask before unsaved changes are lost: returns ``"save"``, ``"discard"`` or ``"cancel"``."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Unsaved changes")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(f"Save the changes to “{name}”?")
    box.setInformativeText("Your changes will be lost if you don't save them.")
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Save)
    box.exec()
    answer = box.standardButton(box.clickedButton()) if box.clickedButton() else None
    return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")


def _show(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    headline: str,
    details: str,
    where: str,
) -> None:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(headline)
    box.setInformativeText(details)
    box.setDetailedText(f"File: {where}")
    box.exec()
