"""A sensitivity result as a table: CSV rows for a spreadsheet and text for a terminal.

One row per parameter, most influential first. Every row repeats the method, the outcome and
its week (empty: where it settles) and the base outcome, so a row read on its own, or rows of
several runs pasted together, still say what they measure. ``input_low``/``input_high`` are
the range the parameter varied over; the method's figures follow (for the tornado ``low`` and
``high`` are the *outcome* with the parameter at either end of its range).
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from synergy_gui.engine.sensitivity import FIGURES, SensitivityResult

Cell = str | float | int

LEADING = ("rank", "parameter", "label", "kind", "value", "input_low", "input_high")
TRAILING = ("method", "outcome", "week", "base")
#: Columns read back as text; every other non-empty cell is a number.
TEXT_COLUMNS = frozenset({"parameter", "label", "kind", "method", "outcome"})


def sensitivity_header(method: str) -> tuple[str, ...]:
    return (*LEADING, *FIGURES[method], *TRAILING)


def sensitivity_rows(
    result: SensitivityResult, labels: Mapping[str, str]
) -> tuple[tuple[str, ...], list[list[Cell]]]:
    """``(header, rows)``: a row per parameter in rank order, numbers as floats."""
    week: Cell = "" if result.week is None else float(result.week)
    rows: list[list[Cell]] = []
    for rank, parameter in enumerate(result.parameters, start=1):
        figures = [float(result.figures[name][rank - 1]) for name in FIGURES[result.method]]
        rows.append(
            [
                rank,
                parameter.name,
                labels.get(parameter.name, parameter.name),
                parameter.kind,
                parameter.value,
                parameter.low,
                parameter.high,
                *figures,
                result.method,
                result.outcome,
                week,
                result.base,
            ]
        )
    return sensitivity_header(result.method), rows


def write_sensitivity_csv(
    result: SensitivityResult, labels: Mapping[str, str], path: str | os.PathLike[str]
) -> None:
    """Write the rows as UTF-8 CSV, beside the target first and then moved into place."""
    target = Path(path)
    header, rows = sensitivity_rows(result, labels)
    descriptor, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(descriptor, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows([_cell(cell) for cell in row] for row in rows)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read_sensitivity_csv(path: str | os.PathLike[str]) -> list[dict[str, str | float | None]]:
    """The rows of a written CSV, numbers as floats and an empty cell as None."""
    with open(path, newline="", encoding="utf-8") as handle:
        return [
            {name: _value(name, text) for name, text in row.items()}
            for row in csv.DictReader(handle)
        ]


def _cell(cell: Cell) -> str:
    if isinstance(cell, float):
        return repr(cell)
    return str(cell)


def _value(name: str, text: str) -> str | float | None:
    if name in TEXT_COLUMNS:
        return text
    return None if text == "" else float(text)


def sensitivity_text(result: SensitivityResult, labels: Mapping[str, str]) -> str:
    """A fixed-width table for a terminal: rank, parameter, its range and the figures."""
    _header, rows = sensitivity_rows(result, labels)
    figures = FIGURES[result.method]
    titles = ("#", "parameter", "range", *figures)
    lines = [
        [
            str(row[0]),
            f"{row[2]} ({row[1]})",
            f"{row[5]:.3f} … {row[6]:.3f}",
            *(f"{float(value):.4f}" for value in row[7 : 7 + len(figures)]),
        ]
        for row in rows
    ]
    widths = [
        max([len(title), *(len(line[k]) for line in lines)]) for k, title in enumerate(titles)
    ]
    aligned = [
        "  ".join(
            cell.ljust(width) if k in (1, 2) else cell.rjust(width)
            for k, (cell, width) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()
        for cells in (list(titles), *lines)
    ]
    return "\n".join(aligned)
