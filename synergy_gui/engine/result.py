"""What a run returns: the levels of every construct at every step."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from synergy_gui.engine.errors import EngineError
from synergy_gui.model.phrases import phrase


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
            raise EngineError(
                phrase("the result has no construct {cid!r}", cid=construct_id)
            ) from None

    def series(self, construct_id: str) -> np.ndarray:
        """The level of one construct at every step."""
        return self.levels[:, self.column(construct_id)]

    def final(self, construct_id: str) -> float:
        """The level of one construct at the last step."""
        return float(self.levels[-1, self.column(construct_id)])

    def finals(self) -> dict[str, float]:
        """Every construct's last level."""
        return {cid: float(level) for cid, level in zip(self.ids, self.levels[-1], strict=True)}


@dataclass(eq=False)
class BatchResult:
    """K runs at once. Levels are read out per construct on demand: a Monte Carlo summary
    usually needs a few constructs, and copying all of them out of a large batch costs more
    than running it."""

    ids: tuple[str, ...]
    times: np.ndarray  # (steps + 1,)
    count: int  # K
    _column: Callable[[int], np.ndarray]  # document column -> (K, steps + 1) levels
    _cache: dict[int, np.ndarray] = field(default_factory=dict)
    _levels: np.ndarray | None = None

    @property
    def steps(self) -> int:
        return self.times.size - 1

    def series(self, construct_id: str) -> np.ndarray:
        """(K, steps + 1): the level of one construct at every step of every run."""
        column = self._index(construct_id)
        if column not in self._cache:
            values = self._column(column)
            values.setflags(write=False)
            self._cache[column] = values
        return self._cache[column]

    def final(self, construct_id: str) -> np.ndarray:
        """(K,): the last level of one construct in every run."""
        return self.series(construct_id)[:, -1]

    @property
    def levels(self) -> np.ndarray:
        """(K, steps + 1, n): every level, columns in document order (built on first use)."""
        if self._levels is None:
            levels = np.empty((self.count, self.times.size, len(self.ids)))
            for column, construct_id in enumerate(self.ids):
                levels[:, :, column] = self.series(construct_id)
            levels.setflags(write=False)
            self._levels = levels
        return self._levels

    def _index(self, construct_id: str) -> int:
        try:
            return self.ids.index(construct_id)
        except ValueError:
            raise EngineError(
                phrase("the batch has no construct {cid!r}", cid=construct_id)
            ) from None
