"""``export``: a model as lavaan syntax, a hypotheses table, GraphML, an FCM matrix or a
one-page PDF report.

MODEL is a model file or a preset name. Without ``-o`` the text goes to stdout; with it the
file is written atomically. Each target is one entry of :data:`EXPORTERS`; an exporter
returns text, or bytes for a binary file (the report), which needs ``-o``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from synergy_gui.commandline.simulate_command import (
    EXIT_BAD_INPUT,
    EXIT_FAILURE,
    EXIT_OK,
    BadInputError,
    complain,
    load_model,
    print_report,
    tolerant_output,
)

_TABLE_SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".csv": "csv", ".tex": "latex"}


def _lavaan(document, options) -> tuple[str, list[str]]:
    from synergy_gui.io.lavaan import write_lavaan

    return write_lavaan(document, free=options.free), []


def _hypotheses(document, options) -> tuple[str, list[str]]:
    from synergy_gui.io.hypotheses import hypotheses_text

    form = options.table_format
    if form is None and options.out:
        form = _TABLE_SUFFIXES.get(Path(options.out).suffix.lower())
    return hypotheses_text(document, form or "markdown"), []


def _graphml(document, options) -> tuple[str, list[str]]:
    from synergy_gui.io.graphml import graphml_text

    return graphml_text(document), []


def _fcm(document, options) -> tuple[str, list[str]]:
    from synergy_gui.io.fcm_matrix import fcm_matrix_text

    return fcm_matrix_text(document)


def _report(document, options) -> tuple[bytes, list[str]]:
    from synergy_gui.io.report import report_pdf

    try:
        return report_pdf(document, options.scenario), []
    except ValueError as error:  # an unknown scenario, an empty model
        raise BadInputError(f"{options.model}: {error}") from None


#: target -> (document, options) -> (text or bytes, what was left out)
EXPORTERS: dict[str, Callable] = {
    "lavaan": _lavaan,
    "hypotheses": _hypotheses,
    "graphml": _graphml,
    "fcm": _fcm,
    "report": _report,
}
#: Targets written as binary files: they need -o.
BINARY_TARGETS = ("report",)


def register(commands: argparse._SubParsersAction) -> None:
    """Add the ``export`` sub-command to the parser."""
    parser = commands.add_parser(
        "export",
        prog="synergy-explorer export",
        help="write a model as lavaan syntax, a hypotheses table, GraphML, an FCM matrix or a "
        "one-page PDF report",
        description=(
            "Write MODEL (a model file or a preset name) as lavaan syntax (current weights "
            "fixed, or --free labelled coefficients), a hypotheses table (Markdown, CSV or "
            "LaTeX: from -o's suffix .md/.csv/.tex or --table-format), GraphML (yEd, Gephi) "
            "an FCM matrix (CSV, source rows), or a one-page PDF report (the diagram, the plot, "
            "the table of levels, the scenario and the date; needs -o). Without -o the text "
            "goes to stdout."
        ),
    )
    parser.add_argument("model", metavar="MODEL", help="a model file, or a preset name")
    parser.add_argument("--to", required=True, choices=list(EXPORTERS), help="what to write")
    parser.add_argument("-o", "--out", metavar="OUT", help="the file to write (default: stdout)")
    parser.add_argument(
        "--free", action="store_true", help="lavaan: labelled free coefficients, not fixed weights"
    )
    parser.add_argument(
        "--table-format",
        choices=("markdown", "csv", "latex"),
        help="hypotheses: the table's format (default: from -o's suffix, else Markdown)",
    )
    parser.add_argument(
        "--scenario",
        metavar="NAME",
        help="report: the scenario to run (default: the model as drawn)",
    )
    parser.set_defaults(run=run_export)


def run_export(options: argparse.Namespace) -> int:
    """Load, export, write or print; the exit status says how it went."""
    tolerant_output()
    if options.to in BINARY_TARGETS and not options.out:
        complain("export", f"the {options.to} is a PDF file: name it with -o, e.g. -o report.pdf")
        return EXIT_BAD_INPUT
    try:
        try:
            document = load_model(options.model, one_line=True)
            text, left_out = EXPORTERS[options.to](document, options)
        except BadInputError as error:
            complain("export", str(error))
            return EXIT_BAD_INPUT
        for note in left_out:
            print(f"synergy-explorer export: warning: {note}", file=sys.stderr)
        if not options.out:
            print_report(text.rstrip("\n"))
            return EXIT_OK
        try:
            _write(options.out, text)
        except OSError as error:
            complain("export", f"cannot write {options.out}: {error.strerror or error}")
            return EXIT_BAD_INPUT
    except Exception as error:  # a bug of ours must still read as a message
        complain("export", f"failed ({type(error).__name__}: {error})")
        return EXIT_FAILURE
    print(f"{options.model} -> {options.out} ({options.to})")
    return EXIT_OK


def _write(out: str, content: str | bytes) -> None:
    """Write text or bytes atomically (the old file stays until the new one is whole)."""
    from synergy_gui.io.atomic import write_bytes_atomically, write_text_atomically

    if isinstance(content, bytes):
        write_bytes_atomically(out, content)
    else:
        write_text_atomically(out, content)
