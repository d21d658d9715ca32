"""Small controls of the simulation panel: the compare options and a long run's progress.

Both show and write what the view state or the controller owns; neither keeps a copy.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QWidget,
)

from synergy_gui.model.view_state import ViewState
from synergy_gui.ui.i18n import translate
from synergy_gui.ui.vocabulary import scenario_name


class RunProgress(QWidget):
    """While a long run goes on: what is happening, how far it has got, and Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setFormat(translate("CompareControls", "Simulating… %p%"))
        self.cancel = QPushButton(translate("CompareControls", "Cancel"))
        self.cancel.setToolTip(
            translate("CompareControls", "Stop this run; the plots keep the last run that finished")
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel)
        self.hide()

    def show_share(self, share: float | None) -> None:
        self.setVisible(share is not None)
        if share is not None:
            self.bar.setValue(round(1000 * share))


class CompareControls(QWidget):
    """While comparing: the reference, the threshold, small multiples, the diagram's
    differences and the table's export. Every choice is the view state's."""

    exportRequested = Signal()  # noqa: N815

    def __init__(self, view: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.reference = QComboBox()
        self.reference.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.reference.setMinimumContentsLength(10)  # a long name must not widen the column
        self.reference.setToolTip(
            translate("CompareControls", "The scenario the others are measured against (Δ ref)")
        )
        self.reference.activated.connect(self._on_reference_activated)
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.0, 1.0)
        self.threshold.setSingleStep(0.05)
        self.threshold.setDecimals(2)
        self.threshold.setKeyboardTracking(False)  # typed digits count on Enter, not each key
        self.threshold.setToolTip(
            translate(
                "CompareControls", "The table's “≥” column: the first week a level reaches this"
            )
        )
        self.threshold.valueChanged.connect(self._on_threshold_changed)
        self.small_multiples = QCheckBox(translate("CompareControls", "One plot per construct"))
        self.small_multiples.setToolTip(
            translate("CompareControls", "Small multiples: easier to read when many lines tangle")
        )
        self.small_multiples.toggled.connect(view.set_small_multiples)
        self.differences = QCheckBox(translate("CompareControls", "Differences on diagram"))
        self.differences.setToolTip(
            translate(
                "CompareControls",
                "The diagram shows, at the time cursor, how far the selected scenario is from the "
                "reference",
            )
        )
        self.differences.toggled.connect(view.set_show_differences)
        self.export = QPushButton(translate("CompareControls", "Export Table…"))
        self.export.setToolTip(
            translate("CompareControls", "Save the comparison table as CSV for a spreadsheet")
        )
        self.export.clicked.connect(self.exportRequested)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("CompareControls", "Reference"), self.reference)
        form.addRow(translate("CompareControls", "Reaches ≥"), self.threshold)
        form.addRow(self.small_multiples)
        form.addRow(self.differences)
        form.addRow(self.export)
        self.refresh()

    def refresh(self) -> None:
        """Show the view state's choices (emits nothing back)."""
        view = self.view
        for widget in (self.reference, self.threshold, self.small_multiples, self.differences):
            widget.blockSignals(True)
        self.reference.clear()
        for key in view.compared:
            self.reference.addItem(scenario_name(key), key)
        self.reference.setCurrentIndex(max(0, self.reference.findData(view.reference)))
        threshold = view.threshold if view.threshold is not None else 0.0
        if abs(self.threshold.value() - threshold) > 1e-9:  # never rewrite what is typed
            self.threshold.setValue(threshold)
        self.small_multiples.setChecked(view.small_multiples)
        self.differences.setChecked(view.show_differences)
        for widget in (self.reference, self.threshold, self.small_multiples, self.differences):
            widget.blockSignals(False)

    def _on_reference_activated(self, index: int) -> None:
        self.view.set_reference(self.reference.itemData(index))

    def _on_threshold_changed(self, value: float) -> None:
        self.view.set_threshold(value)
