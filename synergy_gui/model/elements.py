"""The parts of a model document as plain values: constructs, paths, junctions, scenarios."""

from __future__ import annotations

from dataclasses import dataclass, field

from synergy_gui.model.channels import SpendPlan
from synergy_gui.model.phrases import Phrase, phrase

ROLES = ("stimulus", "organism", "response")
PATH_KINDS = ("causal", "trust-transfer")
ACTIVATION_KINDS = ("clip", "logistic", "tanh", "bivalent", "trivalent", "identity")
SCHEDULE_KINDS = ("constant", "step", "pulse", "ramp", "series")
UPDATE_RULES = ("sor", "kosko", "modified-kosko", "rescaled")
STEP_MODES = ("exact", "euler")
#: Standardised weights are βs in [-1, 1]; unstandardised ones are raw coefficients.
WEIGHT_SCALES = ("standardised", "unstandardised")
#: Unipolar levels lie in [0, 1]; bipolar ones in [-1, 1] (tanh and trivalent FCMs).
LEVEL_RANGES = ("unipolar", "bipolar")

#: Each role with its article, a phrase of its own so that a translation needs no article.
_ROLE_WITH_ARTICLE = {
    "stimulus": phrase("a stimulus"),
    "organism": phrase("an organism"),
    "response": phrase("a response"),
}


def role_with_article(role: str) -> Phrase:
    """The role with its article, for messages: "a stimulus", "an organism", "a response"."""
    if isinstance(role, str) and role in _ROLE_WITH_ARTICLE:
        return _ROLE_WITH_ARTICLE[role]
    if str(role)[:1].lower() in ("a", "e", "i", "o", "u"):  # a role a file made up
        return phrase("an {role}", role=role)
    return phrase("a {role}", role=role)


@dataclass
class Activation:
    """The squashing function f of a construct: u -> level.

    ``gain`` (λ) and ``threshold`` (h) are used by the logistic rule
    ``1 / (1 + exp(-gain * (u - threshold)))`` and by tanh ``tanh(gain * u)``.
    """

    kind: str = "clip"
    gain: float = 5.0
    threshold: float = 0.5


def default_threshold(update_rule: str) -> float:
    """The logistic threshold a file leaves out: 0 under the FCM rules (FCMpy's sigmoid)."""
    return 0.5 if update_rule == "sor" else 0.0


@dataclass
class Construct:
    """A latent variable of the S-O-R model, such as digital trust."""

    id: str
    label: str
    role: str = "organism"
    initial: float = 0.5  # level at t = 0; for a stimulus, its level when no schedule applies
    baseline: float = 0.5  # x⁰: the level of the average consumer
    tau_rise: float = 1.0  # time constant while the level rises, in time units
    tau_fall: float = 1.0  # time constant while the level falls
    activation: Activation | None = None  # None: the model's default activation
    position: tuple[float, float] = (0.0, 0.0)
    description: str = ""
    references: list[str] = field(default_factory=list)


@dataclass
class Path:
    """A directed effect ``source -> target`` (a self-loop when they are the same).

    Its weight lies in [-1, 1], or within ±100 when the model's weights are unstandardised.
    """

    id: str
    source: str
    target: str
    weight: float = 0.3
    sd: float | None = None  # uncertainty of the weight (standard deviation), if known
    kind: str = "causal"
    label: str = ""
    description: str = ""
    references: list[str] = field(default_factory=list)
    note: str = ""


@dataclass
class Junction:
    """A synergy junction: the co-active product of its members' deviations acts on target."""

    id: str
    members: list[str]
    target: str
    weight: float = 0.1
    sd: float | None = None  # uncertainty of the weight (standard deviation), if known
    label: str = ""
    position: tuple[float, float] | None = None  # None: drawn between members and target
    description: str = ""
    references: list[str] = field(default_factory=list)


@dataclass
class Schedule:
    """How a stimulus moves over time (times in the model's time unit).

    constant: ``level`` throughout.  step: ``base`` before ``start``, ``level`` from then.
    pulse (a campaign): ``level`` during [start, start + duration), ``base`` otherwise.
    ramp: ``base`` until ``start``, then linear to ``level`` over ``duration``.
    series: ``values[k]`` at step k, the last value held after the series ends.
    """

    kind: str = "constant"
    level: float = 0.5
    base: float = 0.5
    start: float = 0.0
    duration: float = 0.0
    values: list[float] = field(default_factory=list)


@dataclass
class Scenario:
    """A what-if: stimulus schedules, clamped constructs, overridden weights and spend plans."""

    name: str
    description: str = ""
    horizon: int | None = None  # steps; None: the model's default horizon
    schedules: dict[str, Schedule] = field(default_factory=dict)
    clamps: dict[str, float] = field(default_factory=dict)
    weight_overrides: dict[str, float] = field(default_factory=dict)
    segment: str = ""  # the audience segment its weight overrides model, e.g. "Gen Z"
    #: channel id -> spend plan; the channel's stimuli follow the spend (model.channels)
    spend: dict[str, SpendPlan] = field(default_factory=dict)


@dataclass
class Settings:
    """Model-wide settings of the simulation."""

    time_unit: str = "week"
    dt: float = 1.0
    horizon: int = 52
    update_rule: str = "sor"
    step_mode: str = "exact"
    activation: Activation = field(default_factory=Activation)
    focus: list[str] = field(default_factory=list)  # constructs plotted by default
    #: The sd of every path and junction weight that has none of its own (None: such weights
    #: are taken as certain in the uncertainty bands)
    default_sd: float | None = None
    weight_scale: str = "standardised"  # "unstandardised": raw coefficients beyond ±1
    level_range: str = "unipolar"  # "bipolar": levels in [-1, 1]


@dataclass
class Meta:
    """What the model is, who made it and what it rests on."""

    title: str = "Untitled model"
    description: str = ""
    authors: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
