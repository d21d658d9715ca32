"""A run that would not fit in memory is refused before it starts, by validate and engine alike."""

from __future__ import annotations

import json

import pytest

from synergy_gui.engine import EngineError, Simulator, compile_model, simulate_batch
from synergy_gui.model import Construct, DocumentFileError, ModelDocument, Scenario
from synergy_gui.model.fileformat import load_document, save_document
from synergy_gui.model.validation import check_document


def _wide(constructs: int, horizon: int) -> ModelDocument:
    document = ModelDocument(
        constructs=[Construct(f"c{n}", f"C {n}") for n in range(constructs)],
    )
    document.settings.horizon = horizon
    return document


def test_a_horizon_too_long_for_the_model_s_size_is_refused_at_its_place(tmp_path):
    document = _wide(5000, 100_000)  # 4 GB of levels; each on its own is within its limit
    document.scenarios.append(Scenario("long", horizon=100_000))
    path = tmp_path / "wide.synergy.json"
    save_document(document, path)
    with pytest.raises(DocumentFileError) as refused:
        load_document(path)
    report = refused.value.report()
    assert "settings.horizon" in report and "scenarios[0].horizon" in report
    assert "4.0 GB" in report and "at most 23,994 steps" in report


def test_the_engine_refuses_the_same_run_with_the_same_reason(monkeypatch):
    from synergy_gui.model import checks

    monkeypatch.setattr(checks, "MAX_RUN_CELLS", 21_000)  # a small limit keeps the test quick
    document = _wide(20, 10)
    model = compile_model(document)
    steps = 21_000 // 21  # (steps + 1) × 21 cells: just past the limit
    with pytest.raises(EngineError, match=r"the run is too long .* at most 999 steps"):
        Simulator(document).run(steps)
    assert Simulator(document).run(steps - 1).steps == steps - 1  # just within: it runs
    with pytest.raises(EngineError, match="GB of memory"):
        simulate_batch(model, initial=[[0.5] * 20] * 3, steps=steps // 3)
    document.settings.horizon = steps
    places = [problem.location for problem in check_document(document)]
    assert places == ["settings.horizon"]  # validation agrees with the engine


def test_a_model_within_the_limit_loads(tmp_path):
    path = tmp_path / "ok.synergy.json"
    save_document(_wide(10, 100_000), path)
    assert load_document(path).settings.horizon == 100_000
    assert json.loads(path.read_text(encoding="utf-8"))["settings"]["horizon"] == 100_000
