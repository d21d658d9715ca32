"""``import``: a study's model (lavaan/semopy syntax, a coefficient table, a SmartPLS or FCM
matrix, GraphML) as a ``*.synergy.json`` model file.

Refused input is one line ``synergy-explorer import: FILE:LINE:COL: reason`` and exit 2; the
output is written atomically (never half a file), and only when the whole import succeeded.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from synergy_gui.commandline.simulate_command import (
    EXIT_BAD_INPUT,
    EXIT_FAILURE,
    EXIT_OK,
    complain,
    print_report,
    tolerant_output,
)

FORMATS = ("lavaan", "table", "smartpls", "fcm", "graphml")


def register(commands: argparse._SubParsersAction) -> None:
    """Add the ``import`` sub-command to the parser."""
    parser = commands.add_parser(
        "import",
        prog="synergy-explorer import",
        help="a study's model (lavaan, coefficient table, SmartPLS, FCM, GraphML) as a model file",
        description=(
            "Read SOURCE and write it as a model file. Formats: lavaan (lavaan/semopy syntax), "
            "table (lavaan parameterEstimates()/standardizedSolution() or semopy inspect() as "
            "CSV), smartpls (path-coefficient matrix or bootstrap list), fcm (concept matrix, "
            "source rows), graphml. Weights are standardised (beta in [-1, 1]) unless one is "
            "larger: then the model says its weights are unstandardised, with a warning. "
            "Free coefficients start at 0.3 (synergies 0.1) with a "
            "warning, unless --estimates gives their values: then a label or path the table "
            "has no value for is refused. Exit status 0 on success, 2 when the input is refused."
        ),
    )
    parser.add_argument("source", metavar="SOURCE", help="the study's file")
    parser.add_argument(
        "-o",
        "--out",
        metavar="MODEL",
        required=True,
        help="the model file to write (.synergy.json)",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help="the SOURCE's format (default: from its suffix and content)",
    )
    parser.add_argument(
        "--estimates",
        metavar="TABLE",
        help="a coefficient table (CSV): its estimates and standard errors fill weights and sds",
    )
    parser.add_argument(
        "--rule",
        choices=("sor", "kosko", "modified-kosko", "rescaled"),
        help="the update rule the model runs under (an FCM's: kosko, modified-kosko, rescaled)",
    )
    parser.add_argument(
        "--activation",
        choices=("clip", "logistic", "tanh", "bivalent", "trivalent", "identity"),
        help="the activation f (tanh and trivalent make the levels bipolar, -1 to 1)",
    )
    parser.add_argument(
        "--gain", metavar="LAMBDA", type=float, help="the activation's gain λ (0.01 to 100)"
    )
    parser.set_defaults(run=run_import)


def run_import(options: argparse.Namespace) -> int:
    """Import, write, report; the exit status says how it went."""
    tolerant_output()
    try:
        from synergy_gui.io.problems import ImportProblem
        from synergy_gui.io.study_import import import_source

        try:
            result = import_source(
                options.source,
                options.format,
                options.estimates,
                getattr(options, "rule", None),
                (getattr(options, "activation", None), getattr(options, "gain", None)),
            )
        except ImportProblem as problem:
            complain("import", str(problem))
            return EXIT_BAD_INPUT
        from synergy_gui.model.fileformat import save_document

        try:
            save_document(result.document, options.out)
        except OSError as error:
            complain("import", f"cannot write {options.out}: {error.strerror or error}")
            return EXIT_BAD_INPUT
    except Exception as error:  # a bug of ours must still read as a message
        complain("import", f"failed ({type(error).__name__}: {error})")
        return EXIT_FAILURE
    for warning in result.warnings:
        print(f"synergy-explorer import: warning: {warning}", file=sys.stderr)
    print_report(_summary(result, options.source, options.out))
    return EXIT_OK


def _summary(result, source: str, out: str) -> str:
    from synergy_gui.io.defined_effects import ExpressionError, defined_values

    document = result.document
    roles = Counter(c.role for c in document.constructs)
    lines = [
        f"{source} -> {out}",
        f"  {len(document.constructs)} constructs ({roles['stimulus']} stimuli, "
        f"{roles['organism']} organisms, {roles['response']} responses), "
        f"{len(document.paths)} paths, {len(document.junctions)} synergies",
    ]
    if result.items:
        lines.append(f"  items of {len(result.items)} constructs kept in their descriptions")
    if result.defined:
        try:
            values = defined_values(result.defined, result.label_values())
        except ExpressionError as error:
            lines.append(f"  defined effects cannot be worked out: {error}")
        else:
            lines.append("  defined effects (:=) with the imported weights:")
            lines += [
                f"    {effect.name} := {effect.expression} = {values[effect.name]:.4g}"
                for effect in result.defined
            ]
    return "\n".join(lines)
