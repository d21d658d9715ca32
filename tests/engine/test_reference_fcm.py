"""The FCM rules against independent implementations: FCMpy's runs and the R fcm vignette.

The reference numbers were produced outside this project (reference/make_fcmpy_reference.py
runs FCMpy 0.0.21 in its own virtualenv; r_fcm_vignette.json is transcribed from the
vignette's printed output), so these tests need neither package installed.

FCM matrices have source rows: ``matrix[j][i]`` is the edge j -> i. Our documents hold paths;
the same map in the SEM orientation (target rows, ``B[i][j]`` the effect of j on i) is the
transpose, and both ways of reading it in must give FCMpy's numbers.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from synergy_gui.engine import Simulator
from synergy_gui.model import Activation, Construct, ModelDocument, Settings

REFERENCE = Path(__file__).parent / "reference"
FCMPY = json.loads((REFERENCE / "fcmpy_reference.json").read_text(encoding="utf-8"))
R_FCM = json.loads((REFERENCE / "r_fcm_vignette.json").read_text(encoding="utf-8"))
CASES = {case["name"]: case for case in FCMPY["cases"]}

RULES = {"kosko": "kosko", "mKosko": "modified-kosko", "rescaled": "rescaled"}
R_RULES = {"k": "kosko", "mk": "modified-kosko", "r": "rescaled"}
FCMPY_TOLERANCE = 1e-9
# The vignette prints 7 decimals: half a unit of the last place, plus float slack.
R_TOLERANCE = 0.5e-7 + 1e-12


def activation_for(transfer: str, gain: float | None) -> Activation:
    """Our activation that computes FCMpy's / fcm's transfer function."""
    if transfer in ("sigmoid", "s"):
        return Activation("logistic", gain=gain, threshold=0.0)
    if transfer == "tanh":  # FCMpy's tanh is np.tanh(u), without lambda
        return Activation("tanh", gain=1.0 if gain is None else gain, threshold=0.0)
    return Activation(transfer)


def fcm_document(
    weights: list[list[float]],
    initial: list[float],
    rule: str,
    activation: Activation,
    steps: int,
    orientation: str = "source rows",
    driver_role: str = "organism",
) -> ModelDocument:
    """A document of concepts C1..Cn with a path for every non-zero weight.

    ``orientation`` says how ``weights`` is read: "source rows" (FCM: ``weights[j][i]`` is
    the edge j -> i) or "target rows" (SEM: ``weights[i][j]`` is the effect of j on i).
    Concepts that receive no edge get ``driver_role``.
    """
    matrix = np.array(weights, dtype=float)
    edges = matrix if orientation == "source rows" else matrix.T  # edges[j, i]: j -> i
    names = [f"C{k + 1}" for k in range(len(matrix))]
    bipolar = min(initial) < 0  # FCMpy's tanh and trivalent maps run on [-1, 1]
    settings = Settings(horizon=steps, update_rule=rule, activation=activation)
    settings.level_range = "bipolar" if bipolar else "unipolar"
    doc = ModelDocument(settings=settings)
    for k, name in enumerate(names):
        role = "organism" if np.any(edges[:, k] != 0.0) else driver_role
        doc.add_construct(Construct(id=name, label=name, role=role, initial=initial[k]))
    for j, i in zip(*np.nonzero(edges), strict=True):
        doc.connect(names[j], names[i], float(edges[j, i]))
    return doc


def run_case(case: dict, **options) -> np.ndarray:
    """Our levels for an FCMpy case, one row per step FCMpy recorded."""
    doc = fcm_document(
        case["matrix"],
        case["initial"],
        RULES[case["inference"]],
        activation_for(case["transfer"], case["lambda"]),
        steps=len(case["steps"]) - 1,
        **options,
    )
    result = Simulator(doc).run()
    return np.column_stack([result.series(name) for name in case["concepts"]])


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_step_equals_fcmpy(name):
    case = CASES[name]
    ours = run_case(case)
    expected = np.array(case["steps"])
    assert ours.shape == expected.shape
    worst = np.max(np.abs(ours - expected))
    step, concept = np.unravel_index(np.argmax(np.abs(ours - expected)), ours.shape)
    assert worst <= FCMPY_TOLERANCE, (
        f"{name}: step {step}, {case['concepts'][concept]}: ours {ours[step, concept]!r}, "
        f"FCMpy {expected[step, concept]!r}"
    )


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_same_map_read_in_target_rows_gives_fcmpy_numbers(name):
    """SEM users write B = Wᵀ (target rows); read that way the model is the same."""
    case = dict(CASES[name])
    case["matrix"] = np.array(case["matrix"]).T.tolist()
    ours = run_case(case, orientation="target rows")
    np.testing.assert_allclose(ours, np.array(case["steps"]), rtol=0, atol=FCMPY_TOLERANCE)


ASYMMETRIC_SMOOTH = [
    name
    for name, case in sorted(CASES.items())
    if case["matrix_name"] != "r_fcm_vignette" and case["transfer"] in ("sigmoid", "tanh")
]


@pytest.mark.parametrize("name", ASYMMETRIC_SMOOTH)
def test_reading_the_matrix_the_wrong_way_round_gives_other_numbers(name):
    """The reference maps are not symmetric: a swapped orientation would not pass the tests.

    (Smooth transfers only: a threshold function can map both readings to the same 0/1.)
    """
    case = CASES[name]
    swapped = run_case(case, orientation="target rows")  # source rows read as target rows
    horizon = min(len(case["steps"]), 4)
    gap = np.max(np.abs(swapped[:horizon] - np.array(case["steps"])[:horizon]))
    assert gap > 0.05, name


@pytest.mark.parametrize("name", [n for n in sorted(CASES) if n.startswith("driver_and_loop")])
def test_a_concept_without_incoming_edges_is_held_like_a_stimulus(name):
    """FCMpy holds C1 (no incoming edge) at its initial value; a stimulus C1 is the same."""
    case = CASES[name]
    ours = run_case(case, driver_role="stimulus")
    np.testing.assert_allclose(ours, np.array(case["steps"]), rtol=0, atol=FCMPY_TOLERANCE)
    assert np.all(ours[:, 0] == case["initial"][0])


@pytest.mark.parametrize("example", R_FCM["examples"], ids=lambda e: e["call"])
def test_printed_states_of_the_r_fcm_vignette(example):
    printed = {int(row): values for row, values in example["printed"].items()}
    last_row = max(printed)
    doc = fcm_document(
        R_FCM["matrix"],
        R_FCM["activation"],
        R_RULES[example["infer"]],
        activation_for(example["transform"], example["lambda"]),
        steps=last_row - 1,  # fcm.infer's row 1 is the activation vector
    )
    result = Simulator(doc).run()
    ours = np.column_stack([result.series(name) for name in R_FCM["concepts"]])
    for row, values in printed.items():
        np.testing.assert_allclose(
            ours[row - 1], values, rtol=0, atol=R_TOLERANCE, err_msg=f"printed row {row}"
        )


def test_fcmpy_and_the_r_vignette_agree_with_each_other():
    """The two references are independent of each other and of us; they must agree."""
    fcmpy = CASES["r_fcm_vignette#0/rescaled/sigmoid/2"]["steps"]
    printed = R_FCM["examples"][1]["printed"]
    for step, values in enumerate(fcmpy):
        np.testing.assert_allclose(values, printed[str(step + 1)], rtol=0, atol=R_TOLERANCE)
