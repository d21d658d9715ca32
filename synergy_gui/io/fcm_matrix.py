"""Fuzzy-cognitive-map matrices (CSV) in and out, as Mental Modeler and FCMpy write them.

A square matrix: concept names in the header row and in the first column, in the same
order; ``W[j, i]`` in row j, column i is the edge j -> i (*source rows*). Empty cells are 0.
Weights are in [-1, 1]. Names are labels; ids are their slugs (``Brand trust`` ->
``brand_trust``, ``C1`` -> ``c1``). A diagonal cell that is not 0 is a self-loop (a
concept's memory, as FCMpy's C7 -> C7) and becomes a path from the concept to itself.
Synergy junctions have no place in a matrix, so an export reports and leaves them out.

The matrix says nothing of how it runs: :func:`use_rule` gives a document an FCM update rule
and activation (a tanh or trivalent map gets bipolar levels, as FCMpy runs them).
"""

from __future__ import annotations

import csv
import io
import math
import os
import re

from synergy_gui.io.assemble import Draft, assemble
from synergy_gui.io.lavaan import ImportResult
from synergy_gui.io.problems import ImportNote, ImportProblem, csv_rows, read_source_text
from synergy_gui.model.checks import MAX_UNSTANDARDISED, activation_rule
from synergy_gui.model.document import ModelDocument
from synergy_gui.model.elements import UPDATE_RULES, Activation, default_threshold
from synergy_gui.model.phrases import Phrase, phrase

#: Activations whose levels run from -1 to 1.
BIPOLAR_KINDS = ("tanh", "trivalent")


def read_fcm_matrix(path: str | os.PathLike[str]) -> ImportResult:
    """Read an FCM matrix file; :class:`ImportProblem` names the row and column."""
    return parse_fcm_matrix(read_source_text(path, phrase("FCM matrix (CSV)")), str(path))


def parse_fcm_matrix(text: str, filename: str = "<matrix>") -> ImportResult:
    """Build a document from FCM matrix CSV text (source rows), self-loops included."""
    rows = csv_rows(text, filename)
    if len(rows) < 2 or len(rows[0][1]) < 2:
        raise ImportProblem(
            filename,
            None,
            None,
            phrase("holds no matrix: names in the first row and column, weights between"),
        )
    header_line, header = rows[0]
    names = [cell.strip() for cell in header[1:]]
    _check_names(names, filename, header_line)
    body = rows[1:]
    if [cells[0].strip() for _, cells in body] != names:
        raise ImportProblem(
            filename, body[0][0] if body else header_line, 1, _not_square(names, body)
        )
    draft = Draft(title="Imported FCM", names_are_labels=True)
    warnings: list[ImportNote] = []
    for name in names:
        draft.name(name)
    largest: tuple[float, int, int] | None = None  # the largest weight beyond ±1, and where
    for (line, cells), source in zip(body, names, strict=True):
        if len(cells) > len(names) + 1 and any(c.strip() for c in cells[len(names) + 1 :]):
            reason = phrase("the row is longer than the header")
            raise ImportProblem(filename, line, len(names) + 2, reason)
        for column, target in enumerate(names, start=2):
            cell = cells[column - 1] if column - 1 < len(cells) else ""
            weight = _weight(cell, filename, line, column, source, target)
            if weight != 0.0:
                draft.edges.append((source, target, weight))
            if abs(weight) > 1.0 and (largest is None or abs(weight) > abs(largest[0])):
                largest = (weight, line, column)
    document = assemble(draft)
    if largest is not None:
        document.settings.weight_scale = "unstandardised"
        weight, line, column = largest
        warnings.append(ImportNote(filename, line, column, _unstandardised_note(weight)))
    return ImportResult(document=document, warnings=warnings)


def _unstandardised_note(weight: float) -> Phrase:
    return phrase(
        "the weight {weight:g} is outside [-1, 1], where FCM weights lie: the weights are "
        "taken as unstandardised (settings.weight_scale), so levels may run to their bounds",
        weight=weight,
    )


def use_rule(
    document: ModelDocument, rule: str, kind: str | None = None, gain: float | None = None
) -> None:
    """Run ``document`` under ``rule`` with the activation ``kind`` (gain λ), as an FCM tool
    would: the logistic threshold is 0 under the FCM rules, and tanh or trivalent levels are
    bipolar. Raises ValueError naming a rule or kind the model does not know."""
    if rule not in UPDATE_RULES:
        raise ValueError(
            phrase(
                "the update rule must be one of {rules} (got {rule!r})",
                rules=", ".join(UPDATE_RULES),
                rule=rule,
            )
        )
    current = document.settings.activation
    activation = Activation(
        kind=kind or current.kind,
        gain=current.gain if gain is None else float(gain),
        threshold=default_threshold(rule),
    )
    problem = activation_rule(activation)
    if problem:
        raise ValueError(phrase("the activation's {problem}", problem=problem))
    document.settings.update_rule = rule
    document.settings.activation = activation
    if activation.kind in BIPOLAR_KINDS:
        document.settings.level_range = "bipolar"


def _check_names(names: list[str], filename: str, line: int) -> None:
    for column, name in enumerate(names, start=2):
        if not name:
            reason = phrase("a concept has no name in the header")
            raise ImportProblem(filename, line, column, reason)
        if names.index(name) != column - 2:
            reason = phrase("the concept {name!r} is named twice", name=name)
            raise ImportProblem(filename, line, column, reason)


def _not_square(names: list[str], body) -> Phrase:
    rows = [cells[0].strip() for _, cells in body]
    return phrase(
        "the matrix is not square: the first column must name the same concepts as the header, "
        "in the same order (header: {names}; rows: {rows})",
        names=", ".join(names),
        rows=", ".join(rows),
    )


def _weight(cell: str, filename: str, line: int, column: int, source: str, target: str) -> float:
    text = cell.strip()
    if not text:
        return 0.0
    try:
        weight = float(text)
    except ValueError:
        reason = phrase(
            "{source} -> {target}: {text!r} is not a number",
            source=source,
            target=target,
            text=text,
        )
        raise ImportProblem(filename, line, column, reason) from None
    if not math.isfinite(weight):  # 'nan' and 'inf' parse as floats
        reason = phrase(
            "{source} -> {target}: {text!r} is not a finite number",
            source=source,
            target=target,
            text=text,
        )
        raise ImportProblem(filename, line, column, reason)
    if not -MAX_UNSTANDARDISED <= weight <= MAX_UNSTANDARDISED:
        reason = phrase(
            "{source} -> {target}: {text} is outside ±{largest:g}, the largest weight a model "
            "takes",
            source=source,
            target=target,
            text=text,
            largest=MAX_UNSTANDARDISED,
        )
        raise ImportProblem(filename, line, column, reason)
    return weight


def fcm_matrix_text(document: ModelDocument) -> tuple[str, list[str]]:
    """The paths as a source-row matrix (CSV text) named by labels, and what was left out."""
    names = _unique_names(document)
    index = {c.id: i for i, c in enumerate(document.constructs)}
    matrix = [[0.0] * len(names) for _ in names]
    for path in document.paths:
        matrix[index[path.source]][index[path.target]] = path.weight
    left_out = [
        phrase("the synergy {name} has no place in an FCM matrix; left out", name=j.label or j.id)
        for j in document.junctions
    ]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["", *names])
    for name, row in zip(names, matrix, strict=True):
        writer.writerow([name, *(_cell(value) for value in row)])
    return out.getvalue(), left_out


def _unique_names(document: ModelDocument) -> list[str]:
    """Labels, or ids where two constructs share a label."""
    labels = [re.sub(r"\s+", " ", c.label).strip() for c in document.constructs]
    if len(set(labels)) == len(labels) and all(labels):
        return labels
    return [c.id for c in document.constructs]


def _cell(value: float) -> str:
    return "0" if value == 0 else repr(float(value))
