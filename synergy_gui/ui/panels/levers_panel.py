"""Which lever moves loyalty most: the stimuli ranked by their total effect on one outcome.

The effects are the engine's local total effects at the levels where the model settles
(direct paths plus every indirect route through the organism), so a bar reads as "raising this
stimulus a little moves the outcome this much".
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from synergy_gui.engine import EngineError, SteadyState, compile_model, effects
from synergy_gui.model import Change, ModelDocument, ModelError
from synergy_gui.ui.plain import plain_label, plain_tip

#: Step in a stimulus that the panel speaks of ("raising it by 0.10 moves …").
STEP = 0.10
POSITIVE = QColor("#009E73")  # Okabe–Ito bluish green
NEGATIVE = QColor("#D55E00")  # Okabe–Ito vermillion


@dataclass(frozen=True)
class Lever:
    """One stimulus and its effect on the chosen outcome."""

    stimulus_id: str
    label: str
    total: float
    direct: float
    indirect: float


def rank_levers(
    document: ModelDocument, outcome: str, steady: SteadyState, scenario: str | None = None
) -> list[Lever]:
    """The stimuli ordered by the size of their total effect on ``outcome`` at ``steady``."""
    model = compile_model(document, scenario)
    found = effects(model, steady.levels)
    labels = {c.id: c.label for c in document.constructs}
    levers = []
    for stimulus in found.stimuli:
        direct, indirect, total = found.of(outcome, stimulus)
        levers.append(Lever(stimulus, labels.get(stimulus, stimulus), total, direct, indirect))
    return sorted(levers, key=lambda lever: (-abs(lever.total), lever.label))


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
    """A stimulus label, its effect bar and the effect as a number: one row of the grid."""

    def __init__(self, grid: QGridLayout, row: int) -> None:
        self.title = plain_label()
        self.title.setWordWrap(True)  # a long stimulus name wraps: the dock fits a small screen
        self.bar = EffectBar()
        self.amount = plain_label()
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for column, widget in enumerate((self.title, self.bar, self.amount)):
            grid.addWidget(widget, row, column)

    def show_lever(self, lever: Lever, outcome_label: str, scale: float) -> None:
        self.title.setText(lever.label)
        self.bar.set_value(lever.total, scale)
        self.amount.setText(f"{lever.total * STEP:+.3f}")
        tooltip = (
            f"Raising {lever.label} by {STEP:.2f} moves {outcome_label} by about "
            f"{lever.total * STEP:+.3f}\n(direct {lever.direct * STEP:+.3f}, "
            f"through other constructs {lever.indirect * STEP:+.3f})."
        )
        for widget in (self.title, self.bar, self.amount):
            widget.setToolTip(plain_tip(tooltip))

    def set_visible(self, visible: bool) -> None:
        for widget in (self.title, self.bar, self.amount):
            widget.setVisible(visible)


class LeversPanel(QWidget):
    """Ranks the stimuli by how much they move a chosen outcome (loyalty by default)."""

    def __init__(self, document: ModelDocument, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.controller = controller
        self.levers: list[Lever] = []
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
        self._rows: list[LeverRow] = []
        self._grid = QGridLayout()
        self._grid.setColumnStretch(1, 1)
        self._grid.setHorizontalSpacing(10)
        self._build_layout()
        self._fill_outcomes()
        document.events.connect(self._on_document_changed)
        self.destroyed.connect(lambda *_: document.events.disconnect(self._on_document_changed))
        controller.steadyReady.connect(self._on_steady_ready)
        self._show()

    def _build_layout(self) -> None:
        header = QHBoxLayout()  # the question on two lines: the dock fits a small screen
        header.addWidget(self.outcome, 1)
        header.addWidget(QLabel("most?"))
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(QLabel("Which lever moves"))
        column.addLayout(header)
        column.addLayout(self._grid)
        column.addWidget(self.note)
        column.addStretch(1)

    # ------------------------------------------------------------------ public
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

    def _show(self) -> None:
        self._stale = False
        outcome = self.current_outcome()
        steady = self.controller.last_steady
        if outcome is None or steady is None:
            self._show_levers([], "Add stimuli and paths to see which lever matters most.")
            return
        try:
            levers = rank_levers(self.document, outcome, steady, self.controller.view.scenario)
        except (EngineError, ModelError) as error:
            self._show_levers([], f"No effects to show: {error}")
            return
        where = "where the model settles" if steady.settled else "at the last step"
        note = (
            f"Change in {self.outcome.currentText()} when a stimulus rises by {STEP:.2f}, "
            f"{where}; longer bars matter more."
        )
        self._show_levers(levers, note if levers else "This model has no stimuli yet.")

    def _show_levers(self, levers: list[Lever], note: str) -> None:
        self.levers = levers
        while len(self._rows) < len(levers):
            self._rows.append(LeverRow(self._grid, len(self._rows)))
        scale = max((abs(lever.total) for lever in levers), default=1.0)
        for row, lever in zip(self._rows, levers, strict=False):
            row.show_lever(lever, self.outcome.currentText(), scale)
        for index, row in enumerate(self._rows):
            row.set_visible(index < len(levers))
        self.note.setText(note)

    # ------------------------------------------------------------------ handlers
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._show()

    def _on_steady_ready(self, _steady: SteadyState) -> None:
        # Effects need a compile; skip them while the tab is hidden and catch up when shown.
        if self.isVisible():
            self._show()
        else:
            self._stale = True

    def _on_outcome_changed(self, _index: int) -> None:
        self._show()

    def _on_document_changed(self, change: Change) -> None:
        if change.target == "document":
            self._fill_outcomes(keep=False)  # another model: ask about its loyalty again
        elif change.target == "construct" and (
            change.action != "update" or {"label", "role"} & set(change.fields)
        ):
            self._fill_outcomes()
