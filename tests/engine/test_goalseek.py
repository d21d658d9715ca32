"""Goal seek: levels checked by plain runs, against closed forms, for an inverted-U lever, an
unreachable target and bad requests."""

from __future__ import annotations

import math

import pytest
from engine_builders import construct, document, with_scenario

from synergy_gui.engine import EngineError, Simulator, compile_model
from synergy_gui.engine.goalseek import BISECTION, SCAN, seek, seek_all
from synergy_gui.model import Activation, Schedule
from synergy_gui.model.presets import load_preset


def _outcome_with(doc, lever, level, outcome, week, scenario=None) -> float:
    """The outcome at ``week`` in a plain run of a clone with the lever at ``level``."""
    clone = doc.clone()
    clone.update_construct(lever, initial=level)
    return float(Simulator(clone, scenario).run().series(outcome)[week])


@pytest.mark.parametrize("lever", ["interactivity", "ewom", "kol_credibility"])
def test_the_level_put_back_into_a_plain_run_reaches_the_target(lever):
    doc = load_preset("synergistic_influence")
    answer = seek(compile_model(doc), lever, "loyalty", 0.58, 26)
    assert answer.reachable and answer.level is not None
    reached = _outcome_with(doc, lever, answer.level, "loyalty", 26)
    assert reached >= 0.58 - 1e-12
    assert reached == pytest.approx(0.58, abs=1e-3)
    # the smallest change: a little less of the lever falls short
    assert _outcome_with(doc, lever, answer.level - 1e-4, "loyalty", 26) < 0.58
    assert answer.change == pytest.approx(answer.level - doc.construct(lever).initial)
    assert answer.method == BISECTION


def _one_path(weight=0.5, initial=0.2):
    """s → r with an identity r (τ = 1, exact steps): r_k = y + (0.5 − y)·e^(−k)."""
    return document(
        [construct("s", "stimulus", initial), construct("r", "response")],
        [("s", "r", weight)],
        activation=Activation("identity"),
    )


def test_a_single_path_matches_the_closed_form():
    decay = math.exp(-3)  # (1 − α)^3 with α = 1 − e^(−1)
    target = 0.6
    needed_y = (target - 0.5 * decay) / (1 - decay)
    expected = 0.5 + (needed_y - 0.5) / 0.5
    answer = seek(compile_model(_one_path()), "s", "r", target, 3)
    assert answer.level == pytest.approx(expected, abs=1e-9)
    assert answer.current_outcome == pytest.approx(0.5 + 0.5 * (0.2 - 0.5) * (1 - decay))


def test_a_target_already_met_needs_no_change():
    answer = seek(compile_model(_one_path(initial=0.9)), "s", "r", 0.55, 10)
    assert answer.reachable and answer.level == 0.9 and answer.change == 0.0


def test_an_unreachable_target_says_so_with_the_best_level():
    doc = _one_path()
    answer = seek(compile_model(doc), "s", "r", 0.8, 10)
    assert not answer.reachable and answer.level is None and answer.change is None
    assert answer.best_level == pytest.approx(1.0)
    assert answer.best_outcome == pytest.approx(_outcome_with(doc, "s", 1.0, "r", 10))
    assert answer.best_outcome < 0.8


def _inverted_u(initial, held=1.0):
    """o = clip(s + t − 0.5) saturates once s passes 1.5 − t, and s also lowers r directly:
    with t = 1, r at rest is 0.75 + 0.5 s below s = 0.5 and 1.25 − 0.5 s above, a peak of 1."""
    return document(
        [
            construct("s", "stimulus", initial),
            construct("t", "stimulus", held),
            construct("o"),
            construct("r", "response"),
        ],
        [("s", "o", 1.0), ("t", "o", 1.0), ("o", "r", 1.0), ("s", "r", -0.5)],
    )


@pytest.mark.parametrize(("initial", "expected"), [(0.9, 0.7), (0.1, 0.3)])
def test_a_lever_with_a_peak_is_scanned_and_the_nearest_crossing_wins(initial, expected):
    answer = seek(compile_model(_inverted_u(initial)), "s", "r", 0.9, 60)
    assert answer.method == SCAN
    assert answer.level == pytest.approx(expected, abs=1e-9)


def test_the_best_level_of_a_peaked_lever_is_refined_to_the_peak():
    """t = 0.993 puts the peak between two scan levels: s = 0.507, r = 1 − 0.5 · 0.007."""
    answer = seek(compile_model(_inverted_u(0.9, held=0.993)), "s", "r", 0.999, 60)
    assert not answer.reachable
    assert answer.best_level == pytest.approx(0.507, abs=1e-6)
    assert answer.best_outcome == pytest.approx(0.9965, abs=1e-9)


def test_every_lever_is_ranked_by_the_change_it_needs_unreachable_last():
    doc = load_preset("synergistic_influence")
    answers = seek_all(compile_model(doc), "loyalty", 0.59, 26)
    assert {a.lever for a in answers} == {c.id for c in doc.constructs_with_role("stimulus")}
    reachable = [a for a in answers if a.reachable]
    unreachable = [a for a in answers if not a.reachable]
    assert reachable and unreachable
    assert answers == reachable + unreachable
    changes = [abs(a.change) for a in reachable]
    assert changes == sorted(changes)
    for answer in reachable:  # each on its own reaches the target
        reached = _outcome_with(doc, answer.lever, answer.level, "loyalty", 26)
        assert reached == pytest.approx(0.59, abs=1e-3)
    for answer in unreachable:
        assert _outcome_with(doc, answer.lever, 1.0, "loyalty", 26) < 0.59


def test_other_stimuli_keep_their_schedules():
    doc = document(
        [construct("s", "stimulus", 0.5), construct("p", "stimulus"), construct("r")],
        [("s", "r", 0.5), ("p", "r", 0.5)],
    )
    with_scenario(doc, "campaign", schedules={"p": Schedule("pulse", 1.0, 0.0, 2.0, 3.0)})
    answer = seek(compile_model(doc, "campaign"), "s", "r", 0.5, 6)
    assert answer.reachable
    reached = _outcome_with(doc, "s", answer.level, "r", 6, "campaign")
    assert reached == pytest.approx(0.5, abs=1e-9)
    assert _outcome_with(doc, "s", answer.level, "r", 6) != pytest.approx(0.5, abs=1e-3)


@pytest.mark.parametrize(
    ("lever", "outcome", "target", "week", "message"),
    [
        ("s", "nope", 0.5, 3, r"no construct with id 'nope' \(constructs: s, r\)"),
        ("s", "s", 0.5, 3, "set from outside"),
        ("r", "r", 0.5, 3, r"'r' is not a stimulus that can be set \(stimuli: s\)"),
        ("s", "r", 1.5, 3, "target must be a level from 0 to 1"),
        ("s", "r", -0.1, 3, "target must be a level from 0 to 1"),
        ("s", "r", 0.5, -1, "week must be 0 or later"),
        ("s", "r", 0.5, math.nan, "week must be 0 or later"),
    ],
)
def test_bad_requests_are_refused_with_the_reason(lever, outcome, target, week, message):
    with pytest.raises(EngineError, match=message):
        seek(compile_model(_one_path()), lever, outcome, target, week)


def test_a_scheduled_lever_is_refused():
    doc = with_scenario(_one_path(), "ramp", schedules={"s": Schedule("ramp", 0.9, 0.1, 0, 5)})
    with pytest.raises(EngineError, match="follows a schedule"):
        seek(compile_model(doc, "ramp"), "s", "r", 0.6, 3)
    assert seek_all(compile_model(doc, "ramp"), "r", 0.6, 3) == []
