"""The squashing functions f (u -> level) and their slopes, vectorised by kind.

clip      min(max(u, 0), 1): the default; levels stay on the [0, 1] scale.
logistic  1 / (1 + exp(-λ (u - h))): smooth, always strictly inside (0, 1).
tanh      tanh(λ u), the FCM hyperbolic tangent: a bipolar function, so levels lie in
          (-1, 1) and a negative level means "below zero" on FCM's [-1, 1] scale (use it with
          models read that way; with baseline 0.5 the S-O-R rule drives levels towards +1).
bivalent  1 where u > 0, else 0 (as FCMpy).
trivalent 1 where u > 0, -1 where u < 0, 0 at 0 (as FCMpy).
identity  u itself (a linear SEM), held within ±IDENTITY_BOUND so that a runaway loop cannot
          overflow; the bound is far outside any meaningful level.
"""

from __future__ import annotations

import numpy as np

IDENTITY_BOUND = 1000.0

#: The bounds a kind can hold a level at: (low, high).
BOUNDS = {
    "clip": (0.0, 1.0),
    "logistic": (0.0, 1.0),
    "tanh": (-1.0, 1.0),
    "bivalent": (0.0, 1.0),
    "trivalent": (-1.0, 1.0),
    "identity": (-IDENTITY_BOUND, IDENTITY_BOUND),
}


def apply(kind: str, u: np.ndarray, gain: np.ndarray, threshold: np.ndarray) -> np.ndarray:
    """f(u) for one kind; may overwrite ``u``. Call under ``np.errstate(over="ignore")``."""
    if kind == "clip":  # two ufuncs: np.clip costs three times as much on small arrays
        return np.minimum(np.maximum(u, 0.0, out=u), 1.0, out=u)
    if kind == "logistic":
        u -= threshold
        u *= -gain
        np.exp(u, out=u)
        u += 1.0
        return np.reciprocal(u, out=u)
    if kind == "tanh":
        u *= gain
        return np.tanh(u, out=u)
    if kind == "bivalent":
        return (u > 0.0).astype(float)
    if kind == "trivalent":
        return np.sign(u, out=u)
    if kind == "identity":
        return np.minimum(np.maximum(u, -IDENTITY_BOUND, out=u), IDENTITY_BOUND, out=u)
    raise ValueError(f"unknown activation {kind!r}")


def slope(kind: str, u: np.ndarray, gain: np.ndarray, threshold: np.ndarray) -> np.ndarray:
    """f′(u): the local gain of the activation (0 where the level is held at a bound)."""
    u = np.asarray(u, dtype=float)
    if kind == "clip":
        return ((u >= 0.0) & (u <= 1.0)).astype(float)
    if kind == "logistic":
        with np.errstate(over="ignore"):
            level = 1.0 / (1.0 + np.exp(-gain * (u - threshold)))
        return gain * level * (1.0 - level)
    if kind == "tanh":
        return gain * (1.0 - np.tanh(gain * u) ** 2)
    if kind in ("bivalent", "trivalent"):
        return np.zeros_like(u)
    if kind == "identity":
        return (np.abs(u) <= IDENTITY_BOUND).astype(float)
    raise ValueError(f"unknown activation {kind!r}")
