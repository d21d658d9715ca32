"""The Budget dock's edits, each pushed as one undo command, with the reason when refused.

A spend slider edits the current plan: the active scenario's spend on the channel when it
has one, else the channel's own plan. Its figure is spend per week (per week on air for a
flighted plan; the mean week of a series, which is scaled as a whole).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Hashable

from PySide6.QtGui import QUndoStack

from synergy_gui.model import ModelDocument
from synergy_gui.model.channels import Channel, SpendPlan
from synergy_gui.model.view_state import ViewState
from synergy_gui.ui.channel_commands import (
    AddChannelCommand,
    RemoveChannelCommand,
    SetSpendCommand,
    UpdateChannelCommand,
)
from synergy_gui.ui.commands import push
from synergy_gui.ui.i18n import translate
from synergy_gui.ui.panels.base import find_scenario


def weekly_figure(plan: SpendPlan) -> float:
    """What a spend slider shows of a plan: its spend per week."""
    if plan.kind == "series":
        return float(sum(plan.values) / len(plan.values)) if plan.values else 0.0
    return float(plan.amount)


def with_weekly_figure(plan: SpendPlan, value: float) -> SpendPlan:
    """``plan`` spending ``value`` a week, its pattern kept."""
    if plan.kind != "series":
        return dataclasses.replace(plan, amount=value)
    mean = weekly_figure(plan)
    if mean <= 0.0:
        return dataclasses.replace(plan, values=[value] * max(len(plan.values), 1))
    return dataclasses.replace(plan, values=[v * value / mean for v in plan.values])


class ChannelEditor:
    """Reads the current plan and pushes the dock's edits onto the window's undo stack."""

    def __init__(self, document: ModelDocument, undo_stack: QUndoStack, view: ViewState) -> None:
        self.document, self.undo_stack, self.view = document, undo_stack, view

    def spending_scenario(self, channel_id: str) -> str | None:
        """The active scenario when it holds spend on this channel (else None: the channel's
        own plan is the current one)."""
        scenario = find_scenario(self.document, self.view.scenario)
        if scenario is not None and channel_id in (getattr(scenario, "spend", None) or {}):
            return scenario.name
        return None

    def plan(self, channel_id: str) -> SpendPlan:
        """The channel's current plan."""
        name = self.spending_scenario(channel_id)
        if name is not None:
            return self.document.scenario(name).spend[channel_id]
        return self.document.channel(channel_id).plan

    def weekly_spend(self, channel_id: str) -> float:
        return weekly_figure(self.plan(channel_id))

    def set_weekly_spend(self, channel_id: str, value: float, gesture: Hashable) -> str | None:
        """Spend ``value`` a week on the channel (a drag's moves merge into one undo step)."""
        plan = with_weekly_figure(self.plan(channel_id), float(value))
        name = self.spending_scenario(channel_id)
        if name is not None:
            command = SetSpendCommand(self.document, name, channel_id, plan, gesture)
        else:
            command = UpdateChannelCommand(self.document, channel_id, gesture, plan=plan)
        return push(self.undo_stack, command)

    def set_field(self, channel_id: str, field: str, value: object) -> str | None:
        """Set one field of a channel (carry-over, half-saturation, shape, name …)."""
        return push(
            self.undo_stack, UpdateChannelCommand(self.document, channel_id, **{field: value})
        )

    def edit_channel(self, channel_id: str, changes: dict[str, object]) -> str | None:
        """Apply the channel dialog's changes as one undo step; the reason when refused."""
        if not changes:
            return None
        name = self.document.channel(channel_id).name
        command = UpdateChannelCommand(self.document, channel_id, **changes)
        command.setText(translate("Commands", "Edit channel “{name}”").format(name=name))
        return push(self.undo_stack, command)

    def add_channel(self) -> str | None:
        """Add a channel on the first stimulus no channel drives yet (else the first one)."""
        stimuli = [c for c in self.document.constructs if c.role == "stimulus"]
        if not stimuli:
            return translate(
                "BudgetPanel",
                "A channel drives a stimulus, and this model has none: give a construct the "
                "role “stimulus” first.",
            )
        driven = {s for channel in self.document.channels for s in channel.drives}
        stimulus = next((c for c in stimuli if c.id not in driven), stimuli[0])
        name = translate("BudgetPanel", "Spend on {label}").format(
            label=stimulus.label or stimulus.id
        )
        channel = Channel(
            id=self.document.new_channel_id(name),
            name=name,
            drives={stimulus.id: 1.0},
            plan=SpendPlan("constant", 1000.0),
            description=translate(
                "BudgetPanel", "Added in the Budget dock: set its numbers from your own data."
            ),
        )
        return push(self.undo_stack, AddChannelCommand(self.document, channel))

    def remove_channel(self, channel_id: str) -> str | None:
        return push(self.undo_stack, RemoveChannelCommand(self.document, channel_id))
