"""The comparison table: CSV rows carry the engine's numbers exactly, the text lines up."""

from __future__ import annotations

import csv
import io

import pytest

from synergy_gui.engine.compare import compare
from synergy_gui.io.comparison_table import (
    CSV_HEADER,
    comparison_rows,
    comparison_text,
    write_comparison_csv,
)
from synergy_gui.model import Activation, Construct, ModelDocument, Scenario, Schedule

LONG = "Half the stimulus, held there for a long while: all year"
LABELS = {"s": "Stimulus", "r": "Response"}


def _construct(cid: str, role: str, initial: float, tau: float = 2.0) -> Construct:
    return Construct(
        id=cid, label=cid, role=role, initial=initial, baseline=0.0, tau_rise=tau, tau_fall=tau
    )


def _document() -> ModelDocument:
    """s (at 1) -> r: r rises as 1 - e^(-t/2); "half" and LONG hold s at 0.5."""
    doc = ModelDocument()
    doc.add_construct(_construct("s", "stimulus", 1.0))
    doc.add_construct(_construct("r", "response", 0.0))
    doc.connect("s", "r", 1.0)
    doc.update_settings(horizon=20)
    for name in ("half", LONG):
        doc.add_scenario(Scenario(name=name, schedules={"s": Schedule("constant", 0.5)}))
    return doc


@pytest.fixture
def comparison():
    return compare(_document(), [None, "half", LONG], ["r", "s"], {"r": 0.6})


def _oscillating():
    doc = ModelDocument()
    for cid, initial in (("a", 1.0), ("b", 0.0)):
        doc.add_construct(_construct(cid, "organism", initial))
    doc.connect("a", "b", 1.0)
    doc.connect("b", "a", -1.0)
    doc.update_settings(update_rule="kosko", activation=Activation("trivalent"), horizon=8)
    return compare(doc, [None], ["a"])


def _as_written(cell) -> str:
    if cell is None:
        return ""
    return cell if isinstance(cell, str) else repr(cell)


def test_rows_are_one_per_construct_and_scenario_with_the_engines_numbers(comparison):
    header, rows = comparison_rows(comparison, LABELS)
    assert header == CSV_HEADER
    expected = [(cid, scenario) for cid in ("r", "s") for scenario in ("As drawn", "half", LONG)]
    assert [(row[0], row[2]) for row in rows] == expected
    for row in rows:
        cid, key = row[0], None if row[2] == "As drawn" else row[2]
        metrics = comparison.metrics[key][cid]
        assert row[1] == LABELS[cid]
        assert row[3:6] == [metrics.final, metrics.settled, metrics.settles_at]
        assert row[6] == comparison.thresholds.get(cid)
        assert row[7:9] == [metrics.reaches_at, metrics.mean]
        assert row[9] == comparison.difference(key, cid)
        assert row[10] == "As drawn"


def test_csv_holds_repr_floats_and_empty_cells_for_none(comparison, tmp_path):
    path = tmp_path / "comparison.csv"
    write_comparison_csv(comparison, LABELS, path)
    stream = io.StringIO(newline="")
    write_comparison_csv(comparison, LABELS, stream)
    assert path.read_bytes() == stream.getvalue().encode("utf-8")
    with path.open(newline="", encoding="utf-8") as handle:
        written = list(csv.reader(handle))
    _, rows = comparison_rows(comparison, LABELS)
    assert tuple(written[0]) == CSV_HEADER
    for line, row in zip(written[1:], rows, strict=True):
        assert line == [_as_written(cell) for cell in row]
        assert [float(cell) for cell in line[3:6] if cell] == [c for c in row[3:6] if c is not None]
    half_r = written[2]
    assert half_r[2] == "half" and half_r[7] == ""  # r stays below 0.6 at half the stimulus
    assert written[4][6] == written[4][7] == ""  # no threshold for s


def test_text_has_a_row_per_construct_and_a_column_group_per_scenario(comparison):
    text = comparison_text(comparison, LABELS, "week")
    lines = text.splitlines()
    titles, header, rows = lines[0], lines[1], lines[2:4]
    assert [title.strip() for title in titles.split("│")[1:]] == ["As drawn", "half", LONG]
    groups = [group.split() for group in header.split("│")[1:]]
    assert groups == [["final", "settles", "reaches", "mean", "Δ", "final"]] * 3
    # every line of the table puts its group separators in the same places
    separators = {tuple(i for i, c in enumerate(line) if c == "│") for line in lines[:4]}
    assert len(separators) == 1
    response, stimulus = (row.split("│") for row in rows)
    assert response[0].split() == ["Response", "≥", "0.60"]
    assert stimulus[0].split() == ["Stimulus", "–"]
    for group, key in zip(response[1:], [None, "half", LONG], strict=True):
        metrics = comparison.metrics[key]["r"]
        cells = group.split()
        assert cells[0] == f"{metrics.final:.3f}"
        assert cells[1] == f"{metrics.settled:.3f}"
        assert cells[-2] == f"{metrics.mean:.3f}"
    # as drawn: settles at 1 from week 11 (e^(-t/2) <= 0.005), over 0.6 from week 2
    assert response[1].split()[2:6] == ["(wk", "11)", "wk", "2"]
    assert response[1].split()[-1] == "ref"
    assert response[2].split()[4] == "never"
    difference = comparison.difference("half", "r")
    assert response[2].split()[-1] == f"{difference:+.3f}"
    assert "Δ final: final minus As drawn's (ref)" in text
    assert "after 20 weeks" in text


def test_a_difference_that_rounds_to_nothing_has_no_sign():
    doc = _document()
    doc.add_scenario(Scenario(name="a hair less", schedules={"s": Schedule("constant", 0.4999)}))
    comparison = compare(doc, ["half", LONG, "a hair less"], ["r"], reference="half")
    row = comparison_text(comparison, LABELS, "week").splitlines()[2]
    assert comparison.difference("a hair less", "r") < 0
    assert [group.split()[-1] for group in row.split("│")[1:]] == ["ref", "0.000", "0.000"]


def test_text_says_when_a_level_settles_only_after_the_run_or_never_or_is_not_known():
    short = compare(_document(), [None], ["r"], steps=6)
    assert "(after wk 6)" in comparison_text(short, LABELS, "week")
    unknown = compare(_document(), [None], ["r"], steadies={})
    row = comparison_text(unknown, LABELS, "month").splitlines()[2]
    assert row.split("│")[1].split()[1] == "–"
    assert "does not settle" in comparison_text(_oscillating(), {}, "week")


def test_csv_leaves_settled_empty_where_it_does_not_settle():
    stream = io.StringIO(newline="")
    write_comparison_csv(_oscillating(), {}, stream)
    line = list(csv.reader(io.StringIO(stream.getvalue())))[1]
    assert line[:3] == ["a", "a", "As drawn"]
    assert line[4] == line[5] == ""
