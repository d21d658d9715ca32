"""One stimulus's schedule in the active scenario: its kind, its numbers, a live preview of its
shape over the scenario's horizon, and a series pasted from a spreadsheet column."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from synergy_gui.engine.schedules import sample
from synergy_gui.model import ModelDocument, ModelError, Scenario, Schedule
from synergy_gui.model.checks import MAX_HORIZON
from synergy_gui.ui.commands import SetScheduleCommand
from synergy_gui.ui.graph.style import ROLE_COLOURS
from synergy_gui.ui.i18n import error_text, translate
from synergy_gui.ui.panels.editors import choice_box, number_box, show_choice, show_number
from synergy_gui.ui.panels.scenario_rows import (
    EditContext,
    FocusGesture,
    RowItem,
    plain_tip,
    title_label,
)
from synergy_gui.ui.panels.stimulus_panel import describe_schedule
from synergy_gui.ui.panels.texts import plural_unit
from synergy_gui.ui.vocabulary import unit_word

KINDS: list[tuple[str, str | None]] = [
    (QT_TRANSLATE_NOOP("ScheduleEditor", "As slider (no schedule)"), None),
    (QT_TRANSLATE_NOOP("ScheduleEditor", "Constant"), "constant"),
    (QT_TRANSLATE_NOOP("ScheduleEditor", "Step"), "step"),
    (QT_TRANSLATE_NOOP("ScheduleEditor", "Pulse (campaign)"), "pulse"),
    (QT_TRANSLATE_NOOP("ScheduleEditor", "Ramp"), "ramp"),
    (QT_TRANSLATE_NOOP("ScheduleEditor", "Series"), "series"),
]
#: The fields' names as their spin boxes show them.
FIELD_WORDS = {
    "base": QT_TRANSLATE_NOOP("ScheduleEditor", "base"),
    "level": QT_TRANSLATE_NOOP("ScheduleEditor", "level"),
}
#: The numbers each kind of schedule uses, in the order they are shown.
FIELDS: dict[str | None, tuple[str, ...]] = {
    None: (),
    "constant": ("level",),
    "step": ("base", "level", "start"),
    "pulse": ("base", "level", "start", "duration"),
    "ramp": ("base", "level", "start", "duration"),
    "series": (),
}
TIPS = {
    "base": QT_TRANSLATE_NOOP("ScheduleEditor", "The level before the change (and after a pulse)"),
    "level": QT_TRANSLATE_NOOP(
        "ScheduleEditor", "The level the schedule sets (0–1): the campaign's level for a pulse"
    ),
    "start": QT_TRANSLATE_NOOP(
        "ScheduleEditor", "When the change begins, in the model's time unit"
    ),
    "duration": QT_TRANSLATE_NOOP(
        "ScheduleEditor", "How long a pulse lasts, or how long a ramp takes"
    ),
}
MAX_PREVIEW_POINTS = 400
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


# ------------------------------------------------------------------------------ series
def parse_series(text: str) -> list[float]:
    """Levels from a pasted spreadsheet column (or row); ValueError names the bad row.

    Cells are separated by new lines, tabs or semicolons; a decimal comma and a percentage
    ("45 %") are accepted.
    """
    cells = re.split(r"\r\n|[\r\n\t;]", text.strip())
    while cells and not cells[-1].strip():
        cells.pop()
    if not cells or cells == [""]:
        raise ValueError(
            translate(
                "ScheduleEditor",
                "The clipboard holds no levels: copy a column of numbers from 0 to 1.",
            )
        )
    return [_level(row, cell.strip()) for row, cell in enumerate(cells, start=1)]


def _level(row: int, cell: str) -> float:
    if not cell:
        raise ValueError(
            translate(
                "ScheduleEditor", "Row {row} is empty: every step of a series needs a level."
            ).format(row=row)
        )
    number = cell.replace(",", ".") if cell.count(",") == 1 and "." not in cell else cell
    percent = number.endswith("%")
    number = number.rstrip("%").strip()
    if not _NUMBER.fullmatch(number):
        raise ValueError(
            translate("ScheduleEditor", "Row {row}: “{cell}” is not a number.").format(
                row=row, cell=cell
            )
        )
    value = float(number) / (100.0 if percent else 1.0)
    if not 0.0 <= value <= 1.0:
        raise ValueError(
            translate("ScheduleEditor", "Row {row}: {cell} is not a level between 0 and 1.").format(
                row=row, cell=cell
            )
        )
    return value


# ------------------------------------------------------------------------------ shapes
def schedule_times(document: ModelDocument, scenario: Scenario | None) -> np.ndarray:
    """The step times of a run of ``scenario``: 0, Δt, 2Δt, ... up to its horizon."""
    horizon = scenario.horizon if scenario and scenario.horizon else document.settings.horizon
    return np.arange(horizon + 1) * document.settings.dt


def schedule_for_kind(
    kind: str | None, current: Schedule | None, slider: float, times: np.ndarray
) -> Schedule | None:
    """The schedule of ``kind`` closest to ``current`` (None: the stimulus's slider level).

    A change to a step, pulse or ramp starts from the present level and moves 0.3 (down near
    the top) a quarter into the horizon, so the new shape shows at once.
    """
    if kind is None:
        return None
    if kind == "series":
        shape = current or Schedule("constant", level=slider)
        return Schedule("series", values=[round(float(v), 4) for v in sample(shape, times)])
    base, level, start, duration = _shape_of(current, slider)
    if kind == "constant":
        return Schedule("constant", level=level)
    if math.isclose(level, base):
        level = round(base + 0.3 if base <= 0.7 else base - 0.3, 2)
    quarter = float(round(float(times[-1]) / 4))
    start = quarter if start is None else start
    if kind == "step":
        return Schedule("step", level=level, base=base, start=start)
    return Schedule(kind, level=level, base=base, start=start, duration=duration or quarter)


def _shape_of(current: Schedule | None, slider: float) -> tuple[float, float, float | None, float]:
    """``(base, level, start, duration)`` of a schedule; start None where it has none."""
    if current is None:
        return slider, slider, None, 0.0
    if current.kind == "series":
        return current.values[0], current.values[-1], None, 0.0
    if current.kind == "constant":
        return current.level, current.level, None, 0.0
    return current.base, current.level, current.start, current.duration


class SchedulePreview(QWidget):
    """A small picture of a schedule's shape over the horizon: a polyline from 0 to 1."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._levels: list[float] = []
        self._scheduled = False
        height = self.fontMetrics().height() * 2
        self.setMinimumSize(72, height)
        self.setMaximumHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_levels(self, levels: Sequence[float], scheduled: bool) -> None:
        """Show ``levels`` (one per step); dashed and grey while no schedule applies."""
        step = max(1, math.ceil(len(levels) / MAX_PREVIEW_POINTS))
        picked = [float(v) for v in levels[::step]]
        if len(levels) > 1 and (len(levels) - 1) % step:
            picked.append(float(levels[-1]))
        if picked != self._levels or scheduled != self._scheduled:
            self._levels, self._scheduled = picked, scheduled
            self.update()

    def levels(self) -> list[float]:
        return list(self._levels)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self.rect().adjusted(1, 3, -2, -3)
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.drawRect(area)
        if not self._levels:
            return
        grey = self.palette().mid().color()
        pen = QPen(QColor(ROLE_COLOURS["stimulus"]) if self._scheduled else grey, 2)
        if not self._scheduled:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        last = max(1, len(self._levels) - 1)
        points = [
            QPointF(
                area.left() + area.width() * index / last,
                area.bottom() - area.height() * min(1.0, max(0.0, level)),
            )
            for index, level in enumerate(self._levels)
        ]
        if len(points) == 1:
            points.append(QPointF(area.right(), points[0].y()))
        painter.drawPolyline(QPolygonF(points))


# ------------------------------------------------------------------------------ the row
class ScheduleRow(QWidget):
    """A stimulus's schedule in the active scenario, edited in place."""

    def __init__(self, item: RowItem, context: EditContext) -> None:
        super().__init__()
        self.key, self._context = item.key, context
        self.title = title_label(bold=True)
        self.preview = SchedulePreview()
        self.kind: QComboBox = choice_box(
            [(translate("ScheduleEditor", text), kind) for text, kind in KINDS]
        )
        self.kind.setToolTip(
            translate("ScheduleEditor", "How this stimulus moves over time in the scenario")
        )
        self.spins: dict[str, QDoubleSpinBox] = {}
        self._arranged: object = "none yet"
        self._gestures: dict[str, FocusGesture] = {}
        self.paste = QPushButton(translate("ScheduleEditor", "Paste series"))
        self.paste.setToolTip(
            translate(
                "ScheduleEditor",
                "Take the levels from the clipboard: copy a column of numbers (0–1) in a "
                "spreadsheet, one per step; a decimal comma is fine",
            )
        )
        self.paste.setAutoDefault(False)
        self.series_note = title_label()
        self._layout()
        self.set_title(item.title, item.tooltip)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.paste.clicked.connect(self.paste_series)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title, 3)
        top.addWidget(self.preview, 2)
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        for field in TIPS:
            low, high = (0.0, 1.0) if field in ("level", "base") else (0.0, float(MAX_HORIZON))
            spin = number_box(low, high, decimals=2, step=0.05 if high == 1.0 else 1.0)
            spin.setToolTip(translate("ScheduleEditor", TIPS[field]))
            spin.setAccessibleName(translate("ScheduleEditor", TIPS[field]))
            spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("from week 100") + 24)
            spin.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            spin.valueChanged.connect(lambda value, f=field: self._on_number_changed(f, value))
            self.spins[field] = spin
            self._gestures[field] = FocusGesture(spin)
        series = QHBoxLayout()
        series.addWidget(self.paste)
        series.addWidget(self.series_note, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(2, 4, 2, 6)
        column.setSpacing(3)
        column.addLayout(top)
        column.addWidget(self.kind)
        column.addLayout(self._grid)
        column.addLayout(series)

    def _arrange(self, kind: str | None) -> None:
        """Show the numbers ``kind`` uses, two to a line, in their reading order."""
        shown = FIELDS[kind]
        for field, spin in self.spins.items():
            self._grid.removeWidget(spin)
            spin.setVisible(field in shown)
        for index, field in enumerate(shown):
            self._grid.addWidget(self.spins[field], index // 2, index % 2)

    def set_title(self, title: str, tooltip: str) -> None:
        self.title.setText(title)
        self.title.setToolTip(plain_tip(tooltip))
        self.kind.setAccessibleName(
            translate("ScheduleEditor", "Schedule of {name}").format(name=title)
        )
        self.paste.setAccessibleName(
            translate("ScheduleEditor", "Paste series for {name}").format(name=title)
        )

    # ------------------------------------------------------------------ reading
    def schedule(self) -> Schedule | None:
        """The stimulus's schedule in the active scenario (None: it follows its slider)."""
        scenario = self._context.scenario()
        return None if scenario is None else scenario.schedules.get(self.key)

    def refresh(self) -> None:
        document = self._context.document
        try:
            slider = document.construct(self.key).initial
        except ModelError:
            return  # the stimulus is gone; the column is remade on the next turn
        schedule = self.schedule()
        kind = schedule.kind if schedule else None
        show_choice(self.kind, kind)
        unit = document.settings.time_unit
        if kind != self._arranged:
            self._arrange(kind)
            self._arranged = kind
        for field in FIELDS[kind]:
            self._show_number(field, getattr(schedule, field), unit)
        self.paste.setVisible(kind == "series")
        self.series_note.setVisible(kind == "series")
        self._show_shape(schedule, slider, unit)

    def _show_number(self, field: str, value: float, unit: str) -> None:
        spin = self.spins[field]
        if field == "start":
            spin.setPrefix(translate("ScheduleEditor", "from {unit} ").format(unit=unit_word(unit)))
        elif field == "duration":
            spin.setPrefix(translate("ScheduleEditor", "for "))
            spin.setSuffix(f" {unit_word(plural_unit(unit))}")
        else:
            spin.setPrefix(f"{translate('ScheduleEditor', FIELD_WORDS.get(field, field))} ")
        if field in ("start", "duration"):  # whole steps read "week 4", not "week 4.00"
            whole = float(value).is_integer() and float(self._context.document.settings.dt) >= 1
            spin.setDecimals(0 if whole else 2)
        show_number(spin, value)

    def _show_shape(self, schedule: Schedule | None, slider: float, unit: str) -> None:
        times = schedule_times(self._context.document, self._context.scenario())
        shape = schedule or Schedule("constant", level=slider)
        self.preview.set_levels(sample(shape, times), schedule is not None)
        words = describe_schedule(shape, unit)
        if not schedule:
            words = translate("ScheduleEditor", "Follows its slider: {words}").format(words=words)
        self.preview.setToolTip(plain_tip(words))
        self.preview.setAccessibleName(words)
        if schedule is not None and schedule.kind == "series":
            self.series_note.setText(describe_schedule(schedule, unit).replace("a series of ", ""))

    # ------------------------------------------------------------------ editing
    def _send(self, schedule: Schedule | None, gesture: object = None) -> None:
        name = self._context.active()
        if name is not None:
            document = self._context.document
            self._context.submit(SetScheduleCommand(document, name, self.key, schedule, gesture))
        self.refresh()

    def _on_kind_changed(self, index: int) -> None:
        document = self._context.document
        times = schedule_times(document, self._context.scenario())
        slider = document.construct(self.key).initial
        self._send(schedule_for_kind(self.kind.itemData(index), self.schedule(), slider, times))

    def _on_number_changed(self, field: str, value: float) -> None:
        schedule = self.schedule()
        if schedule is not None and field in FIELDS[schedule.kind]:
            edited = replace(schedule, **{field: round(value, 2)})
            self._send(edited, self._gestures[field].current)

    def paste_series(self) -> None:
        """Make the schedule a series of the clipboard's levels; a bad cell changes nothing."""
        try:
            values = parse_series(QGuiApplication.clipboard().text())
        except ValueError as error:
            nothing = translate("ScheduleEditor", "Nothing was pasted into “{title}”.")
            self._context.report(f"{error_text(error)} {nothing.format(title=self.title.text())}")
            return
        self._send(Schedule("series", values=values))
