"""The outcome as a function of each channel's total spend, run as batches.

A :class:`SpendProblem` compiles the model once under a base scenario and keeps each
channel's weekly pattern (its plan's shape). A row of totals (one per channel, summed over
the run's weeks) becomes weekly spend, then stimulus levels (:mod:`budget`), and K rows run
as one :func:`simulate_batch` through the same compiled model. Adstock is linear, so each
channel's adstocked pattern is computed once and scaled by its total.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from synergy_gui.engine import budget
from synergy_gui.engine.compile import CompiledModel, compile_model
from synergy_gui.engine.dynamics import simulate_batch
from synergy_gui.engine.errors import EngineError, no_scenario
from synergy_gui.model import checks
from synergy_gui.model.channels import Channel, SpendPlan
from synergy_gui.model.document import ModelDocument
from synergy_gui.model.elements import Scenario
from synergy_gui.model.phrases import phrase


@dataclass(frozen=True)
class Outcome:
    """What to measure: a construct's level at ``week``, or (week None) its run average."""

    construct: str
    week: float | None = None

    def describe(self, label: str, time_unit: str = "week") -> str:
        if self.week is None:
            return phrase("{label} (average over the run)", label=label)
        return phrase("{label} at {unit} {week:g}", label=label, unit=time_unit, week=self.week)


class SpendProblem:
    """Totals per channel → the outcome, for one document, base scenario and outcome."""

    def __init__(
        self, document: ModelDocument, outcome: Outcome, scenario: str | None = None
    ) -> None:
        self.document, self.outcome = document, outcome
        self.channels: list[Channel] = list(getattr(document, "channels", []) or [])
        if not self.channels:
            raise EngineError(
                phrase("the model has no channels: add a channel that drives a stimulus")
            )
        budget.check_time_step(document)
        self.base = _base_scenario(document, scenario)
        self.model: CompiledModel = compile_model(document, self.base)
        self.weeks = self.model.steps
        self.plans = budget.current_spend(self.channels, self.base)
        self.current = np.array([budget.plan_total(p, self.weeks) for p in self.plans.values()])
        self._check_outcome()
        self.step = self._outcome_step()
        self.run_steps = self.model.steps if outcome.week is None else max(self.step, 1)
        #: Called before each batch of runs; a caller that wants to stop the search raises
        #: from it (a cancelled allocation in the window).
        self.before_batch: Callable[[], None] = lambda: None
        self._prepare()

    # ------------------------------------------------------------------------- set-up
    def _check_outcome(self) -> None:
        model, construct = self.model, self.outcome.construct
        if construct not in model.index:
            known = ", ".join(model.ids)
            raise EngineError(
                phrase(
                    "there is no construct with id {cid!r} (constructs: {known})",
                    cid=construct,
                    known=known,
                )
            )
        if any(p.construct_id == construct for p in model.plans):
            raise EngineError(
                phrase(
                    "{cid!r} is set from outside (a stimulus or a clamp): choose an outcome "
                    "the model computes, such as loyalty",
                    cid=construct,
                )
            )

    def _outcome_step(self) -> int:
        week = self.outcome.week
        if week is None:
            return self.model.steps
        if not isinstance(week, int | float) or not math.isfinite(week) or week < 0:
            raise EngineError(phrase("the week must be 0 or later (got {week!r})", week=week))
        step = math.floor(week / self.model.dt + 1e-9)
        if step > self.model.steps:
            raise EngineError(
                phrase(
                    "week {week:g} is past the run's {steps} steps; choose an earlier "
                    "week or a longer horizon",
                    week=week,
                    steps=self.model.steps,
                )
            )
        return step

    def _prepare(self) -> None:
        model, weeks = self.model, self.weeks
        self.stimulus_ids = model.stimulus_ids
        columns = [p for p, plan in enumerate(model.plans) if plan.source == "stimulus"]
        self.others = model.exogenous_levels(self.run_steps)[:, columns]  # (T + 1, S)
        rows = self.run_steps + 1
        week_of_row = np.minimum(np.arange(rows), weeks - 1)
        self.drives = []
        for drive in budget.drives_of(self.channels):
            channel = self.channels[drive.channel]
            shape = budget.plan_shape(self.plans[channel.id], weeks)
            pattern = drive.share * budget.adstock(shape, channel.adstock)[week_of_row]
            column = self.stimulus_ids.index(drive.stimulus)
            self.drives.append((drive.channel, column, channel, pattern))
        self.driven = sorted({column for _, column, _, _ in self.drives})
        zeros: dict[int, list[float]] = {}
        for _, column, channel, _ in self.drives:
            zeros.setdefault(column, []).append(channel.zero_level)
        self.zero = {column: float(np.mean(levels)) for column, levels in zeros.items()}

    # ------------------------------------------------------------------------ running
    def stimuli(self, totals: np.ndarray) -> np.ndarray:
        """(K, T + 1, S) stimulus levels for K rows of channel totals."""
        totals = np.atleast_2d(np.asarray(totals, dtype=float))
        levels = np.repeat(self.others[None], totals.shape[0], axis=0)
        for column in self.driven:
            levels[:, :, column] = self.zero[column]
        for position, column, channel, pattern in self.drives:
            adstocked = totals[:, position, None] * pattern[None, :]
            lift = budget.channel_level(channel, adstocked) - channel.zero_level
            levels[:, :, column] += lift
        np.clip(levels, *self.model.level_bounds, out=levels)
        return levels

    def outcomes(self, totals: np.ndarray) -> np.ndarray:
        """The outcome for each row of channel totals (K, C): one batch run, or as many as
        keep each within the engine's memory limit on a run (a long horizon)."""
        totals = np.atleast_2d(np.asarray(totals, dtype=float))
        width = self.model.n + self.model.junction_target.size + 1
        rows = max(1, checks.MAX_RUN_CELLS // ((self.run_steps + 1) * width))
        if totals.shape[0] > rows:
            parts = [self.outcomes(totals[i : i + rows]) for i in range(0, len(totals), rows)]
            return np.concatenate(parts)
        self.before_batch()
        stimuli = self.stimuli(totals)
        batch = simulate_batch(self.model, stimuli=stimuli, steps=self.run_steps)
        series = np.asarray(batch.series(self.outcome.construct), dtype=float)
        if self.outcome.week is None:
            return series.mean(axis=1)
        return series[:, self.step]

    def spend_plans(self, totals: np.ndarray) -> dict[str, SpendPlan]:
        """Each channel's plan with its shape kept and its total set."""
        return {
            channel.id: budget.plan_with_total(self.plans[channel.id], float(total), self.weeks)
            for channel, total in zip(self.channels, totals, strict=True)
        }

    def index(self, name: str) -> int:
        """The position of the channel with this id or name (any case)."""
        wanted = name.casefold()
        for position, channel in enumerate(self.channels):
            if channel.id == name or channel.name.casefold() == wanted:
                return position
        known = ", ".join(c.id for c in self.channels)
        raise EngineError(
            phrase("there is no channel {name!r} (channels: {known})", name=name, known=known)
        )


def _base_scenario(document: ModelDocument, scenario: str | None) -> Scenario | None:
    if scenario is None:
        return None
    for candidate in document.scenarios:
        if candidate.name == scenario:
            return candidate
    raise no_scenario(scenario, document.scenarios)
