"""The import preview: what a study file was understood to hold, before anything changes.

It lists the constructs (label, role, items), the paths (source → target, weight, sd), the
synergy junctions, the ``:=`` defined effects and the importer's warnings, and offers
"Replace the open model", "Merge into it" or Cancel. The dialog only reports the choice
(:attr:`StudyImportDialog.choice`); the document controller applies it as one undo step.
All user text is shown as plain text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
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
from synergy_gui.ui.plain import plain_tip

REPLACE, MERGE = "replace", "merge"
MERGE_TIP = (
    "Add the constructs, paths and junctions the open model lacks (by id); a path or junction "
    "it already has takes the study's weight and sd; its own constructs stay as they are."
)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _weight(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}".replace("-", "−")


class StudyImportDialog(QDialog):
    """Shows an :class:`ImportResult` (``imported``); ``choice`` is ``"replace"``,
    ``"merge"`` or None (Cancel)."""

    def __init__(
        self, result: ImportResult, source: str, parent: QWidget | None = None, fcm: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("study_import_dialog")
        self.setWindowTitle(f"Import {Path(source).name}")
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
        self.tabs.addTab(self.tables["constructs"], f"Constructs ({len(self.labels)})")
        self.tabs.addTab(self.tables["paths"], f"Paths ({len(result.document.paths)})")
        self.tabs.addTab(self.tables["junctions"], f"Junctions ({len(result.document.junctions)})")
        self.tabs.addTab(self.tables["defined"], f"Defined effects ({len(result.defined)})")
        self.warnings = QListWidget()
        self.warnings.addItems([str(note) for note in result.warnings] or ["No warnings."])
        self.warnings.setWordWrap(True)
        self.tabs.addTab(self.warnings, f"Warnings ({len(result.warnings)})")
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self._buttons())
        self.resize(820, 560)

    # ------------------------------------------------------------------ content
    def _summary_text(self, source: str) -> str:
        document = self.imported.document
        counts = ", ".join(
            _count(len(items), name)
            for items, name in (
                (document.constructs, "construct"),
                (document.paths, "path"),
                (document.junctions, "synergy junction"),
            )
        )
        lines = [f"{document.meta.title}  ({Path(source).name}): {counts}."]
        if self.imported.warnings:
            lines.append(
                f"{_count(len(self.imported.warnings), 'warning')}: see the Warnings tab "
                "before you go on."
            )
        lines.append("Nothing changes until you choose Replace or Merge; either can be undone.")
        return "\n".join(lines)

    def _constructs_table(self) -> QTableWidget:
        rows = [
            [c.label, c.role, c.id, ", ".join(self.imported.items.get(c.id, []))]
            for c in self.imported.document.constructs
        ]
        return _table(["Construct", "Role", "Id", "Items"], rows)

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
        return _table(["Path", "Weight", "SD", "Label"], rows, numeric=(1, 2))

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
        return _table(["Members", "Target", "Weight", "SD"], rows, numeric=(2, 3))

    def _defined_table(self) -> QTableWidget:
        rows = [[d.name, d.expression, str(d.line)] for d in self.imported.defined]
        return _table(["Name", "Expression (:=)", "Line"], rows, numeric=(2,))

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox()
        self.replace_button = QPushButton("&Replace the Open Model")
        self.replace_button.setToolTip("The study's model takes the place of the open one")
        self.merge_button = QPushButton("&Merge into It")
        self.merge_button.setToolTip(MERGE_TIP)
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
