"""Survey data from a CSV: one row per respondent, one column per questionnaire item.

The file is read as text first (:func:`read_survey`), so columns the model does not use (a
respondent id, a free-text answer) never stop it; only the item columns an estimation needs
are turned into numbers (:meth:`SurveyTable.responses`), with listwise deletion of the
respondents who left any of them empty. Every refusal is a :class:`SurveyError` whose text reads
``FILE:ROW: reason``; ROW is the line of the file (the header is line 1).
"""

from __future__ import annotations

import csv
import difflib
import math
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from synergy_gui.io.problems import located
from synergy_gui.model.phrases import Phrase, phrase

#: Cells read as a missing answer (R's NA, SPSS/SAS's ".", an empty cell).
MISSING_CELLS = frozenset({"", "na", "n/a", "nan", ".", "-", "missing"})
#: Bigger files are refused: the whole table is held as text while it is read.
MAX_BYTES = 200 * 1024 * 1024
_DELIMITERS = (",", ";", "\t")
_EMPTY = phrase("the file is empty (no header, no respondents)")


class SurveyError(ValueError):
    """Survey data the user can fix; ``str()`` reads ``FILE:ROW: reason`` (ROW if known)."""

    def __init__(self, filename: str, reason: str, row: int | None = None) -> None:
        self.filename, self.reason, self.row = filename, reason, row
        super().__init__(located(filename, row, None, reason))


@dataclass(frozen=True)
class Responses:
    """The numeric answers of the respondents who answered every item asked for."""

    filename: str
    columns: list[str]
    values: np.ndarray  # respondents × columns, complete rows only
    dropped_rows: list[int] = field(default_factory=list)  # file lines left out (missing)

    @property
    def dropped(self) -> int:
        return len(self.dropped_rows)

    def column(self, name: str) -> np.ndarray:
        return self.values[:, self.columns.index(name)]


@dataclass(frozen=True)
class SurveyTable:
    """The CSV as text cells; ``lines[k]`` is the file line of ``rows[k]``."""

    filename: str
    header: list[str]
    rows: list[list[str]]
    lines: list[int]
    decimal_comma: bool = False

    def responses(self, columns: Iterable[str]) -> Responses:
        """The named columns as numbers, without respondents who left any of them empty."""
        wanted = list(dict.fromkeys(columns))
        for name in wanted:
            if name not in self.header:
                raise SurveyError(self.filename, self._unknown_column(name), 1)
            if self.header.count(name) > 1:
                twice = phrase("the header names column {name!r} twice", name=name)
                raise SurveyError(self.filename, twice, 1)
        positions = [self.header.index(name) for name in wanted]
        values = np.empty((len(self.rows), len(wanted)))
        for k, (row, line) in enumerate(zip(self.rows, self.lines, strict=True)):
            values[k] = [self._number(row[p], line, self.header[p]) for p in positions]
        complete = ~np.isnan(values).any(axis=1)
        dropped = [line for line, keep in zip(self.lines, complete, strict=True) if not keep]
        return Responses(self.filename, wanted, values[complete], dropped)

    def check_items(self, items: dict[str, Sequence[str]]) -> None:
        """Refuse a construct that has no items, or items the data do not hold."""
        for construct, names in items.items():
            if not names:
                raise SurveyError(
                    self.filename,
                    phrase("construct {name!r} has no items to score it by", name=construct),
                )
            absent = [name for name in names if name not in self.header]
            if len(absent) == len(names):
                raise SurveyError(
                    self.filename,
                    phrase(
                        "construct {name!r} has none of its items in the data "
                        "(items: {items}; columns: {columns})",
                        name=construct,
                        items=", ".join(names),
                        columns=_listing(self.header),
                    ),
                    1,
                )
            if absent:
                reason = phrase(
                    "construct {name!r}: {reason}",
                    name=construct,
                    reason=self._unknown_column(absent[0]),
                )
                raise SurveyError(self.filename, reason, 1)

    def _unknown_column(self, name: str) -> Phrase:
        near = difflib.get_close_matches(name, self.header, n=1, cutoff=0.6)
        columns = _listing(self.header)
        if near:
            return phrase(
                "there is no column {name!r} (did you mean {near!r}?); columns: {columns}",
                name=name,
                near=near[0],
                columns=columns,
            )
        return phrase("there is no column {name!r}; columns: {columns}", name=name, columns=columns)

    def _number(self, cell: str, line: int, column: str) -> float:
        text = cell.strip()
        if text.lower() in MISSING_CELLS:
            return math.nan
        if self.decimal_comma:
            text = text.replace(",", ".")
        try:
            value = float(text)
        except ValueError:
            value = math.nan
            finite = False
        else:
            finite = math.isfinite(value)
        if not finite:
            reason = phrase(
                "column {column!r} holds {cell}, not a number", column=column, cell=_shown(cell)
            )
            raise SurveyError(self.filename, reason, line)
        return value


def read_survey(path: str | os.PathLike[str]) -> SurveyTable:
    """Read a survey CSV file as text cells; refuse an empty, binary or ragged file."""
    filename = os.fspath(path)
    try:
        size = os.path.getsize(filename)
        if size > MAX_BYTES:
            raise SurveyError(
                filename,
                phrase("is {size:.0f} MB; survey files up to 200 MB are read", size=size / 2**20),
            )
        with open(filename, "rb") as stream:
            raw = stream.read()
    except IsADirectoryError:
        raise SurveyError(filename, phrase("is a folder, not a CSV file")) from None
    except FileNotFoundError:
        raise SurveyError(filename, phrase("no such file")) from None
    except OSError as error:
        reason = phrase("cannot be read ({reason})", reason=error.strerror or str(error))
        raise SurveyError(filename, reason) from None
    return parse_survey(_decoded(raw, filename), filename)


def parse_survey(text: str, filename: str = "<survey>") -> SurveyTable:
    """Split CSV text into a header and rows of cells (``,``, ``;`` or tab separated)."""
    lines = text.splitlines()
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise SurveyError(filename, _EMPTY)
    delimiter = max(_DELIMITERS, key=lines[first].count)
    reader = csv.reader(text.splitlines(keepends=True), delimiter=delimiter)
    header: list[str] = []
    rows: list[list[str]] = []
    numbers: list[int] = []
    try:
        for record in reader:
            if not any(cell.strip() for cell in record):
                continue
            if not header:
                header = _checked_header(record, filename, reader.line_num)
                continue
            _check_width(record, header, filename, reader.line_num)
            rows.append(record)
            numbers.append(reader.line_num)
    except csv.Error as error:
        reason = phrase("is not readable as CSV ({error})", error=str(error))
        raise SurveyError(filename, reason, reader.line_num) from None
    if not rows:
        reason = phrase("has a header but no respondents")
        raise SurveyError(filename, reason, reader.line_num or 1)
    return SurveyTable(filename, header, rows, numbers, decimal_comma=delimiter == ";")


def _decoded(raw: bytes, filename: str) -> str:
    if not raw.strip():
        raise SurveyError(filename, _EMPTY)
    if b"\x00" in raw[:65536]:
        raise SurveyError(filename, phrase("is a binary file, not a CSV of survey responses"))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")  # a spreadsheet's export on Windows


def _checked_header(record: list[str], filename: str, line: int) -> list[str]:
    """Cleaned column names; an unnamed column (R's row names) is called ``column N``."""
    return [cell.strip() or f"column {k}" for k, cell in enumerate(record, start=1)]


def _check_width(record: list[str], header: list[str], filename: str, line: int) -> None:
    if len(record) == len(header):
        return
    if len(record) == 1:
        reason = phrase("has 1 cell; the header has {columns} columns", columns=len(header))
    else:
        reason = phrase(
            "has {cells} cells; the header has {columns} columns",
            cells=len(record),
            columns=len(header),
        )
    raise SurveyError(filename, reason, line)


def _shown(cell: str) -> str:
    text = cell.strip()
    return repr(text if len(text) <= 30 else text[:27] + "...")


def _listing(names: Sequence[str], most: int = 12) -> str:
    shown = ", ".join(names[:most])
    if len(names) <= most:
        return shown
    return phrase("{names}, ... ({count} in all)", names=shown, count=len(names))
