"""lavaan's ``:=`` defined parameters (``ind := a*b``): kept, checked and worked out.

The right side is arithmetic on coefficient labels (``+ - * / ^``, brackets, numbers and
``abs sqrt exp log``), read by a small recursive-descent parser: nothing is ever evaluated
as code.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from synergy_gui.model.phrases import phrase

_TOKEN = re.compile(
    r"\s*(?:(?P<number>(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)"
    r"|(?P<name>[A-Za-z.][A-Za-z0-9._]*)|(?P<op>[-+*/^(),]))"
)
FUNCTIONS: dict[str, Callable[[float], float]] = {
    "abs": abs,
    "sqrt": math.sqrt,
    "exp": math.exp,
    "log": math.log,
}


class ExpressionError(ValueError):
    """A defined effect that cannot be read or worked out; the message says why."""


_NOT_CLOSED = phrase("a bracket is not closed")


def _unexpected(text: str) -> ExpressionError:
    return ExpressionError(phrase("unexpected {text!r}", text=text))


@dataclass(frozen=True)
class DefinedEffect:
    """``name := expression`` from the syntax, with the line it stands on."""

    name: str
    expression: str
    line: int

    def names(self) -> list[str]:
        """The labels (and earlier defined names) the expression uses, in order."""
        found = []
        for kind, text in _tokens(self.expression):
            if kind == "name" and text not in FUNCTIONS and text not in found:
                found.append(text)
        return found

    def value(self, values: Mapping[str, float]) -> float:
        """The effect's value with each label replaced by its coefficient."""
        return _Parser(_tokens(self.expression), values).parse()


def defined_values(effects: list[DefinedEffect], labels: Mapping[str, float]) -> dict[str, float]:
    """Each defined effect's value, in order; a later one may use an earlier one's name."""
    known = dict(labels)
    result = {}
    for effect in effects:
        result[effect.name] = known[effect.name] = effect.value(known)
    return result


def _tokens(text: str) -> list[tuple[str, str]]:
    tokens, at = [], 0
    text = text.strip()
    while at < len(text):
        match = _TOKEN.match(text, at)
        if not match or match.end() == at:
            raise ExpressionError(phrase("cannot read {rest!r}", rest=text[at:]))
        kind = match.lastgroup or "op"
        tokens.append((kind, match.group(kind)))
        at = match.end()
        while at < len(text) and text[at].isspace():
            at += 1
    return tokens


class _Parser:
    """expr := term (+|- term)*; term := unary (*|/ unary)*; unary := -unary | power;
    power := atom (^ unary)?; atom := number | name | function(expr) | (expr)."""

    def __init__(self, tokens: list[tuple[str, str]], values: Mapping[str, float]) -> None:
        self.tokens = tokens
        self.values = values
        self.at = 0

    def parse(self) -> float:
        if not self.tokens:
            raise ExpressionError(phrase("the expression is empty"))
        value = self._expr()
        if self.at != len(self.tokens):
            raise _unexpected(self.tokens[self.at][1])
        return value

    def _peek(self) -> str | None:
        return self.tokens[self.at][1] if self.at < len(self.tokens) else None

    def _take(self) -> tuple[str, str]:
        if self.at >= len(self.tokens):
            raise ExpressionError(phrase("the expression ends too early"))
        self.at += 1
        return self.tokens[self.at - 1]

    def _expr(self) -> float:
        value = self._term()
        while self._peek() in ("+", "-"):
            sign = self._take()[1]
            value = value + self._term() if sign == "+" else value - self._term()
        return value

    def _term(self) -> float:
        value = self._unary()
        while self._peek() in ("*", "/"):
            operator = self._take()[1]
            right = self._unary()
            if operator == "/" and right == 0:
                raise ExpressionError(phrase("divides by zero"))
            value = value * right if operator == "*" else value / right
        return value

    def _unary(self) -> float:
        if self._peek() in ("-", "+"):
            sign = self._take()[1]
            return -self._unary() if sign == "-" else self._unary()
        return self._power()

    def _power(self) -> float:
        base = self._atom()
        if self._peek() == "^":
            self._take()
            try:
                return float(base ** self._unary())
            except (OverflowError, ZeroDivisionError, TypeError):
                raise ExpressionError(phrase("a power cannot be worked out")) from None
        return base

    def _atom(self) -> float:
        kind, text = self._take()
        if kind == "number":
            return float(text)
        if kind == "name" and text in FUNCTIONS:
            return self._function(text)
        if kind == "name":
            if text not in self.values:
                raise ExpressionError(
                    phrase("{name!r} is not the label of any coefficient", name=text)
                )
            return float(self.values[text])
        if text == "(":
            value = self._expr()
            if self._take()[1] != ")":
                raise ExpressionError(_NOT_CLOSED)
            return value
        raise _unexpected(text)

    def _function(self, name: str) -> float:
        if self._take()[1] != "(":
            raise ExpressionError(phrase("{name} needs brackets: {name}(...)", name=name))
        argument = self._expr()
        if self._take()[1] != ")":
            raise ExpressionError(_NOT_CLOSED)
        try:
            return float(FUNCTIONS[name](argument))
        except (ValueError, OverflowError):
            raise ExpressionError(
                phrase("{name}({argument:g}) cannot be worked out", name=name, argument=argument)
            ) from None
