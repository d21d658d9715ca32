"""Write fcmpy_reference.json: FCMpy's own simulation of a few small maps, every step.

Run with FCMpy 0.0.21 in a virtualenv of its own (it pins old pandas and scipy, so it does not
install into the project's environment), from the repository root::

    python -m venv /tmp/fcmpy-venv
    /tmp/fcmpy-venv/bin/pip install --no-deps fcmpy==0.0.21
    /tmp/fcmpy-venv/bin/pip install "numpy<2" pandas==1.5.3 scipy scikit-fuzzy tqdm \
        openpyxl packaging
    /tmp/fcmpy-venv/bin/python tests/engine/reference/make_fcmpy_reference.py

The test suite reads only the JSON; it never imports fcmpy.
"""

from __future__ import annotations

import json
import re
import warnings
from importlib.metadata import version
from pathlib import Path

import numpy as np
import pandas as pd
from fcmpy import FcmSimulator

OUT = Path(__file__).with_name("fcmpy_reference.json")
ITERATIONS = 30
THRESHOLD = 0.001

# Source rows, as FCMs are written: MATRICES[name][j][i] is the weight of the edge j -> i.
MATRICES = {
    # A three-concept cycle with unequal weights plus one chord: its transpose (the SEM
    # orientation read by mistake) runs the cycle backwards and gives other numbers.
    "asymmetric_cycle": [
        [0.0, 0.7, 0.0],
        [0.0, 0.0, -0.5],
        [0.4, 0.9, 0.0],
    ],
    # C1 has no incoming edge: FCMpy holds it at its initial value on every step.
    "driver_and_loop": [
        [0.0, 0.6, 0.0, 0.3],
        [0.0, 0.0, 0.8, 0.0],
        [0.0, -0.4, 0.0, 0.5],
        [0.0, 0.2, -0.7, 0.0],
    ],
    # FCMpy's own 8-concept example (its simulator documentation), with the self-loop
    # C7 -> C7 = 0.4: a concept's memory.
    "fcmpy_example": [
        [0.0, 0.0, 0.6, 0.9, 0.0, 0.0, 0.0, 0.8],
        [0.1, 0.0, 0.0, 0.0, 0.0, 0.0, 0.2, 0.5],
        [0.0, 0.7, 0.0, 0.0, 0.9, 0.0, 0.4, 0.1],
        [0.4, 0.0, 0.0, 0.0, 0.0, 0.9, 0.0, 0.0],
        [0.0, 0.0, 0.0, 0.0, 0.0, -0.9, 0.0, 0.3],
        [-0.3, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.8, 0.4, 0.9],
        [0.1, 0.0, 0.0, 0.0, 0.0, 0.1, 0.6, 0.0],
    ],
    # The example matrix of the R package fcm's vignette (Dikopoulou & Papageorgiou, 2017).
    "r_fcm_vignette": [
        [0.0, 0.0, 0.6, 0.9, 0.0, 0.0],
        [0.1, 0.0, 0.0, 0.0, 0.0, 0.0],
        [0.0, 0.7, 0.0, 0.0, 0.9, 0.0],
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.9],
        [0.0, 0.0, 0.0, 0.0, 0.0, -0.9],
        [-0.3, 0.0, 0.0, 0.0, 0.0, 0.0],
    ],
}

INITIAL = {
    "asymmetric_cycle": [[0.8, 0.1, 0.3], [1.0, 0.0, 0.0]],
    # The held concept starts at 1.0: FCMpy writes held values back into the transfer's
    # output array, which is an integer array for bivalent and trivalent (a fraction would
    # be truncated to 0 there).
    "driver_and_loop": [[1.0, 0.2, 0.5, 0.9]],
    "r_fcm_vignette": [[1.0, 1.0, 1.0, 0.0, 0.0, 0.0]],
    # The documented start (C1 and C2 on); the cases below add bipolar starts.
    "fcmpy_example": [[1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]],
}

# Bipolar starts, levels in [-1, 1], for the transfers whose range is [-1, 1] (tanh, and
# trivalent, whose levels are -1, 0 or 1): Synergy Explorer runs them with
# settings.level_range "bipolar". (matrix, start) -> transfers.
BIPOLAR = {
    ("fcmpy_example", (-0.5, 1.0, 0.0, 0.3, -1.0, 0.0, 0.2, -0.8)): ["tanh"],
    ("driver_and_loop", (-0.6, 0.4, -0.9, 0.7)): ["tanh"],
    ("asymmetric_cycle", (-1.0, 1.0, -1.0)): ["tanh", "trivalent"],
}

# (transfer, lambda) pairs; FCMpy's tanh has no lambda (np.tanh(x)).
TRANSFERS = [
    ("sigmoid", 1.0),
    ("sigmoid", 2.0),
    ("bivalent", None),
    ("trivalent", None),
    ("tanh", None),
]
INFERENCES = ["kosko", "mKosko", "rescaled"]

NOTES = [
    "matrix[j][i] is the weight of the edge from concept j to concept i (source rows). In the "
    "SEM orientation of Synergy Explorer (target rows) the same map is the transpose.",
    "inference: kosko x+ = f(W^T x); mKosko x+ = f(x + W^T x); "
    "rescaled x+ = f((2x-1) + W^T (2x-1)).",
    "transfer: sigmoid 1/(1+e^(-lambda u)); bivalent 1 if u > 0 else 0; "
    "trivalent 1, 0, -1 by the sign of u; tanh np.tanh(u) with no lambda.",
    "Concepts with no incoming edge (an all-zero column) are reset to their initial value "
    "after every step.",
    "FCMpy stops as soon as max |x(k) - x(k-1)| <= threshold (0.001 by default); the row "
    "that met the test is the last one. Otherwise it stops after 'iterations' steps.",
    "steps[0] is the initial state; steps[k] the state after k updates.",
    "FCMpy prints 'The values converged in the N state' with N = (last step) + 1: it counts "
    "the initial state as the first; 'converged_state' records that N.",
    "Cases named '...#bipolar...' start from levels in [-1, 1] (tanh, trivalent).",
]


def run_case(name: str, start, inference: str, transfer: str, lam) -> dict:
    """One FCMpy run of matrix ``name`` from its ``start``-th initial vector (or from the
    levels ``start`` itself, a bipolar start)."""
    matrix = MATRICES[name]
    initial = list(start) if isinstance(start, tuple) else INITIAL[name][start]
    tag = "bipolar" if isinstance(start, tuple) else start
    concepts = [f"C{k + 1}" for k in range(len(matrix))]
    weights = pd.DataFrame(np.array(matrix), index=concepts, columns=concepts)
    params = {"l": lam} if lam is not None else {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        table = FcmSimulator.simulate(
            initial_state=dict(zip(concepts, initial, strict=True)),
            weight_matrix=weights,
            transfer=transfer,
            inference=inference,
            thresh=THRESHOLD,
            iterations=ITERATIONS,
            **params,
        )
    steps = table[concepts].to_numpy(dtype=float)
    last_change = float(np.max(np.abs(steps[-1] - steps[-2]))) if len(steps) > 1 else 0.0
    converged = last_change <= THRESHOLD
    return {
        "name": f"{name}#{tag}/{inference}/{transfer}" + (f"/{lam:g}" if lam is not None else ""),
        "matrix_name": name,
        "concepts": concepts,
        "matrix": matrix,
        "initial": initial,
        "inference": inference,
        "transfer": transfer,
        "lambda": lam,
        "iterations": ITERATIONS,
        "threshold": THRESHOLD,
        "converged": converged,
        "converged_state": len(steps) if converged else None,
        "steps": steps.tolist(),
    }


def _compact(reference: dict) -> str:
    """JSON with one line per case field, so a state vector reads as one row."""
    text = json.dumps(reference, indent=1)
    # Put every innermost list of numbers on one line.
    return re.sub(r"\[\s+([^\[\]{}\"]*?)\s+\]", _one_line, text) + "\n"


def _one_line(match: re.Match) -> str:
    return "[" + " ".join(match.group(1).split()) + "]"


def main() -> None:
    cases = [
        run_case(name, start, inference, transfer, lam)
        for name, initials in INITIAL.items()
        for start in range(len(initials))
        for inference in INFERENCES
        for transfer, lam in TRANSFERS
    ]
    cases += [
        run_case(name, start, inference, transfer, None)
        for (name, start), transfers in BIPOLAR.items()
        for inference in INFERENCES
        for transfer in transfers
    ]
    reference = {
        "source": "FCMpy (PyPI fcmpy), fcmpy.FcmSimulator.simulate",
        "fcmpy_version": version("fcmpy"),
        "numpy_version": np.__version__,
        "pandas_version": pd.__version__,
        "orientation": NOTES[0],
        "notes": NOTES,
        "cases": cases,
    }
    OUT.write_text(_compact(reference), encoding="utf-8")
    print(f"wrote {len(cases)} cases to {OUT.name}")


if __name__ == "__main__":
    main()
