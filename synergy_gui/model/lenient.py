"""A document built from file data that failed the schema, so the model checks can run too.

A file with a weight of 7 and a path to a missing construct has two problems, and the user
wants both in one report. The schema finds the first; the model checks need a document. Here
every value of the wrong JSON type is put in a stand-in of the right type (the schema has
already said what is wrong with it), so that :func:`~synergy_gui.model.serialize.from_dict`
can build one. Values of the right type are kept as they are, however far out of range.

When the ids themselves cannot be trusted (a section that is not a list, an item that is not
an object or has no text id), references cannot be judged, and no document is built.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from synergy_gui.model.document import ModelDocument
from synergy_gui.model.errors import Problem
from synergy_gui.model.problem_report import elsewhere
from synergy_gui.model.serialize import from_dict
from synergy_gui.model.validation import check_document

Fix = Callable[[Any], Any]
_NOWHERE = " missing"  # a space: no valid id can equal it
_ID_SECTIONS = ("constructs", "paths", "junctions")


def model_problems_beside(data: dict[str, Any], reported: list[Problem]) -> list[Problem]:
    """The model checks' errors of ``data``, except at places ``reported`` already faults.

    A path whose weight is not a number is not reported again for its weight, nor for its
    item (see :func:`~synergy_gui.model.problem_report.elsewhere`).
    """
    try:
        document = lenient_document(data)
        found = [] if document is None else check_document(document)
    except Exception:  # a stand-in the checks did not foresee must not lose the report so far
        return []
    return elsewhere([p for p in found if p.severity == "error"], reported)


def lenient_document(data: dict[str, Any]) -> ModelDocument | None:
    """A document of the data with wrong types replaced, or None when ids are unusable."""
    sections = {name: data.get(name, []) for name in (*_ID_SECTIONS, "scenarios")}
    if not all(isinstance(items, list) for items in sections.values()):
        return None
    for name in _ID_SECTIONS:
        if not all(isinstance(i, dict) and isinstance(i.get("id"), str) for i in sections[name]):
            return None
    return from_dict(
        {
            "meta": _object(data.get("meta"), _META),
            "settings": _object(data.get("settings"), _SETTINGS),
            "constructs": [_object(c, _CONSTRUCT, {"label": "?"}) for c in sections["constructs"]],
            "paths": [_object(p, _PATH, _PATH_NEEDS) for p in sections["paths"]],
            "junctions": [_object(j, _JUNCTION, _JUNCTION_NEEDS) for j in sections["junctions"]],
            "scenarios": [
                _object(s, _SCENARIO, {"name": f" scenarios[{i}]"})
                for i, s in enumerate(sections["scenarios"])
            ],
            "story": _story(data.get("story")),
        }
    )


def _object(value: Any, fields: dict[str, Fix], required: dict[str, Any] | None = None) -> dict:
    """The known fields of an object, each of the right type; stand-ins for required ones."""
    given = value if isinstance(value, dict) else {}
    fixed = {name: fix(given[name]) for name, fix in fields.items() if name in given}
    for name, stand_in in (required or {}).items():
        fixed.setdefault(name, stand_in)
    return fixed


def _is_number(value: Any) -> bool:
    """A JSON number the document can hold as a float (10**400 cannot)."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return False
    return isinstance(value, float) or abs(value) <= _LARGEST_FLOAT


_LARGEST_FLOAT = int(sys.float_info.max)


def _number(default: float) -> Fix:
    return lambda value: value if _is_number(value) else default


def _whole(default: int | None) -> Fix:
    return lambda value: (
        value if isinstance(value, int) and not isinstance(value, bool) else default
    )


def _text(default: str = "") -> Fix:
    return lambda value: value if isinstance(value, str) else default


def _texts(value: Any) -> list[str]:
    return [v if isinstance(v, str) else "" for v in value] if isinstance(value, list) else []


def _ids(value: Any) -> list[str]:
    return [v if isinstance(v, str) else _NOWHERE for v in value] if isinstance(value, list) else []


def _point(value: Any) -> list[float]:
    good = isinstance(value, list) and len(value) == 2 and all(_is_number(v) for v in value)
    return value if good else [0.0, 0.0]


def _optional(fix: Fix) -> Fix:
    return lambda value: None if value is None else fix(value)


def _activation(value: Any) -> dict[str, Any]:
    return _object(value, _ACTIVATION)


def _levels(value: Any) -> list[float]:
    return [v if _is_number(v) else 0.5 for v in value] if isinstance(value, list) else []


def _mapping(fix: Fix) -> Fix:
    return lambda value: {k: fix(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _schedule(value: Any) -> dict[str, Any]:
    return _object(value, _SCHEDULE)


def _story(value: Any) -> dict[str, Any] | None:
    """The story with stand-ins; None (no story checks) when it is not an object."""
    if not isinstance(value, dict):
        return None
    steps = value.get("steps")
    steps = steps if isinstance(steps, list) else []
    return {
        "title": _text("Story")(value.get("title", "Story")),
        "steps": [_object(step, _STEP, {"title": "?"}) for step in steps],
    }


def _optional_ids(value: Any) -> list[str] | None:
    return None if value is None else _ids(value)


def _flag(value: Any) -> bool:
    return value if isinstance(value, bool) else False


_ACTIVATION: dict[str, Fix] = {
    "kind": _text("clip"),
    "gain": _number(5.0),
    "threshold": _number(0.5),
}
_META: dict[str, Fix] = {
    "title": _text("Untitled model"),
    "description": _text(),
    "authors": _texts,
    "references": _texts,
}
_SETTINGS: dict[str, Fix] = {
    "time_unit": _text("week"),
    "dt": _number(1.0),
    "horizon": _whole(52),
    "update_rule": _text("sor"),
    "step_mode": _text("exact"),
    "activation": _activation,
    "focus": _texts,
    "default_sd": _optional(_number(0.0)),
}
_CONSTRUCT: dict[str, Fix] = {
    "id": _text(),
    "label": _text("?"),
    "role": _text("organism"),
    "initial": _number(0.5),
    "baseline": _number(0.5),
    "tau_rise": _number(1.0),
    "tau_fall": _number(1.0),
    "activation": _optional(_activation),
    "position": _point,
    "description": _text(),
    "references": _texts,
}
_PATH: dict[str, Fix] = {
    "id": _text(),
    "source": _text(_NOWHERE),
    "target": _text(_NOWHERE),
    "weight": _number(0.0),
    "sd": _optional(_number(0.0)),
    "kind": _text("causal"),
    "label": _text(),
    "description": _text(),
    "references": _texts,
    "note": _text(),
}
_JUNCTION: dict[str, Fix] = {
    "id": _text(),
    "members": _ids,
    "target": _text(_NOWHERE),
    "weight": _number(0.0),
    "sd": _optional(_number(0.0)),
    "label": _text(),
    "position": _optional(_point),
    "description": _text(),
    "references": _texts,
}
_PATH_NEEDS = {"source": _NOWHERE, "target": _NOWHERE, "weight": 0.0}
_JUNCTION_NEEDS = {"members": [], "target": _NOWHERE, "weight": 0.0}
_SCHEDULE: dict[str, Fix] = {
    "kind": _text("constant"),
    "level": _number(0.5),
    "base": _number(0.5),
    "start": _number(0.0),
    "duration": _number(0.0),
    "values": _levels,
}
_SCENARIO: dict[str, Fix] = {
    "name": _text(),
    "description": _text(),
    "segment": _text(),
    "horizon": _optional(_whole(None)),
    "schedules": _mapping(_schedule),
    "clamps": _mapping(_number(0.5)),
    "weight_overrides": _mapping(_number(0.0)),
}
_STEP: dict[str, Fix] = {
    "title": _text("?"),
    "caption": _text(),
    "shown": _optional_ids,
    "reveal": _text("fade"),
    "highlight": _ids,
    "levels": _mapping(_number(0.5)),
    "sliders": _optional_ids,
    "scenario": _optional(_text(_NOWHERE)),
    "plotted": _optional_ids,
    "week": _optional(_number(0.0)),
    "play": _flag,
}
