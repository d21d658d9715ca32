"""Document <-> plain JSON values, in the fixed key order of the file format (version 1).

The optional ``story`` comes last and is left out when the document has none; a story
step writes only the fields it sets.

``from_dict`` expects data that passed the file validator (schema and semantic checks);
``fileformat`` does that before it calls here.
"""

from __future__ import annotations

import json
from typing import Any

from synergy_gui.model.channels import (
    channel_from_dict,
    channel_to_dict,
    spend_from_dict,
    spend_to_dict,
)
from synergy_gui.model.document import ModelDocument
from synergy_gui.model.elements import (
    Activation,
    Construct,
    Junction,
    Meta,
    Path,
    Scenario,
    Schedule,
    Settings,
    default_threshold,
)
from synergy_gui.model.story import Story, StoryStep

FORMAT_NAME = "synergy-explorer"
FORMAT_VERSION = 1


# ------------------------------------------------------------------------------ to JSON
def to_dict(document: ModelDocument) -> dict[str, Any]:
    """The whole document as JSON-ready values, keys in the order the file shows them."""
    data = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "meta": _meta_to_dict(document.meta),
        "settings": _settings_to_dict(document.settings),
        "constructs": [_construct_to_dict(c) for c in document.constructs],
        "paths": [_path_to_dict(p) for p in document.paths],
        "junctions": [_junction_to_dict(j) for j in document.junctions],
        "scenarios": [_scenario_to_dict(s) for s in document.scenarios],
    }
    if document.channels:  # left out when there are none: older files keep their bytes
        data["channels"] = [channel_to_dict(c) for c in document.channels]
    if document.story is not None:  # left out when there is none: older files keep their bytes
        data["story"] = _story_to_dict(document.story)
    return data


def dumps(document: ModelDocument) -> str:
    """The file's text: stable, so saving an unchanged document gives identical bytes."""
    return json.dumps(to_dict(document), indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def _meta_to_dict(meta: Meta) -> dict[str, Any]:
    return {
        "title": meta.title,
        "description": meta.description,
        "authors": list(meta.authors),
        "references": list(meta.references),
    }


def _activation_to_dict(activation: Activation) -> dict[str, Any]:
    return {
        "kind": activation.kind,
        "gain": float(activation.gain),
        "threshold": float(activation.threshold),
    }


def _settings_to_dict(settings: Settings) -> dict[str, Any]:
    data: dict[str, Any] = {
        "time_unit": settings.time_unit,
        "dt": float(settings.dt),
        "horizon": settings.horizon,
        "update_rule": settings.update_rule,
        "step_mode": settings.step_mode,
        "activation": _activation_to_dict(settings.activation),
        "focus": list(settings.focus),
    }
    if settings.default_sd is not None:  # left out when unset: older files keep their bytes
        data["default_sd"] = float(settings.default_sd)
    for name in ("weight_scale", "level_range"):  # left out at their defaults, as default_sd
        if getattr(settings, name) != getattr(_DEFAULT_SETTINGS, name):
            data[name] = getattr(settings, name)
    return data


_DEFAULT_SETTINGS = Settings()


def _construct_to_dict(construct: Construct) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": construct.id,
        "label": construct.label,
        "role": construct.role,
        "initial": float(construct.initial),
        "baseline": float(construct.baseline),
        "tau_rise": float(construct.tau_rise),
        "tau_fall": float(construct.tau_fall),
    }
    if construct.activation is not None:
        data["activation"] = _activation_to_dict(construct.activation)
    data["position"] = [float(construct.position[0]), float(construct.position[1])]
    data["description"] = construct.description
    data["references"] = list(construct.references)
    return data


def _path_to_dict(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": path.id,
        "source": path.source,
        "target": path.target,
        "weight": float(path.weight),
    }
    if path.sd is not None:
        data["sd"] = float(path.sd)
    data["kind"] = path.kind
    data["label"] = path.label
    data["description"] = path.description
    data["references"] = list(path.references)
    data["note"] = path.note
    return data


def _junction_to_dict(junction: Junction) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": junction.id,
        "members": list(junction.members),
        "target": junction.target,
        "weight": float(junction.weight),
    }
    if junction.sd is not None:  # left out when unknown, as a path's
        data["sd"] = float(junction.sd)
    data["label"] = junction.label
    if junction.position is not None:
        data["position"] = [float(junction.position[0]), float(junction.position[1])]
    data["description"] = junction.description
    data["references"] = list(junction.references)
    return data


def _schedule_to_dict(schedule: Schedule) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": schedule.kind}
    if schedule.kind == "series":
        data["values"] = [float(v) for v in schedule.values]
        return data
    data["level"] = float(schedule.level)
    if schedule.kind != "constant":
        data["base"] = float(schedule.base)
        data["start"] = float(schedule.start)
    if schedule.kind in ("pulse", "ramp"):
        data["duration"] = float(schedule.duration)
    return data


def _scenario_to_dict(scenario: Scenario) -> dict[str, Any]:
    data: dict[str, Any] = {"name": scenario.name, "description": scenario.description}
    if scenario.segment:  # left out when empty, so files from before segments keep their bytes
        data["segment"] = scenario.segment
    if scenario.horizon is not None:
        data["horizon"] = scenario.horizon
    data["schedules"] = {k: _schedule_to_dict(v) for k, v in scenario.schedules.items()}
    data["clamps"] = {k: float(v) for k, v in scenario.clamps.items()}
    data["weight_overrides"] = {k: float(v) for k, v in scenario.weight_overrides.items()}
    if scenario.spend:  # left out when empty, as the channels
        data["spend"] = spend_to_dict(scenario.spend)
    return data


def _story_to_dict(story: Story) -> dict[str, Any]:
    return {"title": story.title, "steps": [_step_to_dict(step) for step in story.steps]}


def _step_to_dict(step: StoryStep) -> dict[str, Any]:
    """A step with only the fields it sets: a step that changes one thing reads as one line."""
    data: dict[str, Any] = {"title": step.title}
    if step.caption:
        data["caption"] = step.caption
    if step.shown is not None:
        data["shown"] = list(step.shown)
    if step.reveal != _DEFAULT_STEP.reveal:
        data["reveal"] = step.reveal
    if step.highlight:
        data["highlight"] = list(step.highlight)
    if step.levels:
        data["levels"] = {k: float(v) for k, v in step.levels.items()}
    if step.sliders is not None:
        data["sliders"] = list(step.sliders)
    if step.scenario is not None:
        data["scenario"] = step.scenario
    if step.plotted is not None:
        data["plotted"] = list(step.plotted)
    if step.week is not None:
        data["week"] = float(step.week)
    if step.play:
        data["play"] = True
    return data


_DEFAULT_STEP = StoryStep(title="")


# ---------------------------------------------------------------------------- from JSON
def from_dict(data: dict[str, Any]) -> ModelDocument:
    """Build a document from validated file data (current version)."""
    settings = data.get("settings", {})
    threshold = default_threshold(settings.get("update_rule", Settings.update_rule))
    return ModelDocument(
        meta=_meta_from_dict(data.get("meta", {})),
        constructs=[_construct_from_dict(c, threshold) for c in data.get("constructs", [])],
        paths=[_path_from_dict(p) for p in data.get("paths", [])],
        junctions=[_junction_from_dict(j) for j in data.get("junctions", [])],
        scenarios=[_scenario_from_dict(s) for s in data.get("scenarios", [])],
        settings=_settings_from_dict(settings, threshold),
        story=_story_from_dict(data["story"]) if data.get("story") is not None else None,
        channels=[channel_from_dict(c) for c in data.get("channels", [])],
    )


def _meta_from_dict(data: dict[str, Any]) -> Meta:
    return Meta(
        title=data.get("title", Meta.title),
        description=data.get("description", ""),
        authors=list(data.get("authors", [])),
        references=list(data.get("references", [])),
    )


def _activation_from_dict(data: dict[str, Any], threshold: float) -> Activation:
    """An activation; a threshold left out is ``threshold`` (0 under the FCM rules)."""
    default = Activation()
    return Activation(
        kind=data.get("kind", default.kind),
        gain=float(data.get("gain", default.gain)),
        threshold=float(data.get("threshold", threshold)),
    )


def _settings_from_dict(data: dict[str, Any], threshold: float) -> Settings:
    default = Settings()
    return Settings(
        time_unit=data.get("time_unit", default.time_unit),
        dt=float(data.get("dt", default.dt)),
        horizon=int(data.get("horizon", default.horizon)),
        update_rule=data.get("update_rule", default.update_rule),
        step_mode=data.get("step_mode", default.step_mode),
        activation=_activation_from_dict(data.get("activation", {}), threshold),
        focus=list(data.get("focus", [])),
        default_sd=_optional_float(data.get("default_sd")),
        weight_scale=data.get("weight_scale", default.weight_scale),
        level_range=data.get("level_range", default.level_range),
    )


def _point(value: list[float]) -> tuple[float, float]:
    return (float(value[0]), float(value[1]))


def _construct_from_dict(data: dict[str, Any], threshold: float) -> Construct:
    activation = data.get("activation")
    return Construct(
        id=data["id"],
        label=data["label"],
        role=data.get("role", "organism"),
        initial=float(data.get("initial", 0.5)),
        baseline=float(data.get("baseline", 0.5)),
        tau_rise=float(data.get("tau_rise", 1.0)),
        tau_fall=float(data.get("tau_fall", 1.0)),
        activation=None if activation is None else _activation_from_dict(activation, threshold),
        position=_point(data.get("position", [0.0, 0.0])),
        description=data.get("description", ""),
        references=list(data.get("references", [])),
    )


def _path_from_dict(data: dict[str, Any]) -> Path:
    sd = data.get("sd")
    return Path(
        id=data["id"],
        source=data["source"],
        target=data["target"],
        weight=float(data["weight"]),
        sd=None if sd is None else float(sd),
        kind=data.get("kind", "causal"),
        label=data.get("label", ""),
        description=data.get("description", ""),
        references=list(data.get("references", [])),
        note=data.get("note", ""),
    )


def _junction_from_dict(data: dict[str, Any]) -> Junction:
    position = data.get("position")
    return Junction(
        id=data["id"],
        members=list(data["members"]),
        target=data["target"],
        weight=float(data["weight"]),
        sd=_optional_float(data.get("sd")),
        label=data.get("label", ""),
        position=None if position is None else _point(position),
        description=data.get("description", ""),
        references=list(data.get("references", [])),
    )


def _schedule_from_dict(data: dict[str, Any]) -> Schedule:
    return Schedule(
        kind=data.get("kind", "constant"),
        level=float(data.get("level", 0.5)),
        base=float(data.get("base", 0.5)),
        start=float(data.get("start", 0.0)),
        duration=float(data.get("duration", 0.0)),
        values=[float(v) for v in data.get("values", [])],
    )


def _scenario_from_dict(data: dict[str, Any]) -> Scenario:
    horizon = data.get("horizon")
    return Scenario(
        name=data["name"],
        description=data.get("description", ""),
        horizon=None if horizon is None else int(horizon),
        schedules={k: _schedule_from_dict(v) for k, v in data.get("schedules", {}).items()},
        clamps={k: float(v) for k, v in data.get("clamps", {}).items()},
        weight_overrides={k: float(v) for k, v in data.get("weight_overrides", {}).items()},
        segment=data.get("segment", ""),
        spend=spend_from_dict(data.get("spend", {})),
    )


def _optional_float(value: Any) -> float | None:
    return None if value is None else float(value)


def _optional_list(value: list[str] | None) -> list[str] | None:
    return None if value is None else list(value)


def _story_from_dict(data: dict[str, Any]) -> Story:
    return Story(
        title=data.get("title", Story.title),
        steps=[_step_from_dict(step) for step in data.get("steps", [])],
    )


def _step_from_dict(data: dict[str, Any]) -> StoryStep:
    week = data.get("week")
    return StoryStep(
        title=data["title"],
        caption=data.get("caption", ""),
        shown=_optional_list(data.get("shown")),
        reveal=data.get("reveal", _DEFAULT_STEP.reveal),
        highlight=list(data.get("highlight", [])),
        levels={k: float(v) for k, v in data.get("levels", {}).items()},
        sliders=_optional_list(data.get("sliders")),
        scenario=data.get("scenario"),
        plotted=_optional_list(data.get("plotted")),
        week=None if week is None else float(week),
        play=data.get("play", False),
    )
