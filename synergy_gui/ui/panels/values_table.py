"""Beside the plot: each plotted construct's final level and the level it settles at."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from synergy_gui.engine import SimulationResult
from synergy_gui.engine.compare import settle_time
from synergy_gui.engine.steady import SteadyState
from synergy_gui.ui.i18n import message_text, translate
from synergy_gui.ui.numbers import number_text, short_number
from synergy_gui.ui.panels.plot_styles import LineSpec
from synergy_gui.ui.plain import plain_label, plain_tip
from synergy_gui.ui.vocabulary import unit_word

NO_VALUE = "–"
#: A run whose last step moves no level by more than this has settled (FCMpy's criterion).
SETTLED_TOLERANCE = 1e-3
#: Short time units for the "Settles at" column: "0.62 (wk 31)".
SHORT_UNITS = {
    "week": QT_TRANSLATE_NOOP("ValuesTable", "wk"),
    "month": QT_TRANSLATE_NOOP("ValuesTable", "mo"),
    "year": QT_TRANSLATE_NOOP("ValuesTable", "yr"),
    "hour": QT_TRANSLATE_NOOP("ValuesTable", "h"),
    "minute": QT_TRANSLATE_NOOP("ValuesTable", "min"),
}
HEADERS = (
    "",
    QT_TRANSLATE_NOOP("ValuesTable", "Final"),
    QT_TRANSLATE_NOOP("ValuesTable", "Settles at"),
)
SETTLED_TOOLTIP = QT_TRANSLATE_NOOP(
    "ValuesTable",
    "The level the construct settles at if the stimuli stay as they are (the steady state), "
    "and when it gets there (to within 0.005). "
    "“does not settle” means the model oscillates or keeps moving.",
)


class ValuesTable(QWidget):
    """A small grid: swatch + label, final level, steady-state level, per plotted construct."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(4, 4, 4, 4)
        self._grid.setHorizontalSpacing(14)
        self._grid.setVerticalSpacing(6)
        self._rows: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        self._specs: list[LineSpec] = []
        self._reason = ""
        self._result: SimulationResult | None = None
        self._steady: dict[str, float | None] | None = None
        self._unit = "week"
        self._narrow = False
        self._headers: list[QLabel] = []
        for column, text in enumerate(HEADERS):
            header = QLabel(translate("ValuesTable", text) if text else "")
            header.setFont(_font(bold=True))
            header.setAlignment(
                Qt.AlignmentFlag.AlignRight if column else Qt.AlignmentFlag.AlignLeft
            )
            if column == 2:
                header.setToolTip(translate("ValuesTable", SETTLED_TOOLTIP))
            self._headers.append(header)
            self._grid.addWidget(header, 0, column)
        self._grid.setRowStretch(1, 0)

    def set_lines(self, specs: list[LineSpec]) -> None:
        """One row per plotted construct, in the plot's order and colours."""
        if specs == self._specs:
            return
        for labels in self._rows.values():
            for label in labels:
                self._grid.removeWidget(label)
                label.deleteLater()
        self._rows = {}
        for row, spec in enumerate(specs, start=1):
            self._rows[spec.construct_id] = self._make_row(spec, row)
        self._grid.setRowStretch(len(specs) + 1, 1)
        self._specs = list(specs)
        self._refresh()

    def _make_row(self, spec: LineSpec, row: int) -> tuple[QLabel, QLabel, QLabel]:
        name = QLabel(f'<span style="color:{spec.colour}">■</span>&nbsp;{_escape(spec.label)}')
        name.setFont(_font())
        final, settled = plain_label(NO_VALUE), plain_label(NO_VALUE)  # the unit is user text
        for column, label in enumerate((name, final, settled)):
            if column:
                label.setFont(_font(monospace_digits=True))
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._grid.addWidget(label, row, column)
        reason = _not_settled(self._reason)
        settled.setToolTip(plain_tip(reason))
        settled.setVisible(not self._narrow)
        return name, final, settled

    def set_narrow(self, narrow: bool) -> None:
        """Show only the final levels (a narrow panel leaves its room to the plot); the
        settled levels come back when there is room."""
        if narrow == self._narrow:
            return
        self._narrow = narrow
        self._headers[2].setVisible(not narrow)
        for _name, _final, settled in self._rows.values():
            settled.setVisible(not narrow)

    @property
    def narrow(self) -> bool:
        return self._narrow

    def set_unit(self, unit: str) -> None:
        """The model's time unit, for when a level settles."""
        unit = unit.strip() or "step"
        if unit != self._unit:
            self._unit = unit
            self._refresh()

    def show_result(self, result: SimulationResult) -> None:
        """Show a run's final levels (and, until the engine says more, settled ones)."""
        self._result = result
        self._refresh()

    def show_steady(self, steady: SteadyState | dict[str, float | None] | None) -> None:
        """The engine's steady state, or ``{id: level | None}`` (None: does not settle)."""
        reason = ""
        if isinstance(steady, SteadyState):
            reason = message_text(steady.reason)
            levels = steady.levels.tolist() if steady.settled else [None] * len(steady.ids)
            steady = dict(zip(steady.ids, levels, strict=True))
        self._steady = steady
        self.set_reason(reason)
        self._refresh()

    def _refresh(self) -> None:
        if self._result is None:
            return
        result = self._result
        finals = dict(zip(result.ids, result.levels[-1].tolist(), strict=True))
        settled = self._steady if self._steady is not None else _settled_from_run(result)
        columns = {cid: index for index, cid in enumerate(result.ids)}
        widest = self._settle_texts(0.0, None)[0]  # "0.00 (after wk 52)": the longest text
        for construct_id, (_name, final, settle) in self._rows.items():
            # a steady column: a text growing by a digit would resize the plot (a full redraw)
            settle.setMinimumWidth(settle.fontMetrics().horizontalAdvance(widest))
            _set_text(final, _number(finals.get(construct_id)))
            level = settled.get(construct_id)
            if construct_id in settled and level is None:
                _set_text(settle, translate("ValuesTable", "does not settle"))
            elif level is None or construct_id not in columns:
                _set_text(settle, _number(level))
            else:
                series = result.levels[:, columns[construct_id]]
                text, tip = self._settle_texts(level, settle_time(result.times, series, level))
                _set_text(settle, text)
                settle.setToolTip(plain_tip(tip))

    def _settle_texts(self, level: float, time: float | None) -> tuple[str, str]:
        """``("0.62 (wk 31)", tooltip)``; after the run's end when it settles later."""
        short = translate("ValuesTable", SHORT_UNITS.get(self._unit.lower(), self._unit))
        end = float(self._result.times[-1]) if self._result is not None else 0.0
        words = {"level": number_text(level), "short": short, "unit": unit_word(self._unit)}
        if time is None:
            words["time"] = short_number(end)
            text = translate("ValuesTable", "{level} (after {short} {time})").format(**words)
            tip = translate(
                "ValuesTable", "Settles at {level} after {unit} {time}, beyond this run."
            )
        else:
            words["time"] = short_number(time)
            text = translate("ValuesTable", "{level} ({short} {time})").format(**words)
            tip = translate(
                "ValuesTable", "Settles at {level} from {unit} {time} on (to within 0.005)."
            )
        return text, f"{tip.format(**words)}\n\n{translate('ValuesTable', SETTLED_TOOLTIP)}"

    def set_reason(self, reason: str) -> None:
        """Why the model does not settle (empty when it does), shown as a tooltip."""
        tip = _not_settled(reason)
        for _name, _final, settled in self._rows.values():
            settled.setToolTip(plain_tip(tip))
        self._reason = reason

    def text_of(self, construct_id: str) -> tuple[str, str]:
        """The shown final and settled texts of one construct (for tests and screen readers)."""
        _name, final, settled = self._rows[construct_id]
        return final.text(), settled.text()


def _number(value: float | None) -> str:
    return NO_VALUE if value is None else number_text(value)


def _not_settled(reason: str) -> str:
    """The tooltip of a level that does not settle (or of the column, without a reason)."""
    if reason:
        return translate("ValuesTable", "Does not settle: {reason}.").format(reason=reason)
    return translate("ValuesTable", SETTLED_TOOLTIP)


def _set_text(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _font(bold: bool = False, monospace_digits: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(max(font.pointSizeF(), 12.0))
    font.setBold(bold)
    if monospace_digits:
        font.setFeature(QFont.Tag("tnum"), 1)
    return font


def _settled_from_run(result: SimulationResult) -> dict[str, float | None]:
    """Without the engine's steady state: the final levels if the run has come to rest."""
    if result.steps < 1:
        return {}
    moved = np.abs(result.levels[-1] - result.levels[-2])
    if moved.size and float(moved.max()) > SETTLED_TOLERANCE:
        return {}
    return dict(zip(result.ids, result.levels[-1].tolist(), strict=True))
