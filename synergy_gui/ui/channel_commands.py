"""Undo commands of the Budget dock: add, change and remove channels, and set a scenario's spend.

Like :mod:`synergy_gui.ui.commands`, each calls only the document's channel edits
(:mod:`synergy_gui.model.channel_edits`) and keeps what its undo needs; a slider drag (one
``gesture``) on one channel's field merges into one undo step.
"""

from __future__ import annotations

import copy
from collections.abc import Hashable
from itertools import count
from typing import Any

from synergy_gui.model import ModelDocument
from synergy_gui.model.channel_edits import ChannelRemoval
from synergy_gui.model.channels import Channel, SpendPlan
from synergy_gui.ui.commands import _DocumentCommand, _MergingCommand
from synergy_gui.ui.i18n import translate

_MERGE_IDS = count(2000)
_CHANNEL_ID = next(_MERGE_IDS)
_SPEND_ID = next(_MERGE_IDS)


def _name(document: ModelDocument, channel_id: str) -> str:
    try:
        return f"“{document.channel(channel_id).name}”"
    except Exception:  # no such channel: the edit will say so when it runs
        return channel_id


class AddChannelCommand(_DocumentCommand):
    """Add a channel (at ``index``, else last); undo removes it."""

    def __init__(self, document: ModelDocument, channel: Channel, index: int | None = None) -> None:
        super().__init__(
            document, translate("Commands", "Add channel “{name}”").format(name=channel.name)
        )
        self._channel, self._index = copy.deepcopy(channel), index

    def _redo(self) -> None:
        self.document.add_channel(self._channel, self._index)

    def _undo(self) -> None:
        self.document.remove_channel(self._channel.id)


class RemoveChannelCommand(_DocumentCommand):
    """Remove a channel and every scenario's spend on it; undo puts both back."""

    def __init__(self, document: ModelDocument, channel_id: str) -> None:
        text = translate("Commands", "Remove channel {name}")
        super().__init__(document, text.format(name=_name(document, channel_id)))
        self._channel_id = channel_id
        self._removal: ChannelRemoval | None = None

    def _redo(self) -> None:
        self._removal = self.document.remove_channel(self._channel_id)

    def _undo(self) -> None:
        self.document.restore_channel(self._removal)


class UpdateChannelCommand(_MergingCommand):
    """Set fields of a channel (its plan, carry-over, saturation …)."""

    merge_id = _CHANNEL_ID

    def __init__(
        self,
        document: ModelDocument,
        channel_id: str,
        gesture: Hashable = None,
        **values: Any,
    ) -> None:
        text = translate("Commands", "Change {item} {fields}").format(
            item=_name(document, channel_id), fields=", ".join(values)
        )
        super().__init__(document, text, (channel_id, tuple(values)), gesture)
        self._channel_id = channel_id
        self._new = copy.deepcopy(values)
        self._old: dict[str, Any] | None = None

    def _redo(self) -> None:
        previous = self.document.update_channel(self._channel_id, **self._new)
        if self._old is None:
            self._old = previous

    def _undo(self) -> None:
        self.document.update_channel(self._channel_id, **self._old)

    def _take_newer(self, other: UpdateChannelCommand) -> None:
        self._new = other._new


class SetSpendCommand(_MergingCommand):
    """Set (None: drop) a scenario's spend plan on a channel."""

    merge_id = _SPEND_ID

    def __init__(
        self,
        document: ModelDocument,
        scenario: str,
        channel_id: str,
        plan: SpendPlan | None,
        gesture: Hashable = None,
    ) -> None:
        text = translate("Commands", "Set spend on {name} in “{scenario}”").format(
            name=_name(document, channel_id), scenario=scenario
        )
        super().__init__(document, text, (scenario, channel_id), gesture)
        self._scenario, self._channel_id = scenario, channel_id
        self._new = copy.deepcopy(plan)
        self._old: SpendPlan | None = None
        self._applied = False

    def _redo(self) -> None:
        previous = self.document.set_spend(self._scenario, self._channel_id, self._new)
        if not self._applied:  # the first run keeps what was there (None: no entry)
            self._old, self._applied = previous, True

    def _undo(self) -> None:
        self.document.set_spend(self._scenario, self._channel_id, self._old)

    def _take_newer(self, other: SetSpendCommand) -> None:
        self._new = other._new
