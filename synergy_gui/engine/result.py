"""What a run returns: the levels of every construct at every step."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from synergy_gui.engine.errors import EngineError


@dataclass(frozen=True, eq=False)
class SimulationResult:
    """Levels of every construct at every step; ``levels[k, i]`` is ``ids[i]`` at ``times[k]``."""

    ids: tuple[str, ...]
    times: np.ndarray  # (steps + 1,) in the model's time unit
    levels: np.ndarray  # (steps + 1, n)
    scenario: str | None = None
    time_unit: str = "week"

    def __post_init__(self) -> None:
        self.times.setflags(write=False)
        self.levels.setflags(write=False)

    @property
    def steps(self) -> int:
        return self.times.size - 1

    def column(self, construct_id: str) -> int:
        """The column of a construct in ``levels``."""
        try:
            return self.ids.index(construct_id)
        except ValueError:
            raise EngineError(f"the result has no construct {construct_id!r}") from None

    def series(self, construct_id: str) -> np.ndarray:
        """The level of one construct at every step."""
        return self.levels[:, self.column(construct_id)]

    def final(self, construct_id: str) -> float:
        """The level of one construct at the last step."""
        return float(self.levels[-1, self.column(construct_id)])

    def finals(self) -> dict[str, float]:
        """Every construct's last level."""
        return {cid: float(level) for cid, level in zip(self.ids, self.levels[-1], strict=True)}
