"""What the Budget dock says: outcome labels, marginal returns, the allocator's answers, and
the scenario look-ups its controller needs (plain functions on plain values)."""

from __future__ import annotations

from collections.abc import Sequence

from synergy_gui.engine.allocate import EXTRA, MINIMISE, Allocation
from synergy_gui.engine.budget import current_spend
from synergy_gui.engine.errors import EngineError
from synergy_gui.engine.response import ResponseCurve
from synergy_gui.engine.spend_runs import Outcome
from synergy_gui.model import ModelDocument, ModelError
from synergy_gui.ui.i18n import error_text, message_text, translate
from synergy_gui.ui.numbers import number_text, short_number
from synergy_gui.ui.panels.allocator_form import AllocationAnswer
from synergy_gui.ui.panels.money import money
from synergy_gui.ui.vocabulary import unit_word

_TROUBLE = (EngineError, ModelError, ValueError, ArithmeticError)


def outcome_choices(document: ModelDocument) -> list[tuple[str, str]]:
    """The constructs spend can be measured by: every one the model computes (not stimuli)."""
    return [(c.id, c.label or c.id) for c in document.constructs if c.role != "stimulus"]


def outcome_label(document: ModelDocument, outcome: Outcome) -> str:
    """ "Loyalty at week 26" or "Loyalty (average over the run)"."""
    try:
        label = document.construct(outcome.construct).label or outcome.construct
    except ModelError:
        label = outcome.construct
    return message_text(outcome.describe(label, unit_word(document.settings.time_unit)))


def returns_text(curves: Sequence[ResponseCurve], label: str) -> str:
    """The outcome now, and what the dots mean."""
    if not curves:
        return ""
    return translate(
        "BudgetPanel",
        "Now: {label} = {value}; a dot marks each channel's current spend.",
    ).format(label=label, value=number_text(curves[0].current_outcome, 3))


def trouble_text(error: BaseException) -> str:
    """Why the engine could not answer, in words."""
    if isinstance(error, _TROUBLE):
        text = error_text(error)
        return text[:1].upper() + text[1:]
    return translate("BudgetPanel", "The budget computation failed ({kind}: {error}).").format(
        kind=type(error).__name__, error=error
    )


def free_name(document: ModelDocument, stem: str) -> str:
    """``stem``, or ``stem 2``, ``stem 3``, … whichever is not yet a scenario's name."""
    taken = {s.name for s in document.scenarios}
    name, number = stem, 2
    while name in taken:
        name, number = f"{stem} {number}", number + 1
    return name


def current_plan_key(document: ModelDocument, base: str | None) -> str | None:
    """A scenario that runs the current plan: ``base`` when it spends on every channel, else
    a "Current plan" scenario made earlier with the same spend (None: there is none)."""
    scenario = None
    if base is not None:
        scenario = document.scenario(base)
        if set(scenario.spend) >= {c.id for c in document.channels}:
            return base
    wanted = current_spend(document.channels, scenario)
    stems = (translate("BudgetPanel", "Current plan"), "Current plan")  # made in either
    for candidate in document.scenarios:
        if candidate.name.startswith(stems) and candidate.spend == wanted:
            rest = dict(candidate.schedules), dict(candidate.clamps)
            if scenario is None or rest == (dict(scenario.schedules), dict(scenario.clamps)):
                return candidate.name
    return None


def answer_of(found: Allocation, label: str, scenario: str | None) -> AllocationAnswer:
    """The headline, the spend by channel and the waterfall of an allocation."""
    details = "\n".join(
        f"{name}: {money(now)} → {money(then)}"
        for name, now, then in zip(found.names, found.current_spend, found.spend, strict=True)
    )
    if not found.reachable:
        headline = translate(
            "BudgetPanel",
            "Verdict: {label} cannot reach {target} with any spend within the limits. "
            "The best reachable is {best}, spending {total} in all:",
        ).format(
            label=label,
            target=short_number(found.target),
            best=number_text(found.outcome, 4),
            total=money(found.total),
        )
        return AllocationAnswer(headline, details)
    change = f"{number_text(found.current_outcome, 4)} → {number_text(found.outcome, 4)}"
    if found.goal == MINIMISE:
        headline = translate(
            "BudgetPanel", "Least spend for {label} ≥ {target}: {total} ({change})."
        ).format(
            label=label, target=short_number(found.target), total=money(found.total), change=change
        )
    elif found.goal == EXTRA:
        extra = found.total - sum(found.current_spend)
        headline = translate("BudgetPanel", "{label}: {change} with {extra} more.").format(
            label=label, change=change, extra=money(extra)
        )
    else:
        headline = translate("BudgetPanel", "{label}: {change} for {total} in all.").format(
            label=label, change=change, total=money(found.total)
        )
    if scenario is not None:
        details += "\n" + translate("BudgetPanel", "Added as the scenario “{name}”.").format(
            name=scenario
        )
    return AllocationAnswer(
        headline,
        details,
        found.names,
        found.waterfall,
        found.current_outcome,
        found.outcome,
        comparable=scenario is not None,
    )
