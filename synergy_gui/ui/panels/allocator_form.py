"""The allocator's form and its answer, in the Budget dock.

The form asks for one goal: the most outcome for a budget, the least spend that reaches a
target, or where an extra amount should go; with an optional minimum and maximum per channel.
Each field is read here and refused in words beside it (nothing is asked of the engine then);
a good request goes out as ``allocateRequested(AllocationRequest)``. The answer comes back
through :meth:`AllocatorForm.show_answer`: a headline, the spend by channel and a waterfall of
the change in outcome; "Compare with current plan" asks for the comparison.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from synergy_gui.ui.i18n import translate
from synergy_gui.ui.panels.lazy_plot import LazyPlot
from synergy_gui.ui.panels.money import money
from synergy_gui.ui.panels.rows import problem_label, show_problem

MAXIMISE, MINIMISE, EXTRA = "maximise", "minimise", "extra"
GOALS = {
    MAXIMISE: QT_TRANSLATE_NOOP("BudgetPanel", "Most outcome for a budget"),
    MINIMISE: QT_TRANSLATE_NOOP("BudgetPanel", "Least spend to reach a target"),
    EXTRA: QT_TRANSLATE_NOOP("BudgetPanel", "Where an extra amount should go"),
}
AMOUNT_LABELS = {
    MAXIMISE: QT_TRANSLATE_NOOP("BudgetPanel", "Budget (total over the run)"),
    MINIMISE: QT_TRANSLATE_NOOP("BudgetPanel", "Target level ({low:g} to {high:g})"),
    EXTRA: QT_TRANSLATE_NOOP("BudgetPanel", "Extra (total over the run)"),
}


#: Below this width (pixels) the answer is shown under the form, not beside it.
SIDE_BY_SIDE = 760


@dataclass(frozen=True)
class AllocationRequest:
    """One question for the allocator (amounts are totals over the run)."""

    goal: str
    amount: float
    minima: dict[str, float] = field(default_factory=dict)
    maxima: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class AllocationAnswer:
    """What the form shows of an answer (texts made by the controller)."""

    headline: str
    details: str
    names: tuple[str, ...] = ()
    parts: tuple[float, ...] = ()
    before: float = 0.0
    after: float = 0.0
    comparable: bool = False  # a scenario was added: it can be compared


def parse_figure(text: str) -> float | None:
    """A number typed as 250000, 250,000, 250 000 or 250k (None when it is none)."""
    cleaned = text.strip().replace(",", "").replace(" ", "").replace("_", "").replace("−", "-")
    scale = 1.0
    if cleaned[-1:] in ("k", "K", "m", "M"):
        scale = 1e3 if cleaned[-1] in "kK" else 1e6
        cleaned = cleaned[:-1]
    try:
        value = float(cleaned) * scale
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


class AllocatorForm(QWidget):
    """The allocator's controls and answer; holds no model state of its own."""

    allocateRequested = Signal(object)  # noqa: N815  # an AllocationRequest
    cancelRequested = Signal()  # noqa: N815
    compareRequested = Signal()  # noqa: N815
    answerShown = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.channels: list[tuple[str, str]] = []  # (id, name)
        self.limits: dict[str, tuple[QLineEdit, QLineEdit]] = {}
        self.target_range = (0.0, 1.0)
        self.goal = QComboBox()
        self.goal.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.goal.setMinimumContentsLength(14)
        for key, text in GOALS.items():
            self.goal.addItem(translate("BudgetPanel", text), key)
        self.amount = QLineEdit()
        self.amount.setAccessibleName(translate("BudgetPanel", "Amount"))
        self.amount_label = QLabel()
        self.amount_problem = problem_label()
        self.limits_grid = QGridLayout()
        self.limits_problem = problem_label()
        self.allocate_button = QPushButton(translate("BudgetPanel", "Allocate"))
        self.allocate_button.setDefault(True)
        self.cancel_button = QPushButton(translate("BudgetPanel", "Cancel"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.headline = _wrapping("allocation_headline")
        self.details = _wrapping("allocation_details")
        self.waterfall_holder = LazyPlot(_waterfall_plot)
        self.compare_button = QPushButton(translate("BudgetPanel", "Compare with current plan"))
        self.compare_button.setToolTip(
            translate(
                "BudgetPanel",
                "Show the allocation beside the current plan in the plots and the comparison table",
            )
        )
        self._layout()
        self._connect()
        self._on_goal_changed()
        self.set_running(False)
        self.clear_answer()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(translate("BudgetPanel", "Goal"), self.goal)
        form.addRow(self.amount_label, self.amount)
        form.addRow("", self.amount_problem)
        buttons = QHBoxLayout()
        for widget in (self.allocate_button, self.cancel_button, self.busy):
            buttons.addWidget(widget)
        controls = QVBoxLayout()
        controls.addLayout(form)
        note = QLabel(
            translate("BudgetPanel", "Optional limits per channel (totals over the run):")
        )
        note.setWordWrap(True)
        controls.addWidget(note)
        controls.addLayout(self.limits_grid)
        controls.addWidget(self.limits_problem)
        controls.addLayout(buttons)
        controls.addStretch(1)
        answer = QVBoxLayout()
        for widget in (self.headline, self.details):
            answer.addWidget(widget)
        answer.addWidget(self.waterfall_holder, 1)
        answer.addWidget(self.compare_button)
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addLayout(controls, 2)
        self.row.addLayout(answer, 3)

    def _connect(self) -> None:
        self.goal.currentIndexChanged.connect(self._on_goal_changed)
        self.allocate_button.clicked.connect(self.request)
        self.amount.returnPressed.connect(self.request)
        self.cancel_button.clicked.connect(self.cancelRequested)
        self.compare_button.clicked.connect(self.compareRequested)

    @property
    def waterfall(self):
        """The waterfall plot (made on first use)."""
        return self.waterfall_holder.plot

    def resizeEvent(self, event) -> None:
        """Narrower than :data:`SIDE_BY_SIDE`, the answer goes under the form (it scrolls)."""
        wide = event.size().width() >= SIDE_BY_SIDE
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.row.direction() != direction:
            self.row.setDirection(direction)
            self.waterfall_holder.setMinimumHeight(0 if wide else 240)
        super().resizeEvent(event)

    # ------------------------------------------------------------------ public
    def set_channels(self, channels: list[tuple[str, str]]) -> None:
        """One row of limits per channel (kept when the channels are the same)."""
        if channels == self.channels:
            return
        self.channels = list(channels)
        while self.limits_grid.count():
            widget = self.limits_grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.limits = {}
        for row, (channel_id, name) in enumerate(channels):
            label = QLabel(name)
            label.setTextFormat(Qt.TextFormat.PlainText)
            low, high = QLineEdit(), QLineEdit()
            label.setWordWrap(True)
            low.setPlaceholderText(translate("BudgetPanel", "min"))
            high.setPlaceholderText(translate("BudgetPanel", "max"))
            low.setAccessibleName(translate("BudgetPanel", "Minimum of {name}").format(name=name))
            high.setAccessibleName(translate("BudgetPanel", "Maximum of {name}").format(name=name))
            for column, widget in enumerate((label, low, high)):
                self.limits_grid.addWidget(widget, row, column)
            self.limits[channel_id] = (low, high)

    def set_target_range(self, low: float, high: float) -> None:
        """The levels a target may take (−1 to 1 in a bipolar model)."""
        self.target_range = (float(low), float(high))
        self._on_goal_changed()

    def _amount_label(self, goal: str) -> str:
        low, high = self.target_range
        return translate("BudgetPanel", AMOUNT_LABELS[goal]).format(low=low, high=high)

    def set_amount(self, goal: str, text: str) -> None:
        """Choose ``goal`` and fill its amount (a suggestion the user may change)."""
        self.goal.setCurrentIndex(self.goal.findData(goal))
        self.amount.setText(text)

    def set_running(self, running: bool) -> None:
        self.allocate_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.busy.setVisible(running)

    def show_answer(self, answer: AllocationAnswer) -> None:
        self.headline.setText(answer.headline)
        self.details.setText(answer.details)
        self.details.setVisible(bool(answer.details))
        if answer.names:
            self.waterfall.show_waterfall(answer.names, answer.parts, answer.before, answer.after)
        elif self.waterfall_holder.made:
            self.waterfall.clear()
        self.waterfall_holder.setVisible(bool(answer.names))
        self.compare_button.setVisible(answer.comparable)
        if answer.headline:
            self.answerShown.emit()

    def clear_answer(self, text: str = "") -> None:
        self.show_answer(AllocationAnswer(text, ""))

    # ------------------------------------------------------------------ reading
    def request(self) -> AllocationRequest | None:
        """Read the form; emit the request, or refuse at the field (None) and change nothing."""
        goal = self.goal.currentData()
        amount = self._amount(goal)
        limits = self._limits(goal, amount) if amount is not None else None
        if amount is None or limits is None:
            return None
        request = AllocationRequest(goal, amount, *limits)
        self.allocateRequested.emit(request)
        return request

    def _amount(self, goal: str) -> float | None:
        text = self.amount.text()
        value = parse_figure(text)
        what = self._amount_label(goal).split(" (")[0]
        if not text.strip():
            reason = translate("BudgetPanel", "Type the {what}.").format(what=what.lower())
        elif value is None:
            reason = translate("BudgetPanel", "“{text}” is not a number.").format(text=text.strip())
        elif goal == MINIMISE and not self.target_range[0] <= value <= self.target_range[1]:
            low, high = self.target_range
            reason = translate(
                "BudgetPanel", "A target is a level from {low:g} to {high:g} (got {value:g})."
            ).format(low=low, high=high, value=value)
        elif goal != MINIMISE and value < 0:
            reason = translate(
                "BudgetPanel", "{what} must not be negative (got {value:g})."
            ).format(what=what, value=value)
        else:
            reason = None
        show_problem(self.amount_problem, reason)
        return None if reason else value

    def _limits(self, goal: str, amount: float) -> tuple[dict, dict] | None:
        minima, maxima, reason = {}, {}, None
        names = dict(self.channels)
        for channel_id, boxes in self.limits.items():
            for box, found in zip(boxes, (minima, maxima), strict=True):
                text = box.text()
                if not text.strip():
                    continue
                value = parse_figure(text)
                if value is None or value < 0:
                    reason = reason or translate(
                        "BudgetPanel", "{name}: “{text}” is not a spend of 0 or more."
                    ).format(name=names[channel_id], text=text.strip())
                    continue
                found[channel_id] = value
        reason = reason or _limit_problem(goal, amount, minima, maxima, names)
        show_problem(self.limits_problem, reason)
        return None if reason else (minima, maxima)

    def _on_goal_changed(self) -> None:
        goal = self.goal.currentData()
        self.amount_label.setText(self._amount_label(goal))
        show_problem(self.amount_problem, None)


def _limit_problem(
    goal: str, amount: float, minima: dict, maxima: dict, names: dict[str, str]
) -> str | None:
    """Why the limits cannot hold together (None when they can)."""
    for channel_id, low in minima.items():
        if channel_id in maxima and low > maxima[channel_id]:
            return translate(
                "BudgetPanel", "{name}: the minimum ({low}) is above the maximum ({high})."
            ).format(name=names[channel_id], low=money(low), high=money(maxima[channel_id]))
    if goal == EXTRA and minima:
        return translate(
            "BudgetPanel", "A minimum does not go with an extra amount: the current spend is kept."
        )
    if goal == MAXIMISE and sum(minima.values()) > amount:
        return translate(
            "BudgetPanel", "The minima add up to {low}, above the budget of {budget}."
        ).format(low=money(sum(minima.values())), budget=money(amount))
    return None


def _wrapping(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # channel names come from the user
    return label


def _waterfall_plot():
    from synergy_gui.ui.panels.budget_plots import WaterfallPlot

    return WaterfallPlot()
