"""lavaan / semopy model syntax in and out: a study's structural model as a document.

Reading (:func:`parse_lavaan`):

- ``y ~ x1 + x2`` regressions become paths (``x -> y``); ``x1:x2``, or an observed product
  variable named after two predictors of the same regression (``x1_x2``, ``x1.x2``,
  ``x1x2``, ``x1_x_x2``), becomes a synergy junction.
- A fixed coefficient (``0.4*x1``) is the weight. A free one (``x1``, ``a*x1``, ``NA*x1``)
  takes its label's value from ``values`` when given; else the path starts at 0.3 (a synergy
  at 0.1) with a warning, and :attr:`ImportResult.free` lists it so that a coefficient table
  can fill it (the ``import`` command refuses a label the table has no value for).
- Weights are standardised (β in [−1, 1]) unless one is larger (Bollen's ind60 → dem60 is
  1.48): then the model's weights are unstandardised (``settings.weight_scale``) and a
  warning at that coefficient says so. Beyond ±100 a coefficient is refused.
- A self-loop (``y ~ y``) has no lavaan syntax: it travels in a ``#@ path y y weight=…``
  line, which lavaan skips.
- ``=~`` / ``<~`` lines name a construct's items: kept in :attr:`ImportResult.items` and as a
  last line ``Items: x1, x2`` of the construct's description.
- ``:=`` defined effects are kept (:attr:`ImportResult.defined`); ``~~``, intercepts
  (``~ 1``), thresholds and constraints are noted in the warnings and left out.
- Roles follow the graph (no path in: stimulus; no path out: response; else organism),
  positions the column layout. ``#@`` comment lines, which :func:`write_lavaan` writes and
  lavaan skips, keep what lavaan has no syntax for: roles, labels, path kinds, the title.

Writing (:func:`write_lavaan`, in :mod:`lavaan_write`): the current weights as fixed values,
or (``free=True``) as free coefficients labelled ``b1, b2, …`` and ``g1, …``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import PurePath

from synergy_gui.io.defined_effects import DefinedEffect, ExpressionError
from synergy_gui.io.lavaan_meta import Metadata
from synergy_gui.io.lavaan_syntax import Statement, SyntaxReader, Term
from synergy_gui.io.lavaan_write import ITEMS_PREFIX, construct_items, write_lavaan
from synergy_gui.io.problems import ImportNote, ImportProblem, not_a_model
from synergy_gui.model.checks import MAX_UNSTANDARDISED
from synergy_gui.model.document import ModelDocument
from synergy_gui.model.elements import Construct, Junction, Meta, Path
from synergy_gui.model.layout import column_layout
from synergy_gui.model.phrases import message_of, phrase
from synergy_gui.model.validation import check_document

DEFAULT_PATH_WEIGHT = 0.3
DEFAULT_SYNERGY_WEIGHT = 0.1
#: Words of the warning about free coefficients (dropped once a table fills them); its
#: English text always holds them.
FREE_WARNING = "coefficient(s) have no value"
_PRODUCT_SEPARATORS = ("", ".", "_", "x", "X", "_x_", "_X_", "__", "_by_")
#: What a syntax file is called when it cannot be read (``read_source_text(path, SYNTAX_FILE)``).
SYNTAX_FILE = phrase("lavaan model")
#: What an operator other than ``~``, ``=~``, ``<~`` and ``:=`` states (left out).
_LEFT_OUT = {
    "DEFINE": phrase("a semopy DEFINE line"),
    "~~": phrase("a variance or covariance"),
    "|": phrase("a threshold"),
    "~*~": phrase("a scaling factor"),
}
_A_CONSTRAINT = phrase("a constraint")


@dataclass(frozen=True)
class FreeCoefficient:
    """A path or synergy whose weight the syntax leaves free (no fixed value)."""

    item_id: str
    label: str | None
    line: int
    column: int


@dataclass(frozen=True)
class Regression:
    """One endogenous construct and the terms that predict it (products for synergies)."""

    target: str
    terms: tuple[Term, ...]
    line: int


@dataclass
class ImportResult:
    """What an import understood: the document and what the model has no place for."""

    document: ModelDocument
    items: dict[str, list[str]] = field(default_factory=dict)
    regressions: list[Regression] = field(default_factory=list)
    defined: list[DefinedEffect] = field(default_factory=list)
    warnings: list[ImportNote] = field(default_factory=list)
    labels: dict[str, list[str]] = field(default_factory=dict)  # label -> path/junction ids
    free: list[FreeCoefficient] = field(default_factory=list)
    form: str = ""  # the format it was read from (study_import.FORMATS), when known

    def label_values(self) -> dict[str, float]:
        """Each label's current weight in the document (for the defined effects)."""
        return {
            label: self.document.weighted_item(ids[0]).weight for label, ids in self.labels.items()
        }


# ---------------------------------------------------------------------------- reading
def parse_lavaan(
    text: str, filename: str = "<text>", values: Mapping[str, float] | None = None
) -> ImportResult:
    """Build a document from lavaan/semopy syntax; :class:`ImportProblem` names the place."""
    return _Builder(text, filename, values).build()


class _Builder:
    def __init__(self, text: str, filename: str, values: Mapping[str, float] | None) -> None:
        self.reader = SyntaxReader(text.removeprefix("\ufeff"), filename)
        self.filename = filename
        self.values = values
        self.result = ImportResult(ModelDocument())
        self.order: list[str] = []  # construct ids in the order they are first named
        self.meta = Metadata()
        self.targets: dict[str, Regression] = {}
        self.largest: tuple[float, int, int | None] | None = None  # |value| > 1: line, column

    def note(self, line: int | None, column: int | None, message: str) -> None:
        self.result.warnings.append(ImportNote(self.filename, line, column, message))

    def name(self, name: str) -> None:
        if name not in self.order:
            self.order.append(name)

    def build(self) -> ImportResult:
        self.meta = Metadata.read(self.reader.lines, self.note)
        for name in self.meta.constructs:
            self.name(name)
        statements = self.reader.statements()
        if not statements and not self.meta.constructs:
            reason = phrase("holds no formulas (such as 'y ~ x')")
            raise ImportProblem(self.filename, None, None, reason)
        for statement in statements:
            self._read(statement)
        self._find_observed_products()
        document = self._document()
        self._check(document)
        self.result.document = document
        self._check_defined()
        return self.result

    # ------------------------------------------------------------------ statements
    def _read(self, statement: Statement) -> None:
        operator = statement.operator
        if operator == "~":
            self._regression(statement)
        elif operator in ("=~", "<~"):
            self._measurement(statement)
        elif operator == ":=":
            self.result.defined.append(
                DefinedEffect(statement.lhs[0], statement.rhs_text, statement.line)
            )
        else:
            what = _LEFT_OUT.get(operator, _A_CONSTRAINT)
            self.note(
                statement.line,
                statement.column,
                phrase("{what} ({operator}) is left out", what=what, operator=operator),
            )

    def _regression(self, statement: Statement) -> None:
        if statement.intercept:
            self.note(statement.line, statement.column, phrase("an intercept (~ 1) is left out"))
        for target in statement.lhs:
            self.name(target)
            known = self.targets.get(target)
            terms = list(known.terms) if known else []
            for term in statement.terms:
                if target in term.names:
                    raise ImportProblem(
                        self.filename,
                        term.line,
                        term.column,
                        phrase("{target!r} cannot predict itself", target=target),
                    )
                for name in term.names:
                    self.name(name)
                terms = self._merged(terms, term)
            line = known.line if known else statement.line
            self.targets[target] = Regression(target, tuple(terms), line)

    def _merged(self, terms: list[Term], new: Term) -> list[Term]:
        """lavaan reads a repeated term as more modifiers of the same coefficient."""
        for index, old in enumerate(terms):
            if set(old.names) == set(new.names):
                if None not in (old.value, new.value) and old.value != new.value:
                    raise ImportProblem(
                        self.filename, new.line, new.column, phrase("a coefficient is fixed twice")
                    )
                if None not in (old.label, new.label) and old.label != new.label:
                    raise ImportProblem(
                        self.filename, new.line, new.column, phrase("a coefficient has two labels")
                    )
                merged = Term(
                    old.names,
                    old.line,
                    old.column,
                    old.value if old.value is not None else new.value,
                    old.label or new.label,
                    old.value_column or new.value_column,
                )
                return [*terms[:index], merged, *terms[index + 1 :]]
        return [*terms, new]

    def _measurement(self, statement: Statement) -> None:
        for construct in statement.lhs:
            self.name(construct)
            items = self.result.items.setdefault(construct, [])
            for term in statement.terms:
                if term.is_product:
                    raise ImportProblem(
                        self.filename,
                        term.line,
                        term.column,
                        phrase("an item cannot be an interaction"),
                    )
                if term.names[0] not in items:
                    items.append(term.names[0])

    def _find_observed_products(self) -> None:
        """A predictor named after two others of its regression is their product."""
        for target, regression in list(self.targets.items()):
            singles = [t.names[0] for t in regression.terms if not t.is_product]
            terms = []
            for term in regression.terms:
                members = None
                if not term.is_product and term.names[0] not in self.targets:
                    members = _product_members(term.names[0], singles)
                if members:
                    self.note(
                        term.line,
                        term.column,
                        phrase(
                            "{name!r} is read as the product {first}:{second} (a synergy junction)",
                            name=term.names[0],
                            first=members[0],
                            second=members[1],
                        ),
                    )
                    term = Term(members, term.line, term.column, term.value, term.label)
                terms.append(term)
            self.targets[target] = Regression(target, tuple(terms), regression.line)
        used = {n for r in self.targets.values() for t in r.terms for n in t.names}
        used |= set(self.targets) | set(self.result.items) | set(self.meta.constructs)
        self.order = [name for name in self.order if name in used]

    # ------------------------------------------------------------------ document
    def _document(self) -> ModelDocument:
        meta = Meta(title=self.meta.title or _title_from(self.filename))
        document = ModelDocument(meta=meta)
        incoming = {t for t, r in self.targets.items() if r.terms}
        outgoing = {n for r in self.targets.values() for t in r.terms for n in t.names}
        for name in self.order:
            document.constructs.append(self._construct(name, incoming, outgoing))
        for regression in self.targets.values():
            self.result.regressions.append(regression)
            for term in regression.terms:
                self._add_term(document, regression.target, term)
        for name, weight in self.meta.loops.items():
            self._widen(weight, self.meta.loop_lines[name], None)
            kind = self.meta.kinds.get((name, name), "causal")
            loop_id = document.unique_id(f"{self._id(name)}__{self._id(name)}")
            document.paths.append(Path(loop_id, self._id(name), self._id(name), weight, kind=kind))
        positions = column_layout(document)
        for construct in document.constructs:
            construct.position = positions.get(construct.id, (0.0, 0.0))
        self._mark_unstandardised(document)
        return document

    def _mark_unstandardised(self, document: ModelDocument) -> None:
        if self.largest is None:
            return
        value, line, column = self.largest
        document.settings.weight_scale = "unstandardised"
        self.note(
            line,
            column,
            phrase(
                "the coefficient {value:g} is outside [-1, 1]: the weights are taken as "
                "unstandardised (settings.weight_scale), so levels may run to their bounds; for "
                "βs, import the standardised solution (lavaan standardizedSolution(), semopy "
                "inspect(std_est=True))",
                value=value,
            ),
        )

    def _construct(self, name: str, incoming: set[str], outgoing: set[str]) -> Construct:
        facts = self.meta.constructs.get(name, {})
        role = facts.get("role")
        if role is None:
            role = "stimulus" if name not in incoming else "response"
            role = "organism" if name in incoming and name in outgoing else role
        construct = Construct(id=facts.get("id", name), label=facts.get("label") or _label(name))
        construct.role = role
        items = self.result.items.get(name)
        if items:
            construct.description = ITEMS_PREFIX + ", ".join(items)
            if construct.id != name:
                self.result.items[construct.id] = self.result.items.pop(name)
        return construct

    def _id(self, name: str) -> str:
        return self.meta.constructs.get(name, {}).get("id", name)

    def _add_term(self, document: ModelDocument, target: str, term: Term) -> None:
        weight = self._weight(term)
        members = [self._id(n) for n in term.names]
        if term.is_product:
            item = Junction(
                id=document.unique_id("x_" + "_".join(members)[:50]),
                members=members,
                target=self._id(target),
                weight=DEFAULT_SYNERGY_WEIGHT if weight is None else weight,
                label=" × ".join(_label_of(document, m) for m in members),
            )
            document.junctions.append(item)
        else:
            kind = self.meta.kinds.get((term.names[0], target), "causal")
            item = Path(
                id=document.unique_id(f"{members[0]}__{self._id(target)}"),
                source=members[0],
                target=self._id(target),
                weight=DEFAULT_PATH_WEIGHT if weight is None else weight,
                kind=kind,
            )
            document.paths.append(item)
        if term.label:
            self.result.labels.setdefault(term.label, []).append(item.id)
        if weight is None:
            self.result.free.append(FreeCoefficient(item.id, term.label, term.line, term.column))

    def _weight(self, term: Term) -> float | None:
        value = term.value
        if value is None and term.label and self.values is not None:
            value = self.values.get(term.label)
        if value is None:
            return None
        if not -MAX_UNSTANDARDISED <= value <= MAX_UNSTANDARDISED:
            raise ImportProblem(
                self.filename,
                term.line,
                term.value_column or term.column,
                phrase(
                    "the coefficient {value:g} is outside [-{largest:g}, {largest:g}], the "
                    "largest weight the model holds; use the standardised solution (lavaan "
                    "standardizedSolution(), semopy inspect(std_est=True))",
                    value=value,
                    largest=MAX_UNSTANDARDISED,
                ),
            )
        self._widen(value, term.line, term.value_column or term.column)
        return value

    def _widen(self, value: float, line: int, column: int | None) -> None:
        """Remember the largest |weight| beyond 1 and where it stands (it widens the scale)."""
        if abs(value) > 1.0 and (self.largest is None or abs(value) > abs(self.largest[0])):
            self.largest = (value, line, column)

    def _check(self, document: ModelDocument) -> None:
        free = [f for f in self.result.free]
        if free:
            numbers = list(dict.fromkeys(f.line for f in free))
            lines = ", ".join(map(str, numbers[:8])) + (", …" if len(numbers) > 8 else "")
            self.note(
                free[0].line,
                None,
                phrase(
                    "{count} coefficient(s) have no value (lines {lines}): paths start at "
                    "{path}, synergies at {synergy}; fix them (0.4*x) or import a coefficient "
                    "table",
                    count=len(free),
                    lines=lines,
                    path=DEFAULT_PATH_WEIGHT,
                    synergy=DEFAULT_SYNERGY_WEIGHT,
                ),
            )
        errors = [p for p in check_document(document) if p.severity == "error"]
        if errors:
            raise ImportProblem(self.filename, None, None, not_a_model(errors[0]))

    def _check_defined(self) -> None:
        known = set(self.result.labels)
        for effect in self.result.defined:
            try:
                names = effect.names()
            except ExpressionError as error:
                reason = phrase("{name}: {reason}", name=effect.name, reason=message_of(error))
                raise ImportProblem(self.filename, effect.line, None, reason) from None
            for name in names:
                if name not in known:
                    raise ImportProblem(
                        self.filename,
                        effect.line,
                        None,
                        phrase(
                            "{effect} := uses {name!r}, which labels no coefficient "
                            "(label one as in 'y ~ a*x')",
                            effect=effect.name,
                            name=name,
                        ),
                    )
            known.add(effect.name)


def _product_members(name: str, singles: list[str]) -> tuple[str, str] | None:
    for first in singles:
        for second in singles:
            if first == second or name in (first, second):
                continue
            for separator in _PRODUCT_SEPARATORS:
                if name == f"{first}{separator}{second}":
                    return first, second
    return None


def _label(name: str) -> str:
    """``synergistic_influence`` -> ``Synergistic influence``; ``SI`` and ``x1`` stay."""
    words = re.sub(r"[_.]+", " ", name).strip() or name
    if " " in words or (words.isalpha() and words.islower() and len(words) > 2):
        return words[0].upper() + words[1:]
    return words


def _label_of(document: ModelDocument, construct_id: str) -> str:
    return next((c.label for c in document.constructs if c.id == construct_id), construct_id)


def _title_from(filename: str) -> str:
    stem = PurePath(filename).name.split(".")[0]
    return _label(stem) if stem and not stem.startswith("<") else "Imported model"


__all__ = [
    "DEFAULT_PATH_WEIGHT",
    "DEFAULT_SYNERGY_WEIGHT",
    "FREE_WARNING",
    "SYNTAX_FILE",
    "FreeCoefficient",
    "ImportResult",
    "Regression",
    "construct_items",
    "parse_lavaan",
    "write_lavaan",
]
