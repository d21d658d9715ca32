"""A file broken in thousands of places gives a report of a few lines per kind of mistake."""

from __future__ import annotations

import json

import pytest

from synergy_gui.model.errors import DocumentFileError, Problem
from synergy_gui.model.fileformat import loads_document
from synergy_gui.model.problem_report import MAX_OF_A_KIND, MAX_PROBLEMS, capped


def _refused(text: str) -> list[str]:
    with pytest.raises(DocumentFileError) as refused:
        loads_document(text)
    return [str(p) for p in refused.value.problems]


def _file(n_bad_weights: int, n_bad_kinds: int) -> str:
    constructs = [{"id": "s", "label": "S", "role": "stimulus"}] + [
        {"id": f"c{i}", "label": f"C{i}", "role": "organism"} for i in range(n_bad_weights)
    ]
    paths = [
        {"id": f"p{i}", "source": "s", "target": f"c{i}", "weight": 7} for i in range(n_bad_weights)
    ] + [
        {"id": f"q{i}", "source": "s", "target": "c0", "weight": 0.1, "kind": f"odd{i}"}
        for i in range(n_bad_kinds)
    ]
    data = {"format": "synergy-explorer", "version": 1, "constructs": constructs, "paths": paths}
    return json.dumps(data)


def test_each_kind_is_listed_a_few_times_then_counted():
    lines = _refused(_file(500, 300))
    weights = [line for line in lines if ".weight: must be between" in line]
    kinds = [line for line in lines if ".kind: must be one of" in line]
    assert len(weights) == len(kinds) == MAX_OF_A_KIND
    assert "paths[*].weight: ... and 480 more of the same kind (not listed)" in lines
    assert "paths[*].kind: ... and 280 more of the same kind (not listed)" in lines
    assert len(lines) == 2 * MAX_OF_A_KIND + 2


def test_many_kinds_are_cut_at_the_limit_and_the_rest_counted():
    problems = [Problem(f"scenarios[0].clamps.k{i}", f"odd {i}x") for i in range(1000)]
    report = capped(problems)
    assert len(report) == MAX_PROBLEMS
    rest = 1000 - MAX_PROBLEMS + 1
    assert report[-1].message.startswith(f"... and {rest:,} more problems (not listed")


def test_a_short_list_is_left_as_it_is():
    problems = [Problem(f"paths[{i}].weight", "must be between -1 and 1 (got 7)") for i in range(5)]
    assert capped(problems) == problems
