"""Feedback loops of a model, their polarity and gain, and a stability verdict (no Qt).

B is the endogenous block of the weights (target rows, ``B[i, j]`` the effect of j on i),
the constructs the engine computes; one step is ``x ← x + A (f(u) − x)`` with
``A = diag α``, α ∈ (0, 1] (the engine refuses Euler steps with Δt/τ > 1), ``J = D·∂u/∂x``
its linearised target map (D the activation slopes) and the continuous model it
approximates ``T ẋ = f(u) − x``. What holds (weights within ±1; a self-loop is a loop of
one construct):

* ``ρ(|J|) < 1`` ⇒ one fixed point, attracting for *any* time constants, rising and
  falling ones mixed: there is v > 0 with ``|J| v < v``, and the v-weighted max norm of the
  error shrinks every step by at least ``α_min (1 − q)``, q < 1 (and along the flow).
* ``‖J‖₂ < 1`` ⇒ one fixed point, attracting for any fixed time constants (the error
  energy ``eᵀ T e`` decreases; discretely ``eᵀ A⁻¹ e``). For the logistic rule
  ``D ≤ λ/4``, hence the rule ``(λ/4)‖B‖₂ < 1``.
* ``ρ(B) < 1`` alone is enough when all τ are equal (the eigenvalues of ``B − I`` are
  only scaled), and in the continuous model for up to three constructs whatever the τ
  (Routh–Hurwitz: ``a₁a₂ − a₃ = Σ d_i d_j (d_i + d_j)(1 − b_ij b_ji)
  + d₁d₂d₃ (2 + b₁₂b₂₃b₃₁ + b₁₃b₃₂b₂₁) ≥ 0``). With four it fails: three fast constructs
  that reinforce each other with a joint gain above 1, held in check by one slow balancing
  construct, run away before the balance acts (``ρ(B) = 0.87``, yet τ_slow/τ_fast > 5 is
  unstable; tests/engine/test_loops.py builds it). The discrete step can fail with three.

So the verdict checks, in order: no loop; ``ρ(|J|) < 1``; the contraction ``‖J‖₂ < 1``;
the eigenvalues of ``T⁻¹(J − I)`` (continuous) and of ``I + A(J − I)`` (the actual step),
each with all-rising and all-falling time constants.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, replace

import networkx as nx
import numpy as np

from synergy_gui.engine import linear
from synergy_gui.engine.activation import BOUNDS
from synergy_gui.engine.compile import CompiledModel, compile_model
from synergy_gui.engine.steady import long_run_levels, steady_state
from synergy_gui.model.document import ModelDocument
from synergy_gui.model.elements import Scenario
from synergy_gui.model.phrases import phrase

MAX_LOOPS = 10_000
COUNTED_LOOPS = 1_000  # stability() counts loops up to this many (a dense model has millions)
THRESHOLD_KINDS = ("bivalent", "trivalent")
SETTLE_STEPS = 2_000  # how long a smooth activation may take to show it settles after all


@dataclass(frozen=True)
class Loop:
    """A feedback loop: ``items[k]`` leads from ``constructs[k]`` to the next one (cyclically)."""

    constructs: tuple[str, ...]
    items: tuple[str, ...]  # path or junction ids
    gain: float  # the product of the weights along the loop
    polarity: str  # "reinforcing" (gain > 0) or "balancing"

    @property
    def length(self) -> int:
        return len(self.constructs)


@dataclass(frozen=True)
class StabilityVerdict:
    """Whether the levels settle, why, and the figures behind it (None: not applicable)."""

    stable: bool
    reason: str
    test: str  # acyclic | absolute | contraction | linearised | steady-state | threshold
    loops: int  # feedback loops (counted up to COUNTED_LOOPS)
    spectral_radius: float  # ρ(J): J the linearised target map (= B for clip/identity S-O-R)
    absolute_radius: float  # ρ(|J|), junctions at their largest possible gain
    contraction: float  # ‖J‖₂ ((λ/4)‖B‖₂ for the logistic rule)
    growth_rise: float | None = None  # max Re eig T⁻¹(J − I) with every τ⁺ (per time unit)
    growth_fall: float | None = None  # the same with every τ⁻
    step_radius_rise: float | None = None  # ρ(I + A(J − I)) with every α⁺: the actual step
    step_radius_fall: float | None = None


# ------------------------------------------------------------------------------ loops
def find_loops(
    document: ModelDocument, scenario: str | Scenario | None = None, limit: int = MAX_LOOPS
) -> list[Loop]:
    """Every feedback loop (at most ``limit``), shortest first, then in document order.

    A junction counts as an edge from each member to its target, with the junction's weight;
    a weight of 0 carries nothing and closes no loop. Under a scenario its weight overrides
    apply, and a clamped construct (held from outside) breaks the loops through it.
    """
    edges = _edges(document, _scenario(document, scenario))
    order = {c.id: k for k, c in enumerate(document.constructs)}
    loops: list[Loop] = []
    for cycle in nx.simple_cycles(nx.DiGraph(list(edges))):
        start = min(range(len(cycle)), key=lambda k: order[cycle[k]])
        cycle = cycle[start:] + cycle[:start]
        steps = [edges[(a, b)] for a, b in zip(cycle, cycle[1:] + cycle[:1], strict=True)]
        for choice in itertools.product(*steps):
            gain = math.prod(weight for _, weight in choice)
            polarity = "reinforcing" if gain > 0 else "balancing"
            loops.append(Loop(tuple(cycle), tuple(i for i, _ in choice), gain, polarity))
        if len(loops) >= limit:
            break
    loops.sort(key=lambda loop: (loop.length, [order[c] for c in loop.constructs], loop.items))
    return loops[:limit]


def count_loops(
    document: ModelDocument, scenario: str | Scenario | None = None, limit: int = COUNTED_LOOPS
) -> int:
    """How many loops find_loops would list, counting no further than ``limit``."""
    edges = _edges(document, _scenario(document, scenario))
    count = 0
    for cycle in nx.simple_cycles(nx.DiGraph(list(edges))):
        ring = zip(cycle, cycle[1:] + cycle[:1], strict=True)
        count += math.prod(len(edges[pair]) for pair in ring)
        if count >= limit:
            return limit
    return count


def _scenario(document: ModelDocument, scenario: str | Scenario | None) -> Scenario | None:
    if scenario is None or isinstance(scenario, Scenario):
        return scenario
    return document.scenario(scenario)


def _edges(
    document: ModelDocument, scenario: Scenario | None
) -> dict[tuple[str, str], list[tuple[str, float]]]:
    """(source, target) -> [(item id, weight)] for every non-zero path and junction edge."""
    overrides = scenario.weight_overrides if scenario else {}
    held = set(scenario.clamps) if scenario else set()
    pairs = [(p.id, p.source, p.target, p.weight) for p in document.paths]
    for junction in document.junctions:
        pairs += [(junction.id, m, junction.target, junction.weight) for m in junction.members]
    edges: dict[tuple[str, str], list[tuple[str, float]]] = {}
    for item_id, source, target, weight in pairs:
        weight = float(overrides.get(item_id, weight))
        if weight != 0.0 and source not in held and target not in held:
            edges.setdefault((source, target), []).append((item_id, weight))
    return edges


# -------------------------------------------------------------------------- stability
def stability(document: ModelDocument, scenario: str | Scenario | None = None) -> StabilityVerdict:
    """Do the levels settle? Raises EngineError (naming the problem) for an invalid model."""
    model = compile_model(document, scenario)
    loops = count_loops(document, _scenario(document, scenario))
    endo = model.endo
    jac, bound = _jacobians(model)
    blocks = _blocks(bound)
    kinds = {model.kinds[i] for i in endo}
    slope = _steepest_slopes(model)
    lin = slope[:, None] * jac
    # With junctions between computed constructs ∂u/∂x varies: take its entrywise bound.
    varying = _junctions_between_computed(model)
    figures = {
        "loops": loops,
        "spectral_radius": _radius(lin, blocks),
        "absolute_radius": _radius(slope[:, None] * bound, blocks),
        "contraction": _norm(slope[:, None] * (bound if varying else jac)),
    }
    looped = np.diag(model.weight_matrix())[endo] != 0.0  # a self-loop is a loop of one
    if all(block.size == 1 and not looped[block[0]] for block in blocks):
        text = phrase("no feedback loop: each construct settles once the ones driving it have")
        verdict = StabilityVerdict(True, text, "acyclic", **figures)
    elif kinds & set(THRESHOLD_KINDS):
        text = phrase(
            "a feedback loop runs through a threshold activation (bivalent or trivalent): "
            "the levels jump between values and may cycle; run the simulation to see"
        )
        verdict = StabilityVerdict(False, text, "threshold", **figures)
    else:
        figures.update(_eigen_figures(model, lin, blocks))
        verdict = _verdict(model, figures, kinds, blocks)
    if "logistic" in kinds and verdict.test != "contraction":
        note = _logistic_note(verdict.contraction)
        reason = phrase("{reason}; {note}", reason=verdict.reason, note=note)
        verdict = replace(verdict, reason=reason)
    return verdict


def _logistic_note(contraction: float) -> str:
    if contraction < 1.0:
        return phrase(
            "(λ/4)‖B‖₂ = {contraction:.3g} < 1: the logistic rule has one fixed point, "
            "attracting for any fixed time constants",
            contraction=contraction,
        )
    return phrase(
        "(λ/4)‖B‖₂ = {contraction:.3g} ≥ 1: the logistic rule may have several fixed points",
        contraction=contraction,
    )


def _verdict(model: CompiledModel, figures: dict, kinds: set[str], blocks) -> StabilityVerdict:
    absolute, contraction = figures["absolute_radius"], figures["contraction"]
    fcm = model.update_rule != "sor"
    fixed_tau = fcm or np.array_equal(model.tau_rise, model.tau_fall)
    if absolute < 1.0:
        text = phrase(
            "ρ(|B|) = {absolute:.3g} < 1: the levels settle at one point whatever the time "
            "constants, rising and falling ones mixed",
            absolute=absolute,
        )
        return StabilityVerdict(True, text, "absolute", **figures)
    if contraction < 1.0 and fixed_tau:
        text = _contraction_text(contraction, "logistic" in kinds)
        return StabilityVerdict(True, text, "contraction", **figures)
    steps = [figures["step_radius_rise"], figures["step_radius_fall"]]
    if max(steps) < 1.0:
        return StabilityVerdict(True, _linear_text(model, figures), "linearised", **figures)
    settled = _settles_where_flatter(model, blocks) if kinds & {"logistic", "tanh"} else ""
    if settled:
        return StabilityVerdict(True, settled, "steady-state", **figures)
    return StabilityVerdict(False, _unstable_text(model, figures), "linearised", **figures)


def _contraction_text(contraction: float, logistic: bool) -> str:
    if logistic:
        return phrase(
            "‖B‖₂ = {contraction:.3g} < 1 ((λ/4)‖B‖₂ for the logistic rule): one fixed point, "
            "and the levels settle at it whatever the time constants",
            contraction=contraction,
        )
    return phrase(
        "‖B‖₂ = {contraction:.3g} < 1: one fixed point, and the levels settle "
        "at it whatever the time constants",
        contraction=contraction,
    )


def _linear_text(model: CompiledModel, figures: dict) -> str:
    text = phrase(
        "the loops damp: each step shrinks a small disturbance to at most {radius:.3g} of "
        "its size (ρ(B) = {spectral:.3g}, ρ(|B|) = {absolute:.3g} ≥ 1, so this holds for "
        "these time constants only)",
        radius=max(figures["step_radius_rise"], figures["step_radius_fall"]),
        spectral=figures["spectral_radius"],
        absolute=figures["absolute_radius"],
    )
    if model.update_rule == "sor" and not np.array_equal(model.tau_rise, model.tau_fall):
        return phrase(
            "{verdict}; checked with all rising and with all falling time constants", verdict=text
        )
    return text


def _unstable_text(model: CompiledModel, figures: dict) -> str:
    rho = figures["spectral_radius"]
    if model.update_rule != "sor":
        return phrase(
            "the update amplifies a small disturbance: ρ = {radius:.3g} ≥ 1 for the "
            "linearised FCM step at the activation's steepest slope",
            radius=figures["step_radius_rise"],
        )
    growth = max(figures["growth_rise"], figures["growth_fall"])
    steps = max(figures["step_radius_rise"], figures["step_radius_fall"])
    if rho >= 1.0:
        return phrase(
            "the loops amplify: ρ(B) = {rho:.3g} ≥ 1, so a disturbance grows whatever the "
            "time constants (until an activation's bound holds it)",
            rho=rho,
        )
    if growth > 0.0:
        return phrase(
            "ρ(B) = {rho:.3g} < 1, yet with these time constants the loops grow: T⁻¹(B − I) "
            "has an eigenvalue with real part {growth:+.3g} per time unit. Fast constructs "
            "in a reinforcing loop run away before the slower ones that balance them react; "
            "equal time constants would settle",
            rho=rho,
            growth=growth,
        )
    return phrase(
        "the model would settle in continuous time (max Re eig T⁻¹(B − I) = {growth:+.3g}), "
        "but the step Δt = {dt:g} is too coarse for the fastest constructs: one step "
        "multiplies a disturbance by {steps:.3g}; use a smaller Δt",
        growth=growth,
        dt=model.dt,
        steps=steps,
    )


def _settles_where_flatter(model: CompiledModel, blocks: list[np.ndarray]) -> str:
    """When the steepest-slope test fails, a logistic or tanh may still settle where flatter.

    Clip and identity are linear inside their bounds, so there the linearisation is exact.
    """
    steady = steady_state(model, max_steps=SETTLE_STEPS)
    if not steady.settled:
        return ""
    levels, endo = steady.levels, model.endo
    slope = linear.slopes(model, linear.inputs(model, levels))[endo]
    local = slope[:, None] * linear.jacobian(model, levels)[np.ix_(endo, endo)]
    radius = max(_step_radius(model, local, model.alpha_rise[endo], blocks),
                 _step_radius(model, local, model.alpha_fall[endo], blocks))  # fmt: skip
    if radius >= 1.0:
        return ""
    return phrase(
        "at the activations' steepest slopes the loops would amplify, but the levels settle "
        "after {steps} steps where the activations are flatter (each step shrinks a "
        "small disturbance there to {radius:.3g} of its size)",
        steps=steady.steps,
        radius=radius,
    )


# --------------------------------------------------------------------------- matrices
def _jacobians(model: CompiledModel) -> tuple[np.ndarray, np.ndarray]:
    """∂u/∂x over the computed constructs at the centre (readings 0), and an entrywise bound.

    The centre is where every computed construct reads 0 (its baseline under S-O-R) and the
    exogenous ones sit at their long-run levels; the bound holds junction terms at their
    largest possible size over the levels each member can take.
    """
    endo = model.endo
    levels = model.offset / model.scale
    levels[model.exo] = long_run_levels(model)
    jac = linear.jacobian(model, levels)[np.ix_(endo, endo)]
    bound = np.abs(model.scale * (model.weight_matrix() + model.self_weight * np.eye(model.n)))
    reach = _largest_readings(model)
    for k, (members, target) in enumerate(
        zip(model.junction_members, model.junction_target, strict=True)
    ):
        weight = abs(model.item_weights[model.n_paths + k])
        for position, member in enumerate(members):
            others = np.delete(members, position)
            bound[target, member] += weight * model.scale * np.prod(reach[others])
    return jac, bound[np.ix_(endo, endo)]


def _largest_readings(model: CompiledModel) -> np.ndarray:
    """max |s·x − b| over the levels x each construct can take."""
    low = np.zeros(model.n)
    high = np.ones(model.n)  # stimuli and clamps are levels in [0, 1]
    for i in model.endo:
        low[i], high[i] = BOUNDS[model.kinds[i]]
    return np.maximum(
        np.abs(model.scale * low - model.offset), np.abs(model.scale * high - model.offset)
    )


def _steepest_slopes(model: CompiledModel) -> np.ndarray:
    """The largest slope f′ of each computed construct's activation (0 for thresholds)."""
    slopes = []
    for i in model.endo:
        kind, gain = model.kinds[i], float(model.gain[i])
        slopes.append({"logistic": gain / 4.0, "tanh": gain}.get(kind, 1.0))
        if kind in THRESHOLD_KINDS:
            slopes[-1] = 0.0
    return np.array(slopes, dtype=float)


def _blocks(bound: np.ndarray) -> list[np.ndarray]:
    """The strongly connected groups of computed constructs (a loop-free one is alone).

    Every matrix here is zero wherever ``bound`` is, so it is block-triangular in these
    groups and its eigenvalues are those of its diagonal blocks: small eigenproblems.
    More than one construct in a group means a feedback loop; FCM self-terms
    x⁺ = f(x + …) alone are a monotone map of one level, which settles.
    """
    links = nx.from_numpy_array(bound != 0.0, create_using=nx.DiGraph)
    return [np.array(sorted(group)) for group in nx.strongly_connected_components(links)]


def _eigenvalues(matrix: np.ndarray, blocks: list[np.ndarray]) -> np.ndarray:
    alone = [int(block[0]) for block in blocks if block.size == 1]
    parts = [matrix[alone, alone].astype(complex)]  # a 1 × 1 block is its own eigenvalue
    parts += [np.linalg.eigvals(matrix[np.ix_(b, b)]) for b in blocks if b.size > 1]
    return np.concatenate(parts)


def _eigen_figures(model: CompiledModel, lin: np.ndarray, blocks: list[np.ndarray]) -> dict:
    endo = model.endo
    figures = {
        "step_radius_rise": _step_radius(model, lin, model.alpha_rise[endo], blocks),
        "step_radius_fall": _step_radius(model, lin, model.alpha_fall[endo], blocks),
    }
    if model.update_rule == "sor":
        eye = np.eye(endo.size)
        for name, tau in (("growth_rise", model.tau_rise), ("growth_fall", model.tau_fall)):
            rates = (lin - eye) / tau[endo][:, None]
            figures[name] = float(np.max(_eigenvalues(rates, blocks).real))
    return figures


def _step_radius(
    model: CompiledModel, lin: np.ndarray, alpha: np.ndarray, blocks: list[np.ndarray]
) -> float:
    """ρ of one step's linearisation: I + A(J − I) under S-O-R, J itself under FCM rules."""
    if model.update_rule != "sor":
        return _radius(lin, blocks)
    eye = np.eye(lin.shape[0])
    return _radius(eye + alpha[:, None] * (lin - eye), blocks)


def _junctions_between_computed(model: CompiledModel) -> bool:
    computed = set(model.endo.tolist())
    return any(
        int(target) in computed and computed.intersection(members.tolist())
        for members, target in zip(model.junction_members, model.junction_target, strict=True)
    )


def _norm(matrix: np.ndarray) -> float:
    return float(np.linalg.norm(matrix, 2)) if matrix.size else 0.0


def _radius(matrix: np.ndarray, blocks: list[np.ndarray]) -> float:
    return float(np.max(np.abs(_eigenvalues(matrix, blocks)), initial=0.0))


__all__ = ["MAX_LOOPS", "Loop", "StabilityVerdict", "count_loops", "find_loops", "stability"]
