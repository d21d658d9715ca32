"""A long run goes in chunks that report progress and can be stopped; the numbers are the
same as one run in a piece."""

from __future__ import annotations

import numpy as np
import pytest

from synergy_gui.engine import Simulator, compile_model, simulate_batch
from synergy_gui.engine.compare import run_compiled
from synergy_gui.engine.dynamics import CHUNK
from synergy_gui.model.presets import load_preset


class StopRunError(Exception):
    """Raised by a chunk callback to stop a run."""


@pytest.mark.parametrize("preset", ["synergistic_influence", "kol_koc_journey"])
def test_a_run_in_chunks_equals_a_run_in_one_piece(preset):
    document = load_preset(preset)
    steps = 3 * CHUNK + 17
    whole = Simulator(document).run(steps)
    done = []
    chunked = Simulator(document).run(steps, on_chunk=done.append)
    np.testing.assert_array_equal(chunked.levels, whole.levels)
    assert done == [CHUNK, 2 * CHUNK, 3 * CHUNK, steps]


def test_a_batch_in_chunks_equals_a_batch_in_one_piece():
    document = load_preset("kol_koc_journey")
    models = {key: compile_model(document, key) for key in (None, "KOL launch", "Flash sale")}
    whole = run_compiled(models, 2 * CHUNK + 5, "week")
    done = []
    chunked = run_compiled(models, 2 * CHUNK + 5, "week", on_chunk=done.append)
    for key in models:
        np.testing.assert_array_equal(chunked[key].levels, whole[key].levels)
    assert done == [CHUNK, 2 * CHUNK, 2 * CHUNK + 5]


def test_a_chunk_callback_stops_a_run_by_raising():
    document = load_preset("synergistic_influence")

    def stop_after_first(done: int) -> None:
        if done >= CHUNK:
            raise StopRunError

    with pytest.raises(StopRunError):
        Simulator(document).run(10 * CHUNK, on_chunk=stop_after_first)
    model = compile_model(document)
    with pytest.raises(StopRunError):
        simulate_batch(
            model, stimuli=np.full((4, 5), 0.5), steps=10 * CHUNK, on_chunk=stop_after_first
        )
