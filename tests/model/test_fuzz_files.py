"""Fuzzing the file loader with JSON-level mutations of the shipped presets.

Every mutated file is either refused with a message that names each place, or accepted and
then simulated (as drawn and under every scenario, plus the steady state) without an error,
NaN or inf. Runs stay bounded because horizons are capped in the generator, not by a clock.

``SYNERGY_FUZZ_EXAMPLES=10000`` runs a long campaign; the default is a short one for CI.
"""

from __future__ import annotations

import copy
import json
import math
import os
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from synergy_gui.engine import Simulator
from synergy_gui.model.errors import DocumentFileError
from synergy_gui.model.fileformat import loads_document
from synergy_gui.model.lenient import lenient_document
from synergy_gui.model.validation import check_document

PRESETS = sorted((Path(__file__).parents[2] / "resources" / "presets").glob("*.synergy.json"))
EXAMPLES = int(os.environ.get("SYNERGY_FUZZ_EXAMPLES", "60"))
MAX_FUZZ_HORIZON = 400  # steps; files may say up to 100,000, which is slow, not wrong

Place = tuple[str | int, ...]


class Pairs(list):
    """A JSON object written with a key given twice (Python dicts cannot hold that)."""


def _dump(value: Any) -> str:
    """JSON text of the value; NaN and Infinity written as Python's reader takes them."""
    if isinstance(value, Pairs):
        return "{" + ", ".join(f"{json.dumps(k)}: {_dump(v)}" for k, v in value) + "}"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)}: {_dump(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_dump(v) for v in value) + "]"
    return json.dumps(value)


def _places(value: Any, place: Place = ()) -> list[Place]:
    """Every place in the data, the root first."""
    found = [place]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _places(item, (*place, key))
    elif isinstance(value, list) and not isinstance(value, Pairs):
        for index, item in enumerate(value):
            found += _places(item, (*place, index))
    return found


def _at(data: Any, place: Place) -> Any:
    for part in place:
        data = data[part]
    return data


def _strings(data: Any) -> list[str]:
    return [v for v in (_at(data, p) for p in _places(data)) if isinstance(v, str) and len(v) < 60]


ODD_VALUES = [
    0, -0.0, 1, -1, 0.5, 2, -2, 1e-9, 0.001, 1000, 1e308, -1e308, 5e-324, 100_000, 100_001,
    10**30, 10**400, math.nan, math.inf, -math.inf, "abc", "", " ", "x" * 101, None, True,
    False, [], {}, [0, 0], [1e7, 0], ["a"], "stimulus", "organism", "euler", "exact", "kosko",
    "modified-kosko", "rescaled", "logistic", "identity", "tanh", "trivalent", "bivalent",
    "series", "pulse", "ramp", "step", {"kind": "series", "values": []},
    {"kind": "identity", "gain": 100, "threshold": -10}, {"kind": "pulse", "level": 1},
]  # fmt: skip

KINDS = ["number"] * 4 + ["value", "value", "drop", "copy", "string", "empty", "duplicate"]
KINDS += ["setting"] * 2
NEAR_VALID = st.one_of(
    st.sampled_from([0, 1, -1, 0.5, 1e-9, 0.001, 0.01, 100, 1000, 10_000, 1e6, 1.0000001]),
    st.floats(-1, 1),
    st.floats(0, 10_000),
)

values = st.one_of(
    st.sampled_from(ODD_VALUES),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(-(10**6), 10**6),
    st.text(max_size=12),
)


def _set(data: Any, place: Place, value: Any) -> None:
    if place:
        _at(data, place[:-1])[place[-1]] = value


def _mutate(draw: st.DrawFn, data: dict) -> str:
    """Apply one drawn mutation to ``data`` in place; return its name."""
    places = _places(data)
    place = draw(st.sampled_from(places[1:]))
    parent = _at(data, place[:-1])
    kind = draw(st.sampled_from(KINDS))
    if kind == "number":
        _number(draw, data, places)
    elif kind == "value":
        _set(data, place, draw(values))
    elif kind == "drop":
        del parent[place[-1]]
    elif kind == "copy" and isinstance(parent, list):
        parent.insert(draw(st.integers(0, len(parent))), copy.deepcopy(parent[place[-1]]))
    elif kind == "string":
        _set(data, place, draw(st.sampled_from(_strings(data) or ["x"])))
    elif kind == "empty":
        _set(
            data,
            place,
            type(_at(data, place))() if isinstance(_at(data, place), list | dict) else [],
        )
    elif kind == "duplicate" and isinstance(parent, dict):
        pairs = Pairs(parent.items())
        pairs.append((place[-1], draw(values)))
        _set(data, place[:-1], pairs)
    elif kind == "setting":
        _setting(draw, data)
    return kind


def _number(draw: st.DrawFn, data: dict, places: list[Place]) -> None:
    """A number of the file set to a plausible or borderline one: files that pass, mostly."""
    numeric = [p for p in places if _is_number(_at(data, p))]
    if numeric:
        _set(data, draw(st.sampled_from(numeric)), draw(NEAR_VALID))


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _setting(draw: st.DrawFn, data: dict) -> None:
    """A deliberate change of the model's rules: step mode and dt, update rule, activation."""
    settings_ = data.get("settings")
    if not isinstance(settings_, dict):
        return
    name = draw(st.sampled_from(["step_mode", "update_rule", "activation", "dt"]))
    choice = {
        "step_mode": st.sampled_from(["euler", "exact"]),
        "update_rule": st.sampled_from(["sor", "kosko", "modified-kosko", "rescaled"]),
        "activation": st.fixed_dictionaries(
            {
                "kind": st.sampled_from(
                    ["clip", "logistic", "tanh", "bivalent", "trivalent", "identity"]
                ),
                "gain": st.floats(0.01, 100),
                "threshold": st.floats(-10, 10),
            }
        ),
        "dt": st.sampled_from([0.001, 0.1, 0.5, 1.0, 2.0, 10.0, 1000.0]),
    }[name]
    settings_[name] = draw(choice)


def _cap_horizons(data: Any) -> None:
    """Keep each simulation short: a horizon the file may hold is cut, never a clock used."""
    if not isinstance(data, dict):
        return
    holders = [data.get("settings")] + (
        data["scenarios"] if isinstance(data.get("scenarios"), list) else []
    )
    for holder in holders:
        horizon = holder.get("horizon") if isinstance(holder, dict) else None
        if isinstance(horizon, int) and not isinstance(horizon, bool) and horizon > 0:
            holder["horizon"] = min(horizon, MAX_FUZZ_HORIZON)


@st.composite
def mutated_files(draw: st.DrawFn) -> str:
    """The text of a preset after one to four mutations."""
    data = json.loads(draw(st.sampled_from(PRESETS)).read_text(encoding="utf-8"))
    for _ in range(draw(st.integers(1, 4))):
        if not isinstance(data, dict) or isinstance(data, Pairs) or len(_places(data)) < 2:
            break
        event(f"mutation: {_mutate(draw, data)}")
    _cap_horizons(data)
    return _dump(data)


def _check_refusal(text: str, refused: DocumentFileError) -> None:
    problems = refused.problems
    assert problems, "refused without a reason"
    for problem in problems:
        assert problem.location or problem.message.startswith("..."), f"not located: {problem}"
    data = json.loads(text)
    if isinstance(data, dict):  # the model checks beside the schema must never raise
        document = lenient_document(data)
        if document is not None:
            check_document(document)


def _check_runs(text: str) -> None:
    document = loads_document(text)
    for scenario in [None, *(s.name for s in document.scenarios)]:
        simulator = Simulator(document, scenario)
        levels = simulator.run().levels
        assert np.isfinite(levels).all(), f"NaN or inf under {scenario!r}"
        steady = simulator.steady_state()
        assert np.isfinite(steady.levels).all(), f"NaN or inf at rest under {scenario!r}"


@pytest.mark.skipif(not PRESETS, reason="the presets are not installed")
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutated_files())
def test_a_mutated_preset_is_refused_with_places_or_runs_cleanly(text: str):
    try:
        loads_document(text)
    except DocumentFileError as refused:
        event("refused")
        _check_refusal(text, refused)
        return
    event("accepted")
    _check_runs(text)
