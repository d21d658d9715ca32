"""The Sensitivity panel: which weight or stimulus moves an outcome most.

Controls (outcome, week T or where it settles, method, samples, seed), Run with a progress
bar and Cancel, the ranked chart (:mod:`sensitivity_chart`), a table of every parameter's
figures and "Export CSV…". The panel only paints and asks: a run is requested with
``runRequested(SensitivityRequest)`` and its result handed back through ``show_result``;
:mod:`synergy_gui.ui.sensitivity_controller` does the work off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from synergy_gui.engine.sensitivity import (
    DEFAULT_SAMPLES,
    DEFAULT_SEED,
    FIGURES,
    MAX_MORRIS_TRAJECTORIES,
    MAX_SOBOL_SAMPLES,
    SensitivityRequest,
)
from synergy_gui.ui.i18n import translate
from synergy_gui.ui.numbers import number_text
from synergy_gui.ui.panels.sensitivity_chart import SensitivityChart, SensitivityChartView

METHOD_NAMES = {
    "tornado": QT_TRANSLATE_NOOP("SensitivityPanel", "Tornado"),
    "sobol": QT_TRANSLATE_NOOP("SensitivityPanel", "Sobol"),
    "morris": QT_TRANSLATE_NOOP("SensitivityPanel", "Morris"),
}
SETTLED = "settled"
RANGES_NOTE = QT_TRANSLATE_NOOP(
    "SensitivityPanel",
    "Each weight varies over ± 1 sd (its own, else the model's default, else ± 0.1) within "
    "−1…1, each stimulus over ± 0.1 within 0…1; Sobol and Morris draw them independently and "
    "uniformly.",
)
METHOD_NOTES = {
    "tornado": QT_TRANSLATE_NOOP(
        "SensitivityPanel", "One at a time: the outcome with each input at either end of its range."
    ),
    "sobol": QT_TRANSLATE_NOOP(
        "SensitivityPanel",
        "S1: the share of the outcome's variance an input explains alone; ST: with its "
        "interactions. N·(D+2) runs, N a power of two.",
    ),
    "morris": QT_TRANSLATE_NOOP(
        "SensitivityPanel",
        "mu*: the mean absolute change of the outcome across an input's range; sigma: "
        "how much that change depends on the other inputs. N·(D+1) runs.",
    ),
}
BASE_PX = 14.0  # the controls' text at a text scale of 1


class PowerOfTwoSpinBox(QSpinBox):
    """A spin box that, while ``powers_only``, steps by doubling and halving and snaps a typed
    number to the nearest power of two (Sobol sequences need one)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.powers_only = False

    def stepBy(self, steps: int) -> None:
        if not self.powers_only:
            super().stepBy(steps)
            return
        value = _nearest_power(self.value())
        for _ in range(abs(steps)):
            value = value * 2 if steps > 0 else value // 2
        self.setValue(min(max(value, self.minimum()), self.maximum()))

    def fixup(self, text: str) -> str:
        return str(_nearest_power(int(text))) if self.powers_only and text.isdigit() else text

    def snap(self) -> None:
        if self.powers_only:
            self.setValue(_nearest_power(self.value()))


def _nearest_power(value: int) -> int:
    value = max(2, value)
    below = 1 << (value.bit_length() - 1)
    return below if value - below <= below * 2 - value else below * 2


class SensitivityPanel(QWidget):
    """Asks for runs and shows their results; holds no model state of its own."""

    runRequested = Signal(object)  # noqa: N815  # a SensitivityRequest
    cancelRequested = Signal()  # noqa: N815
    exportRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_scale = 1.0
        self._build_controls()
        self.chart_view = SensitivityChartView()
        self.table = _table()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart_view)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        column.addLayout(self._controls)
        column.addWidget(self.note)
        column.addWidget(splitter, 1)
        self._on_method_changed()
        self._on_when_changed()
        self.set_running(False)

    # ------------------------------------------------------------------ building
    def _build_controls(self) -> None:
        self.outcome = QComboBox()
        self.outcome.setToolTip(
            translate("SensitivityPanel", "The construct whose level is measured")
        )
        self.when = QComboBox()
        self.when.addItem(translate("SensitivityPanel", "where it settles"), SETTLED)
        self.when.addItem(translate("SensitivityPanel", "at week"), "week")
        self.week = QDoubleSpinBox()
        self.week.setRange(0.0, 10_000.0)
        self.week.setDecimals(0)
        self.week.setValue(26.0)
        self.method = QComboBox()
        for key, name in METHOD_NAMES.items():
            self.method.addItem(translate("SensitivityPanel", name), key)
        self.samples = PowerOfTwoSpinBox()
        self.samples.setRange(2, MAX_SOBOL_SAMPLES)
        self.seed = QSpinBox()
        self.seed.setRange(0, 999_999)
        self.seed.setValue(DEFAULT_SEED)
        self.run_button = QPushButton(translate("SensitivityPanel", "Run"))
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton(translate("SensitivityPanel", "Cancel"))
        self.export_button = QPushButton(translate("SensitivityPanel", "Export CSV…"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        self.progress.setMinimumWidth(60)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        for combo in (self.outcome, self.when, self.method):  # long labels must not widen the dock
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(7)
        self.when.setMinimumContentsLength(12)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.addWidget(QLabel(translate("SensitivityPanel", "Outcome")), 0, 0)
        grid.addWidget(self.outcome, 0, 1)
        grid.addWidget(self.when, 0, 2)
        grid.addWidget(self.week, 0, 3)
        grid.addWidget(QLabel(translate("SensitivityPanel", "Method")), 1, 0)
        grid.addWidget(self.method, 1, 1)
        self.samples_label = QLabel(translate("SensitivityPanel", "Samples N"))
        grid.addWidget(self.samples_label, 1, 2)
        grid.addWidget(self.samples, 1, 3)
        grid.addWidget(QLabel(translate("SensitivityPanel", "Seed")), 2, 2)
        grid.addWidget(self.seed, 2, 3)
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.export_button)
        self._controls = QVBoxLayout()
        self._controls.addLayout(grid)
        self._controls.addLayout(buttons)
        self.method.currentIndexChanged.connect(self._on_method_changed)
        self.when.currentIndexChanged.connect(self._on_when_changed)
        self.run_button.clicked.connect(self._on_run_clicked)
        self.cancel_button.clicked.connect(self.cancelRequested)
        self.export_button.clicked.connect(self.exportRequested)

    # ------------------------------------------------------------------ public
    def set_outcomes(self, choices: list[tuple[str, str]], chosen: str | None) -> None:
        """The constructs one may measure, as (id, label); keeps the current choice if it
        is still there, else takes ``chosen``."""
        current = self.outcome.currentData() or chosen
        self.outcome.blockSignals(True)
        self.outcome.clear()
        for construct_id, label in choices:
            self.outcome.addItem(label, construct_id)
        index = self.outcome.findData(current)
        self.outcome.setCurrentIndex(index if index >= 0 else self.outcome.findData(chosen))
        self.outcome.blockSignals(False)
        self.run_button.setEnabled(bool(choices))

    def request(self) -> SensitivityRequest:
        """The run the controls describe."""
        method = self.method.currentData()
        self.samples.snap()
        week = None if self.when.currentData() == SETTLED else float(self.week.value())
        samples = None if method == "tornado" else self.samples.value()
        return SensitivityRequest(
            self.outcome.currentData(), week, method, samples, self.seed.value()
        )

    @property
    def running(self) -> bool:
        return self.cancel_button.isEnabled()

    def set_running(self, running: bool) -> None:
        """Cancel is on while a run goes on; Run stays on (a new run replaces the old)."""
        self.run_button.setEnabled(self.outcome.count() > 0)
        self.cancel_button.setEnabled(running)
        if running:
            self.set_progress(0.0)

    def set_progress(self, share: float) -> None:
        self.progress.setValue(round(1000 * min(max(share, 0.0), 1.0)))
        self.progress.setFormat(f"{100 * share:.0f} %")

    def show_result(
        self, chart: SensitivityChart, table: list[tuple[str, dict[str, float]]]
    ) -> None:
        """The chart and the table: (label, figures) rows in rank order."""
        self.chart_view.set_chart(chart)
        _fill(self.table, chart.method, table)
        self.export_button.setEnabled(True)

    def show_message(self, text: str) -> None:
        """A sentence instead of the chart (cancelled, SALib missing, a refused model)."""
        self.chart_view.set_chart(SensitivityChart(note=text))
        self.table.setRowCount(0)
        self.export_button.setEnabled(False)

    def set_text_scale(self, scale: float) -> None:
        self.text_scale = scale
        font = QFont(self.font())
        font.setPixelSize(max(9, round(BASE_PX * scale)))
        for widget in self.findChildren(QWidget):
            if widget is not self.chart_view:
                widget.setFont(font)
        self.chart_view.set_text_scale(scale)
        self.table.resizeRowsToContents()

    # ------------------------------------------------------------------ handlers
    def _on_method_changed(self) -> None:
        method = self.method.currentData()
        sampled = method != "tornado"
        self.samples.setEnabled(sampled)
        self.seed.setEnabled(sampled)
        self.samples.powers_only = method == "sobol"
        maximum = MAX_SOBOL_SAMPLES if method == "sobol" else MAX_MORRIS_TRAJECTORIES
        self.samples.setRange(2, maximum)
        if sampled:
            self.samples.setValue(DEFAULT_SAMPLES[method])
        self.samples_label.setText(
            translate("SensitivityPanel", "Trajectories")
            if method == "morris"
            else translate("SensitivityPanel", "Samples N")
        )
        notes = (METHOD_NOTES[method], RANGES_NOTE)
        self.note.setText(" ".join(translate("SensitivityPanel", note) for note in notes))

    def _on_when_changed(self) -> None:
        self.week.setEnabled(self.when.currentData() != SETTLED)

    def _on_run_clicked(self) -> None:
        if self.outcome.count():
            self.runRequested.emit(self.request())


def _table() -> QTableWidget:
    table = QTableWidget(0, 0)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    return table


def _fill(table: QTableWidget, method: str, rows: list[tuple[str, dict[str, float]]]) -> None:
    figures = FIGURES[method]
    table.clear()
    table.setColumnCount(2 + len(figures))
    table.setHorizontalHeaderLabels(["#", translate("SensitivityPanel", "Parameter"), *figures])
    table.setRowCount(len(rows))
    for row, (label, values) in enumerate(rows):
        table.setItem(row, 0, _cell(str(row + 1), right=True))
        table.setItem(row, 1, _cell(label))
        for column, name in enumerate(figures, start=2):
            table.setItem(row, column, _cell(number_text(values[name], 4), right=True))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    table.resizeRowsToContents()


def _cell(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item
