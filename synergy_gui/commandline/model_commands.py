"""``presets`` lists the shipped models; ``validate`` checks model files.

Both catch everything at the top and report it in a line: no traceback ever reaches the user.
"""

from __future__ import annotations

import argparse
import sys
import textwrap

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2


def register(commands: argparse._SubParsersAction) -> None:
    """Add this module's sub-commands to the parser."""
    presets = commands.add_parser(
        "presets",
        prog="synergy-explorer presets",
        help="list the shipped example models",
        description="List the shipped example models: name (to open it by), title, summary.",
    )
    presets.set_defaults(run=run_presets)
    validate = commands.add_parser(
        "validate",
        prog="synergy-explorer validate",
        help="check model files: OK, or every problem with its place",
        description=(
            "Check *.synergy.json files. Prints 'FILE: OK' (and any warnings) or every "
            "problem as 'FILE: place: reason'. Exit status 0 when every file is OK, 2 otherwise."
        ),
    )
    validate.add_argument("files", nargs="+", metavar="FILE", help="a model file to check")
    validate.set_defaults(run=run_validate)


def _tolerant_output() -> None:
    """Never fail on a character the terminal cannot show (odd file names, symbols)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def run_presets(options: argparse.Namespace) -> int:
    """Print one line per preset, with a one-line summary under it."""
    _tolerant_output()
    try:
        from synergy_gui.model.presets import DEFAULT_PRESET, list_presets

        presets = list_presets()
    except Exception as error:  # report, never a traceback
        print(f"synergy-explorer: cannot list the presets: {error}", file=sys.stderr)
        return EXIT_FAILURE
    if not presets:
        print("synergy-explorer: no presets are installed", file=sys.stderr)
        return EXIT_FAILURE
    width = max(len(info.name) for info in presets)
    for info in presets:
        default = "  (default)" if info.name == DEFAULT_PRESET else ""
        print(f"{info.name:<{width}}  {info.title}{default}")
        summary = " ".join(info.description.split())
        if summary:
            print(" " * (width + 2) + textwrap.shorten(summary, width=96, placeholder=" ..."))
    return EXIT_OK


def run_validate(options: argparse.Namespace) -> int:
    """Check each file; 0 when all are OK, 2 when any is refused."""
    _tolerant_output()
    try:
        results = [_validate_one(name) for name in options.files]
    except KeyboardInterrupt:
        print("synergy-explorer: interrupted", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK if all(results) else EXIT_BAD_INPUT


def _validate_one(name: str) -> bool:
    try:
        from synergy_gui.model.errors import DocumentFileError
        from synergy_gui.model.fileformat import load_document_with_warnings

        try:
            _, warnings = load_document_with_warnings(name)
        except DocumentFileError as refused:
            for problem in refused.problems:
                print(f"{name}: {problem}")
            return False
    except Exception as error:  # a bug of ours must still read as a message
        print(f"{name}: could not be checked ({type(error).__name__}: {error})")
        return False
    from synergy_gui.model.problem_report import capped

    print(f"{name}: OK")
    for warning in capped(warnings):
        print(f"{name}: warning: {warning}")
    return True
