"""One door for every study import: guess the format, read the source, apply estimates.

The CLI's ``import`` and the window's File → Import both come through
:func:`import_source`, so they understand a file the same way and refuse it with the same
``FILE:LINE:COL: reason``.
"""

from __future__ import annotations

import os
from pathlib import Path

from synergy_gui.io.coefficients import (
    CoefficientTable,
    apply_table,
    document_from_table,
    parse_coefficients,
    read_coefficients,
)
from synergy_gui.io.fcm_matrix import parse_fcm_matrix, use_rule
from synergy_gui.io.graphml import parse_graphml
from synergy_gui.io.lavaan import FREE_WARNING, FreeCoefficient, ImportResult, parse_lavaan
from synergy_gui.io.problems import ImportProblem, read_source_text
from synergy_gui.model.phrases import Phrase, message_of, phrase

FORMATS = ("lavaan", "table", "smartpls", "fcm", "graphml")
_SUFFIXES = {
    ".lav": "lavaan",
    ".lavaan": "lavaan",
    ".sem": "lavaan",
    ".model": "lavaan",
    ".graphml": "graphml",
    ".xml": "graphml",
}


def guess_format(name: str, text: str) -> str:
    """The format of a source from its suffix, else from its content."""
    suffix = Path(name).suffix.lower()
    if suffix in _SUFFIXES:
        return _SUFFIXES[suffix]
    start = text.lstrip("\ufeff \t\r\n")
    if start.startswith("<"):
        return "graphml"
    first = start.splitlines()[0].lower() if start else ""
    if suffix in (".csv", ".tsv") or first.count(",") + first.count(";") + first.count("\t") > 1:
        if any(word in first for word in ("lhs", "lval")):
            return "table"
        return "fcm" if _square(start) else "smartpls"
    return "lavaan"


def _square(text: str) -> bool:
    """A matrix whose first column names what its header names (FCM); SmartPLS reads alike."""
    rows = [line for line in text.splitlines() if line.strip()]
    if len(rows) < 2:
        return False
    delimiter = max(",;\t", key=rows[0].count)
    header = [cell.strip().strip('"') for cell in rows[0].split(delimiter)[1:]]
    firsts = [row.split(delimiter)[0].strip().strip('"') for row in rows[1:]]
    return header == firsts


def import_source(
    path: str | os.PathLike[str],
    form: str | None = None,
    estimates: str | os.PathLike[str] | None = None,
    rule: str | None = None,
    activation: tuple[str | None, float | None] = (None, None),
) -> ImportResult:
    """Read a study's model; with ``estimates`` (a coefficient table) its values fill it.

    ``rule`` and ``activation`` (kind, gain) say how the model runs (see :func:`use_rule`).
    """
    name = str(path)
    text = read_source_text(path, phrase("study model"))
    form = form or guess_format(name, text)
    table = read_coefficients(estimates) if estimates is not None else None
    if form == "lavaan":
        result = parse_lavaan(text, name, table.by_label() if table else None)
    elif form in ("table", "smartpls"):
        result = document_from_table(_table(text, name, form), _title(name))
    elif form == "fcm":
        result = parse_fcm_matrix(text, name)
    elif form == "graphml":
        result = parse_graphml(text, name)
    else:
        reason = phrase(
            "unknown format {form!r} ({formats})", form=form, formats=", ".join(FORMATS)
        )
        raise ImportProblem(name, None, None, reason)
    if table is not None:
        _apply_estimates(result, table, name)
    result.document.meta.title = result.document.meta.title or _title(name)
    result.form = form
    if rule is not None or activation != (None, None):
        try:
            use_rule(result.document, rule or result.document.settings.update_rule, *activation)
        except ValueError as error:
            raise ImportProblem(name, None, None, message_of(error)) from None
    return result


def _table(text: str, name: str, form: str) -> CoefficientTable:
    table = parse_coefficients(text, name)
    if form == "smartpls" and table.kind != "smartpls":
        reason = phrase("is a {kind} table, not SmartPLS's", kind=table.kind)
        raise ImportProblem(name, 1, None, reason)
    return table


def _title(name: str) -> str:
    return Path(name).name.split(".")[0].replace("_", " ").strip() or "Imported model"


def _no_value(free: FreeCoefficient, file: str) -> Phrase:
    if free.label:
        return phrase("the label {label!r} has no value in {file}", label=free.label, file=file)
    return phrase("the coefficient {item!r} has no value in {file}", item=free.item_id, file=file)


def _apply_estimates(result: ImportResult, table: CoefficientTable, source: str) -> None:
    """Fill weights and sds from the table; a free coefficient it has no value for is refused."""
    filled, notes = apply_table(result.document, table)
    result.warnings += table.warnings + notes
    labelled = table.by_label()
    for free in result.free:
        if free.item_id in filled or (free.label is not None and free.label in labelled):
            continue
        raise ImportProblem(source, free.line, free.column, _no_value(free, table.file))
    result.free = []
    result.warnings = [w for w in result.warnings if FREE_WARNING not in w.message]
