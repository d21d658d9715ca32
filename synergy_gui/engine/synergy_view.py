"""The synergy view's numbers: a junction's simple slopes and its with/without trajectories.

*Static picture* (simple slopes and floodlight, as cSEM and jAMM draw moderation). A junction
with a *focal* member a and a *moderator* b acting on target t enters t's input as

    u_t = c_t + … + b1·v_a + b2·v_b + b3·v_a·v_b + …,    v = s·x − offset

(under S-O-R v is the deviation from baseline, x − x⁰: the product is centred there), with b1
the direct path a → t (0 when there is none) and b3 the junction's weight. The simple slope of
a at a moderator reading z = v_b is therefore ∂u_t/∂x_a = s·(b1 + b3·z), exactly. It is zero at
the Johnson–Neyman point z* = −b1/b3: on one side of it a raises t, on the other it lowers it.

A clip or identity target (the default) passes its input on with slope 1 while in range, so
these are also the slopes of the level t heads for. A logistic or tanh target is linearised at
the operating point: the slopes are multiplied by f′(u_t) there.

A junction of more than two members: the moderator is the *product* of the other members'
readings, z = Π_{j≠a} v_j, and a moderator "level" moves every other member to that level.

*Dynamic picture*: the model run twice in one batch (the same scenario, sliders and weights),
once as it is and once with the junction's weight set to 0; the gap is what the product term
adds over time.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from synergy_gui.engine import activation, linear
from synergy_gui.engine.compile import CompiledModel
from synergy_gui.engine.dynamics import simulate_batch
from synergy_gui.engine.errors import EngineError
from synergy_gui.engine.result import BatchResult
from synergy_gui.model.phrases import phrase

#: How many levels across the level range the slopes and lines are worked out at.
GRID_POINTS = 101


def level_grid(model: CompiledModel) -> np.ndarray:
    """Evenly spaced levels over the model's level range (0 to 1, or −1 to 1 when bipolar)."""
    low, high = getattr(model, "level_bounds", (0.0, 1.0))
    return np.linspace(low, high, GRID_POINTS)


@dataclass(frozen=True, eq=False)
class SimpleSlopes:
    """The focal member's effect on the target's input at each moderator level."""

    junction_id: str
    target: str
    focal: str
    moderators: tuple[str, ...]
    direct: float  # b1: the path focal → target (0 without one)
    weight: float  # b3: the junction's weight
    gain: float  # s·f′(u_t) at the operating point (1 for clip and identity under S-O-R)
    levels: np.ndarray  # moderator levels
    deviations: np.ndarray  # z: the moderator's reading (the product of readings) at each level
    slopes: np.ndarray  # gain·(b1 + b3·z)
    crossing: float | None  # the moderator level where the slope is 0, in the range; else None

    def slope_at(self, deviation: float) -> float:
        """The focal member's slope at a moderator reading z: gain·(b1 + b3·z)."""
        return self.gain * (self.direct + self.weight * deviation)


@dataclass(frozen=True, eq=False)
class SynergyRuns:
    """The model run with the junction (run 0) and without it (run 1)."""

    junction_id: str
    batch: BatchResult

    @property
    def times(self) -> np.ndarray:
        return self.batch.times

    def with_junction(self, construct_id: str) -> np.ndarray:
        return self.batch.series(construct_id)[0]

    def without_junction(self, construct_id: str) -> np.ndarray:
        return self.batch.series(construct_id)[1]

    def gap(self, construct_id: str) -> np.ndarray:
        """What the product term adds to a construct at each step."""
        series = self.batch.series(construct_id)
        return series[0] - series[1]


def junction_index(model: CompiledModel, junction_id: str) -> int:
    """The junction's position among the model's junctions; unknown ids raise."""
    position = _item_position(model, junction_id)
    return position - model.n_paths


def _item_position(model: CompiledModel, junction_id: str) -> int:
    ids = model.item_ids[model.n_paths :]
    if junction_id not in ids:
        known = ", ".join(repr(j) for j in ids) or phrase("none")
        raise EngineError(
            phrase(
                "there is no synergy junction {jid!r} (junctions: {known})",
                jid=junction_id,
                known=known,
            )
        )
    return model.n_paths + ids.index(junction_id)


def members_of(model: CompiledModel, junction_id: str) -> tuple[str, ...]:
    """The junction's members, in the document's order."""
    return tuple(model.ids[i] for i in model.junction_members[junction_index(model, junction_id)])


def simple_slopes(
    model: CompiledModel,
    junction_id: str,
    point: np.ndarray,
    focal: str | None = None,
    levels: np.ndarray | None = None,
) -> SimpleSlopes:
    """The focal member's (default: the first) simple slopes at ``levels`` of the moderator
    (default: across the level range), with the rest of the model at the levels ``point``."""
    k = junction_index(model, junction_id)
    focal_index, others = _split_members(model, k, junction_id, focal)
    target = int(model.junction_target[k])
    levels = level_grid(model) if levels is None else np.asarray(levels, dtype=float)
    deviations = _moderator_readings(model, others, levels)
    direct = _direct_weight(model, focal_index, target)
    weight = float(model.item_weights[model.n_paths + k])
    gain = model.scale * _local_gain(model, target, point)
    slopes = gain * (direct + weight * deviations)
    return SimpleSlopes(
        junction_id=junction_id,
        target=model.ids[target],
        focal=model.ids[focal_index],
        moderators=tuple(model.ids[i] for i in others),
        direct=direct,
        weight=weight,
        gain=gain,
        levels=levels,
        deviations=deviations,
        slopes=slopes,
        crossing=_crossing(model, others, direct, weight),
    )


def response_lines(
    model: CompiledModel,
    junction_id: str,
    point: np.ndarray,
    moderator_levels: np.ndarray,
    focal_levels: np.ndarray | None = None,
    focal: str | None = None,
) -> np.ndarray:
    """(M, F): the level the target heads for, f(u_t), with the focal member at each of
    ``focal_levels`` and the moderator at each of ``moderator_levels``, the rest at ``point``."""
    k = junction_index(model, junction_id)
    focal_index, others = _split_members(model, k, junction_id, focal)
    target = int(model.junction_target[k])
    moderator_levels = np.asarray(moderator_levels, dtype=float)
    focal_levels = level_grid(model) if focal_levels is None else np.asarray(focal_levels, float)
    grid = np.tile(np.asarray(point, dtype=float), (moderator_levels.size, focal_levels.size, 1))
    grid[:, :, focal_index] = focal_levels[None, :]
    for other in others:
        grid[:, :, other] = moderator_levels[:, None]
    u = _target_inputs(model, target, grid.reshape(-1, model.n))
    with np.errstate(over="ignore"):
        goal = activation.apply(
            model.kinds[target],
            u,
            np.full(u.shape, model.gain[target]),
            np.full(u.shape, model.threshold[target]),
        )
    return goal.reshape(moderator_levels.size, focal_levels.size)


def synergy_runs(model: CompiledModel, junction_id: str, steps: int | None = None) -> SynergyRuns:
    """One batch of two runs: the model as it is, and with the junction's weight at 0."""
    position = _item_position(model, junction_id)
    weights = np.tile(model.item_weights, (2, 1))
    weights[1, position] = 0.0
    return SynergyRuns(junction_id, simulate_batch(model, weights=weights, steps=steps))


def downstream(model: CompiledModel, construct_id: str) -> list[str]:
    """The constructs a chain of paths or junctions leads to from ``construct_id``, in
    document order (itself first)."""
    if construct_id not in model.index:
        raise EngineError(phrase("there is no construct with id {cid!r}", cid=construct_id))
    feeds: dict[int, set[int]] = {i: set() for i in range(model.n)}
    for source, target in zip(model.path_source, model.path_target, strict=True):
        feeds[int(source)].add(int(target))
    for members, target in zip(model.junction_members, model.junction_target, strict=True):
        for member in members:
            feeds[int(member)].add(int(target))
    start = model.index[construct_id]
    found, todo = {start}, [start]
    while todo:
        for target in feeds[todo.pop()] - found:
            found.add(target)
            todo.append(target)
    return [model.ids[start], *(model.ids[i] for i in sorted(found - {start}))]


# ---------------------------------------------------------------------------- helpers
def _split_members(
    model: CompiledModel, k: int, junction_id: str, focal: str | None
) -> tuple[int, list[int]]:
    """(focal column, the other members' columns)."""
    members = [int(i) for i in model.junction_members[k]]
    if focal is None:
        chosen = members[0]
    elif focal in model.index and model.index[focal] in members:
        chosen = model.index[focal]
    else:
        names = ", ".join(repr(model.ids[i]) for i in members)
        raise EngineError(
            phrase(
                "{focal!r} is not a member of junction {jid!r} ({names})",
                focal=focal,
                jid=junction_id,
                names=names,
            )
        )
    return chosen, [i for i in members if i != chosen]


def _moderator_readings(model: CompiledModel, others: list[int], levels: np.ndarray):
    """z at each level: the product of the other members' readings, each at that level."""
    z = np.ones_like(levels)
    for other in others:
        z = z * (model.scale * levels - model.offset[other])
    return z


def _direct_weight(model: CompiledModel, source: int, target: int) -> float:
    """b1: the summed weights of the paths source → target."""
    chosen = (model.path_source == source) & (model.path_target == target)
    return float(model.item_weights[: model.n_paths][chosen].sum())


def _local_gain(model: CompiledModel, target: int, point: np.ndarray) -> float:
    """f′(u_t) at ``point``; 1 for a clip or identity target (linear in range)."""
    u = linear.inputs(model, np.asarray(point, dtype=float))
    return float(linear.slopes(model, u, unbounded=True)[target])


def _crossing(model: CompiledModel, others: list[int], direct: float, weight: float):
    """The moderator level in the level range where b1 + b3·z = 0 (two members), else None."""
    if weight == 0.0 or len(others) != 1:
        return _crossing_on_grid(model, others, direct, weight)
    level = (-direct / weight + model.offset[others[0]]) / model.scale
    low, high = getattr(model, "level_bounds", (0.0, 1.0))
    return float(level) if low <= level <= high else None


def _crossing_on_grid(model: CompiledModel, others: list[int], direct: float, weight: float):
    """The first sign change of b1 + b3·z on the level grid (more than two members)."""
    if weight == 0.0:
        return None
    grid = level_grid(model)
    slopes = direct + weight * _moderator_readings(model, others, grid)
    change = np.flatnonzero(np.sign(slopes[:-1]) * np.sign(slopes[1:]) < 0)
    if change.size == 0:
        zero = np.flatnonzero(slopes == 0.0)
        return float(grid[zero[0]]) if zero.size else None
    i = int(change[0])
    share = slopes[i] / (slopes[i] - slopes[i + 1])
    return float(grid[i] + share * (grid[i + 1] - grid[i]))


def _target_inputs(model: CompiledModel, target: int, levels: np.ndarray) -> np.ndarray:
    """u_t for each row of ``levels`` (N, n): only the target's row of the model."""
    v = model.scale * levels - model.offset
    u = model.level_base[target] + model.self_weight * v[:, target]
    chosen = np.flatnonzero(model.path_target == target)
    u = u + v[:, model.path_source[chosen]] @ model.item_weights[chosen]
    for k in np.flatnonzero(model.junction_target == target):
        members = model.junction_members[k]
        u = u + model.item_weights[model.n_paths + k] * np.prod(v[:, members], axis=1)
    return u
