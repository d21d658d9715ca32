"""Message boxes that say which file, which place in it and what is wrong; never a traceback."""

from __future__ import annotations

import json
import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from synergy_gui.model import DocumentFileError, Problem
from synergy_gui.model.fileformat import MAX_FILE_BYTES
from synergy_gui.ui.i18n import error_text, message_text, translate

#: At most this many problems are listed in the box; the rest are counted.
MAX_LISTED = 8

#: How a refusal ends: a model was open and is kept, or nothing was open yet (start-up).
KEPT = QT_TRANSLATE_NOOP("Messages", "The model you have open stays as it was.")
DEFAULT_INSTEAD = QT_TRANSLATE_NOOP(
    "Messages", "Nothing was open yet, so the default model opens instead."
)


_ITEM = re.compile(r"^(constructs|paths|junctions|scenarios)\[(\d+)\](?:\.(.+))?$")
_LINE = re.compile(r"^line (\d+)(?:, column (\d+))?$")
_VERBS = ("is ", "are ", "must ", "was ", "has ", "have ", "cannot ", "can't ", "should ")
_CONTEXT = "Messages"
#: The subject of a problem with a whole item of a list ("In paths[1], the entry is …").
ENTRY = QT_TRANSLATE_NOOP("Messages", "the entry")
#: How the file's fields read as the subject of a sentence ("the weight must be …").
FIELD_SUBJECTS = {
    "": QT_TRANSLATE_NOOP("Messages", "the file"),
    "top level": QT_TRANSLATE_NOOP("Messages", "the file"),
    "version": QT_TRANSLATE_NOOP("Messages", "the version number"),
    "weight": QT_TRANSLATE_NOOP("Messages", "the weight"),
    "source": QT_TRANSLATE_NOOP("Messages", "the source"),
    "target": QT_TRANSLATE_NOOP("Messages", "the target"),
    "label": QT_TRANSLATE_NOOP("Messages", "the label"),
    "role": QT_TRANSLATE_NOOP("Messages", "the role"),
    "id": QT_TRANSLATE_NOOP("Messages", "the id"),
    "baseline": QT_TRANSLATE_NOOP("Messages", "the baseline"),
    "initial": QT_TRANSLATE_NOOP("Messages", "the initial level"),
    "activation": QT_TRANSLATE_NOOP("Messages", "the activation"),
    "tau_rise": QT_TRANSLATE_NOOP("Messages", "the rise time constant"),
    "tau_fall": QT_TRANSLATE_NOOP("Messages", "the fall time constant"),
    "members": QT_TRANSLATE_NOOP("Messages", "the members"),
    "name": QT_TRANSLATE_NOOP("Messages", "the name"),
    "levels": QT_TRANSLATE_NOOP("Messages", "the levels"),
    "level": QT_TRANSLATE_NOOP("Messages", "the level"),
    "description": QT_TRANSLATE_NOOP("Messages", "the description"),
    "position": QT_TRANSLATE_NOOP("Messages", "the position"),
    "kind": QT_TRANSLATE_NOOP("Messages", "the kind"),
    "settings": QT_TRANSLATE_NOOP("Messages", "the settings"),
    "horizon": QT_TRANSLATE_NOOP("Messages", "the horizon"),
    "dt": QT_TRANSLATE_NOOP("Messages", "the time step"),
    "time_unit": QT_TRANSLATE_NOOP("Messages", "the time unit"),
    "schedules": QT_TRANSLATE_NOOP("Messages", "the schedules"),
    "weight_overrides": QT_TRANSLATE_NOOP("Messages", "the weight overrides"),
    "story": QT_TRANSLATE_NOOP("Messages", "the story"),
    "channels": QT_TRANSLATE_NOOP("Messages", "the channels"),
}


def _tr(text: str, **values: object) -> str:
    return translate(_CONTEXT, text).format(**values)


def describe_problem(problem: Problem, data: object = None) -> str:
    """The problem as a sentence for a lecturer, its place kept visible, e.g. "In paths[3]
    (the path from “Trust” to “Loyalty”), the weight must be between −1 and 1 (got 3)."

    ``data`` is the file's parsed JSON when it could be read: it names the items. The
    sentence is in the interface's language; the decisions read the English text.
    """
    location, english = problem.location.strip(), str(problem.message).strip()
    message = _minus_signs(message_text(problem.message).strip())
    line = _LINE.match(location)
    if line:  # the loader may already say "the file ends …"
        where = _line_place(line)
        if english.startswith("the file "):
            return _sentence(
                _tr(
                    QT_TRANSLATE_NOOP("Messages", "At {where}, {message}"),
                    where=where,
                    message=message,
                )
            )
        return _sentence(
            _tr(
                QT_TRANSLATE_NOOP("Messages", "At {where}, the file {message}"),
                where=where,
                message=message,
            )
        )
    item = _ITEM.match(location)
    if item:
        kind, index, field = item.group(1), int(item.group(2)), item.group(3) or ""
        where = f"{kind}[{index}]{_item_name(data, kind, index)}"
        return _sentence(
            _tr(
                QT_TRANSLATE_NOOP("Messages", "In {where}, {clause}"),
                where=where,
                clause=_clause(field, english, message, whole_item=not field),
            )
        )
    head, _, field = location.partition(".")
    if field:
        return _sentence(
            _tr(
                QT_TRANSLATE_NOOP("Messages", "In {where}, {clause}"),
                where=head,
                clause=_clause(field, english, message),
            )
        )
    if location == "version" and english.startswith("was written"):
        return _sentence(_tr(QT_TRANSLATE_NOOP("Messages", "this file {message}"), message=message))
    if not location and english.startswith("there "):  # "there is no such file"
        return _sentence(message)
    return _sentence(_clause(location, english, message))


def _line_place(line: re.Match) -> str:
    if line.group(2):
        return _tr(
            QT_TRANSLATE_NOOP("Messages", "line {line}, column {column}"),
            line=line.group(1),
            column=line.group(2),
        )
    return _tr(QT_TRANSLATE_NOOP("Messages", "line {line}"), line=line.group(1))


def _subject(field: str) -> str:
    """How a field of the file reads as a sentence's subject: "the weight", "“x.y”"."""
    if field in FIELD_SUBJECTS:
        return translate(_CONTEXT, FIELD_SUBJECTS[field])
    words = field.replace("_", " ")
    if re.fullmatch(r"[A-Za-z ]+", words):
        return _tr(QT_TRANSLATE_NOOP("Messages", "the {field}"), field=words)
    return f"“{field}”"


def _clause(field: str, english: str, message: str, whole_item: bool = False) -> str:
    """ "the weight must be …", or "the target is wrong: there is no …"."""
    subject = translate(_CONTEXT, ENTRY) if whole_item else _subject(field)
    if english.startswith(_VERBS):
        return _tr(
            QT_TRANSLATE_NOOP("Messages", "{subject} {message}"), subject=subject, message=message
        )
    return _tr(
        QT_TRANSLATE_NOOP("Messages", "{subject} is wrong: {message}"),
        subject=subject,
        message=message,
    )


def _item_name(data: object, kind: str, index: int) -> str:
    """ " (the path from “A” to “B”)", or "" when the file's data do not say."""
    try:
        entry = data[kind][index]
        labels = {c["id"]: c.get("label") or c["id"] for c in data.get("constructs", [])}
        label = lambda cid: labels.get(cid, cid)  # noqa: E731
        if kind == "paths":
            source, target = label(entry["source"]), label(entry["target"])
            return _tr(
                QT_TRANSLATE_NOOP("Messages", " (the path from “{source}” to “{target}”)"),
                source=source,
                target=target,
            )
        if kind == "junctions":
            target = label(entry["target"])
            return _tr(
                QT_TRANSLATE_NOOP("Messages", " (the synergy junction acting on “{target}”)"),
                target=target,
            )
        if kind == "constructs":
            return _tr(
                QT_TRANSLATE_NOOP("Messages", " (the construct “{label}”)"),
                label=label(entry["id"]),
            )
        return _tr(QT_TRANSLATE_NOOP("Messages", " (the scenario “{name}”)"), name=entry["name"])
    except (KeyError, IndexError, TypeError, AttributeError):
        return ""


def _minus_signs(text: str) -> str:
    """A typographic minus before numbers: "−1", not a hyphen."""
    return re.sub(r"(?<![\w.])-(?=\d)", "−", text)


def _sentence(text: str) -> str:
    if not re.match(r"[a-z_]+[\[.]", text):  # a place in the file keeps its spelling
        text = text[:1].upper() + text[1:]
    if text.endswith((".", "?", "!", "。", "？", "！")):
        return text
    return _tr(QT_TRANSLATE_NOOP("Messages", "{sentence}."), sentence=text)


def read_data(path: str | Path) -> object:
    """The file's JSON data if it can be read at all (to name items in messages), else None.

    A file over the loader's size limit is not read again: it was refused for its size, and
    reading it here would stall the window on exactly the file the limit guards against.
    """
    try:
        if Path(path).stat().st_size > MAX_FILE_BYTES:
            return None
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None


def problem_lines(problems: list[Problem], data: object = None) -> list[str]:
    """One line per problem, errors first, shortened to :data:`MAX_LISTED` lines."""
    ordered = sorted(problems, key=lambda p: p.severity != "error")
    lines = [describe_problem(p, data) for p in ordered[:MAX_LISTED]]
    if len(ordered) > MAX_LISTED:
        lines.append(
            _tr(
                QT_TRANSLATE_NOOP("Messages", "… and {count} more"), count=len(ordered) - MAX_LISTED
            )
        )
    return lines


def open_error_text(
    path: str | Path, error: Exception, *, nothing_open: bool = False
) -> tuple[str, str]:
    """The headline and the informative text for a file that cannot be opened.

    ``nothing_open`` is for a file refused at start-up (given on the command line): there is
    no open model to keep, and the default model opens instead.
    """
    name = Path(path).name
    headline = translate("Messages", "The file “{name}” can't be opened.").format(name=name)
    outcome = translate("Messages", DEFAULT_INSTEAD if nothing_open else KEPT)
    if isinstance(error, DocumentFileError) and error.problems:
        lines = problem_lines(error.problems, read_data(path))
        if len(lines) == 1:
            return headline, f"{lines[0]}\n\n{outcome}"
        listed = "\n".join(f"• {line}" for line in lines)
        return headline, f"{listed}\n\n{outcome}"
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        where = translate("Messages", "The file is at {folder}.").format(folder=Path(path).parent)
        return headline, f"{reason}.\n{where}\n\n{outcome}"
    return headline, f"{error_text(error)}\n\n{outcome}"


def show_open_error(
    parent: QWidget | None, path: str | Path, error: Exception, *, nothing_open: bool = False
) -> None:
    """Tell the user a file could not be opened: its name, the place in it and the reason.

    ``nothing_open``: refused at start-up, so the box says the default model opens instead.
    """
    headline, details = open_error_text(path, error, nothing_open=nothing_open)
    title = translate("Messages", "Cannot open file")
    _show(parent, QMessageBox.Icon.Warning, title, headline, details, str(path))


def show_save_error(parent: QWidget | None, path: str | Path, error: Exception) -> None:
    """Tell the user a save failed; the earlier file on disk is untouched (saves are atomic)."""
    reason = getattr(error, "strerror", None) or error_text(error)
    headline = translate("Messages", "“{name}” could not be saved.").format(name=Path(path).name)
    kept = translate(
        "Messages", "The file on disk was not changed; your edits are still open here."
    )
    title = translate("Messages", "Cannot save file")
    _show(parent, QMessageBox.Icon.Warning, title, headline, f"{reason}.\n{kept}", str(path))


def ask_save_changes(parent: QWidget | None, name: str) -> str:
    """Ask before unsaved changes are lost: returns ``"save"``, ``"discard"`` or ``"cancel"``."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Messages", "Unsaved changes"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(translate("Messages", "Save the changes to “{name}”?").format(name=name))
    box.setInformativeText(
        translate("Messages", "Your changes will be lost if you don't save them.")
    )
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
    box.setDetailedText(_tr(QT_TRANSLATE_NOOP("Messages", "File: {path}"), path=where))
    box.exec()
