"""Between a story step and the window: take the current view as a step, and show a step.

Both work on the document and the :class:`ViewState` only, so the story panel, presentation
mode and the tests share them. A step's slider levels are returned rather than written: the
caller decides whether they become an undoable edit (the story panel) or a passing change
that is undone on leaving (presentation mode).
"""

from __future__ import annotations

from synergy_gui.model.document import ModelDocument
from synergy_gui.model.story import StoryStep
from synergy_gui.model.view_state import ViewState


def capture_step(document: ModelDocument, view: ViewState, title: str) -> StoryStep:
    """The window as it is now, as a step titled ``title``."""
    stimuli = [c for c in document.constructs if c.role == "stimulus"]
    cursor = view.cursor
    return StoryStep(
        title=title,
        shown=None if view.shown is None else _in_order(document, view.shown),
        reveal=view.reveal_mode,
        highlight=sorted(view.highlighted),
        levels={c.id: float(c.initial) for c in stimuli},
        scenario=view.scenario,
        plotted=list(view.focus),
        week=None if cursor is None else cursor * document.settings.dt,
    )


def step_levels(document: ModelDocument, step: StoryStep) -> dict[str, float]:
    """The step's slider levels for the stimuli the document has, clamped to 0–1."""
    stimuli = {c.id for c in document.constructs if c.role == "stimulus"}
    return {cid: min(1.0, max(0.0, float(v))) for cid, v in step.levels.items() if cid in stimuli}


def step_cursor(document: ModelDocument, step: StoryStep) -> int | None:
    """The step's time cursor as a step index (None: the end; play starts at 0)."""
    if step.play:
        return 0
    if step.week is None:
        return None
    return max(0, round(step.week / document.settings.dt))


def show_step(document: ModelDocument, view: ViewState, step: StoryStep) -> None:
    """Show ``step`` in the view: scenario, revealed constructs, highlights, plot, cursor.

    Names the document no longer has are passed over, so a step survives later edits.
    """
    names = {s.name for s in document.scenarios}
    view.set_scenario(step.scenario if step.scenario in names else None)
    known = {c.id for c in document.constructs}
    view.set_shown(None if step.shown is None else known & set(step.shown), mode=step.reveal)
    view.set_highlighted(step.highlight)
    if step.plotted is not None:
        view.set_focus(step.plotted)
    view.set_cursor(step_cursor(document, step))


def _in_order(document: ModelDocument, ids: frozenset[str]) -> list[str]:
    return [c.id for c in document.constructs if c.id in ids]


__all__ = ["capture_step", "show_step", "step_cursor", "step_levels"]
