"""Reference estimates from semopy for the estimation tests (run by hand, never by the suite).

Holzinger & Swineford (1939): mental-ability test scores of 301 seventh- and eighth-grade
children (two schools). The CSV beside this script is the copy semopy ships as
``semopy/examples/holzinger_swineford39_data.csv`` (the same data as lavaan's
``HolzingerSwineford1939``). Composites are the means of each factor's items (visual = x1-x3,
textual = x4-x6, speed = x7-x9), standardised (ddof = 1), and semopy fits the recursive path
model ``textual ~ visual; speed ~ visual + textual`` on them by maximum likelihood. For a
just-identified recursive model on observed variables ML equals OLS, so our OLS estimates must
match these to optimiser precision.

semopy's default fit stops at SLSQP's ``ftol`` of 1e-6 in the objective, which leaves the
coefficients about 4e-4 from the optimum (textual ~ visual: 0.313198 against 0.313626). The fit
below asks for ``ftol`` 1e-15, at which ML lands on OLS to ~1e-9; the default fit's
estimates are kept in the JSON too (``default_fit_paths``) to show the difference.

    python3 -m venv /tmp/semopy-venv
    /tmp/semopy-venv/bin/pip install semopy pandas
    /tmp/semopy-venv/bin/python tests/io/reference/semopy_reference.py
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import semopy

HERE = Path(__file__).resolve().parent
DATA = HERE / "holzinger_swineford1939.csv"
OUT = HERE / "semopy_holzinger.json"
ITEMS = {
    "visual": ["x1", "x2", "x3"],
    "textual": ["x4", "x5", "x6"],
    "speed": ["x7", "x8", "x9"],
}
REGRESSIONS = {"textual": ["visual"], "speed": ["visual", "textual"]}
SYNTAX = "textual ~ visual\nspeed ~ visual + textual\n"
TIGHT = {"ftol": 1e-15, "maxiter": 100_000}


def standardised_composites(raw: pd.DataFrame) -> pd.DataFrame:
    composites = pd.DataFrame({name: raw[items].mean(axis=1) for name, items in ITEMS.items()})
    return (composites - composites.mean()) / composites.std(ddof=1)


def regression_rows(table: pd.DataFrame) -> list[dict]:
    """The ``~`` rows of semopy's parameter table: estimate, SE, z and p of each path."""
    return [
        {
            "source": row["rval"],
            "target": row["lval"],
            "estimate": float(row["Estimate"]),
            "se": float(row["Std. Err"]),
            "z": float(row["z-value"]),
            "p": float(row["p-value"]),
        }
        for _, row in table[table["op"] == "~"].iterrows()
    ]


def item_means(raw: pd.DataFrame) -> dict[str, float]:
    """Each item's mean, to check the suite reads the same data."""
    names = [name for items in ITEMS.values() for name in items]
    return {name: float(raw[name].mean()) for name in names}


def main() -> None:
    raw = pd.read_csv(DATA, index_col=0)
    data = standardised_composites(raw)
    default_fit = semopy.Model(SYNTAX)
    default_fit.fit(data)
    model = semopy.Model(SYNTAX)
    model.fit(data, options=TIGHT)
    table = model.inspect()
    paths = regression_rows(table)
    variances = table[(table["op"] == "~~") & (table["lval"] == table["rval"])]
    residual = {row["lval"]: float(row["Estimate"]) for _, row in variances.iterrows()}
    # R² of an endogenous composite: 1 - residual variance / its variance (ML, divisor n).
    n = len(data)
    r_squared = {
        target: 1.0 - residual[target] / (data[target].var(ddof=1) * (n - 1) / n)
        for target in REGRESSIONS
    }
    OUT.write_text(
        json.dumps(
            {
                "source": f"semopy {semopy.__version__}: Model(SYNTAX).fit(data, options=TIGHT)",
                "options": TIGHT,
                "data": DATA.name,
                "respondents": n,
                "items": ITEMS,
                "regressions": REGRESSIONS,
                "syntax": SYNTAX,
                "paths": paths,
                "default_fit_paths": regression_rows(default_fit.inspect()),
                "r_squared": r_squared,
                "item_means": item_means(raw),
                "numpy": np.__version__,
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    print(table.to_string())
    print("written", OUT)


if __name__ == "__main__":
    main()
