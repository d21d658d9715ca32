"""The comparison table: one row per plotted construct, one column group per scenario.

Each group shows the final level, its difference from the reference scenario, where and when
the level settles, the first time it reaches the threshold and its average over the run. The
figures come from the engine's :class:`~synergy_gui.engine.compare.Comparison`; this widget
only lays them out. Every text is plain text (a scenario name is shown as written).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from synergy_gui.engine.compare import Comparison
from synergy_gui.model.view_state import ScenarioKey
from synergy_gui.ui.i18n import translate
from synergy_gui.ui.numbers import difference_text, number_text, short_number
from synergy_gui.ui.panels.plot_styles import LineSpec
from synergy_gui.ui.panels.values_table import SHORT_UNITS
from synergy_gui.ui.vocabulary import scenario_name

NO_VALUE = "–"
METRICS = (
    QT_TRANSLATE_NOOP("ComparisonTable", "Final"),
    QT_TRANSLATE_NOOP("ComparisonTable", "Δ ref"),
    QT_TRANSLATE_NOOP("ComparisonTable", "Settles"),
    QT_TRANSLATE_NOOP("ComparisonTable", "Reaches"),
    QT_TRANSLATE_NOOP("ComparisonTable", "Mean"),
)
METRIC_TIPS = (
    QT_TRANSLATE_NOOP("ComparisonTable", "The level at the end of the run"),
    QT_TRANSLATE_NOOP("ComparisonTable", "The final level minus the reference scenario's"),
    QT_TRANSLATE_NOOP(
        "ComparisonTable",
        "The level it settles at if the stimuli stay as they end, and the week it gets there "
        "(to within 0.005); “no” when it oscillates or keeps moving",
    ),
    QT_TRANSLATE_NOOP(
        "ComparisonTable",
        "The first week the level is at or above the threshold; “never” within the run",
    ),
    QT_TRANSLATE_NOOP(
        "ComparisonTable",
        "The average level over the run (the area under the line divided by its length)",
    ),
)
GROUP = len(METRICS)


class ComparisonTable(QTableWidget):
    """Shows a :class:`Comparison`: a header row of scenario names, then one row per construct."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self._layout: tuple | None = None
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().setVisible(False)
        # fixed widths, measured once per layout: a column that followed its texts would
        # re-measure the whole table on every number (most of a slider move's cost)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 12.0))
        self.setFont(font)
        self.horizontalHeader().setFont(font)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setAccessibleName(translate("ComparisonTable", "Scenario comparison"))

    def show_comparison(
        self, comparison: Comparison, lines: list[LineSpec], styles: dict[ScenarioKey, object]
    ) -> None:
        """Lay out ``comparison``: rows in the order of ``lines`` (colour swatches), groups in
        the comparison's order with each scenario's line style beside its name."""
        self.comparison = comparison
        keys, rows = list(comparison.keys), [s for s in lines if s.construct_id in _ids(comparison)]
        layout = (
            tuple(keys),
            comparison.reference,
            _threshold_text(comparison),
            tuple((s.construct_id, s.label, s.colour) for s in rows),
            tuple(styles.get(key) for key in keys),
        )
        if layout != self._layout:
            self._lay_out(comparison, keys, rows, styles)
            self._layout = layout
        for row, spec in enumerate(rows, start=1):
            for group, key in enumerate(keys):
                for offset, text in enumerate(self._cells(comparison, key, spec.construct_id)):
                    self._set(row, 1 + group * GROUP + offset, text)

    def _lay_out(self, comparison: Comparison, keys: list, rows: list, styles: dict) -> None:
        """Rows, columns, headers, swatches and widths: only when what is compared changes."""
        self.clearSpans()
        self.clearContents()
        self.setRowCount(1 + len(rows))
        self.setColumnCount(1 + GROUP * len(keys))
        self._show_headers(comparison, keys, styles)
        for row, spec in enumerate(rows, start=1):
            self._set(row, 0, spec.label, icon=_swatch(spec.colour), align_left=True)
            self.item(row, 0).setData(Qt.ItemDataRole.UserRole, spec.construct_id)
        self._set_widths(comparison)
        self.setFixedHeight(self._content_height())

    def text_at(self, key: ScenarioKey, construct_id: str) -> tuple[str, ...]:
        """The shown texts of one construct under one scenario (for tests and screen readers)."""
        comparison = self.comparison
        if comparison is None:
            raise KeyError(construct_id)
        group = list(comparison.keys).index(key)
        row = 1 + [
            self.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(1, self.rowCount())
        ].index(construct_id)
        start = 1 + group * GROUP
        return tuple(self.item(row, start + i).text() for i in range(GROUP))

    # ------------------------------------------------------------------ building
    def _show_headers(self, comparison: Comparison, keys: list, styles: dict) -> None:
        threshold = _threshold_text(comparison)
        metrics = [
            translate("ComparisonTable", m) if m != "Reaches" else f"≥ {threshold}" for m in METRICS
        ]
        self.setHorizontalHeaderLabels(
            [translate("ComparisonTable", "Construct"), *(metrics * len(keys))]
        )
        for column in range(1, self.columnCount()):
            header = self.horizontalHeaderItem(column)
            header.setToolTip(translate("ComparisonTable", METRIC_TIPS[(column - 1) % GROUP]))
        self._set(0, 0, "")
        for group, key in enumerate(keys):
            start = 1 + group * GROUP
            if self.columnSpan(0, start) != GROUP:
                self.setSpan(0, start, 1, GROUP)
            reference = (
                translate("ComparisonTable", " (reference)") if key == comparison.reference else ""
            )
            icon = _dash_icon(styles.get(key, "-"), self.palette().text().color())
            self._set(0, start, scenario_name(key) + reference, icon=icon, bold=True)

    def _cells(self, comparison: Comparison, key: ScenarioKey, cid: str) -> list[str]:
        metrics = comparison.metrics[key][cid]
        short = _short_unit(comparison)
        difference = comparison.difference(key, cid)
        if key == comparison.reference:
            delta = translate("ComparisonTable", "ref")
        else:
            delta = NO_VALUE if difference is None else _signed(difference)
        if metrics.settled is None:
            no = translate("ComparisonTable", "no")
            settles = no if comparison.settles(key) is False else NO_VALUE
        elif metrics.settles_at is None:
            end = short_number(float(comparison.results[key].times[-1]))
            settles = translate("ComparisonTable", "{level} after {short} {time}").format(
                level=number_text(metrics.settled), short=short, time=end
            )
        else:
            settles = translate("ComparisonTable", "{level} {short} {time}").format(
                level=number_text(metrics.settled),
                short=short,
                time=short_number(metrics.settles_at),
            )
        if cid not in comparison.thresholds:
            reaches = NO_VALUE
        elif metrics.reaches_at is None:
            reaches = translate("ComparisonTable", "never")
        else:
            reaches = translate("ComparisonTable", "{short} {time}").format(
                short=short, time=short_number(metrics.reaches_at)
            )
        return [number_text(metrics.final), delta, settles, reaches, number_text(metrics.mean)]

    def _set(
        self,
        row: int,
        column: int,
        text: str,
        icon: QIcon | None = None,
        bold: bool = False,
        align_left: bool = False,
    ) -> None:
        item = self.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            self.setItem(row, column, item)
        if item.text() != text:
            item.setText(text)
        if icon is not None:
            item.setIcon(icon)
        if bold:
            font = QFont(self.font())
            font.setBold(True)
            item.setFont(font)
        left = align_left or column == 0 or row == 0
        item.setTextAlignment(
            (Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignRight)
            | Qt.AlignmentFlag.AlignVCenter
        )

    def _set_widths(self, comparison: Comparison) -> None:
        """Each column as wide as the widest text it can hold (numbers keep their place)."""
        metrics = self.fontMetrics()
        short = _short_unit(comparison)
        settles = translate("ComparisonTable", "{level} after {short} {time}")
        longest = (
            "0.00",
            "+0.00",
            settles.format(level="0.00", short=short, time="100"),
            f"{short} 100",
            "0.00",
        )
        pad = 18
        self.resizeColumnToContents(0)
        for column in range(1, self.columnCount()):
            metric = (column - 1) % GROUP
            header = self.horizontalHeaderItem(column).text()
            wanted = max(
                metrics.horizontalAdvance(longest[metric]), metrics.horizontalAdvance(header)
            )
            self.setColumnWidth(column, wanted + pad)

    def _content_height(self) -> int:
        """Every row, and room for the scroll bar whether it shows or not: a height that
        depended on the scroll bar would feed back into the layout that decides it."""
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(row) for row in range(self.rowCount()))
        return height + self.horizontalScrollBar().sizeHint().height()


def _signed(value: float) -> str:
    """+0.07, −0.03, and ±0.00 for what rounds to nothing (never "-0.00")."""
    return difference_text(value, 2)


def _ids(comparison: Comparison) -> set[str]:
    return set(comparison.construct_ids)


def _threshold_text(comparison: Comparison) -> str:
    levels = sorted(set(comparison.thresholds.values()))
    if len(levels) == 1:
        return number_text(levels[0])
    return translate("ComparisonTable", "threshold")


def _short_unit(comparison: Comparison) -> str:
    """The time unit as the table's cells abbreviate it ("wk")."""
    unit = comparison.time_unit
    return translate("ValuesTable", SHORT_UNITS.get(unit.lower(), unit))


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def _dash_icon(style, colour: QColor) -> QIcon:
    """A short line in the scenario's dash, as the plot draws it."""
    pixmap = QPixmap(36, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    pen = QPen(QBrush(colour), 3.0)
    pattern = _dash_pattern(style)
    if pattern:
        pen.setDashPattern(pattern)
    painter.setPen(pen)
    painter.drawLine(1, 7, 35, 7)
    painter.end()
    return QIcon(pixmap)


def _dash_pattern(style) -> list[float]:
    """Matplotlib's dash as Qt's: both count in line widths (matplotlib scales its dashes
    by the line width)."""
    named = {"-": [], "--": [3.7, 1.6], ":": [1.0, 1.65], "-.": [6.4, 1.6, 1.0, 1.6]}
    if isinstance(style, str):
        return named.get(style, [])
    _offset, dashes = style
    return [float(d) for d in dashes]
