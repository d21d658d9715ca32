"""The inspector: the selected construct, path or junction as a form; each edit is undoable.

Nothing selected shows the model's title and description. A refused edit shows its reason in
red under the heading and the form goes back to what the document holds.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from synergy_gui.model import Change, ModelDocument
from synergy_gui.ui.commands import SetWeightCommand, UpdateItemCommand, push
from synergy_gui.ui.i18n import translate
from synergy_gui.ui.panels.base import DocumentPanel
from synergy_gui.ui.panels.inspector_pages import (
    ConstructPage,
    JunctionPage,
    Page,
    PathPage,
    item_target,
)
from synergy_gui.ui.panels.meta_page import MetaPage
from synergy_gui.ui.panels.rows import problem_label, show_problem

TITLES = {
    "construct": QT_TRANSLATE_NOOP("Inspector", "Construct"),
    "path": QT_TRANSLATE_NOOP("Inspector", "Path"),
    "junction": QT_TRANSLATE_NOOP("Inspector", "Synergy junction"),
    "meta": QT_TRANSLATE_NOOP("Inspector", "Model"),
}


#: Settings the pages show: the time unit and activation (construct), the default sd and the
#: scales (model; the scales also set the weight and level boxes' ranges).
_SETTINGS_SHOWN = frozenset(
    {"time_unit", "activation", "default_sd", "weight_scale", "level_range"}
)


class InspectorPanel(DocumentPanel):
    """Shows and edits one item of the document (or the model's description)."""

    def __init__(self, document: ModelDocument, undo_stack, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.undo_stack = undo_stack
        #: Opens the guide's glossary at a term (its anchor); the window may set its own.
        self.open_term: Callable[[str], None] = self._open_term_in_help
        self.item_id: str | None = None
        self.target = "meta"
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.problem = problem_label()
        self.pages: dict[str, Page] = {
            "meta": MetaPage(self._commit, self._commit_settings),
            "construct": ConstructPage(self._commit, self._on_term_clicked),
            "path": PathPage(self._commit, self._set_weight),
            "junction": JunctionPage(self._commit, self._set_weight),
        }
        self._stack = QStackedWidget()
        for page in self.pages.values():
            self._stack.addWidget(page)
        self._build_layout()
        self.show_item(None)

    def _build_layout(self) -> None:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._stack)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 8, 8)
        column.addWidget(self.heading)
        column.addWidget(self.problem)
        column.addWidget(scroll, 1)

    # ------------------------------------------------------------------ public
    def show_item(self, item_id: str | None) -> None:
        """Inspect a construct, path or junction by id (None or unknown: the model itself)."""
        self.target = item_target(self.document, item_id)
        self.item_id = None if self.target == "meta" else item_id
        page = self.pages[self.target]
        self._stack.setCurrentWidget(page)
        self.heading.setText(translate("Inspector", TITLES[self.target]))
        show_problem(self.problem, None)
        self._load(page)

    @property
    def page(self) -> Page:
        """The page on show."""
        return self.pages[self.target]

    # ------------------------------------------------------------------ glossary
    def _on_term_clicked(self, anchor: str) -> None:
        self.open_term(anchor)

    def _open_term_in_help(self, anchor: str) -> None:
        from synergy_gui.ui.help_window import open_help  # the guide loads only when asked

        open_help(self.window(), term=anchor)

    # ------------------------------------------------------------------ edits
    def _commit(self, values: dict[str, Any]) -> None:
        item_id = None if self.target == "meta" else self.item_id
        command = UpdateItemCommand(self.document, self.target, item_id, **values)
        self._report(push(self.undo_stack, command))

    def _commit_settings(self, values: dict[str, Any]) -> None:
        self._report(
            push(self.undo_stack, UpdateItemCommand(self.document, "settings", None, **values))
        )

    def _set_weight(self, weight: float, gesture: Hashable) -> str | None:
        command = SetWeightCommand(self.document, self.item_id, weight, gesture)
        return self._report(push(self.undo_stack, command))

    def _report(self, reason: str | None) -> str | None:
        show_problem(self.problem, reason)
        if reason:
            self._load(self.page)  # back to what the document holds
        return reason

    def _load(self, page: Page, fields=None) -> None:
        page.load(self.document, self.item_id, fields)
        if isinstance(page, ConstructPage):
            page.show_time_unit(self.document.settings.time_unit)

    # ------------------------------------------------------------------ document events
    def _on_document_changed(self, change: Change) -> None:
        if self.stale:
            return  # a full reload is due anyway
        if change.target == "document" or change.action == "remove":
            self.mark_stale()  # the item may be gone; look again once the burst is over
        elif change.target == self.target and change.item_id == self.item_id:
            self._load(self.page, set(change.fields))
        elif change.target == "construct" and "label" in change.fields:
            self._load(self.page, {"source", "target", "members"})  # headings name constructs
        elif change.target == "settings" and _SETTINGS_SHOWN & set(change.fields):
            self._load(self.page)
        elif self.target == "junction" and change.target in ("path", "construct"):
            self.page.show_warnings()

    def _rebuild(self) -> None:
        if item_target(self.document, self.item_id) != self.target:
            self.show_item(None)
        else:
            self._load(self.page)
