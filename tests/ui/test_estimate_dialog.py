"""File ▸ Import ▸ Estimate from Survey…: the estimation runs off the GUI thread with progress,
shows the estimates the Qt-free estimator computes, exports the table, applies the weights as
one undo step, stops on Cancel, and says in words why input is refused."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from synergy_gui.io.lavaan import parse_lavaan
from synergy_gui.io.study_estimate import estimate_study
from synergy_gui.ui import messages
from synergy_gui.ui.estimate_dialog import EstimateDialog
from synergy_gui.ui.main_window import MainWindow
from synergy_gui.ui.study_import_dialog import MERGE, REPLACE

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SURVEY, SYNTAX = EXAMPLES / "sor_survey.csv", EXAMPLES / "sor_study.lav"
RESAMPLES = 200  # enough to check the intervals; the default 2,000 is the command's business


@pytest.fixture
def window(qtbot, settings_dir: Path, monkeypatch) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(messages, "ask_save_changes", lambda *_: "discard")
    main = MainWindow()
    qtbot.addWidget(main)
    return main


@pytest.fixture
def dialog(window: MainWindow, qtbot) -> EstimateDialog:
    window.actions["file.estimate_survey"].trigger()
    found = window.findChild(EstimateDialog, "estimate_dialog")
    assert found is not None and found.isVisible()
    found.bootstrap_spin.setValue(RESAMPLES)
    found.seed_spin.setValue(7)
    return found


def _fill(dialog: EstimateDialog, survey: Path = SURVEY, syntax: Path = SYNTAX) -> None:
    dialog.data_edit.setText(str(survey))
    dialog.syntax_edit.setText(str(syntax))


def _expected():
    imported = parse_lavaan(SYNTAX.read_text(encoding="utf-8"), str(SYNTAX))
    return estimate_study(SURVEY, imported, str(SYNTAX), RESAMPLES, 7)


def _run_to_the_end(dialog: EstimateDialog, qtbot) -> list[float]:
    shares: list[float] = []
    job = dialog.run()
    assert job is not None
    job.progress.connect(shares.append)
    qtbot.waitUntil(
        lambda: dialog.study is not None or "Not" in dialog.status.text(), timeout=60000
    )
    return shares


def test_the_estimation_runs_off_the_gui_thread_and_shows_the_estimators_figures(
    dialog: EstimateDialog, qtbot
):
    _fill(dialog)
    job = dialog.run()
    assert dialog.cancel_button.isEnabled() and dialog.progress.isVisible()
    assert not dialog.replace_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.study is not None, timeout=60000)
    assert job.worker_thread is not None
    assert job.worker_thread is not threading.main_thread()
    expected = _expected()
    found = dialog.study.estimates
    assert [(p.source, p.target) for p in found.paths] == [
        (p.source, p.target) for p in expected.estimates.paths
    ]
    for mine, theirs in zip(found.paths, expected.estimates.paths, strict=True):
        assert mine.beta == pytest.approx(theirs.beta, abs=1e-12)
        assert mine.interval.low == pytest.approx(theirs.interval.low, abs=1e-12)  # seeded
    text = dialog.report.toPlainText()
    counts = f"{found.respondents} respondents ({found.dropped} left out for a missing answer)"
    assert (found.respondents, found.dropped) == (501, 19)  # 520 rows, listwise deletion
    assert text.startswith(f"Estimated from {SURVEY}: {counts}")
    assert f"{RESAMPLES} bootstrap resamples, seed 7" in text
    trust = next(p for p in found.paths if (p.source, p.target) == ("interactivity", "trust"))
    assert f"{trust.beta:7.3f}" in text
    assert dialog.replace_button.isEnabled() and dialog.export_button.isEnabled()
    assert not dialog.cancel_button.isEnabled()


def test_progress_rises_to_the_whole_bootstrap(dialog: EstimateDialog, qtbot):
    _fill(dialog)
    shares = _run_to_the_end(dialog, qtbot)
    assert shares, "the bootstrap reported no progress"
    assert shares == sorted(shares)
    assert shares[-1] == pytest.approx(1.0)


def test_replace_applies_the_estimated_weights_as_one_undo_step(
    window: MainWindow, dialog: EstimateDialog, qtbot
):
    before = window.document.clone()
    _fill(dialog)
    _run_to_the_end(dialog, qtbot)
    assert dialog.apply(REPLACE)
    estimates = dialog.study.estimates
    for path in window.document.paths:
        found = estimates.path(path.source, path.target)
        assert path.weight == pytest.approx(found.beta, abs=1e-9)
        assert path.sd == pytest.approx(found.se, abs=1e-9)
    assert window.undo_stack.count() == 1
    assert "Edit ▸ Undo" in dialog.status.text()
    window.undo_stack.undo()
    assert window.document == before


def test_merge_puts_the_estimates_beside_the_open_model(
    window: MainWindow, dialog: EstimateDialog, qtbot
):
    before = window.document.clone()
    _fill(dialog)
    _run_to_the_end(dialog, qtbot)
    assert dialog.apply(MERGE)
    merged = window.document
    # the study's constructs the preset lacks (by id) come in, the preset's own stay
    assert {c.id for c in before.constructs} <= {c.id for c in merged.constructs}
    assert merged.has_construct("engagement") and merged.has_construct("trust")
    beta = dialog.study.estimates.path("trust", "engagement").beta
    assert merged.find_path("trust", "engagement").weight == pytest.approx(beta)
    window.undo_stack.undo()
    assert window.document == before


def test_cancel_stops_the_run_and_nothing_is_estimated(dialog: EstimateDialog, qtbot):
    _fill(dialog)
    dialog.bootstrap_spin.setValue(100_000)
    job = dialog.run()
    dialog.cancel()
    job.cancel(wait=True)
    assert not job.running
    qtbot.waitUntil(lambda: not dialog.cancel_button.isEnabled())
    assert dialog.study is None
    assert dialog.report.toPlainText() == ""
    assert dialog.status.text() == "Cancelled; nothing was estimated."
    assert not dialog.replace_button.isEnabled()


def test_a_new_run_replaces_the_running_one(dialog: EstimateDialog, qtbot):
    _fill(dialog)
    dialog.bootstrap_spin.setValue(100_000)
    first = dialog.run()
    dialog.bootstrap_spin.setValue(RESAMPLES)
    second = dialog.run()
    first.cancel(wait=True)
    qtbot.waitUntil(lambda: dialog.study is not None, timeout=60000)
    assert dialog.study.estimates.bootstrap == RESAMPLES
    assert dialog.job is None and second is not first


def test_export_table_writes_the_standardized_solution(
    dialog: EstimateDialog, qtbot, monkeypatch, tmp_path: Path
):
    _fill(dialog)
    _run_to_the_end(dialog, qtbot)
    out = tmp_path / "estimates"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    written = dialog.export_table()
    assert written == tmp_path / "estimates.csv"
    with written.open(encoding="utf-8") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][:4] == ["lhs", "op", "rhs", "est.std"]
    estimates = dialog.study.estimates
    assert len(rows) == 1 + len(estimates.paths)
    first = estimates.paths[0]
    assert rows[1][:3] == [first.target, "~", first.source]
    assert float(rows[1][3]) == pytest.approx(first.beta, rel=1e-5)


@pytest.mark.parametrize(
    ("survey", "syntax", "said"),
    [
        ("bad.csv", SYNTAX, "bad.csv:1: construct 'interactivity' has none of its items"),
        (SURVEY, "bad.lav", "bad.lav:1:"),
        ("missing.csv", SYNTAX, "missing.csv"),
    ],
)
def test_bad_input_is_refused_in_words(dialog, qtbot, tmp_path: Path, survey, syntax, said):
    (tmp_path / "bad.csv").write_text("respondent,x1\nr1,3\nr2,4\n", encoding="utf-8")
    (tmp_path / "bad.lav").write_text("trust ~~~ 0.4*interactivity\n", encoding="utf-8")
    survey = survey if isinstance(survey, Path) else tmp_path / survey
    syntax = syntax if isinstance(syntax, Path) else tmp_path / syntax
    _fill(dialog, survey, syntax)
    _run_to_the_end(dialog, qtbot)
    assert dialog.study is None
    assert dialog.status.text().startswith("Not estimated: ")
    assert said in dialog.status.text()
    assert not dialog.replace_button.isEnabled()


def test_running_without_files_asks_for_them(dialog: EstimateDialog):
    assert dialog.run() is None
    assert dialog.status.text() == "Choose the survey data and the model first."


def test_the_dialog_is_reused_and_the_window_can_stop_its_run(window: MainWindow, dialog, qtbot):
    window.actions["file.estimate_survey"].trigger()
    assert window.findChildren(EstimateDialog) == [dialog]
    _fill(dialog)
    dialog.bootstrap_spin.setValue(100_000)
    job = dialog.run()
    window.documents.study.shutdown()  # what the window's closeEvent calls
    assert not job.running
    assert dialog.job is None and dialog.study is None
