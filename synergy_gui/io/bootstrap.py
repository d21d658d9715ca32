"""Bootstrap draws of standardised path coefficients: respondents resampled with replacement.

Each resample's composites are re-standardised, its design columns rebuilt (a synergy ``a:b``
is the product of the members' z-scores) and every regression refitted; a chunk of resamples
is solved at once from centred cross-products, which is OLS with an intercept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

#: Values per chunk of resamples (resamples × respondents × constructs), about 16 MB of floats.
_CHUNK_VALUES = 2_000_000
#: A resample whose normal equations are worse conditioned than this counts as failed.
_MAX_CONDITION = 1e12


def design_columns(z: np.ndarray, names: Sequence[str], predictors: Sequence[str]) -> np.ndarray:
    """The predictors' columns from z-scores (last axis: constructs); ``a:b`` is z_a·z_b."""
    columns = [
        np.prod(z[..., [names.index(member) for member in predictor.split(":")]], axis=-1)
        for predictor in predictors
    ]
    return np.stack(columns, axis=-1)


def bootstrap_betas(
    scores: np.ndarray,
    names: list[str],
    regressions: list[tuple[str, list[str]]],
    resamples: int,
    seed: int,
    on_chunk: Callable[[int], None] | None = None,
) -> tuple[np.ndarray, int]:
    """Resamples × coefficients, in the order of ``regressions`` (failed resamples' rows
    removed), and how many resamples failed (a constant construct, a singular design).

    ``on_chunk(done)`` is called after each chunk with the resamples done so far; an
    exception it raises (a cancel) stops the bootstrap."""
    paths = sum(len(p) for _, p in regressions)
    if resamples == 0:
        return np.empty((0, paths)), 0
    rng = np.random.default_rng(seed)
    n, width = scores.shape
    chunk = max(1, min(resamples, _CHUNK_VALUES // max(1, n * width)))
    parts = []
    for start in range(0, resamples, chunk):
        rows = rng.integers(0, n, size=(min(chunk, resamples - start), n))
        z = _standardised(scores[rows])
        parts.append(
            np.concatenate(
                [_coefficients(z, names, target, preds) for target, preds in regressions], axis=1
            )
        )
        if on_chunk is not None:
            on_chunk(start + len(rows))
    draws = np.concatenate(parts)
    good = np.isfinite(draws).all(axis=1)
    return draws[good], int((~good).sum())


def _standardised(samples: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return (samples - samples.mean(axis=1, keepdims=True)) / samples.std(
            axis=1, ddof=1, keepdims=True
        )


def _coefficients(z: np.ndarray, names: list[str], target: str, predictors: list[str]):
    x = design_columns(z, names, predictors)
    y = z[..., names.index(target)]
    x = x - x.mean(axis=1, keepdims=True)
    y = y - y.mean(axis=1, keepdims=True)
    return _solve_each(np.einsum("bnp,bnq->bpq", x, x), np.einsum("bnp,bn->bp", x, y))


def _solve_each(matrices: np.ndarray, vectors: np.ndarray) -> np.ndarray:
    """Solve each system; a singular or non-finite one gives a row of NaN."""
    result = np.full(vectors.shape, np.nan)
    finite = np.isfinite(matrices).all(axis=(1, 2)) & np.isfinite(vectors).all(axis=1)
    condition = np.full(len(matrices), np.inf)
    if finite.any():
        condition[finite] = np.linalg.cond(matrices[finite])
    ok = condition < _MAX_CONDITION
    if ok.any():
        result[ok] = np.linalg.solve(matrices[ok], vectors[ok][:, :, None])[:, :, 0]
    return result
