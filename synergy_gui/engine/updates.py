"""What a document change means for a simulation: the one place that decides.

A change is ignored (it touches nothing the engine reads: a label, a position, the meta data,
the story, a scenario's description), patched in place (a weight, a stimulus level), or calls
for a new compile (structure, time constants, settings, the active scenario's entries). A
change that only concerns another scenario leaves the active run as it is but still asks for
a run, so compared scenarios follow it.
"""

from __future__ import annotations

from enum import Enum

from synergy_gui.model.events import Change

#: The fields of each kind of item that the compiled model reads.
ENGINE_FIELDS: dict[str, frozenset[str]] = {
    "construct": frozenset({"role", "initial", "baseline", "tau_rise", "tau_fall", "activation"}),
    "path": frozenset({"source", "target", "weight"}),
    "junction": frozenset({"members", "target", "weight"}),
    "settings": frozenset({"time_unit", "dt", "horizon", "update_rule", "step_mode", "activation"}),
    "scenario": frozenset({"name", "horizon", "entries"}),
    "meta": frozenset(),
}


class Update(Enum):
    """How a simulation follows one change."""

    IGNORE = "ignore"  # nothing the engine reads changed: no run
    RUN = "run"  # the active run is unchanged, but compared scenarios may not be
    WEIGHT = "weight"  # a path or junction weight, patched in place
    LEVEL = "level"  # a construct's starting level (a stimulus's slider), patched in place
    RECOMPILE = "recompile"


def update_for(change: Change, scenario: str | None) -> Update:
    """How a run of ``scenario`` (None: as drawn) follows ``change``."""
    target = change.target
    if target == "document":
        return Update.RECOMPILE
    if target in ("meta", "story"):  # a story is told with the model; the engine never reads it
        return Update.IGNORE
    if target == "scenario":
        return _scenario_update(change, scenario)
    if target == "channel":  # what spend buys: runs of every scenario that spends follow it
        return Update.RECOMPILE
    if change.action != "update":
        return Update.RECOMPILE
    fields = ENGINE_FIELDS[target].intersection(change.fields)
    if not fields:
        return Update.IGNORE
    if fields == {"weight"}:
        return Update.WEIGHT
    if target == "construct" and fields == {"initial"}:
        return Update.LEVEL
    return Update.RECOMPILE


def _scenario_update(change: Change, scenario: str | None) -> Update:
    relevant = not change.fields or ENGINE_FIELDS["scenario"].intersection(change.fields)
    if change.action == "update" and not relevant:
        return Update.IGNORE
    ours = scenario is not None and scenario in (change.item_id, change.previous_id)
    return Update.RECOMPILE if ours else Update.RUN
