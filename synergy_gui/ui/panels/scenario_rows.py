"""Pieces the scenario editor's rows share: the edit context, focus gestures, keyed columns
of rows, and the check-box-plus-number row of a clamp or a weight override."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from itertools import count

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from synergy_gui.model import ModelDocument, ModelError, Scenario
from synergy_gui.ui.i18n import translate
from synergy_gui.ui.panels.base import find_scenario
from synergy_gui.ui.panels.editors import number_box, show_number
from synergy_gui.ui.panels.rows import RowSpec
from synergy_gui.ui.plain import plain_tip

_GESTURES = count(1)


@dataclass(frozen=True)
class EditContext:
    """What a row needs to edit the active scenario, without holding it.

    ``active`` reads the active scenario's name from the view state each time; ``submit``
    pushes an undo command and returns whether the document took it (a refusal is shown
    by the panel); ``report`` shows a refusal no command produced (a bad paste).
    """

    document: ModelDocument
    active: Callable[[], str | None]
    submit: Callable[[QUndoCommand], bool]
    report: Callable[[str], None]

    def scenario(self) -> Scenario | None:
        return find_scenario(self.document, self.active())


class FocusGesture(QObject):
    """One gesture per focus visit of a widget, so its edits merge into one undo step."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._token: Hashable = None
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self._token = ("focus", next(_GESTURES))
        elif event.type() == QEvent.Type.FocusOut:
            self._token = None
        return False

    @property
    def current(self) -> Hashable:
        """The gesture of the present focus visit; None (no merging) without focus."""
        return self._token if self._widget.hasFocus() else None


def title_label(text: str = "", bold: bool = False) -> QLabel:
    """A word-wrapped label that shows user text as plain text, never as markup."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


#: One row of a keyed column: the item's id, its title and its tooltip (as the slider rows').
RowItem = RowSpec


class KeyedColumn(QWidget):
    """A column of rows, one per item; made again only when the items or titles change."""

    def __init__(self, factory: Callable[[RowItem], QWidget], empty_text: str) -> None:
        super().__init__()
        self._factory = factory
        self._items: tuple[RowItem, ...] = ()
        self.rows: dict[str, QWidget] = {}
        self.empty_note = title_label(empty_text)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(4)
        self._column.addWidget(self.empty_note)
        self._column.addStretch(1)

    def sync(self, items: Sequence[RowItem]) -> None:
        """Make the rows match ``items`` (a no-op when nothing changed, keeping focus)."""
        items = tuple(items)
        if items == self._items:
            return
        if [i.key for i in items] == [i.key for i in self._items]:
            for item in items:
                self.rows[item.key].set_title(item.title, item.tooltip)
        else:
            self._remake(items)
        self._items = items
        self.empty_note.setVisible(not items)

    def _remake(self, items: tuple[RowItem, ...]) -> None:
        for row in self.rows.values():
            self._column.removeWidget(row)
            row.setParent(None)
            row.deleteLater()
        self.rows = {}
        for index, item in enumerate(items):
            row = self._factory(item)
            self.rows[item.key] = row
            self._column.insertWidget(1 + index, row)

    def refresh(self, key: str | None = None) -> None:
        """Show the document's values again: in one row, or in all of them."""
        rows = self.rows.values() if key is None else [self.rows[key]] if key in self.rows else []
        for row in rows:
            row.refresh()


@dataclass(frozen=True)
class EntryKind:
    """What an entry row edits: a clamp (0…1) or a weight override (−1…1)."""

    check_text: str
    check_tip: str
    value_range: tuple[float, float]
    entries: Callable[[Scenario], dict[str, float]]
    default: Callable[[ModelDocument, str], float]  # shown while the entry is not set
    command: Callable[..., QUndoCommand]  # (document, scenario, key, value, gesture)
    stacked: bool = False  # the title above the check box and number, not beside them


class EntryRow(QWidget):
    """A title, a check box that sets or drops the entry, and the entry's number."""

    def __init__(self, item: RowItem, kind: EntryKind, context: EditContext) -> None:
        super().__init__()
        self.key, self._kind, self._context = item.key, kind, context
        self.title = title_label()
        self.check = QCheckBox(translate("ScenarioRows", kind.check_text))
        self.check.setToolTip(translate("ScenarioRows", kind.check_tip))
        self.spin: QDoubleSpinBox = number_box(*kind.value_range, decimals=2)
        self._gesture = FocusGesture(self.spin)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        column = QVBoxLayout(self)
        column.setContentsMargins(2, 2, 2, 2)
        column.setSpacing(1)
        if kind.stacked:  # long titles ("A × B → C") get the whole width
            column.addWidget(self.title)
            line.addStretch(1)
        else:
            line.addWidget(self.title, 1)
        line.addWidget(self.check)
        line.addWidget(self.spin)
        column.addLayout(line)
        self.set_title(item.title, item.tooltip)
        self.check.toggled.connect(self._on_check_toggled)
        self.spin.valueChanged.connect(self._on_spin_value_changed)

    def set_title(self, title: str, tooltip: str) -> None:
        self.title.setText(title)
        self.title.setToolTip(plain_tip(tooltip))
        self.check.setAccessibleName(f"{self.check.text()} — {title}")
        self.spin.setAccessibleName(title)

    def refresh(self) -> None:
        scenario = self._context.scenario()
        value = self._kind.entries(scenario).get(self.key) if scenario is not None else None
        try:
            shown = self._kind.default(self._context.document, self.key) if value is None else value
        except ModelError:
            return  # the item is gone; the column is remade on the next turn
        blocked = self.check.blockSignals(True)
        self.check.setChecked(value is not None)
        self.check.blockSignals(blocked)
        self.spin.setEnabled(value is not None)
        show_number(self.spin, shown)

    def _send(self, value: float | None, gesture: Hashable = None) -> None:
        name = self._context.active()
        if name is None:
            return
        command = self._kind.command(self._context.document, name, self.key, value, gesture)
        self._context.submit(command)
        self.refresh()

    def _on_check_toggled(self, checked: bool) -> None:
        self._send(round(self.spin.value(), 2) if checked else None)

    def _on_spin_value_changed(self, value: float) -> None:
        if self.check.isChecked():
            self._send(round(value, 2), self._gesture.current)
