"""A long list of problems cut to a readable report that says what it leaves out.

A file with 20,000 broken paths has one mistake made 20,000 times: the report shows the
first few of each kind, then one line ``paths[*].weight: ... and 19,980 more of the same
kind``, and at most :data:`MAX_PROBLEMS` lines in all.
"""

from __future__ import annotations

import re

from synergy_gui.model.errors import Problem
from synergy_gui.model.phrases import phrase

MAX_PROBLEMS = 200
MAX_OF_A_KIND = 20

_INDEX = re.compile(r"\[\d+\]")
_VALUE = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|-?\d+(?:\.\d+)?(?:e[-+]?\d+)?")


def kind_of(problem: Problem) -> tuple[str, str, str]:
    """Problems that differ only in item numbers and quoted values are of one kind."""
    place = _INDEX.sub("[*]", problem.location)
    if place == problem.location:  # keep a place such as "top level" as it was (a phrase)
        place = problem.location
    return (place, _VALUE.sub("…", problem.message), problem.severity)


def capped(problems: list[Problem]) -> list[Problem]:
    """The problems, at most MAX_OF_A_KIND of each kind and MAX_PROBLEMS lines in all."""
    shown: list[Problem | tuple[str, str, str]] = []
    counts: dict[tuple[str, str, str], int] = {}
    for problem in problems:
        kind = kind_of(problem)
        seen = counts.get(kind, 0)
        counts[kind] = seen + 1
        if seen < MAX_OF_A_KIND:
            shown.append(problem)
        elif seen == MAX_OF_A_KIND:
            shown.append(kind)  # where the summary of this kind goes, once it is counted
    if len(shown) > MAX_PROBLEMS:
        shown = shown[: MAX_PROBLEMS - 1]
        listed = sum(counts[i] - MAX_OF_A_KIND if isinstance(i, tuple) else 1 for i in shown)
        rest = len(problems) - listed
        message = phrase(
            "... and {rest:,} more problems (not listed; fix these and check again)", rest=rest
        )
        shown.append(Problem("", message))
    return [_summary(i, counts[i]) if isinstance(i, tuple) else i for i in shown]


def _summary(kind: tuple[str, str, str], count: int) -> Problem:
    hidden = count - MAX_OF_A_KIND
    message = phrase("... and {hidden:,} more of the same kind (not listed)", hidden=hidden)
    return Problem(kind[0], message, kind[2])


def elsewhere(found: list[Problem], reported: list[Problem]) -> list[Problem]:
    """The ``found`` problems at places that are not, hold or lie within a ``reported`` place.

    A later check meeting a value an earlier one faulted would only say the same thing again.
    """
    faulted = {p.location for p in reported}
    around = {prefix for place in faulted for prefix in _prefixes(place)}
    return [
        problem
        for problem in found
        if problem.location not in around
        and not any(prefix in faulted for prefix in _prefixes(problem.location))
    ]


def _prefixes(location: str) -> list[str]:
    """``paths[3].weight`` -> ``paths``, ``paths[3]``, ``paths[3].weight`` (quotes respected)."""
    prefixes = []
    quoted = False
    for position, char in enumerate(location):
        if char == '"' and location[position - 1 : position] != "\\":
            quoted = not quoted
        elif not quoted and char in ".[" and position:
            prefixes.append(location[:position])
    return [*prefixes, location]
