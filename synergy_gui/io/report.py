"""The one-page PDF report of a model: title, scenario and date, the diagram, the plot of the
plotted constructs and the table of levels (where each ends and where it settles).

Qt-free: the diagram is drawn with matplotlib from the constructs' positions (boxes and
arrows), not grabbed from the window, so the command line writes the same page as the
window. User text is never read as mathematics ("$5 off" stays "$5 off"). The page is one
A4 landscape sheet written with matplotlib's PDF backend, atomically.
"""

from __future__ import annotations

import io
import math
import os
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import matplotlib
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Circle, FancyArrowPatch, FancyBboxPatch

from synergy_gui.engine.compare import compare
from synergy_gui.io.atomic import write_bytes_atomically
from synergy_gui.model import ModelDocument
from synergy_gui.model.focus import default_focus
from synergy_gui.model.phrases import phrase
from synergy_gui.model.view_state import ScenarioKey, scenario_label

A4_LANDSCAPE = (11.69, 8.27)  # inches
#: The diagram's colours (Okabe–Ito, safe for colour-blind readers), as the window draws them.
ROLE_COLOURS = {"stimulus": "#0072B2", "organism": "#E69F00", "response": "#009E73"}
LINE_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
NEGATIVE = "#D55E00"
POSITIVE = "#3a3a3a"
NODE_SIZE = (164.0, 64.0)  # the window's construct box, in scene units
ROLE_ORDER = ("stimulus", "organism", "response")
MAX_TABLE_ROWS = 26
MAX_PLOTTED = 7
#: User text as written (never mathematics); TrueType (Type 42) fonts, which journals ask
#: for and every viewer can search and copy, rather than matplotlib's default Type 3.
_PLAIN_TEXT = {"text.parse_math": False, "text.usetex": False, "pdf.fonttype": 42}


@dataclass(frozen=True)
class LevelRow:
    """One line of the levels table."""

    construct_id: str
    label: str
    role: str
    start: float
    final: float
    settles_at: float | None  # None: does not settle within the run


@dataclass(frozen=True)
class ReportContent:
    """What the page shows, worked out before anything is drawn."""

    title: str
    scenario: str
    when: date
    time_unit: str
    times: Sequence[float]
    series: dict[str, Sequence[float]]  # plotted construct id -> level at each step
    rows: list[LevelRow]
    hidden_rows: int  # constructs left out of the table for room
    finals: dict[str, float]


def report_content(
    document: ModelDocument,
    scenario: ScenarioKey = None,
    plotted: Sequence[str] | None = None,
    when: date | None = None,
) -> ReportContent:
    """Run the model under ``scenario`` and gather what the page shows."""
    _check_scenario(document, scenario)
    ids = [c.id for c in document.constructs]
    if not ids:
        raise ValueError(phrase("the model has no constructs: there is nothing to report"))
    shown = [cid for cid in (plotted or default_focus(document)) if cid in ids][:MAX_PLOTTED]
    run = compare(document, [scenario], ids)
    result, metrics = run.results[scenario], run.metrics[scenario]
    ordered = sorted(document.constructs, key=lambda c: ROLE_ORDER.index(c.role))
    rows = [
        LevelRow(
            c.id,
            c.label,
            c.role,
            float(result.series(c.id)[0]),
            metrics[c.id].final,
            metrics[c.id].settles_at,
        )
        for c in ordered
    ]
    kept = _rows_that_fit(rows, shown)
    return ReportContent(
        title=document.meta.title.strip() or "Untitled model",
        scenario=scenario_label(scenario),
        when=when or date.today(),
        time_unit=document.settings.time_unit,
        times=result.times.tolist(),
        series={cid: result.series(cid).tolist() for cid in shown},
        rows=kept,
        hidden_rows=len(rows) - len(kept),
        finals=result.finals(),
    )


def _check_scenario(document: ModelDocument, scenario: ScenarioKey) -> None:
    names = [s.name for s in document.scenarios]
    if scenario is None or scenario in names:
        return
    if not names:
        raise ValueError(
            phrase("the model has no scenario {name!r} (scenarios: none)", name=scenario)
        )
    raise ValueError(
        phrase(
            "the model has no scenario {name!r} (scenarios: {listed})",
            name=scenario,
            listed=", ".join(repr(n) for n in names),
        )
    )


def _rows_that_fit(rows: list[LevelRow], plotted: Sequence[str]) -> list[LevelRow]:
    """All rows when they fit; else the plotted constructs, then the rest in role order."""
    if len(rows) <= MAX_TABLE_ROWS:
        return rows
    first = {cid for cid in plotted}
    chosen = [r for r in rows if r.construct_id in first]
    chosen += [r for r in rows if r.construct_id not in first][: MAX_TABLE_ROWS - len(chosen)]
    keep = {r.construct_id for r in chosen}
    return [r for r in rows if r.construct_id in keep]


# ------------------------------------------------------------------------------ the page
def report_figure(document: ModelDocument, content: ReportContent) -> Figure:
    """The page as a matplotlib figure (A4 landscape)."""
    with matplotlib.rc_context(_PLAIN_TEXT):
        figure = Figure(figsize=A4_LANDSCAPE)
        figure.text(0.035, 0.955, content.title, fontsize=17, fontweight="bold", va="top")
        figure.text(0.035, 0.905, _subtitle(content), fontsize=10.5, color="#444444", va="top")
        grid = figure.add_gridspec(
            2, 2, left=0.055, right=0.975, top=0.845, bottom=0.07, width_ratios=(1.7, 1),
            height_ratios=(1.55, 1), wspace=0.08, hspace=0.22,
        )  # fmt: skip
        draw_diagram(figure.add_subplot(grid[0, 0]), document, content.finals)
        _draw_plot(figure.add_subplot(grid[1, 0]), document, content)
        _draw_table(figure.add_subplot(grid[:, 1]), content)
    return figure


def _subtitle(content: ReportContent) -> str:
    when = f"{content.when.day} {content.when:%B %Y}"
    steps = len(content.times) - 1
    return f"Scenario: {content.scenario}   ·   {steps} {_plural(content.time_unit)}   ·   {when}"


def report_pdf(
    document: ModelDocument,
    scenario: ScenarioKey = None,
    plotted: Sequence[str] | None = None,
    when: date | None = None,
) -> bytes:
    """The report as the bytes of a one-page PDF."""
    content = report_content(document, scenario, plotted, when)
    figure = report_figure(document, content)
    buffer = io.BytesIO()
    metadata = {"Title": content.title, "Subject": f"Scenario: {content.scenario}"}
    with matplotlib.rc_context(_PLAIN_TEXT):
        figure.savefig(buffer, format="pdf", metadata=metadata)
    return buffer.getvalue()


def write_report(
    path: str | os.PathLike[str],
    document: ModelDocument,
    scenario: ScenarioKey = None,
    plotted: Sequence[str] | None = None,
    when: date | None = None,
) -> Path:
    """Write the report to ``path`` atomically (the old file stays until the new is whole)."""
    return write_bytes_atomically(path, report_pdf(document, scenario, plotted, when))


# ---------------------------------------------------------------------------- the diagram
def draw_diagram(axes: Axes, document: ModelDocument, finals: dict[str, float]) -> None:
    """Boxes at the constructs' positions (y down, as on screen), arrows for paths."""
    axes.set_axis_off()
    axes.set_title("Diagram", loc="left", fontsize=11, fontweight="bold")
    centres = {c.id: c.position for c in document.constructs}
    _frame(axes, list(centres.values()))
    font = _diagram_font(axes)
    boxes = {c.id: _draw_box(axes, c, finals.get(c.id), font) for c in document.constructs}
    for path in document.paths:
        _draw_path(axes, path, centres, boxes, font)
    for junction in document.junctions:
        _draw_junction(axes, junction, centres, boxes, font)


def _frame(axes: Axes, centres: list[tuple[float, float]]) -> None:
    """Limits around every box, widened to the axes' shape so one unit is as long across
    as down (boxes keep their shape) and nothing spills out of the axes."""
    width, height = NODE_SIZE
    xs, ys = [x for x, _ in centres], [y for _, y in centres]
    left, right = min(xs) - width * 0.6, max(xs) + width * 0.6
    top, bottom = min(ys) - height, max(ys) + height
    box_width, box_height = _axes_inches(axes)
    span_x, span_y = right - left, bottom - top
    if span_x / span_y < box_width / box_height:
        grow = (span_y * box_width / box_height - span_x) / 2
        left, right = left - grow, right + grow
    else:
        grow = (span_x * box_height / box_width - span_y) / 2
        top, bottom = top - grow, bottom + grow
    axes.set_xlim(left, right)
    axes.set_ylim(bottom, top)  # scene y points down


def _axes_inches(axes: Axes) -> tuple[float, float]:
    figure = axes.get_figure()
    box = axes.get_position()
    return box.width * figure.get_figwidth(), box.height * figure.get_figheight()


def _diagram_font(axes: Axes) -> float:
    """Points that fit a label of ~18 characters in a box at the diagram's scale."""
    left, right = axes.get_xlim()
    points_per_unit = 72 * _axes_inches(axes)[0] / (right - left)
    return max(4.0, min(10.0, points_per_unit * NODE_SIZE[0] / 11.0))


def _draw_box(axes: Axes, construct, final: float | None, font: float) -> FancyBboxPatch:
    width, height = NODE_SIZE
    x, y = construct.position
    colour = ROLE_COLOURS.get(construct.role, "#777777")
    box = FancyBboxPatch(
        (x - width / 2, y - height / 2), width, height,
        boxstyle=f"round,pad=0,rounding_size={height * 0.18}",
        facecolor=_tint(colour), edgecolor=colour, linewidth=1.4, zorder=3,
    )  # fmt: skip
    axes.add_patch(box)
    label = "\n".join(textwrap.wrap(construct.label, 20, max_lines=2, placeholder="…")) or " "
    level = "" if final is None else f"\n{final:.2f}"
    axes.text(x, y, label + level, ha="center", va="center", fontsize=font, zorder=4,
              linespacing=1.15)  # fmt: skip
    return box


def _tint(colour: str, share: float = 0.22) -> tuple[float, float, float]:
    red, green, blue = (int(colour[k : k + 2], 16) / 255 for k in (1, 3, 5))
    return tuple(1 - share * (1 - value) for value in (red, green, blue))  # type: ignore[return-value]


def _arrow_style(weight: float, font: float) -> dict:
    return {
        "arrowstyle": f"-|>,head_length={0.5 * font / 8:.2f},head_width={0.3 * font / 8:.2f}",
        "color": NEGATIVE if weight < 0 else POSITIVE,
        "linestyle": "--" if weight < 0 else "-",
        "linewidth": 0.6 + 2.4 * min(abs(weight), 1.0),
        "mutation_scale": 10 * font / 8,
        "zorder": 2,
        "shrinkA": 2,
        "shrinkB": 2,
    }


def _draw_path(axes: Axes, path, centres, boxes, font: float) -> None:
    start, end = centres[path.source], centres[path.target]
    if path.source == path.target:  # a self-loop: its weight beside the box
        x, y = start
        axes.text(x + NODE_SIZE[0] / 2, y - NODE_SIZE[1] / 2, f"↻ {path.weight:+.2f}",
                  fontsize=font * 0.85, ha="left", va="bottom", zorder=4)  # fmt: skip
        return
    arrow = FancyArrowPatch(
        start, end, patchA=boxes[path.source], patchB=boxes[path.target],
        connectionstyle="arc3,rad=0.08", **_arrow_style(path.weight, font),
    )  # fmt: skip
    axes.add_patch(arrow)
    _weight_label(axes, start, end, path.weight, font)


def _weight_label(axes: Axes, start, end, weight: float, font: float) -> None:
    x, y = (start[0] + end[0]) / 2, (start[1] + end[1]) / 2
    axes.text(x, y, f"{weight:.2f}".replace("-", "−"), fontsize=font * 0.8, ha="center",
              va="center", zorder=5, color=NEGATIVE if weight < 0 else "#222222",
              bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none",
                    "alpha": 0.85})  # fmt: skip


def _draw_junction(axes: Axes, junction, centres, boxes, font: float) -> None:
    points = [centres[m] for m in junction.members] + [centres[junction.target]]
    middle = junction.position or (
        sum(p[0] for p in points) / len(points),
        sum(p[1] for p in points) / len(points),
    )
    radius = NODE_SIZE[1] * 0.22
    dot = Circle(middle, radius, facecolor="white", edgecolor=POSITIVE, linewidth=1.2, zorder=3)
    axes.add_patch(dot)
    axes.text(*middle, "×", ha="center", va="center", fontsize=font, zorder=4)
    for member in junction.members:
        line = FancyArrowPatch(centres[member], middle, patchA=boxes[member], patchB=dot,
                               arrowstyle="-", color="#777777", linewidth=0.9,
                               linestyle=":", zorder=2)  # fmt: skip
        axes.add_patch(line)
    style = _arrow_style(junction.weight, font)
    axes.add_patch(FancyArrowPatch(middle, centres[junction.target], patchA=dot,
                                   patchB=boxes[junction.target], **style))  # fmt: skip
    _weight_label(axes, middle, centres[junction.target], junction.weight, font)


# ------------------------------------------------------------------------ plot and table
def _draw_plot(axes: Axes, document: ModelDocument, content: ReportContent) -> None:
    labels = {c.id: c.label for c in document.constructs}
    axes.set_title("Levels over time", loc="left", fontsize=11, fontweight="bold")
    lows, highs = [0.0], [1.0]
    for k, (cid, series) in enumerate(content.series.items()):
        colour = LINE_COLOURS[k % len(LINE_COLOURS)]
        axes.plot(content.times, series, color=colour, linewidth=2, label=labels[cid])
        lows.append(min(series))
        highs.append(max(series))
    axes.set_xlim(content.times[0], content.times[-1] if len(content.times) > 1 else 1)
    axes.set_ylim(min(lows) - 0.02, max(highs) + 0.02)
    axes.set_xlabel(f"Time ({_plural(content.time_unit)})", fontsize=9)
    axes.set_ylabel("Level", fontsize=9)
    axes.tick_params(labelsize=8)
    axes.grid(True, color="#dddddd", linewidth=0.6)
    axes.spines[["top", "right"]].set_visible(False)
    if content.series:
        axes.legend(fontsize=8, frameon=False, loc="best")


def _draw_table(axes: Axes, content: ReportContent) -> None:
    axes.set_axis_off()
    axes.set_title("Levels", loc="left", fontsize=11, fontweight="bold")
    unit = content.time_unit
    header = ["Construct", "Role", "Start", "Final", f"Settles at\n({_plural(unit)})"]
    cells = [
        [_short(r.label), r.role, f"{r.start:.3f}", f"{r.final:.3f}", _settles(r.settles_at)]
        for r in content.rows
    ]
    if content.hidden_rows:
        cells.append([f"… {content.hidden_rows} more constructs", "", "", "", ""])
    row_height = min(0.045, 1.0 / (len(cells) + 2))
    height = row_height * (len(cells) + 1.6)
    table = axes.table(
        cellText=cells, colLabels=header, cellLoc="left", bbox=(0, 1 - height, 1, height),
        colWidths=(0.43, 0.16, 0.11, 0.11, 0.19),
    )  # fmt: skip
    table.auto_set_font_size(False)
    table.set_fontsize(8.0 if len(cells) <= 18 else 7.0)
    for (row, _column), cell in table.get_celld().items():
        cell.set_edgecolor("#cccccc")
        cell.get_text().set_parse_math(False)
        if row == 0:
            cell.set_facecolor("#eeeeee")
            cell.get_text().set_fontweight("bold")


def _plural(unit: str) -> str:
    return unit if unit.endswith("s") else f"{unit}s"


def _short(text: str, longest: int = 25) -> str:
    return text if len(text) <= longest else text[: longest - 1] + "…"


def _settles(at: float | None) -> str:
    if at is None:
        return "not in the run"
    return f"{at:g}" if math.isfinite(at) else "–"
