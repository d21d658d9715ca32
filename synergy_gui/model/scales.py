"""The model's scale settings (weight scale, level range): an edit narrows one only when every
weight and level the document holds still fits, and a file whose scale and model disagree
gets a warning."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from synergy_gui.model.checks import field_problem, level_bounds, weight_bound
from synergy_gui.model.errors import ModelError, Problem
from synergy_gui.model.phrases import phrase

if TYPE_CHECKING:
    from synergy_gui.model.document import ModelDocument


def refuse_narrowing(document: ModelDocument, values: dict[str, Any]) -> None:
    """Raise ModelError if ``values`` narrow a setting below a value the document holds."""
    scale = values.get("weight_scale")
    if scale is not None and field_problem("settings", "weight_scale", scale) is None:
        bound = weight_bound(scale)
        for what, weight in held_weights(document):
            if abs(weight) > bound:
                raise ModelError(
                    phrase(
                        "the weight of {what} is {weight:g}, beyond ±{bound:g}: "
                        "change it before calling the weights standardised",
                        what=what,
                        weight=weight,
                        bound=bound,
                    )
                )
    level_range = values.get("level_range")
    if level_range is not None and field_problem("settings", "level_range", level_range) is None:
        low, _ = level_bounds(level_range)
        for what, level in held_levels(document):
            if level < low:
                raise ModelError(
                    phrase(
                        "a level of {what} is {level:g}, below {low:g}: "
                        "raise it before narrowing the level range",
                        what=what,
                        level=level,
                        low=low,
                    )
                )


def held_weights(document: ModelDocument) -> list[tuple[str, float]]:
    """Every weight the document holds, named: paths, junctions and scenario overrides."""
    found = [(repr(item.id), item.weight) for item in (*document.paths, *document.junctions)]
    for scenario in document.scenarios:
        found += [
            (phrase("{id!r} in scenario “{scenario}”", id=i, scenario=scenario.name), w)
            for i, w in scenario.weight_overrides.items()
        ]
    return found


def held_levels(document: ModelDocument) -> list[tuple[str, float]]:
    """Every level the document holds, named: initial, baseline, clamps, schedule levels,
    channels' levels and the story's slider levels."""
    found = [(repr(c.id), v) for c in document.constructs for v in (c.initial, c.baseline)]
    for scenario in document.scenarios:
        found += [(repr(name), v) for name, v in scenario.clamps.items()]
        for name, schedule in scenario.schedules.items():
            values = (schedule.level, schedule.base, *schedule.values)
            found += [(repr(name), v) for v in values]
    for channel in getattr(document, "channels", None) or []:
        found += [
            (phrase("channel {name!r}", name=channel.id), v)
            for v in (channel.zero_level, channel.saturation_level)
        ]
    story = getattr(document, "story", None)
    for number, step in enumerate(getattr(story, "steps", None) or [], start=1):
        found += [
            (phrase("{name!r} in story step {number}", name=name, number=number), v)
            for name, v in step.levels.items()
        ]
    return found


#: Activations whose levels never fall below 0, so a bipolar range gains them nothing.
_UNIPOLAR_KINDS = ("clip", "logistic", "bivalent")


def scale_warnings(document: ModelDocument) -> list[Problem]:
    """Warnings where the scale settings and the model disagree (they do not refuse it)."""
    settings = document.settings
    problems = []
    kind = getattr(settings.activation, "kind", None)
    if settings.level_range == "bipolar" and kind in _UNIPOLAR_KINDS:
        problems.append(
            Problem(
                "settings.level_range",
                phrase(
                    "levels are bipolar (-1 to 1), but the {kind} activation keeps them in "
                    "[0, 1]; bipolar levels suit tanh, trivalent and identity",
                    kind=kind,
                ),
                "warning",
            )
        )
    largest = _largest_weight(document)
    if settings.weight_scale == "unstandardised" and largest is not None:
        place, weight = largest
        problems.append(
            Problem(
                "settings.weight_scale",
                phrase(
                    "weights are unstandardised (the largest, {place}, is {weight:g}): levels "
                    "may run to the bounds of their activation",
                    place=place,
                    weight=weight,
                ),
                "warning",
            )
        )
    return problems


def _largest_weight(document: ModelDocument) -> tuple[str, float] | None:
    """The place and value of the largest |weight| beyond 1, or None."""
    places = [(f"paths[{i}].weight", p.weight) for i, p in enumerate(document.paths)]
    places += [(f"junctions[{i}].weight", j.weight) for i, j in enumerate(document.junctions)]
    numbers = [(p, w) for p, w in places if isinstance(w, int | float) and abs(w) > 1.0]
    return max(numbers, key=lambda pair: abs(pair[1]), default=None)
