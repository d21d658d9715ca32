"""Write pysd_reference.json: PySD's Euler run of first_order.xmile for a few parameter sets.

PySD is a system-dynamics tool (it runs Vensim and XMILE models); its stock is the explicit
Euler integral of ``(target - level) / tau``. Run in a virtualenv of its own, from the
repository root::

    python -m venv /tmp/pysd-venv
    /tmp/pysd-venv/bin/pip install pysd
    /tmp/pysd-venv/bin/python tests/engine/reference/make_pysd_reference.py

The test suite reads only the JSON; it never imports pysd.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from importlib.metadata import version
from pathlib import Path

import pysd

HERE = Path(__file__).parent
MODEL = HERE / "first_order.xmile"
OUT = HERE / "pysd_reference.json"

# (name, target, tau, initial level): rising and falling, tau a power of two and not.
CASES = [
    ("rise_tau4", 0.8, 4.0, 0.0),
    ("rise_tau3", 0.65, 3.0, 0.1),
    ("fall_tau3", 0.3, 3.0, 0.9),
    ("fall_tau7", 0.05, 7.0, 1.0),
]


def run(model, target: float, tau: float, initial: float) -> tuple[list[float], list[float]]:
    table = model.run(
        params={"target": target, "tau": tau},
        initial_condition=(0.0, {"level": initial}),
        return_columns=["level"],
    )
    return [float(t) for t in table.index], [float(v) for v in table["level"]]


def main() -> None:
    # PySD writes its translation (a .py file) next to the model: keep it out of the tree.
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / MODEL.name
        shutil.copyfile(MODEL, copy)
        model = pysd.read_xmile(str(copy))
        cases = []
        for name, target, tau, initial in CASES:
            times, levels = run(model, target, tau, initial)
            cases.append(
                {
                    "name": name,
                    "target": target,
                    "tau": tau,
                    "initial": initial,
                    "times": times,
                    "level": levels,
                }
            )
    reference = {
        "source": "PySD (PyPI pysd) running first_order.xmile: stock 'level' with inflow "
        "(target - level) / tau, method Euler, DT 1, from time 0 to 52",
        "pysd_version": version("pysd"),
        "dt": 1.0,
        "method": "Euler",
        "cases": cases,
    }
    OUT.write_text(json.dumps(reference, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(cases)} cases to {OUT.name}")


if __name__ == "__main__":
    main()
