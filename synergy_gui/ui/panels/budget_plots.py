"""The Budget dock's two pictures, each on a matplotlib canvas that only paints what it is given.

:class:`CurvesPlot`: the outcome against each channel's total spend over the run (the other
channels as planned), one line per channel, its current spend marked with a dot; lines and
dots are made once per set of channels and given new data. :class:`WaterfallPlot`: an
allocation's change in outcome from the current plan, step by step per channel.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QSize

from synergy_gui.engine.response import ResponseCurve
from synergy_gui.ui.i18n import translate
from synergy_gui.ui.numbers import number_text, signed_number
from synergy_gui.ui.panels.plot_ticks import locale_ticks, money_ticks

#: Okabe–Ito, one per channel in turn.
CHANNEL_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
UP, DOWN, TOTAL = "#009E73", "#D55E00", "#8C8C8C"
FONT_SIZE = 10.5  # points at text scale 1
MIN_SIZE = (200, 160)
#: The curves' key is drawn in plots at least this wide (pixels, at text scale 1).
KEY_WIDTH = 420


class _Canvas(FigureCanvasQTAgg):
    """One axes on a canvas that follows the palette and the text size."""

    def __init__(self) -> None:
        super().__init__(Figure(figsize=(4.0, 2.6), dpi=100, layout="constrained"))
        self.axes = self.figure.add_subplot(1, 1, 1)
        locale_ticks(self.axes)
        self.text_scale = 1.0
        self.colours = {"face": "#FFFFFF", "text": "#000000", "grid": "#D0D0D0"}
        self.setMinimumSize(*MIN_SIZE)
        self._style()

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def set_colours(self, face: str, text: str, grid: str) -> None:
        """Follow the window's palette (light or dark)."""
        self.colours = {"face": face, "text": text, "grid": grid}
        self._style()
        self.draw_idle()

    def set_text_scale(self, scale: float) -> None:
        if scale != self.text_scale:
            self.text_scale = scale
            self._style()
            self.draw_idle()

    @property
    def font_size(self) -> float:
        return FONT_SIZE * self.text_scale

    def _style(self) -> None:
        face, text, grid = self.colours["face"], self.colours["text"], self.colours["grid"]
        self.figure.set_facecolor(face)
        axes = self.axes
        axes.set_facecolor(face)
        axes.tick_params(labelsize=self.font_size * 0.9, colors=text)
        axes.grid(True, color=grid, linewidth=0.8)
        for label in (axes.xaxis.label, axes.yaxis.label, axes.title):
            label.set_color(text)
            label.set_fontsize(self.font_size)
        for spine in axes.spines.values():
            spine.set_color(text)
        axes.spines[["top", "right"]].set_visible(False)

    def _legend(self, where: str = "best") -> None:
        legend = self.axes.legend(
            loc=where, fontsize=self.font_size * 0.8, frameon=False, handlelength=1.2
        )
        legend.set_in_layout(False)
        for text in legend.get_texts():
            text.set_parse_math(False)  # channel names as written, never mathematics
            text.set_color(self.colours["text"])


class CurvesPlot(_Canvas):
    """Response curves: ``lines[channel id]`` and ``markers[channel id]`` (the current spend).

    The lines and dots are animated: a new set of numbers inside the axes' frame is drawn by
    restoring the background and blitting (a drag's step), and the frame (limits, labels,
    key) is drawn again only when the curves leave it or fill a third of it or less.
    """

    def __init__(self) -> None:
        super().__init__()
        self.lines: dict[str, object] = {}
        self.markers: dict[str, object] = {}
        money_ticks(self.axes)
        self.full_draws, self.blits = 0, 0
        self._background = None
        self._frame: tuple = ()
        self.mpl_connect("draw_event", self._on_draw)
        self.mpl_connect("resize_event", lambda _event: self._forget_background())

    def show_curves(self, curves: Sequence[ResponseCurve], outcome_label: str, unit: str) -> None:
        """Put the curves' numbers into the lines (made anew only for other channels)."""
        ids = [curve.channel for curve in curves]
        if ids != list(self.lines):
            self._make_lines(curves)
        for curve in curves:
            self.lines[curve.channel].set_data(curve.spend, curve.outcome)
            self.lines[curve.channel].set_label(curve.name)
            self.markers[curve.channel].set_data([curve.current_spend], [curve.current_outcome])
        frame = (tuple(ids), outcome_label, unit, self.width() >= KEY_WIDTH * self.text_scale)
        if frame != self._frame:
            self._frame = frame
            self._texts(outcome_label, unit)
            self._forget_background()
        if self._limits(curves):
            self._forget_background()
        self.refresh()

    def refresh(self) -> None:
        """Show the lines: a blit over the saved frame, or a full draw when there is none."""
        if self._background is None:
            self.draw_idle()
            return
        self.restore_region(self._background)
        self._draw_animated()
        self.blit(self.axes.bbox)
        self.blits += 1

    def colour(self, channel_id: str) -> str:
        """The colour of a channel's curve."""
        return self.lines[channel_id].get_color()

    def clear(self) -> None:
        """No curves (a model without channels, or an outcome that cannot be measured)."""
        self._make_lines([])
        self._frame = ()
        self.draw_idle()

    def _make_lines(self, curves: Sequence[ResponseCurve]) -> None:
        for artist in [*self.lines.values(), *self.markers.values()]:
            artist.remove()
        self.lines, self.markers = {}, {}
        for index, curve in enumerate(curves):
            colour = CHANNEL_COLOURS[index % len(CHANNEL_COLOURS)]
            line = self.axes.plot([], [], color=colour, linewidth=2.2, animated=True)[0]
            marker = self.axes.plot(
                [], [], "o", color=colour, markersize=8, markeredgecolor="white", animated=True
            )[0]
            self.lines[curve.channel], self.markers[curve.channel] = line, marker
        self._forget_background()

    def _texts(self, outcome_label: str, unit: str) -> None:
        size = self.font_size
        text = translate("BudgetPanel", "Total spend over the run ({unit})").format(unit=unit)
        self.axes.set_xlabel(text, fontsize=size, parse_math=False)
        self.axes.set_ylabel(outcome_label, fontsize=size, parse_math=False, wrap=True)
        if self._frame and self._frame[-1]:
            self._legend("lower right")
        elif self.axes.get_legend() is not None:
            self.axes.get_legend().remove()  # the rows' colours are the key

    def _limits(self, curves: Sequence[ResponseCurve]) -> bool:
        """Keep the axes' limits while the curves fit them well; True when they moved."""
        if not curves:
            return False
        right = max(float(curve.spend[-1]) for curve in curves) or 1.0
        values = np.concatenate([curve.outcome for curve in curves])
        low, high = float(values.min()), float(values.max())
        span = max(high - low, 0.01)
        keyed = self.axes.get_legend() is not None
        room = 0.08 + (0.1 * len(curves) if keyed else 0.0)  # below the curves, for the key
        low, high = low - room * span, high + 0.1 * span
        (_, x_high), (y_low, y_high) = self.axes.get_xlim(), self.axes.get_ylim()
        if _fits((0.0, right), (0.0, x_high)) and _fits((low, high), (y_low, y_high)):
            return False
        self.axes.set_xlim(0.0, right * 1.08)
        self.axes.set_ylim(low - 0.04 * span, high + 0.04 * span)
        return True

    def _draw_animated(self) -> None:
        for artist in [*self.lines.values(), *self.markers.values()]:
            self.axes.draw_artist(artist)

    def _on_draw(self, _event) -> None:
        self.full_draws += 1
        self._background = self.copy_from_bbox(self.axes.bbox)
        self._draw_animated()

    def _forget_background(self) -> None:
        self._background = None


def _fits(wanted: tuple[float, float], shown: tuple[float, float]) -> bool:
    """Whether ``wanted`` lies inside ``shown`` and fills more than two thirds of it."""
    inside = shown[0] <= wanted[0] and wanted[1] <= shown[1]
    return inside and (wanted[1] - wanted[0]) > (shown[1] - shown[0]) / 1.5


class WaterfallPlot(_Canvas):
    """The outcome now, each channel's part of the change, and the outcome allocated."""

    def __init__(self) -> None:
        super().__init__()
        self.bars: list[object] = []
        self.labels: list[object] = []
        self.steps: list[tuple[str, float, float]] = []  # (label, bottom, height) per bar

    def show_waterfall(
        self, names: Sequence[str], parts: Sequence[float], before: float, after: float
    ) -> None:
        """Bars from ``before`` through each channel's part to ``after``."""
        self.steps = _steps(names, parts, before, after)
        for bar in self.bars:
            bar.remove()
        colours = [TOTAL] + [UP if h >= 0 else DOWN for _, _, h in self.steps[1:-1]] + [TOTAL]
        labels = [label for label, _, _ in self.steps]
        bottoms = [bottom for _, bottom, _ in self.steps]
        heights = [height for _, _, height in self.steps]
        self.bars = [self.axes.bar(range(len(labels)), heights, bottom=bottoms, color=colours)]
        crowded = self.width() / len(labels) < 80  # pixels a label has under its bar
        self.axes.set_xticks(
            range(len(labels)),
            labels,
            rotation=30 if crowded else 0,
            ha="right" if crowded else "center",
        )
        for tick in self.axes.get_xticklabels():
            tick.set_parse_math(False)
            tick.set_fontsize(self.font_size * 0.75)
        self._label_parts()
        low = min(min(bottoms), after, before)
        high = max(max(b + h for b, h in zip(bottoms, heights, strict=True)), after, before)
        span = max(high - low, 0.002)
        self.axes.set_ylim(low - 0.15 * span, high + 0.15 * span)
        self.axes.set_ylabel(translate("BudgetPanel", "Outcome"), fontsize=self.font_size)
        self.draw_idle()

    def clear(self) -> None:
        for bar in self.bars:
            bar.remove()
        self.bars, self.steps = [], []
        self._label_parts()
        self.draw_idle()

    def _label_parts(self) -> None:
        """Each bar's figure on it: the outcome at the ends, the change in between."""
        for text in self.labels:
            text.remove()
        self.labels = []
        last = len(self.steps) - 1
        for index, (_, bottom, height) in enumerate(self.steps):
            ends = index in (0, last)
            figure = number_text(bottom + height, 3) if ends else signed_number(height, 4)
            top = bottom + max(height, 0.0)
            self.labels.append(
                self.axes.annotate(
                    figure, (index, top), xytext=(0, 2), textcoords="offset points",
                    ha="center", va="bottom", fontsize=self.font_size * 0.75,
                    color=self.colours["text"],
                )
            )  # fmt: skip


def _steps(
    names: Sequence[str], parts: Sequence[float], before: float, after: float
) -> list[tuple[str, float, float]]:
    """(label, bottom, height) per bar: the totals stand on the axis' floor, the parts float."""
    floor = min(before, after, *(before + np.cumsum(parts))) if parts else min(before, after)
    floor -= 0.5 * max(abs(after - before), 0.002)
    steps = [(translate("BudgetPanel", "Now"), floor, before - floor)]
    level = before
    for name, part in zip(names, parts, strict=True):
        steps.append((_short(name), level, part))
        level += part
    steps.append((translate("BudgetPanel", "Allocated"), floor, after - floor))
    return steps


def _short(name: str, width: int = 11) -> str:
    """A channel's name on two short lines under its bar."""
    words, lines = name.split(), [""]
    for word in words:
        if lines[-1] and len(lines[-1]) + 1 + len(word) > width:
            lines.append(word)
        else:
            lines[-1] = f"{lines[-1]} {word}".strip()
    text = "\n".join(lines[:2])
    return text if len(lines) <= 2 else text + "…"
