"""What one round of simulation gives the views: the active run and the compared runs."""

from __future__ import annotations

from dataclasses import dataclass, field

from synergy_gui.engine import SimulationResult
from synergy_gui.model.view_state import ScenarioKey


@dataclass(frozen=True, eq=False)
class Runs:
    """One round of simulation: the active scenario's run and, while comparing, each
    compared scenario's run (keyed by scenario; None is the model as drawn)."""

    active: SimulationResult
    compared: dict[ScenarioKey, SimulationResult] = field(default_factory=dict)

    def levels_at(self, step: int) -> dict[str, float]:
        """Every construct's level at ``step`` of the active run."""
        return _row(self.active, step)

    def differences_at(self, step: int, reference: ScenarioKey) -> dict[str, float] | None:
        """The active run minus the reference run at ``step``; None when there is nothing to
        tell (not comparing, the active scenario is the reference or not compared at all)."""
        base = self.compared.get(reference)
        ours = self.active.scenario
        if base is None or ours == reference or ours not in self.compared:
            return None
        ours, theirs = _row(self.active, step), _row(base, step)
        return {cid: ours[cid] - theirs[cid] for cid in ours if cid in theirs}


def _row(result: SimulationResult, step: int) -> dict[str, float]:
    row = result.levels[max(0, min(step, result.steps))].tolist()
    return dict(zip(result.ids, row, strict=True))
