"""Goal seek form: "which level of a lever brings the outcome to at least L by week T?"

The question goes to the drivers controller (answered off the GUI thread); the answer shows
the level and the change it takes, or that the lever alone cannot do it and the best it can.
Asked of every lever, the answers are ranked by the change each needs. "Apply" sets the
chosen lever's slider to its level as one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from synergy_gui.engine.goalseek import GoalAnswer
from synergy_gui.model import Change, ModelDocument
from synergy_gui.ui.commands import SetLevelCommand
from synergy_gui.ui.drivers_controller import DriversController, GoalReply, GoalRequest
from synergy_gui.ui.i18n import translate
from synergy_gui.ui.numbers import number_text, short_number, signed_number
from synergy_gui.ui.plain import plain_label
from synergy_gui.ui.vocabulary import unit_word

ANY_LEVER = QT_TRANSLATE_NOOP("GoalSeekPanel", "the smallest change (any lever)")
DEFAULT_TARGET = 0.7
DEFAULT_WEEK = 26


class GoalSeekPanel(QGroupBox):
    """The goal-seek form and its answer; the outcome is the Levers panel's."""

    def __init__(
        self,
        document: ModelDocument,
        drivers: DriversController,
        stack: QUndoStack | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("GoalSeekPanel", "What would it take?"), parent)
        self.document, self.drivers, self.stack = document, drivers, stack
        self.outcome: str | None = None
        self.outcome_label = ""
        self.answers: tuple[GoalAnswer, ...] = ()
        self._build()
        self.fill_levers()
        drivers.goalAnswered.connect(self._on_goal_answered)
        document.events.connect(self._on_document_changed)
        self.destroyed.connect(lambda *_: document.events.disconnect(self._on_document_changed))

    def _build(self) -> None:
        self.question = plain_label()
        self.question.setWordWrap(True)
        self.target = QDoubleSpinBox()
        self.target.setRange(0.0, 1.0)
        self.target.setSingleStep(0.01)
        self.target.setDecimals(2)
        self.target.setValue(DEFAULT_TARGET)
        self.week = QSpinBox()
        self.week.setRange(0, 100_000)
        self.week.setValue(min(DEFAULT_WEEK, self.document.settings.horizon))
        self.lever = QComboBox()
        self.lever.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.lever.setMinimumContentsLength(10)
        self.find = QPushButton(translate("GoalSeekPanel", "Find"))
        self.find.clicked.connect(self.ask)
        self.answer = plain_label()
        self.answer.setWordWrap(True)
        self.ranking = QListWidget()
        self.ranking.setVisible(False)
        self.ranking.currentRowChanged.connect(lambda _row: self._show_apply())
        self.apply = QPushButton(translate("GoalSeekPanel", "Apply"))
        self.apply.setEnabled(False)
        self.apply.clicked.connect(self.apply_answer)
        form = QGridLayout()
        unit = self.document.settings.time_unit
        for row, (text, widget) in enumerate(
            (
                (translate("GoalSeekPanel", "at least"), self.target),
                (translate("GoalSeekPanel", "by {unit}").format(unit=unit_word(unit)), self.week),
                (translate("GoalSeekPanel", "using"), self.lever),
            )
        ):
            form.addWidget(plain_label(text), row, 0)  # the time unit is user text
            form.addWidget(widget, row, 1)
        form.setColumnStretch(1, 1)
        column = QVBoxLayout(self)
        column.addWidget(self.question)
        column.addLayout(form)
        column.addWidget(self.find)
        column.addWidget(self.answer)
        column.addWidget(self.ranking)
        column.addWidget(self.apply)

    # ------------------------------------------------------------------ public
    def set_outcome(self, construct_id: str | None, label: str) -> None:
        self.outcome, self.outcome_label = construct_id, label
        self.question.setText(
            translate("GoalSeekPanel", "Bring {label} to").format(label=label)
            if construct_id
            else translate("GoalSeekPanel", "Choose an outcome.")
        )
        self._stop_searching()
        self._forget("")

    def fill_levers(self) -> None:
        """The stimuli to ask about, after "any lever"; the chosen one stays if it can."""
        chosen = self.lever.currentData()
        self.lever.clear()
        self.lever.addItem(translate("GoalSeekPanel", ANY_LEVER), None)
        for construct in self.document.constructs_with_role("stimulus"):
            self.lever.addItem(construct.label, construct.id)
        self.lever.setCurrentIndex(max(self.lever.findData(chosen), 0))

    def ask(self) -> None:
        """Send the form's question to the controller."""
        if self.outcome is None:
            return
        request = GoalRequest(
            self.outcome, self.target.value(), float(self.week.value()), self.lever.currentData()
        )
        self._forget(translate("GoalSeekPanel", "Searching…"))
        self.find.setEnabled(False)
        self.drivers.seek(request)

    def chosen_answer(self) -> GoalAnswer | None:
        """The answer Apply would apply: the selected row's, or the only one."""
        if len(self.answers) == 1:
            return self.answers[0]
        row = self.ranking.currentRow()
        return self.answers[row] if 0 <= row < len(self.answers) else None

    def apply_answer(self) -> None:
        """Set the chosen lever to its level: one undo step."""
        answer = self.chosen_answer()
        if answer is None or not answer.reachable or self.stack is None:
            return
        if not self.document.has_construct(answer.lever):  # an answer about an older model
            self._forget(translate("GoalSeekPanel", "The model changed since: Find again."))
            return
        self.stack.push(SetLevelCommand(self.document, answer.lever, answer.level))
        self.apply.setEnabled(False)
        self.apply.setText(
            translate("GoalSeekPanel", "Applied: {lever} at {level}").format(
                lever=self._label(answer.lever), level=number_text(answer.level, 3)
            )
        )

    # ------------------------------------------------------------------ showing
    def _on_goal_answered(self, reply: GoalReply) -> None:
        self.find.setEnabled(True)
        if reply.problem:
            self._forget(translate("GoalSeekPanel", "No answer: {why}").format(why=reply.problem))
            return
        self.answers = reply.answers
        if not reply.answers:
            self._forget(
                translate("GoalSeekPanel", "No stimulus can be set here: each follows a schedule.")
            )
            return
        self.answer.setText(self._summary(reply))
        many = reply.request.lever is None
        self.ranking.setVisible(many)
        self.ranking.clear()
        if many:
            for index, answer in enumerate(reply.answers, 1):
                item = QListWidgetItem(f"{index}. {self._label(answer.lever)}: {_short(answer)}")
                self.ranking.addItem(item)
            rows = (self.ranking.fontMetrics().height() + 4) * len(reply.answers)
            self.ranking.setFixedHeight(rows + 2 * self.ranking.frameWidth() + 4)
            first_reachable = next((i for i, a in enumerate(reply.answers) if a.reachable), 0)
            self.ranking.setCurrentRow(first_reachable)
        self._show_apply()

    def _summary(self, reply: GoalReply) -> str:
        request, best = reply.request, reply.answers[0]
        words = {
            "outcome": self.outcome_label,
            "target": number_text(request.target),
            "unit": unit_word(self.document.settings.time_unit),
            "week": short_number(request.week),
            "now": number_text(best.current_outcome, 3),
            "count": len(reply.answers),
            "reachable": sum(a.reachable for a in reply.answers),
        }
        goal = translate("GoalSeekPanel", "{outcome} ≥ {target} by {unit} {week} (now {now})")
        if request.lever is None:
            if not words["reachable"]:
                tail = translate(
                    "GoalSeekPanel", "no single lever reaches it; the closest are listed."
                )
            else:
                tail = translate("GoalSeekPanel", "{reachable} of {count} levers reach it alone.")
        elif best.reachable:
            tail = translate(
                "GoalSeekPanel", "set {lever} to {level} (change {change} from {current})."
            )
            words.update(
                level=number_text(best.level, 3),
                change=signed_number(best.change),
                current=number_text(best.current_level, 3),
            )
        else:
            tail = translate(
                "GoalSeekPanel",
                "not reachable with {lever} alone. Its best, {best}, gives {gives}.",
            )
            words.update(best=number_text(best.best_level), gives=number_text(best.best_outcome, 3))
        words["lever"] = self._label(best.lever)
        return f"{goal.format(**words)}: {tail.format(**words)}"

    def _show_apply(self) -> None:
        answer = self.chosen_answer()
        can = answer is not None and answer.reachable and self.stack is not None
        self.apply.setEnabled(can)
        if answer is None or not answer.reachable:
            self.apply.setText(translate("GoalSeekPanel", "Apply"))
        else:
            self.apply.setText(
                translate("GoalSeekPanel", "Apply: {lever} to {level}").format(
                    lever=self._label(answer.lever), level=number_text(answer.level, 3)
                )
            )

    def _forget(self, note: str) -> None:
        self.answers = ()
        self.answer.setText(note)
        self.ranking.clear()
        self.ranking.setVisible(False)
        self.apply.setEnabled(False)
        self.apply.setText(translate("GoalSeekPanel", "Apply"))

    def _label(self, construct_id: str) -> str:
        if self.document.has_construct(construct_id):
            return self.document.construct(construct_id).label
        return construct_id

    def _stop_searching(self) -> None:
        """An answer still on its way would be about another question or model: drop it."""
        if self.drivers.seeking:
            self.drivers.forget()
            self.find.setEnabled(True)

    def _on_document_changed(self, change: Change) -> None:
        if self.drivers.seeking and change.target not in ("meta", "story"):
            self._stop_searching()
            self._forget(
                translate("GoalSeekPanel", "The model changed during the search: Find again.")
            )
        if change.target == "document" or (
            change.target == "construct"
            and (change.action != "update" or {"label", "role"} & set(change.fields))
        ):
            self.fill_levers()
        if self.answers and self.apply.isEnabled():
            self.apply.setEnabled(False)
            again = translate("GoalSeekPanel", "The model changed since: Find again.")
            self.answer.setText(f"{self.answer.text()}\n{again}")


def _short(answer: GoalAnswer) -> str:
    if answer.reachable:
        return f"{number_text(answer.level, 3)} ({signed_number(answer.change)})"
    best = number_text(answer.best_outcome, 3)
    return translate("GoalSeekPanel", "not alone (best {best})").format(best=best)
