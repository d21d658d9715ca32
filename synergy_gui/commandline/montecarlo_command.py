"""``montecarlo``: uncertainty bands of a model, as a table, a CSV or JSON.

Every path and junction weight is drawn from a normal distribution with its sd (else the
model's default sd, or ``--default-sd``; 0 where neither is given), clipped to [-1, 1], in
N seeded runs; stimuli follow the scenario. Each construct gets the 10th, 25th, 50th, 75th
and 90th percentile of its level at every step. Bad input is reported in one line with exit
status 2.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from synergy_gui.commandline.simulate_command import BadInputError, load_model, run_command

if TYPE_CHECKING:
    from synergy_gui.engine.montecarlo import Bands
    from synergy_gui.model.document import ModelDocument

DEFAULT_RUNS = 1_000  # as engine.montecarlo: the engine is imported only when a command runs
DEFAULT_SEED = 12


@dataclass
class _Banded:
    """What one ``montecarlo`` produced, ready to print or write."""

    source: str
    document: ModelDocument
    bands: Bands
    default_sd: float | None


def register(commands: argparse._SubParsersAction) -> None:
    """Add the ``montecarlo`` sub-command to the parser."""
    parser = commands.add_parser(
        "montecarlo",
        prog="synergy-explorer montecarlo",
        help="uncertainty bands: percentiles of every level over runs with uncertain weights",
        description=(
            "Run FILE (a *.synergy.json model, or the name of a shipped preset) N times, each "
            "time with every path and junction weight drawn from a normal distribution with "
            "its standard deviation (sd), clipped to -1..1; a weight without an sd takes the "
            "model's default sd (or --default-sd), else it is certain. Stimuli follow the "
            "scenario in every run. Prints each construct's 10th, 25th, 50th, 75th and 90th "
            "percentile at the end; --json and --out give them at every step. The bands are "
            "uncertainty about the weights, not noise over time. Exit status 0 on success, 2 "
            "when the file, the scenario or an option is refused, 1 otherwise."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="a model file, or a preset name")
    parser.add_argument(
        "--runs",
        metavar="N",
        type=_whole(1),
        default=DEFAULT_RUNS,
        help=f"how many runs (default {DEFAULT_RUNS:,})",
    )
    parser.add_argument(
        "--seed",
        metavar="S",
        type=_whole(0),
        default=DEFAULT_SEED,
        help=f"seed of the draws: the same seed gives the same bands (default {DEFAULT_SEED})",
    )
    parser.add_argument("--scenario", metavar="NAME", help="run this scenario of the model")
    parser.add_argument(
        "--default-sd",
        metavar="X",
        type=_sd,
        help="sd of every weight without one of its own (default: the model's setting)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument(
        "--out",
        metavar="CSV",
        help="write the bands as CSV: a row per time and construct, a column per percentile",
    )
    parser.set_defaults(run=run_montecarlo)


def run_montecarlo(options: argparse.Namespace) -> int:
    """Load, run the bands and report; the exit status says how it went."""
    return run_command("montecarlo", options, _bands, _write_csv, lambda b: _report(b, options))


def _whole(lowest: int):
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"must be a whole number (got {text!r})") from None
        if value < lowest:
            raise argparse.ArgumentTypeError(f"must be {lowest} or more (got {value})")
        return value

    return parse


def _sd(text: str) -> float:
    from synergy_gui.model.checks import MAX_DEFAULT_SD

    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a number (got {text!r})") from None
    if not math.isfinite(value) or not 0.0 <= value <= MAX_DEFAULT_SD:
        raise argparse.ArgumentTypeError(
            f"must be a number from 0 to {MAX_DEFAULT_SD:g} (got {text!r}); "
            "a standard deviation is never negative"
        )
    return value


def _bands(options: argparse.Namespace) -> _Banded:
    from synergy_gui.engine.montecarlo import monte_carlo
    from synergy_gui.model.errors import ModelError

    document = load_model(options.file, one_line=True)
    names = {s.name for s in document.scenarios}
    if options.scenario is not None and options.scenario not in names:
        known = ", ".join(repr(s.name) for s in document.scenarios) or "none"
        raise BadInputError(
            f"{options.file} has no scenario named {options.scenario!r} (scenarios: {known})"
        )
    default_sd = options.default_sd
    if default_sd is None:
        default_sd = document.settings.default_sd
    try:
        bands = monte_carlo(
            document, options.scenario, options.runs, options.seed, default_sd=default_sd
        )
    except ModelError as error:
        raise BadInputError(f"{options.file}: {error}") from None
    return _Banded(options.file, document, bands, default_sd)


def _write_csv(path: Path, banded: _Banded) -> None:
    from synergy_gui.engine.montecarlo import PERCENTILE_NAMES

    bands = banded.bands
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["time", "construct", *PERCENTILE_NAMES])
        for step, time in enumerate(bands.times):
            for cid, rows in bands.percentiles.items():
                writer.writerow([repr(float(time)), cid, *(repr(float(v)) for v in rows[:, step])])


def _report(banded: _Banded, options: argparse.Namespace) -> str:
    if options.json:
        return json.dumps(_as_json(banded), indent=2)
    return _table(banded, options.out)


def _as_json(banded: _Banded) -> dict[str, Any]:
    from synergy_gui.engine.montecarlo import PERCENTILE_NAMES

    bands, document = banded.bands, banded.document
    return {
        "file": banded.source,
        "title": document.meta.title,
        "scenario": bands.scenario,
        "runs": bands.runs,
        "seed": bands.seed,
        "default_sd": banded.default_sd,
        "time_unit": document.settings.time_unit,
        "time": [float(t) for t in bands.times],
        "constructs": {
            cid: {
                name: [float(v) for v in row]
                for name, row in zip(PERCENTILE_NAMES, rows, strict=True)
            }
            for cid, rows in bands.percentiles.items()
        },
    }


def _table(banded: _Banded, out: str | None) -> str:
    from synergy_gui.engine.montecarlo import PERCENTILE_NAMES

    bands, document = banded.bands, banded.document
    settings = document.settings
    steps = bands.times.size - 1
    scenario = f"scenario {bands.scenario!r}" if bands.scenario else "no scenario"
    default = "none" if banded.default_sd is None else f"{banded.default_sd:g}"
    lines = [
        f"{document.meta.title} — {scenario}, {bands.runs:,} runs (seed {bands.seed}), "
        f"levels at {bands.times[-1]:g} {settings.time_unit}s ({steps} steps)",
        f"Weights drawn from N(weight, sd) clipped to -1..1; default sd where unknown: {default}.",
        "The bands are uncertainty about the weights, not noise over time.",
        "",
    ]
    width = max(len("construct"), *(len(cid) for cid in bands.percentiles))
    lines.append(f"{'construct':<{width}}  " + "  ".join(f"{n:>6}" for n in PERCENTILE_NAMES))
    for cid, rows in bands.percentiles.items():
        lines.append(f"{cid:<{width}}  " + "  ".join(f"{v:6.3f}" for v in rows[:, -1]))
    if out:
        lines += ["", f"Bands written to {out}."]
    return "\n".join(lines)
