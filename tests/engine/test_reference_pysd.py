"""First-order adjustment against a system-dynamics tool and the closed form.

reference/pysd_reference.json holds PySD's explicit-Euler stock for first_order.xmile (a
stock ``level`` with inflow ``(target - level) / tau``, DT 1), written by
reference/make_pysd_reference.py in a virtualenv of its own; the tests need no PySD.

Our model: a stimulus S held at ``target`` drives construct X through one path of weight 1
with both baselines 0, so X's activation receives u = target and, with identity or clip
(target inside [0, 1]), aims at y = target.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from synergy_gui.engine import Simulator
from synergy_gui.model import Activation, Construct, ModelDocument, Settings

REFERENCE = json.loads(
    (Path(__file__).parent / "reference" / "pysd_reference.json").read_text(encoding="utf-8")
)
CASES = {case["name"]: case for case in REFERENCE["cases"]}
OTHER_TAU = 50.0  # the time constant of the direction the level never moves in


def first_order_document(
    target: float, tau: float, initial: float, kind: str, mode: str, steps: int, dt: float = 1.0
) -> ModelDocument:
    rising = target > initial
    settings = Settings(dt=dt, horizon=steps, step_mode=mode, activation=Activation(kind))
    doc = ModelDocument(settings=settings)
    doc.add_construct(Construct(id="S", label="S", role="stimulus", initial=target, baseline=0.0))
    doc.add_construct(
        Construct(
            id="X",
            label="X",
            initial=initial,
            baseline=0.0,
            tau_rise=tau if rising else OTHER_TAU,
            tau_fall=OTHER_TAU if rising else tau,
        )
    )
    doc.connect("S", "X", 1.0)
    return doc


@pytest.mark.parametrize("kind", ["identity", "clip"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_euler_mode_equals_the_pysd_stock(name, kind):
    case = CASES[name]
    steps = len(case["level"]) - 1
    doc = first_order_document(
        case["target"], case["tau"], case["initial"], kind, "euler", steps, REFERENCE["dt"]
    )
    result = Simulator(doc).run()
    np.testing.assert_allclose(result.times, case["times"], rtol=0, atol=1e-12)
    np.testing.assert_allclose(result.series("X"), case["level"], rtol=0, atol=1e-12)
    assert np.all(result.series("S") == case["target"])


@pytest.mark.parametrize("dt", [1.0, 0.25])
@pytest.mark.parametrize("kind", ["identity", "clip"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_exact_mode_equals_the_closed_form(name, kind, dt):
    """x(t) = target + (x0 - target)·e^(-t/τ); from x0 = 0 that is target·(1 - e^(-t/τ))."""
    case = CASES[name]
    target, tau, initial = case["target"], case["tau"], case["initial"]
    doc = first_order_document(target, tau, initial, kind, "exact", 52, dt)
    result = Simulator(doc).run()
    times = dt * np.arange(53)
    expected = [target + (initial - target) * math.exp(-t / tau) for t in times]
    if initial == 0.0:
        expected = [target * (1.0 - math.exp(-t / tau)) for t in times]
    np.testing.assert_allclose(result.times, times, rtol=0, atol=1e-12)
    np.testing.assert_allclose(result.series("X"), expected, rtol=0, atol=1e-12)


def test_the_two_modes_differ_as_euler_and_exact_should():
    """Same model, one step: Euler moves Δt/τ of the gap, exact 1 − e^(−Δt/τ)."""
    case = CASES["rise_tau4"]
    levels = {}
    for mode in ("euler", "exact"):
        doc = first_order_document(case["target"], case["tau"], 0.0, "identity", mode, 1)
        levels[mode] = Simulator(doc).run().series("X")[1]
    assert levels["euler"] == pytest.approx(0.8 * 0.25, abs=1e-15)
    assert levels["exact"] == pytest.approx(0.8 * (1 - math.exp(-0.25)), abs=1e-15)
