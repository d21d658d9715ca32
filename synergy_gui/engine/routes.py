"""Why a construct is where it is: its deviation from baseline split into routes and terms.

Two answers to "why is loyalty 0.62?", at a step of a run or where the model settles:

- **by route**: one share per whole route from a stimulus (or a clamped construct, or a
  synergy junction) along paths to the construct, e.g. interactivity → synergistic influence
  → digital trust → loyalty; trust-transfer paths are paths like any other;
- **by incoming path**: one share per path and junction that enters the construct.

Each answer ends with *remainders* that no route or path owns: the starting level that has not
faded yet, feedback loops (influence that went round a loop: no simple route carries it), the
update rule's resting level and, for the long run, the last bit not yet settled. Shares and
remainders add up to ``level − baseline`` exactly (to rounding) in every case.

**The linearisation.** A construct moves by ``x ← x + α (f(u) − x)``. Its input u is a sum of
terms, and f is replaced by the straight line through its value at the baseline input
``c`` (where every deviation is zero) and at the input ``u`` it actually has at that step: the
*secant slope* ``D = (f(u) − f(c)) / (u − c)`` (the tangent f′(c) where u = c). That is the
Aumann-Shapley (integrated-gradients) share of each term of a sum, so a clip that holds a
level at 1 shrinks every term in proportion. The rate α (τ⁺ while rising, τ⁻ while falling)
is the one the run used at that step. With both taken from the run, the dynamics are linear
in the terms, so each stimulus's share travels along each route on its own, with the same
lags. A synergy junction's product (the co-active term) is one source acting on its target.
With identity or clip inside its range D = 1, junction-free acyclic models have no remainder
but the starting level, and the routes alone add up once it has faded (always at rest).
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

import numpy as np

from synergy_gui.engine import activation, linear
from synergy_gui.engine.compile import CompiledModel
from synergy_gui.engine.effects import Term, incoming_items
from synergy_gui.engine.errors import EngineError
from synergy_gui.engine.steady import SteadyState
from synergy_gui.model.phrases import phrase

#: The most routes listed; influence along further routes joins the loops' remainder.
MAX_ROUTES = 400
_MAX_VISITS = 50_000  # the route search's bound on a large, densely connected model
_NEWTON_STEPS = 4

REMAINDER_LABELS = {
    "start": phrase("Starting level, not yet faded"),
    "loops": phrase("Feedback loops"),
    "other": phrase("Feedback loops and other routes"),
    "rest": phrase("The rule's resting level"),
    "unsettled": phrase("Not quite settled"),
    "outside": phrase("Set outside the model (slider, schedule or clamp)"),
}


@dataclass(frozen=True)
class Route:
    """A route into the explained construct and its share of the deviation.

    ``members``: where it starts (a stimulus, a clamped construct, or a junction's members);
    ``chain``: the constructs it passes, the explained one last; ``item_ids``: its paths in
    order (a junction route starts with the junction's id).
    """

    source_kind: str  # stimulus | clamp | held | junction
    members: tuple[str, ...]
    chain: tuple[str, ...]
    item_ids: tuple[str, ...]
    amount: float


@dataclass(frozen=True)
class Remainder:
    """A share no route or incoming path owns."""

    kind: str  # start | loops | other | rest | unsettled | outside
    amount: float

    @property
    def label(self) -> str:
        return REMAINDER_LABELS[self.kind]


@dataclass(frozen=True, eq=False)
class Explanation:
    """A construct's level at one step (``step`` None: at rest), split two ways."""

    construct_id: str
    step: int | None
    level: float
    baseline: float
    routes: tuple[Route, ...] = ()  # largest share first
    route_remainders: tuple[Remainder, ...] = ()
    incoming: tuple[Term, ...] = ()  # amount: the term's share of the deviation
    incoming_remainders: tuple[Remainder, ...] = ()
    set_from_outside: str = ""  # stimulus | clamp | held: the model does not compute it

    @property
    def deviation(self) -> float:
        return self.level - self.baseline

    def route_total(self) -> float:
        """Routes plus their remainders (equals :attr:`deviation`)."""
        return _sum(self.routes, self.route_remainders)

    def incoming_total(self) -> float:
        """Incoming terms plus their remainders (equals :attr:`deviation`)."""
        return _sum(self.incoming, self.incoming_remainders)


def _sum(parts, remainders) -> float:
    return float(sum(p.amount for p in parts) + sum(r.amount for r in remainders))


# ---------------------------------------------------------------------------- public


def explain_at(
    model: CompiledModel, levels: np.ndarray, construct_id: str, step: int
) -> Explanation:
    """Explain ``construct_id`` at ``step`` of a run of ``model`` (``levels`` (T, n), as in
    :attr:`SimulationResult.levels`)."""
    i = _index(model, construct_id)
    levels = np.asarray(levels, dtype=float)
    step = max(0, min(int(step), levels.shape[0] - 1))
    outside = _outside(model, i)
    if outside:
        return _exogenous(model, i, float(levels[step, i]), step, outside)
    local = _Local(model, levels[:step])
    start = levels[0] - model.baseline
    routes = _route_plan(model, i)
    sources = _propagate_sources(model, local, start)
    route_amounts = _propagate_routes(model, local, routes)
    terms, rest_in, start_in = _incoming_over_time(model, local, i, start[i])
    level = float(levels[step, i])
    route_parts = [Remainder("start", float(sources.start[i])), Remainder("rest", sources.rest[i])]
    return _explanation(
        model, i, step, level, routes, route_amounts, sources.routed[i], route_parts,
        terms, [Remainder("start", start_in), Remainder("rest", rest_in)],
    )  # fmt: skip


def explain_at_rest(model: CompiledModel, steady: SteadyState, construct_id: str) -> Explanation:
    """Explain ``construct_id`` where ``model`` settles (``steady`` from the engine)."""
    i = _index(model, construct_id)
    if not steady.settled:
        raise EngineError(
            phrase(
                "{cid!r} has no long-run level to explain: the model {reason}; "
                "explain a week of the run instead",
                cid=model.ids[i],
                reason=steady.reason,
            )
        )
    levels = _polished(model, np.asarray(steady.levels, dtype=float))
    outside = _outside(model, i)
    if outside:
        return _exogenous(model, i, float(levels[i]), None, outside)
    local = _Local(model, levels[None])
    routes = _route_plan(model, i)
    sources = _sources_at_rest(model, local)
    route_amounts = _routes_at_rest(model, local, routes)
    terms, rest_in = _incoming_at_rest(model, local, i)
    level = float(levels[i])
    deviation = level - float(model.baseline[i])
    unsettled = deviation - float(sources.routed[i].sum() + sources.rest[i])
    route_parts = [Remainder("rest", sources.rest[i]), Remainder("unsettled", unsettled)]
    unsettled_in = deviation - float(sum(t.amount for t in terms) + rest_in)
    return _explanation(
        model, i, None, level, routes, route_amounts, sources.routed[i], route_parts,
        terms, [Remainder("rest", rest_in), Remainder("unsettled", unsettled_in)],
    )  # fmt: skip


# ---------------------------------------------------------------------------- assembling


def _index(model: CompiledModel, construct_id: str) -> int:
    if construct_id not in model.index:
        raise EngineError(phrase("there is no construct with id {cid!r}", cid=construct_id))
    return model.index[construct_id]


def _outside(model: CompiledModel, i: int) -> str:
    """How an exogenous construct gets its level (empty for an endogenous one)."""
    plan = next((p for p in model.plans if p.construct_id == model.ids[i]), None)
    return plan.source if plan is not None else ""


def _exogenous(model, i, level, step, outside) -> Explanation:
    """A stimulus's or clamped construct's level is all "outside": no route leads to it."""
    baseline = float(model.baseline[i])
    whole = (Remainder("outside", level - baseline),)
    return Explanation(
        model.ids[i], step, level, baseline, route_remainders=whole,
        incoming_remainders=whole, set_from_outside=outside,
    )  # fmt: skip


def _explanation(
    model, i, step, level, plan, route_amounts, routed, route_parts, terms, incoming_parts
) -> Explanation:
    routes = plan.routes(model, route_amounts)
    loops = float(routed.sum()) - float(route_amounts.sum())
    loop_kind = "other" if plan.truncated else "loops"
    remainders = [Remainder(loop_kind, loops), *route_parts]
    return Explanation(
        construct_id=model.ids[i],
        step=step,
        level=level,
        baseline=float(model.baseline[i]),
        routes=tuple(sorted(routes, key=lambda r: -abs(r.amount))),
        route_remainders=tuple(_plain(r) for r in remainders),
        incoming=tuple(terms),
        incoming_remainders=tuple(_plain(r) for r in incoming_parts),
    )


def _plain(remainder: Remainder) -> Remainder:
    return Remainder(remainder.kind, float(remainder.amount))


# ---------------------------------------------------------------------------- the steps


class _Local:
    """Each step of a run through the linearisation: readings, secant slopes, rates, the
    coupling among endogenous constructs and every source's push (rows: steps)."""

    def __init__(self, model: CompiledModel, levels: np.ndarray) -> None:
        endo, exo = model.endo, model.exo
        self.readings = model.scale * levels - model.offset  # v (T, n)
        self.deviations = levels - model.baseline  # e (T, n)
        self.products = _junction_products(model, self.readings)  # (T, J)
        u = _inputs(model, self.readings, self.products)
        target = self.target = _activate(model, u)
        self.push = u - model.level_base  # u − c: everything the terms bring
        self.slope = _secant(model, u, target)[:, endo]  # D (T, m)
        rising = target[:, endo] > levels[:, endo]
        self.alpha = np.where(rising, model.alpha_rise[endo], model.alpha_fall[endo])
        matrix = model.weight_matrix() + model.self_weight * np.eye(model.n)
        self.coupling = model.scale * matrix[np.ix_(endo, endo)]  # G: ∂u/∂e among endo
        self.exo_weights = matrix[np.ix_(endo, exo)]  # push from each exogenous reading
        self.drives = self._drives(model)  # (T, m, S): each source's push, slope applied
        modelled = self.deviations[:, endo] @ self.coupling.T + self.drives_push.sum(axis=2)
        # whatever the terms do not bring: f(c) − x⁰, and the rescaled rule's constants
        self.rest = (target[:, endo] - model.baseline[endo]) - self.slope * modelled

    def _drives(self, model: CompiledModel) -> np.ndarray:
        steps, m = self.readings.shape[0], model.endo.size
        position = {int(j): p for p, j in enumerate(model.endo)}
        exo_push = self.exo_weights[None] * self.readings[:, None, model.exo]  # (T, m, n_exo)
        junctions = _endo_junctions(model)
        junction_push = np.zeros((steps, m, len(junctions)))
        for column, k in enumerate(junctions):
            weight = model.item_weights[model.n_paths + k]
            junction_push[:, position[int(model.junction_target[k])], column] = (
                weight * self.products[:, k]
            )
        self.drives_push = np.concatenate([exo_push, junction_push], axis=2)
        return self.slope[:, :, None] * self.drives_push


def _junction_products(model: CompiledModel, readings: np.ndarray) -> np.ndarray:
    products = np.empty((readings.shape[0], len(model.junction_members)))
    for k, members in enumerate(model.junction_members):
        products[:, k] = np.prod(readings[:, members], axis=1)
    return products


def _inputs(model: CompiledModel, readings: np.ndarray, products: np.ndarray) -> np.ndarray:
    """u at every row of ``readings`` (T, n), as :func:`linear.inputs` computes one row."""
    u = model.level_base + model.self_weight * readings + readings @ model.weight_matrix().T
    for k, target in enumerate(model.junction_target):
        u[:, target] += model.item_weights[model.n_paths + k] * products[:, k]
    return u


def _activate(model: CompiledModel, u: np.ndarray) -> np.ndarray:
    """f(u) of every construct, column by column of its activation kind."""
    result = np.empty_like(u)
    for kind in set(model.kinds):
        chosen = np.array([k == kind for k in model.kinds])
        with np.errstate(over="ignore"):
            result[..., chosen] = activation.apply(
                kind, u[..., chosen].copy(), model.gain[chosen], model.threshold[chosen]
            )
    return result


def _secant(model: CompiledModel, u: np.ndarray, target: np.ndarray) -> np.ndarray:
    """(f(u) − f(c)) / (u − c), or the tangent f′(c) where u = c."""
    base = model.level_base
    at_base = _activate(model, base[None].copy())
    push = u - base
    flat = push == 0.0
    with np.errstate(over="ignore", invalid="ignore"):
        secant = (target - at_base) / np.where(flat, 1.0, push)
    secant = np.where(flat, linear.slopes(model, base)[None], secant)
    return np.where(np.isfinite(secant), secant, 0.0)  # a jump too steep to share: the rest


def _endo_junctions(model: CompiledModel) -> list[int]:
    """Junctions acting on an endogenous construct (an exogenous target is never computed)."""
    endogenous = set(model.endo.tolist())
    return [k for k, t in enumerate(model.junction_target) if int(t) in endogenous]


# ---------------------------------------------------------------------------- sources


@dataclass
class _SourceShares:
    """Every endogenous construct's deviation split by source: ``routed`` (m, S) the
    stimuli, clamps and junctions; ``rest`` and ``start`` (m,) the remainders."""

    routed: np.ndarray
    rest: np.ndarray
    start: np.ndarray


def _propagate_sources(model: CompiledModel, local: _Local, start: np.ndarray) -> _SourceShares:
    """Run each source's share forward with the run's own rates and slopes."""
    endo = model.endo
    m, sources = endo.size, local.drives.shape[2]
    routed, rest, begun = np.zeros((m, sources)), np.zeros(m), start[endo].copy()
    for t in range(local.alpha.shape[0]):
        alpha, gain = local.alpha[t], local.slope[t][:, None] * local.coupling
        keep = 1.0 - alpha
        routed = keep[:, None] * routed + alpha[:, None] * (gain @ routed + local.drives[t])
        rest = keep * rest + alpha * (gain @ rest + local.rest[t])
        begun = keep * begun + alpha * (gain @ begun)
    return _SourceShares(_by_construct(model, routed), _full(model, rest), _full(model, begun))


def _sources_at_rest(model: CompiledModel, local: _Local) -> _SourceShares:
    """At rest e = rest + D (G e + Σ pushes): one linear solve for every source at once."""
    m = model.endo.size
    system = np.eye(m) - local.slope[0][:, None] * local.coupling
    right = np.concatenate([local.drives[0], local.rest[0][:, None]], axis=1)
    try:
        shares = np.linalg.solve(system, right)
    except np.linalg.LinAlgError:
        raise EngineError(_no_rest_reason()) from None
    if not np.isfinite(shares).all():
        raise EngineError(_no_rest_reason())
    routed, rest = shares[:, :-1], shares[:, -1]
    return _SourceShares(_by_construct(model, routed), _full(model, rest), np.zeros(model.n))


def _by_construct(model: CompiledModel, endo_rows: np.ndarray) -> np.ndarray:
    """(n, S) with the endogenous rows in place (the others zero)."""
    full = np.zeros((model.n, endo_rows.shape[1]))
    full[model.endo] = endo_rows
    return full


def _full(model: CompiledModel, endo_values: np.ndarray) -> np.ndarray:
    full = np.zeros(model.n)
    full[model.endo] = endo_values
    return full


def _no_rest_reason() -> str:
    return phrase(
        "the long-run shares are undefined here: a feedback loop has a gain of 1, "
        "so a push would never come to rest"
    )


def _polished(model: CompiledModel, levels: np.ndarray) -> np.ndarray:
    """The steady state sharpened by Newton steps on f(u(x)) = x, so that what is not quite
    settled is rounding, not the search's tolerance (kept only where it helps)."""
    endo = model.endo
    best, best_gap = levels, _gap(model, levels)
    for _ in range(_NEWTON_STEPS):
        if best_gap <= 1e-15 or endo.size == 0:
            break
        u = linear.inputs(model, best)
        slopes = linear.slopes(model, u)[endo]
        jac = slopes[:, None] * linear.jacobian(model, best)[np.ix_(endo, endo)]
        residual = _targets(model, best)[endo] - best[endo]
        try:
            step = np.linalg.solve(np.eye(endo.size) - jac, residual)
        except np.linalg.LinAlgError:
            break
        trial = best.copy()
        trial[endo] += step
        gap = _gap(model, trial)
        if not gap < best_gap:
            break
        best, best_gap = trial, gap
    return best


def _targets(model: CompiledModel, levels: np.ndarray) -> np.ndarray:
    return _activate(model, linear.inputs(model, levels)[None])[0]


def _gap(model: CompiledModel, levels: np.ndarray) -> float:
    endo = model.endo
    return float(np.abs(_targets(model, levels)[endo] - levels[endo]).max(initial=0.0))


# ---------------------------------------------------------------------------- routes


@dataclass(frozen=True)
class _RouteSpec:
    source: int  # a construct column, or a junction number (``junction``)
    junction: bool
    chain: tuple[int, ...]  # endogenous columns, the explained construct last
    items: tuple[int, ...]  # item numbers (paths, then junctions) in order


class _RoutePlan:
    """The simple routes into one construct, laid out for a vectorised run: each route is a
    chain of positions, each position one construct on it fed by the position before."""

    def __init__(self, model: CompiledModel, target: int) -> None:
        self.specs, self.truncated = _find_routes(model, target)
        position = {int(j): p for p, j in enumerate(model.endo)}
        nodes, previous, items, first, last = [], [], [], [], []
        for spec in self.specs:
            for depth, column in enumerate(spec.chain):
                previous.append(len(nodes) - 1 if depth else -1)
                items.append(spec.items[depth])
                nodes.append(position[column])
            first.append(len(nodes) - len(spec.chain))
            last.append(len(nodes) - 1)
        self.nodes = np.array(nodes, dtype=np.intp)
        self.previous = np.array(previous, dtype=np.intp)
        self.items = np.array(items, dtype=np.intp)  # the item feeding each position
        self.first = np.array(first, dtype=np.intp)
        self.last = np.array(last, dtype=np.intp)

    def gains(self, model: CompiledModel) -> np.ndarray:
        """∂u/∂e of each position's feeding path (1 at a route's first position), with the
        weights as they are now: a slider's weight changes the model in place."""
        gains = model.scale * model.item_weights[self.items]
        gains[self.first] = 1.0
        return gains

    def first_push(self, model: CompiledModel, local: _Local) -> np.ndarray:
        """(T, R): each route's push into its first construct at every step."""
        pushes = np.empty((local.readings.shape[0], len(self.specs)))
        for r, spec in enumerate(self.specs):
            if spec.junction:
                weight = model.item_weights[model.n_paths + spec.source]
                pushes[:, r] = weight * local.products[:, spec.source]
            else:
                pushes[:, r] = model.item_weights[spec.items[0]] * local.readings[:, spec.source]
        return pushes

    def routes(self, model: CompiledModel, amounts: np.ndarray) -> list[Route]:
        return [_route(model, spec, float(a)) for spec, a in zip(self.specs, amounts, strict=True)]


#: Each compiled model's route plans by construct: a compile's structure never changes in
#: place (weights and levels do, and the plans read them afresh), so the search runs once.
_PLANS: weakref.WeakKeyDictionary[CompiledModel, dict[int, _RoutePlan]] = (
    weakref.WeakKeyDictionary()
)


def _route_plan(model: CompiledModel, target: int) -> _RoutePlan:
    plans = _PLANS.setdefault(model, {})
    if target not in plans:
        plans[target] = _RoutePlan(model, target)
    return plans[target]


def _route(model: CompiledModel, spec: _RouteSpec, amount: float) -> Route:
    if spec.junction:
        members = tuple(model.ids[j] for j in model.junction_members[spec.source])
        kind = "junction"
    else:
        members = (model.ids[spec.source],)
        kind = next(p.source for p in model.plans if p.construct_id == members[0])
    return Route(
        source_kind=kind,
        members=members,
        chain=tuple(model.ids[j] for j in spec.chain),
        item_ids=tuple(model.item_ids[k] for k in spec.items),
        amount=amount,
    )


def _find_routes(model: CompiledModel, target: int) -> tuple[list[_RouteSpec], bool]:
    """Every simple route into ``target`` (at most :data:`MAX_ROUTES`); True if cut short."""
    endogenous = set(model.endo.tolist())
    feeds: dict[int, list[tuple[int, int]]] = {int(j): [] for j in endogenous}
    for p in range(model.n_paths):
        to = int(model.path_target[p])
        if to in endogenous and model.path_source[p] != to:
            feeds[to].append((int(model.path_source[p]), p))
    junctions: dict[int, list[int]] = {int(j): [] for j in endogenous}
    for k in _endo_junctions(model):
        junctions[int(model.junction_target[k])].append(k)
    search = _RouteSearch(model, endogenous, feeds, junctions)
    search.walk(target, (target,), ())
    return search.found, search.truncated


class _RouteSearch:
    """Depth-first, backwards from the explained construct, never twice through one."""

    def __init__(self, model, endogenous, feeds, junctions) -> None:
        self.model, self.endogenous = model, endogenous
        self.feeds, self.junctions = feeds, junctions
        self.found: list[_RouteSpec] = []
        self.truncated = False
        self.visits = 0

    def walk(self, node: int, chain: tuple[int, ...], items: tuple[int, ...]) -> None:
        self.visits += 1
        if len(self.found) >= MAX_ROUTES or self.visits > _MAX_VISITS:
            self.truncated = True
            return
        n_paths = self.model.n_paths
        for k in self.junctions[node]:
            self._keep(_RouteSpec(k, True, chain, (n_paths + k, *items)))
        for source, path in self.feeds[node]:
            if source not in self.endogenous:
                self._keep(_RouteSpec(source, False, chain, (path, *items)))
            elif source not in chain:
                self.walk(source, (source, *chain), (path, *items))

    def _keep(self, spec: _RouteSpec) -> None:
        if len(self.found) >= MAX_ROUTES:
            self.truncated = True
        else:
            self.found.append(spec)


def _propagate_routes(model: CompiledModel, local: _Local, plan: _RoutePlan) -> np.ndarray:
    """Each route's share at the end of the run so far: its push travels along its own chain
    with the rates and slopes of the constructs it passes."""
    if not plan.specs:
        return np.zeros(0)
    nodes, previous, gains = plan.nodes, plan.previous, plan.gains(model)
    pushes = np.zeros((local.alpha.shape[0], nodes.size))
    pushes[:, plan.first] = plan.first_push(model, local)
    fed = previous >= 0
    shares = np.zeros(nodes.size)
    for t in range(local.alpha.shape[0]):
        alpha, slope = local.alpha[t, nodes], local.slope[t, nodes]
        inflow = np.where(fed, gains * shares[np.maximum(previous, 0)], pushes[t])
        shares = (1.0 - alpha) * shares + alpha * (slope * inflow)
    return shares[plan.last]


def _routes_at_rest(model: CompiledModel, local: _Local, plan: _RoutePlan) -> np.ndarray:
    """At rest each route's share is its push times every slope and gain along it."""
    if not plan.specs:
        return np.zeros(0)
    factors = local.slope[0, plan.nodes] * plan.gains(model)
    pushes = plan.first_push(model, local)[0]
    bounds = np.append(plan.first, plan.nodes.size)
    return np.array(
        [pushes[r] * np.prod(factors[bounds[r] : bounds[r + 1]]) for r in range(plan.first.size)]
    )


# ---------------------------------------------------------------------------- incoming


def _incoming_pushes(model: CompiledModel, local: _Local, i: int):
    """(items, (T, k) pushes): each path's and junction's term of u − c, and the self-term."""
    items = incoming_items(model, i)
    readings = local.readings
    pushes = [item.weight * np.prod(readings[:, item.sources], axis=1) for item in items]
    terms = [(item.item_id, item.kind, item.sources, item.weight) for item in items]
    if model.self_weight:
        pushes.append(model.self_weight * readings[:, i])
        terms.append((model.ids[i], "self", np.array([i]), model.self_weight))
    stacked = np.array(pushes).T if pushes else np.zeros((readings.shape[0], 0))
    return terms, stacked


def _incoming_over_time(model: CompiledModel, local: _Local, i: int, start: float):
    """Each incoming term's share at the end of the run so far, through ``i``'s own lag."""
    p = int(np.flatnonzero(model.endo == i)[0])
    terms, pushes = _incoming_pushes(model, local, i)
    slope, target = local.slope[:, p], local.target[:, i]
    rest_push = (target - model.baseline[i]) - slope * pushes.sum(axis=1)
    shares, rest, begun = np.zeros(pushes.shape[1]), 0.0, float(start)
    for t in range(local.alpha.shape[0]):
        alpha = local.alpha[t, p]
        shares = (1.0 - alpha) * shares + alpha * (slope[t] * pushes[t])
        rest = (1.0 - alpha) * rest + alpha * rest_push[t]
        begun = (1.0 - alpha) * begun
    return _terms(model, terms, shares), float(rest), float(begun)


def _incoming_at_rest(model: CompiledModel, local: _Local, i: int):
    p = int(np.flatnonzero(model.endo == i)[0])
    terms, pushes = _incoming_pushes(model, local, i)
    slope = local.slope[0, p]
    target = local.target[0, i]
    shares = slope * pushes[0]
    rest = (target - model.baseline[i]) - float(shares.sum())
    return _terms(model, terms, shares), float(rest)


def _terms(model: CompiledModel, terms, shares: np.ndarray) -> list[Term]:
    return [
        Term(item_id, kind, tuple(model.ids[j] for j in sources), weight, float(share))
        for (item_id, kind, sources, weight), share in zip(terms, shares, strict=True)
    ]
