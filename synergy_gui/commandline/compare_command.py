"""``compare``: scenarios of a model side by side, as a table, a CSV or JSON.

Each compared construct gets, under each scenario, its final level, the level it settles at
and from when, the first time it reaches its threshold, its mean level over the run and its
final level minus the reference's. Bad input is reported in one line with exit status 2.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from synergy_gui.commandline.simulate_command import (
    BadInputError,
    load_model,
    parse_level,
    run_command,
)

if TYPE_CHECKING:
    from synergy_gui.engine.compare import Comparison
    from synergy_gui.model.document import ModelDocument

#: How the model as drawn is named on the command line (in any case).
AS_DRAWN_NAME = "as drawn"


@dataclass
class _Compared:
    """What one ``compare`` produced, ready to print or write."""

    source: str
    document: ModelDocument
    comparison: Comparison

    @property
    def labels(self) -> dict[str, str]:
        return {c.id: c.label for c in self.document.constructs}


class _IntermixedParser(argparse.ArgumentParser):
    """Takes scenario names after the options too (plain argparse stops at the first option)."""

    _inner = False

    def parse_known_args(self, args=None, namespace=None):
        if self._inner:  # parse_known_intermixed_args calls back here (Python 3.11)
            return super().parse_known_args(args, namespace)
        self._inner = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._inner = False


def register(commands: argparse._SubParsersAction) -> None:
    """Add the ``compare`` sub-command to the parser."""
    parser = commands.add_parser(
        "compare",
        prog="synergy-explorer compare",
        help="compare scenarios: final, settled level and when, threshold, mean, difference",
        description=(
            "Run scenarios of FILE (a *.synergy.json model, or the name of a shipped preset) "
            "and print, for each plotted construct, its final level, where and when it "
            "settles, when it first reaches its --threshold, its mean level and its final "
            "level minus the reference's. With no SCENARIO, compares the model as drawn with "
            'every scenario of the file; "as drawn" names the model as drawn. Exit status 0 '
            "on success, 2 when the file, a scenario or an option is refused, 1 otherwise."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="a model file, or a preset name")
    parser.add_argument(
        "scenarios", metavar="SCENARIO", nargs="*", help='a scenario\'s name, or "as drawn"'
    )
    parser.add_argument(
        "--reference",
        metavar="NAME",
        help="the scenario the others are measured against (default: the first compared)",
    )
    parser.add_argument(
        "--threshold",
        metavar="CONSTRUCT=LEVEL",
        action="append",
        default=[],
        dest="thresholds",
        help="report when CONSTRUCT first reaches LEVEL (0 to 1); adds it to the rows",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument(
        "--out", metavar="CSV", help="write the table as CSV: a row per construct and scenario"
    )
    parser.set_defaults(run=run_compare)
    # the sub-parser is made by the main parser's class; it adds no state, so it can change
    parser.__class__ = _IntermixedParser


def run_compare(options: argparse.Namespace) -> int:
    """Load, run, compare and report; the exit status says how it went."""
    return run_command("compare", options, _compare, _write, lambda c: _report(c, options))


def _write(path: Path, compared: _Compared) -> None:
    from synergy_gui.io.comparison_table import write_comparison_csv

    write_comparison_csv(compared.comparison, compared.labels, path)


def _report(compared: _Compared, options: argparse.Namespace) -> str:
    if options.json:
        return json.dumps(_as_json(compared), indent=2)
    written = f"\nComparison written to {options.out}." if options.out else ""
    return _text(compared) + written


def _compare(options: argparse.Namespace) -> _Compared:
    from synergy_gui.engine.compare import compare
    from synergy_gui.model.errors import ModelError
    from synergy_gui.model.focus import default_focus

    document = load_model(options.file, one_line=True)
    keys = _keys(document, options.file, options.scenarios)
    reference = keys[0]
    if options.reference is not None:
        reference = _key(document, options.file, options.reference, "--reference")
        if reference not in keys:
            raise BadInputError(
                f"--reference {options.reference!r} is not compared ({_shown(keys)})"
            )
    thresholds = dict(parse_level("--threshold", text, document) for text in options.thresholds)
    rows = list(dict.fromkeys([*default_focus(document), *thresholds]))
    try:
        comparison = compare(document, keys, rows, thresholds, reference)
    except ModelError as error:
        raise BadInputError(f"{options.file}: {error}") from None
    return _Compared(options.file, document, comparison)


def _keys(document: ModelDocument, source: str, names: list[str]) -> list[str | None]:
    """The compared scenario keys: as named, else as drawn and every scenario of the file."""
    if not names:
        return [None, *(s.name for s in document.scenarios)]
    return list(dict.fromkeys(_key(document, source, name, "scenario") for name in names))


def _key(document: ModelDocument, source: str, name: str, what: str) -> str | None:
    if name.strip().lower() == AS_DRAWN_NAME:
        return None
    if name in {s.name for s in document.scenarios}:
        return name
    known = ", ".join(repr(s.name) for s in document.scenarios) or "none"
    raise BadInputError(
        f"{what} {name!r}: {source} has no such scenario "
        f"(scenarios: {known}; {AS_DRAWN_NAME!r} is the model as drawn)"
    )


def _shown(keys: list[str | None]) -> str:
    from synergy_gui.model.view_state import scenario_label

    return "compared: " + ", ".join(repr(scenario_label(key)) for key in keys)


def _text(compared: _Compared) -> str:
    from synergy_gui.io.comparison_table import comparison_text
    from synergy_gui.model.view_state import scenario_label

    comparison, settings = compared.comparison, compared.document.settings
    count = len(comparison.keys)
    title = (
        f"{compared.document.meta.title} — {count} scenario{'s' if count != 1 else ''} "
        f"compared with {scenario_label(comparison.reference)}, {settings.update_rule} rule"
    )
    return f"{title}\n\n{comparison_text(comparison, compared.labels, settings.time_unit)}"


def _as_json(compared: _Compared) -> dict[str, Any]:
    from synergy_gui.engine.compare import METRIC_FIELDS
    from synergy_gui.model.view_state import scenario_label

    comparison, document = compared.comparison, compared.document
    return {
        "file": compared.source,
        "title": document.meta.title,
        "reference": scenario_label(comparison.reference),
        "thresholds": comparison.thresholds,
        "time_unit": document.settings.time_unit,
        "steps": comparison.results[comparison.reference].steps,
        "constructs": {cid: compared.labels[cid] for cid in comparison.construct_ids},
        "scenarios": {
            scenario_label(key): _scenario_json(comparison, key, METRIC_FIELDS)
            for key in comparison.keys
        },
    }


def _scenario_json(comparison: Comparison, key: str | None, fields: tuple[str, ...]) -> dict:
    steady = comparison.steadies.get(key)
    return {
        "name": key,
        "steps": comparison.results[key].steps,
        "settles": comparison.settles(key),
        "reason": steady.reason if steady is not None else "",
        "constructs": {
            cid: {
                **{field: comparison.value(key, cid, field) for field in fields},
                "difference": {field: comparison.difference(key, cid, field) for field in fields},
            }
            for cid in comparison.construct_ids
        },
    }
