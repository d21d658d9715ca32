"""``allocate``: split a budget over the model's channels for the most outcome; or, with
``--target``, the least spend that reaches a level; or, with ``--extra``, where an extra
amount should go with the current spend kept. Bad input is one line with exit status 2.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from synergy_gui.commandline import budget_options as opts
from synergy_gui.commandline.simulate_command import BadInputError, run_command

if TYPE_CHECKING:
    from synergy_gui.engine.allocate import Allocation
    from synergy_gui.model.document import ModelDocument


@dataclass
class _Allocated:
    """What one ``allocate`` found, ready to print or write."""

    document: ModelDocument
    allocation: Allocation
    label: str
    scenario: str  # the name the allocation is saved under with --out


def register(commands: argparse._SubParsersAction) -> None:
    """Add the ``allocate`` sub-command to the parser."""
    parser = commands.add_parser(
        "allocate",
        prog="synergy-explorer allocate",
        help="split a budget over the channels for the most outcome",
        description=(
            "Split --budget (total spend over the run) over the channels of FILE for the "
            "highest --outcome at week --by (or its average over the run), each channel's "
            "weekly pattern kept, within --min and --max. With --target instead, find the "
            "least spend that brings the outcome to that level; with --extra, where that "
            "amount should go on top of the current plan. Exit status 0 on success, 2 when "
            "the file or an option is refused (an unreachable target says the best reachable)."
        ),
    )
    opts.add_outcome_options(parser)
    goal = parser.add_mutually_exclusive_group(required=True)
    goal.add_argument("--budget", metavar="B", help="the total to split (currency)")
    goal.add_argument("--target", metavar="L", help="reach this level at the least spend")
    goal.add_argument("--extra", metavar="E", help="place this much more, the rest kept")
    for bound in ("min", "max"):
        parser.add_argument(
            f"--{bound}", metavar="CHANNEL=X", action="append", default=[],
            help=f"a channel's {bound}imum total (repeatable)",
        )  # fmt: skip
    parser.add_argument(
        "--out", metavar="MODEL", help="save a copy of FILE with the allocation as a scenario"
    )
    parser.set_defaults(run=run_allocate)


def run_allocate(options: argparse.Namespace) -> int:
    """Load, allocate and report; the exit status says how it went."""
    return run_command("allocate", options, _allocate, _save, lambda a: _report(a, options))


def _allocate(options: argparse.Namespace) -> _Allocated:
    from synergy_gui.engine import allocate
    from synergy_gui.engine.errors import EngineError

    document, problem = opts.spend_problem(options)
    minima = opts.limits("--min", options.min, problem)
    maxima = opts.limits("--max", options.max, problem)
    label = opts.outcome_label(document, problem)
    try:
        if options.budget is not None:
            budget = opts.spend("--budget", options.budget)
            found = allocate.maximise(problem, budget, minima, maxima)
        elif options.extra is not None:
            if minima:
                raise BadInputError("--min does not go with --extra: the current spend is kept")
            found = allocate.place_extra(problem, opts.spend("--extra", options.extra), maxima)
        else:
            target = opts.number("--target", options.target)
            found = allocate.minimise_spend(problem, target, minima, maxima)
    except EngineError as error:
        raise BadInputError(_option_of(error, options) + str(error)) from None
    if not found.reachable:
        raise BadInputError(
            f"--target {options.target}: {label} cannot reach {found.target:g} with any "
            f"spend within the limits; the best reachable is {found.outcome:.4f} "
            f"(spend {_amounts(found)})"
        )
    return _Allocated(document, found, label, _free_name(document, "Allocation"))


def _option_of(error: Exception, options: argparse.Namespace) -> str:
    """The option a refusal is about, as a prefix (``--budget -5: ``)."""
    text = str(error)
    if "minim" in text:
        return "--min: "
    if "maxim" in text:
        return "--max: "
    for word, option in (("budget", "--budget"), ("extra", "--extra"), ("target", "--target")):
        value = getattr(options, option[2:])
        if word in text and value is not None:
            return f"{option} {value}: "
    return ""


def _amounts(found: Allocation) -> str:
    return ", ".join(f"{c} {v:,.0f}" for c, v in zip(found.channels, found.spend, strict=True))


def _report(allocated: _Allocated, options: argparse.Namespace) -> str:
    found = allocated.allocation
    if options.json:
        return json.dumps({"file": options.file, **found.as_dict()}, indent=2)
    lines = [_headline(allocated), ""]
    width = max(len(name) for name in found.names)
    heads = f"{'now':>12}  {'allocated':>12}  {'per week':>10}  {'outcome Δ':>9}"
    lines.append(f"  {'channel':<{width}}  {heads}")
    for index, name in enumerate(found.names):
        lines.append(
            f"  {name:<{width}}  {found.current_spend[index]:>12,.0f}  "
            f"{found.spend[index]:>12,.0f}  {found.spend[index] / found.weeks:>10,.0f}  "
            f"{found.waterfall[index]:>+9.4f}"
        )
    lines += ["", f"Spend is the total over the run's {found.weeks} weeks."]
    if options.out:
        lines.append(f"Saved with the scenario “{allocated.scenario}” to {options.out}.")
    return "\n".join(lines)


def _headline(allocated: _Allocated) -> str:
    found, label = allocated.allocation, allocated.label
    change = f"{found.current_outcome:.4f} now → {found.outcome:.4f}"
    if found.goal == "minimise":
        return f"Least spend for {label} ≥ {found.target:g}: {found.total:,.0f} ({change})"
    return f"{label}: {change} for {found.total:,.0f} in all"


def _free_name(document: ModelDocument, stem: str) -> str:
    """``stem``, or ``stem 2``, ``stem 3``, … whichever is not yet a scenario's name."""
    taken = {s.name for s in document.scenarios}
    name, number = stem, 2
    while name in taken:
        name, number = f"{stem} {number}", number + 1
    return name


def _save(path: Path, allocated: _Allocated) -> None:
    from synergy_gui.model.fileformat import save_document

    document = allocated.document
    document.add_scenario(allocated.allocation.scenario(allocated.scenario))
    save_document(document, path)
