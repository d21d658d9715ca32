"""How the level plot's lines look: colours, dashes, widths and text size, and the specs of
lines and legend entries. Plain Python without matplotlib, so tables can share the colours."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

#: Okabe-Ito colours without black (it vanishes on a dark palette); yellow last (low contrast).
LINE_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442")
LINE_STYLES = ("-", "--", ":", "-.")
#: One dash per compared scenario (at most six), told apart at a glance from the back row.
SCENARIO_STYLES = ("-", (0, (6, 2)), (0, (1, 1.5)), (0, (5, 1.5, 1, 1.5)), (0, (2, 2)), "-.")
LINE_WIDTH = 3.0  # points: 4 px at 96 dpi, thick enough for the back of a classroom
FONT_SIZE = 13  # points
CURSOR_ALPHA = 0.65  # the cursor in the text colour, a little faded: visible on light and dark


@dataclass(frozen=True)
class LineSpec:
    """One plotted line: its construct, its label in the legend, its colour and style, its key
    in :attr:`LevelPlot.lines` (default: the construct's id) and the small axes it is in."""

    construct_id: str
    label: str
    colour: str
    style: str | tuple = "-"
    key: Hashable = None
    panel: int = 0

    @property
    def line_key(self) -> Hashable:
        return self.construct_id if self.key is None else self.key


@dataclass(frozen=True)
class LegendEntry:
    """One entry of the legend: a line sample and its text."""

    label: str
    colour: str
    style: str | tuple = "-"


def line_specs(ids_and_labels: list[tuple[str, str]]) -> list[LineSpec]:
    """Colours and styles for the lines, in order: colours first, then dashes."""
    specs = []
    for index, (construct_id, label) in enumerate(ids_and_labels):
        colour = LINE_COLOURS[index % len(LINE_COLOURS)]
        style = LINE_STYLES[(index // len(LINE_COLOURS)) % len(LINE_STYLES)]
        specs.append(LineSpec(construct_id, label, colour, style))
    return specs
