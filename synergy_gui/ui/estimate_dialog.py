"""File ▸ Import ▸ Estimate from Survey…: path weights of a lavaan model from survey data.

The user picks the survey (CSV, one row per respondent) and the model (lavaan syntax with
``=~`` lines naming each construct's items), the number of bootstrap resamples and the seed.
The estimation runs in a thread of its own, as ``background_run`` runs simulations: progress
as the bootstrap goes, Cancel stops it, a new run replaces a running one, and the result comes
back through a queued Qt signal. The dialog shows ``report_text``, exports the estimates table
(lavaan's ``standardizedSolution()`` CSV) and applies the estimated model as one undo step.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QCloseEvent, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from synergy_gui.model import ModelDocument
from synergy_gui.ui import messages
from synergy_gui.ui.background_run import ThreadJob
from synergy_gui.ui.i18n import error_text, message_text, translate
from synergy_gui.ui.numbers import count_text
from synergy_gui.ui.study_import_dialog import MERGE, MERGE_TIP, REPLACE

DEFAULT_BOOTSTRAP = 2000
DEFAULT_SEED = 1
MAX_BOOTSTRAP = 100_000
DATA, MODEL = "data", "model"
#: What is still to choose before estimating, by the fields left empty.
CHOOSE = {
    (DATA,): QT_TRANSLATE_NOOP("EstimateDialog", "Choose the survey data first."),
    (MODEL,): QT_TRANSLATE_NOOP("EstimateDialog", "Choose the model first."),
    (DATA, MODEL): QT_TRANSLATE_NOOP(
        "EstimateDialog", "Choose the survey data and the model first."
    ),
}
PROMPT = QT_TRANSLATE_NOOP(
    "EstimateDialog",
    "Pick the survey (CSV, one row per respondent, one column per item) and the model in "
    "lavaan syntax ('=~' lines name each construct's items, '~' lines its paths). Each "
    "construct is the mean of its items; each '~' line is a standardised OLS regression.",
)


class Applier(Protocol):
    """What applies an estimated model to the window (``StudyFiles``)."""

    def apply(self, imported: ModelDocument, choice: str, name: str) -> bool: ...


class EstimateRun(ThreadJob):
    """One estimation in a thread (see :class:`ThreadJob`): ``progress`` during the
    bootstrap, then ``finished`` with the ``StudyEstimate`` or the exception that stopped it."""

    def __init__(
        self, data: str, syntax: str, bootstrap: int, seed: int, parent: QObject | None = None
    ) -> None:
        super().__init__("estimation", parent)
        self.data, self.syntax, self.bootstrap, self.seed = data, syntax, bootstrap, seed
        #: The thread the estimation ran in (for a test: never the GUI thread).
        self.worker_thread: threading.Thread | None = None

    def _run(self) -> object:
        self.worker_thread = threading.current_thread()
        return self._estimate()

    def _estimate(self):
        from synergy_gui.io.estimation import EstimationError
        from synergy_gui.io.lavaan import SYNTAX_FILE, parse_lavaan
        from synergy_gui.io.problems import read_source_text
        from synergy_gui.io.study_estimate import estimate_study, regression_line

        imported = parse_lavaan(read_source_text(self.syntax, SYNTAX_FILE), self.syntax)
        try:
            return estimate_study(
                self.data, imported, self.syntax, self.bootstrap, self.seed, self._tick
            )
        except EstimationError as error:
            line = regression_line(imported, error.target)
            where = f" ({Path(self.syntax).name}:{line})" if line else ""
            raise EstimationError(f"{self.data}: {error_text(error)}{where}") from None

    def _tick(self, done: int) -> None:
        """The bootstrap reports resamples done; the base reports the share of them."""
        super()._tick(done / max(self.bootstrap, 1))


class EstimateDialog(QDialog):
    """Pick the data and the syntax, run, read the table, export it, apply the weights."""

    def __init__(self, applier: Applier, start_folder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("estimate_dialog")
        self.setWindowTitle(translate("EstimateDialog", "Estimate from Survey"))
        self._applier, self._folder = applier, start_folder
        self.job: EstimateRun | None = None
        self.study = None  # the last StudyEstimate
        layout = QVBoxLayout(self)
        intro = QLabel(translate("EstimateDialog", PROMPT))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._form())
        layout.addLayout(self._run_row())
        self.status = QLabel("")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report.setPlaceholderText(translate("EstimateDialog", "The estimates appear here."))
        layout.addWidget(self.report, 1)
        layout.addLayout(self._result_row())
        self._show_running(False)
        self.resize(860, 600)

    # ------------------------------------------------------------------ building
    def _form(self) -> QFormLayout:
        form = QFormLayout()
        self.data_edit = QLineEdit()
        self.syntax_edit = QLineEdit()
        for edit, caption, filters, label in (
            (
                self.data_edit,
                translate("EstimateDialog", "Survey data"),
                translate("EstimateDialog", "Survey data (*.csv);;All files (*)"),
                translate("EstimateDialog", "Survey &data:"),
            ),
            (
                self.syntax_edit,
                translate("EstimateDialog", "Model in lavaan syntax"),
                translate("EstimateDialog", "lavaan syntax (*.lav *.lavaan);;All files (*)"),
                translate("EstimateDialog", "&Model (lavaan):"),
            ),
        ):
            browse = QPushButton(translate("EstimateDialog", "Browse…"))
            browse.clicked.connect(
                lambda _=False, e=edit, c=caption, f=filters: self._browse(e, c, f)
            )
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(browse)
            form.addRow(_buddy_label(label, edit), row)
        self.bootstrap_spin = QSpinBox()
        self.bootstrap_spin.setRange(0, MAX_BOOTSTRAP)
        self.bootstrap_spin.setSingleStep(500)
        self.bootstrap_spin.setValue(DEFAULT_BOOTSTRAP)
        self.bootstrap_spin.setToolTip(
            translate("EstimateDialog", "Resamples for the confidence intervals (0: none)")
        )
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2**31 - 1)
        self.seed_spin.setValue(DEFAULT_SEED)
        self.seed_spin.setToolTip(
            translate("EstimateDialog", "The same seed gives the same intervals")
        )
        numbers = QHBoxLayout()
        numbers.addWidget(self.bootstrap_spin)
        numbers.addSpacing(16)
        numbers.addWidget(QLabel(translate("EstimateDialog", "Seed:")))
        numbers.addWidget(self.seed_spin)
        numbers.addStretch(1)
        form.addRow(
            _buddy_label(translate("EstimateDialog", "&Bootstrap resamples:"), self.bootstrap_spin),
            numbers,
        )
        return form

    def _run_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.run_button = QPushButton(translate("EstimateDialog", "&Estimate"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(translate("EstimateDialog", "&Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.run_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        return row

    def _result_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.export_button = QPushButton(translate("EstimateDialog", "Export &Table…"))
        self.export_button.setToolTip(
            translate("EstimateDialog", "The estimates as lavaan's standardizedSolution() CSV")
        )
        self.export_button.clicked.connect(self.export_table)
        self.replace_button = QPushButton(translate("EstimateDialog", "&Replace the Open Model"))
        self.replace_button.setToolTip(
            translate("EstimateDialog", "The estimated model takes the place of the open one")
        )
        self.replace_button.clicked.connect(lambda: self.apply(REPLACE))
        self.merge_button = QPushButton(translate("EstimateDialog", "Mer&ge into It"))
        self.merge_button.setToolTip(translate("StudyImportDialog", MERGE_TIP))
        self.merge_button.clicked.connect(lambda: self.apply(MERGE))
        close = QPushButton(translate("EstimateDialog", "Close"))
        close.clicked.connect(self.close)
        row.addWidget(self.export_button)
        row.addStretch(1)
        for button in (self.replace_button, self.merge_button, close):
            row.addWidget(button)
        self._set_result_enabled(False)
        return row

    def _browse(self, edit: QLineEdit, caption: str, filters: str) -> None:
        start = edit.text() or self._folder
        chosen, _ = QFileDialog.getOpenFileName(self, caption, start, filters)
        if chosen:
            edit.setText(chosen)

    # ------------------------------------------------------------------ running
    def run(self) -> EstimateRun | None:
        """Start an estimation (a running one is cancelled: newest only)."""
        data, syntax = self.data_edit.text().strip(), self.syntax_edit.text().strip()
        missing = [name for name, text in ((DATA, data), (MODEL, syntax)) if not text]
        if missing:
            self._say(translate("EstimateDialog", CHOOSE[tuple(missing)]), error=True)
            return None
        if self.job is not None:
            self.job.cancel()
        job = EstimateRun(data, syntax, self.bootstrap_spin.value(), self.seed_spin.value(), self)
        job.progress.connect(lambda share, j=job: self._on_progress(j, share))
        job.finished.connect(lambda outcome, j=job: self._on_finished(j, outcome))
        self.job, self.study = job, None
        self.report.clear()
        self._set_result_enabled(False)
        self._show_running(True)
        self._say(
            translate("EstimateDialog", "Estimating with {n} bootstrap resamples…").format(
                n=count_text(job.bootstrap)
            )
        )
        job.start()
        return job

    def cancel(self) -> None:
        """Stop the running estimation; nothing changes."""
        if self.job is not None and self.job.running:
            self.job.cancel()
            self.job = None
            self._show_running(False)
            self._say(translate("EstimateDialog", "Cancelled; nothing was estimated."))

    def _on_progress(self, job: EstimateRun, share: float) -> None:
        if job is self.job:
            self.progress.setValue(round(share * 1000))

    def _on_finished(self, job: EstimateRun, outcome: object) -> None:
        if job is not self.job:
            return  # an earlier run, replaced
        self.job = None
        self._show_running(False)
        if isinstance(outcome, Exception):
            self._say(_reason(outcome), error=True)
            return
        from synergy_gui.io.study_estimate import report_lines

        self.study = outcome
        self.report.setPlainText("\n".join(message_text(line) for line in report_lines(outcome)))
        self._set_result_enabled(True)
        self._say(
            translate(
                "EstimateDialog", "Estimated. Export the table, or apply the weights to the model."
            )
        )

    def _show_running(self, running: bool) -> None:
        self.progress.setValue(0)
        self.progress.setVisible(running)
        self.cancel_button.setEnabled(running)

    def _set_result_enabled(self, enabled: bool) -> None:
        for button in (self.export_button, self.replace_button, self.merge_button):
            button.setEnabled(enabled)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020;" if error else "")

    # ------------------------------------------------------------------ results
    def export_table(self) -> Path | None:
        """Ask for a CSV file and write the estimates there (atomically)."""
        from synergy_gui.io.study_estimate import write_estimates_csv

        if self.study is None:
            return None
        suggested = str(Path(self._folder) / f"{Path(self.study.syntax).stem}-estimates.csv")
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            translate("EstimateDialog", "Export estimates table"),
            suggested,
            translate("EstimateDialog", "CSV table (*.csv)"),
        )
        if not chosen:
            return None
        path = Path(chosen) if Path(chosen).suffix.lower() == ".csv" else Path(chosen + ".csv")
        try:
            write_estimates_csv(path, self.study.estimates)
        except OSError as error:
            messages.show_save_error(self, path, error)
            return None
        self._say(
            translate("EstimateDialog", "Estimates table saved as {name}.").format(name=path.name)
        )
        return path

    def apply(self, choice: str) -> bool:
        """Replace the open model with the estimated one, or merge its weights in (one undo
        step either way)."""
        if self.study is None:
            return False
        name = translate("EstimateDialog", "estimates from {file}").format(
            file=Path(self.study.data).name
        )
        applied = self._applier.apply(self.study.imported.document, choice, name)
        if applied:
            self._say(
                translate(
                    "EstimateDialog",
                    "Applied to the model; Edit ▸ Undo gives the earlier model back.",
                )
            )
        return applied

    def stop(self, wait: bool = False) -> None:
        """Cancel a running estimation quietly; ``wait`` for its thread to end."""
        if self.job is not None:
            self.job.cancel(wait=wait)
            self.job = None
            self._show_running(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()  # no thread goes on for a closed dialog
        super().closeEvent(event)


def _buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A form label whose "&" mnemonic moves the focus to ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _reason(error: Exception) -> str:
    """A refusal in words: the importers' messages name the file, line and column."""
    from synergy_gui.io.estimation import EstimationError
    from synergy_gui.io.problems import ImportProblem
    from synergy_gui.io.survey import SurveyError

    if isinstance(error, ImportProblem | SurveyError | EstimationError):
        return translate("EstimateDialog", "Not estimated: {why}").format(why=error_text(error))
    if isinstance(error, OSError):
        why = f"{error.filename or ''} {error.strerror or error}".strip()
        return translate("EstimateDialog", "Not estimated: {why}").format(why=why)
    return translate("EstimateDialog", "Not estimated ({kind}: {error})").format(
        kind=type(error).__name__, error=error
    )
