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

#: Larger than any study's syntax, table or matrix; refused before it is read into memory.
MAX_SOURCE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class ImportNote:
    """Something an importer noticed, at a place in the source (a warning when not raised)."""

    file: str
    line: int | None
    column: int | None
    message: str

    def __str__(self) -> str:
        place = self.file
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        return f"{place}: {self.message}"


class ImportProblem(ValueError):  # noqa: N818 (the name the other importers use)
    """A source that cannot be imported; ``str()`` is ``FILE:LINE:COL: reason``."""

    def __init__(self, file: str, line: int | None, column: int | None, reason: str) -> None:
        self.note = ImportNote(file, line, column, reason)
        super().__init__(str(self.note))

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


def read_source_text(path: str | os.PathLike[str], what: str = "file") -> str:
    """The text of a source file, or :class:`ImportProblem` saying why it cannot be read."""
    name = str(path)
    raw = _read_bytes(Path(path), name)
    return decode_source(raw, name, what)


def decode_source(raw: bytes, name: str, what: str = "file") -> str:
    """Bytes as text: refuse empty, binary (a NUL byte) and non-UTF-8 input with its place."""
    if b"\x00" in raw:
        line, column = _line_column(raw, raw.index(b"\x00"))
        raise ImportProblem(
            name, line, column, f"holds a NUL byte: this is a binary file, not a {what}"
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line, column = _line_column(raw, error.start)
        raise ImportProblem(
            name,
            line,
            column,
            f"is not UTF-8 text (byte 0x{raw[error.start]:02x}); save the {what} as UTF-8",
        ) from None
    if not text.strip():
        raise ImportProblem(name, None, None, f"is empty; expected a {what}")
    return text


def _read_bytes(path: Path, name: str) -> bytes:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ImportProblem(name, None, None, "there is no such file") from None
    except OSError as error:
        raise ImportProblem(name, None, None, f"cannot be read ({error.strerror})") from None
    if stat.S_ISDIR(info.st_mode):
        raise ImportProblem(name, None, None, "is a folder, not a file")
    if info.st_size > MAX_SOURCE_BYTES:
        raise ImportProblem(name, None, None, "is larger than 20 MB; not a study's model")
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_SOURCE_BYTES + 1)
    except OSError as error:
        raise ImportProblem(name, None, None, f"cannot be read ({error.strerror})") from None
    if len(raw) > MAX_SOURCE_BYTES:
        raise ImportProblem(name, None, None, "is larger than 20 MB; not a study's model")
    return raw


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
        raise ImportProblem(filename, reader.line_num, None, f"is not valid CSV: {error}") from None
    if delimiter == ";":
        rows = [(line, [cell.replace(",", ".") for cell in cells]) for line, cells in rows]
    return rows
