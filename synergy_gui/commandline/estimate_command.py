"""``estimate``: path weights of a lavaan model from survey data, written into a model file.

Reads the study's model (lavaan/semopy syntax: ``=~`` lines name each construct's items,
``~`` lines its paths, ``a:b`` a synergy) and the survey (CSV, one row per respondent), scores
each construct as the mean of its items, estimates standardised OLS paths with bootstrap
intervals, prints the table and writes the model with the βs as weights and the SEs as sds.
Every refusal is one line, ``FILE:LINE: reason``, with exit status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from synergy_gui.commandline.simulate_command import BadInputError, run_command

if TYPE_CHECKING:
    from synergy_gui.io.estimation import Estimates, Structure
    from synergy_gui.io.lavaan import ImportResult

DEFAULT_BOOTSTRAP = 2000  # as io.estimation; the estimator is imported only when it runs
DEFAULT_SEED = 1
MAX_BOOTSTRAP = 100_000
#: Resamples × respondents × constructs from which the command says it is working.
TALKATIVE_WORK = 200_000_000


@dataclass
class _Estimated:
    """What one ``estimate`` produced, ready to write and print."""

    data: str
    syntax: str
    imported: ImportResult
    estimates: Estimates
    notes: list[str] = field(default_factory=list)
    defined: dict[str, float] = field(default_factory=dict)


def register(commands: argparse._SubParsersAction) -> None:
    """Add the ``estimate`` sub-command to the parser."""
    parser = commands.add_parser(
        "estimate",
        prog="synergy-explorer estimate",
        help="estimate a lavaan model's path weights from survey data",
        description=(
            "Estimate the paths of MODEL.lav (lavaan/semopy syntax) from DATA.csv (one row "
            "per respondent, one column per item). Each construct's score is the mean of the "
            "items its '=~' line names (or the column of its own name); scores are "
            "standardised and each '~' line is one OLS regression, so every β is a "
            "standardised path coefficient; 'a:b' is a synergy. Prints β, SE, bootstrap "
            "CI, p and R², and the indirect effects; -o writes the model with the βs as "
            "weights and the SEs as sds. Respondents with a missing answer are left out "
            "(listwise). Exit status 0 on success, 2 when an input is refused, 1 otherwise."
        ),
    )
    parser.add_argument("data", metavar="DATA.csv", help="the survey: a row per respondent")
    parser.add_argument(
        "--syntax", metavar="MODEL.lav", required=True, help="the model in lavaan syntax"
    )
    parser.add_argument(
        "-o", "--out", metavar="MODEL.synergy.json", help="write the estimated model here"
    )
    parser.add_argument(
        "--bootstrap",
        metavar="B",
        type=_resamples,
        default=DEFAULT_BOOTSTRAP,
        help=f"bootstrap resamples for the intervals (default {DEFAULT_BOOTSTRAP}; 0: none)",
    )
    parser.add_argument(
        "--seed",
        metavar="S",
        type=_seed,
        default=DEFAULT_SEED,
        help=f"seed of the bootstrap (default {DEFAULT_SEED}): the same seed, the same CIs",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.set_defaults(run=run_estimate)


def run_estimate(options: argparse.Namespace) -> int:
    """Estimate, write the model if asked, print the report; the exit status says how."""
    return run_command(
        "estimate",
        options,
        _estimate,
        _write_model,
        lambda done: (
            json.dumps(_as_json(done, options.out), indent=2)
            if options.json
            else _table(done, options.out)
        ),
    )


def _resamples(text: str) -> int:
    try:
        count = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number (got {text!r})") from None
    if not 0 <= count <= MAX_BOOTSTRAP:
        raise argparse.ArgumentTypeError(f"must be from 0 to {MAX_BOOTSTRAP} (got {count})")
    return count


def _seed(text: str) -> int:
    try:
        seed = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number (got {text!r})") from None
    if seed < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more (got {seed})")
    return seed


# ----------------------------------------------------------------------------- the work
def _estimate(options: argparse.Namespace) -> _Estimated:
    from synergy_gui.io.estimation import EstimationError, apply_estimates, estimate
    from synergy_gui.io.survey import SurveyError, read_survey

    imported = _read_syntax(options.syntax)
    try:
        table = read_survey(options.data)
        structure = _structure(imported, table, options)
        table.check_items(structure.items)
        responses = table.responses(structure.item_columns())
    except SurveyError as error:
        raise BadInputError(str(error)) from None
    _say_work(len(responses.values), len(structure.items), options.bootstrap)
    try:
        estimates = estimate(responses, structure, options.bootstrap, options.seed)
    except EstimationError as error:
        raise BadInputError(f"{options.data}: {error}{_where(imported, error, options)}") from None
    notes = apply_estimates(imported.document, estimates)
    _describe(imported, estimates, options.data)
    return _Estimated(options.data, options.syntax, imported, estimates, notes, _defined(imported))


def _read_syntax(syntax: str) -> ImportResult:
    from synergy_gui.io.lavaan import parse_lavaan
    from synergy_gui.io.problems import ImportProblem, read_source_text

    try:
        return parse_lavaan(read_source_text(syntax, "lavaan model"), syntax)
    except ImportProblem as problem:
        raise BadInputError(str(problem)) from None


def _where(imported: ImportResult, error, options: argparse.Namespace) -> str:
    """`` (MODEL.lav:LINE)``: where the syntax states the regression that failed."""
    line = next((r.line for r in imported.regressions if r.target == error.target), None)
    return f" ({options.syntax}:{line})" if line else ""


def _structure(imported: ImportResult, table, options: argparse.Namespace) -> Structure:
    """Items and regressions by construct id; a construct with no ``=~`` line is the data
    column of its own name, as lavaan reads an observed variable."""
    from synergy_gui.io.estimation import Structure
    from synergy_gui.io.survey import SurveyError

    document = imported.document
    regressions: dict[str, list[str]] = {}
    for path in document.paths:
        regressions.setdefault(path.target, []).append(path.source)
    for junction in document.junctions:
        regressions.setdefault(junction.target, []).append(":".join(junction.members))
    if not regressions:
        raise BadInputError(f"{options.syntax}: has no regressions ('y ~ x') to estimate")
    items: dict[str, list[str]] = {}
    for construct in document.constructs:
        named = imported.items.get(construct.id)
        if named:
            items[construct.id] = list(named)
        elif construct.id in table.header:
            items[construct.id] = [construct.id]
        else:
            raise SurveyError(
                options.data,
                f"construct {construct.id!r} has no items in the data: {options.syntax} gives "
                f"it no '=~' line and the data have no column {construct.id!r}",
                1,
            )
    return Structure(items, regressions)


def _say_work(respondents: int, constructs: int, resamples: int) -> None:
    if respondents * constructs * resamples >= TALKATIVE_WORK:
        print(
            f"synergy-explorer estimate: bootstrapping {resamples:,} resamples of "
            f"{respondents:,} respondents…",
            file=sys.stderr,
            flush=True,
        )


def _describe(imported: ImportResult, estimates: Estimates, data: str) -> None:
    """Say in the model where its weights come from."""
    meta = imported.document.meta
    source = (
        f"Weights estimated from {Path(data).name}: {estimates.respondents} respondents "
        f"({estimates.dropped} left out for a missing answer); standardised OLS on item "
        f"means; {estimates.bootstrap} bootstrap resamples, seed {estimates.seed}."
    )
    meta.description = f"{meta.description}\n\n{source}".strip()


def _defined(imported: ImportResult) -> dict[str, float]:
    """The syntax's ``:=`` effects worked out from the estimated weights."""
    from synergy_gui.io.defined_effects import ExpressionError, defined_values

    if not imported.defined:
        return {}
    try:
        return defined_values(imported.defined, imported.label_values())
    except ExpressionError:
        return {}


def _write_model(path: Path, done: _Estimated) -> None:
    from synergy_gui.model.fileformat import save_document

    save_document(done.imported.document, path)


# ----------------------------------------------------------------------------- reports
def _as_json(done: _Estimated, out: str | None) -> dict[str, Any]:
    found = done.estimates
    return {
        "data": done.data,
        "syntax": done.syntax,
        "model": out,
        "respondents": found.respondents,
        "dropped": found.dropped,
        "bootstrap": found.bootstrap,
        "seed": found.seed,
        "confidence": found.confidence,
        "paths": [
            {
                "source": p.source,
                "target": p.target,
                "beta": p.beta,
                "se": p.se,
                "t": p.t,
                "p": p.p,
                "ci": _pair(p.interval),
            }
            for p in found.paths
        ],
        "r_squared": found.r_squared,
        "indirect": [
            {
                "source": e.source,
                "target": e.target,
                "route": list(e.route) if e.route else None,
                "value": e.value,
                "ci": _pair(e.interval),
            }
            for e in found.indirect
        ],
        "defined": done.defined,
        "notes": [*found.notes, *done.notes],
    }


def _pair(interval) -> list[float] | None:
    return None if interval is None else [interval.low, interval.high]


def _table(done: _Estimated, out: str | None) -> str:
    found = done.estimates
    level = f"{100 * found.confidence:g} % CI"
    lines = [
        f"Estimated from {done.data}: {found.respondents} respondents"
        f" ({found.dropped} left out for a missing answer), standardised OLS on item means;"
        f" {found.bootstrap} bootstrap resamples, seed {found.seed}.",
        "",
    ]
    names = [f"{p.source} -> {p.target}" for p in found.paths]
    width = max(len("path"), *map(len, names))
    lines.append(f"{'path':<{width}}  {'β':>7}  {'SE':>6}  {level:^18}  {'p':>6}")
    for name, p in zip(names, found.paths, strict=True):
        lines.append(
            f"{name:<{width}}  {p.beta:7.3f}  {p.se:6.3f}  {_ci(p.interval)}  {_p(p.p):>6}"
        )
    lines += ["", "R²  " + ", ".join(f"{t} {r:.3f}" for t, r in found.r_squared.items())]
    if found.indirect:
        lines += ["", *_indirect_lines(found, level)]
    if done.defined:
        lines += ["", "Defined effects (:=), from the estimated weights:"]
        lines += [f"  {name} = {value:.3f}" for name, value in done.defined.items()]
    for note in [*found.notes, *done.notes]:
        lines.append(f"Note: {note}")
    if out:
        lines += ["", f"Model written to {out}."]
    return "\n".join(lines)


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


def _ci(interval) -> str:
    if interval is None:
        return f"{'(no bootstrap)':^18}"
    return f"[{interval.low:6.3f}, {interval.high:6.3f}]"


def _p(p: float) -> str:
    return "<.001" if p < 0.001 else f"{p:.3f}"
