"""The action registry: every command of the window as a QAction with a standard shortcut.

The registry only creates actions and lays them out in menus and the toolbar; the main window
connects them to what they do. Keys are ``"<menu>.<name>"``, e.g. ``"file.open"``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSignalBlocker
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QMainWindow,
    QMenu,
    QToolBar,
    QWidget,
)

from synergy_gui.model import Change, ModelDocument
from synergy_gui.model.view_state import ViewChange, ViewState
from synergy_gui.ui import theme
from synergy_gui.ui.action_specs import MENUS, SPECS, SUBMENUS, TOOLBAR, ActionSpec, Key, Pixmap
from synergy_gui.ui.language_menu import add_language_menu
from synergy_gui.ui.plain import plain_tip

__all__ = ["MENUS", "SPECS", "SUBMENUS", "TOOLBAR", "ActionRegistry", "ActionSpec"]
UNDO_NAMES = {
    "Undo": QT_TRANSLATE_NOOP("Actions", "Undo"),
    "Redo": QT_TRANSLATE_NOOP("Actions", "Redo"),
}


def translate(context: str, text: str) -> str:
    """Qt's translation of ``text`` (the name lupdate looks for)."""
    return QCoreApplication.translate(context, text)


def menu_text(text: str) -> str:
    """User or preset text as a menu/action text: "&" doubled, so Qt shows it instead of
    taking it as a mnemonic marker ("KOL & KOC" would read "KOL _KOC")."""
    return text.replace("&", "&&")


class ActionRegistry:
    """Creates the window's actions and finds them by key."""

    def __init__(self, parent: QWidget, undo_stack: QUndoStack) -> None:
        self._parent = parent
        self._actions: dict[str, QAction] = {}
        for spec in SPECS:
            self._actions[spec.key] = _make_action(parent, spec)
        self._add_undo_actions(undo_stack)
        self._glyphs = {spec.key: spec.icon for spec in SPECS if isinstance(spec.icon, str)}
        self._glyphs.update({"edit.undo": "undo", "edit.redo": "redo"})
        self.refresh_glyphs()

    def refresh_glyphs(self) -> None:
        """Redraw the drawn icons in the current palette's text colour (after a theme change:
        black glyphs would vanish on the dark palette)."""
        for key, kind in self._glyphs.items():
            self._actions[key].setIcon(theme.glyph_icon(kind))

    def __getitem__(self, key: str) -> QAction:
        return self._actions[key]

    def __contains__(self, key: str) -> bool:
        return key in self._actions

    def __iter__(self) -> Iterator[str]:
        return iter(self._actions)

    def keys(self) -> list[str]:
        return list(self._actions)

    def on(self, key: str, slot: Callable[..., object]) -> None:
        """Run ``slot`` when the action is triggered."""
        self._actions[key].triggered.connect(slot)

    def enable(self, keys: Iterable[str], enabled: bool) -> None:
        for key in keys:
            self._actions[key].setEnabled(enabled)

    def _add_undo_actions(self, undo_stack: QUndoStack) -> None:
        """Undo and Redo follow the stack (enabled, "Undo Set weight of …") but, unlike
        ``createUndoAction``, leave the triggering to the window."""
        for key, name, can, text_changed in (
            ("edit.undo", "Undo", undo_stack.canUndo, undo_stack.undoTextChanged),
            ("edit.redo", "Redo", undo_stack.canRedo, undo_stack.redoTextChanged),
        ):
            shown = translate("Actions", UNDO_NAMES[name])
            action = QAction(f"&{shown}", self._parent)
            action.setIconText(shown)  # the toolbar button keeps its width as the text changes
            action.setEnabled(can())
            can_changed = undo_stack.canUndoChanged if name == "Undo" else undo_stack.canRedoChanged
            can_changed.connect(action.setEnabled)
            text_changed.connect(lambda text, a=action, n=shown: _show_undo_text(a, n, text))
            self._parent.addAction(action)
            self._actions[key] = action
        self._actions["edit.undo"].setShortcuts(QKeySequence.keyBindings(Key.Undo))
        self._actions["edit.redo"].setShortcuts(_redo_keys())


def _show_undo_text(action: QAction, name: str, text: str) -> None:
    action.setText(f"&{name} {menu_text(text)}" if text else f"&{name}")
    action.setToolTip(plain_tip(f"{name} {text}" if text else name))


def _redo_keys() -> list[QKeySequence]:
    keys = QKeySequence.keyBindings(Key.Redo)
    extra = QKeySequence("Ctrl+Y")
    return keys if extra in keys else [*keys, extra]


def _make_action(parent: QWidget, spec: ActionSpec) -> QAction:
    action = QAction(translate("Actions", spec.text), parent)
    shortcuts = spec.shortcut if isinstance(spec.shortcut, tuple) else (spec.shortcut,)
    sequences: list[QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, Key):
            sequences += QKeySequence.keyBindings(shortcut)
        else:
            sequences.append(QKeySequence(shortcut))
    action.setShortcuts(sequences)
    tip = status_tip = translate("Actions", spec.tip) if spec.tip else ""
    if sequences:
        tip = f"{tip} ({sequences[0].toString(QKeySequence.SequenceFormat.NativeText)})"
    action.setStatusTip(status_tip)
    action.setToolTip(tip)
    if isinstance(spec.icon, Pixmap):
        action.setIcon(parent.style().standardIcon(spec.icon))
    action.setCheckable(spec.checkable)
    parent.addAction(action)  # shortcuts work even while a menu entry is hidden
    return action


def build_menus(
    window: QMainWindow,
    registry: ActionRegistry,
    fillers: dict[str, Callable[[QMenu], None]],
) -> dict[str, QMenu]:
    """Build the menu bar; ``fillers["presets"](menu)`` etc. add the dynamic parts."""
    menus: dict[str, QMenu] = {}
    fillers = {"language": lambda menu: add_language_menu(menu, window), **fillers}
    for title, entries in MENUS:
        menu = window.menuBar().addMenu(translate("Actions", title))
        menus[title.replace("&", "")] = menu
        _add_entries(menu, entries, registry, fillers)
    return menus


def _add_entries(
    menu: QMenu,
    entries: Iterable[str],
    registry: ActionRegistry,
    fillers: dict[str, Callable[[QMenu], None]],
) -> None:
    for entry in entries:
        if entry == "-":
            menu.addSeparator()
        elif entry[1:] in SUBMENUS and entry.startswith("@"):
            title, children = SUBMENUS[entry[1:]]
            submenu = menu.addMenu(translate("Actions", title))
            submenu.setObjectName(f"{entry[1:]}_menu")
            _add_entries(submenu, children, registry, fillers)
        elif entry.startswith("@"):
            fillers[entry[1:]](menu)
        else:
            menu.addAction(registry[entry])


def build_toolbar(window: QMainWindow, registry: ActionRegistry) -> QToolBar:
    """The main toolbar, with text beside the icons so nothing needs guessing."""
    toolbar = QToolBar(translate("Actions", "Main toolbar"), window)
    toolbar.setObjectName("main_toolbar")
    toolbar.setMovable(False)
    for entry in TOOLBAR:
        if entry == "-":
            toolbar.addSeparator()
        else:
            toolbar.addAction(registry[entry])
    window.addToolBar(toolbar)
    return toolbar


def add_dock_toggles(menu: QMenu, docks: Iterable[QDockWidget]) -> None:
    """A Panels submenu that shows and hides each dock."""
    panels = menu.addMenu(translate("Actions", "&Panels"))
    for dock in docks:
        panels.addAction(dock.toggleViewAction())


class ScenarioChooser(QObject):
    """Picks the active scenario: a combo box for the toolbar and a submenu, both showing the
    view state's choice and writing to it (None: the model as drawn, stimuli at their sliders).
    """

    AS_DRAWN = QT_TRANSLATE_NOOP("ScenarioChooser", "As drawn (sliders)")

    def __init__(self, document: ModelDocument, view: ViewState, parent: QWidget) -> None:
        super().__init__(parent)
        self._document = document
        self.view = view
        self.combo = QComboBox(parent)
        self.combo.setObjectName("scenario_combo")
        self.combo.setToolTip(
            translate("ScenarioChooser", "The scenario to simulate: stimulus schedules over time")
        )
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.activated.connect(self._on_combo_activated)
        self._group = QActionGroup(self)
        on_document, on_view = self._on_document_changed, self._on_view_changed
        document.events.connect(on_document)
        view.connect(on_view)
        self.destroyed.connect(
            lambda *_: (document.events.disconnect(on_document), view.disconnect(on_view))
        )
        self._refresh()

    @property
    def current(self) -> str | None:
        """The active scenario (the view state's)."""
        return self.view.scenario

    def add_to_menu(self, menu: QMenu) -> None:
        submenu = menu.addMenu(translate("ScenarioChooser", "Sc&enario"))
        submenu.aboutToShow.connect(lambda: self._fill_menu(submenu))
        self._fill_menu(submenu)

    def choose(self, name: str | None) -> None:
        """Choose a scenario as the user would."""
        self.view.set_scenario(name)

    def _names(self) -> list[str]:
        return [scenario.name for scenario in self._document.scenarios]

    def _refresh(self) -> None:
        blocker = QSignalBlocker(self.combo)
        self.combo.clear()
        self.combo.addItem(translate("ScenarioChooser", self.AS_DRAWN), None)
        for name in self._names():
            self.combo.addItem(name, name)
        self.combo.setCurrentIndex(max(0, self.combo.findData(self.view.scenario)))
        del blocker

    def _fill_menu(self, menu: QMenu) -> None:
        menu.clear()
        for name in (None, *self._names()):
            as_drawn = translate("ScenarioChooser", self.AS_DRAWN)
            action = menu.addAction(as_drawn if name is None else menu_text(name))
            action.setToolTip(plain_tip(name or as_drawn))
            action.setCheckable(True)
            action.setChecked(name == self.view.scenario)
            self._group.addAction(action)
            action.triggered.connect(lambda _=False, n=name: self.choose(n))

    def _on_combo_activated(self, index: int) -> None:
        self.choose(self.combo.itemData(index))

    def _on_document_changed(self, change: Change) -> None:
        if change.target in ("scenario", "document"):
            self._refresh()

    def _on_view_changed(self, change: ViewChange) -> None:
        if "scenario" in change:
            self._refresh()
