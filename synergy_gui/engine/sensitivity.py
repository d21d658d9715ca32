"""Which assumption matters most: a tornado, Sobol indices and Morris screening.

The outcome is one construct's level at a chosen week T, or where it settles (every stimulus
at its long-run level, the model run on until it rests: see
:mod:`synergy_gui.engine.sensitivity_runs`). The parameters are named ``path:<id>``,
``junction:<id>`` and ``stimulus:<id>``, and each varies over a range:

- a path or junction weight over its value ± 1 sd (its own ``sd``, else the model's
  ``default_sd``, else ± 0.1), clipped to [−1, 1];
- a stimulus over its level ± 0.1, clipped to [0, 1]. A scheduled stimulus has its long-run
  level as its level, and its whole schedule moves by the same amount (clipped at each step).

Methods:

- ``tornado``: one at a time, every other parameter at its value: the outcome with the
  parameter at the low and at the high end of its range, ranked by the swing |high − low|.
- ``sobol``: first-order (S1) and total (ST) indices with 95 % confidence intervals, from
  SALib's Saltelli scheme (``SALib.sample.sobol``, ``calc_second_order=False``: N·(D + 2)
  runs for N samples and D parameters, N a power of two) and ``SALib.analyze.sobol``. Every
  input is independent and uniform over its range. Ranked by ST.
- ``morris``: SALib's Morris screening (N trajectories of D + 1 runs, 4 levels): ``mu_star``
  (the mean absolute elementary effect, in outcome units per move across the input's whole
  range), its confidence interval, ``sigma`` (spread: interaction or curvature) and ``mu``.
  Ranked by mu_star.

SALib (with scipy and pandas) is an optional extra. Without it, Sobol and Morris raise
:class:`SensitivityUnavailable`; the tornado needs only numpy.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from synergy_gui.engine import validate
from synergy_gui.engine.compile import CompiledModel, compile_model
from synergy_gui.engine.errors import EngineError
from synergy_gui.engine.sensitivity_runs import SETTLE_MAX_STEPS, OutcomeRuns, Varied
from synergy_gui.engine.steady import long_run_levels
from synergy_gui.model.document import ModelDocument
from synergy_gui.model.phrases import phrase

METHODS = ("tornado", "sobol", "morris")
#: The figures of each method, as the table, the CSV and the CLI's JSON name them.
FIGURES = {
    "tornado": ("low", "high"),
    "sobol": ("S1", "S1_conf", "ST", "ST_conf"),
    "morris": ("mu_star", "mu_star_conf", "sigma", "mu"),
}
#: The half-width of a weight's range when neither it nor the model gives an sd.
WEIGHT_HALF_WIDTH = 0.1
STIMULUS_HALF_WIDTH = 0.1
DEFAULT_SAMPLES = {"sobol": 1024, "morris": 64, "tornado": 0}
DEFAULT_SEED = 12
MAX_SOBOL_SAMPLES = 65_536
MAX_MORRIS_TRAJECTORIES = 10_000
MORRIS_LEVELS = 4
BOOTSTRAP_RESAMPLES = 100
#: The share of the progress bar the evaluations fill; the analysis takes the rest.
_EVALUATION_SHARE = 0.95
UNAVAILABLE = phrase(
    "Sobol and Morris indices need the SALib package, which is not installed here (the "
    "offline installer leaves it out: with scipy and pandas it would pass the installer's size "
    'budget); install the program with pip, e.g. "pip install synergy-explorer", to use them. '
    "The tornado works without it."
)


class SensitivityUnavailable(EngineError):  # noqa: N818  # the name the issue gives it
    """SALib is not installed, so Sobol and Morris cannot run."""


@dataclass(frozen=True)
class Parameter:
    """One varied input: its name, its value in the model and the range it varies over."""

    name: str  # path:<id> | junction:<id> | stimulus:<id>
    kind: str  # path | junction | stimulus
    item_id: str
    value: float
    low: float
    high: float

    @property
    def width(self) -> float:
        return self.high - self.low


@dataclass(frozen=True)
class SensitivityRequest:
    """What to analyse: the outcome, when (None: where it settles) and how."""

    outcome: str
    week: float | None = None
    method: str = "tornado"
    samples: int | None = None  # None: the method's default
    seed: int = DEFAULT_SEED
    only: tuple[str, ...] | None = None  # the parameter names to vary (None: all of them)


@dataclass(frozen=True, eq=False)
class SensitivityResult:
    """Figures per parameter, most influential first; ``figures[name][k]`` belongs to
    ``parameters[k]``. ``base`` is the outcome with every parameter at its value."""

    method: str
    outcome: str
    week: float | None
    base: float
    parameters: tuple[Parameter, ...]
    figures: dict[str, np.ndarray]
    samples: int
    evaluations: int
    seed: int
    notes: tuple[str, ...] = field(default=())

    def figure(self, name: str, figure: str) -> float:
        """One figure of one parameter, by the parameter's name."""
        names = [p.name for p in self.parameters]
        if name not in names:
            raise EngineError(phrase("the result has no parameter {name!r}", name=name))
        return float(self.figures[figure][names.index(name)])

    def as_dict(self) -> dict[str, dict[str, float]]:
        """Each parameter's name mapped to its figures, in rank order."""
        return {
            p.name: {figure: float(self.figures[figure][k]) for figure in FIGURES[self.method]}
            for k, p in enumerate(self.parameters)
        }


# ---------------------------------------------------------------------------- parameters
def parameters_of(document: ModelDocument, model: CompiledModel) -> tuple[Parameter, ...]:
    """Every weight (paths, then junctions) and every stimulus, with its range."""
    items = {item.id: item for item in (*document.paths, *document.junctions)}
    junctions = {j.id for j in document.junctions}
    default_sd = document.settings.default_sd
    found = []
    for column, item_id in enumerate(model.item_ids):
        own = items[item_id].sd
        half = own if own is not None else default_sd
        half = WEIGHT_HALF_WIDTH if half is None else float(half)
        value = float(model.item_weights[column])
        kind = "junction" if item_id in junctions else "path"
        bound = model.weight_bound
        found.append(_ranged(kind, item_id, value, half, (-bound, bound)))
    stimulus_levels = _stimulus_levels(model)
    for stimulus_id, level in zip(model.stimulus_ids, stimulus_levels, strict=True):
        found.append(
            _ranged("stimulus", stimulus_id, level, STIMULUS_HALF_WIDTH, model.level_bounds)
        )
    return tuple(found)


def _ranged(kind: str, item_id: str, value: float, half: float, bounds) -> Parameter:
    low, high = max(bounds[0], value - half), min(bounds[1], value + half)
    return Parameter(f"{kind}:{item_id}", kind, item_id, value, low, high)


def _stimulus_levels(model: CompiledModel) -> list[float]:
    levels = long_run_levels(model)
    return [float(levels[c]) for c, plan in enumerate(model.plans) if plan.source == "stimulus"]


def parameter_labels(document: ModelDocument, parameters: Sequence[Parameter]) -> dict[str, str]:
    """Each parameter's name mapped to :func:`parameter_label`."""
    return {p.name: parameter_label(document, p) for p in parameters}


def parameter_label(document: ModelDocument, parameter: Parameter) -> str:
    """How a person reads a parameter: "Trust → Loyalty", "A × B → C", "eWOM"."""
    labels = {c.id: c.label or c.id for c in document.constructs}
    if parameter.kind == "stimulus":
        return labels.get(parameter.item_id, parameter.item_id)
    for path in document.paths:
        if path.id == parameter.item_id:
            return f"{labels[path.source]} → {labels[path.target]}"
    for junction in document.junctions:
        if junction.id == parameter.item_id:
            members = " × ".join(labels[m] for m in junction.members)
            return f"{members} → {labels[junction.target]}"
    return parameter.name


# ------------------------------------------------------------------------------ outcome
def outcome_choices(model: CompiledModel) -> tuple[str, ...]:
    """The constructs whose level is computed (stimuli and clamped ones are set, not)."""
    return tuple(model.ids[i] for i in model.endo)


def default_outcome(document: ModelDocument, model: CompiledModel) -> str | None:
    """Loyalty if the model has it, else its last response, else its last computed construct."""
    choices = outcome_choices(model)
    if "loyalty" in choices:
        return "loyalty"
    roles = {c.id: c.role for c in document.constructs}
    responses = [cid for cid in choices if roles.get(cid) == "response"]
    return (responses or list(choices) or [None])[-1]


def check_outcome(model: CompiledModel, outcome: str) -> None:
    """Refuse an outcome that is not a construct, or whose level is set rather than computed."""
    choices = outcome_choices(model)
    if outcome in choices:
        return
    known = ", ".join(choices) or phrase("none")
    if outcome in model.index:
        raise EngineError(
            phrase(
                "{cid!r} is set by the scenario, not computed, so nothing changes it "
                "(outcomes: {known})",
                cid=outcome,
                known=known,
            )
        )
    raise EngineError(
        phrase(
            "there is no construct {cid!r} to use as the outcome (outcomes: {known})",
            cid=outcome,
            known=known,
        )
    )


def outcome_step(model: CompiledModel, week: float | None) -> int | None:
    """The step of week ``week`` (None: where it settles); refused outside 0…the step limit."""
    if week is None:
        return None
    if not isinstance(week, int | float) or not math.isfinite(week) or week < 0:
        raise EngineError(phrase("the week must be a number from 0 (got {week!r})", week=week))
    last = validate.MAX_STEPS * model.dt
    if week > last:
        raise EngineError(
            phrase(
                "the week must be at most {last:g}, the longest run (got {week:g})",
                last=last,
                week=week,
            )
        )
    return validate.check_steps(round(week / model.dt))


# ------------------------------------------------------------------------------ running
def run_sensitivity(
    document: ModelDocument,
    scenario: str | None,
    request: SensitivityRequest,
    on_progress: Callable[[float], None] | None = None,
) -> SensitivityResult:
    """Compile ``document`` under ``scenario`` once and analyse it as ``request`` asks.

    ``on_progress(share)`` (0 to 1) is called between chunks of runs; it may raise to stop.
    """
    model = compile_model(document, scenario)
    return analyse(model, parameters_of(document, model), request, on_progress)


def analyse(
    model: CompiledModel,
    parameters: Sequence[Parameter],
    request: SensitivityRequest,
    on_progress: Callable[[float], None] | None = None,
) -> SensitivityResult:
    """Run ``request`` on a compiled model with the given parameters."""
    if request.method not in METHODS:
        raise EngineError(f"unknown method {request.method!r} (methods: {', '.join(METHODS)})")
    check_outcome(model, request.outcome)
    step = outcome_step(model, request.week)
    chosen = _chosen(parameters, request.only)
    if not chosen:
        raise EngineError(phrase("the model has no path, junction or stimulus to vary"))
    runs = OutcomeRuns(model, request.outcome, step, [_varied(model, p) for p in chosen])
    method = {"tornado": _tornado, "sobol": _sobol, "morris": _morris}[request.method]
    return method(runs, chosen, request, _scaled(on_progress))


def _chosen(parameters: Sequence[Parameter], only: tuple[str, ...] | None) -> list[Parameter]:
    if only is None:
        return list(parameters)
    known = {p.name: p for p in parameters}
    unknown = [name for name in only if name not in known]
    if unknown:
        raise EngineError(
            phrase(
                "there is no parameter {name!r} (parameters: {known})",
                name=unknown[0],
                known=", ".join(known) or phrase("none"),
            )
        )
    return [known[name] for name in dict.fromkeys(only)]


def _varied(model: CompiledModel, parameter: Parameter) -> Varied:
    if parameter.kind == "stimulus":
        column = model.stimulus_ids.index(parameter.item_id)
        return Varied("stimulus", column, parameter.value)
    return Varied("weight", model.item_ids.index(parameter.item_id), parameter.value)


def _scaled(on_progress: Callable[[float], None] | None) -> Callable[[float], None]:
    """The evaluations' share of the progress (the analysis reports the rest)."""
    if on_progress is None:
        return lambda share: None
    return lambda share: on_progress(min(1.0, share * _EVALUATION_SHARE))


def _tornado(runs: OutcomeRuns, parameters, request, progress) -> SensitivityResult:
    base = np.array([p.value for p in parameters])
    rows = np.repeat(base[None], 1 + 2 * len(parameters), axis=0)
    for k, parameter in enumerate(parameters):
        rows[1 + 2 * k, k], rows[2 + 2 * k, k] = parameter.low, parameter.high
    outcomes = runs(rows, progress)
    low, high = outcomes[1::2], outcomes[2::2]
    order = np.argsort(-np.abs(high - low), kind="stable")
    return _result(
        runs, parameters, request, order, {"low": low, "high": high}, 0, rows.shape[0],
        float(outcomes[0]), [],
    )  # fmt: skip


def _sobol(runs: OutcomeRuns, parameters, request, progress) -> SensitivityResult:
    samples = check_sobol_samples(_samples(request))
    salib = _salib()
    varied, notes = _with_width(parameters)
    problem = _problem(varied)
    base = _base_outcome(runs, parameters)
    values = salib.sobol_sample.sample(
        problem, samples, calc_second_order=False, scramble=True, seed=request.seed
    )
    outcomes = runs(_full_rows(parameters, varied, values), progress)
    progress(1.0)
    figures = _flat(outcomes, varied, FIGURES["sobol"], notes)
    if figures is None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = salib.sobol_analysis.analyze(
                problem, outcomes, calc_second_order=False,
                num_resamples=BOOTSTRAP_RESAMPLES, conf_level=0.95, seed=request.seed,
            )  # fmt: skip
        figures = _finite({name: np.asarray(found[name], float) for name in FIGURES["sobol"]})
    order = np.argsort(-figures["ST"], kind="stable")
    return _result(runs, varied, request, order, figures, samples, values.shape[0], base, notes)


def _morris(runs: OutcomeRuns, parameters, request, progress) -> SensitivityResult:
    trajectories = check_morris_trajectories(_samples(request))
    salib = _salib()
    varied, notes = _with_width(parameters)
    problem = _problem(varied)
    base = _base_outcome(runs, parameters)
    values = salib.morris_sample.sample(
        problem, trajectories, num_levels=MORRIS_LEVELS, seed=request.seed
    )
    outcomes = runs(_full_rows(parameters, varied, values), progress)
    progress(1.0)
    figures = _flat(outcomes, varied, FIGURES["morris"], notes)
    if figures is None:
        found = salib.morris_analysis.analyze(
            problem, values, outcomes, num_resamples=BOOTSTRAP_RESAMPLES, conf_level=0.95,
            num_levels=MORRIS_LEVELS, seed=request.seed,
        )  # fmt: skip
        figures = _finite({name: np.asarray(found[name], float) for name in FIGURES["morris"]})
    order = np.argsort(-figures["mu_star"], kind="stable")
    return _result(runs, varied, request, order, figures, trajectories, len(values), base, notes)


def _base_outcome(runs: OutcomeRuns, parameters: Sequence[Parameter]) -> float:
    return float(runs(np.array([[p.value for p in parameters]]))[0])


def _samples(request: SensitivityRequest) -> int:
    return DEFAULT_SAMPLES[request.method] if request.samples is None else request.samples


def check_sobol_samples(samples: object) -> int:
    """N for Saltelli sampling: a power of two from 2 to :data:`MAX_SOBOL_SAMPLES`."""
    whole = isinstance(samples, int | np.integer) and not isinstance(samples, bool)
    if not whole or not 2 <= samples <= MAX_SOBOL_SAMPLES:  # type: ignore[operator]
        raise EngineError(
            phrase(
                "Sobol samples must be a power of two from 2 to {most} (got {samples!r})",
                most=MAX_SOBOL_SAMPLES,
                samples=samples,
            )
        )
    if samples & (samples - 1):  # type: ignore[operator]
        below = 1 << (int(samples).bit_length() - 1)  # type: ignore[arg-type]
        raise EngineError(
            phrase(
                "Sobol samples must be a power of two, which Sobol sequences need for their "
                "balance (got {samples}: use {below} or {above})",
                samples=samples,
                below=below,
                above=below * 2,
            )
        )
    return int(samples)  # type: ignore[arg-type]


def check_morris_trajectories(samples: object) -> int:
    """The number of Morris trajectories: a whole number from 2 to the limit."""
    whole = isinstance(samples, int | np.integer) and not isinstance(samples, bool)
    if not whole or not 2 <= samples <= MAX_MORRIS_TRAJECTORIES:  # type: ignore[operator]
        raise EngineError(
            phrase(
                "Morris trajectories must be a whole number from 2 to {most} (got {samples!r})",
                most=MAX_MORRIS_TRAJECTORIES,
                samples=samples,
            )
        )
    return int(samples)  # type: ignore[arg-type]


def _with_width(parameters: Sequence[Parameter]) -> tuple[list[Parameter], list[str]]:
    """The parameters with a range to vary over; a note names those left at their value."""
    varied = [p for p in parameters if p.width > 0.0]
    fixed = [p.name for p in parameters if p.width <= 0.0]
    if not varied:
        raise EngineError(phrase("no parameter has a range to vary over (every sd is 0)"))
    notes = [phrase("held at their value (sd 0): {names}", names=", ".join(fixed))] if fixed else []
    return varied, notes


def _problem(parameters: Sequence[Parameter]) -> dict:
    return {
        "num_vars": len(parameters),
        "names": [p.name for p in parameters],
        "bounds": [[p.low, p.high] for p in parameters],
    }


def _full_rows(parameters, varied, values: np.ndarray) -> np.ndarray:
    """Rows over every parameter: the sampled columns, the others at their value."""
    rows = np.repeat(np.array([[p.value for p in parameters]]), values.shape[0], axis=0)
    columns = [parameters.index(p) for p in varied]
    rows[:, columns] = values
    return rows


def _flat(outcomes: np.ndarray, varied, names, notes: list[str]) -> dict | None:
    """All-zero figures when the outcome does not move at all (the indices are 0/0)."""
    if np.ptp(outcomes) > 1e-12:
        return None
    notes.append(phrase("the outcome does not change over these ranges, so every index is 0"))
    return {name: np.zeros(len(varied)) for name in names}


def _finite(figures: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    return {
        name: np.nan_to_num(values, nan=0.0, posinf=0.0, neginf=0.0)
        for name, values in figures.items()
    }


def _result(runs, parameters, request, order, figures, samples, evaluations, base, notes):
    notes = list(notes)
    if runs.unsettled:
        notes.append(
            phrase(
                "{runs} runs were still moving after {steps} steps; their last level is used",
                runs=runs.unsettled,
                steps=SETTLE_MAX_STEPS,
            )
        )
    return SensitivityResult(
        method=request.method,
        outcome=request.outcome,
        week=request.week,
        base=base,
        parameters=tuple(parameters[k] for k in order),
        figures={name: np.asarray(values)[order] for name, values in figures.items()},
        samples=samples,
        evaluations=evaluations,
        seed=request.seed,
        notes=tuple(notes),
    )


@dataclass(frozen=True)
class _SALib:
    sobol_sample: object
    sobol_analysis: object
    morris_sample: object
    morris_analysis: object


def _salib() -> _SALib:
    """SALib's samplers and analysers, imported on first use (it pulls scipy and pandas)."""
    try:
        from SALib.analyze import morris as morris_analysis
        from SALib.analyze import sobol as sobol_analysis
        from SALib.sample import morris as morris_sample
        from SALib.sample import sobol as sobol_sample
    except ImportError as error:
        raise SensitivityUnavailable(UNAVAILABLE) from error
    return _SALib(sobol_sample, sobol_analysis, morris_sample, morris_analysis)


def salib_available() -> bool:
    """Whether Sobol and Morris can run here (imports SALib: slow the first time)."""
    try:
        _salib()
    except SensitivityUnavailable:
        return False
    return True
