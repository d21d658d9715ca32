"""New, Open, Open Preset, Save, Save As, recent files, the title and the unsaved-changes prompt;
File ▸ Import and Export As through :class:`StudyFiles`; drops of model and study files.

Opening replaces the data of the one document in place (``document.replace_with``), so every
panel, the scene and the simulation controller keep their document and follow its ``reset``
event. A file that cannot be opened leaves the document exactly as it was. A dropped study
file (``.lav``, ``.csv``, ``.graphml``, …) opens the import preview instead.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QObject,
    QSettings,
    QStandardPaths,
    QTimer,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from synergy_gui.model import DocumentFileError, ModelDocument, ModelError
from synergy_gui.model.fileformat import (
    load_document,
    load_document_with_warnings,
    save_document,
)
from synergy_gui.model.presets import DEFAULT_PRESET, list_presets, load_preset
from synergy_gui.ui import messages
from synergy_gui.ui.actions import ActionRegistry, menu_text
from synergy_gui.ui.i18n import translate
from synergy_gui.ui.numbers import count_text
from synergy_gui.ui.plain import plain_tip
from synergy_gui.ui.study_files import EXPORTS, StudyFiles, is_study_file

APP_TITLE = "Synergy Explorer"
UNTITLED = QT_TRANSLATE_NOOP("DocumentController", "Untitled")
FILE_SUFFIX = ".synergy.json"
FILE_FILTER = QT_TRANSLATE_NOOP(
    "DocumentController",
    "Synergy Explorer models (*.synergy.json);;JSON files (*.json);;All files (*)",
)
RECENT_KEY = "documents/recent"
LAST_DIR_KEY = "documents/last_folder"
MAX_RECENT = 8


def is_model_file(path: str | os.PathLike[str]) -> bool:
    """Whether a dropped or chosen file looks like a model file (by its name)."""
    return str(path).lower().endswith(".json")


class DocumentController(QObject):
    """Keeps the window's one document in step with files on disk."""

    #: The document's data was replaced (New, Open, Open Preset); views may reset their state.
    documentReplaced = Signal()  # noqa: N815  # Qt signal names are camelCase
    #: A file was opened or saved; recent files changed.
    recentChanged = Signal()  # noqa: N815

    def __init__(
        self, window: QMainWindow, document: ModelDocument, undo_stack: QUndoStack
    ) -> None:
        super().__init__(window)
        self._window = window
        self.document = document
        self.undo_stack = undo_stack
        self.path: Path | None = None
        self.display_name = translate("DocumentController", UNTITLED)
        #: Runs an opening once the window has finished what is under way (an in-place edit).
        self.run_when_idle: Callable[..., None] = lambda function, *args: function(*args)
        undo_stack.cleanChanged.connect(self._on_stack_clean_changed)
        self._update_title()
        #: File ▸ Import and Export As (study models, tables, the PDF report).
        self.study = StudyFiles(self)

    @property
    def window(self) -> QMainWindow:
        return self._window

    # ------------------------------------------------------------- import, export
    def import_study(self, path: str | os.PathLike[str] | None = None) -> bool:
        """Import a study model (asking for the file if none is given) through the preview."""
        return self.study.import_study(path)

    def export_text(self, target: str) -> Path | None:
        """Ask for a file and write the model as ``target``: lavaan, lavaan_free,
        hypotheses, graphml or fcm."""
        return self.study.export_text(target)

    def connect_study_actions(self, actions: ActionRegistry, view) -> None:
        """Wire File ▸ Import and File ▸ Export As (``view``: the window's ViewState, whose
        scenario and plotted constructs the PDF report shows)."""
        actions.on("file.import_study", lambda: self.run_when_idle(self.import_study))
        actions.on("file.estimate_survey", self.study.estimate_dialog)
        for target in EXPORTS:
            actions.on(f"file.export_{target}", lambda _=False, t=target: self.export_text(t))
        actions.on(
            "file.export_report",
            lambda: self.study.export_report(view.scenario, list(view.focus)),
        )

    # ------------------------------------------------------------------ opening
    def new(self) -> bool:
        """Replace the document with an empty model (after asking about unsaved changes)."""
        if not self.confirm_discard():
            return False
        self._adopt(ModelDocument(), None, translate("DocumentController", UNTITLED))
        return True

    def open_dialog(self) -> bool:
        """Ask for a model file and open it."""
        chosen, _ = QFileDialog.getOpenFileName(
            self._window,
            translate("DocumentController", "Open model"),
            self.start_folder(),
            translate("DocumentController", FILE_FILTER),
        )
        return bool(chosen) and self.open_path(chosen)

    def open_path(self, path: str | os.PathLike[str], confirm: bool = True) -> bool:
        """Open a model file; on failure say why and keep the open document exactly as it was."""
        path = Path(path)
        try:
            loaded, warnings = load_document_with_warnings(path)
            refuse_if_too_big_for_the_window(loaded)
        except (DocumentFileError, OSError, ModelError, UnicodeError, ValueError) as error:
            messages.show_open_error(self._window, path, error, nothing_open=not confirm)
            self._forget_recent(path)
            return False
        if confirm and not self.confirm_discard():
            return False
        self._adopt(loaded, path, path.name)
        self._remember_recent(path)
        if warnings:
            lines = messages.problem_lines(warnings)
            self._window.statusBar().showMessage(
                translate("DocumentController", "Opened with a warning: {problem}").format(
                    problem=lines[0]
                ),
                15000,
            )
        return True

    def open_preset(self, name: str, confirm: bool = True) -> bool:
        """Open a shipped preset; saving it afterwards asks for a new file name."""
        try:
            loaded = load_preset(name)
        except (DocumentFileError, OSError, ModelError, ValueError) as error:
            messages.show_open_error(self._window, f"{name}{FILE_SUFFIX}", error)
            return False
        if confirm and not self.confirm_discard():
            return False
        self._adopt(loaded, None, loaded.meta.title.strip() or name)
        return True

    def open_recovered(self, copy: Path, original: Path | None, name: str) -> bool:
        """Open a recovery copy as the unsaved work on ``original`` (saving writes there)."""
        try:
            loaded = load_document(copy)
        except (DocumentFileError, OSError, ModelError, UnicodeError, ValueError) as error:
            messages.show_open_error(self._window, copy, error)
            return False
        self._adopt(loaded, original, name)
        self.undo_stack.resetClean()  # unsaved: the title shows it and closing asks
        return True

    def open_default(self) -> bool:
        """Open the default preset without asking (start-up)."""
        return self.open_preset(DEFAULT_PRESET, confirm=False)

    # ------------------------------------------------------------------- saving
    def save(self) -> bool:
        """Save to the current file, or ask for one when there is none."""
        if self.path is None:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        """Ask for a file name and save there."""
        suggested = Path(self.start_folder()) / (self.path.name if self.path else _file_name(self))
        chosen, _ = QFileDialog.getSaveFileName(
            self._window,
            translate("DocumentController", "Save model as"),
            str(suggested),
            translate("DocumentController", FILE_FILTER),
        )
        if not chosen:
            return False
        if not is_model_file(chosen):
            chosen += FILE_SUFFIX
        return self.save_to(chosen)

    def save_to(self, path: str | os.PathLike[str]) -> bool:
        """Write the document to ``path`` atomically; on failure say why and change nothing."""
        path = Path(path)
        try:
            save_document(self.document, path)
        except (OSError, DocumentFileError, ValueError) as error:
            messages.show_save_error(self._window, path, error)
            return False
        self.path, self.display_name = path, path.name
        self.undo_stack.setClean()
        self._remember_recent(path)
        self._update_title()
        return True

    def export_figure(self, plot, scenario: str | None = None) -> Path | None:
        """Ask for an image file and save the plot there for slides (PNG, SVG or PDF),
        titled with the model's title and the ``scenario`` shown."""
        from synergy_gui.ui.panels import plot_export  # matplotlib: loaded with the plots

        caption = translate("DocumentController", "Export figure")
        path = self._ask_image_path(caption, "", plot_export.file_filter())
        if path is None:
            return None
        title = self.document.meta.title + (f" — {scenario}" if scenario else "")
        return self._write_image(path, lambda: plot_export.export_figure(plot, path, title))

    def export_diagram(self, scene, scenario: str | None = None) -> Path | None:
        """Ask for an image file and save the whole diagram there for slides, titled."""
        from synergy_gui.ui.graph.export import export_diagram
        from synergy_gui.ui.panels.plot_export import file_filter

        caption = translate("DocumentController", "Export diagram")
        path = self._ask_image_path(caption, "-diagram", file_filter())
        if path is None:
            return None
        subtitle = (
            translate("DocumentController", "Scenario: {name}").format(name=scenario)
            if scenario
            else ""
        )
        title = self.document.meta.title
        return self._write_image(path, lambda: export_diagram(scene, path, title, subtitle))

    def _ask_image_path(self, caption: str, suffix: str, filters: str) -> Path | None:
        from synergy_gui.ui.panels.plot_export import with_suffix

        name = f"{slug(self.document.meta.title)}{suffix}.png"
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self._window, caption, str(Path(self.start_folder()) / name), filters
        )
        return with_suffix(chosen, chosen_filter) if chosen else None

    def _write_image(self, path: Path, write: Callable[[], Path]) -> Path | None:
        try:
            written = write()
        except (OSError, ValueError) as error:
            messages.show_save_error(self._window, path, error)
            return None
        self._window.statusBar().showMessage(
            translate("DocumentController", "Figure saved as {name}").format(name=written.name),
            8000,
        )
        return written

    def export_comparison(self, comparison) -> Path | None:
        """Ask for a CSV file and save the comparison table there (for a spreadsheet)."""
        from synergy_gui.io.comparison_table import write_comparison_csv

        if comparison is None:
            self._window.statusBar().showMessage(
                translate("DocumentController", "Tick two or more scenarios to compare."), 8000
            )
            return None
        name = f"{slug(self.document.meta.title)}-comparison.csv"
        chosen, _filter = QFileDialog.getSaveFileName(
            self._window,
            translate("DocumentController", "Export comparison table"),
            str(Path(self.start_folder()) / name),
            translate("DocumentController", "CSV table (*.csv)"),
        )
        if not chosen:
            return None
        path = Path(chosen) if Path(chosen).suffix.lower() == ".csv" else Path(chosen + ".csv")
        labels = {c.id: c.label for c in self.document.constructs}
        try:
            write_comparison_csv(comparison, labels, path)
        except OSError as error:
            messages.show_save_error(self._window, path, error)
            return None
        self._window.statusBar().showMessage(
            translate("DocumentController", "Comparison saved as {name}").format(name=path.name),
            8000,
        )
        return path

    def confirm_discard(self) -> bool:
        """True when unsaved changes may go: none, saved now, or the user discards them."""
        if self.undo_stack.isClean():
            return True
        answer = messages.ask_save_changes(self._window, self.display_name)
        if answer == "save":
            return self.save()
        return answer == "discard"

    # ------------------------------------------------------------------- recent
    def recent_files(self) -> list[str]:
        value = QSettings().value(RECENT_KEY, [])
        if isinstance(value, str):  # QSettings gives a lone entry back as a string
            value = [value]
        return [str(v) for v in value or []]

    def clear_recent(self) -> None:
        QSettings().setValue(RECENT_KEY, [])
        self.recentChanged.emit()

    def add_recent_menu(self, menu: QMenu) -> None:
        """An Open Recent submenu, filled afresh each time it opens."""
        recent = menu.addMenu(translate("DocumentController", "Open &Recent"))
        recent.aboutToShow.connect(lambda: self.fill_recent_menu(recent))
        self.fill_recent_menu(recent)

    def add_preset_menu(self, menu: QMenu) -> None:
        """An Open Preset submenu with the shipped models."""
        presets = menu.addMenu(translate("DocumentController", "Open &Preset"))
        presets.aboutToShow.connect(lambda: self.fill_preset_menu(presets))
        self.fill_preset_menu(presets)

    def fill_recent_menu(self, menu: QMenu) -> None:
        """(Re)build the Open Recent submenu from the settings."""
        menu.clear()
        recent = self.recent_files()
        for number, name in enumerate(recent, start=1):
            action = menu.addAction(f"&{number} {menu_text(Path(name).name)}")
            action.setStatusTip(name)
            action.setToolTip(plain_tip(name))
            action.triggered.connect(lambda _=False, n=name: self.run_when_idle(self.open_path, n))
        if recent:
            menu.addSeparator()
        clear = menu.addAction(translate("DocumentController", "Clear List"))
        clear.setEnabled(bool(recent))
        clear.triggered.connect(self.clear_recent)

    def fill_preset_menu(self, menu: QMenu) -> None:
        """One entry per shipped preset, titled as the preset calls itself."""
        menu.clear()
        for info in list_presets():
            action = menu.addAction(menu_text(info.title))
            action.setStatusTip(_first_sentence(info.description))
            action.triggered.connect(
                lambda _=False, n=info.name: self.run_when_idle(self.open_preset, n)
            )
        menu.setEnabled(not menu.isEmpty())

    def _remember_recent(self, path: Path) -> None:
        text = str(path.resolve())
        recent = [text] + [r for r in self.recent_files() if r != text]
        settings = QSettings()
        settings.setValue(RECENT_KEY, recent[:MAX_RECENT])
        settings.setValue(LAST_DIR_KEY, str(path.resolve().parent))
        self.recentChanged.emit()

    def _forget_recent(self, path: Path) -> None:
        text = str(path.resolve())
        if not path.exists() and text in self.recent_files():
            QSettings().setValue(RECENT_KEY, [r for r in self.recent_files() if r != text])
            self.recentChanged.emit()

    def start_folder(self) -> str:
        """Where file dialogs start: the last folder used, else the documents folder."""
        saved = QSettings().value(LAST_DIR_KEY, "")
        if saved and Path(str(saved)).is_dir():
            return str(saved)
        location = QStandardPaths.StandardLocation.DocumentsLocation
        return QStandardPaths.writableLocation(location) or str(Path.home())

    # -------------------------------------------------------------------- state
    def _adopt(self, loaded: ModelDocument, path: Path | None, name: str) -> None:
        self.document.replace_with(loaded)
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.path, self.display_name = path, name
        self._update_title()
        self.documentReplaced.emit()

    def _on_stack_clean_changed(self, clean: bool) -> None:
        if shiboken6.isValid(self._window):  # the stack clears itself while the window dies
            self._window.setWindowModified(not clean)

    def _update_title(self) -> None:
        self._window.setWindowTitle(f"{self.display_name}[*] — {APP_TITLE}")
        self._window.setWindowModified(not self.undo_stack.isClean())


#: Constructs up to which the window opens a model. Measured on 2 busy cores (load 2): 1,000
#: constructs and 2,237 paths take 3.6 s to the window and 4.5 s to the first plot in 330 MB;
#: 2,000 take 10 s and 560 MB, 4,999 half a minute and 1.6 GB. The command line (validate,
#: simulate, compare) takes files up to the format's own limit of 5,000.
WINDOW_MAX_CONSTRUCTS = 1000


def refuse_if_too_big_for_the_window(document: ModelDocument) -> None:
    count = len(document.constructs)
    if count > WINDOW_MAX_CONSTRUCTS:
        raise ModelError(
            translate(
                "DocumentController",
                "it has {count} constructs, and the window shows models of up to {most} (a "
                "bigger diagram takes minutes to build and gigabytes to hold). The command line "
                "works with it: synergy-explorer validate, simulate and compare",
            ).format(count=count_text(count), most=count_text(WINDOW_MAX_CONSTRUCTS))
        )


def _first_sentence(text: str) -> str:
    head = text.strip().split(". ")[0]
    return head if head.endswith(".") else f"{head}." if head else ""


def slug(title: str, longest: int = 40) -> str:
    """A clean file name stem from a title: its head (before ":" or a dash), lower case,
    words joined by "-" ("Synergistic Influence: a …" -> "synergistic-influence")."""
    head = re.split(r"\s*(?::|—|–|\s-\s|\()", title.strip(), maxsplit=1)[0]
    words = re.findall(r"[^\W_]+", unicodedata.normalize("NFKD", head).lower())
    words = ["".join(ch for ch in word if not unicodedata.combining(ch)) for word in words]
    stem = ""
    for word in words:
        if stem and len(stem) + 1 + len(word) > longest:
            break
        stem = f"{stem}-{word}" if stem else word[:longest]
    return stem or UNTITLED.lower()


def _file_name(controller: DocumentController) -> str:
    return f"{slug(controller.document.meta.title)}{FILE_SUFFIX}"


def dropped_model_file(event: QDragEnterEvent | QDropEvent) -> str | None:
    """The first local model or study file carried by a drag, if any."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        name = url.toLocalFile()
        if url.isLocalFile() and (is_model_file(name) or is_study_file(name)):
            return name
    return None


def accept_model_drag(event: QDragEnterEvent) -> None:
    """Accept a drag that carries a model file (so the cursor shows it can be dropped)."""
    if dropped_model_file(event) is not None:
        event.acceptProposedAction()
    else:
        event.ignore()


def open_dropped(controller: DocumentController, event: QDropEvent) -> None:
    """Open the model file of a drop, once the drop itself has finished."""
    path = dropped_model_file(event)
    if path is None:
        event.ignore()
        return
    event.acceptProposedAction()
    # a message box must not run inside the drop: the drag source would wait for it
    handle = controller.import_study if is_study_file(path) else controller.open_path
    QTimer.singleShot(0, lambda: controller.run_when_idle(handle, path))


class FileDropFilter(QObject):
    """Opens a model file (or imports a study file) dropped on a watched widget (the window
    and the diagram's viewport, where the graphics scene would otherwise take the drag)."""

    def __init__(self, controller: DocumentController) -> None:
        super().__init__(controller)
        self._controller = controller
        #: False while a drop must not replace the model (presentation mode).
        self.enabled = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.enabled:
            return False
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if dropped_model_file(event) is not None:
                accept_model_drag(event)
                return True
        elif kind == QEvent.Type.Drop and dropped_model_file(event) is not None:
            open_dropped(self._controller, event)
            return True
        return False
