"""The rich-text tooltip of a construct's node: its label, role, description, references and
glossary terms."""

from __future__ import annotations

import html

from synergy_gui.model import Construct
from synergy_gui.model.glossary import localised, terms_for_construct
from synergy_gui.ui.i18n import current_language, translate
from synergy_gui.ui.vocabulary import word


def tooltip_html(construct: Construct) -> str:
    role = html.escape(word(construct.role).lower())
    parts = [f"<b>{html.escape(construct.label)}</b> — {role}"]
    if construct.description:
        parts.append(html.escape(construct.description))
    if construct.references:
        refs = "<br>".join(html.escape(r) for r in construct.references)
        heading = html.escape(translate("ConstructItem", "References"))
        parts.append(f"<i>{heading}</i><br>{refs}")
    terms = glossary_tip(construct)
    if terms:
        parts.append(terms)
    return "<p style='white-space:pre-wrap'>" + "<br><br>".join(parts) + "</p>"


def glossary_tip(construct: Construct) -> str:
    """The construct's glossary terms in the interface's language, as escaped rich text:
    "Glossary: Digital trust, Organism, Trust (Help ▸ Glossary, F1)"; "" when none."""
    language = current_language()
    names = [localised(entry, language).term for entry in terms_for_construct(construct)]
    if not names:
        return ""
    head = html.escape(translate("ConstructItem", "Glossary"))
    where = html.escape(translate("ConstructItem", "(Help ▸ Glossary, F1)"))
    return f"<i>{head}</i>: {html.escape(', '.join(names))} <span style='color:gray'>{where}</span>"


__all__ = ["glossary_tip", "tooltip_html"]
