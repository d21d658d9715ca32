"""A study's model (imported lavaan syntax) estimated from its survey, as one step.

:func:`estimate_study` is what the ``estimate`` command runs and what a window's "Estimate
from survey…" would run in a background thread: it scores each construct by the items its
``=~`` line names (a construct without one is the data column of its own name, as lavaan
reads an observed variable), estimates the paths and synergies, fills the document's weights
and sds and says in its description where they came from. :func:`report_text` is the
estimates table for a terminal or a dialog; :func:`write_estimates_csv` exports the
regressions as lavaan's ``standardizedSolution()`` table.
"""

from __future__ import annotations

import csv
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from synergy_gui.io.defined_effects import ExpressionError, defined_values
from synergy_gui.io.estimation import (
    DEFAULT_BOOTSTRAP,
    DEFAULT_SEED,
    Estimates,
    EstimationError,
    Interval,
    Structure,
    apply_estimates,
    estimate,
)
from synergy_gui.io.lavaan import ImportResult
from synergy_gui.io.survey import SurveyError, SurveyTable, read_survey
from synergy_gui.model.phrases import phrase

CSV_HEADER = ("lhs", "op", "rhs", "est.std", "se", "z", "pvalue", "ci.lower", "ci.upper")


@dataclass
class StudyEstimate:
    """An estimated study: the imported model (weights filled in) and what was found."""

    data: str
    syntax: str
    imported: ImportResult
    estimates: Estimates
    notes: list[str] = field(default_factory=list)  # paths whose β was not used, and why
    defined: dict[str, float] = field(default_factory=dict)  # ``:=`` effects worked out


def estimate_study(
    data: str | os.PathLike[str],
    imported: ImportResult,
    syntax: str = "<syntax>",
    bootstrap: int = DEFAULT_BOOTSTRAP,
    seed: int = DEFAULT_SEED,
    on_chunk: Callable[[int], None] | None = None,
) -> StudyEstimate:
    """Estimate ``imported`` from the survey file ``data`` and fill its document.

    Raises :class:`SurveyError` (``FILE:ROW: reason``) for the data, :class:`EstimationError`
    for a design that cannot be estimated (its ``target`` names the regression). The document
    is changed only when everything succeeded."""
    name = os.fspath(data)
    table = read_survey(name)
    structure = study_structure(imported, table, syntax)
    table.check_items(structure.items)
    responses = table.responses(structure.item_columns())
    found = estimate(responses, structure, bootstrap, seed, on_chunk=on_chunk)
    notes = apply_estimates(imported.document, found)
    _describe(imported, found, name)
    return StudyEstimate(name, syntax, imported, found, notes, _defined(imported))


def study_structure(imported: ImportResult, table: SurveyTable, syntax: str) -> Structure:
    """Items and regressions by construct id, from the imported document."""
    document = imported.document
    regressions: dict[str, list[str]] = {}
    for path in document.paths:
        regressions.setdefault(path.target, []).append(path.source)
    for junction in document.junctions:
        regressions.setdefault(junction.target, []).append(":".join(junction.members))
    if not regressions:
        raise EstimationError(
            phrase("{syntax} has no regressions ('y ~ x') to estimate", syntax=syntax)
        )
    items: dict[str, list[str]] = {}
    for construct in document.constructs:
        named = imported.items.get(construct.id)
        if named:
            items[construct.id] = list(named)
        elif construct.id in table.header:
            items[construct.id] = [construct.id]
        else:
            reason = phrase(
                "construct {name!r} has no items in the data: {syntax} gives it no '=~' line "
                "and the data have no column {name!r}",
                name=construct.id,
                syntax=syntax,
            )
            raise SurveyError(table.filename, reason, 1)
    return Structure(items, regressions)


def regression_line(imported: ImportResult, target: str | None) -> int | None:
    """The syntax line of ``target``'s regression (for a message), if known."""
    return next((r.line for r in imported.regressions if r.target == target), None)


def _describe(imported: ImportResult, found: Estimates, data: str) -> None:
    """Say in the model where its weights come from."""
    meta = imported.document.meta
    source = (
        f"Weights estimated from {Path(data).name}: {found.respondents} respondents "
        f"({found.dropped} left out for a missing answer); standardised OLS on item "
        f"means; {found.bootstrap} bootstrap resamples, seed {found.seed}."
    )
    meta.description = f"{meta.description}\n\n{source}".strip()


def _defined(imported: ImportResult) -> dict[str, float]:
    """The syntax's ``:=`` effects worked out from the estimated weights."""
    if not imported.defined:
        return {}
    try:
        return defined_values(imported.defined, imported.label_values())
    except ExpressionError:
        return {}


# ----------------------------------------------------------------------------- the table
def report_text(study: StudyEstimate, out: str | None = None) -> str:
    """The estimates as a fixed-width table: paths, R², indirect effects, notes."""
    return "\n".join(report_lines(study, out))


def report_lines(study: StudyEstimate, out: str | None = None) -> list[str]:
    """The lines of :func:`report_text`; its sentences (the summary, headings, notes) are
    phrases, so a window can show them in its language."""
    found = study.estimates
    level = f"{100 * found.confidence:g} % CI"
    lines = [
        phrase(
            "Estimated from {data}: {respondents} respondents ({dropped} left out for a missing "
            "answer), standardised OLS on item means; {bootstrap} bootstrap resamples, seed "
            "{seed}.",
            data=study.data,
            respondents=found.respondents,
            dropped=found.dropped,
            bootstrap=found.bootstrap,
            seed=found.seed,
        ),
        "",
    ]
    lines += _path_lines(found, level)
    lines += ["", "R²  " + ", ".join(f"{t} {r:.3f}" for t, r in found.r_squared.items())]
    if found.indirect:
        lines += ["", *_indirect_lines(found, level)]
    if study.defined:
        lines += ["", phrase("Defined effects (:=), from the estimated weights:")]
        lines += [f"  {name} = {value:.3f}" for name, value in study.defined.items()]
    notes = [*found.notes, *study.notes]
    if notes:
        lines.append("")
        lines += [phrase("Note: {note}", note=note) for note in notes]
    if out:
        lines += ["", phrase("Model written to {out}.", out=out)]
    return lines


def _path_lines(found: Estimates, level: str) -> list[str]:
    """The paths table: β, SE, interval and p of each."""
    names = [f"{p.source} -> {p.target}" for p in found.paths]
    width = max(len("path"), *map(len, names))
    lines = [f"{'path':<{width}}  {'β':>7}  {'SE':>6}  {level:^18}  {'p':>6}"]
    for name, p in zip(names, found.paths, strict=True):
        lines.append(
            f"{name:<{width}}  {p.beta:7.3f}  {p.se:6.3f}  {_ci(p.interval)}  {_p(p.p):>6}"
        )
    return lines


def _indirect_lines(found: Estimates, level: str) -> list[str]:
    """Each route, then a pair's total where the pair has more than one route."""
    routes: dict[tuple[str, str], int] = {}
    for e in found.indirect:
        if e.route:
            routes[(e.source, e.target)] = routes.get((e.source, e.target), 0) + 1
    shown = [e for e in found.indirect if e.route or routes.get((e.source, e.target)) != 1]
    names = [
        " -> ".join(e.route) if e.route else f"  total {e.source} -> {e.target}" for e in shown
    ]
    width = max(len("indirect effect"), *map(len, names))
    lines = [f"{'indirect effect':<{width}}  {'value':>7}  {level:^18}"]
    for name, e in zip(names, shown, strict=True):
        lines.append(f"{name:<{width}}  {e.value:7.3f}  {_ci(e.interval)}")
    return lines


def _ci(interval: Interval | None) -> str:
    if interval is None:
        return f"{'(no bootstrap)':^18}"
    return f"[{interval.low:6.3f}, {interval.high:6.3f}]"


def _p(p: float) -> str:
    return "<.001" if p < 0.001 else f"{p:.3f}"


def estimates_rows(found: Estimates) -> list[list[str | float]]:
    """The regressions as lavaan ``standardizedSolution()`` rows (CI empty without bootstrap)."""
    rows: list[list[str | float]] = []
    for path in found.paths:
        low, high = (path.interval.low, path.interval.high) if path.interval else ("", "")
        rows.append([path.target, "~", path.source, path.beta, path.se, path.t, path.p, low, high])
    return rows


def write_estimates_csv(path: str | os.PathLike[str], found: Estimates) -> None:
    """Write the regressions table (numbers to 6 significant digits), atomically."""
    target = Path(os.path.realpath(path))
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        with temporary.open("w", newline="", encoding="utf-8") as stream:
            writer = csv.writer(stream, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
            writer.writerow(CSV_HEADER)
            for row in estimates_rows(found):
                writer.writerow([_rounded(cell) for cell in row])
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _rounded(cell: str | float) -> str | float:
    return float(f"{cell:.6g}") if isinstance(cell, float) else cell
