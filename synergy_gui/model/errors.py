"""Errors of the model layer; each names the place of the problem."""

from __future__ import annotations

from dataclasses import dataclass

from synergy_gui.model.phrases import phrase


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a document, at a place such as ``paths[3].weight``."""

    location: str
    message: str
    severity: str = "error"  # "error" refuses the document; "warning" is shown, not refused

    def __str__(self) -> str:
        where = f"{self.location}: " if self.location else ""
        return f"{where}{self.message}"


class ModelError(ValueError):
    """An edit or value the model refuses; the message says which item and why."""


class DocumentFileError(Exception):
    """A model file that cannot be opened; carries every problem found, each with its place."""

    def __init__(self, filename: str, problems: list[Problem]) -> None:
        self.filename = filename
        self.problems = list(problems)
        super().__init__(self.report())

    def report(self) -> str:
        """``<file>: cannot be opened``, then each problem on its own indented line."""
        heading = phrase("{filename}: cannot be opened", filename=self.filename)
        return _lines([heading, *(_problem_line(problem) for problem in self.problems)])


def _problem_line(problem: Problem) -> str:
    if not problem.location:
        return problem.message
    return phrase("{location}: {message}", location=problem.location, message=problem.message)


def _lines(lines: list[str]) -> str:
    """The lines joined by a newline and an indent, as one message whose parts are translated
    (split in halves, so that a long report nests only a few levels deep)."""
    if len(lines) == 1:
        return lines[0]
    half = len(lines) // 2
    return phrase("{first}\n  {rest}", first=_lines(lines[:half]), rest=_lines(lines[half:]))


#: The roles with their article, each a whole phrase for the translators.
_A_ROLE = {
    "stimulus": phrase("a stimulus"),
    "organism": phrase("an organism"),
    "response": phrase("a response"),
}


def a_role(role: str) -> str:
    """The role with its article, for messages: "a stimulus", "an organism", "a response"."""
    known = _A_ROLE.get(role) if isinstance(role, str) else None
    if known is not None:
        return known
    if str(role)[:1].lower() in ("a", "e", "i", "o", "u"):  # a role the checks refuse anyway
        return phrase("an {role}", role=role)
    return phrase("a {role}", role=role)
