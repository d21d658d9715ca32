"""Path weights from survey data: composites, standardised OLS, bootstrap intervals.

Each construct's score is the mean of its items; scores are standardised; every endogenous
construct gets one OLS regression on its predictors (numpy's lstsq), so each β is a
standardised path coefficient like the model's weights. A predictor written ``a:b`` is a
synergy: the product of the members' z-scores, its coefficient the junction's weight. For a
recursive (acyclic) model this is also the maximum-likelihood estimate of the path model on
the composites.

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
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from synergy_gui.io.bootstrap import bootstrap_betas, design_columns
from synergy_gui.io.student_t import t_test_p
from synergy_gui.io.survey import Responses
from synergy_gui.model.phrases import Phrase, message_of, phrase

if TYPE_CHECKING:
    from synergy_gui.model.document import ModelDocument

DEFAULT_BOOTSTRAP = 2000
DEFAULT_SEED = 1
DEFAULT_CONFIDENCE = 0.95
#: More routes than this are summed in the totals but not listed one by one.
MAX_LISTED_ROUTES = 500


class EstimationError(ValueError):
    """A structure or data set that cannot be estimated; the message names the constructs,
    ``target`` the endogenous construct whose regression failed (if one did)."""

    def __init__(self, message: str, target: str | None = None) -> None:
        super().__init__(message)
        self.target = target


def members(predictor: str) -> list[str]:
    """The constructs of a predictor: ``["a"]`` for a path, ``["a", "b"]`` for ``a:b``."""
    return predictor.split(":")


@dataclass(frozen=True)
class Structure:
    """What to estimate: each construct's item columns and each regression's predictors."""

    items: Mapping[str, Sequence[str]]  # construct -> item columns of the survey
    regressions: Mapping[str, Sequence[str]]  # endogenous construct -> predictors (a, a:b)

    def constructs(self) -> list[str]:
        """Every construct, in the order of ``items`` then any only named in regressions."""
        named = [*self.items, *self.regressions]
        named += [m for sources in self.regressions.values() for s in sources for m in members(s)]
        return list(dict.fromkeys(named))

    def exogenous(self) -> list[str]:
        return [name for name in self.constructs() if not self.regressions.get(name)]

    def item_columns(self) -> list[str]:
        return list(dict.fromkeys(c for items in self.items.values() for c in items))


@dataclass(frozen=True)
class Interval:
    """A bootstrap percentile interval."""

    low: float
    high: float


@dataclass(frozen=True)
class PathEstimate:
    """One path ``source -> target`` (a synergy when ``source`` is ``a:b``): standardised β,
    its SE, t, p and bootstrap interval."""

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
    on_chunk: Callable[[int], None] | None = None,
) -> Estimates:
    """Estimate every path of ``structure`` from ``responses`` (see the module's notes).

    ``on_chunk(done)`` hears how many bootstrap resamples are done (for a progress bar); an
    exception it raises stops the estimation (a cancel) and comes out of this call."""
    _check_structure(structure)
    if bootstrap < 0:
        raise EstimationError(
            phrase("the number of bootstrap resamples must be ≥ 0 (got {count})", count=bootstrap)
        )
    if not 0.0 < confidence < 1.0:
        raise EstimationError(
            phrase("the confidence level must be between 0 and 1 (got {level})", level=confidence)
        )
    names = structure.constructs()
    scores = composite_scores(responses, structure)
    standard = standardised(scores, names)
    fits = {
        target: _fit(standard, names, target, preds) for target, preds in _regressions(structure)
    }
    order = [(s, t) for t, preds in _regressions(structure) for s in preds]
    betas = np.array([fits[t].beta[s] for s, t in order])
    routes = list(_all_routes(structure))
    draws, failed = bootstrap_betas(
        scores, names, _regressions(structure), bootstrap, seed, on_chunk
    )
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
    notes: list[str] = []
    if failed:
        notes.append(
            phrase(
                "{failed} of {count} bootstrap resamples had a degenerate design and were left out",
                failed=failed,
                count=bootstrap,
            )
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
            raise EstimationError(
                phrase("construct {name!r} has no items to score it by", name=name)
            )
        columns.append(np.column_stack([responses.column(i) for i in items]).mean(axis=1))
    return np.column_stack(columns)


def standardised(scores: np.ndarray, names: Sequence[str]) -> np.ndarray:
    """Scores as z-scores (sample SD, n − 1); refuse a construct everyone scored alike."""
    spread = scores.std(axis=0, ddof=1) if len(scores) > 1 else np.zeros(scores.shape[1])
    for name, sd in zip(names, spread, strict=True):
        if not sd > 1e-12:
            raise EstimationError(
                phrase(
                    "construct {name!r} has the same score for every respondent; "
                    "it cannot be standardised",
                    name=name,
                )
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
        raise EstimationError(_too_few(target, predictors, n), target)
    x = design_columns(standard, names, predictors)
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


def _too_few(target: str, predictors: Sequence[str], n: int) -> Phrase:
    k = len(predictors)
    many = phrase("{count} predictors", count=k) if k != 1 else phrase("{count} predictor", count=k)
    people = (
        phrase("{count} complete respondents", count=n)
        if n != 1
        else phrase("{count} complete respondent", count=n)
    )
    return phrase(
        "{target!r} has {predictors} ({names}) but only {respondents}; OLS needs more "
        "respondents than predictors + 1",
        target=target,
        predictors=many,
        names=", ".join(predictors),
        respondents=people,
    )


def _refuse_collinear(x: np.ndarray, target: str, predictors: Sequence[str]) -> None:
    """Name the predictors that are (nearly) linear combinations of each other."""
    _, singular, right = np.linalg.svd(x, full_matrices=False)
    if singular[-1] > 1e-8 * singular[0]:
        return
    weights = np.abs(right[-1])
    involved = [p for p, w in zip(predictors, weights, strict=True) if w > 1e-6]
    raise EstimationError(
        phrase(
            "the predictors of {target!r} are collinear ({names}): one is a linear combination "
            "of the others, so their effects on {target!r} cannot be told apart (singular design)",
            target=target,
            names=", ".join(involved),
        ),
        target,
    )


def _regressions(structure: Structure) -> list[tuple[str, list[str]]]:
    return [(t, list(p)) for t, p in structure.regressions.items() if p]


def _check_structure(structure: Structure) -> None:
    if not _regressions(structure):
        raise EstimationError(phrase("the model has no regressions (no path to estimate)"))
    for target, predictors in _regressions(structure):
        if any(target in members(p) for p in predictors):
            raise EstimationError(
                phrase("{target!r} is regressed on itself; OLS cannot estimate that", target=target)
            )
        twice = {p for p in predictors if list(predictors).count(p) > 1}
        if twice:
            raise EstimationError(
                phrase(
                    "{target!r} names predictor {name!r} twice",
                    target=target,
                    name=sorted(twice)[0],
                )
            )
    loop = _find_loop(structure)
    if loop:
        raise EstimationError(
            phrase(
                "the model has a feedback loop ({loop}); path analysis by OLS needs a recursive "
                "(loop-free) model",
                loop=" -> ".join(loop),
            )
        )


def _find_loop(structure: Structure) -> list[str] | None:
    """A cycle of regressions as a list of constructs (first repeated at the end), or None."""
    successors: dict[str, list[str]] = {}
    for target, predictors in _regressions(structure):
        for source in {m for p in predictors for m in members(p)}:
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
    """Every route of two or more paths from an exogenous to an endogenous construct.

    Synergies take no part: at the average respondent (every z = 0) a product term's slope
    in either member is zero, so it carries no indirect effect there."""
    successors: dict[str, list[str]] = {}
    for target, predictors in _regressions(structure):
        for source in predictors:
            if ":" not in source:
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
            phrase(
                "{count} indirect routes: only each pair's total indirect effect is listed",
                count=len(routes),
            )
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


def _interval(draws: np.ndarray, tail: float) -> Interval | None:
    """The percentile interval of the draws (None when there are none)."""
    if len(draws) == 0:
        return None
    low, high = np.percentile(draws, [tail, 100.0 - tail])
    return Interval(float(low), float(high))


# ----------------------------------------------------------------------------- the model
def apply_estimates(
    document: ModelDocument,
    estimates: Estimates,
    construct_ids: Mapping[str, str] | None = None,
) -> list[str]:
    """Set each estimated path's weight (β) and sd (SE) in ``document``; the notes returned
    say which paths were left alone and why (no such path, or a β outside [−1, 1]).

    ``construct_ids`` maps the structure's construct names to the document's ids (default:
    the same). A β outside [−1, 1] is refused, never clipped: the path keeps its old weight.
    """
    ids = dict(construct_ids or {})
    notes = []
    for path_estimate in estimates.paths:
        source = ":".join(ids.get(m, m) for m in members(path_estimate.source))
        target = ids.get(path_estimate.target, path_estimate.target)
        notes.extend(_apply_one(document, path_estimate, source, target))
    return notes


def _apply_one(
    document: ModelDocument, estimate_: PathEstimate, source: str, target: str
) -> list[str]:
    from synergy_gui.model.errors import ModelError

    named = {"source": estimate_.source, "target": estimate_.target, "beta": estimate_.beta}
    item = _weighted_item(document, source, target)
    if item is None:
        return [_not_in_the_model(":" in source, named)]
    if not -1.0 <= estimate_.beta <= 1.0:
        return [
            phrase(
                "{source} -> {target}: β = {beta:.3f} lies outside the model's weights [−1, 1] "
                "(a suppression effect or collinear predictors?); it keeps its weight "
                "{weight:g} — check the study before using it",
                weight=item.weight,
                **named,
            )
        ]
    update = document.update_junction if ":" in source else document.update_path
    try:
        update(item.id, weight=estimate_.beta, sd=estimate_.se)
    except ModelError as error:
        return [
            phrase(
                "{source} -> {target}: β = {beta:.3f}, SE = {se:.3f} refused: {reason}",
                se=estimate_.se,
                reason=message_of(error),
                **named,
            )
        ]
    return []


def _not_in_the_model(synergy: bool, named: dict[str, object]) -> Phrase:
    if synergy:
        return phrase(
            "{source} -> {target}: the model has no such synergy; its β {beta:.3f} was not used",
            **named,
        )
    return phrase(
        "{source} -> {target}: the model has no such path; its β {beta:.3f} was not used", **named
    )


def _weighted_item(document: ModelDocument, source: str, target: str):
    """The path ``source -> target``, or for ``a:b`` the junction of a and b on target."""
    if ":" not in source:
        return document.find_path(source, target)
    wanted = set(members(source))
    return next(
        (j for j in document.junctions if j.target == target and set(j.members) == wanted), None
    )
