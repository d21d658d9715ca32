"""The in-app guide's pages: the contents, each page's HTML, search, and the generated parts.

Pages are HTML files under ``resources/help/`` listed in ``contents.json``. Two parts are made
when a page is shown, so they never go stale: the glossary's entries (from
:mod:`synergy_gui.model.glossary`) and the table of commands and shortcuts (from rows the window
builds out of its action specs). Links between pages read ``help:<topic>#<anchor>``; a link
inside a page reads ``#<anchor>``. Qt-free: the help window only displays what this builds.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from synergy_gui.assets import resource
from synergy_gui.model.errors import ModelError
from synergy_gui.model.glossary import (
    GlossaryTerm,
    localised,
    normalise,
    search_terms,
    sort_key,
    term,
    terms,
)

HELP_DIR = "help"
CONTENTS_FILE = "contents.json"
TRANSLATION_FORMAT = "synergy-explorer-help-translation"
#: The fixed sentences the generated parts of the pages say; a translation gives each.
PHRASES = (
    "The window's commands are listed here when the guide is opened from it.",
    "{shown} of {total} terms match “{query}”.",
    "No term matches.",
    "Source:",
    "See also:",
)
SCHEME = "help"
GLOSSARY_TOPIC = "glossary"
SHORTCUTS_MARK = "<!-- shortcuts -->"
GLOSSARY_MARK = "<!-- glossary -->"

_HREF = re.compile(r"""href\s*=\s*["']([^"']*)["']""", re.IGNORECASE)
_ANCHOR = re.compile(r"""<a\s+name\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")


class HelpError(ModelError):
    """A help page or the contents file is missing or malformed."""


@dataclass(frozen=True)
class Topic:
    """One page of the guide."""

    id: str
    title: str
    file: str


@dataclass(frozen=True)
class ShortcutRow:
    """One command in the shortcut table: its menu, name, keys (as shown) and what it does."""

    menu: str
    command: str
    keys: tuple[str, ...]
    description: str = ""


# ------------------------------------------------------------------------------ contents
@cache
def topics(language: str = "en") -> tuple[Topic, ...]:
    """The guide's pages in the order of its contents, titled in ``language``."""
    path = resource(HELP_DIR, CONTENTS_FILE)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        found = tuple(Topic(t["id"], t["title"], t["file"]) for t in data["topics"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise HelpError(f"the help contents {path} cannot be read: {error}") from error
    titles = _translation(language).get("titles", {})
    return tuple(Topic(t.id, titles.get(t.id) or t.title, t.file) for t in found)


def topic(topic_id: str, language: str = "en") -> Topic | None:
    return next((t for t in topics(language) if t.id == topic_id), None)


@cache
def _translation(language: str) -> dict:
    """``help/<language>/contents.json``: the titles and phrases of a translation ({} for
    English or a language without one)."""
    if language == "en":
        return {}
    path = resource(HELP_DIR, language, CONTENTS_FILE)
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise HelpError(f"the help translation {path} cannot be read: {error}") from error
    if not isinstance(data, dict) or data.get("format") != TRANSLATION_FORMAT:
        raise HelpError(f"{path} is not a help translation ({TRANSLATION_FORMAT})")
    return data


def said(text: str, language: str = "en") -> str:
    """One of the generated parts' :data:`PHRASES` in ``language``."""
    return _translation(language).get("phrases", {}).get(text) or text


@cache
def page_source(topic_id: str, language: str = "en") -> str:
    """The page's HTML as stored (its translation where there is one), generated parts
    still marked."""
    found = topic(topic_id)
    if found is None:
        known = ", ".join(t.id for t in topics())
        raise HelpError(f"there is no help topic {topic_id!r} (known: {known})")
    path = resource(HELP_DIR, found.file)
    if language != "en" and resource(HELP_DIR, language, found.file).is_file():
        path = resource(HELP_DIR, language, found.file)
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise HelpError(f"cannot read the help page {path}: {error.strerror}") from error


# ------------------------------------------------------------------------------ pages
def page_html(
    topic_id: str, shortcuts: Sequence[ShortcutRow] = (), query: str = "", language: str = "en"
) -> str:
    """The page ready to show; the glossary lists only the terms matching ``query``."""
    text = page_source(topic_id, language)
    if SHORTCUTS_MARK in text:
        text = text.replace(SHORTCUTS_MARK, shortcut_table_html(shortcuts, language))
    if GLOSSARY_MARK in text:
        text = text.replace(GLOSSARY_MARK, glossary_html(query, language))
    return text


def shortcut_table_html(rows: Sequence[ShortcutRow], language: str = "en") -> str:
    """A table of commands grouped by menu, in the order given."""
    if not rows:
        empty = said(
            "The window's commands are listed here when the guide is opened from it.", language
        )
        return f"<p><i>{html.escape(empty)}</i></p>"
    lines = ['<table cellpadding="4">']
    menu = None
    for row in rows:
        if row.menu != menu:
            menu = row.menu
            lines.append(f'<tr><th align="left" colspan="3"><br>{html.escape(menu)}</th></tr>')
        keys = ", ".join(f"<b>{html.escape(k)}</b>" for k in row.keys) or "—"
        lines.append(
            f"<tr><td>{html.escape(row.command)}</td><td>{keys}</td>"
            f"<td>{html.escape(row.description)}</td></tr>"
        )
    lines.append("</table>")
    return "\n".join(lines)


def glossary_html(query: str = "", language: str = "en") -> str:
    """The glossary's entries, alphabetical, each under its anchor; filtered by ``query``."""
    shown = search_terms(query, language)
    parts = [_letter_index(shown, language)]
    if query.strip():
        count = said("{shown} of {total} terms match “{query}”.", language).format(
            shown=len(shown), total=len(terms(language)), query=query.strip()
        )
        parts.append(f"<p><i>{html.escape(count)}</i></p>")
    letter = ""
    for entry in shown:
        first = _letter(entry)
        if first != letter:
            letter = first
            parts.append(
                f'<a name="letter-{_letter_slug(first)}"></a><h2>{html.escape(first)}</h2>'
            )
        parts.append(_entry_html(entry, language))
    return "\n".join(parts)


def _letter(entry: GlossaryTerm) -> str:
    return sort_key(entry)[:1].upper()


def _letter_slug(letter: str) -> str:
    return normalise(letter) or "other"


def _letter_index(shown: Iterable[GlossaryTerm], language: str) -> str:
    letters = dict.fromkeys(_letter(entry) for entry in shown)
    links = [f'<a href="#letter-{_letter_slug(x)}">{html.escape(x)}</a>' for x in letters]
    if links:
        return "<p>" + " · ".join(links) + "</p>"
    return f"<p><i>{html.escape(said('No term matches.', language))}</i></p>"


def _entry_html(entry: GlossaryTerm, language: str) -> str:
    related = [localised(r, language) for r in map(term, entry.related) if r is not None]
    see_also = ", ".join(f'<a href="#{r.anchor}">{html.escape(r.term)}</a>' for r in related)
    source, also = html.escape(said("Source:", language)), html.escape(said("See also:", language))
    lines = [
        f'<a name="{entry.anchor}"></a><h3>{html.escape(entry.heading)}</h3>',
        f"<p>{html.escape(entry.definition)}</p>",
        f'<p style="color:gray"><i>{source}</i> {html.escape(entry.source.citation)}</p>',
    ]
    if see_also:
        lines.append(f"<p><i>{also}</i> {see_also}</p>")
    return "\n".join(lines)


# ------------------------------------------------------------------------------ search
def plain_text(page: str) -> str:
    """The page's words without markup, on one line."""
    return " ".join(html.unescape(_TAG.sub(" ", page)).split())


def search_topics(
    query: str, shortcuts: Sequence[ShortcutRow] = (), language: str = "en"
) -> list[str]:
    """The topics whose title or text contains every word of ``query`` (all when empty)."""
    words = normalise(query).split()
    found = []
    for entry in topics(language):
        page = page_html(entry.id, shortcuts, language=language)
        text = normalise(entry.title + " " + plain_text(page))
        if all(word in text for word in words):
            found.append(entry.id)
    return found


# ------------------------------------------------------------------------------ links
def split_link(href: str, current: str) -> tuple[str, str] | None:
    """``(topic, anchor)`` of an internal link from page ``current``; None for any other."""
    if href.startswith("#"):
        return current, href[1:]
    if href.startswith(f"{SCHEME}:"):
        target, _, anchor = href[len(SCHEME) + 1 :].partition("#")
        return target, anchor
    return None


def links(page: str) -> list[str]:
    """Every ``href`` of a page, in order."""
    return _HREF.findall(page)


def anchors(page: str) -> set[str]:
    """The anchor names a page defines."""
    return set(_ANCHOR.findall(page))


__all__ = [
    "HelpError",
    "ShortcutRow",
    "Topic",
    "anchors",
    "glossary_html",
    "links",
    "page_html",
    "page_source",
    "plain_text",
    "said",
    "search_topics",
    "shortcut_table_html",
    "split_link",
    "topic",
    "topics",
]
