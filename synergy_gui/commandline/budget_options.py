"""What ``allocate`` and ``curves`` share: the model, the outcome, spend figures, limits."""

from __future__ import annotations

import argparse
import math
from typing import TYPE_CHECKING

from synergy_gui.commandline.goalseek_command import _check_scenario, _construct
from synergy_gui.commandline.simulate_command import BadInputError, load_model

if TYPE_CHECKING:
    from synergy_gui.engine.spend_runs import SpendProblem
    from synergy_gui.model.document import ModelDocument


def add_outcome_options(parser: argparse.ArgumentParser) -> None:
    """FILE, --outcome, --by and --scenario, as both commands read them."""
    parser.add_argument("file", metavar="FILE", help="a model file, or a preset name")
    parser.add_argument("--outcome", metavar="ID", required=True, help="the construct to raise")
    parser.add_argument(
        "--by", metavar="T", help="the week the outcome is read at (default: its average)"
    )
    parser.add_argument("--scenario", metavar="NAME", help="start from this scenario's plan")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def spend_problem(options: argparse.Namespace) -> tuple[ModelDocument, SpendProblem]:
    """The model and its spend problem for the options, or refused in one line."""
    from synergy_gui.engine.errors import EngineError
    from synergy_gui.engine.spend_runs import Outcome, SpendProblem

    document = load_model(options.file, one_line=True)
    if not document.channels:
        raise BadInputError(
            f"{options.file} has no channels: a channel says what spend buys (add one in the "
            'Budget dock or the file\'s "channels")'
        )
    outcome = _construct(document, "--outcome", options.outcome)
    week = None if options.by is None else number("--by", options.by)
    if week is not None and week < 0:
        raise BadInputError(f"--by {options.by}: the week must be 0 or later")
    _check_scenario(document, options)
    try:
        return document, SpendProblem(document, Outcome(outcome, week), options.scenario)
    except EngineError as error:
        raise BadInputError(f"{options.file}: {error}") from None


def number(option: str, text: str) -> float:
    """A finite number given to ``option``, or refused."""
    try:
        value = float(text.replace(",", "").replace("_", ""))
    except ValueError:
        raise BadInputError(f"{option} {text!r}: not a number") from None
    if not math.isfinite(value):
        raise BadInputError(f"{option} {text!r}: not a finite number")
    return value


def spend(option: str, text: str) -> float:
    """A spend figure (0 or more) given to ``option``, or refused."""
    value = number(option, text)
    if value < 0:
        raise BadInputError(f"{option} {text}: spend must not be negative")
    return value


def limits(option: str, assignments: list[str], problem: SpendProblem) -> dict[str, float]:
    """``CHANNEL=AMOUNT`` pairs (id or name) as channel id → amount, or refused."""
    from synergy_gui.engine.errors import EngineError

    found: dict[str, float] = {}
    for assignment in assignments:
        name, sign, text = assignment.partition("=")
        if not sign or not name.strip():
            raise BadInputError(
                f"{option} {assignment!r}: write it as CHANNEL=AMOUNT, e.g. influencer=20000"
            )
        try:
            position = problem.index(name.strip())
        except EngineError as error:
            raise BadInputError(f"{option} {assignment!r}: {error}") from None
        try:
            found[problem.channels[position].id] = spend(option, text)
        except BadInputError as error:  # its reason, after the option and value it names
            reason = str(error).rsplit(": ", 1)[-1]
            raise BadInputError(f"{option} {assignment}: {reason}") from None
    return found


def outcome_label(document: ModelDocument, problem: SpendProblem) -> str:
    """ "Loyalty at week 26" or "Loyalty (average over the run)"."""
    label = document.construct(problem.outcome.construct).label
    return problem.outcome.describe(label, document.settings.time_unit)
