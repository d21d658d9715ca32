"""What the window is showing, in plain Python: one owner, many listeners.

The document owns the model; :class:`ViewState` owns the choices about how it is shown: the
active scenario, the scenarios compared and the reference among them, the time cursor, the
plotted constructs, the threshold of the comparison table, how a comparison is drawn, the
text size, a story step's reveal (the constructs shown) and highlighted paths, and the
Budget dock's outcome (a construct at a week, or its average over the run).
Widgets and the simulation controller read it and listen to it; none keeps a copy. It follows
the document itself, in this one place: a renamed scenario is followed under its new name, a
removed one is dropped, a removed construct leaves the plot, a new document starts afresh.

Each setter emits one :class:`ViewChange` naming what changed, and only on a real change, so
a widget that pushes a value it was just given causes no second round.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from synergy_gui.model.document import ModelDocument
from synergy_gui.model.errors import ModelError
from synergy_gui.model.events import Change, Emitter
from synergy_gui.model.focus import default_focus
from synergy_gui.model.phrases import phrase
from synergy_gui.model.story import STORY_REVEAL_MODES

#: A scenario's name, or None for the model as drawn (the stimuli at their sliders).
ScenarioKey = str | None
AS_DRAWN: ScenarioKey = None
AS_DRAWN_LABEL = phrase("As drawn")  # a phrase, so a window shows it in its language
MAX_COMPARED = 6
DEFAULT_THRESHOLD = 0.6

#: The names a :class:`ViewChange` can carry.
FIELDS = (
    "scenario",
    "compared",
    "reference",
    "cursor",
    "focus",
    "threshold",
    "small_multiples",
    "show_differences",
    "text_scale",
    "shown",
    "highlighted",
    "budget_outcome",
)

#: The text-size setting's range and step (1.0: the designed size).
TEXT_SCALE_MIN = 0.75
TEXT_SCALE_MAX = 2.5
TEXT_SCALE_STEP = 0.125
REVEAL_MODES = STORY_REVEAL_MODES


def scenario_label(key: ScenarioKey) -> str:
    """How a scenario key reads on screen: its name, or "As drawn"."""
    return AS_DRAWN_LABEL if key is None else key


@dataclass(frozen=True)
class ViewChange:
    """One notification: which of the view's fields changed."""

    fields: frozenset[str]

    def __contains__(self, name: str) -> bool:
        return name in self.fields


ViewListener = Callable[[ViewChange], None]


class ViewState:
    """The active scenario, the comparison, the time cursor and the plotted constructs."""

    def __init__(self, document: ModelDocument) -> None:
        self.document = document
        self._emitter = Emitter()  # the document's kind of emitter, carrying ViewChanges
        self._scenario: ScenarioKey = None
        self._compared: tuple[ScenarioKey, ...] = ()
        self._reference: ScenarioKey = None
        self._cursor: int | None = None
        self._focus: tuple[str, ...] = tuple(default_focus(document))
        self._model_focus = list(document.settings.focus)
        self._threshold: float | None = DEFAULT_THRESHOLD
        self._small_multiples = False
        self._show_differences = True
        self._text_scale = 1.0
        self._shown: frozenset[str] | None = None
        self._reveal_mode = "fade"
        self._highlighted: frozenset[str] = frozenset()
        self._budget_outcome: tuple[str | None, float | None] = (None, None)
        document.events.connect(self._on_document_changed)

    # ------------------------------------------------------------------ listeners
    def connect(self, listener: ViewListener) -> None:
        self._emitter.connect(listener)

    def disconnect(self, listener: ViewListener) -> None:
        """Remove a listener; one that is not connected is ignored."""
        self._emitter.disconnect(listener)

    def detach(self) -> None:
        """Stop following the document."""
        self.document.events.disconnect(self._on_document_changed)

    def _emit(self, names: Iterable[str]) -> None:
        change = ViewChange(frozenset(names))
        if change.fields:
            self._emitter.emit(change)

    # ------------------------------------------------------------------ reading
    @property
    def scenario(self) -> ScenarioKey:
        """The scenario simulated and shown on the diagram (None: as drawn)."""
        return self._scenario

    @property
    def compared(self) -> tuple[ScenarioKey, ...]:
        """The scenarios ticked for comparison, in the document's order (as drawn first)."""
        return self._compared

    @property
    def comparing(self) -> bool:
        """True while two or more scenarios are compared."""
        return len(self._compared) >= 2

    @property
    def reference(self) -> ScenarioKey:
        """The scenario the others are measured against (one of the compared)."""
        return self._reference

    @property
    def cursor(self) -> int | None:
        """The time cursor's step; None follows the last step of every new run."""
        return self._cursor

    @property
    def focus(self) -> tuple[str, ...]:
        """The plotted constructs, in the document's order."""
        return self._focus

    @property
    def threshold(self) -> float | None:
        """The level whose first crossing the comparison table reports (None: no column)."""
        return self._threshold

    @property
    def small_multiples(self) -> bool:
        """Compare in one small plot per construct instead of one overlaid plot."""
        return self._small_multiples

    @property
    def show_differences(self) -> bool:
        """While comparing, the diagram shows each construct's difference from the reference."""
        return self._show_differences

    @property
    def text_scale(self) -> float:
        """How much larger than designed the diagram's and plots' text is drawn."""
        return self._text_scale

    @property
    def shown(self) -> frozenset[str] | None:
        """The constructs a story step reveals (None: all of them)."""
        return self._shown

    @property
    def reveal_mode(self) -> str:
        """How the constructs outside :attr:`shown` are drawn: "fade" or "hide"."""
        return self._reveal_mode

    @property
    def highlighted(self) -> frozenset[str]:
        """The paths and junctions drawn highlighted (a story step's, or a hovered route's)."""
        return self._highlighted

    @property
    def budget_outcome(self) -> tuple[str | None, float | None]:
        """The Budget dock's outcome: (construct id or None for the default, week or None for
        its average over the run)."""
        return self._budget_outcome

    def is_shown(self, construct_id: str) -> bool:
        return self._shown is None or construct_id in self._shown

    def cursor_step(self, last: int) -> int:
        """The cursor's step on a run of ``last`` steps."""
        return last if self._cursor is None else max(0, min(self._cursor, last))

    # ------------------------------------------------------------------ setting
    def set_scenario(self, key: ScenarioKey) -> None:
        """Simulate under scenario ``key`` (None: as drawn); refuses a name the model lacks."""
        self._require(key)
        if key != self._scenario:
            self._scenario = key
            self._emit(["scenario"])

    def set_compared(self, keys: Iterable[ScenarioKey]) -> None:
        """Compare these scenarios (at most six; fewer than two ends the comparison)."""
        wanted = list(dict.fromkeys(keys))
        for key in wanted:
            self._require(key)
        if len(wanted) > MAX_COMPARED:
            raise ModelError(
                phrase("at most {most} scenarios can be compared at once", most=MAX_COMPARED)
            )
        order = self._order()
        compared = tuple(sorted(wanted, key=order.index))
        self._apply(compared=compared)

    def set_reference(self, key: ScenarioKey) -> None:
        """Measure the compared scenarios against ``key`` (one of them)."""
        if key not in self._compared:
            raise ModelError(
                phrase(
                    "“{scenario}” is not among the compared scenarios",
                    scenario=scenario_label(key),
                )
            )
        self._apply(reference=key)

    def set_cursor(self, step: int | None) -> None:
        """Put the time cursor at ``step`` (None: follow the last step)."""
        step = None if step is None else max(0, int(step))
        if step != self._cursor:
            self._cursor = step
            self._emit(["cursor"])

    def set_focus(self, construct_ids: Iterable[str]) -> None:
        """Plot exactly these constructs (unknown ids are left out), in the document's order."""
        order = [c.id for c in self.document.constructs]
        wanted = set(construct_ids)
        focus = tuple(cid for cid in order if cid in wanted)
        if focus != self._focus:
            self._focus = focus
            self._emit(["focus"])

    def set_threshold(self, level: float | None) -> None:
        if level is not None and not 0.0 <= float(level) <= 1.0:
            raise ModelError(
                phrase("the threshold must be between 0 and 1 (got {value!r})", value=level)
            )
        level = None if level is None else float(level)
        if level != self._threshold:
            self._threshold = level
            self._emit(["threshold"])

    def set_small_multiples(self, on: bool) -> None:
        if bool(on) != self._small_multiples:
            self._small_multiples = bool(on)
            self._emit(["small_multiples"])

    def set_show_differences(self, on: bool) -> None:
        if bool(on) != self._show_differences:
            self._show_differences = bool(on)
            self._emit(["show_differences"])

    def set_text_scale(self, scale: float) -> None:
        """Scale diagram and plot text (clamped to the setting's range, on its steps)."""
        scale = min(TEXT_SCALE_MAX, max(TEXT_SCALE_MIN, float(scale)))
        scale = round(scale / TEXT_SCALE_STEP) * TEXT_SCALE_STEP
        if scale != self._text_scale:
            self._text_scale = scale
            self._emit(["text_scale"])

    def set_shown(self, construct_ids: Iterable[str] | None, mode: str = "fade") -> None:
        """Reveal only these constructs, the others faded or hidden (None: show all)."""
        if mode not in REVEAL_MODES:
            raise ModelError(
                phrase(
                    "a reveal mode is one of {choices} (got {value!r})",
                    choices=", ".join(REVEAL_MODES),
                    value=mode,
                )
            )
        shown = None if construct_ids is None else frozenset(construct_ids)
        changed = shown != self._shown or (shown is not None and mode != self._reveal_mode)
        self._shown, self._reveal_mode = shown, mode
        if changed:
            self._emit(["shown"])

    def set_highlighted(self, item_ids: Iterable[str]) -> None:
        """Highlight these paths and junctions (an empty set clears it)."""
        highlighted = frozenset(item_ids)
        if highlighted != self._highlighted:
            self._highlighted = highlighted
            self._emit(["highlighted"])

    def set_budget_outcome(self, construct_id: str | None, week: float | None) -> None:
        """Measure spend by ``construct_id`` at ``week`` (None: its average over the run)."""
        if week is not None and not float(week) >= 0.0:
            raise ModelError(phrase("the week must be 0 or later (got {week!r})", week=week))
        chosen = (construct_id, None if week is None else float(week))
        if chosen != self._budget_outcome:
            self._budget_outcome = chosen
            self._emit(["budget_outcome"])

    # ------------------------------------------------------------------ internals
    def _order(self) -> list[ScenarioKey]:
        return [None, *(s.name for s in self.document.scenarios)]

    def _require(self, key: ScenarioKey) -> None:
        if key is not None and key not in self._order():
            raise ModelError(phrase("there is no scenario named {name!r}", name=key))

    def _apply(
        self,
        scenario: ScenarioKey | bool = False,
        compared: tuple[ScenarioKey, ...] | None = None,
        reference: ScenarioKey | bool = False,
        focus: tuple[str, ...] | None = None,
        also: Iterable[str] = (),
    ) -> None:
        """Set several fields at once, keep the reference among the compared, emit once."""
        changed = list(also)
        if scenario is not False and scenario != self._scenario:
            self._scenario = scenario
            changed.append("scenario")
        if compared is not None and compared != self._compared:
            self._compared = compared
            changed.append("compared")
        if reference is not False and reference != self._reference:
            self._reference = reference
            changed.append("reference")
        if self._reference not in self._compared:
            fallback = self._compared[0] if self._compared else None
            if fallback != self._reference:
                self._reference = fallback
                changed.append("reference")
        if focus is not None and focus != self._focus:
            self._focus = focus
            changed.append("focus")
        self._emit(changed)

    def _on_document_changed(self, change: Change) -> None:
        if change.target == "document":
            self._reset()
        elif change.target == "scenario":
            self._follow_scenarios(change)
        elif change.target == "construct" and change.action == "remove":
            self._apply(focus=tuple(c for c in self._focus if c != change.item_id))
        elif change.target == "settings" and "focus" in change.fields:
            self._follow_model_focus()

    def _follow_model_focus(self) -> None:
        """Take the model's new focus setting, unless it only lost constructs that were
        removed (the removal has already left the plot; the user's choice stays)."""
        new, old = list(self.document.settings.focus), self._model_focus
        self._model_focus = new
        pruned = set(new) <= set(old) and not any(
            self.document.has_construct(cid) for cid in set(old) - set(new)
        )
        if new and not pruned:
            self.set_focus(new)

    def _follow_scenarios(self, change: Change) -> None:
        if change.previous_id is not None:  # renamed: the same scenario under its new name
            old, new = change.previous_id, change.item_id

            def renamed(key: ScenarioKey) -> ScenarioKey:
                return new if key == old else key

            self._apply(
                scenario=renamed(self._scenario),
                compared=tuple(renamed(k) for k in self._compared),
                reference=renamed(self._reference),
            )
            return
        names = set(self._order())
        compared = tuple(k for k in self._compared if k in names)
        order = self._order()
        self._apply(
            scenario=self._scenario if self._scenario in names else None,
            compared=tuple(sorted(compared, key=order.index)),  # follows a reorder
        )

    def _reset(self) -> None:
        """A new document: as drawn, nothing compared, cursor at the end, its own focus."""
        moved = ["cursor"] if self._cursor is not None else []
        if self._shown is not None:
            moved.append("shown")
        if self._highlighted:
            moved.append("highlighted")
        self._shown, self._highlighted = None, frozenset()
        if self._budget_outcome != (None, None):
            self._budget_outcome = (None, None)
            moved.append("budget_outcome")
        self._model_focus = list(self.document.settings.focus)
        self._cursor = None
        self._apply(
            scenario=None,
            compared=(),
            reference=None,
            focus=tuple(default_focus(self.document)),
            also=moved,
        )


__all__ = [
    "AS_DRAWN",
    "AS_DRAWN_LABEL",
    "DEFAULT_THRESHOLD",
    "MAX_COMPARED",
    "REVEAL_MODES",
    "TEXT_SCALE_MAX",
    "TEXT_SCALE_MIN",
    "TEXT_SCALE_STEP",
    "ScenarioKey",
    "ViewChange",
    "ViewState",
    "scenario_label",
]
