"""Benchmark of estimation from survey data (a script, not a test).

Run: ``.venv/bin/python tests/bench/bench_estimation.py``. Prints median and min-max seconds
of: reading and estimating the example study (520 respondents, 5 constructs) with the default
2,000 bootstrap resamples, and the same on a larger survey (20,000 respondents, the example's
generator), plus reading a 20,000-row survey CSV on its own. Also prints the machine's load.
"""

from __future__ import annotations

import importlib.util
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from synergy_gui.io.estimation import Structure, estimate
from synergy_gui.io.survey import Responses, read_survey

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def measure(action: Callable[[], object], repeats: int) -> list[float]:
    action()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def report(name: str, times: list[float]) -> None:
    print(
        f"{name:<52} median {statistics.median(times):7.3f} s"
        f"  (min {min(times):.3f}, max {max(times):.3f}, n={len(times)})"
    )


def main() -> None:
    spec = importlib.util.spec_from_file_location("make_examples", EXAMPLES / "make_examples.py")
    maker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(maker)
    structure = Structure(maker.ITEMS, {t: list(e) for t, e in maker.WEIGHTS.items()})
    survey = EXAMPLES / "sor_survey.csv"

    def example() -> None:
        responses = read_survey(survey).responses(structure.item_columns())
        estimate(responses, structure)

    report("example study: read + estimate, B = 2000", measure(example, 7))
    names, answers = maker.survey_answers(20_000, seed=3)
    answers = answers[~np.isnan(answers).any(axis=1)]
    large = Responses("large", names, answers)
    report(
        "20,000 respondents: estimate, B = 2000",
        measure(lambda: estimate(large, structure), 3),
    )
    header, rows = maker.survey_rows(20_000, seed=3)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.csv"
        path.write_text("\n".join(",".join(r) for r in [header, *rows]) + "\n", encoding="utf-8")
        report(
            "20,000 respondents: read the CSV, items as numbers",
            measure(lambda: read_survey(path).responses(structure.item_columns()), 3),
        )
    print("load average (1, 5, 15 min):", ", ".join(f"{v:.2f}" for v in os.getloadavg()))


if __name__ == "__main__":
    main()
