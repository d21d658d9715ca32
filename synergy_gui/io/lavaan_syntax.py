"""lavaan / semopy model syntax as statements: tokens with their places, then one parsed
:class:`Statement` per formula.

The grammar followed is lavaan's (``?model.syntax``): formulas ``lhs OP rhs`` with the
operators ``=~ <~ ~ ~~ := == < > | ~*~``; ``+`` between terms; pre-multiplied modifiers
(``0.4*x``, ``a*x``, ``"a"*x``, ``NA*x``, ``start(0.5)*x``, ``label("a")*x``,
``equal("a")*x``, ``c(a, b)*x``); ``x1:x2`` interactions; ``#`` and ``!`` comments; ``;`` or a
new line between formulas, a formula running on over lines while it is unfinished (a line
that ends in an operator, ``+``, ``*`` or an open bracket, or a next line that starts with
``+`` or ``*``). Everything is checked; nothing is evaluated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from synergy_gui.io.problems import ImportProblem
from synergy_gui.model.phrases import Phrase, phrase

#: Formula operators, longest first so that ``~~`` is not read as two ``~``.
FORMULA_OPERATORS = ("~*~", "=~", "<~", "~~", ":=", "==", "~", "<", ">", "|")
_PUNCTUATION = ("+", "*", ":", "(", ")", ",", "-", "/", "^", "?")
_SYMBOL_RUN = re.compile(r"[~=<>:|%!@$&^?\-*/+]+")
#: An R name: letters (any script), digits, ``.`` and ``_``, not starting with a digit.
NAME_PATTERN = r"(?:[^\W\d_]|\.(?!\d))[\w.]*"
_NAME = re.compile(NAME_PATTERN)
_NUMBER = re.compile(r"(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_STRING = re.compile(r"\"[^\"\n]*\"|'[^'\n]*'")
_SPACE = re.compile(r"[ \t\r\f\v]+")
_CONTINUES_AFTER = {"+", "*", ":", ",", "(", "-", "/", "^", *FORMULA_OPERATORS}
MODIFIER_FUNCTIONS = ("start", "label", "equal", "c", "lower", "upper", "rv", "prior")


@dataclass(frozen=True)
class Token:
    """One word of the syntax: kind is name, number, string, op, newline or semicolon."""

    kind: str
    text: str
    line: int
    column: int


@dataclass
class Term:
    """One right-hand term: a variable, or an interaction ``x1:x2``, with its modifiers."""

    names: tuple[str, ...]
    line: int
    column: int
    value: float | None = None  # a fixed coefficient, ``0.4*x``
    label: str | None = None  # a label, ``a*x``, whose value may come from elsewhere
    value_column: int | None = None  # where the value or label stands, for messages

    @property
    def is_product(self) -> bool:
        return len(self.names) > 1


@dataclass
class Statement:
    """One formula: ``lhs operator rhs`` (``rhs_text`` is the raw right side of ``:=``)."""

    lhs: list[str]
    operator: str
    terms: list[Term] = field(default_factory=list)
    rhs_text: str = ""
    line: int = 0
    column: int = 0
    intercept: bool = False  # ``y ~ 1``: the regression names an intercept


def _known_run(run: str, operator: str) -> bool:
    """A run of symbols is the operator, or the operator and signs (``~-0.2*x``, ``*-1``);
    ``<-`` and ``->`` are arrows of other tools' syntax, not ``<`` or ``-``."""
    rest = run[len(operator) :]
    return run not in ("<-", "->", "<->") and all(char in "-+" for char in rest)


def _unknown_operator(text: str) -> Phrase:
    return phrase("unknown operator {text!r}", text=text)


class SyntaxReader:
    """Reads the formulas of one source; raises :class:`ImportProblem` at the first error."""

    def __init__(self, text: str, filename: str) -> None:
        self.text = text
        self.filename = filename
        self.lines = text.split("\n")

    def fail(self, line: int, column: int, reason: Phrase) -> ImportProblem:
        return ImportProblem(self.filename, line, column, reason)

    # ------------------------------------------------------------------ tokens
    def tokens(self) -> list[Token]:
        found: list[Token] = []
        for number, line in enumerate(self.lines, start=1):
            found += self._line_tokens(line, number)
            found.append(Token("newline", "\n", number, len(line) + 1))
        return found

    def _line_tokens(self, line: str, number: int) -> list[Token]:
        found: list[Token] = []
        at = 0
        while at < len(line):
            char = line[at]
            if char in "#!" and not line.startswith("!=", at):
                break  # a comment runs to the end of the line
            space = _SPACE.match(line, at)
            if space:
                at = space.end()
                continue
            token, at = self._token_at(line, at, number)
            found.append(token)
        return found

    def _token_at(self, line: str, at: int, number: int) -> tuple[Token, int]:
        column = at + 1
        for kind, pattern in (("number", _NUMBER), ("name", _NAME), ("string", _STRING)):
            match = pattern.match(line, at)
            if match:
                return Token(kind, match.group(), number, column), match.end()
        if line[at] == ";":
            return Token("semicolon", ";", number, column), at + 1
        if line[at] in "\"'":
            raise self.fail(number, column, phrase("a quoted label is not closed on its line"))
        run = _SYMBOL_RUN.match(line, at)
        text = run.group() if run else line[at]
        for operator in (*FORMULA_OPERATORS, *_PUNCTUATION):
            if text.startswith(operator) and _known_run(text, operator):
                return Token("op", operator, number, column), at + len(operator)
        raise self.fail(number, column, _unknown_operator(text))

    # -------------------------------------------------------------- statements
    def statements(self) -> list[Statement]:
        return [self._statement(group) for group in self._groups(self.tokens())]

    def _groups(self, tokens: list[Token]) -> list[list[Token]]:
        """Tokens split into formulas at ``;`` and at line ends that finish a formula."""
        groups: list[list[Token]] = []
        current: list[Token] = []
        depth = 0
        for index, token in enumerate(tokens):
            if token.kind == "op" and token.text == "(":
                depth += 1
            elif token.kind == "op" and token.text == ")":
                depth -= 1
            if token.kind == "semicolon" or (
                token.kind == "newline" and not self._continues(current, tokens, index, depth)
            ):
                if current:
                    groups.append(current)
                current, depth = [], 0
            elif token.kind != "newline":
                current.append(token)
        if current:
            groups.append(current)
        return groups

    @staticmethod
    def _continues(current: list[Token], tokens: list[Token], index: int, depth: int) -> bool:
        if not current:
            return False
        if depth > 0 or (current[-1].kind == "op" and current[-1].text in _CONTINUES_AFTER):
            return True
        following = next((t for t in tokens[index + 1 :] if t.kind != "newline"), None)
        return following is not None and following.kind == "op" and following.text in "+*"

    def _statement(self, tokens: list[Token]) -> Statement:
        position = next(
            (i for i, t in enumerate(tokens) if t.kind == "op" and t.text in FORMULA_OPERATORS),
            None,
        )
        first = tokens[0]
        if first.kind == "name" and first.text == "DEFINE":  # semopy: DEFINE(latent) x y
            return Statement([], "DEFINE", line=first.line, column=first.column)
        if position is None:
            raise self._no_operator(tokens)
        operator = tokens[position]
        if operator.text in ("==", "<", ">"):  # constraints: noted, not read
            return Statement([], operator.text, line=first.line, column=first.column)
        lhs = self._lhs(tokens[:position], operator)
        rhs = tokens[position + 1 :]
        statement = Statement(lhs, operator.text, line=first.line, column=first.column)
        if not rhs:
            raise self.fail(
                operator.line,
                operator.column + len(operator.text),
                phrase("nothing follows {operator!r}", operator=operator.text),
            )
        if operator.text == ":=":
            statement.rhs_text = self._raw_text(rhs)
        elif operator.text in ("~", "=~", "<~"):
            statement.terms, statement.intercept = self._terms(rhs, operator.text)
        return statement

    def _no_operator(self, tokens: list[Token]) -> ImportProblem:
        first = tokens[0]
        if first.kind == "name" and len(tokens) > 1 and tokens[1].text == ":":
            return self.fail(
                first.line,
                first.column,
                phrase(
                    "'{name}:' blocks (multiple groups or levels) are not supported; "
                    "import one group's model",
                    name=first.text,
                ),
            )
        stray = next((t for t in tokens[1:] if t.kind == "op"), None)
        if stray is not None and len(tokens) > 1 and tokens[1] is stray:
            run = _SYMBOL_RUN.match(self.lines[stray.line - 1], stray.column - 1)
            text = run.group() if run else stray.text
            return self.fail(stray.line, stray.column, _unknown_operator(text))
        return self.fail(
            first.line,
            first.column,
            phrase("expected a formula such as 'y ~ x1 + x2' (no operator ~, =~, ~~ or := found)"),
        )

    def _lhs(self, tokens: list[Token], operator: Token) -> list[str]:
        if not tokens:
            raise self.fail(
                operator.line,
                operator.column,
                phrase("{operator!r} needs a name on its left", operator=operator.text),
            )
        names = []
        for index, token in enumerate(tokens):
            expected = "name" if index % 2 == 0 else "+"
            if expected == "name" and token.kind != "name":
                reason = phrase("expected a name, not {text!r}", text=token.text)
                raise self.fail(token.line, token.column, reason)
            if expected == "+" and token.text != "+":
                if token.kind == "op":
                    run = _SYMBOL_RUN.match(self.lines[token.line - 1], token.column - 1)
                    text = run.group() if run else token.text
                    raise self.fail(token.line, token.column, _unknown_operator(text))
                raise self.fail(
                    token.line,
                    token.column,
                    phrase("expected '+' or an operator, not {text!r}", text=token.text),
                )
            if expected == "name":
                names.append(token.text)
        if tokens[-1].kind != "name":
            raise self.fail(operator.line, operator.column, phrase("a name is missing before it"))
        if operator.text == ":=" and len(names) > 1:
            raise self.fail(
                tokens[0].line, tokens[0].column, phrase("':=' defines one name at a time")
            )
        return names

    def _raw_text(self, tokens: list[Token]) -> str:
        return " ".join(t.text for t in tokens)

    # ------------------------------------------------------------------- terms
    def _terms(self, tokens: list[Token], operator: str) -> tuple[list[Term], bool]:
        terms: list[Term] = []
        intercept = False
        for chunk in self._split_plus(tokens):
            if len(chunk) == 1 and chunk[0].kind == "number" and chunk[0].text == "1":
                if operator != "~":
                    raise self.fail(
                        chunk[0].line, chunk[0].column, phrase("expected a variable name")
                    )
                intercept = True
                continue
            terms.append(self._term(chunk))
        return terms, intercept

    def _split_plus(self, tokens: list[Token]) -> list[list[Token]]:
        chunks: list[list[Token]] = [[]]
        depth = 0
        for token in tokens:
            if token.text == "(" and token.kind == "op":
                depth += 1
            elif token.text == ")" and token.kind == "op":
                depth -= 1
            if token.kind == "op" and token.text == "+" and depth == 0:
                if not chunks[-1]:
                    raise self.fail(
                        token.line, token.column, phrase("a term is missing before '+'")
                    )
                chunks.append([])
            else:
                chunks[-1].append(token)
        if not chunks[-1]:
            last = tokens[-1]
            raise self.fail(last.line, last.column + 1, phrase("a term is missing after '+'"))
        return chunks

    def _term(self, tokens: list[Token]) -> Term:
        factors = self._split_top(tokens, "*")
        variable = factors[-1]
        names = self._product(variable)
        term = Term(names, variable[0].line, variable[0].column)
        for modifier in factors[:-1]:
            self._apply_modifier(term, modifier)
        return term

    def _split_top(self, tokens: list[Token], separator: str) -> list[list[Token]]:
        parts: list[list[Token]] = [[]]
        depth = 0
        for token in tokens:
            if token.kind == "op" and token.text == "(":
                depth += 1
            elif token.kind == "op" and token.text == ")":
                depth -= 1
            if token.kind == "op" and token.text == separator and depth == 0:
                if not parts[-1]:
                    raise self.fail(
                        token.line,
                        token.column,
                        phrase("something is missing before {separator!r}", separator=separator),
                    )
                parts.append([])
            else:
                parts[-1].append(token)
        if not parts[-1]:
            last = tokens[-1]
            raise self.fail(
                last.line, last.column + 1, phrase("a variable name is missing after '*'")
            )
        return parts

    def _product(self, tokens: list[Token]) -> tuple[str, ...]:
        names = []
        for index, token in enumerate(tokens):
            if index % 2 == 0 and token.kind != "name":
                raise self.fail(
                    token.line,
                    token.column,
                    phrase("expected a variable name, not {text!r}", text=token.text),
                )
            if index % 2 == 1 and token.text != ":":
                raise self.fail(
                    token.line,
                    token.column,
                    phrase("expected '+', '*' or ':' here, not {text!r}", text=token.text),
                )
            if index % 2 == 0:
                names.append(token.text)
        if tokens[-1].kind != "name":
            raise self.fail(
                tokens[-1].line, tokens[-1].column, phrase("a variable name is missing after ':'")
            )
        if len(set(names)) != len(names):
            raise self.fail(
                tokens[0].line, tokens[0].column, phrase("an interaction names a variable twice")
            )
        return tuple(names)

    def _apply_modifier(self, term: Term, tokens: list[Token]) -> None:
        first = tokens[0]
        if len(tokens) == 2 and first.text == "-" and tokens[1].kind == "number":
            self._set_value(term, -float(tokens[1].text), first)
        elif len(tokens) == 1 and first.kind == "number":
            self._set_value(term, float(first.text), first)
        elif len(tokens) == 1 and first.kind == "name" and first.text == "NA":
            pass  # explicitly free: no value
        elif len(tokens) == 1 and first.kind in ("name", "string"):
            self._set_label(term, first.text.strip("\"'"), first)
        elif first.kind == "name" and len(tokens) > 2 and tokens[1].text == "(":
            self._function_modifier(term, tokens)
        else:
            raise self.fail(
                first.line, first.column, phrase("expected a number, a label or NA before '*'")
            )

    def _function_modifier(self, term: Term, tokens: list[Token]) -> None:
        name, first = tokens[0].text, tokens[0]
        if tokens[-1].text != ")":
            raise self.fail(first.line, first.column, phrase("'{name}(' is not closed", name=name))
        arguments = [t for t in tokens[2:-1] if t.text != ","]
        if name not in MODIFIER_FUNCTIONS:
            raise self.fail(
                first.line, first.column, phrase("unknown modifier '{name}(...)'", name=name)
            )
        if name in ("label", "equal") and arguments and arguments[0].kind in ("string", "name"):
            self._set_label(term, arguments[0].text.strip("\"'"), arguments[0])
        elif name == "c" and arguments:
            raise self.fail(
                first.line,
                first.column,
                phrase("c(...) gives a value per group; import one group's model"),
            )
        # start(), lower(), upper(), rv(), prior(): hints for an estimator, not coefficients

    def _set_value(self, term: Term, value: float, token: Token) -> None:
        if term.value is not None and term.value != value:
            raise self.fail(
                token.line, token.column, phrase("a term is fixed to two different values")
            )
        term.value = value
        term.value_column = token.column

    def _set_label(self, term: Term, label: str, token: Token) -> None:
        if not label:
            raise self.fail(token.line, token.column, phrase("a label cannot be empty"))
        if term.label is not None and term.label != label:
            raise self.fail(token.line, token.column, phrase("a term has two different labels"))
        term.label = label
        if term.value_column is None:
            term.value_column = token.column
