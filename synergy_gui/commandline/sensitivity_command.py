"""``sensitivity``: which path weight or stimulus moves an outcome most (tornado, Sobol, Morris).

Prints a ranked table, or JSON whose ``parameters`` map each parameter name (``path:<id>``,
``junction:<id>``, ``stimulus:<id>``) to its figures; ``--out`` writes the CSV. Sobol needs
a power-of-two ``--samples`` and refuses another (it names the two nearest) rather than
silently running a different number. Bad input is one line with exit status 2; Sobol and
Morris without the optional SALib say how to install it (exit status 1).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from synergy_gui.commandline.simulate_command import (
    EXIT_FAILURE,
    BadInputError,
    complain,
    load_model,
    run_command,
)

if TYPE_CHECKING:
    from synergy_gui.engine.sensitivity import SensitivityResult
    from synergy_gui.model.document import ModelDocument

COMMAND = "sensitivity"
METHOD_CHOICES = ("tornado", "sobol", "morris")
#: Runs from which the command says on stderr how far it has got.
TALKATIVE_RUNS = 20_000


@dataclass
class _Analysed:
    source: str
    document: ModelDocument
    scenario: str | None
    result: SensitivityResult
    labels: dict[str, str]


def register(commands: argparse._SubParsersAction) -> None:
    """Add the ``sensitivity`` sub-command to the parser."""
    parser = commands.add_parser(
        COMMAND,
        prog=f"synergy-explorer {COMMAND}",
        help="rank the weights and stimuli by their effect on an outcome (tornado, Sobol, Morris)",
        description=(
            "Vary every path and junction weight of FILE (± its sd, else the model's default "
            "sd, else ± 0.1, within -1…1) and every stimulus (± 0.1 within 0…1), and rank them "
            "by their effect on the outcome's level at --week, or where it settles. tornado: "
            "one at a time; sobol: first-order and total indices (Saltelli sampling, N·(D+2) "
            "runs, N a power of two); morris: mu* and sigma (N trajectories). Sobol and Morris "
            "need SALib (installed with pip; not in the offline installer). Exit status 0 on "
            "success, 2 when the file or an option is refused, 1 otherwise."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="a model file, or a preset name")
    parser.add_argument(
        "--outcome", metavar="ID", required=True, help="the construct measured, e.g. loyalty"
    )
    parser.add_argument(
        "--week",
        metavar="T",
        type=_week,
        help="measure the outcome at time T (default: where it settles)",
    )
    parser.add_argument(
        "--method", choices=METHOD_CHOICES, default="tornado", help="default: tornado"
    )
    parser.add_argument(
        "--samples",
        metavar="N",
        type=_whole,
        help="Sobol: N, a power of two (default 1024); Morris: trajectories (default 64)",
    )
    parser.add_argument(
        "--seed", metavar="S", type=_whole, default=None, help="the random seed (default 12)"
    )
    parser.add_argument("--scenario", metavar="NAME", help="analyse this scenario of the model")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--out", metavar="CSV", help="write the table as CSV")
    parser.set_defaults(run=run_sensitivity_command)


def run_sensitivity_command(options: argparse.Namespace) -> int:
    """Load, analyse and report; the exit status says how it went."""
    if options.method != "tornado":
        from synergy_gui.engine.sensitivity import salib_available

        if not salib_available():
            from synergy_gui.engine.sensitivity import UNAVAILABLE

            complain(COMMAND, UNAVAILABLE)
            return EXIT_FAILURE
    return run_command(COMMAND, options, _analyse, _write, lambda done: _report(done, options))


def _week(text: str) -> float:
    try:
        week = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a number (got {text!r})") from None
    if not math.isfinite(week) or week < 0:
        raise argparse.ArgumentTypeError(f"must be a number from 0 (got {text!r})")
    return week


def _whole(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number (got {text!r})") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more (got {value})")
    return value


def _analyse(options: argparse.Namespace) -> _Analysed:
    from synergy_gui.engine.compile import compile_model
    from synergy_gui.engine.sensitivity import (
        DEFAULT_SEED,
        SensitivityRequest,
        analyse,
        parameter_labels,
        parameters_of,
    )
    from synergy_gui.model.errors import ModelError

    _check_samples(options)
    document = load_model(options.file, one_line=True)
    try:
        model = compile_model(document, _scenario(document, options))
        outcome = _outcome(document, options.outcome)
        seed = DEFAULT_SEED if options.seed is None else options.seed
        request = SensitivityRequest(outcome, options.week, options.method, options.samples, seed)
        parameters = parameters_of(document, model)
        result = analyse(model, parameters, request, _say_progress(options, len(parameters)))
    except ModelError as error:
        raise BadInputError(f"{options.file}: {error}") from None
    labels = parameter_labels(document, parameters)
    return _Analysed(options.file, document, options.scenario, result, labels)


def _check_samples(options: argparse.Namespace) -> None:
    from synergy_gui.engine.sensitivity import check_morris_trajectories, check_sobol_samples
    from synergy_gui.model.errors import ModelError

    if options.samples is None:
        return
    if options.method == "tornado":
        raise BadInputError("--samples is for sobol and morris; the tornado runs each end once")
    check = check_sobol_samples if options.method == "sobol" else check_morris_trajectories
    try:
        check(options.samples)
    except ModelError as error:
        raise BadInputError(f"--samples {options.samples}: {error}") from None


def _scenario(document: ModelDocument, options: argparse.Namespace) -> str | None:
    names = [s.name for s in document.scenarios]
    if options.scenario is None or options.scenario in names:
        return options.scenario
    known = ", ".join(repr(name) for name in names) or "none"
    raise BadInputError(
        f"{options.file} has no scenario named {options.scenario!r} (scenarios: {known})"
    )


def _outcome(document: ModelDocument, name: str) -> str:
    """The construct id named by ``name`` (its id, or its label in any case)."""
    if document.has_construct(name):
        return name
    wanted = name.strip().casefold()
    found = next((c.id for c in document.constructs if c.label.casefold() == wanted), None)
    return name if found is None else found  # an unknown id is refused with the known ones


def _say_progress(options: argparse.Namespace, parameters: int):
    """For a long run, a line saying what runs and then every tenth done (on stderr)."""
    from synergy_gui.engine.sensitivity import DEFAULT_SAMPLES

    samples = options.samples or DEFAULT_SAMPLES[options.method]
    runs = samples * (parameters + (2 if options.method == "sobol" else 1))
    if options.method == "tornado" or runs < TALKATIVE_RUNS:
        return None
    print(
        f"synergy-explorer {COMMAND}: {options.method} over {parameters} parameters, "
        f"{runs:,} runs…",
        file=sys.stderr,
        flush=True,
    )
    shown = [0]

    def progress(share: float) -> None:
        tenth = int(10 * share)
        if tenth > shown[0]:
            shown[0] = tenth
            print(f"  {10 * tenth}%", file=sys.stderr, flush=True)

    return progress


def _write(path: Path, done: _Analysed) -> None:
    from synergy_gui.io.sensitivity_table import write_sensitivity_csv

    write_sensitivity_csv(done.result, done.labels, path)


def _report(done: _Analysed, options: argparse.Namespace) -> str:
    if options.json:
        return json.dumps(_as_json(done), indent=2)
    from synergy_gui.io.sensitivity_table import sensitivity_text

    result = done.result
    unit = done.document.settings.time_unit
    when = "where it settles" if result.week is None else f"at {unit} {result.week:g}"
    title = (
        f"{done.document.meta.title} — {result.method} sensitivity of {result.outcome} {when} "
        f"(base {result.base:.4f}; {result.evaluations:,} runs)"
    )
    notes = "".join(f"\nNote: {note}" for note in result.notes)
    written = f"\nTable written to {options.out}." if options.out else ""
    return f"{title}\n\n{sensitivity_text(result, done.labels)}{notes}{written}"


def _as_json(done: _Analysed) -> dict[str, Any]:
    result = done.result
    figures = result.as_dict()
    return {
        "file": done.source,
        "title": done.document.meta.title,
        "scenario": done.scenario,
        "outcome": result.outcome,
        "week": result.week,
        "method": result.method,
        "samples": result.samples,
        "evaluations": result.evaluations,
        "seed": result.seed,
        "base": result.base,
        "notes": list(result.notes),
        "parameters": {
            p.name: {
                **figures[p.name],
                "label": done.labels.get(p.name, p.name),
                "value": p.value,
                "input_low": p.low,
                "input_high": p.high,
            }
            for p in result.parameters
        },
    }
