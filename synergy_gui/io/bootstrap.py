"""Bootstrap draws of standardised path coefficients: respondents resampled with replacement.

Each resample's composites are re-standardised and every regression refitted; β = R_xx⁻¹ r_xy
on the resample's correlations equals OLS on its z-scores, which lets a whole chunk of
resamples be solved at once.
"""

from __future__ import annotations

import numpy as np

#: Values per chunk of resamples (resamples × respondents × constructs), about 16 MB of floats.
_CHUNK_VALUES = 2_000_000


def bootstrap_betas(
    scores: np.ndarray,
    names: list[str],
    regressions: list[tuple[str, list[str]]],
    resamples: int,
    seed: int,
) -> tuple[np.ndarray, int]:
    """Resamples × paths of standardised βs (rows of failed resamples removed), and the count
    of failures. β = R_xx⁻¹ r_xy on each resample's correlations equals OLS on its z-scores."""
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
