"""What the importers say about a source file: a refusal (:class:`ImportProblem`) or a note.

Both name the file and, where there is one, the line (or CSV row) and column, so that every
message reads ``FILE:LINE:COL: reason`` like a compiler's. :func:`read_source_text` makes the
checks every importer needs on the file itself: missing, a folder, empty, binary, not UTF-8,
too large.
"""

from __future__ import annotations

import csv
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from synergy_gui.model.errors import Problem
from synergy_gui.model.phrases import Phrase, phrase

#: Larger than any study's syntax, table or matrix; refused before it is read into memory.
MAX_SOURCE_BYTES = 20 * 1024 * 1024
#: What a source is called in its refusals when the importer does not say.
A_FILE = phrase("file")
_TOO_LARGE = phrase("is larger than 20 MB; not a study's model")


def located(file: str, line: int | None, column: int | None, message: str) -> Phrase:
    """``FILE:LINE:COL: message`` (the line and column where known), as a phrase."""
    if line is None:
        return phrase("{file}: {message}", file=file, message=message)
    if column is None:
        return phrase("{file}:{line}: {message}", file=file, line=line, message=message)
    return phrase(
        "{file}:{line}:{column}: {message}", file=file, line=line, column=column, message=message
    )


def not_a_model(problem: Problem) -> Phrase:
    """``cannot be a model: <place>: <reason>``, for the first error the model's checks find."""
    reason = problem.message
    if problem.location:
        reason = phrase("{location}: {message}", location=problem.location, message=reason)
    return phrase("cannot be a model: {problem}", problem=reason)


@dataclass(frozen=True)
class ImportNote:
    """Something an importer noticed, at a place in the source (a warning when not raised)."""

    file: str
    line: int | None
    column: int | None
    message: str

    def __str__(self) -> str:
        return located(self.file, self.line, self.column, self.message)


class ImportProblem(ValueError):  # noqa: N818 (the name the other importers use)
    """A source that cannot be imported; ``str()`` is ``FILE:LINE:COL: reason``."""

    def __init__(self, file: str, line: int | None, column: int | None, reason: str) -> None:
        self.note = ImportNote(file, line, column, reason)
        super().__init__(located(file, line, column, reason))

    @property
    def file(self) -> str:
        return self.note.file

    @property
    def line(self) -> int | None:
        return self.note.line

    @property
    def column(self) -> int | None:
        return self.note.column

    @property
    def reason(self) -> str:
        return self.note.message


def read_source_text(path: str | os.PathLike[str], what: str = A_FILE) -> str:
    """The text of a source file, or :class:`ImportProblem` saying why it cannot be read."""
    name = str(path)
    raw = _read_bytes(Path(path), name)
    return decode_source(raw, name, what)


def decode_source(raw: bytes, name: str, what: str = A_FILE) -> str:
    """Bytes as text: refuse empty, binary (a NUL byte) and non-UTF-8 input with its place."""
    if b"\x00" in raw:
        line, column = _line_column(raw, raw.index(b"\x00"))
        raise ImportProblem(
            name,
            line,
            column,
            phrase("holds a NUL byte: this is a binary file, not a {what}", what=what),
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line, column = _line_column(raw, error.start)
        raise ImportProblem(
            name,
            line,
            column,
            phrase(
                "is not UTF-8 text (byte 0x{byte:02x}); save the {what} as UTF-8",
                byte=raw[error.start],
                what=what,
            ),
        ) from None
    if not text.strip():
        raise ImportProblem(name, None, None, phrase("is empty; expected a {what}", what=what))
    return text


def _read_bytes(path: Path, name: str) -> bytes:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ImportProblem(name, None, None, phrase("there is no such file")) from None
    except OSError as error:
        raise ImportProblem(name, None, None, _unreadable(error)) from None
    if stat.S_ISDIR(info.st_mode):
        raise ImportProblem(name, None, None, phrase("is a folder, not a file"))
    if info.st_size > MAX_SOURCE_BYTES:
        raise ImportProblem(name, None, None, _TOO_LARGE)
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_SOURCE_BYTES + 1)
    except OSError as error:
        raise ImportProblem(name, None, None, _unreadable(error)) from None
    if len(raw) > MAX_SOURCE_BYTES:
        raise ImportProblem(name, None, None, _TOO_LARGE)
    return raw


def _unreadable(error: OSError) -> Phrase:
    return phrase("cannot be read ({reason})", reason=error.strerror or str(error))


def _line_column(raw: bytes, offset: int) -> tuple[int, int]:
    line = raw.count(b"\n", 0, offset) + 1
    return line, offset - (raw.rfind(b"\n", 0, offset) + 1) + 1


def csv_rows(text: str, filename: str) -> list[tuple[int, list[str]]]:
    """The non-empty rows of a table with their line numbers. The delimiter is sniffed (, ;
    or tab); with ";" (a European locale) decimal commas become points."""
    text = text.removeprefix("\ufeff")
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max(",;\t", key=first.count)
    reader = csv.reader(text.splitlines(), delimiter=delimiter)
    rows = []
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                rows.append((reader.line_num, cells))
    except csv.Error as error:
        reason = phrase("is not valid CSV: {error}", error=str(error))
        raise ImportProblem(filename, reader.line_num, None, reason) from None
    if delimiter == ";":
        rows = [(line, [cell.replace(",", ".") for cell in cells]) for line, cells in rows]
    return rows
