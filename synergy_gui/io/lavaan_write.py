"""lavaan / semopy syntax out: the current weights as fixed values, or (``free=True``) as free
coefficients labelled ``b1, b2, …`` (paths) and ``g1, …`` (synergies). ``#@`` comment lines,
which lavaan skips, keep what lavaan has no syntax for: roles, labels, path kinds, the title
and self-loops; :mod:`lavaan` reads them back.
"""

from __future__ import annotations

import json
import re

from synergy_gui.io.lavaan_syntax import NAME_PATTERN
from synergy_gui.model.document import ModelDocument
from synergy_gui.model.elements import Construct

ITEMS_PREFIX = "Items: "
_LAVAAN_NAME = re.compile(f"^{NAME_PATTERN}$")


def write_lavaan(document: ModelDocument, free: bool = False) -> str:
    """The document as lavaan syntax (semopy reads it too); ``#@`` lines keep the rest."""
    names = _lavaan_names(document)
    lines = [
        f"# {_one_line(document.meta.title)}: exported by Synergy Explorer.",
        f"# Weights are {_scale_words(document)}. A '#@' line keeps what lavaan has no",
        "# syntax for (roles, labels, path kinds, self-loops); lavaan and semopy skip it.",
        f"#@ title {json.dumps(document.meta.title, ensure_ascii=False)}",
    ]
    for construct in document.constructs:
        extra = f" id={json.dumps(construct.id)}" if names[construct.id] != construct.id else ""
        label = json.dumps(construct.label, ensure_ascii=False)
        lines.append(
            f"#@ construct {names[construct.id]} role={construct.role} label={label}{extra}"
        )
    for path in document.paths:
        ends = f"{names[path.source]} {names[path.target]}"
        if path.source == path.target:
            kind = f" kind={path.kind}" if path.kind != "causal" else ""
            lines.append(f"#@ path {ends} weight={_number(path.weight)}{kind}")
        elif path.kind != "causal":
            lines.append(f"#@ path {ends} kind={path.kind}")
    measurement = _measurement_lines(document, names)
    if measurement:
        lines += ["", "# measurement: each construct's items", *measurement]
    lines += ["", "# structural model", *_regression_lines(document, names, free)]
    return "\n".join(lines) + "\n"


def _scale_words(document: ModelDocument) -> str:
    if document.settings.weight_scale == "unstandardised":
        return "unstandardised coefficients"
    return "standardised coefficients (beta in [-1, 1])"


def _one_line(text: str) -> str:
    return " ".join(text.split()) or "Model"


def _lavaan_names(document: ModelDocument) -> dict[str, str]:
    """Each construct id as a lavaan variable name (ids that are not valid ones adapted)."""
    names: dict[str, str] = {}
    taken = {c.id for c in document.constructs if _LAVAAN_NAME.match(c.id)}
    for construct in document.constructs:
        if _LAVAAN_NAME.match(construct.id):
            names[construct.id] = construct.id
            continue
        base = re.sub(r"[^\w.]", "_", construct.id)
        base = base if _LAVAAN_NAME.match(base) else f"v_{base}"
        candidate, number = base, 2
        while candidate in taken:
            candidate, number = f"{base}_{number}", number + 1
        taken.add(candidate)
        names[construct.id] = candidate
    return names


def construct_items(construct: Construct) -> list[str]:
    """The items named on the last ``Items: …`` line of a construct's description."""
    last = construct.description.strip().rsplit("\n", 1)[-1].strip()
    if not last.startswith(ITEMS_PREFIX):
        return []
    return [item.strip() for item in last[len(ITEMS_PREFIX) :].split(",") if item.strip()]


def _measurement_lines(document: ModelDocument, names: dict[str, str]) -> list[str]:
    lines = []
    for construct in document.constructs:
        items = [i for i in construct_items(construct) if _LAVAAN_NAME.match(i)]
        if items:
            lines.append(f"{names[construct.id]} =~ {' + '.join(items)}")
    return lines


def _regression_lines(document: ModelDocument, names: dict[str, str], free: bool) -> list[str]:
    terms: dict[str, list[str]] = {}
    for number, path in enumerate(document.paths, start=1):
        if path.source == path.target:  # lavaan refuses y ~ y: the '#@ path' line keeps it
            continue
        factor = f"b{number}" if free else _number(path.weight)
        terms.setdefault(path.target, []).append(f"{factor}*{names[path.source]}")
    for number, junction in enumerate(document.junctions, start=1):
        factor = f"g{number}" if free else _number(junction.weight)
        product = ":".join(names[m] for m in junction.members)
        terms.setdefault(junction.target, []).append(f"{factor}*{product}")
    # Targets in the order their first path (then synergy) comes, as an import makes them.
    order = list(
        dict.fromkeys(
            t
            for t in (*(p.target for p in document.paths), *(j.target for j in document.junctions))
            if t in terms
        )
    )
    return [f"{names[target]} ~ {' + '.join(terms[target])}" for target in order]


def _number(value: float) -> str:
    return repr(float(value))
