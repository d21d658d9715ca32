"""The in-app guide: a contents list, a search box and the pages, with the glossary. Offline.

``open_help(parent, topic)`` shows the one guide window of ``parent`` (F1, Help menu);
``HelpWindow.show_term(name)`` opens the glossary at a term (the inspector's term links).
The shortcut table is made from the window's action specs each time it is shown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from synergy_gui.model import glossary
from synergy_gui.model import help_pages as pages
from synergy_gui.model.help_pages import ShortcutRow
from synergy_gui.ui import actions
from synergy_gui.ui.help_legend import SCHEME as LEGEND_SCHEME
from synergy_gui.ui.help_legend import legend_image
from synergy_gui.ui.i18n import current_language, translate

TITLE = QT_TRANSLATE_NOOP("HelpWindow", "Synergy Explorer Help")
DEFAULT_TOPIC = "getting_started"
DEFAULT_SIZE = (980, 680)
SIDE_WIDTH = 270
_NATIVE = QKeySequence.SequenceFormat.NativeText


# ------------------------------------------------------------------------------ shortcuts
def spec_keys(shortcut: actions.Key | str | tuple) -> tuple[str, ...]:
    """The keys of an action spec's shortcut as the menus show them ("Ctrl+0").

    Of a standard key's platform bindings, the dedicated keys some keyboards have ("Open",
    "Undo") are left out after the first binding: a table of them reads as noise.
    """
    shortcuts = shortcut if isinstance(shortcut, tuple) else (shortcut,)
    sequences: list[QKeySequence] = []
    for one in shortcuts:
        if isinstance(one, actions.Key):
            sequences += QKeySequence.keyBindings(one)
        else:
            sequences.append(QKeySequence(one))
    texts = [s.toString(_NATIVE) for s in sequences if not s.isEmpty()]
    kept = [t for n, t in enumerate(texts) if n == 0 or "+" in t or re.fullmatch(r"F\d+", t)]
    return tuple(dict.fromkeys(kept))


def _undo_redo_rows(menu: str) -> dict[str, ShortcutRow]:
    undo = spec_keys(actions.Key.Undo)
    redo = spec_keys((actions.Key.Redo, "Ctrl+Y"))  # as the registry adds Ctrl+Y to Redo
    return {
        "edit.undo": ShortcutRow(
            menu,
            translate("Actions", "Undo"),
            undo,
            translate("HelpWindow", "Undo the last edit"),
        ),
        "edit.redo": ShortcutRow(
            menu,
            translate("Actions", "Redo"),
            redo,
            translate("HelpWindow", "Redo the edit just undone"),
        ),
    }


def shortcut_rows(
    specs: Sequence[actions.ActionSpec] | None = None,
    menus: Sequence[tuple[str, tuple[str, ...]]] | None = None,
) -> list[ShortcutRow]:
    """Every command of the window's menus with its keys, in menu order; commands in no
    menu come last under "Other"."""
    specs = actions.SPECS if specs is None else specs
    menus = actions.MENUS if menus is None else menus
    by_key = {spec.key: spec for spec in specs}
    rows: list[ShortcutRow] = []
    listed: set[str] = set()
    for title, entries in menus:
        menu = _plain(translate("Actions", title))
        extra = _undo_redo_rows(menu)
        for key in entries:
            if key in by_key:
                rows.append(_row(menu, by_key[key]))
            elif key in extra:
                rows.append(extra[key])
            listed.add(key)
    other = translate("HelpWindow", "Other")
    rows += [_row(other, spec) for spec in specs if spec.key not in listed]
    return rows


def _row(menu: str, spec: actions.ActionSpec) -> ShortcutRow:
    command = _plain(translate("Actions", spec.text)).rstrip("…")
    tip = translate("Actions", spec.tip) if spec.tip else ""
    return ShortcutRow(menu, command, spec_keys(spec.shortcut), tip)


def _plain(text: str) -> str:
    """A menu text without its mnemonic: "&Open…" -> "Open…", "打开(&O)…" -> "打开…"."""
    text = re.sub(r"\(&\w\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


# ------------------------------------------------------------------------------ browser
class HelpBrowser(QTextBrowser):
    """Shows the pages; the legend's pictures come from the diagram's own drawing code."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)  # links are followed by the window, never outside the app
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, url: QUrl):
        if url.scheme() == LEGEND_SCHEME:
            return legend_image(url.path())
        return None  # nothing is ever loaded from disk or the network


# ------------------------------------------------------------------------------ window
class HelpWindow(QWidget):
    """The guide: contents and search on the left, the page on the right."""

    def __init__(
        self, parent: QWidget | None = None, shortcuts: Sequence[ShortcutRow] | None = None
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("help_window")
        self.setWindowTitle(translate("HelpWindow", TITLE))
        self.shortcuts = list(shortcut_rows() if shortcuts is None else shortcuts)
        self.topic_id: str | None = None
        self.language = current_language()
        self.search = QLineEdit()
        self.search.setObjectName("help_search")
        self.search.setPlaceholderText(translate("HelpWindow", "Search the guide and glossary"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_changed)
        self.contents = QListWidget()
        self.contents.setObjectName("help_contents")
        self.contents.setWordWrap(True)  # long titles wrap instead of hiding behind a scroll bar
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for topic in pages.topics(self.language):
            item = QListWidgetItem(topic.title)
            item.setData(Qt.ItemDataRole.UserRole, topic.id)
            self.contents.addItem(item)
        self.contents.currentItemChanged.connect(self._on_contents_changed)
        self.browser = HelpBrowser()
        self.browser.setObjectName("help_browser")
        self.browser.anchorClicked.connect(self._on_link)
        self._build_layout()
        self._resize_to_screen()
        self.show_topic(DEFAULT_TOPIC)

    def _build_layout(self) -> None:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.contents, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(side)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([SIDE_WIDTH, DEFAULT_SIZE[0] - SIDE_WIDTH])
        splitter.setChildrenCollapsible(False)
        side.setMinimumWidth(170)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)

    def _resize_to_screen(self) -> None:
        width, height = DEFAULT_SIZE
        screen = (self.parentWidget() or self).screen()
        if screen is not None:
            free = screen.availableGeometry()
            width, height = min(width, free.width() - 40), min(height, free.height() - 60)
        self.resize(max(width, 480), max(height, 360))

    # ------------------------------------------------------------------ public
    def show_topic(self, topic_id: str, anchor: str = "") -> bool:
        """Show a page (and scroll to ``anchor``); False for an unknown topic."""
        if pages.topic(topic_id) is None:
            return False
        if topic_id == pages.GLOSSARY_TOPIC and anchor and self._filtered_out(anchor):
            self.search.clear()  # the term asked for would be hidden by the filter
        self.topic_id = topic_id
        self._select_in_contents(topic_id)
        self._render()
        if anchor:
            self.browser.scrollToAnchor(anchor)
        return True

    def show_term(self, name: str) -> bool:
        """Open the glossary at the term ``name`` (full or short name or anchor; any case)."""
        entry = glossary.term(name)
        if entry is None:
            self.show_topic(pages.GLOSSARY_TOPIC)
            return False
        return self.show_topic(pages.GLOSSARY_TOPIC, entry.anchor)

    @property
    def page_text(self) -> str:
        """What the page on show reads, without markup."""
        return self.browser.toPlainText()

    # ------------------------------------------------------------------ drawing
    def _render(self) -> None:
        query = self.search.text() if self.topic_id == pages.GLOSSARY_TOPIC else ""
        page = pages.page_html(self.topic_id, self.shortcuts, query, self.language)
        self.browser.setHtml(page)
        if self.search.text().strip() and self.topic_id != pages.GLOSSARY_TOPIC:
            self._mark_first_match()

    def _mark_first_match(self) -> None:
        words = self.search.text().split()
        if words:
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
            self.browser.find(words[0], QTextDocument.FindFlag(0))

    def _filtered_out(self, anchor: str) -> bool:
        shown = pages.glossary_html(self.search.text(), self.language)
        return anchor not in pages.anchors(shown)

    def _select_in_contents(self, topic_id: str) -> None:
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == topic_id:
                item.setHidden(False)
                self.contents.blockSignals(True)
                self.contents.setCurrentItem(item)
                self.contents.blockSignals(False)
                return

    # ------------------------------------------------------------------ events
    def _on_contents_changed(self, current: QListWidgetItem | None, _previous=None) -> None:
        if current is not None:
            self.show_topic(current.data(Qt.ItemDataRole.UserRole))

    def _on_search_changed(self, text: str) -> None:
        matching = set(pages.search_topics(text, self.shortcuts, self.language))
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            item.setHidden(item.data(Qt.ItemDataRole.UserRole) not in matching)
        if self.topic_id in matching or not matching:
            self._render()
        else:
            self.show_topic(next(t.id for t in pages.topics() if t.id in matching))

    def _on_link(self, url: QUrl) -> None:
        target = pages.split_link(url.toString(), self.topic_id or DEFAULT_TOPIC)
        if target is None:
            return  # an outside address: the guide works offline and opens nothing else
        topic_id, anchor = target
        if topic_id == self.topic_id and not (
            topic_id == pages.GLOSSARY_TOPIC and anchor and self._filtered_out(anchor)
        ):
            self.browser.scrollToAnchor(anchor)
        else:
            self.show_topic(topic_id, anchor)


# ------------------------------------------------------------------------------ opening
_WITHOUT_PARENT: list[HelpWindow] = []


def open_help(
    parent: QWidget | None = None, topic: str | None = None, term: str | None = None
) -> HelpWindow:
    """Show the guide (one window per parent), at ``topic`` or at a glossary ``term``."""
    window = _existing(parent)
    if window is None:
        window = HelpWindow(parent)
        if parent is None:
            _WITHOUT_PARENT.append(window)
    if term is not None:
        window.show_term(term)
    elif topic is not None:
        window.show_topic(topic)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def _existing(parent: QWidget | None) -> HelpWindow | None:
    if parent is None:
        _WITHOUT_PARENT[:] = [w for w in _WITHOUT_PARENT if shiboken6.isValid(w)]
        return _WITHOUT_PARENT[0] if _WITHOUT_PARENT else None
    return parent.findChild(HelpWindow, "help_window", Qt.FindChildOption.FindDirectChildrenOnly)


__all__ = ["HelpBrowser", "HelpWindow", "open_help", "shortcut_rows", "spec_keys"]
