"""Runs the Sensitivity panel's requests off the GUI thread and hands it plain data.

A run works on a copy of the document in a thread of its own (as
:mod:`synergy_gui.ui.background_run` does): the engine reports progress between chunks of
runs, a cancel stops it at the next chunk, and the result comes back through a queued Qt
signal. Only the newest request counts: a new Run cancels the one going on, and a result of
a superseded run is dropped. An edit of the model does not start a run (Sobol takes
seconds); the shown result says it belongs to the model before the edit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from synergy_gui.engine.compile import compile_model
from synergy_gui.engine.sensitivity import (
    FIGURES,
    SensitivityRequest,
    SensitivityResult,
    analyse,
    default_outcome,
    outcome_choices,
    parameter_labels,
    parameters_of,
)
from synergy_gui.engine.updates import Update, update_for
from synergy_gui.io.sensitivity_table import write_sensitivity_csv
from synergy_gui.model import Change, ModelDocument, ModelError
from synergy_gui.model.view_state import ViewChange, ViewState
from synergy_gui.ui.background_run import ThreadJob
from synergy_gui.ui.i18n import error_text, message_text, translate
from synergy_gui.ui.numbers import count_text, number_text, short_number
from synergy_gui.ui.panels.sensitivity_chart import ChartRow, SensitivityChart
from synergy_gui.ui.panels.sensitivity_panel import METHOD_NAMES, SensitivityPanel

#: Errors a model or a request can provoke in the engine; they are said in the panel.
_TROUBLE = (ModelError, ValueError, ArithmeticError, MemoryError)


class SensitivityRun(ThreadJob):
    """One request in a thread (see :class:`ThreadJob`); ``finished`` brings a
    ``(result, labels)`` pair or the exception that stopped it."""

    def __init__(
        self,
        document: ModelDocument,
        scenario: str | None,
        request: SensitivityRequest,
        parent: QObject | None = None,
    ) -> None:
        super().__init__("sensitivity", parent)
        self._document = document.clone()  # the GUI thread goes on editing its own
        self._scenario, self.request = scenario, request

    def _run(self) -> object:
        model = compile_model(self._document, self._scenario)
        parameters = parameters_of(self._document, model)
        result = analyse(model, parameters, self.request, self._tick)
        return result, parameter_labels(self._document, parameters)


class SensitivityController(QObject):
    """Feeds one :class:`SensitivityPanel` from one document and view state."""

    resultReady = Signal(object)  # noqa: N815  # the SensitivityResult shown

    def __init__(
        self,
        document: ModelDocument,
        view: ViewState,
        panel: SensitivityPanel,
        parent: QObject | None = None,
        choose_csv_path: Callable[[QWidget], str | None] | None = None,
    ) -> None:
        super().__init__(parent or panel)
        self.document, self.view, self.panel = document, view, panel
        self.last_result: SensitivityResult | None = None
        self.last_labels: dict[str, str] = {}
        self.run: SensitivityRun | None = None
        self._edited_during_run = False
        self._choose_csv_path = choose_csv_path or _ask_csv_path
        panel.runRequested.connect(self.start)
        panel.cancelRequested.connect(self.cancel)
        panel.exportRequested.connect(self._on_export_requested)
        on_view, on_document = self._on_view_changed, self._on_document_changed
        view.connect(on_view)
        document.events.connect(on_document)
        self.destroyed.connect(lambda *_: _disconnect(view, on_view, document, on_document))
        panel.set_text_scale(view.text_scale)
        self.refresh_outcomes()
        panel.show_message(
            translate("SensitivityChart", "Choose an outcome and a method, then Run.")
        )

    # ------------------------------------------------------------------ public
    def start(self, request: SensitivityRequest) -> None:
        """Run ``request`` in the background, dropping any run still going on."""
        self.cancel(quiet=True)
        run = SensitivityRun(self.document, self.view.scenario, request, self)
        run.progress.connect(self.panel.set_progress)
        run.finished.connect(lambda outcome, run=run: self._on_finished(run, outcome))
        self.run = run
        self._edited_during_run = False
        self.panel.set_running(True)
        self.panel.show_message(_running_text(request))
        run.start()

    def cancel(self, quiet: bool = False) -> None:
        """Stop the run going on (its result, should it still arrive, is dropped)."""
        if self.run is None:
            return
        self.run.cancel()
        self.run = None
        self.panel.set_running(False)
        if not quiet:
            self.panel.show_message(
                translate("SensitivityController", "Cancelled. Run again when ready.")
            )

    def shutdown(self) -> None:
        """Stop any run and wait for its thread (the window is closing)."""
        if self.run is not None:
            self.run.cancel(wait=True)
            self.run = None

    def export_csv(self, path: str | Path) -> None:
        """Write the shown result as CSV (see :mod:`synergy_gui.io.sensitivity_table`)."""
        if self.last_result is None:
            raise ModelError(
                translate(
                    "SensitivityController",
                    "there is no sensitivity result to export yet: Run first",
                )
            )
        write_sensitivity_csv(self.last_result, self.last_labels, path)

    def refresh_outcomes(self) -> None:
        """Offer the constructs of the active scenario whose level is computed."""
        try:
            model = compile_model(self.document, self.view.scenario)
        except _TROUBLE:
            self.panel.set_outcomes([], None)
            return
        labels = {c.id: c.label or c.id for c in self.document.constructs}
        choices = [(cid, labels[cid]) for cid in outcome_choices(model)]
        self.panel.set_outcomes(choices, default_outcome(self.document, model))

    # ------------------------------------------------------------------ handlers
    def _on_finished(self, run: SensitivityRun, outcome: object) -> None:
        if run is not self.run:
            return  # superseded or cancelled
        self.run = None
        self.panel.set_running(False)
        if isinstance(outcome, BaseException):
            self.panel.show_message(_problem_text(outcome))
            return
        result, labels = outcome
        self.last_result, self.last_labels = result, labels
        self.panel.set_progress(1.0)
        chart, table = chart_of(result, labels, self._outcome_label(result.outcome))
        self.panel.show_result(chart, table)
        if self._edited_during_run:
            self._mark_edited()
        self.resultReady.emit(result)

    def _outcome_label(self, construct_id: str) -> str:
        try:
            return self.document.construct(construct_id).label or construct_id
        except ModelError:
            return construct_id

    def _on_export_requested(self) -> None:
        if self.last_result is None:
            return
        path = self._choose_csv_path(self.panel)
        if not path:
            return
        try:
            self.export_csv(path)
        except OSError as error:
            self.panel.note.setText(
                translate("SensitivityController", "Could not write {path}: {why}").format(
                    path=path, why=error.strerror or error
                )
            )
            return
        self.panel.note.setText(
            translate("SensitivityController", "Written to {path}.").format(path=path)
        )

    def _on_view_changed(self, change: ViewChange) -> None:
        if "text_scale" in change:
            self.panel.set_text_scale(self.view.text_scale)
        if "scenario" in change:
            self.refresh_outcomes()

    def _on_document_changed(self, change: Change) -> None:
        if change.target == "document":  # another model: a run or result of the last is void
            self.cancel(quiet=True)
            self.last_result = None
            self.refresh_outcomes()
            self.panel.show_message(
                translate("SensitivityChart", "Choose an outcome and a method, then Run.")
            )
            return
        if _changes_outcomes(change, self.view.scenario):  # not on each slider or weight move
            self.refresh_outcomes()
        if self.run is not None:
            self._edited_during_run = True
        if self.last_result is not None:
            self._mark_edited()

    def _mark_edited(self) -> None:
        chart = self.panel.chart_view.chart
        edited = translate(
            "SensitivityController", "the model was edited since: Run again to update"
        )
        if chart.rows and edited not in chart.subtitle:
            note = f"{chart.subtitle} — {edited}"
            self.panel.chart_view.set_chart(_with_subtitle(chart, note))


def _changes_outcomes(change: Change, scenario: str | None) -> bool:
    """Whether ``change`` can change the outcomes offered (structure, roles, labels, the
    scenario's clamps): a weight or level edit, the usual one, cannot."""
    if "label" in change.fields:
        return True
    return update_for(change, scenario) in (Update.RECOMPILE, Update.RUN)


def chart_of(
    result: SensitivityResult, labels: dict[str, str], outcome_label: str
) -> tuple[SensitivityChart, list[tuple[str, dict[str, float]]]]:
    """The chart and the table rows of a result (plain data for the panel)."""
    names = FIGURES[result.method]
    rows = [
        (labels.get(p.name, p.name), {name: float(result.figures[name][k]) for name in names})
        for k, p in enumerate(result.parameters)
    ]
    when = (
        translate("SensitivityController", "where it settles")
        if result.week is None
        else translate("SensitivityController", "at week {week}").format(
            week=short_number(result.week)
        )
    )
    title = translate("SensitivityController", "{method}: what moves {outcome} {when}").format(
        method=translate("SensitivityPanel", METHOD_NAMES[result.method]),
        outcome=outcome_label,
        when=when,
    )
    subtitle = translate("SensitivityController", "base {base}; {runs} runs").format(
        base=number_text(result.base, 3), runs=count_text(result.evaluations)
    )
    if result.method != "tornado":
        subtitle += translate("SensitivityController", ", N = {n}, seed {seed}").format(
            n=result.samples, seed=result.seed
        )
    if result.notes:
        subtitle += "; " + "; ".join(message_text(note) for note in result.notes)
    chart = SensitivityChart(
        method=result.method,
        title=title,
        subtitle=subtitle,
        base=result.base,
        rows=tuple(ChartRow(label, figures) for label, figures in rows),
    )
    return chart, rows


def _with_subtitle(chart: SensitivityChart, subtitle: str) -> SensitivityChart:
    return SensitivityChart(chart.method, chart.title, subtitle, chart.base, chart.rows, chart.note)


def _running_text(request: SensitivityRequest) -> str:
    return translate("SensitivityController", "Running {method} on {outcome}…").format(
        method=translate("SensitivityPanel", METHOD_NAMES[request.method]), outcome=request.outcome
    )


def _problem_text(error: BaseException) -> str:
    if isinstance(error, _TROUBLE):
        return error_text(error)
    return translate(
        "SensitivityController", "The sensitivity run failed ({kind}: {error})."
    ).format(kind=type(error).__name__, error=error)


def _ask_csv_path(parent: QWidget) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("SensitivityController", "Export sensitivity table"),
        "sensitivity.csv",
        translate("SensitivityController", "CSV files (*.csv)"),
    )
    return path or None


def _disconnect(view: ViewState, on_view, document: ModelDocument, on_document) -> None:
    view.disconnect(on_view)
    document.events.disconnect(on_document)
