"""``simulate``: run a model file headless; a table of levels, a CSV or JSON of the series.

Bad input (a file that cannot be opened, an unknown scenario, a malformed ``--set``) is
reported in a line with exit status 2; no traceback ever reaches the user.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from synergy_gui.model.document import ModelDocument
    from synergy_gui.model.errors import DocumentFileError

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2
MAX_STEPS = 1_000_000


class BadInputError(Exception):
    """Input the user can fix; the message says what and where."""


@dataclass
class _Run:
    """What one ``simulate`` produced, ready to print or write."""

    source: str
    document: Any
    result: Any
    rest: Any
    convergence: Any = None  # FCMpy's test (FCM rules, or when --tolerance is given)


def register(commands: argparse._SubParsersAction) -> None:
    """Add the ``simulate`` sub-command to the parser."""
    parser = commands.add_parser(
        "simulate",
        prog="synergy-explorer simulate",
        help="run a model and print its final levels (and steady state)",
        description=(
            "Run FILE (a *.synergy.json model, or the name of a shipped preset) and print "
            "each construct's starting, final and steady-state level. Exit status 0 on "
            "success, 2 when the file, scenario or a --set is refused, 1 on other failures."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="a model file, or a preset name")
    parser.add_argument("--scenario", metavar="NAME", help="run this scenario of the model")
    parser.add_argument(
        "--steps", metavar="N", type=_steps, help="number of steps (default: the horizon)"
    )
    parser.add_argument(
        "--set",
        metavar="CONSTRUCT=LEVEL",
        action="append",
        default=[],
        dest="levels",
        help=(
            "hold a stimulus at LEVEL (replacing its schedule in the scenario) or start "
            "another construct at LEVEL; LEVEL from 0 to 1 (-1 to 1 in a bipolar model); "
            "may be given several times"
        ),
    )
    parser.add_argument(
        "--tolerance",
        metavar="T",
        type=_tolerance,
        help=(
            "report the first step where the largest change of any level is at most T, as "
            "FCMpy judges convergence (default 0.001; reported for the FCM rules, and for "
            "any rule when given)"
        ),
    )
    parser.add_argument(
        "--out", metavar="CSV", help="write the full time series: a time column, one per id"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.set_defaults(run=run_simulate)


def run_simulate(options: argparse.Namespace) -> int:
    """Load, run and report; the exit status says how it went."""
    return run_command(
        "simulate",
        options,
        _simulate,
        lambda path, run: _write_csv(path, run.result),
        lambda run: (
            json.dumps(_as_json(run), indent=2) if options.json else _table(run, options.out)
        ),
    )


def run_command(
    command: str,
    options: argparse.Namespace,
    compute: Callable[[argparse.Namespace], Any],
    write: Callable[[Path, Any], None],
    render: Callable[[Any], str],
) -> int:
    """Compute, write ``--out`` if asked, print the report: exit 0; refused input is one line
    and exit 2, any other failure one line and exit 1 (never a traceback)."""
    tolerant_output()
    try:
        outcome = compute(options)
    except BadInputError as error:
        complain(command, str(error))
        return EXIT_BAD_INPUT
    except Exception as error:  # a bug of ours must still read as a message
        complain(command, f"failed ({type(error).__name__}: {error})")
        return EXIT_FAILURE
    if options.out:
        try:
            write(Path(options.out), outcome)
        except OSError as error:
            complain(command, f"cannot write {options.out}: {error}")
            return EXIT_FAILURE
    print_report(render(outcome))
    return EXIT_OK


def tolerant_output() -> None:
    """Never fail on a character the terminal cannot show (odd file names, symbols)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def complain(command: str, message: str) -> None:
    """Report a refusal or failure of ``command`` on stderr."""
    print(f"synergy-explorer {command}: {message}", file=sys.stderr)


def print_report(text: str) -> None:
    """Print ``text`` to stdout, quietly when the reader stops early."""
    try:
        print(text)
        sys.stdout.flush()
    except BrokenPipeError:  # the reader (e.g. ``| head``) stopped early: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _steps(text: str) -> int:
    try:
        steps = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number (got {text!r})") from None
    if not 1 <= steps <= MAX_STEPS:
        raise argparse.ArgumentTypeError(f"must be from 1 to {MAX_STEPS} (got {steps})")
    return steps


def _tolerance(text: str) -> float:
    try:
        tolerance = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a number (got {text!r})") from None
    if not (math.isfinite(tolerance) and 0.0 < tolerance < 1.0):
        raise argparse.ArgumentTypeError(
            f"must be greater than 0 and less than 1, e.g. 0.001 (got {text!r})"
        )
    return tolerance


def _simulate(options: argparse.Namespace) -> _Run:
    from synergy_gui.engine import Simulator
    from synergy_gui.engine.convergence import FCMPY_TOLERANCE, convergence
    from synergy_gui.model.errors import ModelError

    document = load_model(options.file)
    if options.scenario is not None and options.scenario not in {
        s.name for s in document.scenarios
    }:
        names = ", ".join(repr(s.name) for s in document.scenarios) or "none"
        raise BadInputError(
            f"{options.file} has no scenario named {options.scenario!r} (scenarios: {names})"
        )
    for assignment in options.levels:
        _apply_level(document, options.scenario, assignment)
    try:
        simulator = Simulator(document, options.scenario)
        steps = options.steps or simulator.model.steps
        result = simulator.run(options.steps, on_chunk=_say_progress(document, steps))
        tolerance = getattr(options, "tolerance", None)
        judged = tolerance is not None or document.settings.update_rule != "sor"
        converged = convergence(result, tolerance or FCMPY_TOLERANCE) if judged else None
        return _Run(options.file, document, result, simulator.steady_state(), converged)
    except ModelError as error:
        raise BadInputError(f"{options.file}: {error}") from None


#: Steps × constructs from which a run says what it is doing (about a second's work).
TALKATIVE_WORK = 4_000_000


def _say_progress(document: ModelDocument, steps: int):
    """For a long run: a line saying what runs, then how far it has got (on stderr)."""
    width = len(document.constructs) + len(document.junctions)
    if steps * width < TALKATIVE_WORK:
        return None
    unit = document.settings.time_unit
    print(
        f"synergy-explorer simulate: simulating {steps:,} {unit}s of {width} constructs…",
        file=sys.stderr,
        flush=True,
    )
    shown = [0]

    def progress(done: int) -> None:
        tenth = 10 * done // steps
        if tenth > shown[0]:
            shown[0] = tenth
            print(f"  {10 * tenth}%", file=sys.stderr, flush=True)

    return progress


def load_model(name: str, one_line: bool = False) -> ModelDocument:
    """Open a model file, or a shipped preset by name; refuse with the loader's places."""
    from synergy_gui.model.errors import DocumentFileError
    from synergy_gui.model.fileformat import load_document
    from synergy_gui.model.presets import list_presets

    if not os.path.exists(name) and os.sep not in name and "/" not in name:
        presets = {info.name: info.path for info in list_presets()}
        if name in presets:
            name = str(presets[name])
    try:
        return load_document(name)
    except DocumentFileError as refused:
        raise BadInputError(_one_line(refused) if one_line else refused.report()) from None


def _one_line(refused: DocumentFileError) -> str:
    """The first problem, and how many more ``validate`` would list."""
    if not refused.problems:
        return refused.report()
    first = f"{refused.filename}: cannot be opened: {refused.problems[0]}"
    more = len(refused.problems) - 1
    return first + (f" (and {more} more; validate lists them)" if more else "")


def _apply_level(document, scenario: str | None, assignment: str) -> None:
    from synergy_gui.model.errors import ModelError

    construct_id, level = parse_level("--set", assignment, document)
    try:
        document.update_construct(construct_id, initial=level)
        chosen = document.scenario(scenario) if scenario is not None else None
        if chosen is not None and construct_id in chosen.schedules:
            document.set_schedule(scenario, construct_id, None)
    except ModelError as error:
        raise BadInputError(f"--set {assignment!r}: {error}") from None


def parse_level(option: str, assignment: str, document: ModelDocument) -> tuple[str, float]:
    """``CONSTRUCT=LEVEL`` of ``option`` as (construct id, level from 0 to 1), or refused."""
    construct_id, sign, text = assignment.partition("=")
    construct_id = construct_id.strip()
    if not sign or not construct_id:
        raise BadInputError(f"{option} {assignment!r}: write it as CONSTRUCT=LEVEL, e.g. trust=0.8")
    construct_id = _construct_named(document, construct_id)
    if construct_id is None:
        known = ", ".join(c.id for c in document.constructs)
        raise BadInputError(
            f"{option} {assignment!r}: there is no construct {assignment.partition('=')[0]!r} "
            f"(constructs: {known})"
        )
    try:
        level = float(text)
    except ValueError:
        raise BadInputError(f"{option} {assignment!r}: {text.strip()!r} is not a number") from None
    from synergy_gui.model.checks import level_bounds

    low, high = level_bounds(document.settings.level_range)
    if not (math.isfinite(level) and low <= level <= high):
        raise BadInputError(f"{option} {assignment!r}: the level must be from {low:g} to {high:g}")
    return construct_id, level


def _construct_named(document: ModelDocument, name: str) -> str | None:
    """The id of the construct with this id, or else with this label (any case)."""
    if document.has_construct(name):
        return name
    wanted = name.casefold()
    return next((c.id for c in document.constructs if c.label.casefold() == wanted), None)


def _write_csv(path: Path, result) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["time", *result.ids])
        for time, row in zip(result.times, result.levels, strict=True):
            writer.writerow([repr(float(time)), *(repr(float(v)) for v in row)])


def _as_json(run: _Run) -> dict[str, Any]:
    result, rest = run.result, run.rest
    settings = run.document.settings
    return {
        "file": run.source,
        "title": run.document.meta.title,
        "scenario": result.scenario,
        "steps": result.steps,
        "dt": settings.dt,
        "time_unit": settings.time_unit,
        "update_rule": settings.update_rule,
        "step_mode": settings.step_mode,
        "final": result.finals(),
        "steady_state": {
            "settled": rest.settled,
            "steps": rest.steps,
            "reason": rest.reason,
            "levels": dict(zip(rest.ids, map(float, rest.levels), strict=True)),
        },
        **_convergence_json(run.convergence),
        "times": [float(t) for t in result.times],
        "series": {cid: [float(v) for v in result.series(cid)] for cid in result.ids},
    }


def _table(run: _Run, out: str | None) -> str:
    result, rest, document = run.result, run.rest, run.document
    settings = document.settings
    unit = settings.time_unit + ("" if result.steps * settings.dt == 1 else "s")
    scenario = f"scenario {result.scenario!r}" if result.scenario else "no scenario"
    lines = [
        f"{document.meta.title} — {scenario}, {result.steps} steps "
        f"({result.times[-1]:g} {unit}), {settings.update_rule} rule",
        "",
    ]
    width = max(len("construct"), *(len(cid) for cid in result.ids))
    steady = "steady" if rest.settled else "last"
    lines.append(f"{'construct':<{width}}  {'role':<8}  {'start':>6}  {'final':>6}  {steady:>6}")
    for column, cid in enumerate(result.ids):
        role = document.construct(cid).role
        start, final = result.levels[0, column], result.levels[-1, column]
        lines.append(
            f"{cid:<{width}}  {role:<8}  {start:6.3f}  {final:6.3f}  {rest.levels[column]:6.3f}"
        )
    lines.append("")
    if rest.settled:
        lines.append(f"Steady state: reached after {rest.steps} steps.")
    else:
        lines.append(f"No steady state: the model {rest.reason}.")
    if run.convergence is not None:
        lines.append(_convergence_line(run.convergence))
    if out:
        lines.append(f"Time series written to {out}.")
    return "\n".join(lines)


def _convergence_line(found) -> str:
    test = f"max |Δx| ≤ {found.tolerance:g}"
    if found.converged:
        return (
            f"Converged ({test}) at step {found.step}: FCMpy's state {found.fcmpy_state} "
            f"(largest change {found.change:.3g})."
        )
    if found.held:
        from synergy_gui.engine.activation import IDENTITY_BOUND

        return (
            f"Not converged ({test}): {', '.join(found.held)} stopped moving only at the "
            f"identity map's bound ±{IDENTITY_BOUND:g}, where the run holds it; the map diverges."
        )
    return (
        f"Not converged ({test}) within the run: the last step changed a level by "
        f"{found.change:.3g}."
    )


def _convergence_json(found) -> dict[str, Any]:
    if found is None:
        return {}
    return {
        "convergence": {
            "tolerance": found.tolerance,
            "converged": found.converged,
            "step": found.step,
            "fcmpy_state": found.fcmpy_state,
            "max_change": found.change,
            "held_at_bound": list(found.held),
        }
    }
