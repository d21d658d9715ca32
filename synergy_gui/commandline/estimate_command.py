"""``estimate``: path weights of a lavaan model from survey data, written into a model file.

Reads the study's model (lavaan/semopy syntax: ``=~`` lines name each construct's items,
``~`` lines its paths, ``a:b`` a synergy) and the survey (CSV, one row per respondent), scores
each construct as the mean of its items, estimates standardised OLS paths with bootstrap
intervals, prints the table and writes the model with the βs as weights and the SEs as sds.
``--table`` also exports the estimates as lavaan's ``standardizedSolution()`` CSV. Every
refusal is one line, ``FILE:LINE: reason``, with exit status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from synergy_gui.commandline.simulate_command import BadInputError, run_command

if TYPE_CHECKING:
    from synergy_gui.io.lavaan import ImportResult
    from synergy_gui.io.study_estimate import StudyEstimate

DEFAULT_BOOTSTRAP = 2000  # as io.estimation; the estimator is imported only when it runs
DEFAULT_SEED = 1
MAX_BOOTSTRAP = 100_000
#: A bootstrap that has run this long reports its progress on stderr.
TALKATIVE_SECONDS = 2.0


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
    parser.add_argument(
        "--table",
        metavar="CSV",
        help="also write the estimates as a lavaan standardizedSolution() table",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.set_defaults(run=run_estimate)


def run_estimate(options: argparse.Namespace) -> int:
    """Estimate, write the model if asked, print the report; the exit status says how."""
    return run_command(
        "estimate", options, _estimate, _write_model, lambda done: _render(done, options)
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
def _estimate(options: argparse.Namespace) -> StudyEstimate:
    from synergy_gui.io.estimation import EstimationError
    from synergy_gui.io.study_estimate import estimate_study, regression_line
    from synergy_gui.io.survey import SurveyError

    imported = _read_syntax(options.syntax)
    progress = _say_progress(options.bootstrap)
    try:
        done = estimate_study(
            options.data, imported, options.syntax, options.bootstrap, options.seed, progress
        )
    except SurveyError as error:
        raise BadInputError(str(error)) from None
    except EstimationError as error:
        line = regression_line(imported, error.target)
        where = f" ({options.syntax}:{line})" if line else ""
        raise BadInputError(f"{options.data}: {error}{where}") from None
    if options.table:
        from synergy_gui.io.study_estimate import write_estimates_csv

        write_estimates_csv(options.table, done.estimates)  # OSError: exit 1, with the reason
    return done


def _read_syntax(syntax: str) -> ImportResult:
    from synergy_gui.io.lavaan import parse_lavaan
    from synergy_gui.io.problems import ImportProblem, read_source_text

    try:
        return parse_lavaan(read_source_text(syntax, "lavaan model"), syntax)
    except ImportProblem as problem:
        raise BadInputError(str(problem)) from None


def _say_progress(resamples: int) -> Callable[[int], None]:
    """After ``TALKATIVE_SECONDS``, a line on stderr at each tenth of the bootstrap."""
    started = time.monotonic()
    shown = [0]

    def progress(done: int) -> None:
        tenth = 10 * done // max(resamples, 1)
        if tenth > shown[0] and time.monotonic() - started > TALKATIVE_SECONDS:
            shown[0] = tenth
            print(
                f"synergy-explorer estimate: bootstrap {10 * tenth}% of {resamples:,}",
                file=sys.stderr,
                flush=True,
            )

    return progress


def _write_model(path: Path, done: StudyEstimate) -> None:
    from synergy_gui.model.fileformat import save_document

    save_document(done.imported.document, path)


# ----------------------------------------------------------------------------- reports
def _as_json(done: StudyEstimate, out: str | None) -> dict[str, Any]:
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


def _render(done: StudyEstimate, options: argparse.Namespace) -> str:
    from synergy_gui.io.study_estimate import report_text

    if options.json:
        return json.dumps(_as_json(done, options.out), indent=2)
    text = report_text(done, options.out)
    return text + (f"\nEstimates table written to {options.table}." if options.table else "")
