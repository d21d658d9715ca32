"""A small but complete model (every optional field used) and helpers to write variants of it."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from synergy_gui.model import Activation, Meta, ModelDocument, Scenario, Schedule
from synergy_gui.model.serialize import to_dict


def build_document() -> ModelDocument:
    """Two stimuli with a synergy junction into trust, trust into loyalty, two scenarios."""
    doc = ModelDocument(
        meta=Meta(
            title="Test model",
            description="Built by the tests.",
            authors=["Test suite"],
            references=["Mehrabian, A., & Russell, J. A. (1974)."],
        )
    )
    doc.new_construct("Interactivity", "stimulus", (0, 0))
    doc.new_construct("Personalization", "stimulus", (0, 100))
    doc.new_construct("Digital trust", "organism", (200, 50))
    doc.new_construct("Loyalty", "response", (400, 50))
    doc.update_construct("digital_trust", tau_rise=4.0, tau_fall=1.5, description="Trust.")
    doc.update_construct("loyalty", activation=Activation("logistic", 6.0, 0.4))
    doc.connect("interactivity", "digital_trust", 0.4)
    doc.connect("personalization", "digital_trust", 0.3)
    doc.connect("digital_trust", "loyalty", 0.5, kind="trust-transfer")
    doc.update_path("digital_trust__loyalty", sd=0.05, note="illustrative")
    junction = doc.new_junction(["interactivity", "personalization"], "digital_trust", 0.2)
    doc.update_junction(junction.id, position=(100.0, 50.0))
    doc.add_scenario(
        Scenario(
            name="Campaign",
            description="An eight-week push on interactivity.",
            horizon=30,
            schedules={
                "interactivity": Schedule("pulse", level=0.9, base=0.5, start=4.0, duration=8.0)
            },
            clamps={"loyalty": 0.6},
            weight_overrides={"personalization__digital_trust": 0.1},
        )
    )
    doc.add_scenario(
        Scenario(
            name="Series",
            schedules={
                "personalization": Schedule("series", values=[0.2, 0.4, 0.8]),
                "interactivity": Schedule("ramp", level=1.0, base=0.5, start=2.0, duration=4.0),
            },
        )
    )
    doc.update_settings(focus=["digital_trust", "loyalty"])
    return doc


def model_data(edit: Callable[[dict[str, Any]], Any] | None = None) -> dict[str, Any]:
    """The test model as file data, changed by ``edit`` (which mutates it in place)."""
    data = copy.deepcopy(to_dict(build_document()))
    if edit is not None:
        edit(data)
    return data


def write_model(folder: Path, name: str, edit: Callable[[dict], Any] | None = None) -> Path:
    path = folder / name
    path.write_text(json.dumps(model_data(edit), indent=2), encoding="utf-8")
    return path
