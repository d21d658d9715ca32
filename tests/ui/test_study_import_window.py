"""File ▸ Import and File ▸ Export As in the window: the preview lists what a study file holds,
Replace and Merge are one undo step each, a bad file is refused with its place and changes
nothing, a dropped .lav opens the preview, and every export writes a file that reads back."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from pdf_checks import pdf_pages, pdf_text
from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog
from undo_checks import round_trip

from synergy_gui.io.graphml import parse_graphml
from synergy_gui.io.lavaan import parse_lavaan
from synergy_gui.io.study_import import import_source
from synergy_gui.ui.actions import SUBMENUS
from synergy_gui.ui.document_commands import ReplaceDocumentCommand
from synergy_gui.ui.main_window import MainWindow
from synergy_gui.ui.study_import_dialog import MERGE, REPLACE, StudyImportDialog

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
STUDY = """\
#@ construct trust label="Digital trust"
trust =~ tru1 + tru2 + tru3
trust ~ 0.4*interactivity + 0.3*personalization + 0.2*interactivity:personalization
loyalty ~ 0.5*trust
ind := 0.4*0.5
interactivity ~~ personalization
"""


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[StudyImportDialog]:
    """Each preview shown; it answers with ``previews.answer`` (None: Cancel)."""
    shown: list[StudyImportDialog] = []

    class Answers(list):
        answer: str | None = None

    shown = Answers()

    def answer(dialog: StudyImportDialog) -> int:
        shown.append(dialog)
        if shown.answer is None:
            dialog.reject()
        else:
            dialog.choose(shown.answer)
        return int(dialog.result())

    monkeypatch.setattr(StudyImportDialog, "exec", answer)
    return shown


@pytest.fixture
def study(tmp_path: Path) -> Path:
    path = tmp_path / "trust_study.lav"
    path.write_text(STUDY, encoding="utf-8")
    return path


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path, save: bool = False) -> None:
    name = "getSaveFileName" if save else "getOpenFileName"
    monkeypatch.setattr(QFileDialog, name, lambda *_a, **_k: (str(path), ""))


# ------------------------------------------------------------------------------- menus
def test_the_file_menu_has_import_and_export_as_submenus_with_every_entry(window: MainWindow):
    file_menu = window.menus["File"]
    submenus = {a.menu().title(): a.menu() for a in file_menu.actions() if a.menu()}
    for title, keys in SUBMENUS.values():
        menu = submenus[title]
        shown = [a for a in menu.actions() if not a.isSeparator()]
        assert shown == [window.actions[key] for key in keys if key != "-"]
    assert window.actions["file.import_study"].shortcut().toString() == "Ctrl+I"
    assert "&Import" in submenus and "E&xport As" in submenus


# ------------------------------------------------------------------------------ preview
def test_the_preview_lists_what_the_file_holds_and_cancel_changes_nothing(
    window: MainWindow, previews, study: Path, monkeypatch
):
    before = window.document.clone()
    _choose_file(monkeypatch, study)
    window.actions["file.import_study"].trigger()
    assert len(previews) == 1
    dialog = previews[0]
    constructs = dialog.rows("constructs")
    assert constructs[0] == ["Digital trust", "organism", "trust", "tru1, tru2, tru3"]
    assert ["Interactivity", "stimulus", "interactivity", ""] in constructs
    assert ["Loyalty", "response", "loyalty", ""] in constructs
    assert dialog.rows("paths") == [
        ["Interactivity → Digital trust", "0.400", "", ""],
        ["Personalization → Digital trust", "0.300", "", ""],
        ["Digital trust → Loyalty", "0.500", "", ""],
    ]
    assert dialog.rows("junctions") == [
        ["Interactivity × Personalization", "Digital trust", "0.200", ""]
    ]
    assert dialog.rows("defined") == [["ind", "0.4 * 0.5", "5"]]
    warnings = [dialog.warnings.item(k).text() for k in range(dialog.warnings.count())]
    assert warnings == [f"{study}:6:1: a variance or covariance (~~) is left out"]
    assert dialog.tabs.tabText(4) == "Warnings (1)"
    assert window.document == before
    assert window.undo_stack.count() == 0


def test_a_coefficient_table_shows_each_paths_sd(window: MainWindow, previews, tmp_path: Path):
    window.documents.import_study(EXAMPLES / "sor_coefficients.csv")
    expected = import_source(EXAMPLES / "sor_coefficients.csv").document
    rows = previews[0].rows("paths")
    assert len(rows) == len(expected.paths)
    for row, path in zip(rows, expected.paths, strict=True):
        assert row[1:3] == [f"{path.weight:.3f}", f"{path.sd:.3f}"]


# ------------------------------------------------------------------------ replace, merge
def test_replace_is_one_undo_step_that_gives_the_earlier_model_back(
    window: MainWindow, previews, study: Path
):
    before = window.document.clone()
    previews.answer = REPLACE
    assert window.documents.import_study(study)
    imported = import_source(study).document
    assert window.document == imported
    assert window.undo_stack.count() == 1
    assert window.isWindowModified()
    assert window.scene.item_for("trust") is not None  # the diagram follows
    window.actions["edit.undo"].trigger()
    assert window.document == before
    window.actions["edit.redo"].trigger()
    assert window.document == imported


def test_the_replace_command_round_trips(window: MainWindow, study: Path, tmp_path: Path):
    imported = import_source(study).document
    command = ReplaceDocumentCommand(window.document, imported, "Import")
    after = round_trip(window.undo_stack, window.document, command, saved_in=tmp_path)
    assert after == imported


def test_merge_is_one_undo_step(window: MainWindow, previews, tmp_path: Path):
    source = tmp_path / "update.lav"
    source.write_text("loyalty ~ 0.61*digital_trust + 0.2*newsletter\n", encoding="utf-8")
    before = window.document.clone()
    previews.answer = MERGE
    assert window.documents.import_study(source)
    merged = window.document
    assert merged.find_path("digital_trust", "loyalty").weight == 0.61
    assert merged.has_construct("newsletter")
    assert len(merged.constructs) == len(before.constructs) + 1
    assert window.undo_stack.count() == 1
    assert "Merged update.lav: 2 added, 1 weights updated" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    assert window.document == before


# ---------------------------------------------------------------------------- bad files
@pytest.mark.parametrize(
    ("name", "content", "place"),
    [
        ("broken.lav", "trust ~ 0.4*interactivity\nloyalty ~~~ trust\n", "broken.lav:2:"),
        ("empty.csv", "  \n", "empty.csv: is empty"),
        ("binary.graphml", "<graphml>\x00</graphml>", "binary.graphml:1:10:"),
    ],
)
def test_a_bad_file_is_refused_with_its_place_and_the_model_is_untouched(
    window: MainWindow, previews, boxes, tmp_path: Path, name: str, content: str, place: str
):
    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    before = window.document.clone()
    assert not window.documents.import_study(source)
    assert previews == []
    assert len(boxes) == 1
    headline, details = boxes[0]
    assert headline == f"The file “{name}” can't be opened."
    assert place in details
    assert window.document == before
    assert window.undo_stack.count() == 0


# --------------------------------------------------------------------------------- drops
def _drop(window: MainWindow, path: Path) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    where, copy = QPoint(50, 50), Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where, copy, mime, buttons, keys)
    QCoreApplication.sendEvent(window.view.viewport(), enter)
    drop = QDropEvent(QPointF(where), copy, mime, buttons, keys)
    QCoreApplication.sendEvent(window.view.viewport(), drop)
    return enter.isAccepted()


def test_a_dropped_lav_file_opens_the_preview(window: MainWindow, previews, study: Path, qtbot):
    before = window.document.clone()
    assert _drop(window, study)
    qtbot.waitUntil(lambda: len(previews) == 1)
    assert previews[0].rows("constructs")[0][0] == "Digital trust"
    assert window.document == before  # cancelled: nothing changed
    assert window.documents.path is None or window.documents.path.suffix == ".json"


def test_a_dropped_graphml_file_imports_on_replace(window: MainWindow, previews, qtbot, tmp_path):
    from synergy_gui.io.graphml import graphml_text
    from synergy_gui.model.presets import load_preset

    source = tmp_path / "journey.graphml"
    source.write_text(graphml_text(load_preset("kol_koc_journey")), encoding="utf-8")
    previews.answer = REPLACE
    assert _drop(window, source)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1)
    journey = load_preset("kol_koc_journey")
    assert [c.id for c in window.document.constructs] == [c.id for c in journey.constructs]


def test_a_dropped_text_file_neither_opens_nor_imports(
    window: MainWindow, previews, boxes, qtbot, tmp_path: Path
):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a model", encoding="utf-8")
    before = window.document.clone()
    _drop(window, notes)
    QCoreApplication.processEvents()  # a drop that were taken would act on this turn
    assert previews == [] and boxes == []
    assert window.document == before


# -------------------------------------------------------------------------------- exports
def test_export_lavaan_writes_syntax_that_imports_back_with_the_same_weights(
    window: MainWindow, monkeypatch, tmp_path: Path
):
    out = tmp_path / "model.lav"
    _choose_file(monkeypatch, out, save=True)
    window.actions["file.export_lavaan"].trigger()
    back = parse_lavaan(out.read_text(encoding="utf-8"), str(out)).document
    weights = {(p.source, p.target): p.weight for p in window.document.paths}
    assert {(p.source, p.target): p.weight for p in back.paths} == pytest.approx(weights)
    assert "Saved model.lav" in window.statusBar().currentMessage()


def test_export_lavaan_free_labels_every_coefficient(window, monkeypatch, tmp_path: Path):
    out = tmp_path / "free.lav"
    _choose_file(monkeypatch, out, save=True)
    window.actions["file.export_lavaan_free"].trigger()
    result = parse_lavaan(out.read_text(encoding="utf-8"), str(out))
    labelled = {item for ids in result.labels.values() for item in ids}
    assert len(labelled) == len(window.document.paths) + len(window.document.junctions)


@pytest.mark.parametrize(
    ("suffix", "marker"), [(".md", "| H1 |"), (".csv", "H1,"), (".tex", "\\begin{tabular")]
)
def test_export_hypotheses_by_the_suffix(window, monkeypatch, tmp_path, suffix, marker):
    out = tmp_path / f"hypotheses{suffix}"
    _choose_file(monkeypatch, out, save=True)
    window.actions["file.export_hypotheses"].trigger()
    text = out.read_text(encoding="utf-8")
    assert marker in text
    assert text.count("H") >= len(window.document.paths)


def test_export_hypotheses_without_a_suffix_takes_the_chosen_filters(
    window, monkeypatch, tmp_path: Path
):
    chosen = tmp_path / "table"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(chosen), "LaTeX table (*.tex)")
    )
    window.actions["file.export_hypotheses"].trigger()
    assert "\\begin{tabular" in (tmp_path / "table.tex").read_text(encoding="utf-8")


def test_export_graphml_reads_back(window: MainWindow, monkeypatch, tmp_path: Path):
    out = tmp_path / "diagram.graphml"
    _choose_file(monkeypatch, out, save=True)
    window.actions["file.export_graphml"].trigger()
    back = parse_graphml(out.read_text(encoding="utf-8"), str(out)).document
    assert [c.id for c in back.constructs] == [c.id for c in window.document.constructs]


def test_export_fcm_matrix_has_a_row_and_column_per_construct(window, monkeypatch, tmp_path):
    out = tmp_path / "matrix.csv"
    _choose_file(monkeypatch, out, save=True)
    window.actions["file.export_fcm"].trigger()
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    n = len(window.document.constructs)
    assert len(rows) == n + 1 and all(len(row) == n + 1 for row in rows)


def test_export_report_writes_a_one_page_pdf_of_the_shown_scenario(
    window: MainWindow, monkeypatch, tmp_path: Path
):
    scenario = window.document.scenarios[-1].name
    window.view_state.set_scenario(scenario)
    out = tmp_path / "report.pdf"
    _choose_file(monkeypatch, out, save=True)
    window.actions["file.export_report"].trigger()
    data = out.read_bytes()
    assert pdf_pages(data) == 1
    assert f"Scenario: {scenario}" in pdf_text(data)


def test_a_failed_export_is_said_in_words(window: MainWindow, boxes, monkeypatch, tmp_path):
    out = tmp_path / "no such folder" / "model.lav"
    _choose_file(monkeypatch, out, save=True)
    window.actions["file.export_lavaan"].trigger()
    assert len(boxes) == 1
    headline, details = boxes[0]
    assert headline == "“model.lav” could not be saved."
    assert "No such file or directory" in details
    assert not out.exists()


FCM_MATRIX = """,A,B,C
A,0,0.6,0
B,0,0.4,-0.5
C,0.3,0,0
"""


def test_an_fcm_matrix_runs_by_the_rule_chosen_in_the_preview(
    window: MainWindow, previews, tmp_path: Path, monkeypatch
):
    path = tmp_path / "map.csv"
    path.write_text(FCM_MATRIX, encoding="utf-8")
    previews.answer = "replace"

    def choose_tanh(dialog: StudyImportDialog) -> int:
        assert dialog.run_choice is not None  # a matrix says nothing of how it runs
        dialog.run_choice.rule.setCurrentIndex(dialog.run_choice.rule.findData("kosko"))
        dialog.run_choice.activation.setCurrentIndex(dialog.run_choice.activation.findData("tanh"))
        dialog.run_choice.gain.setValue(2.0)
        dialog.choose("replace")
        return int(dialog.result())

    monkeypatch.setattr(StudyImportDialog, "exec", choose_tanh)
    assert window.documents.import_study(path)
    settings = window.document.settings
    assert settings.update_rule == "kosko"
    assert (settings.activation.kind, settings.activation.gain) == ("tanh", 2.0)
    assert settings.level_range == "bipolar"
    assert window.document.find_path("b", "b") is not None  # the self-loop came in
    window.undo_stack.undo()
    assert window.document.settings.update_rule == "sor"


def test_a_lavaan_study_s_preview_asks_nothing_of_rules(window: MainWindow, previews, study):
    window.documents.import_study(study)
    assert previews[0].run_choice is None
