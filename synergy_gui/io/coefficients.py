"""Coefficient tables (CSV) of estimated models: read them, apply them, or build a model.

Three formats, told apart by the header:

- lavaan ``parameterEstimates()`` / ``standardizedSolution()`` (``lhs, op, rhs, est, se``;
  ``est.std``; ``std.all`` when asked for), as ``write.csv`` writes it;
- semopy ``inspect()`` (``lval, op, rval, Estimate, Std. Err``; ``Est. Std`` with
  ``std_est=True``), as pandas ``to_csv`` writes it;
- SmartPLS path coefficients: the matrix (sources in rows, targets in columns) or the
  bootstrap list (``A -> B`` rows with ``Original Sample (O)`` and ``Standard Deviation``).

The model holds standardised weights, so a standardised column is taken where there is one;
a coefficient beyond ±1 makes the model's weights unstandardised, with a warning.
A standard error belongs to the unstandardised estimate when the standardised one is taken
from a separate column (``std.all``, ``Est. Std``); it is then rescaled by std/est (the
delta method with the variances held fixed) and a warning says so. Regression rows (``~``)
become weights and their standard errors the ``sd``; ``=~`` rows name items; ``:=`` rows are
kept as defined effects.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field

from synergy_gui.io.assemble import Draft, assemble
from synergy_gui.io.lavaan import ImportResult
from synergy_gui.io.problems import ImportNote, ImportProblem, csv_rows, read_source_text
from synergy_gui.model.checks import MAX_SD, MAX_UNSTANDARDISED
from synergy_gui.model.document import ModelDocument
from synergy_gui.model.phrases import Phrase, phrase

_MISSING = {"", "na", "nan", "-", "—"}


@dataclass(frozen=True)
class Coefficient:
    """One estimated regression coefficient: ``source -> target`` (source ``a:b`` a product)."""

    source: str
    target: str
    estimate: float
    se: float | None
    label: str | None
    line: int  # the line of the file it stands on


@dataclass
class CoefficientTable:
    """What a table says: its format, coefficients, items and defined effects."""

    file: str
    kind: str  # "lavaan", "semopy", "smartpls"
    coefficients: list[Coefficient] = field(default_factory=list)
    items: dict[str, list[str]] = field(default_factory=dict)
    defined: dict[str, float] = field(default_factory=dict)
    warnings: list[ImportNote] = field(default_factory=list)

    def by_label(self) -> dict[str, float]:
        """Each labelled coefficient's estimate (for labels in lavaan syntax)."""
        return {c.label: c.estimate for c in self.coefficients if c.label}


# ---------------------------------------------------------------------------- reading
def read_coefficients(path: str | os.PathLike[str]) -> CoefficientTable:
    """Read a coefficient table file; :class:`ImportProblem` names the row and column."""
    text = read_source_text(path, phrase("coefficient table (CSV)"))
    return parse_coefficients(text, str(path))


def parse_coefficients(text: str, filename: str = "<table>") -> CoefficientTable:
    """Read a coefficient table from CSV text."""
    rows = csv_rows(text, filename)
    if not rows:
        raise ImportProblem(
            filename, None, None, phrase("is empty; expected a {what}", what=_A_TABLE)
        )
    header = [cell.strip().lower() for cell in rows[0][1]]
    if {"lhs", "op", "rhs"} <= set(header):
        return _Parameters(filename, "lavaan", rows, ("lhs", "op", "rhs")).read()
    if {"lval", "op", "rval"} <= set(header):
        return _Parameters(filename, "semopy", rows, ("lval", "op", "rval")).read()
    if len(rows) > 1 and "->" in rows[1][1][0]:
        return _smartpls_list(filename, rows)
    if len(header) > 1 and len(rows) > 1 and (not header[0] or header[0] in _MATRIX_CORNERS):
        return _smartpls_matrix(filename, rows)
    raise ImportProblem(filename, rows[0][0], None, _NOT_UNDERSTOOD)


_A_TABLE = phrase("coefficient table")
_NOT_UNDERSTOOD = phrase(
    "the header is not understood; expected a lavaan parameterEstimates() table (lhs, op, rhs, "
    "est, se), a semopy inspect() table (lval, op, rval, Estimate, Std. Err) or a SmartPLS "
    "path-coefficient matrix (names in the first row and column)"
)
_MATRIX_CORNERS = {"", "path coefficients", "construct", "constructs", "variable"}


def _number(cell: str, filename: str, line: int, column: int, name: str) -> float | None:
    text = cell.strip()
    if text.lower() in _MISSING:
        return None
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        reason = phrase("column {name!r}: {cell!r} is not a number", name=name, cell=text)
        raise ImportProblem(filename, line, column, reason)
    return value


class _Parameters:
    """A lavaan or semopy parameter table: one row per parameter."""

    def __init__(self, filename: str, kind: str, rows, names: tuple[str, str, str]) -> None:
        self.table = CoefficientTable(filename, kind)
        self.rows = rows
        self.header = [cell.strip().lower() for cell in rows[0][1]]
        self.names = names
        self.fixed_to_one: list[tuple[str, str]] = []  # semopy's marker loadings

    def column(self, *candidates: str) -> int | None:
        return next((self.header.index(c) for c in candidates if c in self.header), None)

    def read(self) -> CoefficientTable:
        lhs, op, rhs = (self.header.index(name) for name in self.names)
        standardised = self.column("std.all", "est.std", "est. std")
        plain = self.column("est", "estimate")
        estimate = standardised if standardised is not None else plain
        if estimate is None:
            raise ImportProblem(
                self.table.file,
                self.rows[0][0],
                None,
                phrase("the header has no estimate column (est, est.std, std.all or Estimate)"),
            )
        se = self.column("se", "std. err", "std.err")
        rescale = (
            se is not None
            and standardised is not None
            and self.header[standardised]
            in (
                "std.all",
                "est. std",
            )
        )
        label = self.column("label")
        for line, cells in self.rows[1:]:
            cells = cells + [""] * (len(self.header) - len(cells))
            self._row(line, cells, (lhs, op, rhs), estimate, plain if rescale else None, se, label)
        if self.table.kind == "semopy":
            self._semopy_loadings()
        if rescale and self.table.coefficients:
            self.table.warnings.append(
                ImportNote(
                    self.table.file,
                    None,
                    None,
                    phrase(
                        "the standard errors belong to the unstandardised estimates; each is "
                        "rescaled to the standardised {column!r} by std/est",
                        column=self.header[estimate],
                    ),
                )
            )
        return self.table

    def _semopy_loadings(self) -> None:
        """semopy lists loadings as ``item ~ latent``; a latent has a loading fixed to 1."""
        table = self.table
        latents = {source for source, _ in self.fixed_to_one}
        predictors = {c.source for c in table.coefficients}
        loadings = [
            c
            for c in table.coefficients
            if c.source in latents and c.target not in predictors | latents
        ]
        for loading in loadings:
            table.items.setdefault(loading.source, []).append(loading.target)
        table.coefficients = [c for c in table.coefficients if c not in loadings]

    def _row(self, line, cells, places, estimate, plain, se, label) -> None:
        file = self.table.file
        lhs, op, rhs = (cells[i].strip() for i in places)
        value = _number(cells[estimate], file, line, estimate + 1, self.header[estimate])
        if op == "=~":
            self.table.items.setdefault(lhs, []).append(rhs)
            return
        if op == ":=" and value is not None:
            self.table.defined[lhs] = value
            return
        if op != "~" or rhs == "1":
            return
        if value is None:
            self.table.warnings.append(
                ImportNote(file, line, None, phrase("no estimate; left out"))
            )
            return
        error = _number(cells[se], file, line, se + 1, self.header[se]) if se is not None else None
        plain = plain if plain is not None else self.column("est", "estimate")
        if error is not None and plain is not None and plain != estimate:
            raw = _number(cells[plain], file, line, plain + 1, self.header[plain])
            error = abs(error * value / raw) if raw else None
        if error is None and plain is not None and _is_one(cells[plain]):
            self.fixed_to_one.append((rhs, lhs))
        name = cells[label].strip() if label is not None else ""
        self.table.coefficients.append(
            Coefficient(rhs.replace(" ", ""), lhs, value, error, name or None, line)
        )


def _is_one(cell: str) -> bool:
    try:
        return float(cell) == 1.0
    except ValueError:
        return False


def _smartpls_matrix(filename: str, rows) -> CoefficientTable:
    table = CoefficientTable(filename, "smartpls")
    header_line, header = rows[0]
    targets = [cell.strip() for cell in header[1:]]
    for line, cells in rows[1:]:
        source = cells[0].strip()
        if not source:
            raise ImportProblem(
                filename, line, 1, phrase("a row of the matrix has no construct name")
            )
        for index, cell in enumerate(cells[1:], start=1):
            if index > len(targets) or not targets[index - 1]:
                if cell.strip():
                    reason = phrase("a value has no column name")
                    raise ImportProblem(filename, line, index + 1, reason)
                continue
            value = _number(cell, filename, line, index + 1, targets[index - 1])
            if value is not None and value != 0.0 and targets[index - 1] != source:
                table.coefficients.append(
                    Coefficient(source, targets[index - 1], value, None, None, line)
                )
    if not table.coefficients:
        raise ImportProblem(filename, header_line, None, phrase("the matrix holds no coefficients"))
    return table


def _smartpls_list(filename: str, rows) -> CoefficientTable:
    table = CoefficientTable(filename, "smartpls")
    header = [cell.strip().lower() for cell in rows[0][1]]
    estimate = next((i for i, h in enumerate(header) if h.startswith("original sample")), None)
    spread = next((i for i, h in enumerate(header) if h.startswith("standard deviation")), None)
    if estimate is None:
        reason = phrase("the header has no 'Original Sample (O)'")
        raise ImportProblem(filename, rows[0][0], None, reason)
    for line, cells in rows[1:]:
        source, arrow, target = cells[0].partition("->")
        if not arrow:
            raise ImportProblem(
                filename, line, 1, phrase("{cell!r} is not 'A -> B'", cell=cells[0])
            )
        cells = cells + [""] * (len(header) - len(cells))
        value = _number(cells[estimate], filename, line, estimate + 1, rows[0][1][estimate])
        error = None
        if spread is not None:
            error = _number(cells[spread], filename, line, spread + 1, rows[0][1][spread])
        if value is not None:
            table.coefficients.append(
                Coefficient(source.strip(), target.strip(), value, error, None, line)
            )
    return table


# --------------------------------------------------------------------------- applying
def _checked(table: CoefficientTable, coefficient: Coefficient) -> tuple[float, float | None]:
    where = (table.file, coefficient.line, None)
    ends = {"source": coefficient.source, "target": coefficient.target}
    if not -MAX_UNSTANDARDISED <= coefficient.estimate <= MAX_UNSTANDARDISED:
        raise ImportProblem(
            *where,
            phrase(
                "the coefficient {value:g} of {source} -> {target} is outside "
                "[-{largest:g}, {largest:g}], the largest weight the model holds; export the "
                "standardised solution",
                value=coefficient.estimate,
                largest=MAX_UNSTANDARDISED,
                **ends,
            ),
        )
    if coefficient.se is not None and coefficient.se > MAX_SD:
        reason = phrase(
            "the standard error {se:g} of {source} -> {target} is larger than {largest:g}",
            se=coefficient.se,
            largest=MAX_SD,
            **ends,
        )
        raise ImportProblem(*where, reason)
    return coefficient.estimate, coefficient.se


def apply_table(
    document: ModelDocument, table: CoefficientTable
) -> tuple[set[str], list[ImportNote]]:
    """Set the weights and sds of the document's paths and synergies the table names.

    Returns the ids filled and a warning for each coefficient that matches nothing. The
    document is changed only when every coefficient is acceptable.
    """
    by_name = {c.id: c.id for c in document.constructs} | {
        c.label: c.id for c in document.constructs
    }
    changes: dict[str, tuple[float, float | None]] = {}
    notes: list[ImportNote] = []
    for coefficient in table.coefficients:
        item = _matching_item(document, by_name, coefficient)
        if item is None:
            notes.append(
                ImportNote(
                    table.file,
                    coefficient.line,
                    None,
                    phrase(
                        "{source} -> {target} is not a path of the model; left out",
                        source=coefficient.source,
                        target=coefficient.target,
                    ),
                )
            )
            continue
        changes[item] = _checked(table, coefficient)
    for item_id, (weight, sd) in changes.items():
        item = document.weighted_item(item_id)
        item.weight, item.sd = weight, sd
    notes += mark_unstandardised(document, table)
    return set(changes), notes


def mark_unstandardised(document: ModelDocument, table: CoefficientTable) -> list[ImportNote]:
    """Call the weights unstandardised when one lies beyond ±1, with a warning at its row."""
    beyond = [c for c in table.coefficients if abs(c.estimate) > 1.0]
    if not beyond or document.settings.weight_scale == "unstandardised":
        return []
    if not any(abs(item.weight) > 1.0 for item in (*document.paths, *document.junctions)):
        return []  # the large ones match nothing in the model
    document.settings.weight_scale = "unstandardised"
    largest = max(beyond, key=lambda c: abs(c.estimate))
    return [ImportNote(table.file, largest.line, None, _unstandardised_note(largest))]


def _unstandardised_note(largest: Coefficient) -> Phrase:
    return phrase(
        "the coefficient {value:g} of {source} -> {target} is outside [-1, 1]: the weights are "
        "taken as unstandardised (settings.weight_scale), so levels may run to their bounds; "
        "for βs, export the standardised solution",
        value=largest.estimate,
        source=largest.source,
        target=largest.target,
    )


def _matching_item(document: ModelDocument, by_name: dict[str, str], coefficient) -> str | None:
    target = by_name.get(coefficient.target)
    members = [by_name.get(m) for m in coefficient.source.split(":")]
    if target is None or None in members:
        return None
    if len(members) == 1:
        path = document.find_path(members[0], target)
        return path.id if path else None
    junction = next(
        (j for j in document.junctions if j.target == target and set(j.members) == set(members)),
        None,
    )
    return junction.id if junction else None


def document_from_table(table: CoefficientTable, title: str = "") -> ImportResult:
    """A model with one path (or synergy) per coefficient, roles from the graph."""
    draft = Draft(title=title or "Imported coefficients", names_are_labels=table.kind == "smartpls")
    seen: set[tuple[str, str]] = set()
    for coefficient in table.coefficients:
        weight, sd = _checked(table, coefficient)
        pair = (coefficient.source, coefficient.target)
        if pair in seen:
            twice = phrase("{source} -> {target} is given twice", source=pair[0], target=pair[1])
            raise ImportProblem(table.file, coefficient.line, None, twice)
        seen.add(pair)
        members = tuple(coefficient.source.split(":"))
        for name in (*members, coefficient.target):
            draft.name(name)
        if len(members) > 1:
            draft.products.append((members, coefficient.target, weight))
        else:
            draft.edges.append((members[0], coefficient.target, weight))
        if sd is not None:
            draft.sds[(coefficient.source, coefficient.target)] = sd
    if not table.coefficients:
        reason = phrase("holds no regression coefficients (op '~')")
        raise ImportProblem(table.file, None, None, reason)
    document = assemble(draft)
    items = {}
    for construct in document.constructs:
        found = table.items.get(construct.id)
        if found:
            items[construct.id] = found
            construct.description = "Items: " + ", ".join(found)
    warnings = list(table.warnings) + mark_unstandardised(document, table)
    return ImportResult(document=document, items=items, warnings=warnings)
