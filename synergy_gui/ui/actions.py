"""The action registry: every command of the window as a QAction with a standard shortcut.

The registry only creates actions and lays them out in menus and the toolbar; the main window
connects them to what they do. Keys are ``"<menu>.<name>"``, e.g. ``"file.open"``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSignalBlocker
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QMainWindow,
    QMenu,
    QStyle,
    QToolBar,
    QWidget,
)

from synergy_gui.model import Change, ModelDocument
from synergy_gui.model.view_state import ViewChange, ViewState
from synergy_gui.ui import theme
from synergy_gui.ui.plain import plain_tip

Key = QKeySequence.StandardKey
Pixmap = QStyle.StandardPixmap


def menu_text(text: str) -> str:
    """User or preset text as a menu/action text: "&" doubled, so Qt shows it instead of
    taking it as a mnemonic marker ("KOL & KOC" would read "KOL _KOC")."""
    return text.replace("&", "&&")


@dataclass(frozen=True)
class ActionSpec:
    """What one action shows: text, shortcut(s), status tip, icon, whether it toggles."""

    key: str
    text: str
    shortcut: Key | str | tuple[Key | str, ...] = ()
    tip: str = ""
    icon: Pixmap | str | None = None  # a style's standard icon, or a theme glyph's name
    checkable: bool = False


SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("file.new", "&New", Key.New, "Start an empty model", Pixmap.SP_FileIcon),
    ActionSpec("file.open", "&Open…", Key.Open, "Open a model file", Pixmap.SP_DialogOpenButton),
    ActionSpec("file.save", "&Save", Key.Save, "Save the model", Pixmap.SP_DialogSaveButton),
    ActionSpec("file.save_as", "Save &As…", ("Ctrl+Shift+S",), "Save the model under a new name"),
    ActionSpec(
        "file.export_figure",
        "&Export Figure…",
        ("Ctrl+E",),
        "Save the plot as a PNG, SVG or PDF image for slides",
    ),
    ActionSpec(
        "file.export_diagram",
        "Export &Diagram…",
        (),
        "Save the diagram with the model's title as a PNG, SVG or PDF image for slides",
    ),
    ActionSpec(
        "file.import_study",
        "&Study Model…",
        ("Ctrl+I",),
        "Read lavaan or semopy syntax, a coefficient table, a SmartPLS or FCM matrix, or "
        "GraphML; a preview shows what it holds before anything changes",
    ),
    ActionSpec(
        "file.estimate_survey",
        "&Estimate from Survey…",
        (),
        "Estimate the path weights of a lavaan model from survey data (CSV of item answers)",
    ),
    ActionSpec(
        "file.export_lavaan",
        "&lavaan Syntax (Fixed Weights)…",
        (),
        "Write the model as lavaan syntax with the current weights as fixed values",
    ),
    ActionSpec(
        "file.export_lavaan_free",
        "lavaan Syntax (&Free, Labelled)…",
        (),
        "Write the model as lavaan syntax with labelled free coefficients, to estimate",
    ),
    ActionSpec(
        "file.export_hypotheses",
        "&Hypotheses Table…",
        (),
        "H1…Hn as a Markdown, CSV or LaTeX table (by the file's suffix)",
    ),
    ActionSpec("file.export_graphml", "&GraphML…", (), "The diagram for yEd and Gephi"),
    ActionSpec("file.export_fcm", "FCM &Matrix…", (), "The concept matrix (CSV, source rows)"),
    ActionSpec(
        "file.export_report",
        "One-Page PDF &Report…",
        (),
        "The diagram, the plot, the table of levels, the scenario and the date on one page",
    ),
    ActionSpec("file.quit", "&Quit", ("Ctrl+Q",), "Close Synergy Explorer"),
    ActionSpec(
        "edit.add_construct",
        "Add &Construct",
        ("Ctrl+Shift+N",),
        "Add a construct in the middle of the diagram (or double-click empty canvas)",
        Pixmap.SP_FileDialogNewFolder,
    ),
    ActionSpec(
        "edit.connect",
        "C&onnect Selected",
        ("Ctrl+L",),
        "Draw a path between the two selected constructs (or drag from a construct's edge)",
    ),
    ActionSpec(
        "edit.add_junction",
        "Add Synergy &Junction",
        ("Ctrl+J",),
        "Select the members, then their target last, to add a co-active synergy term",
    ),
    ActionSpec("edit.rename", "&Rename…", ("F2",), "Rename the selected construct"),
    ActionSpec(
        "edit.select_all",
        "Select &All",
        Key.SelectAll,
        "Select every construct, path and junction of the diagram",
    ),
    ActionSpec(
        "edit.delete",
        "&Delete",
        Key.Delete,
        "Delete the selected items",
        Pixmap.SP_TrashIcon,
    ),
    ActionSpec("view.zoom_in", "Zoom &In", Key.ZoomIn, "Enlarge the diagram"),
    ActionSpec("view.zoom_out", "Zoom &Out", Key.ZoomOut, "Shrink the diagram"),
    ActionSpec("view.fit", "&Fit to Window", ("Ctrl+0",), "Show the whole diagram", "fit"),
    ActionSpec(
        "view.auto_layout",
        "&Auto-Layout",
        ("Ctrl+Shift+L",),
        "Arrange constructs in columns: stimuli, organism, responses",
    ),
    ActionSpec(
        "view.text_larger",
        "&Larger Text",
        ("Ctrl+Shift++", "Ctrl+Shift+="),
        "Enlarge the text of the diagram and the plots",
    ),
    ActionSpec(
        "view.text_smaller",
        "&Smaller Text",
        ("Ctrl+Shift+-", "Ctrl+Shift+_"),
        "Shrink the text of the diagram and the plots",
    ),
    ActionSpec("view.text_reset", "&Normal Text Size", (), "Draw text at its normal size"),
    ActionSpec(
        "view.present",
        "&Present",
        ("F11",),
        "Full screen for a lecture hall: large type, the story step by step (Esc leaves)",
        "present",
    ),
    ActionSpec("view.dark", "&Dark Palette", (), "Switch between light and dark", checkable=True),
    ActionSpec(
        "simulation.play",
        "&Play",
        ("F5",),
        "Play the time cursor: the diagram shows the levels week by week",
        "play",
        checkable=True,
    ),
    ActionSpec(
        "simulation.step",
        "&Step",
        ("F6",),
        "Move the time cursor one step",
        "step_forward",
    ),
    ActionSpec(
        "simulation.predict",
        "P&redict, then Reveal",
        ("Ctrl+Shift+P",),
        "Hide the plot's future, sketch how a construct will move, then reveal the model",
        checkable=True,
    ),
    ActionSpec(
        "simulation.reveal",
        "Re&veal",
        ("Ctrl+Shift+R",),
        "Play the model's run over the prediction and show the gap",
    ),
    ActionSpec(
        "help.guide", "&Guide", Key.HelpContents, "Open the guide: legend, gestures, theory"
    ),
    ActionSpec("help.glossary", "G&lossary", (), "The terms of social-media marketing and S-O-R"),
)

#: Submenus the registry builds itself: ``"@name"`` in :data:`MENUS` -> (title, entries).
SUBMENUS: dict[str, tuple[str, tuple[str, ...]]] = {
    "import": ("&Import", ("file.import_study", "file.estimate_survey")),
    "export_as": (
        "E&xport As",
        (
            "file.export_lavaan",
            "file.export_lavaan_free",
            "file.export_hypotheses",
            "file.export_graphml",
            "file.export_fcm",
            "-",
            "file.export_report",
        ),
    ),
}

#: The menus and their entries; ``"-"`` is a separator, ``"@name"`` a submenu of
#: :data:`SUBMENUS` or a group the main window fills in (presets, recent files, dock
#: toggles, the scenario chooser).
MENUS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "&File",
        (
            "file.new",
            "file.open",
            "@presets",
            "@recent",
            "-",
            "file.save",
            "file.save_as",
            "-",
            "@import",
            "@export_as",
            "file.export_figure",
            "file.export_diagram",
            "-",
            "file.quit",
        ),
    ),
    (
        "&Edit",
        (
            "edit.undo",
            "edit.redo",
            "-",
            "edit.add_construct",
            "edit.connect",
            "edit.add_junction",
            "edit.rename",
            "edit.delete",
            "-",
            "edit.select_all",
        ),
    ),
    (
        "&View",
        (
            "view.zoom_in",
            "view.zoom_out",
            "view.fit",
            "view.auto_layout",
            "-",
            "@text_size",
            "view.present",
            "-",
            "@docks",
            "-",
            "view.dark",
        ),
    ),
    (
        "&Simulation",
        (
            "simulation.play",
            "simulation.step",
            "-",
            "simulation.predict",
            "simulation.reveal",
            "-",
            "@scenarios",
        ),
    ),
    ("&Help", ("help.guide", "help.glossary")),
)

TOOLBAR: tuple[str, ...] = (
    "file.new",
    "file.open",
    "file.save",
    "-",
    "edit.undo",
    "edit.redo",
    "-",
    "edit.add_construct",
    "edit.delete",
    "view.fit",
    "-",
    "simulation.play",
    "simulation.step",
    "-",
    "view.present",
)


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
            action = QAction(f"&{name}", self._parent)
            action.setIconText(name)  # the toolbar button keeps its width as the text changes
            action.setEnabled(can())
            can_changed = undo_stack.canUndoChanged if name == "Undo" else undo_stack.canRedoChanged
            can_changed.connect(action.setEnabled)
            text_changed.connect(lambda text, a=action, n=name: _show_undo_text(a, n, text))
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
    action = QAction(spec.text, parent)
    shortcuts = spec.shortcut if isinstance(spec.shortcut, tuple) else (spec.shortcut,)
    sequences: list[QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, Key):
            sequences += QKeySequence.keyBindings(shortcut)
        else:
            sequences.append(QKeySequence(shortcut))
    action.setShortcuts(sequences)
    tip = spec.tip
    if sequences:
        tip = f"{tip} ({sequences[0].toString(QKeySequence.SequenceFormat.NativeText)})"
    action.setStatusTip(spec.tip)
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
    for title, entries in MENUS:
        menu = window.menuBar().addMenu(title)
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
            submenu = menu.addMenu(title)
            submenu.setObjectName(f"{entry[1:]}_menu")
            _add_entries(submenu, children, registry, fillers)
        elif entry.startswith("@"):
            fillers[entry[1:]](menu)
        else:
            menu.addAction(registry[entry])


def build_toolbar(window: QMainWindow, registry: ActionRegistry) -> QToolBar:
    """The main toolbar, with text beside the icons so nothing needs guessing."""
    toolbar = QToolBar("Main toolbar", window)
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
    panels = menu.addMenu("&Panels")
    for dock in docks:
        panels.addAction(dock.toggleViewAction())


class ScenarioChooser(QObject):
    """Picks the active scenario: a combo box for the toolbar and a submenu, both showing the
    view state's choice and writing to it (None: the model as drawn, stimuli at their sliders).
    """

    AS_DRAWN = "As drawn (sliders)"

    def __init__(self, document: ModelDocument, view: ViewState, parent: QWidget) -> None:
        super().__init__(parent)
        self._document = document
        self.view = view
        self.combo = QComboBox(parent)
        self.combo.setObjectName("scenario_combo")
        self.combo.setToolTip("The scenario to simulate: stimulus schedules over time")
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
        submenu = menu.addMenu("Sc&enario")
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
        self.combo.addItem(self.AS_DRAWN, None)
        for name in self._names():
            self.combo.addItem(name, name)
        self.combo.setCurrentIndex(max(0, self.combo.findData(self.view.scenario)))
        del blocker

    def _fill_menu(self, menu: QMenu) -> None:
        menu.clear()
        for name in (None, *self._names()):
            action = menu.addAction(self.AS_DRAWN if name is None else menu_text(name))
            action.setToolTip(plain_tip(name or self.AS_DRAWN))
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
