"""The ``#@`` comment lines of lavaan syntax that Synergy Explorer writes and lavaan skips:
the title, construct roles and labels, path kinds and self-loops (``#@ path y y weight=0.4``)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from synergy_gui.model.checks import MAX_UNSTANDARDISED
from synergy_gui.model.elements import PATH_KINDS, ROLES
from synergy_gui.model.phrases import phrase

_META_FIELD = re.compile(r'(\w+)=("(?:[^"\\]|\\.)*"|\S+)')
_NOT_UNDERSTOOD = phrase("a '#@' line that is not understood is left out")


@dataclass
class Metadata:
    """What ``#@`` comment lines say: a title, construct roles and labels, path kinds."""

    title: str = ""
    constructs: dict[str, dict[str, str]] = field(default_factory=dict)
    kinds: dict[tuple[str, str], str] = field(default_factory=dict)
    loops: dict[str, float] = field(default_factory=dict)  # self-loops: name -> weight
    loop_lines: dict[str, int] = field(default_factory=dict)  # self-loops: name -> line

    @classmethod
    def read(cls, lines: list[str], note: Callable[[int, None, str], None]) -> Metadata:
        meta = cls()
        for number, line in enumerate(lines, start=1):
            stripped = line.strip()
            if stripped.startswith("#@"):
                words = stripped[2:].split(None, 1)
                rest = words[1] if len(words) > 1 else ""
                if words and not meta._take(words[0], rest, number):
                    note(number, None, _NOT_UNDERSTOOD)
        return meta

    def _take(self, kind: str, rest: str, number: int) -> bool:
        head, _, tail = rest.partition(" ")
        fields = {k: _field_value(v) for k, v in _META_FIELD.findall(tail)}
        if kind == "title":
            self.title = _field_value(rest.strip())
            return bool(self.title)
        if kind == "construct" and head and fields.get("role", "stimulus") in ROLES:
            self.constructs[head] = fields
            return True
        if kind == "path" and head:
            target, _, tail = tail.partition(" ")
            fields = {k: _field_value(v) for k, v in _META_FIELD.findall(tail)}
            if target == head and _finite(fields.get("weight")):
                self.loops[head] = float(fields["weight"])
                self.loop_lines[head] = number
                self.kinds[(head, target)] = fields.get("kind", "causal")
                return self.kinds[(head, target)] in PATH_KINDS
            if fields.get("kind") in PATH_KINDS:
                self.kinds[(head, target)] = fields["kind"]
                return True
        return False


def _finite(text: str | None) -> bool:
    try:
        return text is not None and abs(float(text)) <= MAX_UNSTANDARDISED
    except ValueError:
        return False


def _field_value(text: str) -> str:
    if text.startswith('"'):
        try:
            value = json.loads(text)
        except ValueError:
            return text.strip('"')
        return value if isinstance(value, str) else text
    return text
