"""Spend → stimulus levels: geometric adstock, Hill saturation and spend plans by week.

For channel c with carry-over θ, week k's adstocked spend on stimulus j is
``a_k = θ·a_{k−1} + (1 − θ)·share_j·spend_k`` from ``a_{−1} = 0`` (normalised, so a constant
spend s settles at a = s·share), and its lift is ``h(a) = a^n / (a^n + K^n)`` (K: half
saturation, n: shape), so the channel's level is ``zero + (saturation − zero)·h(a)``.
Several channels on one stimulus add their lifts to the mean of their zero-spend levels
(clipped to the model's level range, [0, 1] or [−1, 1]). Week k's level is the stimulus's
level at step k; the levels go to the engine as ``series`` schedules, so every existing run,
batch and comparison reads them.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

import numpy as np

from synergy_gui.engine.errors import EngineError
from synergy_gui.model.channels import Channel, SpendPlan, channel_problems, plan_problems
from synergy_gui.model.checks import level_bounds
from synergy_gui.model.document import ModelDocument
from synergy_gui.model.elements import Scenario, Schedule
from synergy_gui.model.errors import Problem
from synergy_gui.model.phrases import phrase


# ---------------------------------------------------------------------------- transforms
def adstock(spend: np.ndarray, theta: float) -> np.ndarray:
    """Geometric adstock along the last axis: a_k = θ a_{k−1} + (1 − θ) s_k, a_{−1} = 0."""
    spend = np.asarray(spend, dtype=float)
    out = np.empty_like(spend)
    carried = np.zeros(spend.shape[:-1])
    for k in range(spend.shape[-1]):
        carried = theta * carried + (1.0 - theta) * spend[..., k]
        out[..., k] = carried
    return out


def adstock_matrix(weeks: int, theta: float) -> np.ndarray:
    """M with ``adstock(s) == s @ M``: M[i, k] = (1 − θ) θ^(k − i) for k ≥ i."""
    lag = np.arange(weeks)[None, :] - np.arange(weeks)[:, None]
    powers = np.where(lag >= 0, float(theta) ** np.maximum(lag, 0), 0.0)
    return (1.0 - theta) * powers


def hill(a: np.ndarray, half_saturation: float, shape: float) -> np.ndarray:
    """The Hill lift a^n / (a^n + K^n) in [0, 1]: 0 at no spend, ½ at K, 1 only when
    (K/a)^n is below double precision (written 1 / (1 + (K/a)^n), as (a/K)^n overflows)."""
    a = np.maximum(np.asarray(a, dtype=float), 0.0)
    with np.errstate(divide="ignore", over="ignore"):
        inverse = (half_saturation / a) ** shape  # inf at no spend: a lift of 0
    return 1.0 / (1.0 + inverse)


def channel_level(channel: Channel, adstocked: np.ndarray) -> np.ndarray:
    """The channel's stimulus level at adstocked spend: zero + (saturation − zero)·h(a)."""
    lift = hill(adstocked, channel.half_saturation, channel.shape)
    return channel.zero_level + (channel.saturation_level - channel.zero_level) * lift


# ------------------------------------------------------------------------------- plans
def weekly_spend(plan: SpendPlan, weeks: int) -> np.ndarray:
    """The plan's spend in weeks 0 … weeks − 1."""
    k = np.arange(weeks)
    if plan.kind == "constant":
        return np.full(weeks, float(plan.amount))
    if plan.kind == "flighted":
        cycle = max(plan.on + plan.off, 1)
        on = (k >= plan.start) & ((k - plan.start) % cycle < plan.on)
        return np.where(on, float(plan.amount), 0.0)
    if plan.kind == "series":
        values = np.asarray(plan.values or [0.0], dtype=float)
        return values[np.minimum(k, values.size - 1)]
    raise EngineError(f"unknown spend plan kind {plan.kind!r}")


def plan_total(plan: SpendPlan, weeks: int) -> float:
    """The plan's spend summed over weeks 0 … weeks − 1."""
    return float(weekly_spend(plan, weeks).sum())


def plan_shape(plan: SpendPlan, weeks: int) -> np.ndarray:
    """The plan's weekly pattern scaled to sum to 1 (flat when it spends nothing)."""
    pattern = weekly_spend(plan, weeks)
    if pattern.sum() <= 0.0 and plan.kind == "flighted":
        flights = SpendPlan("flighted", 1.0, plan.on, plan.off, plan.start)
        pattern = weekly_spend(flights, weeks)
    if pattern.sum() <= 0.0:
        pattern = np.ones(weeks)
    return pattern / pattern.sum()


def plan_with_total(plan: SpendPlan, total: float, weeks: int) -> SpendPlan:
    """The plan with its shape kept and its spend over ``weeks`` scaled to ``total``."""
    if total < 0:
        raise EngineError(phrase("a total spend must not be negative (got {total!r})", total=total))
    if plan.kind == "flighted":
        flights = SpendPlan("flighted", 1.0, plan.on, plan.off, plan.start)
        active = int(np.count_nonzero(weekly_spend(flights, weeks)))
        if active:
            return SpendPlan("flighted", total / active, plan.on, plan.off, plan.start)
    if plan.kind == "series" and plan_total(plan, weeks) > 0:
        shape = plan_shape(plan, weeks)
        return SpendPlan("series", values=[float(v) for v in total * shape])
    return SpendPlan("constant", total / weeks)


# -------------------------------------------------------------------------- stimuli
@dataclass(frozen=True)
class Drive:
    """One channel's pull on one stimulus: its share of the channel's spend."""

    channel: int  # position among the channels
    stimulus: str
    share: float


def drives_of(channels: list[Channel]) -> list[Drive]:
    """Every (channel, stimulus, share) the channels drive, in channel order."""
    return [
        Drive(position, stimulus, float(share))
        for position, channel in enumerate(channels)
        for stimulus, share in channel.drives.items()
    ]


def stimulus_levels(
    channels: list[Channel], spend: np.ndarray, levels: tuple[float, float] = (0.0, 1.0)
) -> dict[str, np.ndarray]:
    """Each driven stimulus's level by week from weekly spend (C, weeks) or (K, C, weeks),
    kept within the model's ``levels``."""
    spend = np.asarray(spend, dtype=float)
    lifts: dict[str, list[np.ndarray]] = {}
    zeros: dict[str, list[float]] = {}
    for drive in drives_of(channels):
        channel = channels[drive.channel]
        adstocked = adstock(drive.share * spend[..., drive.channel, :], channel.adstock)
        lift = channel_level(channel, adstocked) - channel.zero_level
        lifts.setdefault(drive.stimulus, []).append(lift)
        zeros.setdefault(drive.stimulus, []).append(channel.zero_level)
    return {
        stimulus: np.clip(np.mean(zeros[stimulus]) + sum(parts), *levels)
        for stimulus, parts in lifts.items()
    }


def scenario_with_spend(
    channels: list[Channel],
    scenario: Scenario,
    weeks: int,
    levels: tuple[float, float] = (0.0, 1.0),
) -> Scenario:
    """A copy of ``scenario`` whose spend plans are turned into series schedules (levels
    kept within the model's ``levels``)."""
    spend_plans = getattr(scenario, "spend", None) or {}
    if not spend_plans:
        return scenario
    chosen = [c for c in channels if c.id in spend_plans]
    unknown = sorted(set(spend_plans) - {c.id for c in channels})
    if unknown:
        raise EngineError(
            phrase(
                "scenario {name!r} spends on no channel {channel!r}",
                name=scenario.name,
                channel=unknown[0],
            )
        )
    spend = np.array([weekly_spend(spend_plans[c.id], max(weeks, 1)) for c in chosen])
    resolved = copy.copy(scenario)
    resolved.schedules = dict(scenario.schedules)
    for stimulus, series in stimulus_levels(chosen, spend, levels).items():
        resolved.schedules[stimulus] = Schedule("series", values=[float(v) for v in series])
    return resolved


def check_time_step(document: ModelDocument) -> None:
    """Refuse spend in a model whose step is not one time unit: plans are money a week and
    carry over week to week, one week per step."""
    dt, unit = document.settings.dt, document.settings.time_unit
    if dt != 1:
        raise EngineError(
            phrase(
                "spend plans are money a {unit} and carry over from {unit} to {unit}, so they "
                "need a time step (dt) of 1; this model's dt is {dt:g}: set it to 1 to run them",
                unit=unit,
                dt=dt,
            )
        )


def resolve_spend(document: ModelDocument, scenario: Scenario | None) -> Scenario | None:
    """``scenario`` with its spend turned into schedules, after checking what it spends on
    (the engine's door: compile calls it)."""
    if scenario is None or not getattr(scenario, "spend", None):
        return scenario
    check_time_step(document)
    roles = {c.id: c.role for c in document.constructs}
    levels = level_bounds(document.settings.level_range)
    for channel in document.channels:
        where = phrase("channel {cid!r}", cid=channel.id)
        for problem in channel_problems(channel, roles, where, levels):
            raise _refused(problem)
    for channel_id, plan in scenario.spend.items():
        where = phrase(
            "scenario {name!r}: spend on {channel!r}", name=scenario.name, channel=channel_id
        )
        for problem in plan_problems(plan, where):
            raise _refused(problem)
    steps = scenario.horizon if scenario.horizon is not None else document.settings.horizon
    return scenario_with_spend(document.channels, scenario, steps, levels)


def _refused(problem: Problem) -> EngineError:
    """The engine's refusal of a channel or plan the model's rules find wrong."""
    return EngineError(phrase("{where} {problem}", where=problem.location, problem=problem.message))


def current_spend(channels: list[Channel], scenario: Scenario | None) -> dict[str, SpendPlan]:
    """Each channel's plan in ``scenario`` (its spend entry), else the channel's own plan."""
    spend = (getattr(scenario, "spend", None) or {}) if scenario is not None else {}
    return {c.id: spend.get(c.id, c.plan) for c in channels}


def plan_scenario(
    name: str, base: Scenario | None, spend: dict[str, SpendPlan], description: str = ""
) -> Scenario:
    """A new scenario: ``base``'s entries (or none) with ``spend`` as its spend plans."""
    scenario = copy.deepcopy(base) if base is not None else Scenario(name=name)
    scenario.name, scenario.description = name, description
    scenario.spend = copy.deepcopy(dict(spend))
    return scenario
