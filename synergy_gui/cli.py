"""Entry point: ``synergy-explorer`` opens the window; sub-commands work headless."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from synergy_gui import __version__
from synergy_gui.commandline import compare_command, model_commands, simulate_command

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="synergy-explorer",
        usage="%(prog)s [--smoke-test] [FILE]  |  %(prog)s COMMAND ...",
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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    model_commands.register(commands)
    simulate_command.register(commands)
    compare_command.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    first = arguments[0] if arguments else ""
    if first and first not in _command_names(parser) and not first.startswith("-"):
        return _open_window(first, smoke_test="--smoke-test" in arguments[1:])
    options = parser.parse_args(arguments)
    if options.command:
        return int(options.run(options))
    return _open_window(None, smoke_test=options.smoke_test)


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    return {
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }


def _open_window(file: str | None, smoke_test: bool) -> int:
    try:
        from synergy_gui.ui.app import run_app
    except ImportError:
        print("The window is not built yet; use a command (see --help).", file=sys.stderr)
        return EXIT_FAILURE
    return run_app(file, smoke_test=smoke_test)


if __name__ == "__main__":
    sys.exit(main())
