"""Entry point: ``synergy-explorer`` opens the window; sub-commands work headless."""

from __future__ import annotations

import argparse
import difflib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from synergy_gui import __version__
from synergy_gui.commandline import (
    allocate_command,
    compare_command,
    curves_command,
    estimate_command,
    export_command,
    goalseek_command,
    import_command,
    model_commands,
    montecarlo_command,
    sensitivity_command,
    simulate_command,
)

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="synergy-explorer",
        usage="%(prog)s [--present] [--smoke-test] [FILE]  |  %(prog)s COMMAND ...",
        description=(
            "See, change and run the Stimulus-Organism-Response model of social-media "
            "marketing with trust transfer. With no command, opens the window "
            "(on FILE if given, else on the default model)."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the window offscreen-capable, drive it once, check the results and exit",
    )
    parser.add_argument(
        "--present",
        action="store_true",
        help="open the window in presentation mode: full screen, large type, the model's story",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    model_commands.register(commands)
    simulate_command.register(commands)
    compare_command.register(commands)
    sensitivity_command.register(commands)
    montecarlo_command.register(commands)
    goalseek_command.register(commands)
    allocate_command.register(commands)
    curves_command.register(commands)
    estimate_command.register(commands)
    import_command.register(commands)
    export_command.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    commands = _command_names(parser)
    # The top level has no option that takes a value, so the first word names the command
    # or the FILE; what it is decides who reads the rest.
    first = next((argument for argument in arguments if not argument.startswith("-")), None)
    if first is None or first in commands:
        options = parser.parse_args(arguments)
        if options.command:
            return int(options.run(options))
        return _open_window(None, options)
    if not looks_like_file(first):
        return _refuse(parser, _unknown_command(first, commands))
    rest = list(arguments)
    rest.remove(first)
    extra = [argument for argument in rest if not argument.startswith("-")]
    if extra:
        return _refuse(parser, f"unexpected extra arguments after the FILE: {' '.join(extra)}")
    options = parser.parse_args(rest)  # --help, --version, --present, --smoke-test; no others
    problem = _file_problem(first)
    if problem:
        print(f"synergy-explorer: {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return _open_window(first, options)


def looks_like_file(word: str) -> bool:
    """A FILE, not a command: an existing path, or a word with a path separator or ``.json``."""
    separators = [sep for sep in (os.sep, os.altsep, "/") if sep]
    return (
        os.path.lexists(word)
        or any(sep in word for sep in separators)
        or word.lower().endswith(".json")
    )


def _file_problem(file: str) -> str | None:
    """Why ``file`` cannot be opened in the window (None if it is a file that exists)."""
    path = Path(file)
    if path.is_file():
        return None
    if path.is_dir():
        return f"{file} is a folder, not a model file"
    return f"no such file: {file}"


def _unknown_command(word: str, commands: list[str]) -> str:
    """'unknown command …', the nearest command if one is near, and the list of commands."""
    near = [command for command in commands if command.startswith(word.lower())]
    near = near or difflib.get_close_matches(word.lower(), commands, n=1, cutoff=0.5)
    guess = f" (did you mean {near[0]}?)" if near else ""
    return (
        f"unknown command '{word}'{guess}\n"
        f"The commands are {', '.join(commands)}; or give an existing model FILE "
        "to open it in the window (see --help)."
    )


def _command_names(parser: argparse.ArgumentParser) -> list[str]:
    """The sub-commands in the order they were registered."""
    return [
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    ]


def _refuse(parser: argparse.ArgumentParser, message: str) -> int:
    parser.print_usage(sys.stderr)
    print(f"{parser.prog}: error: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _open_window(file: str | None, options: argparse.Namespace) -> int:
    try:
        from synergy_gui.ui.app import run_app
    except ImportError:
        print("The window is not built yet; use a command (see --help).", file=sys.stderr)
        return EXIT_FAILURE
    return run_app(file, smoke_test=options.smoke_test, present=options.present)


if __name__ == "__main__":
    sys.exit(main())
