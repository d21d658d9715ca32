"""The glossary of the field's terms: loaded from ``resources/help/glossary.json``, looked up
by name, and matched to a construct's label, id and description.

Each term names its source (one of the project's source documents, or Synergy Explorer's own
model), so a definition always says where it comes from. Qt-free: the help window, the
inspector and the diagram's tooltips all ask this module.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from synergy_gui.assets import resource
from synergy_gui.model.elements import Construct
from synergy_gui.model.errors import ModelError

GLOSSARY_FILE = ("help", "glossary.json")
TRANSLATION_FORMAT = "synergy-explorer-glossary-translation"
MAX_CONSTRUCT_TERMS = 5
#: Terms that nearly every description mentions in passing: a link to them would be noise.
_TOO_GENERAL_FOR_PROSE = {"social media"}
_HANZI = re.compile(r"[\u3400-\u9fff]")
ROLE_TERMS = {"stimulus": "Stimulus", "organism": "Organism", "response": "Response"}


class GlossaryError(ModelError):
    """The shipped glossary file is missing or malformed; the message says where."""


@dataclass(frozen=True)
class Source:
    """Where terms come from: a full citation and a short name for running text."""

    key: str
    citation: str
    short: str


@dataclass(frozen=True)
class GlossaryTerm:
    """One entry: its name, definition, source, related terms and words that match it."""

    term: str
    definition: str
    source: Source
    related: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    english: str = ""  # the English name of a translated entry: its anchor and its key

    @property
    def anchor(self) -> str:
        """The term's anchor on the glossary page, e.g. ``trust-transfer`` (in every language)."""
        return slug(self.english or self.term)

    @property
    def heading(self) -> str:
        """The name as the glossary shows it: "Kepercayaan merek — Brand trust" when translated;
        the translated name alone when it already holds the English one ("KOL（关键意见领袖）")."""
        if not self.english or normalise(_short(self.english)) in normalise(self.term):
            return self.term
        return f"{self.term} — {self.english}"

    @property
    def short_name(self) -> str:
        """The name without its parenthesis: "KOL" for "KOL (key opinion leader)"."""
        return _short(self.term)

    def phrases(self) -> tuple[str, ...]:
        """The normalised phrases that count as a mention of this term."""
        found = [normalise(self.term), normalise(self.short_name)]
        found += [normalise(word) for word in self.keywords]
        return tuple(dict.fromkeys(p for p in found if p))

    def name_phrase(self) -> str:
        """The full name, normalised: the only mention that counts in running text."""
        return normalise(self.term)


def _short(name: str) -> str:
    return re.sub(r"\s*\([^)]*\)", "", name).strip() or name


def normalise(text: str) -> str:
    """Lower case, letters and digits, single spaces: "Cost-performance" is "cost performance"."""
    return " ".join(re.findall(r"[^\W_]+", text.lower()))


def slug(text: str) -> str:
    """An anchor name: "Stimulus–Organism–Response (S-O-R) model" → "stimulus-organism-…"."""
    return "-".join(re.findall(r"[^\W_]+", text.lower()))


# ------------------------------------------------------------------------------ loading
@cache
def terms(language: str = "en") -> tuple[GlossaryTerm, ...]:
    """Every term in ``language``, sorted alphabetically (case-insensitive); a term the
    language's glossary lacks stays English. Chinese entries keep the English order."""
    if language != "en":
        return _translated_terms(language)
    path = resource(*GLOSSARY_FILE)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise GlossaryError(f"cannot read the glossary {path}: {error.strerror}") from error
    except ValueError as error:
        raise GlossaryError(f"the glossary {path} is not valid JSON: {error}") from error
    return parse_glossary(data, str(path))


def parse_glossary(data: object, where: str = "glossary") -> tuple[GlossaryTerm, ...]:
    """Terms from the glossary file's JSON; a malformed entry raises with its place."""
    if not isinstance(data, dict) or not isinstance(data.get("terms"), list):
        raise GlossaryError(f"{where}: expected an object with a list of terms")
    sources = _parse_sources(data.get("sources"), where)
    found = [
        _parse_term(entry, sources, f"{where}: terms[{i}]") for i, entry in enumerate(data["terms"])
    ]
    names = [t.term.lower() for t in found]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise GlossaryError(f"{where}: terms defined twice: {', '.join(duplicates)}")
    return tuple(sorted(found, key=lambda t: t.term.lower()))


def _parse_sources(raw: object, where: str) -> dict[str, Source]:
    if not isinstance(raw, dict):
        raise GlossaryError(f"{where}: 'sources' must map a key to a citation")
    sources = {}
    for key, entry in raw.items():
        citation = entry.get("citation") if isinstance(entry, dict) else None
        if not isinstance(citation, str) or not citation.strip():
            raise GlossaryError(f"{where}: sources.{key} has no citation")
        short = entry.get("short")
        sources[key] = Source(key, citation, short if isinstance(short, str) else citation)
    return sources


def _parse_term(entry: object, sources: dict[str, Source], place: str) -> GlossaryTerm:
    if not isinstance(entry, dict):
        raise GlossaryError(f"{place}: expected an object")
    for name in ("term", "definition"):
        if not isinstance(entry.get(name), str) or not entry[name].strip():
            raise GlossaryError(f"{place}.{name}: missing or empty")
    source = sources.get(entry.get("source"))
    if source is None:
        raise GlossaryError(f"{place}.source: {entry.get('source')!r} is not a listed source")
    return GlossaryTerm(
        term=entry["term"].strip(),
        definition=entry["definition"].strip(),
        source=source,
        related=_strings(entry.get("related", []), f"{place}.related"),
        keywords=_strings(entry.get("keywords", []), f"{place}.keywords"),
    )


# ------------------------------------------------------------------------------ languages
def translation_path(language: str):
    """The glossary's translation into ``language``: ``help/<language>/glossary.json``."""
    return resource(GLOSSARY_FILE[0], language, GLOSSARY_FILE[1])


@cache
def _translated_terms(language: str) -> tuple[GlossaryTerm, ...]:
    path = translation_path(language)
    if not path.is_file():
        return terms()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise GlossaryError(f"cannot read the glossary translation {path}: {error}") from error
    found = parse_translation(data, terms(), str(path))
    return tuple(sorted(found, key=sort_key))


def parse_translation(
    data: object, english: tuple[GlossaryTerm, ...], where: str = "translation"
) -> list[GlossaryTerm]:
    """The English terms with the names, definitions and sources' short names of a
    translation file put in; an entry it lacks stays English."""
    if not isinstance(data, dict) or data.get("format") != TRANSLATION_FORMAT:
        raise GlossaryError(f"{where}: not a glossary translation ({TRANSLATION_FORMAT})")
    entries, shorts = data.get("terms", {}), data.get("sources", {})
    if not isinstance(entries, dict) or not isinstance(shorts, dict):
        raise GlossaryError(f"{where}: 'terms' and 'sources' must be objects")
    return [_translated(entry, entries.get(entry.term), shorts, where) for entry in english]


def _translated(entry: GlossaryTerm, found: object, shorts: dict, where: str) -> GlossaryTerm:
    if found is None:
        return entry
    place = f"{where}: terms[{entry.term!r}]"
    if not isinstance(found, dict) or not all(
        isinstance(found.get(name), str) and found[name].strip() for name in ("term", "definition")
    ):
        raise GlossaryError(f"{place}: needs a term and a definition")
    short = shorts.get(entry.source.key)
    source = entry.source
    if isinstance(short, str) and short.strip():
        source = Source(source.key, source.citation, short.strip())
    extra = _strings(found.get("keywords", []), f"{place}.keywords")
    return GlossaryTerm(
        term=found["term"].strip(),
        definition=found["definition"].strip(),
        source=source,
        related=entry.related,
        keywords=(*extra, entry.term, *entry.keywords),  # English words still find it
        english=entry.term,
    )


def sort_key(entry: GlossaryTerm) -> str:
    """Names in Latin script sort by themselves; names with hanzi by their English name (an
    alphabetical order a reader can scan without a pinyin table)."""
    if entry.english and _HANZI.search(entry.term):
        return entry.english.lower()
    return entry.term.lower()


def localised(entry: GlossaryTerm, language: str) -> GlossaryTerm:
    """The same term in ``language`` (itself where the language has no translation)."""
    if language == "en":
        return entry
    return next((t for t in terms(language) if t.anchor == entry.anchor), entry)


def _strings(raw: object, place: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
        raise GlossaryError(f"{place}: expected a list of texts")
    return tuple(raw)


# ------------------------------------------------------------------------------ look-up
def term(name: str) -> GlossaryTerm | None:
    """The term called ``name`` (its full or short name, or its anchor; any case)."""
    return _by_name().get(name.strip().lower())


@cache
def _by_name() -> dict[str, GlossaryTerm]:
    found: dict[str, GlossaryTerm] = {}
    for entry in reversed(terms()):  # a full name wins over another term's short name
        found.update(dict.fromkeys((entry.short_name.lower(), entry.anchor), entry))
    found.update({entry.term.lower(): entry for entry in terms()})
    return found


@cache
def _phrase_index(in_prose: bool) -> dict[str, tuple[GlossaryTerm, ...]]:
    """Which terms each phrase mentions: any phrase of a term, or (in prose) its full name."""
    index: dict[str, tuple[GlossaryTerm, ...]] = {}
    for entry in terms():
        if in_prose and entry.term.lower() in _TOO_GENERAL_FOR_PROSE:
            continue
        for phrase in (entry.name_phrase(),) if in_prose else entry.phrases():
            index[phrase] = (*index.get(phrase, ()), entry)
    return index


def search_terms(query: str, language: str = "en") -> tuple[GlossaryTerm, ...]:
    """The terms whose name, keywords or definition contain every word of ``query``."""
    words = normalise(query).split()
    if not words:
        return terms(language)
    found = []
    for entry in terms(language):
        text = normalise(" ".join([entry.term, entry.definition, *entry.keywords]))
        if all(word in text for word in words):
            found.append(entry)
    return tuple(found)


def terms_for_construct(
    construct: Construct, limit: int = MAX_CONSTRUCT_TERMS
) -> list[GlossaryTerm]:
    """The glossary terms a construct is about, most specific first.

    Terms named in the label come first, then in the id, then the construct's S-O-R role,
    then terms named (by their name, not a loose keyword) in the description.
    """
    found = _terms_for(construct.label, construct.id, construct.role, construct.description)
    return list(found[:limit])


@lru_cache(maxsize=4096)  # tooltips and the inspector ask again each time a construct syncs
def _terms_for(label: str, item_id: str, role: str, description: str) -> tuple[GlossaryTerm, ...]:
    found: list[GlossaryTerm] = []
    for text in (label, item_id):
        found += _mentioned(text, by_keyword=True)
    role_term = term(ROLE_TERMS.get(role, ""))
    if role_term is not None:
        found.append(role_term)
    found += _mentioned(description, by_keyword=False)
    return tuple(dict.fromkeys(found))


def terms_in_text(text: str) -> list[GlossaryTerm]:
    """The terms a running text names by their full names, in reading order (a preset's
    description, a path's note)."""
    return list(dict.fromkeys(_mentioned(text, by_keyword=False)))


@cache
def _longest_phrase(in_prose: bool) -> int:
    return max((len(phrase.split()) for phrase in _phrase_index(in_prose)), default=0)


def _mentioned(text: str, by_keyword: bool) -> list[GlossaryTerm]:
    """Terms mentioned in ``text``, in reading order; a mention inside a longer one is dropped
    ("trust" inside "digital trust")."""
    index = _phrase_index(in_prose=not by_keyword)
    longest = _longest_phrase(in_prose=not by_keyword)
    words = normalise(text).split()
    spans: list[tuple[int, int, GlossaryTerm]] = []
    for start in range(len(words)):
        for end in range(start + 1, min(start + longest, len(words)) + 1):
            for entry in index.get(" ".join(words[start:end]), ()):
                spans.append((start, end, entry))
    kept = [
        (start, end, entry)
        for start, end, entry in spans
        if not any(s <= start and end <= e and (e - s) > (end - start) for s, e, _ in spans)
    ]
    return [entry for _, _, entry in sorted(kept, key=lambda span: span[0])]


__all__ = [
    "GlossaryError",
    "GlossaryTerm",
    "Source",
    "localised",
    "parse_glossary",
    "parse_translation",
    "search_terms",
    "sort_key",
    "term",
    "terms",
    "terms_for_construct",
    "terms_in_text",
]
