"""Feeds the "Why?" panel: explains the chosen construct for each run, cursor and text size.

It listens to the simulation controller (each run, each steady state) and to the view state
(the time cursor, the scenario, the text size), asks the engine for the explanation
(:mod:`synergy_gui.engine.routes`) and hands the panel plain data. The model is compiled once
per run and kept for the cursor's moves. A hidden panel is not kept up to date: it catches up
when shown. Hovering a bar highlights its route through the view state; leaving gives back
whatever was highlighted before (a story step's paths).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from synergy_gui.engine import CompiledModel, EngineError, SteadyState, compile_model
from synergy_gui.engine.routes import Explanation, explain_at, explain_at_rest
from synergy_gui.model import Change, ModelDocument, ModelError
from synergy_gui.model.view_state import ViewChange, ViewState
from synergy_gui.ui.i18n import error_text, message_text, translate
from synergy_gui.ui.numbers import number_text, short_number, signed_number
from synergy_gui.ui.on_screen import on_screen
from synergy_gui.ui.panels.why_panel import WhyBar, WhyChart, WhyPanel
from synergy_gui.ui.runs import Runs
from synergy_gui.ui.simulation_controller import SimulationController
from synergy_gui.ui.vocabulary import unit_word

#: Shares smaller than this (in level units) are not worth a bar of their own.
SMALL = 0.0005
_VIEW_FIELDS = frozenset({"cursor", "text_scale"})

OUTSIDE = (
    QT_TRANSLATE_NOOP("WhyController", "a stimulus"),
    QT_TRANSLATE_NOOP("WhyController", "clamped in this scenario"),
    QT_TRANSLATE_NOOP("WhyController", "held"),
)
TINY = {
    "routes": QT_TRANSLATE_NOOP("WhyController", "{n} tiny routes"),
    "paths": QT_TRANSLATE_NOOP("WhyController", "{n} tiny paths"),
}
TINY_TIPS = {
    "routes": QT_TRANSLATE_NOOP("WhyController", "{n} routes, each smaller than {small}"),
    "paths": QT_TRANSLATE_NOOP("WhyController", "{n} paths, each smaller than {small}"),
}
REMAINDER_TIPS = {
    "start": QT_TRANSLATE_NOOP("WhyController", "The level it started at has not faded yet."),
    "loops": QT_TRANSLATE_NOOP(
        "WhyController",
        "Influence that went round a feedback loop on its way: no single route carries it.",
    ),
    "other": QT_TRANSLATE_NOOP(
        "WhyController",
        "Influence along feedback loops and along routes too many to list one by one.",
    ),
    "rest": QT_TRANSLATE_NOOP(
        "WhyController", "What the update rule gives when every input is at its baseline."
    ),
    "unsettled": QT_TRANSLATE_NOOP("WhyController", "The last bit the model has not settled yet."),
    "outside": QT_TRANSLATE_NOOP(
        "WhyController",
        "A stimulus or clamped construct: its slider, schedule or clamp sets its level.",
    ),
}


class WhyController(QObject):
    """Explains one construct (the diagram's selection; by default the main response)."""

    def __init__(
        self,
        document: ModelDocument,
        view: ViewState,
        simulation: SimulationController,
        panel: WhyPanel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or panel)
        self.document, self.view, self.simulation, self.panel = document, view, simulation, panel
        self.construct_id: str | None = default_construct(document)
        self.explanation: Explanation | None = None
        self.last_update_seconds = 0.0
        self._model: CompiledModel | None = None
        self._labels: dict[str, str] = {}
        self._highlight_before: frozenset[str] | None = None
        simulation.resultReady.connect(self._on_result_ready)
        simulation.steadyReady.connect(self._on_steady_ready)
        simulation.problem.connect(self._on_problem)
        panel.whenChanged.connect(lambda _when: self.refresh())
        panel.hovered.connect(self._on_hovered)
        panel.shown.connect(self.refresh)
        on_view, on_document = self._on_view_changed, self._on_document_changed
        view.connect(on_view)
        document.events.connect(on_document)
        self.destroyed.connect(lambda *_: _disconnect(view, on_view, document, on_document))
        panel.set_text_scale(view.text_scale)
        if simulation.last_runs is not None:
            self._on_result_ready(simulation.last_runs)

    # ------------------------------------------------------------------ public
    def select(self, ids: list[str]) -> None:
        """Follow the diagram's selection: its first construct (a path or nothing: no change)."""
        chosen = next((i for i in ids if self.document.has_construct(i)), None)
        if chosen is not None and chosen != self.construct_id:
            self.construct_id = chosen
            self.refresh()

    def refresh(self) -> None:
        """Explain the construct again and show it (skipped while the panel is hidden)."""
        if not on_screen(self.panel):
            return
        began = time.perf_counter()
        self._labels = {c.id: c.label or c.id for c in self.document.constructs}
        self.panel.show_chart(self._chart())
        self.last_update_seconds = time.perf_counter() - began

    # ------------------------------------------------------------------ explaining
    def _chart(self) -> WhyChart:
        self.explanation = None
        runs = self.simulation.last_runs
        cid = self.construct_id
        if cid is None or not self.document.has_construct(cid):
            note = translate(
                "WhyController", "Select a construct on the diagram to see its level explained."
            )
            return WhyChart(translate("WhyController", "Why?"), note=note)
        if runs is not None and self._model is None:
            self._model = self._compiled(runs)
        if runs is None or self._model is None:
            reason = self.simulation.last_problem or translate(
                "WhyController", "The model has not been run yet."
            )
            return WhyChart(self._why_title(cid), note=reason)
        try:
            explanation, when = self._explain(runs, cid)
        except (EngineError, ModelError, ValueError) as error:
            return WhyChart(self._why_title(cid), note=error_text(error))
        self.explanation = explanation
        return self._chart_of(explanation, when)

    def _explain(self, runs: Runs, cid: str) -> tuple[Explanation, str]:
        if self.panel.when == "rest":
            steady = self.simulation.last_steady
            if steady is None:
                raise EngineError(
                    translate("WhyController", "the long run is still being worked out")
                )
            return explain_at_rest(self._model, steady, cid), translate("WhyController", "long run")
        active = runs.active
        step = self.view.cursor_step(active.steps)
        unit, time = unit_word(active.time_unit), short_number(active.times[step])
        time_text = translate("WhyController", "{unit} {time}").format(unit=unit, time=time)
        return explain_at(self._model, active.levels, cid, step), time_text

    def _chart_of(self, why: Explanation, when: str) -> WhyChart:
        label = self._label(why.construct_id)
        title = translate("WhyController", "Why is {label} {level}? ({when})").format(
            label=label, level=number_text(why.level), when=when
        )
        if why.set_from_outside:
            note = translate(
                "WhyController",
                "{label} is set outside the model ({how}): no route leads to it. "
                "Select an organism or response to see why it moves.",
            ).format(label=label, how=_outside(why.set_from_outside))
            return WhyChart(title, total=why.deviation, note=note)
        subtitle = translate("WhyController", "Baseline {base}, so {change} to explain").format(
            base=number_text(why.baseline), change=signed_number(why.deviation, 3)
        )
        return WhyChart(
            title,
            subtitle,
            by_route=self._route_bars(why),
            by_path=self._path_bars(why),
            total=why.deviation,
        )

    def _route_bars(self, why: Explanation) -> tuple[WhyBar, ...]:
        bars = []
        for route in why.routes:
            label = self._route_label(route.members, route.chain)
            start = " × ".join(self._label(m) for m in route.members)
            tip = self._share_tip(label, route.amount, why)
            bars.append(WhyBar(label, route.amount, "route", route.item_ids, tip, start))
        return _with_small_merged(bars, "routes") + _remainder_bars(why.route_remainders)

    def _path_bars(self, why: Explanation) -> tuple[WhyBar, ...]:
        target = self._label(why.construct_id)
        bars = []
        for term in sorted(why.incoming, key=lambda t: -abs(t.amount)):
            sources = " × ".join(self._label(s) for s in term.sources)
            label = (
                translate("WhyController", "{sources} (its own level)").format(sources=sources)
                if term.kind == "self"
                else f"{sources} → {target}"
            )
            weighted = translate("WhyController", "{label}, weight {weight}").format(
                label=label, weight=signed_number(term.weight, 2)
            )
            tip = self._share_tip(weighted, term.amount, why)
            ids = () if term.kind == "self" else (term.item_id,)
            bars.append(WhyBar(label, term.amount, "path", ids, tip))
        return _with_small_merged(bars, "paths") + _remainder_bars(why.incoming_remainders)

    def _route_label(self, members: tuple[str, ...], chain: tuple[str, ...]) -> str:
        start = " × ".join(self._label(m) for m in members)
        return " → ".join([start, *(self._label(c) for c in chain)])

    def _share_tip(self, label: str, amount: float, why: Explanation) -> str:
        share = translate(
            "WhyController", "{amount} of the {total} change from the baseline"
        ).format(amount=signed_number(amount, 4), total=signed_number(why.deviation, 4))
        return f"{label}\n{share}"

    def _why_title(self, construct_id: str) -> str:
        return translate("WhyController", "Why is {label} where it is?").format(
            label=self._label(construct_id)
        )

    def _label(self, construct_id: str) -> str:
        return self._labels.get(construct_id, construct_id)

    # ------------------------------------------------------------------ handlers
    def _compiled(self, runs: Runs) -> CompiledModel | None:
        """The controller's own compiled model (its route plans stay cached while only
        weights and levels change); compiled here only after a background run."""
        model = self.simulation.compiled_model
        if model is not None:
            return model
        try:
            return compile_model(self.document, runs.active.scenario)
        except (EngineError, ModelError, ValueError):
            return None  # the controller reports why; the chart says it

    def _on_result_ready(self, _runs: Runs) -> None:
        self._model = None  # taken afresh when the panel next explains (if it is shown)
        self.refresh()

    def _on_steady_ready(self, _steady: SteadyState) -> None:
        if self.panel.when == "rest":
            self.refresh()

    def _on_problem(self, _reason: str) -> None:
        self.refresh()

    def _on_view_changed(self, change: ViewChange) -> None:
        if "text_scale" in change:
            self.panel.set_text_scale(self.view.text_scale)
        if _VIEW_FIELDS & change.fields and self.panel.when == "cursor":
            self.refresh()

    def _on_document_changed(self, change: Change) -> None:
        if change.target == "document":
            self.construct_id = default_construct(self.document)
            self._model = None  # the old model's constructs are gone
        elif change.target == "construct" and change.action == "remove":
            if change.item_id == self.construct_id:
                self.construct_id = default_construct(self.document)
        elif not (change.target == "construct" and "label" in change.fields):
            return  # a run follows every change that matters; it refreshes the chart
        self.refresh()

    def _on_hovered(self, item_ids: tuple[str, ...]) -> None:
        if item_ids:
            if self._highlight_before is None:
                self._highlight_before = self.view.highlighted
            self.view.set_highlighted(item_ids)
        elif self._highlight_before is not None:
            self.view.set_highlighted(self._highlight_before)
            self._highlight_before = None


def default_construct(document: ModelDocument) -> str | None:
    """The construct to explain first: loyalty if there is one, else the last response the
    model plots, else the last response, else the last organism."""
    constructs = document.constructs
    loyal = [c.id for c in constructs if "loyal" in c.id.lower() or "loyal" in c.label.lower()]
    if loyal:
        return loyal[0]
    responses = [c.id for c in constructs if c.role == "response"]
    plotted = [cid for cid in document.settings.focus if cid in responses]
    for candidates in (plotted, responses, [c.id for c in constructs if c.role == "organism"]):
        if candidates:
            return candidates[-1]
    return None


def _with_small_merged(bars: list[WhyBar], noun: str) -> tuple[WhyBar, ...]:
    """The shares largest first, those below :data:`SMALL` merged into one bar."""
    bars = sorted(bars, key=lambda b: -abs(b.amount))
    large = [b for b in bars if abs(b.amount) >= SMALL]
    small = bars[len(large) :]
    if len(small) > 1:
        ids = tuple(dict.fromkeys(i for b in small for i in b.item_ids))
        words = {"n": len(small), "small": short_number(SMALL)}
        tip = translate("WhyController", TINY_TIPS[noun]).format(**words)
        label = translate("WhyController", TINY[noun]).format(**words)
        large.append(WhyBar(label, sum(b.amount for b in small), "others", ids, tip))
    else:
        large += small
    return tuple(large)


def _remainder_bars(remainders) -> tuple[WhyBar, ...]:
    return tuple(
        WhyBar(
            message_text(r.label),
            r.amount,
            "remainder",
            (),
            _remainder_tip(message_text(r.label), r.amount, r.kind),
        )
        for r in remainders
        if abs(r.amount) >= SMALL
    )


def _remainder_tip(label: str, amount: float, kind: str) -> str:
    """A remainder's bar tip: its amount and what it stands for."""
    tip = translate("WhyController", REMAINDER_TIPS[kind])
    return f"{label}: {signed_number(amount, 4)}\n{tip}"


def _outside(source: str) -> str:
    how = {"stimulus": OUTSIDE[0], "clamp": OUTSIDE[1]}.get(source, OUTSIDE[2])
    return translate("WhyController", how)


def _disconnect(view: ViewState, on_view, document: ModelDocument, on_document) -> None:
    view.disconnect(on_view)
    document.events.disconnect(on_document)
