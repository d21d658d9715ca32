"""Media channels and spend plans: what money buys, as plain values with their checks.

A channel turns spend (currency per time step, "per week") into the level of the stimuli it
drives: its spend is split among them by share, carried over week to week (geometric adstock
with carry-over θ = ``adstock``) and saturates along a Hill curve (``half_saturation``,
``shape``) from ``zero_level`` (no spend) towards ``saturation_level``. The engine's
:mod:`synergy_gui.engine.budget` does the arithmetic; this module holds the values, their
file form (left out of the file when empty) and the problems of each, with its place.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from synergy_gui.model.errors import Problem
from synergy_gui.model.phrases import phrase

PLAN_KINDS = ("constant", "flighted", "series")
#: Spend per week or in total, in currency; more is not a marketing budget but a typo.
MAX_SPEND = 1.0e12
#: Shares of a channel's spend may miss 1 by this much (rounding in a hand-written file).
SHARE_TOLERANCE = 1e-6
MAX_SHAPE = 10.0
MAX_WEEKS = 100_000


@dataclass
class SpendPlan:
    """Spend per week of one channel.

    constant: ``amount`` every week.  flighted: ``amount`` in each of ``on`` weeks, then
    nothing for ``off`` weeks, repeated from week ``start`` (nothing before).  series:
    ``values[k]`` in week k, the last value held after the series ends.
    """

    kind: str = "constant"
    amount: float = 0.0
    on: int = 1
    off: int = 0
    start: int = 0
    values: list[float] = field(default_factory=list)


@dataclass
class Channel:
    """A paid channel (influencer programme, community management, ads) and its response."""

    id: str
    name: str
    drives: dict[str, float] = field(default_factory=dict)  # stimulus id -> share of spend
    cost_unit: str = "€ per week"
    adstock: float = 0.0  # carry-over θ in [0, 1): the share of last week's effect kept
    half_saturation: float = 1000.0  # weekly spend on one stimulus (its share, carried over)
    # that gives half the lift: with two stimuli at 0.5 each, the channel spends twice this
    shape: float = 1.0  # Hill exponent: 1 bends from the start, above 1 an S-curve
    zero_level: float = 0.3  # the stimulus's level with no spend
    saturation_level: float = 0.9  # the level approached as spend grows without end
    plan: SpendPlan = field(default_factory=SpendPlan)  # the current spend
    description: str = ""


# ------------------------------------------------------------------------------ checks
def _number(value: Any) -> str | None:
    if not isinstance(value, int | float) or isinstance(value, bool):
        return phrase("must be a number (got {value!r})", value=value)
    if not math.isfinite(value):
        return phrase("must be a finite number (got {value!r})", value=value)
    return None


def spend_amount(value: Any) -> str | None:
    """Why ``value`` is not a spend (a number from 0 to 1e12), or None."""
    problem = _number(value)
    if problem:
        return problem
    if value < 0:
        return phrase("must not be negative (got {value!r}): spend is 0 or more", value=value)
    if value > MAX_SPEND:
        return phrase("must be at most {most:g} (got {value!r})", most=MAX_SPEND, value=value)
    return None


def _weeks(low: int) -> Any:
    def rule(value: Any) -> str | None:
        if not isinstance(value, int) or isinstance(value, bool):
            return phrase("must be a whole number of weeks (got {value!r})", value=value)
        if not low <= value <= MAX_WEEKS:
            return phrase(
                "must be between {low} and {high} weeks (got {value!r})",
                low=low,
                high=MAX_WEEKS,
                value=value,
            )
        return None

    return rule


def _carry_over(value: Any) -> str | None:
    problem = _number(value)
    if problem:
        return problem
    if not 0.0 <= value < 1.0:
        return phrase(
            "must be at least 0 and below 1 (got {value!r}): carry-over θ ≥ 1 never fades",
            value=value,
        )
    return None


def _half_saturation(value: Any) -> str | None:
    problem = spend_amount(value)
    if problem:
        return problem
    if value == 0:
        return phrase("must be greater than 0 (got 0): the spend that gives half the lift")
    return None


def _shape(value: Any) -> str | None:
    problem = _number(value)
    if problem:
        return problem
    if not 0.0 < value <= MAX_SHAPE:
        return phrase(
            "must be greater than 0 and at most {most:g} (got {value!r})",
            most=MAX_SHAPE,
            value=value,
        )
    return None


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        return None
    return phrase("must be text (got {kind})", kind=type(value).__name__)


def _name(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return phrase("must be a name that is not empty (got {value!r})", value=value)
    return None


def _identifier(value: Any) -> str | None:
    if (
        not isinstance(value, str)
        or not value
        or len(value) > 100
        or any(ch.isspace() or ord(ch) < 32 for ch in value)
    ):
        return phrase("must be 1-100 characters without spaces (got {value!r})", value=value)
    return None


def _kind(value: Any) -> str | None:
    if value not in PLAN_KINDS:
        return phrase(
            "must be one of {choices} (got {value!r})", choices=", ".join(PLAN_KINDS), value=value
        )
    return None


CHANNEL_RULES = {
    "id": _identifier,
    "name": _name,
    "cost_unit": _name,
    "adstock": _carry_over,
    "half_saturation": _half_saturation,
    "shape": _shape,
    "description": _text,
}
PLAN_RULES = {
    "kind": _kind,
    "amount": spend_amount,
    "on": _weeks(1),
    "off": _weeks(0),
    "start": _weeks(0),
}


def plan_problems(plan: Any, place: str) -> list[Problem]:
    """The problems of a spend plan, each at ``place.<field>``."""
    if not isinstance(plan, SpendPlan):
        return [Problem(place, phrase("must be a spend plan"))]
    problems = [
        Problem(f"{place}.{name}", reason)
        for name, rule in PLAN_RULES.items()
        if (reason := rule(getattr(plan, name)))
    ]
    if plan.kind == "series":
        if not plan.values:
            problems.append(
                Problem(f"{place}.values", phrase("must hold at least one week's spend"))
            )
        for index, value in enumerate(plan.values):
            reason = spend_amount(value)
            if reason:
                problems.append(Problem(f"{place}.values[{index}]", reason))
    return problems


def drive_problems(drives: Any, roles: dict[str, str], place: str) -> list[Problem]:
    """Problems of a channel's ``drives``: stimuli only, shares in (0, 1] summing to 1."""
    if not isinstance(drives, dict) or not drives:
        reason = phrase("must name at least one stimulus with its share of the spend")
        return [Problem(place, reason)]
    problems = []
    for stimulus, share in drives.items():
        where = f"{place}.{stimulus}"
        reason = _not_a_stimulus(stimulus, roles.get(stimulus))
        if reason:
            problems.append(Problem(where, reason))
        reason = _number(share)
        if reason or not 0.0 < share <= 1.0:
            problems.append(Problem(where, reason or _share_out_of_range(share)))
    shares = [s for s in drives.values() if not _number(s)]
    if len(shares) == len(drives) and abs(sum(shares) - 1.0) > SHARE_TOLERANCE:
        total = sum(shares)
        reason = phrase("the shares must sum to 1 (they sum to {total:g})", total=total)
        problems.append(Problem(place, reason))
    return problems


def _not_a_stimulus(stimulus: str, role: str | None) -> str | None:
    """Why a channel cannot drive the construct ``stimulus`` of this role, or None."""
    from synergy_gui.model.elements import role_with_article  # it imports this module

    if role is None:
        return phrase("there is no construct with id {cid!r}", cid=stimulus)
    if role != "stimulus":
        return phrase(
            "{construct!r} is {role}: a channel drives only stimuli",
            construct=stimulus,
            role=role_with_article(role),
        )
    return None


def _share_out_of_range(share: Any) -> str:
    return phrase("must be above 0 and at most 1 (got {share!r})", share=share)


def channel_problems(
    channel: Any, roles: dict[str, str], place: str, levels: tuple[float, float] = (0.0, 1.0)
) -> list[Problem]:
    """Every problem of one channel, at ``place.<field>`` (``channels[2].adstock``); its
    levels lie within the model's ``levels`` (−1 to 1 in a bipolar model)."""
    if not isinstance(channel, Channel):
        return [Problem(place, phrase("must be a channel"))]
    from synergy_gui.model.checks import in_range  # it imports elements, which imports this

    level = in_range(*levels)  # the zero and saturation levels follow the model's range
    rules = {**CHANNEL_RULES, "zero_level": level, "saturation_level": level}
    problems = [
        Problem(f"{place}.{name}", reason)
        for name, rule in rules.items()
        if (reason := rule(getattr(channel, name)))
    ]
    problems += drive_problems(channel.drives, roles, f"{place}.drives")
    problems += plan_problems(channel.plan, f"{place}.plan")
    return problems


def all_channel_problems(
    channels: list[Channel],
    roles: dict[str, str],
    scenarios: list[Any],
    levels: tuple[float, float] = (0.0, 1.0),
) -> list[Problem]:
    """The problems of every channel, repeated ids, and every scenario's spend entries."""
    problems: list[Problem] = []
    first: dict[str, int] = {}
    for index, channel in enumerate(channels):
        place = f"channels[{index}]"
        problems += channel_problems(channel, roles, place, levels)
        channel_id = getattr(channel, "id", None)
        if channel_id in first:
            problems.append(
                Problem(
                    f"{place}.id",
                    phrase(
                        "the id {channel!r} is already used by channels[{index}]",
                        channel=channel_id,
                        index=first[channel_id],
                    ),
                )
            )
        elif isinstance(channel_id, str):
            first[channel_id] = index
    for index, scenario in enumerate(scenarios):
        for channel_id, plan in getattr(scenario, "spend", {}).items():
            place = f"scenarios[{index}].spend.{channel_id}"
            if channel_id not in first:
                reason = phrase("there is no channel with id {channel!r}", channel=channel_id)
                problems.append(Problem(place, reason))
            problems += plan_problems(plan, place)
    return problems


# --------------------------------------------------------------------------------- file
def plan_to_dict(plan: SpendPlan) -> dict[str, Any]:
    """A plan with only the fields its kind reads."""
    if plan.kind == "series":
        return {"kind": "series", "values": [float(v) for v in plan.values]}
    data: dict[str, Any] = {"kind": plan.kind, "amount": float(plan.amount)}
    if plan.kind == "flighted":
        data.update(on=int(plan.on), off=int(plan.off), start=int(plan.start))
    return data


def plan_from_dict(data: dict[str, Any]) -> SpendPlan:
    """A plan from its file form (fields it leaves out take their defaults)."""
    return SpendPlan(
        kind=data.get("kind", "constant"),
        amount=float(data.get("amount", 0.0)),
        on=int(data.get("on", 1)),
        off=int(data.get("off", 0)),
        start=int(data.get("start", 0)),
        values=[float(v) for v in data.get("values", [])],
    )


def channel_to_dict(channel: Channel) -> dict[str, Any]:
    """A channel in the file's key order."""
    return {
        "id": channel.id,
        "name": channel.name,
        "drives": {k: float(v) for k, v in channel.drives.items()},
        "cost_unit": channel.cost_unit,
        "adstock": float(channel.adstock),
        "half_saturation": float(channel.half_saturation),
        "shape": float(channel.shape),
        "zero_level": float(channel.zero_level),
        "saturation_level": float(channel.saturation_level),
        "plan": plan_to_dict(channel.plan),
        "description": channel.description,
    }


def channel_from_dict(data: dict[str, Any]) -> Channel:
    """A channel from validated file data."""
    default = Channel(id="", name="")
    return Channel(
        id=data["id"],
        name=data.get("name", data["id"]),
        drives={k: float(v) for k, v in data.get("drives", {}).items()},
        cost_unit=data.get("cost_unit", default.cost_unit),
        adstock=float(data.get("adstock", default.adstock)),
        half_saturation=float(data.get("half_saturation", default.half_saturation)),
        shape=float(data.get("shape", default.shape)),
        zero_level=float(data.get("zero_level", default.zero_level)),
        saturation_level=float(data.get("saturation_level", default.saturation_level)),
        plan=plan_from_dict(data.get("plan", {})),
        description=data.get("description", ""),
    )


def spend_to_dict(spend: dict[str, SpendPlan]) -> dict[str, Any]:
    """A scenario's spend: channel id -> plan."""
    return {channel_id: plan_to_dict(plan) for channel_id, plan in spend.items()}


def spend_from_dict(data: dict[str, Any]) -> dict[str, SpendPlan]:
    """A scenario's spend from its file form."""
    return {channel_id: plan_from_dict(plan) for channel_id, plan in data.items()}
