"""The example study: the committed files are what the script makes, and estimating the
survey recovers the weights the script generated it from.

How close "recovers" must be is split into its two causes. Sampling: 501 respondents give each
β a standard error of about 0.04, so the estimate must lie within 3 SE of the value the same
generator gives composites in a very large sample. Measurement: composites are means of
noisy 7-point items (loading 0.9, 3-4 items, reliability ≈ 0.93), which attenuates a
standardised β by roughly 1 − reliability, up to ~10 % of a weight of at most 0.55; so that
large-sample value must lie within 0.06 of the generating weight.
"""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import numpy as np
import pytest

from synergy_gui.io.estimation import Structure, estimate
from synergy_gui.io.lavaan import parse_lavaan
from synergy_gui.io.survey import Responses, read_survey

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SAMPLING_SES = 3.0
MEASUREMENT_TOLERANCE = 0.06


@pytest.fixture(scope="module")
def maker():
    spec = importlib.util.spec_from_file_location("make_examples", EXAMPLES / "make_examples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def structure(maker) -> Structure:
    return Structure(maker.ITEMS, {t: list(e) for t, e in maker.WEIGHTS.items()})


@pytest.fixture(scope="module")
def committed(structure):
    responses = read_survey(EXAMPLES / "sor_survey.csv").responses(structure.item_columns())
    return estimate(responses, structure, bootstrap=0)


@pytest.fixture(scope="module")
def large_sample(maker, structure):
    """The composites' βs in 60,000 respondents from the same generator (another seed)."""
    names, answers = maker.survey_answers(60_000, seed=99)
    answers = answers[~np.isnan(answers).any(axis=1)]
    return estimate(Responses("large", names, answers), structure, bootstrap=0)


def test_the_committed_files_are_what_the_script_makes(maker, tmp_path):
    assert maker.main(tmp_path) == 0
    for name in ("sor_survey.csv", "sor_study.lav"):
        assert (tmp_path / name).read_bytes() == (EXAMPLES / name).read_bytes(), name
    made = _table(tmp_path / "sor_coefficients.csv")
    committed = _table(EXAMPLES / "sor_coefficients.csv")
    assert made.keys() == committed.keys()
    for key, values in committed.items():
        np.testing.assert_allclose(made[key], values, rtol=1e-5, err_msg=str(key))


def _table(path: Path) -> dict[tuple[str, str, str], list[float]]:
    with path.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    columns = ("est.std", "se", "z", "pvalue", "ci.lower", "ci.upper")
    return {(r["lhs"], r["op"], r["rhs"]): [float(r[c]) for c in columns] for r in rows}


def test_the_survey_has_the_promised_respondents_and_gaps(committed, maker):
    assert committed.respondents + committed.dropped == maker.RESPONDENTS == 520
    assert 0 < committed.dropped < 0.1 * maker.RESPONDENTS


def test_estimation_recovers_the_generating_weights(committed, large_sample, maker):
    for path in committed.paths:
        weight = maker.WEIGHTS[path.target][path.source]
        population = large_sample.path(path.source, path.target).beta
        assert abs(path.beta - population) <= SAMPLING_SES * path.se, path
        assert abs(population - weight) <= MEASUREMENT_TOLERANCE, (path.source, population)


def test_the_example_syntax_names_the_same_structure(maker):
    imported = parse_lavaan((EXAMPLES / "sor_study.lav").read_text(encoding="utf-8"), "x.lav")
    assert imported.items == maker.ITEMS
    document = imported.document
    paths = {(p.source, p.target) for p in document.paths}
    paths |= {(":".join(j.members), j.target) for j in document.junctions}
    expected = {(s, t) for t, effects in maker.WEIGHTS.items() for s in effects}
    assert paths == expected
    roles = {c.id: c.role for c in document.constructs}
    assert roles["interactivity"] == roles["personalization"] == "stimulus"
    assert roles["trust"] == roles["engagement"] == "organism"
    assert roles["loyalty"] == "response"


def test_the_coefficient_table_holds_the_committed_estimates(committed):
    table = _table(EXAMPLES / "sor_coefficients.csv")
    for path in committed.paths:
        beta, se, *_ = table[(path.target, "~", path.source)]
        assert beta == pytest.approx(path.beta, rel=1e-5)
        assert se == pytest.approx(path.se, rel=1e-5)
