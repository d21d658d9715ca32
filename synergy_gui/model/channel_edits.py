"""The channel and spend edits of a model document, as a mixin :class:`ModelDocument` inherits.

Each edit checks first and changes nothing when it refuses (a :class:`ModelError` naming the
place and the reason); each emits one :class:`Change` with target ``"channel"`` (or
``"scenario"`` with field ``"entries"`` for a scenario's spend) and returns what its undo
needs: the previous values, or a :class:`ChannelRemoval`. A window wraps each in one undo
command: ``add_channel`` ↔ ``remove_channel``, ``update_channel`` ↔ ``update_channel`` with
the returned values, ``set_spend`` ↔ ``set_spend`` with the returned plan,
``remove_channel`` ↔ ``restore_channel``.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields
from typing import Any

from synergy_gui.model.channels import Channel, SpendPlan, channel_problems, plan_problems
from synergy_gui.model.checks import level_bounds
from synergy_gui.model.elements import Construct, Scenario
from synergy_gui.model.errors import ModelError, Problem
from synergy_gui.model.events import Change, Emitter
from synergy_gui.model.phrases import phrase


@dataclass
class ChannelRemoval:
    """What removing a channel took out: the channel, its place, the scenarios' spend on it."""

    position: int
    channel: Channel
    spend: dict[str, SpendPlan] = field(default_factory=dict)  # scenario name -> plan


@dataclass
class ChannelsBefore:
    """Channels and scenario spend as they were before constructs were removed (for undo)."""

    channels: list[Channel]
    spend: dict[str, dict[str, SpendPlan]]  # scenario name -> its whole spend


class ChannelEdits:
    """Add, change and remove channels; set a scenario's spend on a channel."""

    channels: list[Channel]
    constructs: list[Construct]
    scenarios: list[Scenario]
    events: Emitter
    # and, from ScenarioEdits: scenario()

    def channel(self, channel_id: str) -> Channel:
        """The channel with this id, or refused."""
        for channel in self.channels:
            if channel.id == channel_id:
                return channel
        raise ModelError(phrase("there is no channel with id {channel!r}", channel=channel_id))

    def channel_named(self, name: str) -> Channel:
        """The channel with this id, or else this name (any case)."""
        wanted = name.casefold()
        for channel in self.channels:
            if channel.id == name or channel.name.casefold() == wanted:
                return channel
        if not self.channels:
            raise ModelError(phrase("there is no channel {name!r} (channels: none)", name=name))
        known = ", ".join(c.id for c in self.channels)
        raise ModelError(
            phrase("there is no channel {name!r} (channels: {known})", name=name, known=known)
        )

    def new_channel_id(self, name: str) -> str:
        """An id from ``name`` not yet taken by a channel: ``influencer``, ``influencer_2``."""
        stem = "".join(ch if ch.isalnum() else "_" for ch in name.strip().lower()).strip("_")
        stem = stem[:60] or "channel"
        taken = {c.id for c in self.channels}
        candidate, number = stem, 2
        while candidate in taken:
            candidate, number = f"{stem}_{number}", number + 1
        return candidate

    # ------------------------------------------------------------------ whole channels
    def add_channel(self, channel: Channel, index: int | None = None) -> None:
        """Add a copy of ``channel`` (at ``index``, else last); undo: ``remove_channel``."""
        problems = channel_problems(channel, self._roles(), "", self._levels())
        self._refuse_problems(problems, phrase("the channel"))
        if any(c.id == channel.id for c in self.channels):
            raise ModelError(
                phrase("There is already a channel with id {channel!r}.", channel=channel.id)
            )
        if index is not None and not 0 <= index <= len(self.channels):
            raise ModelError(
                phrase("a channel cannot be put at position {position}", position=index + 1)
            )
        position = len(self.channels) if index is None else index
        self.channels.insert(position, copy.deepcopy(channel))
        self.events.emit(Change("add", "channel", channel.id))

    def remove_channel(self, channel_id: str) -> ChannelRemoval:
        """Remove a channel and every scenario's spend on it."""
        channel = self.channel(channel_id)
        removal = ChannelRemoval(self.channels.index(channel), channel)
        for scenario in self.scenarios:
            spend = _spend(scenario)
            if channel_id in spend:
                removal.spend[scenario.name] = spend.pop(channel_id)
                self.events.emit(Change("update", "scenario", scenario.name, ("entries",)))
        del self.channels[removal.position]
        self.events.emit(Change("remove", "channel", channel_id))
        return removal

    def restore_channel(self, removal: ChannelRemoval) -> None:
        """Undo :meth:`remove_channel`: the channel back in its place, with its spend."""
        self.channels.insert(removal.position, removal.channel)
        self.events.emit(Change("add", "channel", removal.channel.id))
        for name, plan in removal.spend.items():
            self._put_spend(self.scenario(name), removal.channel.id, plan)
            self.events.emit(Change("update", "scenario", name, ("entries",)))

    def update_channel(self, channel_id: str, /, **values: Any) -> dict[str, Any]:
        """Set fields of a channel (not its id); returns the previous values (for undo)."""
        channel = self.channel(channel_id)
        known = {f.name for f in fields(Channel)} - {"id"}
        for name in values:
            if name not in known:
                place = phrase("channel {item!r}: {field}", item=channel_id, field=repr(name))
                raise ModelError(phrase("{place} cannot be set", place=place))
        trial = copy.deepcopy(channel)
        for name, value in values.items():
            setattr(trial, name, copy.deepcopy(value))
        problems = channel_problems(trial, self._roles(), "", self._levels())
        self._refuse_problems(problems, phrase("channel “{name}”", name=channel.name))
        previous = {name: copy.deepcopy(getattr(channel, name)) for name in values}
        changed = tuple(name for name in values if previous[name] != values[name])
        if changed:
            for name in changed:
                setattr(channel, name, copy.deepcopy(values[name]))
            self.events.emit(Change("update", "channel", channel_id, changed))
        return previous

    # ---------------------------------------------------------------------------- spend
    def set_spend(self, name: str, channel_id: str, plan: SpendPlan | None) -> SpendPlan | None:
        """Set (None: drop) scenario ``name``'s spend plan on a channel; returns the last one."""
        scenario = self.scenario(name)
        self.channel(channel_id)
        if plan is not None:
            self._refuse_problems(plan_problems(plan, ""), spend_subject(name, channel_id))
        spend = _spend(scenario)
        previous = spend.get(channel_id)
        if previous == plan:
            return previous
        if plan is None:
            del spend[channel_id]
        else:
            self._put_spend(scenario, channel_id, copy.deepcopy(plan))
        self.events.emit(Change("update", "scenario", name, ("entries",)))
        return previous

    def _put_spend(self, scenario: Scenario, channel_id: str, plan: SpendPlan) -> None:
        """Put a plan in the channels' order, so an undone removal comes back where it was."""
        spend = _spend(scenario)
        spend[channel_id] = plan
        order = {c.id: i for i, c in enumerate(self.channels)}
        ordered = sorted(spend.items(), key=lambda item: order.get(item[0], len(order)))
        spend.clear()
        spend.update(ordered)

    # ----------------------------------------------------- following removed constructs
    def _refuse_driven(self, construct_id: str) -> None:
        """Refuse to make a driven stimulus something else while a channel drives it."""
        names = [f"“{c.name}”" for c in self.channels if construct_id in c.drives]
        if names:
            raise ModelError(
                phrase(
                    "{construct!r} is driven by channel {channels}, and a channel drives only "
                    "stimuli: take it out of the channel first",
                    construct=construct_id,
                    channels=", ".join(names),
                )
            )

    def _forget_in_channels(self, gone: set[str]) -> ChannelsBefore | None:
        """Take removed stimuli out of the channels: the other shares are scaled back to 1;
        a channel left with nothing to drive is removed with its spend."""
        if not any(gone.intersection(c.drives) for c in self.channels):
            return None
        before = ChannelsBefore(
            copy.deepcopy(self.channels),
            {s.name: copy.deepcopy(_spend(s)) for s in self.scenarios if _spend(s)},
        )
        for channel in list(self.channels):
            if not gone.intersection(channel.drives):
                continue
            kept = {k: v for k, v in channel.drives.items() if k not in gone}
            if kept:
                total = sum(kept.values())
                channel.drives = {k: v / total for k, v in kept.items()}
                self.events.emit(Change("update", "channel", channel.id, ("drives",)))
            else:
                self.remove_channel(channel.id)
        return before

    def _restore_channels(self, before: ChannelsBefore | None) -> None:
        """Undo :meth:`_forget_in_channels`."""
        if before is None:
            return
        self.channels[:] = before.channels
        for scenario in self.scenarios:
            if scenario.name in before.spend or _spend(scenario):
                scenario.spend = copy.deepcopy(before.spend.get(scenario.name, {}))
        self.events.emit(Change("reset", "channel"))

    # -------------------------------------------------------------------------- helpers
    def _roles(self) -> dict[str, str]:
        return {c.id: c.role for c in self.constructs}

    def _levels(self) -> tuple[float, float]:
        """The model's level range, which a channel's levels stay within."""
        return level_bounds(self.settings.level_range)

    @staticmethod
    def _refuse_problems(problems: list[Problem], subject: str) -> None:
        """Refuse the first problem as a sentence about ``subject``: the problems' places
        start at "" (``.plan.amount``) and are read below the subject."""
        if not problems:
            return
        first, place = problems[0], problems[0].location.lstrip(".")
        values = {"subject": subject, "place": place, "reason": first.message}
        if not place:
            raise ModelError(phrase("{subject} {reason}.", subject=subject, reason=first.message))
        if str(first.message).startswith(("must ", "is ", "has ")):
            raise ModelError(phrase("{subject}, {place} {reason}.", **values))
        raise ModelError(phrase("{subject}, {place}: {reason}.", **values))


def spend_subject(scenario: str, channel_id: str) -> str:
    """What a refused spend plan is about: the spend of one scenario on one channel."""
    return phrase(
        "In scenario “{scenario}”, the spend on {channel!r}", scenario=scenario, channel=channel_id
    )


def _spend(scenario: Scenario) -> dict[str, SpendPlan]:
    spend = getattr(scenario, "spend", None)
    if spend is None:  # a scenario built before spend plans existed
        spend = {}
        scenario.spend = spend
    return spend
