"""The import preview: what a study file was understood to hold, before anything changes.

It lists the constructs (label, role, items), the paths (source → target, weight, sd), the
synergy junctions, the ``:=`` defined effects and the importer's warnings, and offers
"Replace the open model", "Merge into it" or Cancel. The dialog only reports the choice
(:attr:`StudyImportDialog.choice`); the document controller applies it as one undo step.
All user text is shown as plain text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from synergy_gui.io.lavaan import ImportResult
from synergy_gui.ui.fcm_run_choice import FcmRunChoice
from synergy_gui.ui.i18n import message_text, translate
from synergy_gui.ui.numbers import number_text
from synergy_gui.ui.plain import plain_tip

REPLACE, MERGE = "replace", "merge"
MERGE_TIP = QT_TRANSLATE_NOOP(
    "StudyImportDialog",
    "Add the constructs, paths and junctions the open model lacks (by id); a path or junction "
    "it already has takes the study's weight and sd; its own constructs stay as they are.",
)
#: The tables' column titles.
HEADERS = {
    "constructs": (
        QT_TRANSLATE_NOOP("StudyImportDialog", "Construct"),
        QT_TRANSLATE_NOOP("StudyImportDialog", "Role"),
        QT_TRANSLATE_NOOP("StudyImportDialog", "Id"),
        QT_TRANSLATE_NOOP("StudyImportDialog", "Items"),
    ),
    "paths": (
        QT_TRANSLATE_NOOP("StudyImportDialog", "Path"),
        QT_TRANSLATE_NOOP("StudyImportDialog", "Weight"),
        QT_TRANSLATE_NOOP("StudyImportDialog", "SD"),
        QT_TRANSLATE_NOOP("StudyImportDialog", "Label"),
    ),
    "junctions": (
        QT_TRANSLATE_NOOP("StudyImportDialog", "Members"),
        QT_TRANSLATE_NOOP("StudyImportDialog", "Target"),
        QT_TRANSLATE_NOOP("StudyImportDialog", "Weight"),
        QT_TRANSLATE_NOOP("StudyImportDialog", "SD"),
    ),
    "defined": (
        QT_TRANSLATE_NOOP("StudyImportDialog", "Name"),
        QT_TRANSLATE_NOOP("StudyImportDialog", "Expression (:=)"),
        QT_TRANSLATE_NOOP("StudyImportDialog", "Line"),
    ),
}
#: The tabs' titles, with the number of rows.
TAB_TITLES = {
    "constructs": QT_TRANSLATE_NOOP("StudyImportDialog", "Constructs ({n})"),
    "paths": QT_TRANSLATE_NOOP("StudyImportDialog", "Paths ({n})"),
    "junctions": QT_TRANSLATE_NOOP("StudyImportDialog", "Junctions ({n})"),
    "defined": QT_TRANSLATE_NOOP("StudyImportDialog", "Defined effects ({n})"),
}


def _headers(titles: tuple[str, ...]) -> list[str]:
    return [translate("StudyImportDialog", title) for title in titles]


def _weight(value: float | None) -> str:
    return "" if value is None else number_text(value, 3).replace("-", "−")


class StudyImportDialog(QDialog):
    """Shows an :class:`ImportResult` (``imported``); ``choice`` is ``"replace"``,
    ``"merge"`` or None (Cancel)."""

    def __init__(
        self, result: ImportResult, source: str, parent: QWidget | None = None, fcm: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("study_import_dialog")
        self.setWindowTitle(
            translate("StudyImportDialog", "Import {name}").format(name=Path(source).name)
        )
        self.imported = result
        self.choice: str | None = None
        self.labels = {c.id: c.label for c in result.document.constructs}
        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary_text(source))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        #: for an FCM matrix, how it runs (None for other studies)
        self.run_choice = FcmRunChoice() if fcm else None
        if self.run_choice is not None:
            layout.addWidget(self.run_choice)
        self.tabs = QTabWidget()
        self.tables = {
            "constructs": self._constructs_table(),
            "paths": self._paths_table(),
            "junctions": self._junctions_table(),
            "defined": self._defined_table(),
        }
        sizes = {
            "constructs": len(self.labels),
            "paths": len(result.document.paths),
            "junctions": len(result.document.junctions),
            "defined": len(result.defined),
        }
        for key, size in sizes.items():
            title = translate("StudyImportDialog", TAB_TITLES[key]).format(n=size)
            self.tabs.addTab(self.tables[key], title)
        self.warnings = QListWidget()
        none = [translate("StudyImportDialog", "No warnings.")]
        self.warnings.addItems([message_text(note) for note in result.warnings] or none)
        self.warnings.setWordWrap(True)
        warned = translate("StudyImportDialog", "Warnings ({n})").format(n=len(result.warnings))
        self.tabs.addTab(self.warnings, warned)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self._buttons())
        self.resize(820, 560)

    # ------------------------------------------------------------------ content
    def _summary_text(self, source: str) -> str:
        document = self.imported.document
        counts = translate(
            "StudyImportDialog", "{c} construct(s), {p} path(s), {j} synergy junction(s)"
        ).format(c=len(document.constructs), p=len(document.paths), j=len(document.junctions))
        lines = [f"{document.meta.title}  ({Path(source).name}): {counts}."]
        if self.imported.warnings:
            lines.append(
                translate(
                    "StudyImportDialog", "{n} warning(s): see the Warnings tab before you go on."
                ).format(n=len(self.imported.warnings))
            )
        lines.append(
            translate(
                "StudyImportDialog",
                "Nothing changes until you choose Replace or Merge; either can be undone.",
            )
        )
        return "\n".join(lines)

    def _constructs_table(self) -> QTableWidget:
        rows = [
            [c.label, c.role, c.id, ", ".join(self.imported.items.get(c.id, []))]
            for c in self.imported.document.constructs
        ]
        return _table(_headers(HEADERS["constructs"]), rows)

    def _paths_table(self) -> QTableWidget:
        rows = [
            [
                f"{self.labels.get(p.source, p.source)} → {self.labels.get(p.target, p.target)}",
                _weight(p.weight),
                _weight(p.sd),
                p.label,
            ]
            for p in self.imported.document.paths
        ]
        return _table(_headers(HEADERS["paths"]), rows, numeric=(1, 2))

    def _junctions_table(self) -> QTableWidget:
        rows = [
            [
                " × ".join(self.labels.get(m, m) for m in j.members),
                self.labels.get(j.target, j.target),
                _weight(j.weight),
                _weight(j.sd),
            ]
            for j in self.imported.document.junctions
        ]
        return _table(_headers(HEADERS["junctions"]), rows, numeric=(2, 3))

    def _defined_table(self) -> QTableWidget:
        rows = [[d.name, d.expression, str(d.line)] for d in self.imported.defined]
        return _table(_headers(HEADERS["defined"]), rows, numeric=(2,))

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox()
        self.replace_button = QPushButton(translate("StudyImportDialog", "&Replace the Open Model"))
        self.replace_button.setToolTip(
            translate("StudyImportDialog", "The study's model takes the place of the open one")
        )
        self.merge_button = QPushButton(translate("StudyImportDialog", "&Merge into It"))
        self.merge_button.setToolTip(translate("StudyImportDialog", MERGE_TIP))
        box.addButton(self.replace_button, QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.replace_button.clicked.connect(lambda: self.choose(REPLACE))
        self.merge_button.clicked.connect(lambda: self.choose(MERGE))
        box.rejected.connect(self.reject)
        self.replace_button.setDefault(True)
        return box

    def choose(self, choice: str) -> None:
        """Close with ``choice`` (as the buttons do); an FCM matrix takes the chosen rule."""
        if self.run_choice is not None:
            self.run_choice.apply_to(self.imported.document)
        self.choice = choice
        self.accept()

    def rows(self, name: str) -> list[list[str]]:
        """The text of a tab's table (``"constructs"``, ``"paths"``, …), row by row."""
        table = self.tables[name]
        return [
            [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]


def _table(header: list[str], rows: list[list[str]], numeric: tuple[int, ...] = ()) -> QTableWidget:
    table = QTableWidget(len(rows), len(header))
    table.setHorizontalHeaderLabels(header)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if len(text) > 40:
                item.setToolTip(plain_tip(text))
            if c in numeric:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    header_view = table.horizontalHeader()
    header_view.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header_view.setStretchLastSection(True)
    return table
