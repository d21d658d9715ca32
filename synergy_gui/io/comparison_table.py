"""The scenario comparison as a table: rows for a spreadsheet (CSV) and text for a terminal.

The text table has one row per construct and one column group per scenario, so a reader
scans across a line to compare scenarios. The CSV has one row per construct *and* scenario
("long" form) instead: its columns stay the same whatever the scenarios are called and however
many there are, so a spreadsheet can filter, sort and pivot it, and a scenario's name stays a
cell rather than part of a column header. Times are in the model's time unit; an empty cell
means no value (does not settle, never reaches the threshold, no threshold, not known).
"""

from __future__ import annotations

import csv
import os
from collections.abc import Mapping
from typing import IO

from synergy_gui.engine.compare import SHOWN_TOLERANCE, Comparison
from synergy_gui.model.view_state import ScenarioKey, scenario_label

Cell = str | float | None

CSV_HEADER = (
    "construct",
    "label",
    "scenario",
    "final",
    "settled",
    "settles_at",
    "threshold",
    "reaches_at",
    "mean",
    "final_minus_reference",
    "reference",
)
#: Short time units for the text table: "0.62 (wk 31)".
SHORT_UNITS = {"week": "wk", "month": "mo", "year": "yr", "hour": "h", "minute": "min"}
NO_VALUE = "–"
_GROUP_HEADER = ("final", "settles", "reaches", "mean", "Δ final")
_GAP = "  "
_GROUP_GAP = " │ "


# -------------------------------------------------------------------------------- rows
def comparison_rows(
    comparison: Comparison, labels: Mapping[str, str]
) -> tuple[tuple[str, ...], list[list[Cell]]]:
    """``(header, rows)``: one row per construct and scenario, numbers as floats, None empty."""
    reference = scenario_label(comparison.reference)
    rows: list[list[Cell]] = []
    for cid in comparison.construct_ids:
        for key in comparison.keys:
            metrics = comparison.metrics[key][cid]
            rows.append(
                [
                    cid,
                    labels.get(cid, cid),
                    scenario_label(key),
                    metrics.final,
                    metrics.settled,
                    metrics.settles_at,
                    comparison.thresholds.get(cid),
                    metrics.reaches_at,
                    metrics.mean,
                    comparison.difference(key, cid),
                    reference,
                ]
            )
    return CSV_HEADER, rows


def write_comparison_csv(
    comparison: Comparison,
    labels: Mapping[str, str],
    stream_or_path: IO[str] | str | os.PathLike[str],
) -> None:
    """Write :func:`comparison_rows` as CSV: floats as ``repr``, an empty cell for None."""
    if isinstance(stream_or_path, str | os.PathLike):
        with open(stream_or_path, "w", newline="", encoding="utf-8") as handle:
            _write_csv(comparison, labels, handle)
    else:
        _write_csv(comparison, labels, stream_or_path)


def _write_csv(comparison: Comparison, labels: Mapping[str, str], handle: IO[str]) -> None:
    header, rows = comparison_rows(comparison, labels)
    writer = csv.writer(handle)
    writer.writerow(header)
    writer.writerows([_csv_cell(cell) for cell in row] for row in rows)


def _csv_cell(cell: Cell) -> str:
    if cell is None:
        return ""
    return repr(float(cell)) if isinstance(cell, float | int) else cell


# -------------------------------------------------------------------------------- text
def comparison_text(comparison: Comparison, labels: Mapping[str, str], time_unit: str) -> str:
    """A fixed-width table: a row per construct, a column group per scenario, and a legend."""
    unit = time_unit.strip() or "step"
    groups = [_group(comparison, key, unit) for key in comparison.keys]
    names = [labels.get(cid, cid) for cid in comparison.construct_ids]
    goals = [_goal(comparison.thresholds.get(cid)) for cid in comparison.construct_ids]
    left = [_column("construct", names, "<"), _column("goal", goals, ">")]
    lead = _GAP.join(" " * len(column[0]) for column in left)
    lines = [lead + _GROUP_GAP + _GROUP_GAP.join(title for title, _ in groups)]
    for row in range(len(names) + 1):
        cells = _GAP.join(column[row] for column in left)
        lines.append(cells + _GROUP_GAP + _GROUP_GAP.join(body[row] for _, body in groups))
    lines.append("")
    lines.extend(_legend(comparison, unit))
    return "\n".join(line.rstrip() for line in lines)


def _group(comparison: Comparison, key: ScenarioKey, unit: str) -> tuple[str, list[str]]:
    """(title line, header and body lines) of one scenario's column group."""
    rows = [_cells(comparison, key, cid, unit) for cid in comparison.construct_ids]
    formatted = [
        _column(header, [row[position] for row in rows], ">")
        for position, header in enumerate(_GROUP_HEADER)
    ]
    width = len(_GAP.join(column[0] for column in formatted))
    title = scenario_label(key)
    if len(title) > width:  # a long scenario name widens its group's first column
        formatted[0] = [cell.rjust(len(cell) + len(title) - width) for cell in formatted[0]]
        width = len(title)
    body = [_GAP.join(column[row] for column in formatted) for row in range(len(formatted[0]))]
    return title.ljust(width), body


def _cells(comparison: Comparison, key: ScenarioKey, cid: str, unit: str) -> list[str]:
    metrics = comparison.metrics[key][cid]
    if cid not in comparison.thresholds:
        reaches = NO_VALUE
    elif metrics.reaches_at is None:
        reaches = "never"
    else:
        reaches = _time(unit, metrics.reaches_at)
    delta = "ref" if key == comparison.reference else _signed(comparison.difference(key, cid))
    settles = _settles(comparison, key, cid, unit)
    return [f"{metrics.final:.3f}", settles, reaches, f"{metrics.mean:.3f}", delta]


def _settles(comparison: Comparison, key: ScenarioKey, cid: str, unit: str) -> str:
    """ "0.712 (wk 29)"; "(after wk 52)" when it settles only after the run."""
    metrics = comparison.metrics[key][cid]
    if metrics.settled is None:
        return "does not settle" if comparison.settles(key) is False else NO_VALUE
    if metrics.settles_at is None:
        end = float(comparison.results[key].times[-1])
        return f"{metrics.settled:.3f} (after {_time(unit, end)})"
    return f"{metrics.settled:.3f} ({_time(unit, metrics.settles_at)})"


def _signed(difference: float) -> str:
    """Signed to three decimals ("+0.012"), and "0.000" (never "-0.000") when it rounds to 0."""
    text = f"{difference:+.3f}"
    return "0.000" if float(text) == 0.0 else text


def _column(header: str, cells: list[str], align: str) -> list[str]:
    width = max(len(header), *(len(cell) for cell in cells)) if cells else len(header)
    return [f"{text:{align}{width}}" for text in (header, *cells)]


def _time(unit: str, time: float) -> str:
    return f"{SHORT_UNITS.get(unit.lower(), unit)} {time:g}"


def _goal(threshold: float | None) -> str:
    return NO_VALUE if threshold is None else f"≥ {threshold:.2f}"


def _legend(comparison: Comparison, unit: str) -> list[str]:
    ends = sorted({float(result.times[-1]) for result in comparison.results.values()})
    span = " or ".join(f"{end:g}" for end in ends)
    return [
        f"final: the level after {span} {unit}s.  settles: the level it comes to rest at, and "
        f"from when it stays within {SHOWN_TOLERANCE:g} of it.",
        f"reaches: the first {unit} at or above the goal.  mean: the average level over the "
        f"run.  Δ final: final minus {scenario_label(comparison.reference)}'s (ref).",
    ]
