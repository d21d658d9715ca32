"""The list of scenarios: "As drawn (sliders)" first, then the model's, each with a compare box.

The list shows what the document and the view state hold and reports what the user does
(choose, tick, rename); it keeps no scenario of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
)

from synergy_gui.model import Scenario
from synergy_gui.ui.i18n import translate
from synergy_gui.ui.panels.scenario_rows import plain_tip

AS_DRAWN_TEXT = QT_TRANSLATE_NOOP("ScenarioList", "As drawn (sliders)")
KEY_ROLE = Qt.ItemDataRole.UserRole
NAME, COMPARE = 0, 1
COMPARE_TIP = QT_TRANSLATE_NOOP(
    "ScenarioList", "Tick two to six scenarios to compare them side by side"
)


class ScenarioList(QTreeWidget):
    """Rows of scenarios; a row's key is its name, or None for the model as drawn."""

    chosen = Signal(object)  # the key of the row the user selected
    compare_toggled = Signal(object, bool)  # a key and whether it is now ticked
    renamed = Signal(str, str)  # the old name and the text the user typed

    def __init__(self) -> None:
        super().__init__()
        self.setColumnCount(2)
        self.setHeaderLabels(
            [translate("ScenarioList", "Scenario"), translate("ScenarioList", "Compare")]
        )
        self.headerItem().setToolTip(COMPARE, translate("ScenarioList", COMPARE_TIP))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COMPARE, QHeaderView.ResizeMode.ResizeToContents)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setAccessibleName(translate("ScenarioList", "Scenarios"))
        self.itemSelectionChanged.connect(self._on_item_selection_changed)
        self.itemChanged.connect(self._on_item_changed)
        self._fit_check_boxes()

    # ------------------------------------------------------------------ showing
    def _fit_check_boxes(self) -> None:
        """Keep the compare boxes visible on a dark palette.

        Fusion outlines an item view's check box in the window colour, darkened; on the dark
        palette that is the colour of the list itself, and an unticked box disappears.
        """
        inherited = self.palette()
        own = QPalette()  # only the window colour is the list's own; the rest is inherited
        if inherited.color(QPalette.ColorRole.Base).lightness() < 100:
            lighter = inherited.color(QPalette.ColorRole.Light).lighter(150)
            own.setColor(QPalette.ColorRole.Window, lighter)
        if own.resolveMask() != inherited.resolveMask() or (
            own.resolveMask() and own.window() != inherited.window()
        ):  # only on a real change: setting it sends another event
            self.setPalette(own)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        palettes = (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)
        if event.type() in palettes:  # View → Dark Palette
            self._fit_check_boxes()
        return handled

    def fill(self, scenarios: Sequence[Scenario]) -> None:
        """One row for "as drawn" and one per scenario, in the document's order."""
        with QSignalBlocker(self):
            self.clear()
            self.addTopLevelItem(
                self._row(
                    None, AS_DRAWN_TEXT, translate("ScenarioList", "The stimuli follow the sliders")
                )
            )
            for scenario in scenarios:
                self.addTopLevelItem(self._row(scenario.name, scenario.name, _tooltip(scenario)))

    def _row(self, key: str | None, text: str, tooltip: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text, ""])
        item.setData(NAME, KEY_ROLE, key)
        item.setToolTip(NAME, plain_tip(tooltip))
        item.setToolTip(COMPARE, translate("ScenarioList", COMPARE_TIP))
        item.setCheckState(COMPARE, Qt.CheckState.Unchecked)
        flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
        if key is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        item.setFlags(flags)
        return item

    def sync(self, active: str | None, compared: Sequence[str | None]) -> None:
        """Select the row of ``active`` and tick the rows of ``compared`` (without reporting)."""
        with QSignalBlocker(self):
            for item in self.items():
                key = self.key_of(item)
                state = Qt.CheckState.Checked if key in compared else Qt.CheckState.Unchecked
                if item.checkState(COMPARE) != state:
                    item.setCheckState(COMPARE, state)
                if key == active and self.currentItem() is not item:
                    self.setCurrentItem(item)
                item.setSelected(key == active)

    # ------------------------------------------------------------------ reading
    def items(self) -> list[QTreeWidgetItem]:
        return [self.topLevelItem(i) for i in range(self.topLevelItemCount())]

    def item_for(self, key: str | None) -> QTreeWidgetItem | None:
        return next((item for item in self.items() if self.key_of(item) == key), None)

    @staticmethod
    def key_of(item: QTreeWidgetItem) -> str | None:
        return item.data(NAME, KEY_ROLE)

    def names(self) -> list[str]:
        """The scenario names the list shows, in order (as drawn left out)."""
        return [self.key_of(item) for item in self.items()[1:]]

    def ticked(self) -> list[str | None]:
        return [
            self.key_of(item)
            for item in self.items()
            if item.checkState(COMPARE) == Qt.CheckState.Checked
        ]

    # ------------------------------------------------------------------ the user
    def start_rename(self, key: str) -> None:
        """Open the inline editor on the name of scenario ``key``."""
        item = self.item_for(key)
        if item is not None:
            self.setCurrentItem(item)
            self.editItem(item, NAME)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space ticks or unticks the current row's compare box."""
        item = self.currentItem()
        if event.key() == Qt.Key.Key_Space and item is not None:
            ticked = item.checkState(COMPARE) == Qt.CheckState.Checked
            state = Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked
            item.setCheckState(COMPARE, state)
            return
        super().keyPressEvent(event)

    def selectionCommand(
        self, index: QModelIndex, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        """A click on a compare box ticks it without choosing its row."""
        mouse = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease)
        if index.isValid() and index.column() == COMPARE and event and event.type() in mouse:
            return QItemSelectionModel.SelectionFlag.NoUpdate
        return super().selectionCommand(index, event)

    def _on_item_selection_changed(self) -> None:
        selected = self.selectedItems()
        if selected:
            self.chosen.emit(self.key_of(selected[0]))

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        key = self.key_of(item)
        if column == COMPARE:
            self.compare_toggled.emit(key, item.checkState(COMPARE) == Qt.CheckState.Checked)
        elif column == NAME and key is not None and item.text(NAME) != key:
            self.renamed.emit(key, item.text(NAME))


def _tooltip(scenario: Scenario) -> str:
    parts = [scenario.name]
    if scenario.segment:
        parts.append(translate("ScenariosPanel", "Segment: {name}").format(name=scenario.segment))
    if scenario.description:
        parts.append(scenario.description)
    return "\n\n".join(parts)
