"""The engine's front door: compile once, run many times, update numbers in place."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from synergy_gui.engine import validate
from synergy_gui.engine.arrays import LoopArrays, build_loop, patch_weight, refill
from synergy_gui.engine.compile import CompiledModel, compile_model
from synergy_gui.engine.dynamics import integrate, levels_of
from synergy_gui.engine.effects import Contributions, Effects, contributions, effects
from synergy_gui.engine.errors import EngineError
from synergy_gui.engine.result import SimulationResult
from synergy_gui.engine.steady import MAX_STEPS, SteadyState, steady_state
from synergy_gui.engine.updates import Update, update_for
from synergy_gui.model.document import ModelDocument
from synergy_gui.model.events import Change
from synergy_gui.model.phrases import phrase


class Simulator:
    """Runs one document under one scenario (a name, or None for the document as it is)."""

    def __init__(self, document: ModelDocument, scenario: str | None = None) -> None:
        self.document = document
        self.scenario = scenario
        self.model: CompiledModel = compile_model(document, scenario)
        self._loop: tuple[int, int, LoopArrays] | None = None

    # ------------------------------------------------------------------------- running
    def run(
        self, steps: int | None = None, on_chunk: Callable[[int], None] | None = None
    ) -> SimulationResult:
        """Simulate over the horizon (or ``steps`` steps) from the initial levels;
        ``on_chunk(done)`` follows a long run (see :func:`dynamics.integrate`)."""
        model = self.model
        steps = model.steps if steps is None else validate.check_steps(steps)
        validate.check_run_size(model.n, model.junction_target.size, steps)
        loop = self.loop(steps)
        state = integrate(model, loop, model.initial[model.endo], steps, on_chunk)
        levels = levels_of(model, state, model.exogenous_levels(steps))[0]
        times = np.arange(steps + 1) * model.dt
        return SimulationResult(
            model.ids, times, levels, model.scenario, self.document.settings.time_unit
        )

    def loop(self, steps: int) -> LoopArrays:
        """The loop arrays for ``steps`` steps, rebuilt only after a change."""
        key = (self.model.version, steps)
        if self._loop is None or self._loop[:2] != key:
            exo_levels = self.model.exogenous_levels(steps)
            self._loop = (*key, build_loop(self.model, exo_levels))
        return self._loop[2]

    def steady_state(self, tolerance: float = 1e-9, max_steps: int = MAX_STEPS) -> SteadyState:
        """Where the levels settle with every stimulus at its long-run level."""
        return steady_state(self.model, tolerance=tolerance, max_steps=max_steps)

    def effects(self, point: np.ndarray | None = None) -> Effects:
        """Direct, indirect and total effects of each stimulus, at ``point`` or at rest."""
        return effects(self.model, self.steady_state().levels if point is None else point)

    def contributions(self, construct_id: str, levels: np.ndarray | None = None) -> Contributions:
        """The terms of a construct's input at ``levels`` (default: at rest)."""
        levels = self.steady_state().levels if levels is None else levels
        return contributions(self.model, construct_id, levels)

    # ------------------------------------------------------------------ in-place updates
    def set_weight(self, item_id: str, weight: float) -> None:
        """Set the weight of a path or junction for the next runs (no recompile)."""
        model = self.model
        try:
            position = model.item_ids.index(item_id)
        except ValueError:
            raise EngineError(
                phrase("there is no path or junction with id {item!r}", item=item_id)
            ) from None
        weight = validate.check_weight(
            phrase("weight of {item!r}", item=item_id), weight, self.document.settings
        )
        model.item_weights[position] = weight
        self._changed(lambda loop: patch_weight(model, loop, position))

    def set_initial(self, construct_id: str, level: float) -> None:
        """Set a construct's level at t = 0 (a stimulus's level when it has no schedule)."""
        model = self.model
        if construct_id not in model.index:
            raise EngineError(phrase("there is no construct with id {cid!r}", cid=construct_id))
        level = validate.check_level(
            phrase("level of {cid!r}", cid=construct_id), level, self.document.settings
        )
        plan = next((p for p in model.plans if p.construct_id == construct_id), None)
        if plan is None:
            model.initial[model.index[construct_id]] = level
        elif plan.source != "clamp" and plan.schedule is None:
            plan.level = level
            model.initial[model.index[construct_id]] = level
            self._changed(
                lambda loop: refill(model, loop, model.exogenous_levels(loop.state.shape[0] - 1)),
                levels_changed=True,
            )

    def apply_change(self, change: Change) -> Update:
        """Follow one document change (see :mod:`updates`); returns what it did.

        The simulator follows its scenario by name: after that scenario is renamed, build a
        new simulator with the new name (the window's view state knows it).
        """
        update = update_for(change, self.scenario)
        if update is Update.RECOMPILE:
            self.recompile()
        elif update is Update.WEIGHT:
            self.take_weight(change.item_id or "")
        elif update is Update.LEVEL:
            self.set_initial(change.item_id, self.document.construct(change.item_id).initial)
        return update

    def recompile(self) -> None:
        """Compile the document again (after a structural change)."""
        self.model = compile_model(self.document, self.scenario)
        self._loop = None

    def take_weight(self, item_id: str) -> None:
        """Take a path's or junction's weight from the document (or the scenario's override)."""
        item = self.document.weighted_item(item_id)
        weight = item.weight
        if self.scenario is not None:
            weight = self.document.scenario(self.scenario).weight_overrides.get(item.id, weight)
        self.set_weight(item.id, weight)

    # ------------------------------------------------------------------------ helpers
    def _changed(self, patch, levels_changed: bool = False) -> None:
        """Bump the model's version and bring the cached loop arrays along in place."""
        cached = self._loop
        fresh = cached is not None and cached[0] == self.model.version
        self.model.touch(levels_changed)
        if fresh:
            patch(cached[2])
            self._loop = (self.model.version, cached[1], cached[2])
        else:
            self._loop = None
