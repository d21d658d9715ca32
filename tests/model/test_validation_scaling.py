"""Loading and validating a file does work in proportion to its size, never to its square.

The work is counted, not timed: every Python and C function call made while the file is read,
under ``sys.setprofile``. Four times the items must cost about four times the calls; a check
that compares every item with every other one costs sixteen times.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

import pytest

from synergy_gui.model.errors import DocumentFileError
from synergy_gui.model.fileformat import loads_document_with_warnings

SMALL = 400
GROWTH = 4
MOST_RATIO = 5.0  # linear gives at most 4 (less with a fixed part), quadratic about 16


def _construct(index: int, role: str = "organism") -> dict[str, Any]:
    return {"id": f"c{index}", "label": f"C{index}", "role": role}


def _file(constructs: list[dict], **parts: Any) -> str:
    data = {"format": "synergy-explorer", "version": 1, "constructs": constructs, **parts}
    return json.dumps(data)


def dangling_paths(n: int) -> str:
    """Every path leads from a construct that does not exist."""
    paths = [{"id": f"p{i}", "source": f"gone{i}", "target": "c1", "weight": 0.1} for i in range(n)]
    return _file([_construct(0, "stimulus"), _construct(1)], paths=paths)


def wide_junction(n: int) -> str:
    """One junction of n members."""
    constructs = [_construct(i, "stimulus") for i in range(n)] + [_construct(n)]
    junction = {"id": "j", "members": [f"c{i}" for i in range(n)], "target": f"c{n}", "weight": 1}
    return _file(constructs, junctions=[junction])


def bad_weights(n: int) -> str:
    """n paths, every one with weight 7 (a schema error each)."""
    constructs = [_construct(0, "stimulus")] + [_construct(i + 1) for i in range(n)]
    paths = [{"id": f"p{i}", "source": "c0", "target": f"c{i + 1}", "weight": 7} for i in range(n)]
    return _file(constructs, paths=paths)


def dangling_focus(n: int) -> str:
    """n constructs, n paths and a focus list of n ids that name nothing."""
    constructs = [_construct(0, "stimulus")] + [_construct(i + 1) for i in range(n)]
    paths = [
        {"id": f"p{i}", "source": "c0", "target": f"c{i + 1}", "weight": 0.1} for i in range(n)
    ]
    settings = {"focus": [f"gone{i}" for i in range(n)]}
    return _file(constructs, paths=paths, settings=settings)


def many_scenarios(n: int) -> str:
    """n constructs and n scenarios, each clamping one of them."""
    scenarios = [{"name": f"s{i}", "clamps": {f"c{i}": 0.5}} for i in range(n)]
    return _file([_construct(i) for i in range(n)], scenarios=scenarios)


def many_missing_scenario_items(n: int) -> str:
    """n paths and a scenario that overrides n weights of items that do not exist."""
    constructs = [_construct(0, "stimulus")] + [_construct(i + 1) for i in range(n)]
    paths = [
        {"id": f"p{i}", "source": "c0", "target": f"c{i + 1}", "weight": 0.1} for i in range(n)
    ]
    overrides = {f"gone{i}": 0.1 for i in range(n)}
    scenario = {
        "name": "s",
        "weight_overrides": overrides,
        "clamps": {f"x{i}": 1 for i in range(n)},
    }
    return _file(constructs, paths=paths, scenarios=[scenario])


def _calls(text: str) -> int:
    count = 0

    def profile(frame: Any, event: str, arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        loads_document_with_warnings(text)
    except DocumentFileError:
        pass
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize(
    "build",
    [
        dangling_paths,
        wide_junction,
        bad_weights,
        dangling_focus,
        many_scenarios,
        many_missing_scenario_items,
    ],
)
def test_validation_work_grows_linearly(build: Callable[[int], str]):
    _calls(build(10))  # the schema validator is built once, outside the count
    small, large = _calls(build(SMALL)), _calls(build(SMALL * GROWTH))
    assert large / small < MOST_RATIO, f"{large} calls for {GROWTH}x the items of {small}"
