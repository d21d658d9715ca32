"""Messages of the Qt-free layers that the interface can show in the user's language.

A :class:`Phrase` is the English text of a message (it *is* a ``str``, so logs, the command
line and tests read it as before) that also keeps its template and values. The window
translates the template and fills in the values again (``synergy_gui.ui.i18n.message_text``).
``tools/translations.py`` finds every ``phrase("…")`` call of the model, engine and io layers
and hands the templates to Qt's lupdate, so a new message cannot miss its translation.

Write ``phrase("must be between {low} and {high} (got {value})", low=…, high=…, value=…)``:
the first argument a literal template, the values by name. A value that is itself a phrase is
translated too, so messages can be built from parts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

#: The translation context of every phrase (the interface's catalogues hold them under it).
CONTEXT = "Model"


class Phrase(str):
    """English text of a message, with the template and values it was made from."""

    template: str
    values: Mapping[str, object]

    def __new__(cls, template: str, values: Mapping[str, object]) -> Phrase:
        made = super().__new__(cls, template.format_map(values))
        made.template = template
        made.values = MappingProxyType(dict(values))
        return made

    def __reduce__(self):  # pickled across processes (the runs' worker pool) as a Phrase
        return (Phrase, (self.template, dict(self.values)))


def phrase(template: str, /, **values: object) -> Phrase:
    """A message made from ``template`` (a literal, found by the translation tool) and values."""
    return Phrase(template, values)


def render(
    message: object,
    translate_template: Callable[[str], str],
    number: Callable[[float], object] | None = None,
) -> str:
    """``message`` with every phrase in it (and in its values) passed through
    ``translate_template(template) -> str``; any other value as ``str`` gives it (an object
    whose ``str`` is a phrase, such as an import note, is translated too). ``number`` dresses
    each decimal value before it is written (the window writes them in its locale)."""
    if not isinstance(message, Phrase):
        message = str(message)
        if not isinstance(message, Phrase):
            return message
    values = {
        name: _value(value, translate_template, number) for name, value in message.values.items()
    }
    template = translate_template(message.template) or message.template
    try:
        return template.format_map(values)
    except (KeyError, IndexError, ValueError):  # a translation that broke a placeholder
        return message.template.format_map(values)


def _value(value: object, translate_template, number) -> object:
    if isinstance(value, Phrase):
        return render(value, translate_template, number)
    if number is not None and isinstance(value, float):
        return number(value)
    return value


def message_of(error: BaseException) -> object:
    """The message an error was raised with: its phrase when it has one, else its text."""
    if len(error.args) == 1 and isinstance(error.args[0], Phrase):
        return error.args[0]
    return str(error)


__all__ = ["CONTEXT", "Phrase", "message_of", "phrase", "render"]
