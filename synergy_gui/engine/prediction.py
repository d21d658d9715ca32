"""Predict, then reveal: a sketched or typed prediction of one construct and its gap to a run.

A :class:`Prediction` is a curve of (time, level) points, strictly increasing in time, drawn
by hand or typed. :func:`prediction_gap` sets it against the model's run: the sketch is
interpolated linearly at the run's times within the sketch's span (never extrapolated), and
the gap is *model minus prediction*, so "+0.13" reads "the model is 0.13 higher than you said".
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from synergy_gui.engine.errors import EngineError
from synergy_gui.model.phrases import phrase

#: Two sketched times closer than this are the same time (the later point replaces the earlier).
SAME_TIME = 1e-9


@dataclass(frozen=True)
class Prediction:
    """Expected levels of one construct: ``points`` sorted by time, one level per time.

    ``checkpoint`` is the time the report names ("0.55 at week 26"): a typed week, else the
    end of the sketch.
    """

    construct_id: str
    points: tuple[tuple[float, float], ...] = ()
    typed_time: float | None = None
    low: float = 0.0  # the least level: 0, or -1 in a model with bipolar levels

    @property
    def checkpoint(self) -> float | None:
        if self.typed_time is not None:
            return self.typed_time
        return self.points[-1][0] if self.points else None

    @property
    def times(self) -> np.ndarray:
        return np.array([t for t, _ in self.points], dtype=float)

    @property
    def levels(self) -> np.ndarray:
        return np.array([level for _, level in self.points], dtype=float)

    def drawn(self, time: float, level: float, since: float | None = None) -> Prediction:
        """This prediction with the point (time, level) drawn. ``since`` is the previous point
        of the same stroke: the points the stroke passed over since then are overwritten (a
        stroke going back in time redraws that stretch instead of folding the curve over)."""
        time, level = _checked(time, level, self.low)
        start = time if since is None else float(since)
        low, high = min(start, time), max(start, time)
        forward_from = start if start < time else None  # a forward stroke keeps its last point

        def overwritten(t: float) -> bool:
            if forward_from is not None and abs(t - forward_from) <= SAME_TIME:
                return False
            return low - SAME_TIME <= t <= high + SAME_TIME

        kept = [(t, v) for t, v in self.points if not overwritten(t)]
        return replace(self, points=tuple(sorted([*kept, (time, level)])))

    def typed(self, time: float, level: float) -> Prediction:
        """This prediction with the level typed for ``time``; the report names that time."""
        return replace(self.drawn(time, level), typed_time=float(time))

    def level_at(self, times: np.ndarray) -> np.ndarray:
        """The predicted level at ``times`` (linear between points; NaN outside the sketch)."""
        times = np.asarray(times, dtype=float)
        if not self.points:
            return np.full(times.shape, np.nan)
        own = self.times
        levels = np.interp(times, own, self.levels)
        outside = (times < own[0] - SAME_TIME) | (times > own[-1] + SAME_TIME)
        return np.where(outside, np.nan, levels)


@dataclass(frozen=True)
class PredictionGap:
    """How far the model's run is from a prediction.

    ``times`` are the run's times within the sketch (the prediction's own times when none of
    the run's fall inside it), with ``predicted`` and ``actual`` levels there; ``gap`` is
    actual minus predicted at :attr:`time`.
    """

    time: float
    predicted: float
    actual: float
    mean_absolute_gap: float
    times: np.ndarray
    predicted_levels: np.ndarray
    actual_levels: np.ndarray

    @property
    def gap(self) -> float:
        return self.actual - self.predicted


def prediction_gap(prediction: Prediction, times: np.ndarray, levels: np.ndarray) -> PredictionGap:
    """Compare ``prediction`` with a run's ``levels`` of its construct at ``times``."""
    times, levels = np.asarray(times, dtype=float), np.asarray(levels, dtype=float)
    if not prediction.points:
        raise EngineError(phrase("there is no prediction yet: sketch a curve or type a level"))
    if times.size == 0 or times.shape != levels.shape:
        raise EngineError(phrase("the run has no levels to compare the prediction with"))
    own = prediction.times
    start, end = max(own[0], times[0]), min(own[-1], times[-1])
    if start > end + SAME_TIME:
        raise EngineError(
            phrase(
                "the prediction ({first:g} to {last:g}) lies outside the run "
                "({start:g} to {end:g})",
                first=own[0],
                last=own[-1],
                start=times[0],
                end=times[-1],
            )
        )
    inside = times[(times >= start - SAME_TIME) & (times <= end + SAME_TIME)]
    compared = inside if inside.size else own[(own >= start - SAME_TIME) & (own <= end + SAME_TIME)]
    predicted = prediction.level_at(compared)
    actual = np.interp(compared, times, levels)
    checkpoint = min(max(prediction.checkpoint, start), end)
    return PredictionGap(
        time=float(checkpoint),
        predicted=float(prediction.level_at(np.array([checkpoint]))[0]),
        actual=float(np.interp(checkpoint, times, levels)),
        mean_absolute_gap=float(np.mean(np.abs(actual - predicted))),
        times=compared,
        predicted_levels=predicted,
        actual_levels=actual,
    )


def gap_report(gap: PredictionGap, unit: str = "week") -> str:
    """The gap in one sentence a class can read, e.g. "Your prediction: 0.55 at week 26 —
    model: 0.68 (gap +0.13); mean absolute gap 0.09"."""
    return phrase(
        "Your prediction: {predicted:.2f} at {unit} {time:g} — "
        "model: {actual:.2f} (gap {gap}); mean absolute gap {mean:.2f}",
        predicted=gap.predicted,
        unit=unit,
        time=gap.time,
        actual=gap.actual,
        gap=_signed(gap.gap),
        mean=gap.mean_absolute_gap,
    )


def _signed(value: float) -> str:
    text = f"{value:+.2f}"
    return "±0.00" if text in ("+0.00", "-0.00") else text


def _checked(time: float, level: float, low: float) -> tuple[float, float]:
    time, level = float(time), float(level)
    if not (np.isfinite(time) and np.isfinite(level)):
        raise EngineError(
            phrase(
                "a predicted point needs a finite time and level (got {time}, {level})",
                time=time,
                level=level,
            )
        )
    if not low <= level <= 1.0:
        raise EngineError(
            phrase(
                "a predicted level must be between {low:g} and 1 (got {level:g})",
                low=low,
                level=level,
            )
        )
    if time < 0.0:
        raise EngineError(
            phrase("a predicted time cannot be before the start (got {time:g})", time=time)
        )
    return time, level


__all__ = ["Prediction", "PredictionGap", "gap_report", "prediction_gap"]
