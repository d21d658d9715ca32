"""The shipped JSON Schema: valid Draft 2020-12, and it agrees with the editor at every edge.

Whatever the editor accepts must load again (else a save would produce a file that cannot be
opened); whatever it refuses, the loader refuses at the same place.
"""

from __future__ import annotations

import functools
import json
import operator

import jsonschema
import pytest
from model_builders import build_document

from synergy_gui.assets import resource
from synergy_gui.model import Activation, DocumentFileError, ModelError, Schedule
from synergy_gui.model.fileformat import loads_document
from synergy_gui.model.serialize import dumps, to_dict
from synergy_gui.model.story import StoryStep
from synergy_gui.model.validation import format_location


def _schema() -> dict:
    return json.loads(resource("schema", "synergy.schema.json").read_text(encoding="utf-8"))


def test_the_schema_is_a_valid_draft_2020_12_schema():
    schema = _schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_what_serialize_writes_meets_the_schema():
    validator = jsonschema.Draft202012Validator(_schema())
    assert list(validator.iter_errors(to_dict(build_document()))) == []


# Each edge: (how the editor sets it, its place in the file, the accepted value, a refused one)
EDGES = [
    (
        lambda d, v: d.set_weight("interactivity__digital_trust", v),
        ("paths", 0, "weight"),
        -1.0,
        -1.001,
    ),
    (
        lambda d, v: d.set_weight("x_interactivity_personalization", v),
        ("junctions", 0, "weight"),
        1.0,
        1.01,
    ),
    (lambda d, v: d.update_path("digital_trust__loyalty", sd=v), ("paths", 2, "sd"), 2.0, 2.5),
    (
        lambda d, v: d.update_construct("loyalty", tau_rise=v),
        ("constructs", 3, "tau_rise"),
        1e4,
        1.1e4,
    ),
    (
        lambda d, v: d.update_construct("loyalty", tau_fall=v),
        ("constructs", 3, "tau_fall"),
        1e-9,
        0.0,
    ),
    (
        lambda d, v: d.update_construct("loyalty", initial=v),
        ("constructs", 3, "initial"),
        0.0,
        -0.01,
    ),
    (
        lambda d, v: d.update_construct("loyalty", baseline=v),
        ("constructs", 3, "baseline"),
        1.0,
        1.5,
    ),
    (
        lambda d, v: d.update_construct("loyalty", position=(v, 0)),
        ("constructs", 3, "position", 0),
        -1e6,
        -2e6,
    ),
    (lambda d, v: d.update_settings(dt=v), ("settings", "dt"), 0.001, 0.0005),
    (lambda d, v: d.update_settings(dt=v), ("settings", "dt"), 1000.0, 1001.0),
    (lambda d, v: d.update_settings(horizon=v), ("settings", "horizon"), 100_000, 100_001),
    (lambda d, v: d.update_settings(horizon=v), ("settings", "horizon"), 1, 0),
    (
        lambda d, v: d.update_settings(activation=Activation("logistic", v, 0.0)),
        ("settings", "activation", "gain"),
        100.0,
        101.0,
    ),
    (
        lambda d, v: d.update_construct("loyalty", activation=Activation("tanh", 1.0, v)),
        ("constructs", 3, "activation", "threshold"),
        -10.0,
        -11.0,
    ),
    (
        lambda d, v: d.set_schedule("Campaign", "interactivity", Schedule("step", 0.5, 0.0, v)),
        ("scenarios", 0, "schedules", "interactivity", "start"),
        100_000.0,
        -1.0,
    ),
    (lambda d, v: d.update_construct("loyalty", label=v), ("constructs", 3, "label"), "L", ""),
    (
        lambda d, v: d.update_meta(description=v),
        ("meta", "description"),
        "x" * 20_000,
        "x" * 20_001,
    ),
    (lambda d, v: d.update_scenario("Series", horizon=v), ("scenarios", 1, "horizon"), 100_000, 0),
    (
        lambda d, v: d.add_story_step(StoryStep("Later", week=v)),
        ("story", "steps", 0, "week"),
        0.0,
        -0.001,
    ),
    (
        lambda d, v: d.add_story_step(StoryStep("Latest", week=v)),
        ("story", "steps", 0, "week"),
        100_000.0,
        100_000.5,
    ),
    (
        lambda d, v: d.add_story_step(StoryStep("High", levels={"interactivity": v})),
        ("story", "steps", 0, "levels", "interactivity"),
        1.0,
        1.001,
    ),
    (lambda d, v: d.set_story_title(v), ("story", "title"), "T", ""),
]


@pytest.mark.parametrize(
    ("edit", "place", "accepted", "refused"), EDGES, ids=[format_location(e[1]) for e in EDGES]
)
def test_the_editor_and_the_loader_agree_at_the_edges(edit, place, accepted, refused):
    doc = build_document()
    edit(doc, accepted)
    assert loads_document(dumps(doc)) == doc

    with pytest.raises(ModelError):
        edit(build_document(), refused)
    data = to_dict(doc)
    *parents, last = place
    container = functools.reduce(operator.getitem, parents, data)
    assert container[last] == accepted
    container[last] = refused
    with pytest.raises(DocumentFileError) as caught:
        loads_document(json.dumps(data))
    assert [p.location for p in caught.value.problems] == [format_location(place)]
