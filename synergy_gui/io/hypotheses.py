"""A hypotheses table for a paper: H1, H2, … one per path, then per synergy, in document order.

Each row: the hypothesis number, the relation (``Interactivity → Synergistic influence``, or
``Interactivity × Personalization → Synergistic influence``), the expected sign, the weight,
and the note or source where the model has one. As Markdown, CSV or LaTeX; user text is
escaped for each (a ``|`` in Markdown, ``& % $ # _ { } ~ ^ \\`` in LaTeX).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from synergy_gui.model.document import ModelDocument

FORMATS = ("markdown", "csv", "latex")
HEADER = ("Hypothesis", "Relation", "Sign", "Weight", "Note / source")


@dataclass(frozen=True)
class Hypothesis:
    """One row: ``H1``, the relation's parts, sign, weight and note."""

    number: str
    sources: tuple[str, ...]  # one label, or a synergy's members
    target: str
    sign: str
    weight: float
    note: str

    @property
    def relation(self) -> str:
        return f"{' × '.join(self.sources)} → {self.target}"


def hypotheses(document: ModelDocument) -> list[Hypothesis]:
    """The hypotheses the document states, paths first, then synergies."""
    label = {c.id: c.label for c in document.constructs}
    rows = []
    for path in document.paths:
        note = path.note or "; ".join(path.references) or path.description
        rows.append(((label[path.source],), label[path.target], path.weight, note))
    for junction in document.junctions:
        note = "; ".join(junction.references) or junction.description
        members = tuple(label[m] for m in junction.members)
        rows.append((members, label[junction.target], junction.weight, note))
    return [
        Hypothesis(f"H{number}", sources, target, _sign(weight), weight, _one_line(note))
        for number, (sources, target, weight, note) in enumerate(rows, start=1)
    ]


def _sign(weight: float) -> str:
    return "positive" if weight > 0 else "negative" if weight < 0 else "none"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _cells(row: Hypothesis) -> tuple[str, str, str, str, str]:
    return (row.number, row.relation, row.sign, f"{row.weight:.2f}", row.note)


def hypotheses_text(document: ModelDocument, form: str = "markdown") -> str:
    """The table in one of :data:`FORMATS`."""
    rows = hypotheses(document)
    if form == "markdown":
        return _markdown(rows)
    if form == "csv":
        return _csv(rows)
    if form == "latex":
        return _latex(rows, document.meta.title)
    raise ValueError(f"unknown format {form!r}; one of {', '.join(FORMATS)}")


def _markdown(rows: list[Hypothesis]) -> str:
    def line(cells) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

    lines = [line(HEADER), "|---|---|---|--:|---|"]
    lines += [line(_cells(row)) for row in rows]
    return "\n".join(lines) + "\n"


def _csv(rows: list[Hypothesis]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for row in rows:
        writer.writerow((row.number, row.relation, row.sign, repr(float(row.weight)), row.note))
    return out.getvalue()


_LATEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "→": r"$\rightarrow$",
    "×": r"$\times$",
}


def latex_escape(text: str) -> str:
    """Text as LaTeX source that prints it literally."""
    return "".join(_LATEX_SPECIALS.get(char, char) for char in text)


def _latex(rows: list[Hypothesis], title: str) -> str:
    lines = [
        r"\begin{table}[ht]",
        r"\centering",
        rf"\caption{{Hypotheses of {latex_escape(title)}}}",
        r"\begin{tabular}{lllrp{0.35\linewidth}}",
        r"\hline",
        " & ".join(HEADER[:4]) + r" & Note / source \\",
        r"\hline",
    ]
    for row in rows:
        lines.append(" & ".join(latex_escape(cell) for cell in _cells(row)) + r" \\")
    lines += [r"\hline", r"\end{tabular}", r"\end{table}"]
    return "\n".join(lines) + "\n"
