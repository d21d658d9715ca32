"""JSON Schema errors as plain problems: ``paths[3].weight: must be between -1 and 1 (got 2)``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from synergy_gui.model.errors import Problem
from synergy_gui.model.phrases import phrase
from synergy_gui.model.validation import format_location

_TYPE_NAMES = {
    "number": phrase("a number"),
    "integer": phrase("a whole number"),
    "string": phrase("text"),
    "array": phrase("a list [...]"),
    "object": phrase("an object {{...}}"),
    "boolean": phrase("true or false"),
    "null": phrase("null"),
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
            Problem(format_location([*place, name]), phrase("is missing"))
            for name in error.validator_value
            if isinstance(error.instance, dict) and name not in error.instance
        ]
    if keyword == "additionalProperties" and isinstance(error.instance, dict):
        known = list(error.schema.get("properties", {}))
        reason = _not_a_field(known)
        return [
            Problem(format_location([*place, name]), reason)
            for name in error.instance
            if name not in known
        ]
    if keyword in ("anyOf", "oneOf") and error.context:
        return [p for sub in _telling_branch_errors(error) for p in _problems(sub)]
    return [Problem(format_location(place) or phrase("top level"), _reason(error))]


def _not_a_field(known: list[str]) -> str:
    if not known:
        return phrase("is not a field of this format")
    return phrase(
        "is not a field of this format; the known fields are {known}", known=", ".join(known)
    )


def _telling_branch_errors(error: Any) -> list[Any]:
    """What went wrong in the real alternative, not in the ``null`` one (the field is optional)."""
    real = [s for s in error.context if not (s.validator == "type" and s.validator_value == "null")]
    detailed = [s for s in real if s.validator != "type"]
    return detailed or real[:1] or list(error.context[:1])


def _reason(error: Any) -> str:
    """Why the value is wrong, in the program's words; the validator's own (English) words
    for a check this schema does not use."""
    explain = _REASONS.get(error.validator)
    return explain(error) if explain else error.message


def _type_reason(error: Any) -> str:
    expected = error.validator_value
    names = expected if isinstance(expected, list) else [expected]
    wanted = _either([_TYPE_NAMES.get(n, n) for n in names if n != "null"])
    return phrase("must be {wanted} (got {value})", wanted=wanted, value=_shown(error.instance))


def _either(names: list[str]) -> str:
    """``a number or text``: the names joined by "or"."""
    wanted = names[0] if names else ""
    for name in names[1:]:
        wanted = phrase("{either} or {other}", either=wanted, other=name)
    return wanted


def _range_reason(error: Any) -> str:
    schema, value = error.schema, _shown(error.instance)
    low = schema.get("minimum", schema.get("exclusiveMinimum"))
    high = schema.get("maximum", schema.get("exclusiveMaximum"))
    if "exclusiveMinimum" in schema and high is not None:
        return phrase(
            "must be greater than {low:g} and at most {high:g} (got {value})",
            low=low,
            high=high,
            value=value,
        )
    if "exclusiveMaximum" in schema and low is not None:
        return phrase(
            "must be at least {low:g} and below {high:g} (got {value})",
            low=low,
            high=high,
            value=value,
        )
    if "exclusiveMinimum" in schema:
        return phrase("must be greater than {low:g} (got {value})", low=low, value=value)
    if "exclusiveMaximum" in schema:
        return phrase("must be below {high:g} (got {value})", high=high, value=value)
    if low is not None and high is not None:
        return phrase(
            "must be between {low:g} and {high:g} (got {value})", low=low, high=high, value=value
        )
    if low is not None:
        return phrase("must be at least {low:g} (got {value})", low=low, value=value)
    return phrase("must be at most {high:g} (got {value})", high=high, value=value)


def _enum_reason(error: Any) -> str:
    choices = ", ".join(map(str, error.validator_value))
    return phrase(
        "must be one of {choices} (got {value})", choices=choices, value=_shown(error.instance)
    )


def _const_reason(error: Any) -> str:
    return phrase(
        "must be {expected!r} (got {value})",
        expected=error.validator_value,
        value=_shown(error.instance),
    )


def _pattern_reason(error: Any) -> str:  # the schema's one pattern is that of ids
    return phrase(
        "must be 1-100 characters without spaces (got {value})", value=_shown(error.instance)
    )


def _length_reason(error: Any) -> str:
    if error.validator == "minLength":
        return phrase("must not be empty")
    return phrase(
        "is too long ({length} characters; at most {most})",
        length=len(error.instance),
        most=error.validator_value,
    )


def _items_reason(error: Any) -> str:
    count, bound = len(error.instance), error.validator_value
    if error.validator == "minItems":
        return phrase("must hold at least {least} entries (has {count})", least=bound, count=count)
    return phrase("must hold at most {most} entries (has {count})", most=bound, count=count)


# The validator's own wording (same English): channels[i].drives {} is refused by minProperties.
def _properties_reason(error: Any) -> str:
    value, bound = repr(error.instance), error.validator_value
    if error.validator == "minProperties":
        if bound == 1:
            return phrase("{value} should be non-empty", value=value)
        return phrase("{value} does not have enough properties", value=value)
    if bound == 0:
        return phrase("{value} is expected to be empty", value=value)
    return phrase("{value} has too many properties", value=value)


def _unique_reason(error: Any) -> str:
    return phrase("{value} has non-unique elements", value=repr(error.instance))


def _multiple_reason(error: Any) -> str:
    return phrase(
        "{value} is not a multiple of {step}",
        value=repr(error.instance),
        step=error.validator_value,
    )


def _not_reason(error: Any) -> str:
    return phrase(
        "{value} should not be valid under {schema!r}",
        value=repr(error.instance),
        schema=error.validator_value,
    )


def _false_schema_reason(error: Any) -> str:
    return phrase("False schema does not allow {value}", value=repr(error.instance))


_REASONS: dict[str | None, Callable[[Any], str]] = {
    "type": _type_reason,
    "minimum": _range_reason,
    "maximum": _range_reason,
    "exclusiveMinimum": _range_reason,
    "exclusiveMaximum": _range_reason,
    "enum": _enum_reason,
    "const": _const_reason,
    "pattern": _pattern_reason,
    "minLength": _length_reason,
    "maxLength": _length_reason,
    "minItems": _items_reason,
    "maxItems": _items_reason,
    "minProperties": _properties_reason,
    "maxProperties": _properties_reason,
    "uniqueItems": _unique_reason,
    "multipleOf": _multiple_reason,
    "not": _not_reason,
    None: _false_schema_reason,  # a ``false`` schema: nothing is allowed there
}
