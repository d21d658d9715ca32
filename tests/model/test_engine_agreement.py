"""What the engine refuses, validation refuses first, at the place in the file."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from model_builders import build_document, model_data

from synergy_gui.engine import EngineError, Simulator
from synergy_gui.model import Activation, Construct, ModelDocument, Schedule
from synergy_gui.model.errors import DocumentFileError
from synergy_gui.model.fileformat import loads_document
from synergy_gui.model.validation import check_document


def _euler(data: dict) -> None:
    data["settings"].update(step_mode="euler", dt=2.0)


def test_a_file_with_euler_steps_longer_than_a_time_constant_is_refused_at_the_construct():
    with pytest.raises(DocumentFileError) as refused:
        loads_document(json.dumps(model_data(_euler)))
    places = [p.location for p in refused.value.problems]
    assert "constructs[0].tau_rise" in places  # every construct has a τ of 1 or 1.5
    assert "constructs[2].tau_fall" in places
    assert "constructs[2].tau_rise" not in places  # τ = 4 takes Δt = 2
    message = str(refused.value.problems[0])
    assert "Euler steps need Δt/τ ≤ 1" in message and "Δt = 2" in message


def test_euler_steps_within_every_time_constant_are_accepted_and_run():
    document = loads_document(json.dumps(model_data(lambda d: _euler(d) or _slow(d))))
    assert Simulator(document).run().levels.shape[0] == document.settings.horizon + 1


def test_a_time_constant_too_small_to_divide_a_step_by_is_refused_at_its_place():
    def tiny(data: dict) -> None:
        data["constructs"][2]["tau_rise"] = 2.2250738585e-313  # Δt/τ overflows to inf

    with pytest.raises(DocumentFileError) as refused:
        loads_document(json.dumps(model_data(tiny)))
    assert [p.location for p in refused.value.problems] == ["constructs[2].tau_rise"]
    assert "is too small" in refused.value.problems[0].message


def _slow(data: dict) -> None:
    for construct in data["constructs"]:
        construct.update(tau_rise=2.0, tau_fall=2.0)


def _set(item: Callable[[ModelDocument], object], /, **values: object) -> Callable:
    return lambda document: item(document).__dict__.update(values)


def _first_scenario(document: ModelDocument):
    return document.scenarios[0]


ENGINE_REFUSALS: dict[str, Callable[[ModelDocument], object]] = {
    "dt": _set(lambda d: d.settings, dt=0.0),
    "horizon": _set(lambda d: d.settings, horizon=0),
    "update_rule": _set(lambda d: d.settings, update_rule="fast"),
    "step_mode": _set(lambda d: d.settings, step_mode="rk4"),
    "settings activation": _set(lambda d: d.settings, activation=None),
    "settings activation kind": _set(lambda d: d.settings, activation=Activation("odd")),
    "role": _set(lambda d: d.constructs[2], role="actor"),
    "initial": _set(lambda d: d.constructs[2], initial=1.5),
    "baseline": _set(lambda d: d.constructs[2], baseline=float("nan")),
    "tau_rise": _set(lambda d: d.constructs[2], tau_rise=0.0),
    "tau_fall": _set(lambda d: d.constructs[2], tau_fall=float("inf")),
    "activation gain": _set(lambda d: d.constructs[3], activation=Activation("logistic", 0.0)),
    "euler": _set(lambda d: d.settings, step_mode="euler", dt=2.0),
    "duplicate construct": lambda d: d.constructs.append(Construct("loyalty", "Again")),
    "path weight": _set(lambda d: d.paths[0], weight=1.5),
    "path source": _set(lambda d: d.paths[0], source="nope"),
    "path target": _set(lambda d: d.paths[0], target="nope"),
    "junction weight": _set(lambda d: d.junctions[0], weight=-2.0),
    "junction member": _set(lambda d: d.junctions[0], members=["interactivity", "nope"]),
    "junction target": _set(lambda d: d.junctions[0], target="nope"),
    "junction of one": _set(lambda d: d.junctions[0], members=["interactivity"]),
    "scenario horizon": _set(_first_scenario, horizon=0),
    "schedule of nothing": lambda d: d.scenarios[0].schedules.update(nope=Schedule()),
    "schedule level": lambda d: d.scenarios[0].schedules.update(
        interactivity=Schedule("step", level=2.0)
    ),
    "schedule kind": lambda d: d.scenarios[0].schedules.update(interactivity=Schedule("wave")),
    "empty series": lambda d: d.scenarios[0].schedules.update(
        interactivity=Schedule("series", values=[])
    ),
    "clamp of nothing": lambda d: d.scenarios[0].clamps.update(nope=0.5),
    "clamp level": lambda d: d.scenarios[0].clamps.update(loyalty=-0.1),
    "override of nothing": lambda d: d.scenarios[0].weight_overrides.update(nope=0.5),
    "override weight": lambda d: d.scenarios[0].weight_overrides.update(
        interactivity__digital_trust=3.0
    ),
}


@pytest.mark.parametrize("edit", ENGINE_REFUSALS.values(), ids=ENGINE_REFUSALS.keys())
def test_whatever_the_engine_refuses_validation_reports(edit: Callable[[ModelDocument], object]):
    document = build_document()
    edit(document)
    with pytest.raises(EngineError):
        Simulator(document, document.scenarios[0].name)
    errors = [p for p in check_document(document) if p.severity == "error"]
    assert errors and all(p.location for p in errors)
