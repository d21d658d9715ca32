"""Estimation from survey data, checked against semopy, hand formulas and known answers.

The semopy figures come from ``tests/io/reference/semopy_reference.py`` (run in its own
virtualenv; the suite never imports semopy) on the Holzinger & Swineford (1939) data committed
beside it. For a just-identified recursive path model on observed composites, ML equals OLS, so
our βs must equal semopy's to optimiser precision.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from synergy_gui.io.estimation import (
    EstimationError,
    Structure,
    apply_estimates,
    estimate,
)
from synergy_gui.io.student_t import t_test_p
from synergy_gui.io.survey import Responses, read_survey
from synergy_gui.model.document import ModelDocument
from synergy_gui.model.elements import Construct

REFERENCE = Path(__file__).parent / "reference"
HOLZINGER = REFERENCE / "holzinger_swineford1939.csv"


@pytest.fixture(scope="module")
def semopy_reference() -> dict:
    return json.loads((REFERENCE / "semopy_holzinger.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def holzinger(semopy_reference):
    """Our estimates of semopy's model, from the raw item data."""
    structure = Structure(semopy_reference["items"], semopy_reference["regressions"])
    table = read_survey(HOLZINGER)
    return estimate(table.responses(structure.item_columns()), structure, bootstrap=2000, seed=7)


def _responses(columns: list[str], values) -> Responses:
    return Responses("data.csv", columns, np.asarray(values, dtype=float))


def _single_item_structure(regressions: dict[str, list[str]], names: list[str]) -> Structure:
    return Structure({name: [name] for name in names}, regressions)


# ----------------------------------------------------------------------------- semopy
def test_the_data_read_are_the_data_semopy_fitted(semopy_reference):
    table = read_survey(HOLZINGER)
    columns = list(semopy_reference["item_means"])
    responses = table.responses(columns)
    assert len(responses.values) == semopy_reference["respondents"] == 301
    for name, mean in semopy_reference["item_means"].items():
        assert responses.column(name).mean() == pytest.approx(mean, abs=1e-12)


def test_path_coefficients_equal_semopy_to_1e_6(holzinger, semopy_reference):
    for reference in semopy_reference["paths"]:
        ours = holzinger.path(reference["source"], reference["target"])
        assert abs(ours.beta - reference["estimate"]) < 1e-6, reference


def test_r_squared_equals_semopy(holzinger, semopy_reference):
    for target, r_squared in semopy_reference["r_squared"].items():
        assert holzinger.r_squared[target] == pytest.approx(r_squared, abs=1e-6)


def test_standard_errors_are_semopy_ml_ones_with_ols_degrees_of_freedom(
    holzinger, semopy_reference
):
    """ML divides the residual variance by n, OLS by n − k − 1: SE_ml = SE_ols·√((n−k−1)/n)."""
    n = semopy_reference["respondents"]
    for reference in semopy_reference["paths"]:
        k = len(semopy_reference["regressions"][reference["target"]])
        ours = holzinger.path(reference["source"], reference["target"])
        assert ours.se * math.sqrt((n - k - 1) / n) == pytest.approx(reference["se"], rel=1e-5)


def test_indirect_effect_is_the_product_of_its_coefficients(holzinger):
    route = next(e for e in holzinger.indirect if e.route == ("visual", "textual", "speed"))
    expected = holzinger.path("visual", "textual").beta * holzinger.path("textual", "speed").beta
    assert route.value == pytest.approx(expected, abs=1e-15)
    assert holzinger.total_indirect("visual", "speed").value == pytest.approx(expected, abs=1e-15)


def test_bootstrap_intervals_contain_the_estimates(holzinger):
    assert holzinger.bootstrap == 2000
    for estimate_ in [*holzinger.paths, *holzinger.indirect]:
        assert estimate_.interval.low < _value(estimate_) < estimate_.interval.high


def test_bootstrap_spread_matches_the_ols_standard_error(holzinger):
    """A 95 % interval of a near-normal β spans about 2 × 1.96 SE; resampling bias shows here."""
    for path in holzinger.paths:
        width = path.interval.high - path.interval.low
        assert width == pytest.approx(2 * 1.959964 * path.se, rel=0.12)


def test_bootstrap_is_reproducible_with_a_seed_and_changes_with_another(semopy_reference):
    structure = Structure(semopy_reference["items"], semopy_reference["regressions"])
    responses = read_survey(HOLZINGER).responses(structure.item_columns())
    first = estimate(responses, structure, bootstrap=300, seed=11)
    again = estimate(responses, structure, bootstrap=300, seed=11)
    other = estimate(responses, structure, bootstrap=300, seed=12)
    assert [p.interval for p in first.paths] == [p.interval for p in again.paths]
    assert [e.interval for e in first.indirect] == [e.interval for e in again.indirect]
    assert [p.interval for p in first.paths] != [p.interval for p in other.paths]
    assert [p.beta for p in first.paths] == [p.beta for p in other.paths]


def _value(estimate_) -> float:
    return estimate_.beta if hasattr(estimate_, "beta") else estimate_.value


# ----------------------------------------------------------------------------- by hand
@pytest.fixture
def chain_data() -> Responses:
    """Four constructs, one item each: a, b -> m -> y, and a -> y directly (seeded)."""
    rng = np.random.default_rng(3)
    n = 400
    a, b = rng.normal(size=n), rng.normal(size=n)
    m = 0.5 * a + 0.3 * b + rng.normal(scale=0.8, size=n)
    y = 0.4 * m + 0.2 * a + rng.normal(scale=0.8, size=n)
    return _responses(["a", "b", "m", "y"], np.column_stack([a, b, m, y]))


CHAIN = {"m": ["a", "b"], "y": ["m", "a"]}


def test_beta_se_and_r_squared_equal_the_correlation_formulas(chain_data):
    """β = R_xx⁻¹ r_xy, SE = √((1 − R²)/(n − k − 1) · [R_xx⁻¹]_jj), R² = r_xy·β."""
    found = estimate(chain_data, _single_item_structure(CHAIN, list("abmy")), bootstrap=0)
    correlation = np.corrcoef(chain_data.values, rowvar=False)
    index = dict(zip("abmy", range(4), strict=True))
    n = len(chain_data.values)
    for target, predictors in CHAIN.items():
        p = [index[name] for name in predictors]
        inverse = np.linalg.inv(correlation[np.ix_(p, p)])
        beta = inverse @ correlation[p, index[target]]
        r_squared = float(correlation[p, index[target]] @ beta)
        assert found.r_squared[target] == pytest.approx(r_squared, abs=1e-12)
        for j, source in enumerate(predictors):
            path = found.path(source, target)
            se = math.sqrt((1 - r_squared) / (n - len(p) - 1) * inverse[j, j])
            assert path.beta == pytest.approx(beta[j], abs=1e-12)
            assert path.se == pytest.approx(se, rel=1e-10)
            assert path.t == pytest.approx(beta[j] / se, rel=1e-10)
    assert all(path.interval is None for path in found.paths)


def test_total_indirect_effects_equal_bollens_matrix_form(chain_data):
    """Total indirect = (I − B)⁻¹ − I − B for the estimated B (Bollen 1987)."""
    names = list("abmy")
    found = estimate(chain_data, _single_item_structure(CHAIN, names), bootstrap=200, seed=1)
    coefficients = np.zeros((4, 4))
    for path in found.paths:
        coefficients[names.index(path.target), names.index(path.source)] = path.beta
    indirect = np.linalg.inv(np.eye(4) - coefficients) - np.eye(4) - coefficients
    totals = {(e.source, e.target): e.value for e in found.indirect if e.route is None}
    assert set(totals) == {("a", "y"), ("b", "y")}
    for (source, target), value in totals.items():
        assert value == pytest.approx(indirect[names.index(target), names.index(source)])
    routes = [e.route for e in found.indirect if e.route is not None]
    assert sorted(routes) == [("a", "m", "y"), ("b", "m", "y")]


def test_composites_are_item_means(chain_data):
    """Two items that average to a construct's single item give the same estimates."""
    rng = np.random.default_rng(5)
    spread = rng.normal(size=len(chain_data.values))
    a = chain_data.column("a")
    split = _responses(
        ["a1", "a2", "b", "m", "y"],
        np.column_stack([a + spread, a - spread, *chain_data.values[:, 1:].T]),
    )
    items = {"a": ["a1", "a2"], "b": ["b"], "m": ["m"], "y": ["y"]}
    by_items = estimate(split, Structure(items, CHAIN), bootstrap=0)
    plain = estimate(chain_data, _single_item_structure(CHAIN, list("abmy")), bootstrap=0)
    for ours, expected in zip(by_items.paths, plain.paths, strict=True):
        assert ours.beta == pytest.approx(expected.beta, abs=1e-12)


def test_listwise_deletion_estimates_from_the_complete_rows_and_counts_the_rest(tmp_path):
    rng = np.random.default_rng(9)
    x = rng.normal(size=60)
    y = 0.6 * x + rng.normal(scale=0.7, size=60)
    lines = ["id,x,y,comment"]
    for k, (xv, yv) in enumerate(zip(x, y, strict=True)):
        cells = [str(k), repr(float(xv)), repr(float(yv)), "free text, quoted" if k % 2 else ""]
        if k in (4, 17):
            cells[1] = ""
        if k == 30:
            cells[2] = "NA"
        lines.append(",".join(f'"{c}"' if "," in c else c for c in cells))
    survey = tmp_path / "survey.csv"
    survey.write_text("\n".join(lines) + "\n", encoding="utf-8")
    responses = read_survey(survey).responses(["x", "y"])
    assert responses.dropped == 3
    assert responses.dropped_rows == [6, 19, 32]  # file lines: the header is line 1
    found = estimate(responses, _single_item_structure({"y": ["x"]}, ["x", "y"]), bootstrap=0)
    keep = np.ones(60, dtype=bool)
    keep[[4, 17, 30]] = False
    assert found.respondents == 57 and found.dropped == 3
    assert found.path("x", "y").beta == pytest.approx(np.corrcoef(x[keep], y[keep])[0, 1])


@pytest.mark.parametrize(
    ("t", "degrees", "p"),
    [
        (2.228138851986, 10, 0.05),  # t tables: the 97.5 % point with 10 df
        (12.7062047361747, 1, 0.05),
        (4.032142983557536, 5, 0.01),
        (1.979930405, 120, 0.05),
        (1.959963984540054, 10**6, 0.05),  # the normal's 97.5 % point; t differs by ~3e-7
        (0.0, 30, 1.0),
    ],
)
def test_p_values_follow_students_t(t, degrees, p):
    tolerance = 1e-6 if degrees > 1000 else 1e-9
    assert t_test_p(t, degrees) == pytest.approx(p, abs=tolerance)
    assert t_test_p(-t, degrees) == pytest.approx(p, abs=tolerance)


# ----------------------------------------------------------------------------- refusals
def test_collinear_predictors_are_named_with_their_construct():
    rng = np.random.default_rng(1)
    a = rng.normal(size=50)
    b = rng.normal(size=50)
    c = 2 * a - b  # a linear combination of the other two
    y = a + rng.normal(size=50)
    data = _responses(["a", "b", "c", "y"], np.column_stack([a, b, c, y]))
    structure = _single_item_structure({"y": ["a", "b", "c"]}, list("abcy"))
    with pytest.raises(EstimationError, match=r"predictors of 'y' are collinear \(a, b, c\)"):
        estimate(data, structure, bootstrap=0)


def test_fewer_respondents_than_predictors_is_refused():
    data = _responses(["a", "b", "y"], [[1, 2, 3], [2, 1, 5], [3, 3, 4]])
    structure = _single_item_structure({"y": ["a", "b"]}, ["a", "b", "y"])
    with pytest.raises(EstimationError, match=r"'y' has 2 predictors .* only 3 complete"):
        estimate(data, structure, bootstrap=0)


def test_a_construct_everyone_scored_alike_is_named():
    data = _responses(["a", "y"], [[3, 1], [3, 2], [3, 4], [3, 5]])
    with pytest.raises(EstimationError, match="'a' has the same score for every respondent"):
        estimate(data, _single_item_structure({"y": ["a"]}, ["a", "y"]), bootstrap=0)


def test_a_feedback_loop_is_refused_with_its_route(chain_data):
    structure = _single_item_structure({"m": ["a", "y"], "y": ["m"]}, list("abmy"))
    with pytest.raises(EstimationError, match=r"feedback loop \((m -> y -> m|y -> m -> y)\)"):
        estimate(chain_data, structure, bootstrap=0)


def test_a_construct_without_items_is_refused(chain_data):
    structure = Structure({"a": ["a"], "m": ["m"]}, {"m": ["a", "b"]})
    with pytest.raises(EstimationError, match="construct 'b' has no items"):
        estimate(chain_data, structure, bootstrap=0)


# ----------------------------------------------------------------------------- the document
def _document_with(*pairs: tuple[str, str]) -> ModelDocument:
    names = dict.fromkeys(name for pair in pairs for name in pair)
    document = ModelDocument(constructs=[Construct(id=n, label=n.upper()) for n in names])
    for source, target in pairs:
        document.connect(source, target, weight=0.1)
    return document


def test_estimates_fill_the_weights_and_sds(chain_data):
    found = estimate(chain_data, _single_item_structure(CHAIN, list("abmy")), bootstrap=0)
    document = _document_with(("a", "m"), ("b", "m"), ("m", "y"), ("a", "y"))
    assert apply_estimates(document, found) == []
    for path in found.paths:
        filled = document.find_path(path.source, path.target)
        assert (filled.weight, filled.sd) == (path.beta, path.se)


def test_a_beta_outside_the_weight_range_is_refused_not_clipped():
    """Two strongly correlated predictors with opposite effects: standardised βs beyond ±1."""
    rng = np.random.default_rng(2)
    a = rng.normal(size=300)
    b = 0.95 * a + 0.3 * rng.normal(size=300)
    y = 2.0 * a - 1.8 * b + 0.2 * rng.normal(size=300)
    data = _responses(["a", "b", "y"], np.column_stack([a, b, y]))
    found = estimate(data, _single_item_structure({"y": ["a", "b"]}, ["a", "b", "y"]), bootstrap=0)
    assert abs(found.path("a", "y").beta) > 1
    document = _document_with(("a", "y"), ("b", "y"))
    notes = apply_estimates(document, found)
    assert len(notes) == 2
    assert "a -> y: β = " in notes[0] and "outside the model's weights [−1, 1]" in notes[0]
    assert document.find_path("a", "y").weight == 0.1
    assert document.find_path("a", "y").sd is None


def test_a_path_the_model_lacks_is_reported(chain_data):
    found = estimate(chain_data, _single_item_structure(CHAIN, list("abmy")), bootstrap=0)
    document = _document_with(("a", "m"), ("b", "m"), ("m", "y"))
    notes = apply_estimates(document, found)
    assert notes == [
        f"a -> y: the model has no such path; its β {found.path('a', 'y').beta:.3f} was not used"
    ]


# ----------------------------------------------------------------------------- synergy
@pytest.fixture
def synergy_data() -> Responses:
    """y = 0.4 a + 0.3 b + 0.25 a·b + noise, with a and b standard normal (seeded)."""
    rng = np.random.default_rng(21)
    n = 2000
    a, b = rng.normal(size=n), rng.normal(size=n)
    y = 0.4 * a + 0.3 * b + 0.25 * a * b + rng.normal(scale=0.6, size=n)
    return _responses(["a", "b", "y"], np.column_stack([a, b, y]))


SYNERGY = {"y": ["a", "b", "a:b"]}


def test_a_synergy_is_the_coefficient_of_the_product_of_z_scores(synergy_data):
    found = estimate(synergy_data, _single_item_structure(SYNERGY, ["a", "b", "y"]), bootstrap=0)
    values = synergy_data.values
    z = (values - values.mean(axis=0)) / values.std(axis=0, ddof=1)
    design = np.column_stack([np.ones(len(z)), z[:, 0], z[:, 1], z[:, 0] * z[:, 1]])
    expected, *_ = np.linalg.lstsq(design, z[:, 2], rcond=None)
    for k, name in enumerate(["a", "b", "a:b"], start=1):
        assert found.path(name, "y").beta == pytest.approx(expected[k], abs=1e-12)
    # and near the generating weight in z units: 0.25 · sd(a) sd(b) / sd(y)
    generating = 0.25 * values[:, 0].std() * values[:, 1].std() / values[:, 2].std()
    assert found.path("a:b", "y").beta == pytest.approx(
        generating, abs=3 * found.path("a:b", "y").se
    )
    assert found.indirect == []  # a product carries no indirect effect at the mean


def test_a_synergy_gets_a_bootstrap_interval_and_fills_its_junction(synergy_data):
    found = estimate(
        synergy_data, _single_item_structure(SYNERGY, ["a", "b", "y"]), bootstrap=400, seed=3
    )
    product = found.path("a:b", "y")
    assert product.interval.low < product.beta < product.interval.high
    document = _document_with(("a", "y"), ("b", "y"))
    junction = document.new_junction(["b", "a"], "y", weight=0.05)
    assert apply_estimates(document, found) == []
    assert (junction.weight, junction.sd) == (product.beta, product.se)


def test_progress_is_reported_and_a_cancel_stops_the_bootstrap(chain_data):
    structure = _single_item_structure(CHAIN, list("abmy"))
    seen: list[int] = []
    estimate(chain_data, structure, bootstrap=300, seed=1, on_chunk=seen.append)
    assert seen and seen[-1] == 300 and seen == sorted(seen)

    class CancelledError(Exception):
        pass

    def cancel(done: int) -> None:
        raise CancelledError

    with pytest.raises(CancelledError):
        estimate(chain_data, structure, bootstrap=300, seed=1, on_chunk=cancel)
