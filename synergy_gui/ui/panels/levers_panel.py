"""Which lever moves loyalty most: the drivers of one outcome, their IPMA, and goal seek.

Every construct upstream of the chosen outcome (stimuli and mediators) is ranked by its total
effect on it where the model settles (direct paths plus every indirect route), so a bar reads
as "raising this a little moves the outcome this much". The importance–performance map puts
the same drivers against their levels; the goal-seek form asks what one lever would take.
The figures come from the engine through :class:`DriversController`, which reads the
simulation controller's own compiled model and steady state; this panel only paints.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from synergy_gui.engine import SteadyState
from synergy_gui.engine.drivers import Driver, Ipma
from synergy_gui.model import Change, ModelDocument
from synergy_gui.model.view_state import ViewChange
from synergy_gui.ui.drivers_controller import DriversController
from synergy_gui.ui.i18n import translate
from synergy_gui.ui.numbers import number_text, signed_number
from synergy_gui.ui.panels.goal_seek_panel import GoalSeekPanel
from synergy_gui.ui.panels.ipma_chart import IpmaChart
from synergy_gui.ui.plain import plain_label, plain_tip

#: Step in a driver that the panel speaks of ("raising it by 0.10 moves …").
STEP = 0.10
POSITIVE = QColor("#009E73")  # Okabe–Ito bluish green
NEGATIVE = QColor("#D55E00")  # Okabe–Ito vermillion
#: How a driver's kind reads in its row.
KIND_TAGS = {
    "stimulus": QT_TRANSLATE_NOOP("LeversPanel", "stimulus"),
    "mediator": QT_TRANSLATE_NOOP("LeversPanel", "mediator"),
    "clamped": QT_TRANSLATE_NOOP("LeversPanel", "held"),
    "held": QT_TRANSLATE_NOOP("LeversPanel", "fixed"),
}

#: A driver, under the name the panel's callers know it by.
Lever = Driver


class EffectBar(QWidget):
    """A horizontal bar for one effect, scaled against the largest effect shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = 0.0
        self.scale = 1.0
        self.setMinimumHeight(18)
        self.setMinimumWidth(60)

    def set_value(self, value: float, scale: float) -> None:
        self.value, self.scale = value, scale or 1.0
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(160, 20)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        groove = QRectF(self.rect()).adjusted(0, 3, 0, -3)
        painter.fillRect(groove, self.palette().color(QPalette.ColorRole.AlternateBase))
        width = groove.width() * min(abs(self.value) / self.scale, 1.0)
        bar = QRectF(groove.left(), groove.top(), width, groove.height())
        painter.fillRect(bar, POSITIVE if self.value >= 0 else NEGATIVE)
        painter.end()


class LeverRow:
    """A driver's label and kind, its effect bar and the effect as a number: one grid row."""

    def __init__(self, grid: QGridLayout, row: int) -> None:
        self.title = plain_label()
        self.title.setWordWrap(True)  # a long name wraps: the dock fits a small screen
        self.kind = QLabel()
        self.kind.setEnabled(False)  # greyed: a tag, not a value
        self.bar = EffectBar()
        self.amount = plain_label()
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for column, widget in enumerate(self._widgets()):
            grid.addWidget(widget, row, column)

    def _widgets(self) -> tuple[QWidget, ...]:
        return (self.title, self.kind, self.bar, self.amount)

    def show_lever(self, lever: Driver, outcome_label: str, scale: float) -> None:
        self.title.setText(lever.label)
        self.kind.setText(translate("LeversPanel", KIND_TAGS.get(lever.kind, lever.kind)))
        self.bar.set_value(lever.total, scale)
        self.amount.setText(signed_number(lever.total * STEP))
        tooltip = translate(
            "LeversPanel",
            "Raising {lever} ({kind}) by {step} moves {outcome} by about {total}\n"
            "(direct {direct}, through other constructs {indirect}); its level now is {level}.",
        ).format(
            lever=lever.label,
            kind=translate("LeversPanel", KIND_TAGS.get(lever.kind, lever.kind)),
            step=number_text(STEP),
            outcome=outcome_label,
            total=signed_number(lever.total * STEP),
            direct=signed_number(lever.direct * STEP),
            indirect=signed_number(lever.indirect * STEP),
            level=number_text(lever.performance),
        )
        for widget in self._widgets():
            widget.setToolTip(plain_tip(tooltip))

    def set_visible(self, visible: bool) -> None:
        for widget in self._widgets():
            widget.setVisible(visible)


class LeversPanel(QWidget):
    """Drivers of a chosen outcome (loyalty by default), their IPMA and the goal-seek form."""

    def __init__(
        self,
        document: ModelDocument,
        controller,
        stack: QUndoStack | None = None,
        drivers: DriversController | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.controller = controller
        self.drivers_controller = drivers or DriversController(controller, parent=self)
        self.drivers_controller.driversReady.connect(self._on_drivers)
        self.ipma: Ipma | None = None
        self._stale = True
        self.outcome = QComboBox()
        # the longest construct name must not set the dock's width on a small screen
        self.outcome.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.outcome.setMinimumContentsLength(12)
        self.outcome.currentIndexChanged.connect(self._on_outcome_changed)
        self.note = plain_label()
        self.note.setWordWrap(True)
        self.chart = IpmaChart()
        self.goal_seek = GoalSeekPanel(document, self.drivers_controller, stack)
        self._rows: list[LeverRow] = []
        self._grid = QGridLayout()
        self._grid.setColumnStretch(2, 1)
        self._grid.setHorizontalSpacing(8)
        self._build_layout()
        self._fill_outcomes()
        document.events.connect(self._on_document_changed)
        self.destroyed.connect(lambda *_: document.events.disconnect(self._on_document_changed))
        controller.steadyReady.connect(self._on_steady_ready)
        view = getattr(controller, "view", None)
        if view is not None:
            view.connect(self._on_view_changed)
            self.destroyed.connect(lambda *_: view.disconnect(self._on_view_changed))
            self.chart.set_text_scale(view.text_scale)
        self._show()

    def _build_layout(self) -> None:
        header = QHBoxLayout()  # the question on two lines: the dock fits a small screen
        header.addWidget(self.outcome, 1)
        header.addWidget(QLabel(translate("LeversPanel", "most?")))
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(QLabel(translate("LeversPanel", "Which driver moves")))
        column.addLayout(header)
        column.addLayout(self._grid)
        column.addWidget(self.note)
        column.addWidget(self.chart, 1)
        column.addWidget(self.goal_seek)
        scroll = QScrollArea()  # a short dock scrolls rather than squashing the chart
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # ------------------------------------------------------------------ public
    @property
    def drivers(self) -> list[Driver]:
        """Every driver of the outcome, the largest total effect first."""
        return list(self.ipma.drivers) if self.ipma is not None else []

    @property
    def levers(self) -> list[Driver]:
        """The stimuli among the drivers, in the same order: what a manager can set."""
        return [d for d in self.drivers if d.kind == "stimulus"]

    def select_outcome(self, construct_id: str) -> None:
        index = self.outcome.findData(construct_id)
        if index >= 0:
            self.outcome.setCurrentIndex(index)

    def current_outcome(self) -> str | None:
        return self.outcome.currentData()

    # ------------------------------------------------------------------ filling
    def _fill_outcomes(self, keep: bool = True) -> None:
        """The outcomes to ask about; the chosen one stays unless the model is another."""
        previous = self.outcome.currentData() if keep else None
        candidates = [c for c in self.document.constructs if c.role != "stimulus"]
        candidates.sort(key=lambda c: c.role != "response")  # responses first
        self.outcome.blockSignals(True)
        self.outcome.clear()
        for construct in candidates:
            self.outcome.addItem(construct.label, construct.id)
        wanted = previous or next((c.id for c in candidates if "loyal" in c.id), None)
        index = self.outcome.findData(wanted) if wanted else -1
        self.outcome.setCurrentIndex(max(index, 0) if candidates else -1)
        self.outcome.blockSignals(False)
        self.goal_seek.set_outcome(self.current_outcome(), self.outcome.currentText())

    def _show(self) -> None:
        self._stale = False
        outcome = self.current_outcome()
        if outcome is None or self.controller.last_steady is None:
            self._show_drivers(
                None,
                translate("LeversPanel", "Add stimuli and paths to see which driver matters most."),
            )
            return
        labels = {c.id: c.label for c in self.document.constructs}
        self.drivers_controller.request_drivers(outcome, labels)  # driversReady: _on_drivers

    def _on_drivers(self, found: object) -> None:
        if not isinstance(found, Ipma):
            self._show_drivers(
                None, translate("LeversPanel", "No effects to show: {why}").format(why=found)
            )
            return
        if not found.drivers:
            nothing = translate("LeversPanel", "Nothing leads to {outcome} yet.")
            self._show_drivers(found, nothing.format(outcome=self.outcome.currentText()))
            return
        steady = self.controller.last_steady
        where = (
            translate("LeversPanel", "where the model settles")
            if steady is None or steady.settled
            else translate("LeversPanel", "at the end")
        )
        note = translate(
            "LeversPanel",
            "Change in {outcome} when a driver rises by {step}, {where}; longer bars matter more.",
        ).format(outcome=self.outcome.currentText(), step=number_text(STEP), where=where)
        if not any(d.kind == "stimulus" for d in found.drivers):
            note += " " + translate("LeversPanel", "This model has no stimuli leading here yet.")
        self._show_drivers(found, note)

    def _show_drivers(self, found: Ipma | None, note: str) -> None:
        self.ipma = found
        drivers = self.drivers
        while len(self._rows) < len(drivers):
            self._rows.append(LeverRow(self._grid, len(self._rows)))
        scale = max((abs(d.total) for d in drivers), default=1.0)
        for row, driver in zip(self._rows, drivers, strict=False):
            row.show_lever(driver, self.outcome.currentText(), scale)
        for index, row in enumerate(self._rows):
            row.set_visible(index < len(drivers))
        self.note.setText(note)
        self.chart.set_ipma(found, self.outcome.currentText(), note)

    # ------------------------------------------------------------------ handlers
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._show()

    def _on_steady_ready(self, _steady: SteadyState) -> None:
        # skip the work while the tab is hidden and catch up when shown
        if self.isVisible():
            self._show()
        else:
            self._stale = True

    def _on_outcome_changed(self, _index: int) -> None:
        self.goal_seek.set_outcome(self.current_outcome(), self.outcome.currentText())
        self._show()

    def _on_view_changed(self, change: ViewChange) -> None:
        if "text_scale" in change:
            self.chart.set_text_scale(self.controller.view.text_scale)

    def _on_document_changed(self, change: Change) -> None:
        if change.target == "document":
            self._fill_outcomes(keep=False)  # another model: ask about its loyalty again
        elif change.target == "construct" and (
            change.action != "update" or {"label", "role"} & set(change.fields)
        ):
            self._fill_outcomes()
