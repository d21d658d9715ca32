"""Path weights from survey data: composites, standardised OLS, bootstrap intervals.

Each construct's score is the mean of its items; scores are standardised; every endogenous
construct gets one OLS regression on its predictors (numpy's lstsq), so each β is a
standardised path coefficient like the model's weights. For a recursive (acyclic) model this
is also the maximum-likelihood estimate of the path model on the composites.

SE is the OLS standard error of the standardised coefficient (residual variance with
n − k − 1 degrees of freedom); p is two-sided from Student's t with those degrees of freedom.
Confidence intervals are bootstrap percentiles: respondents are resampled with replacement,
composites re-standardised and every regression refitted, ``bootstrap`` times from ``seed``.
Indirect effects are products of the coefficients along each route from an exogenous construct
to an endogenous one; the total indirect effect of a pair sums its routes.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from synergy_gui.io.survey import Responses

DEFAULT_BOOTSTRAP = 2000
DEFAULT_SEED = 1
DEFAULT_CONFIDENCE = 0.95
#: More routes than this are summed in the totals but not listed one by one.
MAX_LISTED_ROUTES = 500
#: Values per bootstrap chunk (resamples × respondents × constructs), about 16 MB of floats.
_CHUNK_VALUES = 2_000_000


class EstimationError(ValueError):
    """A structure or data set that cannot be estimated; the message names the constructs."""


@dataclass(frozen=True)
class Structure:
    """What to estimate: each construct's item columns and each regression's predictors."""

    items: Mapping[str, Sequence[str]]  # construct -> item columns of the survey
    regressions: Mapping[str, Sequence[str]]  # endogenous construct -> its predictors

    def constructs(self) -> list[str]:
        """Every construct, in the order of ``items`` then any only named in regressions."""
        named = [*self.items, *self.regressions]
        named += [source for sources in self.regressions.values() for source in sources]
        return list(dict.fromkeys(named))

    def exogenous(self) -> list[str]:
        return [name for name in self.constructs() if not self.regressions.get(name)]

    def item_columns(self) -> list[str]:
        return list(dict.fromkeys(c for items in self.items.values() for c in items))


@dataclass(frozen=True)
class Interval:
    low: float
    high: float

    def contains(self, value: float) -> bool:
        return self.low <= value <= self.high


@dataclass(frozen=True)
class PathEstimate:
    """One path ``source -> target``: standardised β, its SE, t, p and bootstrap interval."""

    source: str
    target: str
    beta: float
    se: float
    t: float
    p: float
    interval: Interval | None  # None without bootstrap resamples


@dataclass(frozen=True)
class IndirectEstimate:
    """An indirect effect of ``source`` on ``target``: one route, or all routes (``route=None``)."""

    source: str
    target: str
    route: tuple[str, ...] | None  # constructs from source to target; None: the total
    value: float
    interval: Interval | None  # None without bootstrap resamples


@dataclass(frozen=True)
class Estimates:
    """Everything one estimation produced, in the order of the structure."""

    paths: list[PathEstimate]
    r_squared: dict[str, float]
    indirect: list[IndirectEstimate]  # each route, then the pair's total
    respondents: int
    dropped: int
    bootstrap: int
    seed: int
    confidence: float
    failed_resamples: int = 0  # resamples with a degenerate design, left out
    notes: list[str] = field(default_factory=list)

    def path(self, source: str, target: str) -> PathEstimate:
        for estimate in self.paths:
            if (estimate.source, estimate.target) == (source, target):
                return estimate
        raise KeyError(f"{source} -> {target}")

    def total_indirect(self, source: str, target: str) -> IndirectEstimate | None:
        return next(
            (
                e
                for e in self.indirect
                if e.route is None and (e.source, e.target) == (source, target)
            ),
            None,
        )


# ----------------------------------------------------------------------------- estimation
def estimate(
    responses: Responses,
    structure: Structure,
    bootstrap: int = DEFAULT_BOOTSTRAP,
    seed: int = DEFAULT_SEED,
    confidence: float = DEFAULT_CONFIDENCE,
) -> Estimates:
    """Estimate every path of ``structure`` from ``responses`` (see the module's notes)."""
    _check_structure(structure)
    if bootstrap < 0:
        raise EstimationError(f"the number of bootstrap resamples must be ≥ 0 (got {bootstrap})")
    if not 0.0 < confidence < 1.0:
        raise EstimationError(f"the confidence level must be between 0 and 1 (got {confidence})")
    names = structure.constructs()
    scores = composite_scores(responses, structure)
    standard = standardised(scores, names)
    fits = {
        target: _fit(standard, names, target, preds) for target, preds in _regressions(structure)
    }
    order = [(s, t) for t, preds in _regressions(structure) for s in preds]
    betas = np.array([fits[t].beta[s] for s, t in order])
    routes = list(_all_routes(structure))
    draws, failed = _bootstrap_betas(scores, names, structure, bootstrap, seed)
    tail = 100.0 * (1.0 - confidence) / 2.0
    paths = [
        PathEstimate(
            s,
            t,
            fits[t].beta[s],
            fits[t].se[s],
            fits[t].t[s],
            fits[t].p[s],
            _interval(draws[:, k], tail),
        )
        for k, (s, t) in enumerate(order)
    ]
    notes = (
        [f"{failed} of {bootstrap} bootstrap resamples had a degenerate design and were left out"]
        if failed
        else []
    )
    indirect = _indirect_estimates(order, betas, draws, routes, tail, notes)
    return Estimates(
        paths=paths,
        r_squared={t: fits[t].r_squared for t, _ in _regressions(structure)},
        indirect=indirect,
        respondents=len(scores),
        dropped=responses.dropped,
        bootstrap=bootstrap - failed,
        seed=seed,
        confidence=confidence,
        failed_resamples=failed,
        notes=notes,
    )


def composite_scores(responses: Responses, structure: Structure) -> np.ndarray:
    """Respondents × constructs: the mean of each construct's items."""
    columns = []
    for name in structure.constructs():
        items = structure.items.get(name)
        if not items:
            raise EstimationError(f"construct {name!r} has no items to score it by")
        columns.append(np.column_stack([responses.column(i) for i in items]).mean(axis=1))
    return np.column_stack(columns)


def standardised(scores: np.ndarray, names: Sequence[str]) -> np.ndarray:
    """Scores as z-scores (sample SD, n − 1); refuse a construct everyone scored alike."""
    spread = scores.std(axis=0, ddof=1) if len(scores) > 1 else np.zeros(scores.shape[1])
    for name, sd in zip(names, spread, strict=True):
        if not sd > 1e-12:
            raise EstimationError(
                f"construct {name!r} has the same score for every respondent; "
                "it cannot be standardised"
            )
    return (scores - scores.mean(axis=0)) / spread


@dataclass(frozen=True)
class _Fit:
    beta: dict[str, float]
    se: dict[str, float]
    t: dict[str, float]
    p: dict[str, float]
    r_squared: float


def _fit(standard: np.ndarray, names: list[str], target: str, predictors: Sequence[str]) -> _Fit:
    """OLS of one standardised construct on its standardised predictors, with an intercept."""
    n, k = len(standard), len(predictors)
    if n <= k + 1:
        raise EstimationError(
            f"{target!r} has {k} predictor{'s' * (k != 1)} ({', '.join(predictors)}) but only "
            f"{n} complete respondent{'s' * (n != 1)}; OLS needs more respondents than "
            "predictors + 1"
        )
    x = standard[:, [names.index(p) for p in predictors]]
    _refuse_collinear(x, target, predictors)
    design = np.column_stack([np.ones(n), x])
    y = standard[:, names.index(target)]
    coefficients, *_ = np.linalg.lstsq(design, y, rcond=None)
    residual = y - design @ coefficients
    degrees = n - k - 1
    variance = float(residual @ residual) / degrees
    se = np.sqrt(variance * np.diag(np.linalg.inv(design.T @ design)))[1:]
    beta = coefficients[1:]
    t = np.divide(beta, se, out=np.full(k, math.inf), where=se > 0)
    return _Fit(
        beta=dict(zip(predictors, map(float, beta), strict=True)),
        se=dict(zip(predictors, map(float, se), strict=True)),
        t=dict(zip(predictors, map(float, t), strict=True)),
        p={name: t_test_p(float(v), degrees) for name, v in zip(predictors, t, strict=True)},
        r_squared=1.0 - float(residual @ residual) / float(y @ y),
    )


def _refuse_collinear(x: np.ndarray, target: str, predictors: Sequence[str]) -> None:
    """Name the predictors that are (nearly) linear combinations of each other."""
    _, singular, right = np.linalg.svd(x, full_matrices=False)
    if singular[-1] > 1e-8 * singular[0]:
        return
    weights = np.abs(right[-1])
    involved = [p for p, w in zip(predictors, weights, strict=True) if w > 1e-6]
    raise EstimationError(
        f"the predictors of {target!r} are collinear ({', '.join(involved)}): one is a linear "
        f"combination of the others, so their effects on {target!r} cannot be told apart "
        "(singular design)"
    )


def _regressions(structure: Structure) -> list[tuple[str, list[str]]]:
    return [(t, list(p)) for t, p in structure.regressions.items() if p]


def _check_structure(structure: Structure) -> None:
    if not _regressions(structure):
        raise EstimationError("the model has no regressions (no path to estimate)")
    for target, predictors in _regressions(structure):
        if target in predictors:
            raise EstimationError(f"{target!r} is regressed on itself; OLS cannot estimate that")
        twice = {p for p in predictors if list(predictors).count(p) > 1}
        if twice:
            raise EstimationError(f"{target!r} names predictor {sorted(twice)[0]!r} twice")
    loop = _find_loop(structure)
    if loop:
        raise EstimationError(
            "the model has a feedback loop ("
            + " -> ".join(loop)
            + "); path analysis by OLS needs a recursive (loop-free) model"
        )


def _find_loop(structure: Structure) -> list[str] | None:
    """A cycle of regressions as a list of constructs (first repeated at the end), or None."""
    successors: dict[str, list[str]] = {}
    for target, predictors in _regressions(structure):
        for source in predictors:
            successors.setdefault(source, []).append(target)
    state: dict[str, int] = {}  # 1 on the stack, 2 done

    def visit(node: str, trail: list[str]) -> list[str] | None:
        state[node] = 1
        for nxt in successors.get(node, []):
            if state.get(nxt) == 1:
                return [*trail[trail.index(nxt) :], nxt] if nxt in trail else [node, nxt]
            if nxt not in state:
                found = visit(nxt, [*trail, nxt])
                if found:
                    return found
        state[node] = 2
        return None

    for start in structure.constructs():
        if start not in state:
            found = visit(start, [start])
            if found:
                return found
    return None


# ----------------------------------------------------------------------------- routes
def _all_routes(structure: Structure) -> Iterator[tuple[str, ...]]:
    """Every route of two or more paths from an exogenous to an endogenous construct."""
    successors: dict[str, list[str]] = {}
    for target, predictors in _regressions(structure):
        for source in predictors:
            successors.setdefault(source, []).append(target)

    def walk(trail: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
        if len(trail) >= 3:
            yield trail
        for nxt in successors.get(trail[-1], []):
            yield from walk((*trail, nxt))

    for source in structure.exogenous():
        yield from walk((source,))


def _indirect_estimates(
    order: list[tuple[str, str]],
    betas: np.ndarray,
    draws: np.ndarray,
    routes: list[tuple[str, ...]],
    tail: float,
    notes: list[str],
) -> list[IndirectEstimate]:
    column = {pair: k for k, pair in enumerate(order)}
    pairs: dict[tuple[str, str], list[tuple[str, ...]]] = {}
    for route in routes:
        pairs.setdefault((route[0], route[-1]), []).append(route)
    listed = len(routes) <= MAX_LISTED_ROUTES
    if not listed:
        notes.append(
            f"{len(routes)} indirect routes: only each pair's total indirect effect is listed"
        )
    result: list[IndirectEstimate] = []
    for (source, target), pair_routes in pairs.items():
        value, sampled = 0.0, np.zeros(len(draws))
        for route in pair_routes:
            steps = [column[(a, b)] for a, b in itertools.pairwise(route)]
            product = float(np.prod(betas[steps]))
            product_draws = np.prod(draws[:, steps], axis=1)
            value, sampled = value + product, sampled + product_draws
            if listed:
                interval = _interval(product_draws, tail)
                result.append(IndirectEstimate(source, target, route, product, interval))
        result.append(IndirectEstimate(source, target, None, value, _interval(sampled, tail)))
    return result


# ----------------------------------------------------------------------------- bootstrap
def _bootstrap_betas(
    scores: np.ndarray, names: list[str], structure: Structure, resamples: int, seed: int
) -> tuple[np.ndarray, int]:
    """Resamples × paths of standardised βs (rows of failed resamples removed), and the count
    of failures. β = R_xx⁻¹ r_xy on each resample's correlations equals OLS on its z-scores."""
    regressions = _regressions(structure)
    paths = sum(len(p) for _, p in regressions)
    if resamples == 0:
        return np.empty((0, paths)), 0
    rng = np.random.default_rng(seed)
    n, width = scores.shape
    chunk = max(1, min(resamples, _CHUNK_VALUES // max(1, n * width)))
    parts = []
    for start in range(0, resamples, chunk):
        count = min(chunk, resamples - start)
        rows = rng.integers(0, n, size=(count, n))
        correlation = _correlations(scores[rows])
        parts.append(_betas_from_correlations(correlation, names, regressions))
    draws = np.concatenate(parts)
    good = np.isfinite(draws).all(axis=1)
    return draws[good], int((~good).sum())


def _correlations(samples: np.ndarray) -> np.ndarray:
    centred = samples - samples.mean(axis=1, keepdims=True)
    covariance = np.einsum("bni,bnj->bij", centred, centred)
    spread = np.sqrt(np.einsum("bii->bi", covariance))
    with np.errstate(divide="ignore", invalid="ignore"):
        return covariance / (spread[:, :, None] * spread[:, None, :])


def _betas_from_correlations(
    correlation: np.ndarray, names: list[str], regressions: list[tuple[str, list[str]]]
) -> np.ndarray:
    columns = []
    for target, predictors in regressions:
        p = [names.index(name) for name in predictors]
        t = names.index(target)
        columns.append(_solve_each(correlation[:, p][:, :, p], correlation[:, p, t]))
    return np.concatenate(columns, axis=1)


def _solve_each(matrices: np.ndarray, vectors: np.ndarray) -> np.ndarray:
    """Solve each system; a singular or non-finite one gives a row of NaN."""
    result = np.full(vectors.shape, np.nan)
    finite = np.isfinite(matrices).all(axis=(1, 2)) & np.isfinite(vectors).all(axis=1)
    condition = np.full(len(matrices), np.inf)
    if finite.any():
        condition[finite] = np.linalg.cond(matrices[finite])
    ok = condition < 1e12
    if ok.any():
        result[ok] = np.linalg.solve(matrices[ok], vectors[ok][:, :, None])[:, :, 0]
    return result


def _interval(draws: np.ndarray, tail: float) -> Interval | None:
    """The percentile interval of the draws (None when there are none)."""
    if len(draws) == 0:
        return None
    low, high = np.percentile(draws, [tail, 100.0 - tail])
    return Interval(float(low), float(high))


# ----------------------------------------------------------------------------- p values
def t_test_p(t: float, degrees: int) -> float:
    """Two-sided p of Student's t with ``degrees`` of freedom (regularised incomplete beta)."""
    if math.isinf(t):
        return 0.0
    x = degrees / (degrees + t * t)
    return _incomplete_beta(degrees / 2.0, 0.5, x)


def _incomplete_beta(a: float, b: float, x: float) -> float:
    """The regularised incomplete beta I_x(a, b), by Lentz's continued fraction."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    front = math.exp(
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _beta_fraction(a, b, x) / a
    return 1.0 - front * _beta_fraction(b, a, 1.0 - x) / b


def _beta_fraction(a: float, b: float, x: float) -> float:
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    value = d
    for m in range(1, 400):
        for numerator in (
            m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
            -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)),
        ):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + numerator / c
            c = c if abs(c) > tiny else tiny
            value *= c * d
        if abs(c * d - 1.0) < 1e-15:
            break
    return value
