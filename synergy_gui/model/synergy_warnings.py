"""The warning of DESIGN §3: a synergy junction whose product term can reverse a member's effect.

Shown, never refused. Linear in the members of each junction, however many it has.
"""

from __future__ import annotations

from synergy_gui.model.document import ModelDocument
from synergy_gui.model.elements import Construct, Junction
from synergy_gui.model.errors import Problem
from synergy_gui.model.phrases import Phrase, phrase

_TOLERANCE = 1e-12


def constructs_by_id(document: ModelDocument) -> dict[str, Construct]:
    """Each construct by its id (the first one, where an id is used twice)."""
    found: dict[str, Construct] = {}
    for construct in document.constructs:
        found.setdefault(construct.id, construct)
    return found


def synergy_warnings(document: ModelDocument) -> list[Problem]:
    """Junctions whose co-active term can reverse a member's own effect on the target.

    With baseline 0.5 the joint term ``g·(x_a − ½)(x_b − ½)`` keeps the target increasing in
    each member while ``|g|·0.5 ≤`` the member's own path weight (DESIGN §3). In general the
    other members' deviations reach ``max(x⁰, 1 − x⁰)`` each (1 under the FCM rules, whose
    baseline is 0), so the bound is ``|g|`` times their product.
    """
    constructs = constructs_by_id(document)
    weights = {(p.source, p.target): p.weight for p in document.paths}
    warnings = []
    for index, junction in enumerate(document.junctions):
        ends = [*junction.members, junction.target]
        if junction.weight == 0 or any(name not in constructs for name in ends):
            continue
        reaches = _others_reach(document, junction.members, constructs)
        for member, reach in reaches.items():
            bound = abs(junction.weight) * reach
            own = weights.get((member, junction.target))
            if (0.0 if own is None else abs(own)) + _TOLERANCE < bound:
                message = _synergy_message(junction, member, own, bound, constructs)
                warnings.append(Problem(f"junctions[{index}].weight", message, "warning"))
    return warnings


def _others_reach(
    document: ModelDocument, members: list[str], constructs: dict[str, Construct]
) -> dict[str, float]:
    """Per distinct member, the product of the other members' reaches, in linear time."""
    counts: dict[str, int] = {}
    for member in members:
        counts[member] = counts.get(member, 0) + 1
    names = list(counts)
    factors = [_reach(document, constructs[m]) ** counts[m] for m in names]
    # products before and after each position: dividing the whole product could meet 0
    before = [1.0]
    for factor in factors[:-1]:
        before.append(before[-1] * factor)
    after = [1.0] * len(factors)
    for position in range(len(factors) - 2, -1, -1):
        after[position] = after[position + 1] * factors[position + 1]
    return {name: before[i] * after[i] for i, name in enumerate(names)}


def _reach(document: ModelDocument, construct: Construct) -> float:
    """How far a member's level can stray from the point the product term is taken at."""
    if document.settings.update_rule != "sor":
        return 1.0
    return max(construct.baseline, 1.0 - construct.baseline)


def _synergy_message(
    junction: Junction,
    member: str,
    own: float | None,
    bound: float,
    constructs: dict[str, Construct],
) -> Phrase:
    ends = {"source": member, "target": junction.target}
    if own is None:
        path = phrase("there is no path {source} → {target}", **ends)
    else:
        path = phrase("the path {source} → {target} has weight {weight:g}", weight=own, **ends)
    return phrase(
        "the synergy term can reach {bound:.3g} (|{weight:g}| times the other members' largest "
        "deviation) but {path}; raising {member} could then lower {target}. Keep |weight| small "
        "enough or strengthen that path",
        bound=bound,
        weight=junction.weight,
        path=path,
        member=constructs[member].label,
        target=constructs[junction.target].label,
    )
