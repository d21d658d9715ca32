"""Two-sided p values of Student's t without scipy: the regularised incomplete beta."""

from __future__ import annotations

import math


def t_test_p(t: float, degrees: int) -> float:
    """Two-sided p of Student's t with ``degrees`` of freedom: I_x(df/2, 1/2), x = df/(df+t²)."""
    if math.isinf(t):
        return 0.0
    square = t * t
    # x and 1 − x are both formed directly: x is near 1 for many degrees of freedom.
    return _incomplete_beta(
        degrees / 2.0, 0.5, degrees / (degrees + square), square / (degrees + square)
    )


def _incomplete_beta(a: float, b: float, x: float, rest: float) -> float:
    """The regularised incomplete beta I_x(a, b) (``rest`` = 1 − x), by Lentz's fraction."""
    if x <= 0.0:
        return 0.0
    if rest <= 0.0:
        return 1.0
    front = math.exp(_log_beta_inverse(a, b) + a * math.log1p(-rest) + b * math.log(rest))
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _beta_fraction(a, b, x) / a
    return 1.0 - front * _beta_fraction(b, a, rest) / b


def _log_beta_inverse(a: float, b: float) -> float:
    """log Γ(a+b) − log Γ(a) − log Γ(b); for b = ½ and large a by its asymptotic series,
    since the difference of two huge lgamma values loses the digits that matter."""
    if b == 0.5 and a > 100.0:
        ratio = 0.5 * math.log(a) - 1.0 / (8.0 * a) + 1.0 / (192.0 * a**3)
        return ratio - math.lgamma(0.5)
    return math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b)


def _beta_fraction(a: float, b: float, x: float) -> float:
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    value = d
    for m in range(1, 10_000):
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
