"""Small documents for the engine tests, built through the document's own edits."""

from __future__ import annotations

from synergy_gui.model import Activation, Construct, ModelDocument, Scenario, Schedule


def construct(
    cid: str,
    role: str = "organism",
    initial: float = 0.5,
    baseline: float = 0.5,
    tau: tuple[float, float] = (1.0, 1.0),
    activation: Activation | None = None,
) -> Construct:
    return Construct(
        id=cid,
        label=cid.title(),
        role=role,
        initial=initial,
        baseline=baseline,
        tau_rise=tau[0],
        tau_fall=tau[1],
        activation=activation,
    )


def document(
    constructs: list[Construct],
    paths: list[tuple[str, str, float]] = (),
    junctions: list[tuple[list[str], str, float]] = (),
    **settings: object,
) -> ModelDocument:
    """A document of ``constructs``, ``(source, target, weight)`` paths and junctions."""
    doc = ModelDocument()
    for item in constructs:
        doc.add_construct(item)
    for source, target, weight in paths:
        doc.connect(source, target, weight)
    for members, target, weight in junctions:
        doc.new_junction(members, target, weight)
    if settings:
        doc.update_settings(**settings)
    return doc


def with_scenario(
    doc: ModelDocument,
    name: str = "what-if",
    schedules: dict[str, Schedule] | None = None,
    clamps: dict[str, float] | None = None,
    overrides: dict[str, float] | None = None,
    horizon: int | None = None,
) -> ModelDocument:
    doc.add_scenario(
        Scenario(
            name=name,
            horizon=horizon,
            schedules=dict(schedules or {}),
            clamps=dict(clamps or {}),
            weight_overrides=dict(overrides or {}),
        )
    )
    return doc


def chain(stimulus: float = 0.8, weight: float = 0.5, **settings: object) -> ModelDocument:
    """stimulus s -> organism o -> response r, weights ``weight`` and 0.4."""
    doc = document(
        [construct("s", "stimulus", stimulus), construct("o"), construct("r", "response")],
        [("s", "o", weight), ("o", "r", 0.4)],
        **settings,
    )
    return doc


def loop_model(rule: str = "sor", **settings: object) -> ModelDocument:
    """Stimuli a, b; organisms o, p with a loop o <-> p (p logistic); response r; junctions
    in and out; a scenario "pulse" pulsing b."""
    doc = document(
        [
            construct("a", "stimulus", 0.7),
            construct("b", "stimulus", 0.3),
            construct("o", initial=0.4, tau=(3.0, 1.0)),
            construct("p", initial=0.6, tau=(1.0, 2.0), activation=Activation("logistic", 4.0)),
            construct("r", "response", initial=0.5, tau=(5.0, 2.0)),
        ],
        [("a", "o", 0.5), ("b", "p", -0.3), ("o", "p", 0.6), ("p", "o", 0.4), ("p", "r", 0.7)],
        [(["a", "b"], "o", 0.3), (["o", "b"], "r", -0.5)],
        update_rule=rule,
        **settings,
    )
    return with_scenario(doc, "pulse", schedules={"b": Schedule("pulse", 0.9, 0.2, 3.0, 4.0)})
