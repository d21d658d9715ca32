"""No NaN or inf under extreme parameters, and refusals that name the item to blame."""

from __future__ import annotations

import numpy as np
import pytest
from engine_builders import chain, construct, document, with_scenario
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from synergy_gui.engine import EngineError, Simulator, compile_model, simulate_batch
from synergy_gui.model import Activation, Construct, ModelDocument, Path, Schedule

KINDS = ("clip", "logistic", "tanh", "bivalent", "trivalent", "identity")
RULES = ("sor", "kosko", "modified-kosko", "rescaled")

unit = st.floats(0.0, 1.0)
weight = st.floats(-1.0, 1.0)
tau = st.sampled_from([1e-3, 0.01, 0.5, 1.0, 7.0, 1e4]) | st.floats(1e-3, 1e4)
activation = st.builds(
    Activation,
    st.sampled_from(KINDS),
    st.sampled_from([0.01, 1.0, 100.0]) | st.floats(0.01, 100.0),
    st.sampled_from([-10.0, 0.0, 10.0]) | st.floats(-10.0, 10.0),
)


@st.composite
def documents(draw) -> ModelDocument:
    n = draw(st.integers(2, 6))
    stimuli = draw(st.integers(1, n - 1))
    doc = ModelDocument()
    for i in range(n):
        doc.add_construct(
            Construct(
                id=f"c{i}",
                label=f"C{i}",
                role="stimulus" if i < stimuli else "organism",
                initial=draw(unit),
                baseline=draw(unit),
                tau_rise=draw(tau),
                tau_fall=draw(tau),
                activation=draw(st.none() | activation),
            )
        )
    for target in range(stimuli, n):
        for source in range(n):
            if source != target and draw(st.booleans()):
                doc.add_path(Path(f"p{source}_{target}", f"c{source}", f"c{target}", draw(weight)))
        others = [f"c{j}" for j in range(n) if j != target]
        if len(others) >= 2 and draw(st.booleans()):
            members = draw(st.lists(st.sampled_from(others), min_size=2, max_size=4, unique=True))
            doc.new_junction(members, f"c{target}", draw(weight))
    doc.update_settings(
        update_rule=draw(st.sampled_from(RULES)),
        dt=draw(st.sampled_from([0.001, 1.0, 1000.0])),
        activation=draw(activation),
    )
    return doc


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents(), st.integers(0, 300))
def test_no_run_steady_state_or_effect_ever_holds_nan_or_inf(doc, steps):
    simulator = Simulator(doc)
    assert np.isfinite(simulator.run(steps).levels).all()
    rest = simulator.steady_state(max_steps=512)
    assert np.isfinite(rest.levels).all()
    try:
        local = simulator.effects(rest.levels)
    except EngineError as error:
        assert "feedback loop has a gain of 1" in str(error)
    else:
        assert np.isfinite(local.total).all()


@settings(max_examples=40, deadline=None)
@given(documents(), st.integers(0, 2**32 - 1))
def test_no_batch_holds_nan_or_inf(doc, seed):
    model = compile_model(doc)
    weights = np.random.default_rng(seed).uniform(-3.0, 3.0, (4, len(model.item_ids)))
    assert np.isfinite(simulate_batch(model, weights=weights, steps=60).levels).all()


def test_a_runaway_linear_loop_is_held_at_the_identity_bound_not_at_infinity():
    doc = document(
        [construct("s", "stimulus", 1.0), construct("a"), construct("b"), construct("c")],
        [("s", "a", 1.0), ("a", "b", 1.0), ("b", "a", 1.0), ("a", "c", 1.0), ("c", "a", 1.0)],
        activation=Activation("identity"),
    )
    result = Simulator(doc).run(5000)
    assert np.isfinite(result.levels).all()
    assert result.final("a") == pytest.approx(1000.0)


def _bypassing_checks(doc: ModelDocument, edit) -> ModelDocument:
    """A document whose data was changed behind the editing methods' backs."""
    edit(doc)
    return doc


@pytest.mark.parametrize(
    ("edit", "named"),
    [
        (lambda d: setattr(d.constructs[1], "tau_rise", 0.0), r"construct 'o': tau_rise"),
        (lambda d: setattr(d.constructs[2], "initial", float("nan")), r"construct 'r': initial"),
        (lambda d: setattr(d.constructs[1], "baseline", 2.0), r"construct 'o': baseline"),
        (lambda d: setattr(d.paths[0], "weight", float("inf")), r"path 's__o': weight"),
        (lambda d: setattr(d.paths[1], "target", "ghost"), r"path 'o__r'.*'ghost'"),
        (lambda d: setattr(d.settings, "dt", -1.0), r"settings dt"),
        (
            lambda d: setattr(d.constructs[1], "activation", Activation("sigmoid")),
            r"construct 'o': activation",
        ),
    ],
)
def test_invalid_parameters_are_refused_naming_the_item(edit, named):
    doc = _bypassing_checks(chain(), edit)
    with pytest.raises(EngineError, match=named):
        Simulator(doc)


def test_unknown_scenario_and_bad_scenario_entries_are_refused_by_name():
    doc = with_scenario(chain(), "plan", schedules={"s": Schedule("constant", 0.7)})
    with pytest.raises(EngineError, match=r"no scenario named 'other'.*'plan'"):
        Simulator(doc, "other")
    doc.scenarios[0].clamps["ghost"] = 0.5
    with pytest.raises(EngineError, match=r"scenario 'plan' clamps an unknown construct 'ghost'"):
        Simulator(doc, "plan")


def test_euler_with_a_too_short_time_constant_names_construct_and_fix():
    doc = chain(step_mode="euler", dt=2.0)
    with pytest.raises(EngineError, match=r"construct 's'.*Δt/τ ≤ 1.*exact step mode"):
        Simulator(doc)
