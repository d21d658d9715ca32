"""Compile a document and a scenario into the arrays the simulation loop runs on.

Constructs are columns in document order. Stimuli, clamped constructs and (under the FCM
rules) constructs with nothing leading into them are *exogenous*: their levels come from a
plan (a schedule, a constant) and are never computed. Every other construct is *endogenous*.

All rules share one form, with ``v = s·x − b`` the reading of the levels:
``u = c + a·v + W v + Σ_k g_k Π_{j∈S_k} v_j`` —
S-O-R: s = 1, b = c = x⁰, a = 0;  Kosko: s = 1, b = c = 0, a = 0;
modified Kosko: s = 1, b = c = 0, a = 1;  rescaled: s = 2, b = 1, c = 0, a = 1.
``W`` has target rows (W[i, j] is the effect of j on i), the transpose of an FCM matrix.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from synergy_gui.engine import budget, schedules, validate
from synergy_gui.engine.errors import no_scenario
from synergy_gui.model.checks import level_bounds, weight_bound
from synergy_gui.model.document import ModelDocument
from synergy_gui.model.elements import Scenario, Schedule

#: (s, b, a) of each FCM rule; see the module docstring.
_FCM_RULES = {
    "kosko": (1.0, 0.0, 0.0),
    "modified-kosko": (1.0, 0.0, 1.0),
    "rescaled": (2.0, 1.0, 1.0),
}


@dataclass
class ActivationGroup:
    """The endogenous constructs sharing one activation kind."""

    kind: str
    positions: np.ndarray | None  # positions among the endogenous columns; None: all of them
    gain: np.ndarray
    threshold: np.ndarray


@dataclass
class ExogenousPlan:
    """Where an exogenous construct's level comes from: ``source`` stimulus|clamp|held."""

    construct_id: str
    source: str
    schedule: Schedule | None  # None: the constant ``level``
    level: float


@dataclass(eq=False)
class CompiledModel:
    """A document and scenario as arrays; weights and levels can change in place."""

    ids: tuple[str, ...]
    index: dict[str, int]
    roles: tuple[str, ...]
    update_rule: str
    step_mode: str
    dt: float
    steps: int
    scenario: str | None
    initial: np.ndarray  # level at t = 0 of every construct (exogenous ones from their plan)
    baseline: np.ndarray  # x⁰ (0 under the FCM rules)
    scale: float  # s
    offset: np.ndarray  # b
    level_base: np.ndarray  # c
    self_weight: float  # a
    tau_rise: np.ndarray
    tau_fall: np.ndarray
    alpha_rise: np.ndarray
    alpha_fall: np.ndarray
    endo: np.ndarray
    exo: np.ndarray
    plans: list[ExogenousPlan]
    item_ids: tuple[str, ...]  # paths, then junctions
    item_weights: np.ndarray
    path_target: np.ndarray
    path_source: np.ndarray
    junction_members: list[np.ndarray]
    junction_target: np.ndarray
    kinds: tuple[str, ...]
    gain: np.ndarray
    threshold: np.ndarray
    groups: list[ActivationGroup]
    weight_bound: float = 1.0  # the largest |weight| (100 when the weights are unstandardised)
    level_bounds: tuple[float, float] = (0.0, 1.0)  # (-1, 1) for bipolar levels
    version: int = 0  # bumped by every in-place change, so caches know they are stale
    _exo_cache: dict[int, np.ndarray] = field(default_factory=dict)

    @property
    def n(self) -> int:
        return len(self.ids)

    @property
    def n_paths(self) -> int:
        return self.path_target.size

    @property
    def stimulus_ids(self) -> tuple[str, ...]:
        """Exogenous stimuli in column order (the columns of a batch of stimulus levels)."""
        return tuple(p.construct_id for p in self.plans if p.source == "stimulus")

    @property
    def times(self) -> np.ndarray:
        return np.arange(self.steps + 1) * self.dt

    def weight_matrix(self) -> np.ndarray:
        """W (target rows) with the current path weights."""
        matrix = np.zeros((self.n, self.n))
        matrix[self.path_target, self.path_source] = self.item_weights[: self.n_paths]
        return matrix

    def exogenous_levels(self, steps: int | None = None) -> np.ndarray:
        """(steps + 1, n_exogenous) levels of the exogenous constructs at each step."""
        steps = self.steps if steps is None else steps
        cached = self._exo_cache.get(steps)
        if cached is not None:
            return cached
        times = np.arange(steps + 1) * self.dt
        levels = np.empty((steps + 1, len(self.plans)))
        for column, plan in enumerate(self.plans):
            if plan.schedule is None:
                levels[:, column] = plan.level
            else:
                levels[:, column] = schedules.sample(plan.schedule, times)
        levels.setflags(write=False)
        self._exo_cache[steps] = levels
        return levels

    def touch(self, levels_changed: bool = False) -> None:
        """Mark derived arrays stale after an in-place change."""
        self.version += 1
        if levels_changed:
            self._exo_cache.clear()


def compile_model(document: ModelDocument, scenario: str | Scenario | None = None) -> CompiledModel:
    """Validate ``document`` and turn it, under ``scenario`` (a name or None), into arrays."""
    validate.check_document(document)
    chosen = budget.resolve_spend(document, _scenario(document, scenario))
    if chosen is not None:
        validate.check_scenario(document, chosen)
    settings = document.settings
    constructs = document.constructs
    ids = tuple(c.id for c in constructs)
    index = {cid: i for i, cid in enumerate(ids)}
    n = len(ids)
    rule = settings.update_rule
    fcm = rule in _FCM_RULES
    baseline = np.zeros(n) if fcm else np.array([c.baseline for c in constructs], dtype=float)
    scale, offset_level, self_weight = _FCM_RULES.get(rule, (1.0, 0.0, 0.0))
    offset = np.full(n, offset_level) if fcm else baseline.copy()
    tau_rise = np.array([c.tau_rise for c in constructs], dtype=float)
    tau_fall = np.array([c.tau_fall for c in constructs], dtype=float)
    alpha_rise, alpha_fall = _alphas(ids, settings.dt, settings.step_mode, tau_rise, tau_fall, fcm)

    plans = _plans(document, chosen, fcm)
    planned = {p.construct_id for p in plans}
    exo = np.array([index[p.construct_id] for p in plans], dtype=np.intp)
    endo = np.array([i for i, cid in enumerate(ids) if cid not in planned], dtype=np.intp)

    overrides = chosen.weight_overrides if chosen else {}
    items = [*document.paths, *document.junctions]
    weights = np.array([overrides.get(item.id, item.weight) for item in items], dtype=float)
    kinds, gain, threshold = _activations(document)
    steps = chosen.horizon if chosen and chosen.horizon is not None else settings.horizon

    model = CompiledModel(
        ids=ids,
        index=index,
        roles=tuple(c.role for c in constructs),
        update_rule=rule,
        step_mode=settings.step_mode,
        dt=float(settings.dt),
        steps=int(steps),
        scenario=chosen.name if chosen else None,
        initial=np.array([c.initial for c in constructs], dtype=float),
        baseline=baseline,
        scale=scale,
        offset=offset,
        level_base=np.zeros(n) if fcm else baseline.copy(),
        self_weight=self_weight,
        tau_rise=tau_rise,
        tau_fall=tau_fall,
        alpha_rise=alpha_rise,
        alpha_fall=alpha_fall,
        endo=endo,
        exo=exo,
        plans=plans,
        item_ids=tuple(item.id for item in items),
        item_weights=weights,
        path_target=np.array([index[p.target] for p in document.paths], dtype=np.intp),
        path_source=np.array([index[p.source] for p in document.paths], dtype=np.intp),
        junction_members=[
            np.array([index[m] for m in j.members], dtype=np.intp) for j in document.junctions
        ],
        junction_target=np.array([index[j.target] for j in document.junctions], dtype=np.intp),
        kinds=kinds,
        gain=gain,
        threshold=threshold,
        groups=_groups(kinds, gain, threshold, endo),
        weight_bound=weight_bound(settings.weight_scale),
        level_bounds=level_bounds(settings.level_range),
    )
    model.initial[exo] = model.exogenous_levels(0)[0]
    return model


def _scenario(document: ModelDocument, scenario: str | Scenario | None) -> Scenario | None:
    if scenario is None or isinstance(scenario, Scenario):
        return scenario
    for candidate in document.scenarios:
        if candidate.name == scenario:
            return candidate
    raise no_scenario(scenario, document.scenarios)


def _alphas(ids, dt, step_mode, tau_rise, tau_fall, fcm) -> tuple[np.ndarray, np.ndarray]:
    """The share of the gap to the target closed in one step, rising and falling."""
    if fcm:
        return np.ones(len(ids)), np.ones(len(ids))
    if step_mode == "euler":
        validate.check_euler(ids, dt, tau_rise, tau_fall)
        return dt / tau_rise, dt / tau_fall
    return -np.expm1(-dt / tau_rise), -np.expm1(-dt / tau_fall)


def _plans(document: ModelDocument, scenario: Scenario | None, fcm: bool) -> list[ExogenousPlan]:
    schedules_ = scenario.schedules if scenario else {}
    clamps = scenario.clamps if scenario else {}
    driven = {p.target for p in document.paths} | {j.target for j in document.junctions}
    plans = []
    for construct in document.constructs:
        cid = construct.id
        if cid in clamps:
            plans.append(ExogenousPlan(cid, "clamp", None, float(clamps[cid])))
        elif construct.role == "stimulus":
            schedule = schedules_.get(cid)
            plans.append(ExogenousPlan(cid, "stimulus", schedule, float(construct.initial)))
        elif fcm and cid not in driven:
            plans.append(ExogenousPlan(cid, "held", None, float(construct.initial)))
    return plans


def _activations(document: ModelDocument) -> tuple[tuple[str, ...], np.ndarray, np.ndarray]:
    default = document.settings.activation
    chosen = [c.activation or default for c in document.constructs]
    kinds = tuple(a.kind for a in chosen)
    gain = np.array([a.gain for a in chosen], dtype=float)
    threshold = np.array([a.threshold for a in chosen], dtype=float)
    return kinds, gain, threshold


def _groups(kinds, gain, threshold, endo) -> list[ActivationGroup]:
    endo_kinds = [kinds[i] for i in endo]
    groups = []
    for kind in dict.fromkeys(endo_kinds):
        positions = np.array([p for p, k in enumerate(endo_kinds) if k == kind], dtype=np.intp)
        members = endo[positions]
        whole = positions.size == endo.size
        groups.append(
            ActivationGroup(kind, None if whole else positions, gain[members], threshold[members])
        )
    return groups
