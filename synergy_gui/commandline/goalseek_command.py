"""``goalseek``: which level of a stimulus brings an outcome to at least a target by a week?

With ``--lever`` it answers for that stimulus; without, it ranks every stimulus by the change
it needs (those that cannot reach the target last). Bad input is one line with exit status 2.
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
    from synergy_gui.engine.goalseek import GoalAnswer
    from synergy_gui.model.document import ModelDocument

_CSV_FIELDS = (
    "lever", "reachable", "level", "change", "best_level", "best_outcome",
    "current_level", "current_outcome", "outcome", "target", "week", "method",
)  # fmt: skip


@dataclass
class _Sought:
    """What one ``goalseek`` found, ready to print or write."""

    source: str
    document: ModelDocument
    scenario: str | None
    answers: list[GoalAnswer]
    one_lever: bool


def register(commands: argparse._SubParsersAction) -> None:
    """Add the ``goalseek`` sub-command to the parser."""
    parser = commands.add_parser(
        "goalseek",
        prog="synergy-explorer goalseek",
        help="the stimulus level that brings an outcome to a target by a week",
        description=(
            "Find the level of a stimulus (--lever) of FILE (a *.synergy.json model, or the "
            "name of a shipped preset) nearest its current level that brings --outcome to at "
            "least --target at week --by, or say it is out of reach with that stimulus alone "
            "and give the best level. Without --lever, every stimulus is ranked by the change "
            "it needs. Exit status 0 on success, 2 when the file or an option is refused, "
            "1 otherwise."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="a model file, or a preset name")
    parser.add_argument("--outcome", metavar="ID", required=True, help="the construct to raise")
    parser.add_argument(
        "--target", metavar="L", required=True, help="the level, 0 to 1 (-1 to 1 if bipolar)"
    )
    parser.add_argument("--by", metavar="T", required=True, help="the week (0 or later)")
    parser.add_argument("--lever", metavar="ID", help="the stimulus to set (default: each)")
    parser.add_argument("--scenario", metavar="NAME", help="seek within this scenario")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--out", metavar="CSV", help="write the answers as CSV, one per lever")
    parser.set_defaults(run=run_goalseek)


def run_goalseek(options: argparse.Namespace) -> int:
    """Load, seek and report; the exit status says how it went."""
    return run_command("goalseek", options, _seek, _write_csv, lambda s: _report(s, options))


def _seek(options: argparse.Namespace) -> _Sought:
    from synergy_gui.engine import EngineError, compile_model
    from synergy_gui.engine.goalseek import seek, seek_all
    from synergy_gui.model.checks import level_bounds
    from synergy_gui.model.errors import ModelError

    document = load_model(options.file, one_line=True)
    target = _number("--target", options.target)
    low, high = level_bounds(document.settings.level_range)  # -1 to 1 in a bipolar model
    if not low <= target <= high:
        raise BadInputError(
            f"--target {options.target}: the level must be from {low:g} to {high:g}"
        )
    week = _number("--by", options.by)
    if week < 0:
        raise BadInputError(f"--by {options.by}: the week must be 0 or later")
    outcome = _construct(document, "--outcome", options.outcome)
    _check_scenario(document, options)
    try:
        model = compile_model(document, options.scenario)
        if options.lever is None:
            answers = seek_all(model, outcome, target, week)
        else:
            lever = _construct(document, "--lever", options.lever)
            answers = [seek(model, lever, outcome, target, week)]
    except (EngineError, ModelError) as error:
        raise BadInputError(f"{options.file}: {error}") from None
    return _Sought(options.file, document, options.scenario, answers, options.lever is not None)


def _number(option: str, text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise BadInputError(f"{option} {text!r}: not a number") from None
    if not math.isfinite(value):
        raise BadInputError(f"{option} {text!r}: not a finite number")
    return value


def _construct(document: ModelDocument, option: str, name: str) -> str:
    """The id of the construct with this id or label (any case), or refused with the ids."""
    if document.has_construct(name):
        return name
    wanted = name.casefold()
    found = next((c.id for c in document.constructs if c.label.casefold() == wanted), None)
    if found is None:
        known = ", ".join(c.id for c in document.constructs)
        raise BadInputError(f"{option} {name!r}: there is no such construct (constructs: {known})")
    return found


def _check_scenario(document: ModelDocument, options: argparse.Namespace) -> None:
    names = [s.name for s in document.scenarios]
    if options.scenario is not None and options.scenario not in names:
        known = ", ".join(repr(name) for name in names) or "none"
        raise BadInputError(
            f"{options.file} has no scenario named {options.scenario!r} (scenarios: {known})"
        )


def _report(sought: _Sought, options: argparse.Namespace) -> str:
    if options.json:
        return json.dumps(_as_json(sought), indent=2)
    written = f"\nAnswers written to {options.out}." if options.out else ""
    return _text(sought) + written


def _as_json(sought: _Sought) -> dict[str, Any]:
    if sought.one_lever:
        return {"file": sought.source, "scenario": sought.scenario, **sought.answers[0].as_dict()}
    first = sought.answers[0] if sought.answers else None
    return {
        "file": sought.source,
        "scenario": sought.scenario,
        "outcome": first.outcome if first else None,
        "target": first.target if first else None,
        "week": first.week if first else None,
        "levers": [answer.as_dict() for answer in sought.answers],
    }


def _text(sought: _Sought) -> str:
    labels = {c.id: c.label for c in sought.document.constructs}
    if not sought.answers:
        return "No stimulus can be set here: every one follows a schedule in this scenario."
    first = sought.answers[0]
    unit = sought.document.settings.time_unit
    lines = [
        f"{labels[first.outcome]} to at least {first.target:g} by {unit} {first.week:g} "
        f"(now {first.current_outcome:.3f}):",
        "",
    ]
    width = max(len(labels[a.lever]) for a in sought.answers)
    for answer in sought.answers:
        lines.append(f"  {labels[answer.lever]:<{width}}  {_verdict(answer)}")
    lines.append("")
    lines.append(f"Found by {first.method}." if sought.one_lever else _methods(sought.answers))
    return "\n".join(lines)


def _verdict(answer: GoalAnswer) -> str:
    if answer.reachable:
        return (
            f"level {answer.level:.4f} (now {answer.current_level:.3f}, "
            f"change {answer.change:+.4f})"
        )
    return (
        f"not reachable alone: best level {answer.best_level:.4f} gives {answer.best_outcome:.4f}"
    )


def _methods(answers: list[GoalAnswer]) -> str:
    methods = sorted({a.method for a in answers})
    return "Found by " + "; ".join(methods) + "."


def _write_csv(path: Path, sought: _Sought) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(_CSV_FIELDS)
        for answer in sought.answers:
            figures = answer.as_dict()
            writer.writerow(["" if figures[f] is None else figures[f] for f in _CSV_FIELDS])
