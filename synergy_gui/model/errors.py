"""Errors of the model layer; each names the place of the problem."""

from __future__ import annotations

from dataclasses import dataclass


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
        lines = [f"{self.filename}: cannot be opened"]
        lines += [f"  {problem}" for problem in self.problems]
        return "\n".join(lines)


def a_role(role: str) -> str:
    """The role with its article, for messages: "a stimulus", "an organism", "a response"."""
    return f"an {role}" if str(role)[:1].lower() in ("a", "e", "i", "o", "u") else f"a {role}"
