"""``curves``: each channel's response curve (the outcome against its total spend, the others
kept) with the current spend and the marginal return there; ``--out`` writes them as CSV.
"""

from __future__ import annotations

import argparse
import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from synergy_gui.commandline import budget_options as opts
from synergy_gui.commandline.simulate_command import BadInputError, run_command

if TYPE_CHECKING:
    from synergy_gui.engine.response import ResponseCurve

_CSV_FIELDS = ("channel", "name", "spend", "outcome", "current")


@dataclass
class _Curves:
    """What one ``curves`` computed."""

    label: str
    weeks: int
    curves: list[ResponseCurve]


def register(commands: argparse._SubParsersAction) -> None:
    """Add the ``curves`` sub-command to the parser."""
    parser = commands.add_parser(
        "curves",
        prog="synergy-explorer curves",
        help="each channel's response curve and marginal return",
        description=(
            "For each channel of FILE: --outcome at week --by (or its average over the run) "
            "against the channel's total spend over the run, the other channels kept at their "
            "current plan; the current spend and what the next 1,000 buys. Exit status 0 on "
            "success, 2 when the file or an option is refused."
        ),
    )
    opts.add_outcome_options(parser)
    parser.add_argument("--points", metavar="N", default="41", help="points per curve (41)")
    parser.add_argument("--out", metavar="CSV", help="write every curve's points as CSV")
    parser.set_defaults(run=run_curves)


def run_curves(options: argparse.Namespace) -> int:
    """Load, trace and report; the exit status says how it went."""
    return run_command("curves", options, _trace, _write_csv, lambda c: _report(c, options))


def _trace(options: argparse.Namespace) -> _Curves:
    from synergy_gui.engine.response import response_curves

    document, problem = opts.spend_problem(options)
    points = opts.number("--points", options.points)
    if points != int(points) or not 2 <= points <= 10_000:
        raise BadInputError(f"--points {options.points}: a whole number from 2 to 10000")
    curves = response_curves(problem, int(points))
    return _Curves(opts.outcome_label(document, problem), problem.weeks, curves)


def _report(traced: _Curves, options: argparse.Namespace) -> str:
    if options.json:
        return json.dumps(_as_json(traced, options.file), indent=2)
    lines = [f"{traced.label} against each channel's total spend over {traced.weeks} weeks:", ""]
    for curve in traced.curves:
        lines.append(
            f"  {curve.name}: now {curve.current_spend:,.0f} → {curve.current_outcome:.4f}; "
            f"at {curve.spend[-1]:,.0f} → {curve.outcome[-1]:.4f}"
        )
        lines.append(f"    {curve.sentence(traced.label.split(' at ')[0])}")
    if options.out:
        lines += ["", f"Curves written to {options.out}."]
    return "\n".join(lines)


def _as_json(traced: _Curves, source: str) -> dict[str, object]:
    return {
        "file": source,
        "outcome": traced.label,
        "weeks": traced.weeks,
        "curves": [
            {
                "channel": c.channel,
                "name": c.name,
                "spend": [float(v) for v in c.spend],
                "outcome": [float(v) for v in c.outcome],
                "current_spend": c.current_spend,
                "current_outcome": c.current_outcome,
                "next_amount": c.next_amount,
                "next_return": c.next_return,
                "slope": c.slope,
            }
            for c in traced.curves
        ],
    }


def _write_csv(path: Path, traced: _Curves) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(_CSV_FIELDS)
        for curve in traced.curves:
            for spend, outcome in zip(curve.spend, curve.outcome, strict=True):
                writer.writerow([curve.channel, curve.name, f"{spend:.6g}", f"{outcome:.9g}", 0])
            writer.writerow(
                [curve.channel, curve.name, f"{curve.current_spend:.6g}",
                 f"{curve.current_outcome:.9g}", 1]
            )  # fmt: skip
