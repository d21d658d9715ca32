"""Slider rows and a list of them that is reconciled, not rebuilt, when the model changes.

A :class:`SliderRow` is a title over a slider and an exact spin box, bound to one float of the
document. A :class:`RowList` keeps one row per key; on a structural change it keeps the rows of
keys that survive, makes rows only for new keys and drops rows of keys that are gone, so a
model with hundreds of weights does not rebuild hundreds of widgets for one added path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from synergy_gui.ui.binding import Reader, SliderBinding, Writer, make_slider_pair
from synergy_gui.ui.plain import plain_label, plain_tip

PROBLEM_STYLE = "color: #D55E00; font-weight: 600;"  # Okabe-Ito vermillion


@dataclass(frozen=True)
class RowSpec:
    """What one row shows: its key (an item id), its title and its tooltip."""

    key: str
    title: str
    tooltip: str = ""


class SliderRow(QWidget):
    """A title over a slider and spin box bound to one float of the document."""

    def __init__(
        self,
        spec: RowSpec,
        value_range: tuple[float, float],
        read: Reader,
        write: Writer,
        on_problem: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
        spin_range: tuple[float, float] | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = spec.key
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.slider, self.spin = make_slider_pair()
        self.driven_note = plain_label()
        self.driven_note.setWordWrap(True)
        self.driven_note.setVisible(False)
        steps = round((value_range[1] - value_range[0]) * 1000)
        self.binding = SliderBinding(
            self.slider,
            self.spin,
            value_range,
            read,
            write,
            steps=steps,
            on_problem=on_problem,
            spin_range=spin_range,
        )
        self._layout()
        self.set_spec(spec)

    def _layout(self) -> None:
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.spin)
        column = QVBoxLayout(self)
        column.setContentsMargins(2, 4, 2, 4)
        column.setSpacing(2)
        column.addWidget(self.title)
        column.addLayout(controls)
        column.addWidget(self.driven_note)

    def set_spec(self, spec: RowSpec) -> None:
        """Show a new title and tooltip (after a rename), without touching the binding."""
        if getattr(self, "spec", None) == spec:
            return
        self.spec = spec
        if self.title.text() != spec.title:
            self.title.setText(spec.title)
            self.slider.setAccessibleName(spec.title)
            self.spin.setAccessibleName(spec.title)
        if self.toolTip() != spec.tooltip:
            self.setToolTip(plain_tip(spec.tooltip))

    def refresh(self) -> None:
        self.binding.refresh()

    def set_driven(self, note: str | None) -> None:
        """While a scenario sets this value, show what it does instead of the slider."""
        driven = note is not None
        self.slider.setEnabled(not driven)
        self.spin.setEnabled(not driven)
        self.slider.setVisible(not driven)
        self.spin.setVisible(not driven)
        self.driven_note.setText(note or "")
        self.driven_note.setVisible(driven)

    def release(self) -> None:
        """Unbind and schedule the widget for deletion."""
        self.binding.disconnect()
        self.setParent(None)
        self.deleteLater()


RowFactory = Callable[[RowSpec], SliderRow]


class RowList(QWidget):
    """A column of :class:`SliderRow` keyed by item id, reconciled against a list of specs."""

    def __init__(self, factory: RowFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._rows: dict[str, SliderRow] = {}
        self._order: list[str] = []
        self._driven: set[str] = set()
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addStretch(1)

    def row(self, key: str) -> SliderRow | None:
        return self._rows.get(key)

    def ordered_keys(self) -> list[str]:
        return list(self._order)

    def reconcile(self, specs: Iterable[RowSpec]) -> None:
        """Make the rows match ``specs``: same keys, same order, current titles."""
        specs = list(specs)
        wanted = {spec.key for spec in specs}
        for key in [k for k in self._rows if k not in wanted]:
            self._rows.pop(key).release()
        for spec in specs:
            row = self._rows.get(spec.key)
            if row is None:
                self._rows[spec.key] = self._factory(spec)
            else:
                row.set_spec(spec)
        order = [spec.key for spec in specs]
        if order != self._order:
            self._relayout(order)

    def _relayout(self, order: list[str]) -> None:
        kept = set(self._order)
        if [k for k in order if k in kept] == [k for k in self._order if k in self._rows]:
            # Rows that stay keep their order (the usual add or remove): only insert new ones.
            for index, key in enumerate(order):
                if key not in kept:
                    self._column.insertWidget(index, self._rows[key])
        else:
            for key in self._order:
                if key in self._rows:
                    self._column.removeWidget(self._rows[key])
            for index, key in enumerate(order):
                self._column.insertWidget(index, self._rows[key])
        self._order = order

    def refresh(self, key: str | None = None) -> None:
        """Show the document's values again: one row, or all of them."""
        rows = self._rows.values() if key is None else [self._rows[key]] if key in self else []
        for row in rows:
            row.refresh()

    def filter(self, text: str) -> int:
        """Show only rows whose title contains ``text`` (any case); returns how many show."""
        needle = text.strip().casefold()
        shown = 0
        for row in self._rows.values():
            visible = needle in row.title.text().casefold()
            row.setHidden(not visible)
            shown += visible
        return shown

    def show_only(self, keys: Iterable[str] | None) -> int:
        """Show only the rows of ``keys`` (None: every row); returns how many show."""
        wanted = None if keys is None else set(keys)
        for key, row in self._rows.items():
            row.setHidden(wanted is not None and key not in wanted)
        return len(self._rows) if wanted is None else len(wanted & set(self._rows))

    def mark_driven(self, notes: dict[str, str]) -> None:
        """Disable the rows whose value a scenario sets (``{key: why}``); enable the others."""
        if not notes and not self._driven:
            return  # the usual case: no scenario, nothing to undo
        self._driven = set(notes)
        for key, row in self._rows.items():
            row.set_driven(notes.get(key))

    def clear(self) -> None:
        self.reconcile([])

    def __contains__(self, key: object) -> bool:
        return key in self._rows

    def __len__(self) -> int:
        return len(self._rows)


def problem_label() -> QLabel:
    """A hidden, word-wrapped red label for the reason an edit was refused."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(PROBLEM_STYLE)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


def show_problem(label: QLabel, reason: str | None) -> None:
    """Show ``reason`` in ``label``, or hide the label when there is none."""
    label.setText(reason or "")
    label.setVisible(bool(reason))
