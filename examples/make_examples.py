"""Make the example study: an S-O-R model with known weights, its survey and its estimates.

Writes, beside this script:

- ``sor_study.lav``: the study's model in lavaan syntax (measurement and structure, free
  coefficients), as a researcher would write it;
- ``sor_survey.csv``: answers of 520 simulated respondents on 7-point items, a few of them
  with a skipped item (so listwise deletion has something to do);
- ``sor_coefficients.csv``: the estimates of that survey as lavaan's
  ``standardizedSolution()`` table (``lhs, op, rhs, est.std, se, z, pvalue, ci.lower,
  ci.upper``), as a study would report them.

The truth behind the answers is :data:`WEIGHTS`: standardised effects among latent
constructs of unit variance. Each item is the latent score plus its own noise (loading
:data:`LOADING`), on a 1-7 scale, so composites are slightly attenuated by measurement error
and rounding; ``tests/io/test_estimate_cli.py`` checks that estimating the survey recovers
the weights within what that noise allows. Run from the repository root::

    .venv/bin/python examples/make_examples.py
"""

from __future__ import annotations

import csv
import json
import math
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
SEED = 20260
RESPONDENTS = 520
LOADING = 0.9  # each item's correlation with its construct
SKIPPED_SHARE = 0.04  # respondents who leave one item empty
#: The correlation of the two stimuli (campaigns that are interactive tend to be personal too).
STIMULUS_CORRELATION = 0.3
ITEMS = {
    "interactivity": ["int1", "int2", "int3"],
    "personalization": ["per1", "per2", "per3"],
    "trust": ["tru1", "tru2", "tru3", "tru4"],
    "engagement": ["eng1", "eng2", "eng3"],
    "loyalty": ["loy1", "loy2", "loy3"],
}
TITLE = "Social-media S-O-R study (simulated survey)"
LABELS = {
    "interactivity": "Interactivity",
    "personalization": "Personalization",
    "trust": "Digital trust",
    "engagement": "Brand engagement",
    "loyalty": "Brand loyalty",
}
#: target -> {predictor: standardised weight}; ``a:b`` is the synergy of a and b.
WEIGHTS = {
    "trust": {
        "interactivity": 0.40,
        "personalization": 0.30,
        "interactivity:personalization": 0.15,
    },
    "engagement": {"trust": 0.55},
    "loyalty": {"engagement": 0.45, "trust": 0.25},
}


def latent_scores(n: int, rng: np.random.Generator) -> dict[str, np.ndarray]:
    """Construct scores of unit variance that follow :data:`WEIGHTS` exactly in the population."""
    r = STIMULUS_CORRELATION
    interactivity = rng.normal(size=n)
    personalization = r * interactivity + math.sqrt(1 - r * r) * rng.normal(size=n)
    scores = {"interactivity": interactivity, "personalization": personalization}
    for target, effects in WEIGHTS.items():
        explained = sum(w * _term(scores, name) for name, w in effects.items())
        spread = _explained_variance(effects)
        scores[target] = explained + math.sqrt(1.0 - spread) * rng.normal(size=n)
    return scores


def _term(scores: dict[str, np.ndarray], name: str) -> np.ndarray:
    return np.prod([scores[member] for member in name.split(":")], axis=0)


def _explained_variance(effects: dict[str, float]) -> float:
    """Variance of the weighted predictors, from their population correlations."""
    names = list(effects)
    weights = np.array([effects[name] for name in names])
    covariance = np.array([[_population_covariance(a, b) for b in names] for a in names])
    return float(weights @ covariance @ weights)


def _population_covariance(a: str, b: str) -> float:
    """Covariances of the unit-variance constructs, products of jointly normal stimuli included."""
    r = STIMULUS_CORRELATION
    if a == b:
        return 1.0 + r * r if ":" in a else 1.0
    if ":" in a or ":" in b:
        return 0.0  # a product of zero-mean normals is uncorrelated with each of them
    return _linear_covariance(a, b)


def _linear_covariance(a: str, b: str) -> float:
    """cov(a, b) of two constructs under the weights, worked out through the model."""
    implied = _implied_covariances()
    return implied[(a, b)]


def _implied_covariances() -> dict[tuple[str, str], float]:
    r = STIMULUS_CORRELATION
    names = ["interactivity", "personalization"]
    cov = {("interactivity", "interactivity"): 1.0, ("personalization", "personalization"): 1.0}
    cov[("interactivity", "personalization")] = cov[("personalization", "interactivity")] = r
    for target, effects in WEIGHTS.items():
        for other in names:
            value = sum(w * cov[(p, other)] for p, w in effects.items() if ":" not in p)
            cov[(target, other)] = cov[(other, target)] = value
        cov[(target, target)] = 1.0
        names.append(target)
    return cov


def survey_answers(n: int, seed: int) -> tuple[list[str], np.ndarray]:
    """The item columns' names and answers (1-7, NaN for a skipped item), respondents × items."""
    rng = np.random.default_rng(seed)
    scores = latent_scores(n, rng)
    names = [item for items in ITEMS.values() for item in items]
    columns = []
    for construct, items in ITEMS.items():
        for _ in items:
            answer = LOADING * scores[construct] + math.sqrt(1 - LOADING**2) * rng.normal(size=n)
            columns.append(np.clip(np.rint(4.0 + 1.3 * answer), 1, 7))
    answers = np.column_stack(columns)
    for row in np.flatnonzero(rng.random(n) < SKIPPED_SHARE):
        answers[row, rng.integers(answers.shape[1])] = np.nan
    return names, answers


def survey_rows(n: int, seed: int) -> tuple[list[str], list[list[str]]]:
    """The CSV's header and rows: a respondent id, then the answers (empty when skipped)."""
    names, answers = survey_answers(n, seed)
    rows = [
        [f"r{k + 1:03d}", *("" if np.isnan(v) else str(int(v)) for v in answers[k])]
        for k in range(n)
    ]
    return ["respondent", *names], rows


def syntax() -> str:
    """The study's model in lavaan syntax, coefficients free (to be estimated)."""
    lines = [
        "# Social-media S-O-R study: interactive and personalised brand content (stimuli)",
        "# build digital trust (organism), which drives engagement and loyalty (responses).",
        "# Made by examples/make_examples.py; estimate it from sor_survey.csv.",
        "# ('#@' lines are comments to lavaan; Synergy Explorer reads the title and labels.)",
        f"#@ title {json.dumps(TITLE)}",
        *(f"#@ construct {name} label={json.dumps(label)}" for name, label in LABELS.items()),
        "",
        "# measurement: each construct is the mean of its 7-point items",
    ]
    lines += [f"{name} =~ {' + '.join(items)}" for name, items in ITEMS.items()]
    lines += ["", "# structure"]
    lines += [f"{target} ~ {' + '.join(effects)}" for target, effects in WEIGHTS.items()]
    return "\n".join(lines) + "\n"


def main(folder: Path = HERE) -> int:
    """Write the three example files into ``folder`` and print what estimation recovers."""
    sys.path.insert(0, str(HERE.parent))
    from synergy_gui.io.estimation import Structure, estimate
    from synergy_gui.io.study_estimate import write_estimates_csv
    from synergy_gui.io.survey import read_survey

    header, rows = survey_rows(RESPONDENTS, SEED)
    survey = folder / "sor_survey.csv"
    with survey.open("w", newline="", encoding="utf-8") as stream:
        csv.writer(stream, lineterminator="\n").writerows([header, *rows])
    (folder / "sor_study.lav").write_text(syntax(), encoding="utf-8")
    structure = Structure(ITEMS, {t: list(e) for t, e in WEIGHTS.items()})
    responses = read_survey(survey).responses(structure.item_columns())
    found = estimate(responses, structure, bootstrap=2000, seed=1)
    write_estimates_csv(folder / "sor_coefficients.csv", found)
    print(f"{found.respondents} respondents used, {found.dropped} dropped (a skipped item)")
    for path in found.paths:
        known = WEIGHTS[path.target][path.source]
        print(f"{path.source:>30} -> {path.target:<10} β {path.beta:6.3f}  known {known:5.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
