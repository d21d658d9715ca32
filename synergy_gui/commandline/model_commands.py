"""``presets`` and ``validate``: placeholders until the file format lands."""

from __future__ import annotations

import argparse


def register(commands: argparse._SubParsersAction) -> None:
    """Add this module's sub-commands to the parser."""
