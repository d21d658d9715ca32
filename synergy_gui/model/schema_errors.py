"""JSON Schema errors as plain problems: ``paths[3].weight: must be between -1 and 1 (got 2)``."""

from __future__ import annotations

from typing import Any

from synergy_gui.model.errors import Problem
from synergy_gui.model.validation import format_location

_TYPE_NAMES = {
    "number": "a number",
    "integer": "a whole number",
    "string": "text",
    "array": "a list [...]",
    "object": "an object {...}",
    "boolean": "true or false",
    "null": "null",
}


def schema_problems(data: Any, validator: Any) -> list[Problem]:
    """Every schema violation of ``data``, each at its place, in file order."""
    # each error becomes its few problems at once: a file of 200,000 errors must not hold
    # 200,000 error objects (each with its schema and instance) until they are sorted
    keyed = [
        (_sort_key(error.absolute_path), order, _problems(error))
        for order, error in enumerate(validator.iter_errors(data))
    ]
    keyed.sort(key=lambda entry: (entry[0], entry[1]))
    found: dict[Problem, None] = {}  # keeps file order and drops repeats in O(1) each
    for _, _, problems in keyed:
        for problem in problems:
            found.setdefault(problem)
    return list(found)


def _sort_key(path: Any) -> list[tuple[bool, Any]]:
    return [(isinstance(part, str), part) for part in path]


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _problems(error: Any) -> list[Problem]:
    place = list(error.absolute_path)
    keyword = error.validator
    if keyword == "required":
        return [
            Problem(format_location([*place, name]), "is missing")
            for name in error.validator_value
            if isinstance(error.instance, dict) and name not in error.instance
        ]
    if keyword == "additionalProperties" and isinstance(error.instance, dict):
        known = list(error.schema.get("properties", {}))
        hint = f"; the known fields are {', '.join(known)}" if known else ""
        return [
            Problem(format_location([*place, name]), f"is not a field of this format{hint}")
            for name in error.instance
            if name not in known
        ]
    if keyword in ("anyOf", "oneOf") and error.context:
        return [p for sub in _telling_branch_errors(error) for p in _problems(sub)]
    return [Problem(format_location(place) or "top level", _reason(error))]


def _telling_branch_errors(error: Any) -> list[Any]:
    """What went wrong in the real alternative, not in the ``null`` one (the field is optional)."""
    real = [s for s in error.context if not (s.validator == "type" and s.validator_value == "null")]
    detailed = [s for s in real if s.validator != "type"]
    return detailed or real[:1] or list(error.context[:1])


def _reason(error: Any) -> str:
    keyword, expected, value = error.validator, error.validator_value, error.instance
    if keyword == "type":
        names = expected if isinstance(expected, list) else [expected]
        wanted = " or ".join(_TYPE_NAMES.get(n, n) for n in names if n != "null")
        return f"must be {wanted} (got {_shown(value)})"
    if keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        return _range_reason(error.schema, value)
    if keyword == "enum":
        return f"must be one of {', '.join(map(str, expected))} (got {_shown(value)})"
    if keyword == "const":
        return f"must be {expected!r} (got {_shown(value)})"
    if keyword == "pattern":
        return f"must be 1-100 characters without spaces (got {_shown(value)})"
    if keyword == "minLength":
        return "must not be empty"
    if keyword == "maxLength":
        return f"is too long ({len(value)} characters; at most {expected})"
    if keyword == "minItems":
        return f"must hold at least {expected} entries (has {len(value)})"
    if keyword == "maxItems":
        return f"must hold at most {expected} entries (has {len(value)})"
    return error.message


def _range_reason(schema: dict[str, Any], value: Any) -> str:
    low = schema.get("minimum", schema.get("exclusiveMinimum"))
    high = schema.get("maximum", schema.get("exclusiveMaximum"))
    if "exclusiveMinimum" in schema:
        return f"must be greater than {low:g} and at most {high:g} (got {_shown(value)})"
    if low is not None and high is not None:
        return f"must be between {low:g} and {high:g} (got {_shown(value)})"
    if low is not None:
        return f"must be at least {low:g} (got {_shown(value)})"
    return f"must be at most {high:g} (got {_shown(value)})"
