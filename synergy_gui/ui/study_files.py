"""File ▸ Import and File ▸ Export As: study models in and out of the window.

An import reads the file (lavaan/semopy syntax, a coefficient table, a SmartPLS or FCM matrix,
GraphML) through ``io.study_import``, shows the preview, and applies the choice as ONE undo
step (:class:`ReplaceDocumentCommand`); a refused file is reported with its place
(``FILE:LINE:COL: reason``) and the open model is left as it was. The import is an edit of the
open model, like any other: the window keeps its file name, shows unsaved changes, and Undo
gives the earlier model back. Exports write text (or the PDF report) atomically; a failed
write is said in words and leaves the earlier file on disk.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFileDialog, QMainWindow

from synergy_gui.model import ModelDocument, ModelError
from synergy_gui.ui import messages
from synergy_gui.ui.commands import push
from synergy_gui.ui.document_commands import ReplaceDocumentCommand
from synergy_gui.ui.i18n import message_text, translate
from synergy_gui.ui.study_import_dialog import MERGE, REPLACE, StudyImportDialog

if TYPE_CHECKING:
    from synergy_gui.io.lavaan import ImportResult
    from synergy_gui.ui.document_controller import DocumentController

#: Suffixes a dropped file is imported by (not opened as a model file).
STUDY_SUFFIXES = (".lav", ".lavaan", ".csv", ".graphml", ".xml")
STUDY_FILTER = QT_TRANSLATE_NOOP(
    "StudyFiles",
    "Study models (*.lav *.lavaan *.csv *.graphml *.xml);;"
    "lavaan or semopy syntax (*.lav *.lavaan);;"
    "Coefficient table, SmartPLS or FCM matrix (*.csv);;"
    "GraphML (*.graphml *.xml);;All files (*)",
)


def is_study_file(path: str | os.PathLike[str]) -> bool:
    """Whether a dropped file is a study model to import (by its name)."""
    name = str(path).lower()
    return not name.endswith(".json") and name.endswith(STUDY_SUFFIXES)


@dataclass(frozen=True)
class ExportTarget:
    """One entry of File ▸ Export As: the dialog's caption, file-name ending and filters."""

    caption: str
    ending: str  # appended to the title's slug: "-model.lav"
    filters: str
    write: Callable[[ModelDocument, Path], list[str]]  # returns notes for the status bar


def _text_writer(make: Callable[[ModelDocument, Path], tuple[str, list[str]]]):
    def write(document: ModelDocument, path: Path) -> list[str]:
        from synergy_gui.io.atomic import write_text_atomically

        text, notes = make(document, path)
        write_text_atomically(path, text)
        return notes

    return write


def _lavaan(free: bool):
    def make(document: ModelDocument, _path: Path) -> tuple[str, list[str]]:
        from synergy_gui.io.lavaan import write_lavaan

        return write_lavaan(document, free=free), []

    return make


def _hypotheses(document: ModelDocument, path: Path) -> tuple[str, list[str]]:
    from synergy_gui.io.hypotheses import hypotheses_text

    forms = {".md": "markdown", ".csv": "csv", ".tex": "latex"}
    return hypotheses_text(document, forms.get(path.suffix.lower(), "markdown")), []


def _graphml(document: ModelDocument, _path: Path) -> tuple[str, list[str]]:
    from synergy_gui.io.graphml import graphml_text

    return graphml_text(document), []


def _fcm(document: ModelDocument, _path: Path) -> tuple[str, list[str]]:
    from synergy_gui.io.fcm_matrix import fcm_matrix_text

    return fcm_matrix_text(document)


EXPORTS: dict[str, ExportTarget] = {
    "lavaan": ExportTarget(
        QT_TRANSLATE_NOOP("StudyFiles", "Export lavaan syntax (fixed weights)"),
        "-model.lav",
        QT_TRANSLATE_NOOP("StudyFiles", "lavaan syntax (*.lav *.lavaan)"),
        _text_writer(_lavaan(False)),
    ),
    "lavaan_free": ExportTarget(
        QT_TRANSLATE_NOOP("StudyFiles", "Export lavaan syntax (free, labelled)"),
        "-free.lav",
        QT_TRANSLATE_NOOP("StudyFiles", "lavaan syntax (*.lav *.lavaan)"),
        _text_writer(_lavaan(True)),
    ),
    "hypotheses": ExportTarget(
        QT_TRANSLATE_NOOP("StudyFiles", "Export hypotheses table"),
        "-hypotheses.md",
        QT_TRANSLATE_NOOP(
            "StudyFiles", "Markdown table (*.md);;CSV table (*.csv);;LaTeX table (*.tex)"
        ),
        _text_writer(_hypotheses),
    ),
    "graphml": ExportTarget(
        QT_TRANSLATE_NOOP("StudyFiles", "Export GraphML"),
        ".graphml",
        QT_TRANSLATE_NOOP("StudyFiles", "GraphML for yEd and Gephi (*.graphml)"),
        _text_writer(_graphml),
    ),
    "fcm": ExportTarget(
        QT_TRANSLATE_NOOP("StudyFiles", "Export FCM matrix"),
        "-fcm.csv",
        QT_TRANSLATE_NOOP("StudyFiles", "FCM matrix, source rows (*.csv)"),
        _text_writer(_fcm),
    ),
}


def _suffixes(filters: str) -> list[str]:
    return [suffix.lower() for suffix in re.findall(r"\*(\.\w+)", filters)]


def chosen_with_suffix(chosen: str, chosen_filter: str, filters: str) -> Path:
    """``chosen`` with a suffix the filters allow: its own, else the chosen filter's first."""
    path = Path(chosen)
    if path.suffix.lower() in _suffixes(filters):
        return path
    first = (_suffixes(chosen_filter) or _suffixes(filters))[0]
    return path.with_name(path.name + first)


class StudyFiles:
    """Import, export and estimation for one document controller (its window and stack)."""

    def __init__(self, controller: DocumentController) -> None:
        self._controller = controller
        #: The preview's class; a test may put a stand-in here.
        self.preview = StudyImportDialog
        self._estimates = None  # the estimate dialog, once opened

    @property
    def _window(self) -> QMainWindow:
        return self._controller.window

    @property
    def document(self) -> ModelDocument:
        return self._controller.document

    # ------------------------------------------------------------------ importing
    def import_study(self, path: str | os.PathLike[str] | None = None) -> bool:
        """Read a study model (asking for the file when none is given), preview it, and
        replace or merge as the user chooses; True when the model changed."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self._window,
                translate("StudyFiles", "Import study model"),
                self._controller.start_folder(),
                translate("StudyFiles", STUDY_FILTER),
            )
            if not chosen:
                return False
            path = chosen
        result = self.read(path)
        if result is None:
            return False
        dialog = self.preview(result, str(path), self._window, fcm=result.form == "fcm")
        dialog.exec()
        if dialog.choice is None:
            return False
        return self.apply(result.document, dialog.choice, Path(path).name)

    def read(self, path: str | os.PathLike[str]) -> ImportResult | None:
        """The import of ``path``, or None after saying why it was refused."""
        from synergy_gui.io.study_import import import_source
        from synergy_gui.ui.document_controller import refuse_if_too_big_for_the_window

        try:
            result = import_source(path)
            refuse_if_too_big_for_the_window(result.document)
        except (OSError, ModelError, UnicodeError, ValueError) as error:  # ImportProblem too
            messages.show_open_error(self._window, path, error)
            return None
        return result

    def apply(self, imported: ModelDocument, choice: str, name: str) -> bool:
        """Replace the open model with ``imported`` or merge it in, as one undo step."""
        if choice == MERGE:
            from synergy_gui.io.study_merge import merge_documents

            outcome = merge_documents(self.document, imported)
            text = translate("StudyFiles", "Merge {name}").format(name=name)
            command = ReplaceDocumentCommand(self.document, outcome.document, text)
            said = translate("StudyFiles", "Merged {name}: {summary}.").format(
                name=name, summary=message_text(outcome.summary())
            )
        elif choice == REPLACE:
            text = translate("StudyFiles", "Import {name}").format(name=name)
            command = ReplaceDocumentCommand(self.document, imported, text)
            said = translate("StudyFiles", "Imported {name}: {c} constructs, {p} paths.").format(
                name=name, c=len(imported.constructs), p=len(imported.paths)
            )
        else:
            raise ValueError(f"unknown import choice {choice!r}")
        refused = push(self._controller.undo_stack, command)
        if refused is not None:
            not_imported = translate("StudyFiles", "Not imported: {why}").format(why=refused)
            self._window.statusBar().showMessage(not_imported, 15000)
            return False
        self._controller.documentReplaced.emit()
        undo = translate("StudyFiles", "Edit ▸ Undo gives the earlier model.")
        self._window.statusBar().showMessage(f"{said} {undo}", 15000)
        return True

    # ------------------------------------------------------------------ exporting
    def export_text(self, target: str) -> Path | None:
        """Ask for a file and write the model there as ``target`` (a key of EXPORTS)."""
        spec = EXPORTS[target]
        path = self._ask_path(spec.caption, spec.ending, spec.filters)
        if path is None:
            return None
        return self._write(path, lambda: spec.write(self.document, path))

    def export_report(self, scenario: str | None, plotted: Sequence[str]) -> Path | None:
        """Ask for a PDF file and write the one-page report of ``scenario`` there."""
        path = self._ask_path(
            QT_TRANSLATE_NOOP("StudyFiles", "Export PDF report"),
            "-report.pdf",
            QT_TRANSLATE_NOOP("StudyFiles", "PDF report (*.pdf)"),
        )
        if path is None:
            return None

        def write() -> list[str]:
            from synergy_gui.io.report import write_report

            write_report(path, self.document, scenario, plotted)
            return []

        return self._write(path, write)

    def _ask_path(self, caption: str, ending: str, filters: str) -> Path | None:
        from synergy_gui.ui.document_controller import slug

        caption, filters = translate("StudyFiles", caption), translate("StudyFiles", filters)
        suggested = (
            Path(self._controller.start_folder()) / f"{slug(self.document.meta.title)}{ending}"
        )
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self._window, caption, str(suggested), filters
        )
        return chosen_with_suffix(chosen, chosen_filter, filters) if chosen else None

    def _write(self, path: Path, write: Callable[[], list[str]]) -> Path | None:
        try:
            notes = write()
        except (OSError, ValueError) as error:
            messages.show_save_error(self._window, path, error)
            return None
        said = translate("StudyFiles", "Saved {name}").format(name=path.name)
        said += f" ({message_text(notes[0])})" if notes else ""
        self._window.statusBar().showMessage(said, 10000)
        return path

    # ------------------------------------------------------------------ estimating
    def estimate_dialog(self):
        """Open the estimate-from-survey dialog (not modal: the window stays usable)."""
        from synergy_gui.ui.estimate_dialog import EstimateDialog

        if self._estimates is None:
            self._estimates = EstimateDialog(self, self._controller.start_folder(), self._window)
        self._estimates.show()
        self._estimates.raise_()
        return self._estimates

    def shutdown(self) -> None:
        """Stop a running estimation and wait for its thread (the window is closing)."""
        if self._estimates is not None:
            self._estimates.stop(wait=True)
