"""The Budget dock: channel rows with spend sliders, the response curves and the allocator.

Above, the outcome spend is measured by (a construct at a week, or its average over the run).
The "Spend and curves" tab holds a row per channel (:mod:`channel_rows`) beside the response
curves and what the next 1,000 a week buys; the "Allocate" tab holds the allocator's form and
answer (:mod:`allocator_form`). The rows edit the document through a :class:`ChannelEditor`;
the curves and answers are computed by :mod:`synergy_gui.ui.budget_controller` and handed in.
A model without channels shows a message and an "Add channel" button instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from synergy_gui.engine.response import ResponseCurve
from synergy_gui.model import Change
from synergy_gui.ui.channel_editor import ChannelEditor
from synergy_gui.ui.i18n import translate
from synergy_gui.ui.numbers import count_text, signed_number
from synergy_gui.ui.panels.allocator_form import AllocatorForm
from synergy_gui.ui.panels.base import DocumentPanel
from synergy_gui.ui.panels.channel_rows import ChannelRow
from synergy_gui.ui.panels.lazy_plot import LazyPlot
from synergy_gui.ui.panels.rows import problem_label, show_problem

#: Channel fields a row shows in place; any other change rebuilds the rows.
ROWS_MIN_WIDTH = 250
ROW_FIELDS = frozenset({"plan", "adstock", "half_saturation", "shape", "description"})


class BudgetPanel(DocumentPanel):
    """Paints the channels, the curves and the allocator's answer it is given."""

    outcomeChosen = Signal(object)  # noqa: N815  # (construct id, week or None)
    shown = Signal()

    def __init__(self, editor: ChannelEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor.document, parent)
        self.editor = editor
        self.rows: dict[str, ChannelRow] = {}
        self.text_scale = 1.0
        self._build_outcome()
        self.curves_holder = LazyPlot(_curves_plot)
        self.returns = _wrapping()
        self.curves_note = _wrapping()
        self.allocator = AllocatorForm()
        self.problem = problem_label()
        self.add_button = QPushButton(translate("BudgetPanel", "Add channel"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.empty_add_button = QPushButton(translate("BudgetPanel", "Add channel"))
        self.empty_add_button.clicked.connect(self._on_add_clicked)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._empty_page())
        self.pages.addWidget(self._budget_page())
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(self.problem)
        column.addWidget(self.pages, 1)
        self._rebuild()

    # ------------------------------------------------------------------ building
    def _build_outcome(self) -> None:
        self.outcome = QComboBox()
        self.outcome.setToolTip(translate("BudgetPanel", "The construct spend is measured by"))
        self.week = QDoubleSpinBox()
        self.week.setDecimals(0)
        self.week.setKeyboardTracking(False)
        self.week.setPrefix(translate("BudgetPanel", "at week "))
        self.average = QCheckBox(translate("BudgetPanel", "run average"))
        self.average.setToolTip(
            translate("BudgetPanel", "Measure the outcome's average over the whole run instead")
        )
        self.outcome.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.outcome.setMinimumContentsLength(8)
        self.outcome.activated.connect(self._emit_outcome)
        self.week.valueChanged.connect(self._emit_outcome)
        self.average.toggled.connect(self._emit_outcome)

    def _empty_page(self) -> QWidget:
        page = QWidget()
        self.empty_message = QLabel(
            translate(
                "BudgetPanel",
                "This model has no channels yet. A channel says what money buys: its spend "
                "per week moves a stimulus, with carry-over from week to week and diminishing "
                "returns. Add one to see response curves and let the allocator split a budget.",
            )
        )
        self.empty_message.setWordWrap(True)
        self.empty_message.setMinimumWidth(200)  # wraps rather than widening the dock
        self.empty_message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(page)
        column.addWidget(self.empty_message)
        column.addWidget(self.empty_add_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        return page

    def _budget_page(self) -> QWidget:
        page = QWidget()
        head = QHBoxLayout()
        head.addWidget(QLabel(translate("BudgetPanel", "Outcome")))
        head.addWidget(self.outcome, 1)
        head.addWidget(self.week)
        head.addWidget(self.average)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._curves_tab(), translate("BudgetPanel", "Spend and curves"))
        scroll = _scrolling(self.allocator)
        self.allocator.answerShown.connect(
            lambda: scroll.ensureWidgetVisible(self.allocator.headline)
        )
        self.tabs.addTab(scroll, translate("BudgetPanel", "Allocate"))
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(head)
        column.addWidget(self.tabs, 1)
        return page

    def _curves_tab(self) -> QWidget:
        self.row_column = QVBoxLayout()
        self.row_column.setContentsMargins(0, 0, 0, 0)
        rows = QWidget()
        column = QVBoxLayout(rows)
        column.addLayout(self.row_column)
        column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        rows.setMinimumWidth(ROWS_MIN_WIDTH)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(rows)
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(ROWS_MIN_WIDTH + bar)  # rows are never clipped
        plot = QWidget()
        right = QVBoxLayout(plot)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.curves_holder, 1)
        right.addWidget(self.returns)
        right.addWidget(self.curves_note)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(plot)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([ROWS_MIN_WIDTH + 24, 600])
        self.splitter.setChildrenCollapsible(False)
        return self.splitter

    # ------------------------------------------------------------------ public
    def set_outcomes(
        self, choices: Sequence[tuple[str, str]], chosen: str | None, week: float | None, last: int
    ) -> None:
        """Offer ``choices`` (id, label) and show the chosen outcome, without echoing it."""
        for widget in (self.outcome, self.week, self.average):
            widget.blockSignals(True)
        if [self.outcome.itemData(i) for i in range(self.outcome.count())] != [
            c for c, _ in choices
        ]:
            self.outcome.clear()
            for construct_id, label in choices:
                self.outcome.addItem(label, construct_id)
        self.outcome.setCurrentIndex(max(self.outcome.findData(chosen), 0))
        self.week.setRange(0, max(last, 0))
        self.week.setValue(week if week is not None else min(26, last))
        self.week.setEnabled(week is not None)
        self.average.setChecked(week is None)
        for widget in (self.outcome, self.week, self.average):
            widget.blockSignals(False)

    def show_curves(
        self, curves: Sequence[ResponseCurve], outcome_label: str, unit: str, returns: str
    ) -> None:
        self.curves.show_curves(curves, outcome_label, unit)
        self.returns.setText(returns)
        self.ensure_current()
        for curve in curves:
            if curve.channel in self.rows:
                text = translate("BudgetPanel", "Next {amount} a week: {change}").format(
                    amount=count_text(round(curve.next_amount)),
                    change=signed_number(curve.next_return, 4),
                )
                self.rows[curve.channel].show_return(text, self.curves.colour(curve.channel))
        self.curves_note.setText("")

    def show_curves_note(self, text: str, clear: bool = False) -> None:
        """Say why there are no curves (or that they are being brought up to date)."""
        if clear:
            if self.curves_holder.made:
                self.curves.clear()
            self.returns.setText("")
        self.curves_note.setText(text)

    def set_text_scale(self, scale: float) -> None:
        self.text_scale = scale
        self.curves_holder.apply("set_text_scale", scale)
        self.allocator.waterfall_holder.apply("set_text_scale", scale)

    @property
    def curves(self):
        """The response-curves plot (made on first use)."""
        return self.curves_holder.plot

    def row(self, channel_id: str) -> ChannelRow:
        self.ensure_current()
        return self.rows[channel_id]

    # ------------------------------------------------------------------ document
    def _rebuild(self) -> None:
        channels = self.document.channels
        labels = {c.id: c.label or c.id for c in self.document.constructs}
        for row in self.rows.values():
            row.release()
        self.rows = {}
        for channel in channels:
            row = ChannelRow(channel, labels, self.editor)
            self.rows[channel.id] = row
            self.row_column.addWidget(row)
        self.pages.setCurrentIndex(1 if channels else 0)
        self.allocator.set_channels([(c.id, c.name) for c in channels])

    def refresh_spend(self) -> None:
        """Show each row's current spend (the active scenario's, or the channel's own)."""
        self.ensure_current()
        for channel in self.document.channels:
            if channel.id in self.rows:
                self.rows[channel.id].refresh_spend(channel)

    def _on_document_changed(self, change: Change) -> None:
        if _in_place(change, self.rows):
            labels = {c.id: c.label or c.id for c in self.document.constructs}
            channel = self.document.channel(change.item_id)
            self.rows[change.item_id].show_channel(channel, labels)
            return
        if change.target in ("channel", "document") or _relabels(change):
            self.mark_stale()
        elif change.target == "scenario":
            QTimer.singleShot(0, self.refresh_spend)  # after a removal has settled

    # ------------------------------------------------------------------ handlers
    def _on_add_clicked(self) -> None:
        show_problem(self.problem, self.editor.add_channel())

    def _emit_outcome(self) -> None:
        construct = self.outcome.currentData()
        average = self.average.isChecked()
        self.week.setEnabled(not average)
        self.outcomeChosen.emit((construct, None if average else float(self.week.value())))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.shown.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            QTimer.singleShot(0, self._follow_palette)
        super().changeEvent(event)

    def _follow_palette(self) -> None:
        palette = self.palette()
        colours = (
            palette.color(QPalette.ColorRole.Base).name(),
            palette.color(QPalette.ColorRole.Text).name(),
            palette.color(QPalette.ColorRole.Mid).name(),
        )
        self.curves_holder.apply("set_colours", *colours)
        self.allocator.waterfall_holder.apply("set_colours", *colours)


def _in_place(change: Change, rows: dict[str, ChannelRow]) -> bool:
    """Whether a row can show ``change`` in place (a spend or response edit of its channel)."""
    return (
        change.target == "channel"
        and change.action == "update"
        and change.item_id in rows
        and ROW_FIELDS.issuperset(change.fields)
    )


def _relabels(change: Change) -> bool:
    """Whether a construct change alters what the rows offer (a stimulus slider's move,
    an ``initial`` update, does not: rebuilding on it cost every drag step 5 ms)."""
    return change.target == "construct" and (
        change.action != "update" or bool({"label", "role"} & set(change.fields))
    )


def _scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area: a narrow dock scrolls rather than clips it."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll


def _wrapping() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # channel names come from the user
    return label


def _curves_plot():
    from synergy_gui.ui.panels.budget_plots import CurvesPlot

    return CurvesPlot()
