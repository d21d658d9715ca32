"""A small builder over the model API, so each preset reads as a list of constructs and paths.

Every item goes through the document's own edit methods, so the model validates each one.
"""

from __future__ import annotations

from synergy_gui.model import (
    Construct,
    Junction,
    Meta,
    ModelDocument,
    Path,
    Scenario,
    Schedule,
    Settings,
)

COLUMN = 260.0  # x spacing: stimuli left, organism middle, responses right
ROW = 110.0  # y spacing
BASELINE = 0.5  # the average consumer


class PresetBuilder:
    """Collects one preset's items into a :class:`ModelDocument`."""

    def __init__(
        self,
        meta: Meta,
        focus: list[str],
        horizon: int = 52,
        spacing: tuple[float, float] = (COLUMN, ROW),
    ) -> None:
        self.document = ModelDocument(meta=meta, settings=Settings(horizon=horizon))
        self._focus = list(focus)
        self._spacing = spacing

    def construct(
        self,
        cid: str,
        label: str,
        role: str,
        at: tuple[float, float],
        tau: tuple[float, float],
        description: str,
        references: list[str],
        initial: float = BASELINE,
    ) -> None:
        """Add a construct at grid cell ``at`` = (column, row), at level ``initial``."""
        self.document.add_construct(
            Construct(
                id=cid,
                label=label,
                role=role,
                initial=initial,
                baseline=BASELINE,
                tau_rise=float(tau[0]),
                tau_fall=float(tau[1]),
                position=(at[0] * self._spacing[0], at[1] * self._spacing[1]),
                description=description,
                references=list(references),
            )
        )

    def path(
        self,
        source: str,
        target: str,
        weight: float,
        description: str,
        references: list[str],
        note: str,
        kind: str = "causal",
    ) -> None:
        """Add ``source -> target``; ``note`` says whether the weight is anchored or assumed."""
        self.document.add_path(
            Path(
                id=f"{source}__{target}",
                source=source,
                target=target,
                weight=weight,
                kind=kind,
                description=description,
                references=list(references),
                note=note,
            )
        )

    def junction(
        self,
        members: list[str],
        target: str,
        weight: float,
        label: str,
        description: str,
        references: list[str],
    ) -> None:
        self.document.add_junction(
            Junction(
                id="x_" + "_".join(members),
                members=list(members),
                target=target,
                weight=weight,
                label=label,
                description=description,
                references=list(references),
            )
        )

    def scenario(
        self,
        name: str,
        description: str,
        schedules: dict[str, Schedule] | None = None,
        weight_overrides: dict[str, float] | None = None,
        clamps: dict[str, float] | None = None,
    ) -> None:
        """Add a scenario; stimuli it gives no schedule are held at the average level (0.5).

        So a scenario means the same whatever levels the sliders of the model as drawn show.
        """
        given = schedules or {}
        stimuli = [c.id for c in self.document.constructs_with_role("stimulus")]
        self.document.add_scenario(
            Scenario(
                name=name,
                description=description,
                schedules={sid: given.get(sid, constant(BASELINE)) for sid in stimuli},
                clamps=dict(clamps or {}),
                weight_overrides=dict(weight_overrides or {}),
            )
        )

    def finish(self) -> ModelDocument:
        """The built document: focus set, and every cited work listed in the meta references."""
        document = self.document
        document.update_settings(focus=self._focus)
        cited = list(document.meta.references)
        for item in (*document.constructs, *document.paths, *document.junctions):
            cited += [r for r in item.references if r not in cited]
        document.update_meta(references=cited)
        return document


def constant(level: float) -> Schedule:
    return Schedule(kind="constant", level=level)


def step(level: float, start: float) -> Schedule:
    """Average (0.5) until ``start``, then ``level``."""
    return Schedule(kind="step", level=level, base=BASELINE, start=start)


def pulse(level: float, start: float, duration: float) -> Schedule:
    """A campaign: ``level`` during [start, start + duration), average otherwise."""
    return Schedule(kind="pulse", level=level, base=BASELINE, start=start, duration=duration)
