"""Feeds the "Synergy" panel: a junction's simple slopes and its runs with and without it.

It follows the simulation controller's results: once they pause (a slider drag is drawn when
it rests) it runs one extra batch for the newest (the model with and without the junction,
:func:`synergy_view.synergy_runs`) and keeps it; the time cursor, the text size and the
pickers only redraw from what is kept. The operating point of
the simple slopes is the active run at the time cursor. It shows the diagram's selected
junction, else the one chosen in the panel, else the model's first. A hidden panel is not kept
up to date: it catches up when shown.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, QTimer

from synergy_gui.engine import CompiledModel, EngineError, compile_model
from synergy_gui.engine.synergy_view import (
    SimpleSlopes,
    SynergyRuns,
    downstream,
    response_lines,
    simple_slopes,
    synergy_runs,
)
from synergy_gui.model import Change, ModelDocument, ModelError
from synergy_gui.model.view_state import ViewChange, ViewState
from synergy_gui.ui.i18n import error_text, translate
from synergy_gui.ui.numbers import number_text, short_number, signed_number
from synergy_gui.ui.on_screen import on_screen
from synergy_gui.ui.panels.synergy_view import NO_JUNCTION, SlopeLine, SynergyChart, SynergyPanel
from synergy_gui.ui.panels.texts import plural_unit
from synergy_gui.ui.runs import Runs
from synergy_gui.ui.simulation_controller import SimulationController
from synergy_gui.ui.vocabulary import unit_word

#: Results and cursor moves are shown once they pause this long: a full draw of the two plots
#: costs tens of ms, so a slider drag keeps the main plots smooth and this panel catches up.
SETTLE_MS = 80
#: The moderator's low and high levels drawn beside its current one.
#: (as shares of the level range: 0.2 and 0.8 on 0..1)
LOW, HIGH = 0.2, 0.8
NEAR = 0.075  # a current level this close to LOW or HIGH takes its line's place (a share)
_TROUBLE = (EngineError, ModelError, ValueError, ArithmeticError)
_STRUCTURE = frozenset({"members", "target", "label", "role"})


class SynergyController(QObject):
    """Shows one junction of the document in a :class:`SynergyPanel`."""

    def __init__(
        self,
        document: ModelDocument,
        view: ViewState,
        simulation: SimulationController,
        panel: SynergyPanel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or panel)
        self.document, self.view, self.simulation, self.panel = document, view, simulation, panel
        self.junction_id: str | None = None
        self.focal: str | None = None
        self.outcome: str | None = None
        self.batch_runs = 0  # how many with/without batches were run (one per result)
        self._runs: tuple[Runs, str, SynergyRuns] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.refresh)
        simulation.resultReady.connect(self._on_result_ready)
        simulation.problem.connect(lambda _reason: self.refresh())
        panel.junctionChosen.connect(self.choose)
        panel.focalChosen.connect(self._on_focal_chosen)
        panel.outcomeChosen.connect(self._on_outcome_chosen)
        panel.shown.connect(self.refresh)
        on_view, on_document = self._on_view_changed, self._on_document_changed
        view.connect(on_view)
        document.events.connect(on_document)
        self.destroyed.connect(lambda *_: _disconnect(view, on_view, document, on_document))
        panel.set_text_scale(view.text_scale)
        self._follow_document()

    # ------------------------------------------------------------------ public
    def select(self, ids: list[str]) -> None:
        """Follow the diagram's selection: its first junction (anything else: no change)."""
        junctions = {j.id for j in self.document.junctions}
        chosen = next((i for i in ids if i in junctions), None)
        if chosen is not None:
            self.choose(chosen)

    def choose(self, junction_id: str) -> None:
        """Show ``junction_id``, its first member's effect and its target over time."""
        if junction_id == self.junction_id:
            return
        junction = self.document.weighted_item(junction_id)
        self.junction_id, self.focal, self.outcome = junction_id, junction.members[0], None
        self._fill_pickers()
        self.refresh()

    @property
    def pending(self) -> bool:
        """True while a result or a cursor move waits for the pause to be shown."""
        return self._timer.isActive()

    def refresh_soon(self) -> None:
        """Refresh once results and cursor moves pause (a burst makes one refresh)."""
        if on_screen(self.panel):
            self._timer.start()

    def refresh(self) -> None:
        """Work the chart out again and show it (skipped while the panel is hidden)."""
        self._timer.stop()
        if not on_screen(self.panel):
            return
        if self.junction_id is None:
            self.panel.show_message(translate("SynergyPanel", NO_JUNCTION))
            return
        runs = self.simulation.last_runs
        model = self._model(runs)
        if runs is None or model is None:
            reason = self.simulation.last_problem or translate(
                "SynergyPanel", "The model has not been run yet."
            )
            self.panel.show_message(reason, pickers=True)
            return
        try:
            chart = self._chart(model, runs)
        except _TROUBLE as error:
            self.panel.show_message(error_text(error), pickers=True)
            return
        self.panel.show_chart(chart)

    # ------------------------------------------------------------------ the chart
    def _chart(self, model: CompiledModel, runs: Runs) -> SynergyChart:
        active = runs.active
        step = self.view.cursor_step(active.steps)
        point = active.levels[step]
        slopes = simple_slopes(model, self.junction_id, point, self.focal)
        lines = self._slope_lines(model, slopes, point)
        outcome = self.outcome or slopes.target
        both = self._synergy_runs(model, runs)
        with_, without = both.with_junction(outcome), both.without_junction(outcome)
        when = translate("SynergyController", "{unit} {time}").format(
            unit=unit_word(active.time_unit), time=short_number(active.times[step])
        )
        gap = float(with_[step] - without[step])
        focal_level = float(point[model.index[slopes.focal]])
        here = response_lines(
            model, self.junction_id, point, np.array([_moderator_level(model, slopes, point)]),
            np.array([focal_level]), slopes.focal,
        )  # fmt: skip
        return SynergyChart(
            headline=_headline(gap, self._label(outcome), when),
            slopes_note=self._floodlight(slopes),
            slopes_title=translate("SynergyController", "Effect of {member}").format(
                member=self._label(slopes.focal)
            ),
            focal_label=self._label(slopes.focal),
            target_axis=translate("SynergyController", "{target} (goal)").format(
                target=self._label(slopes.target)
            ),
            moderator_label=" × ".join(self._label(m) for m in slopes.moderators),
            slope_lines=lines,
            operating=(focal_level, float(here[0, 0])),
            times=both.times,
            with_series=with_,
            without_series=without,
            cursor_time=float(active.times[step]),
            time_axis=translate("SimulationPanel", "Time ({unit})").format(
                unit=unit_word(plural_unit(active.time_unit))
            ),
            outcome_label=self._label(outcome),
        )

    def _slope_lines(self, model, slopes: SimpleSlopes, point) -> tuple[SlopeLine, ...]:
        now = _moderator_level(model, slopes, point)
        low, high = _beside(now, _bounds(model))
        levels = np.array([low, now, high])
        ys = response_lines(model, self.junction_id, point, levels, slopes.levels, slopes.focal)
        now_text = translate("SynergyController", "{level} now").format(level=number_text(now))
        labels = (number_text(low), now_text, number_text(high))
        return tuple(SlopeLine(t, slopes.levels, y) for t, y in zip(labels, ys, strict=True))

    def _floodlight(self, slopes: SimpleSlopes) -> str:
        focal, target = self._label(slopes.focal), self._label(slopes.target)
        moderator = " × ".join(self._label(m) for m in slopes.moderators)
        low, high = slopes.slopes[0], slopes.slopes[-1]
        bottom, top = slopes.levels[0], slopes.levels[-1]
        words = {
            "step": number_text(0.1, 1),
            "focal": focal,
            "target": target,
            "moderator": moderator,
            "low": signed_number(0.1 * low),
            "high": signed_number(0.1 * high),
            "bottom": short_number(bottom),
            "top": short_number(top),
        }
        text = translate(
            "SynergyController",
            "Each {step} more {focal} moves {target} by {low} when {moderator} is {bottom} and by "
            "{high} when it is {top}",
        )
        if slopes.crossing is None:
            tail = translate(
                "SynergyController",
                ": the effect never changes sign (no Johnson–Neyman point in {bottom}–{top}).",
            )
        else:
            words["crossing"] = number_text(slopes.crossing)
            tail = translate(
                "SynergyController",
                ": it changes sign where {moderator} is {crossing} (the Johnson–Neyman point).",
            )
        return (text + tail).format(**words)

    def _synergy_runs(self, model: CompiledModel, runs: Runs) -> SynergyRuns:
        """The with/without batch of this result, run once and kept."""
        kept = self._runs
        if kept is not None and kept[0] is runs and kept[1] == self.junction_id:
            return kept[2]
        found = synergy_runs(model, self.junction_id, steps=runs.active.steps)
        self.batch_runs += 1
        self._runs = (runs, self.junction_id, found)
        return found

    def _model(self, runs: Runs | None) -> CompiledModel | None:
        """The controller's compiled model; compiled here only after a background run."""
        model = self.simulation.compiled_model
        if model is not None or runs is None:
            return model
        try:
            return compile_model(self.document, runs.active.scenario)
        except _TROUBLE:
            return None  # the controller reports why

    def _label(self, construct_id: str) -> str:
        if self.document.has_construct(construct_id):
            return self.document.construct(construct_id).label or construct_id
        return construct_id

    # ------------------------------------------------------------------ pickers
    def _follow_document(self) -> None:
        """Keep the chosen junction if it is still there, else take the first one."""
        ids = [j.id for j in self.document.junctions]
        if self.junction_id not in ids:
            self.junction_id = ids[0] if ids else None
            self.focal = self.outcome = None
        if self.junction_id is not None:
            members = self.document.weighted_item(self.junction_id).members
            if self.focal not in members:
                self.focal = members[0]
        self._runs = None
        self._fill_pickers()

    def _fill_pickers(self) -> None:
        junctions = [(j.id, self._junction_label(j)) for j in self.document.junctions]
        self.panel.set_choices("junction", junctions, self.junction_id)
        if self.junction_id is None:
            return
        junction = self.document.weighted_item(self.junction_id)
        members = [(m, self._label(m)) for m in junction.members]
        self.panel.set_choices("focal", members, self.focal)
        outcomes = [(c, self._label(c)) for c in self._outcomes(junction.target)]
        self.panel.set_choices("outcome", outcomes, self.outcome or junction.target)

    def _outcomes(self, target: str) -> list[str]:
        model = self.simulation.compiled_model
        try:
            return downstream(model or compile_model(self.document), target)
        except _TROUBLE:
            return [target]

    def _junction_label(self, junction) -> str:
        members = " × ".join(self._label(m) for m in junction.members)
        return f"{members} → {self._label(junction.target)}"

    def _on_focal_chosen(self, member: str) -> None:
        if member != self.focal:
            self.focal = member
            self.refresh()

    def _on_outcome_chosen(self, construct_id: str) -> None:
        if construct_id != self.outcome:
            self.outcome = construct_id
            self.refresh()

    # ------------------------------------------------------------------ handlers
    def _on_result_ready(self, _runs: Runs) -> None:
        self.refresh_soon()

    def _on_view_changed(self, change: ViewChange) -> None:
        if "text_scale" in change:
            self.panel.set_text_scale(self.view.text_scale)
        if "cursor" in change:
            self.refresh_soon()

    def _on_document_changed(self, change: Change) -> None:
        structural = change.target == "document" or change.action in ("add", "remove")
        if structural or _STRUCTURE.intersection(change.fields):
            self._follow_document()
            if self.junction_id is None:
                self.refresh()  # otherwise the run that follows the change refreshes


def _moderator_level(model: CompiledModel, slopes: SimpleSlopes, point) -> float:
    """The (first) moderator's level at the operating point."""
    return float(point[model.index[slopes.moderators[0]]])


def _bounds(model: CompiledModel) -> tuple[float, float]:
    return getattr(model, "level_bounds", (0.0, 1.0))


def _beside(now: float, bounds: tuple[float, float] = (0.0, 1.0)) -> tuple[float, float]:
    """The low and high moderator levels drawn with the current one: a fifth of the range in
    from each end, unless the current level is near one (its line would hide that one): then
    the range's end."""
    bottom, top = bounds
    span = top - bottom
    share = (now - bottom) / span
    low = next(c for c in (LOW, 0.0, 0.4) if abs(share - c) >= NEAR)
    high = next(c for c in (HIGH, 1.0, 0.6) if abs(share - c) >= NEAR)
    return bottom + low * span, bottom + high * span


def _headline(gap: float, outcome: str, when: str) -> str:
    if gap >= 0:
        text = translate("SynergyController", "Synergy adds {gap} to {outcome} by {when}")
    else:
        text = translate("SynergyController", "Synergy takes {gap} from {outcome} by {when}")
    return text.format(gap=signed_number(gap), outcome=outcome, when=when)


def _disconnect(view: ViewState, on_view, document: ModelDocument, on_document) -> None:
    view.disconnect(on_view)
    document.events.disconnect(on_document)
