"""What the window's commands show: action texts, shortcuts, tips, menus and the toolbar.

Texts are marked with ``QT_TRANSLATE_NOOP("Actions", …)`` so pyside6-lupdate finds them; the
registry in :mod:`synergy_gui.ui.actions` translates them when it creates the actions.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QStyle

Key = QKeySequence.StandardKey
Pixmap = QStyle.StandardPixmap


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
    ActionSpec(
        "file.new",
        QT_TRANSLATE_NOOP("Actions", "&New"),
        Key.New,
        QT_TRANSLATE_NOOP("Actions", "Start an empty model"),
        Pixmap.SP_FileIcon,
    ),
    ActionSpec(
        "file.open",
        QT_TRANSLATE_NOOP("Actions", "&Open…"),
        Key.Open,
        QT_TRANSLATE_NOOP("Actions", "Open a model file"),
        Pixmap.SP_DialogOpenButton,
    ),
    ActionSpec(
        "file.save",
        QT_TRANSLATE_NOOP("Actions", "&Save"),
        Key.Save,
        QT_TRANSLATE_NOOP("Actions", "Save the model"),
        Pixmap.SP_DialogSaveButton,
    ),
    ActionSpec(
        "file.save_as",
        QT_TRANSLATE_NOOP("Actions", "Save &As…"),
        ("Ctrl+Shift+S",),
        QT_TRANSLATE_NOOP("Actions", "Save the model under a new name"),
    ),
    ActionSpec(
        "file.export_figure",
        QT_TRANSLATE_NOOP("Actions", "&Export Figure…"),
        ("Ctrl+E",),
        QT_TRANSLATE_NOOP("Actions", "Save the plot as a PNG, SVG or PDF image for slides"),
    ),
    ActionSpec(
        "file.export_diagram",
        QT_TRANSLATE_NOOP("Actions", "Export &Diagram…"),
        (),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Save the diagram with the model's title as a PNG, SVG or PDF image for slides",
        ),
    ),
    ActionSpec(
        "file.import_study",
        QT_TRANSLATE_NOOP("Actions", "&Study Model…"),
        ("Ctrl+I",),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Read lavaan or semopy syntax, a coefficient table, a SmartPLS or FCM matrix, or "
            "GraphML; a preview shows what it holds before anything changes",
        ),
    ),
    ActionSpec(
        "file.estimate_survey",
        QT_TRANSLATE_NOOP("Actions", "&Estimate from Survey…"),
        (),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Estimate the path weights of a lavaan model from survey data (CSV of item answers)",
        ),
    ),
    ActionSpec(
        "file.export_lavaan",
        QT_TRANSLATE_NOOP("Actions", "&lavaan Syntax (Fixed Weights)…"),
        (),
        QT_TRANSLATE_NOOP(
            "Actions", "Write the model as lavaan syntax with the current weights as fixed values"
        ),
    ),
    ActionSpec(
        "file.export_lavaan_free",
        QT_TRANSLATE_NOOP("Actions", "lavaan Syntax (&Free, Labelled)…"),
        (),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Write the model as lavaan syntax with labelled free coefficients, to estimate",
        ),
    ),
    ActionSpec(
        "file.export_hypotheses",
        QT_TRANSLATE_NOOP("Actions", "&Hypotheses Table…"),
        (),
        QT_TRANSLATE_NOOP(
            "Actions", "H1…Hn as a Markdown, CSV or LaTeX table (by the file's suffix)"
        ),
    ),
    ActionSpec(
        "file.export_graphml",
        QT_TRANSLATE_NOOP("Actions", "&GraphML…"),
        (),
        QT_TRANSLATE_NOOP("Actions", "The diagram for yEd and Gephi"),
    ),
    ActionSpec(
        "file.export_fcm",
        QT_TRANSLATE_NOOP("Actions", "FCM &Matrix…"),
        (),
        QT_TRANSLATE_NOOP("Actions", "The concept matrix (CSV, source rows)"),
    ),
    ActionSpec(
        "file.export_report",
        QT_TRANSLATE_NOOP("Actions", "One-Page PDF &Report…"),
        (),
        QT_TRANSLATE_NOOP(
            "Actions",
            "The diagram, the plot, the table of levels, the scenario and the date on one page",
        ),
    ),
    ActionSpec(
        "file.quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        ("Ctrl+Q",),
        QT_TRANSLATE_NOOP("Actions", "Close Synergy Explorer"),
    ),
    ActionSpec(
        "edit.add_construct",
        QT_TRANSLATE_NOOP("Actions", "Add &Construct"),
        ("Ctrl+Shift+N",),
        QT_TRANSLATE_NOOP(
            "Actions", "Add a construct in the middle of the diagram (or double-click empty canvas)"
        ),
        Pixmap.SP_FileDialogNewFolder,
    ),
    ActionSpec(
        "edit.connect",
        QT_TRANSLATE_NOOP("Actions", "C&onnect Selected"),
        ("Ctrl+L",),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Draw a path between the two selected constructs (or drag from a construct's edge)",
        ),
    ),
    ActionSpec(
        "edit.add_junction",
        QT_TRANSLATE_NOOP("Actions", "Add Synergy &Junction"),
        ("Ctrl+J",),
        QT_TRANSLATE_NOOP(
            "Actions", "Select the members, then their target last, to add a co-active synergy term"
        ),
    ),
    ActionSpec(
        "edit.rename",
        QT_TRANSLATE_NOOP("Actions", "&Rename…"),
        ("F2",),
        QT_TRANSLATE_NOOP("Actions", "Rename the selected construct"),
    ),
    ActionSpec(
        "edit.select_all",
        QT_TRANSLATE_NOOP("Actions", "Select &All"),
        Key.SelectAll,
        QT_TRANSLATE_NOOP("Actions", "Select every construct, path and junction of the diagram"),
    ),
    ActionSpec(
        "edit.delete",
        QT_TRANSLATE_NOOP("Actions", "&Delete"),
        Key.Delete,
        QT_TRANSLATE_NOOP("Actions", "Delete the selected items"),
        Pixmap.SP_TrashIcon,
    ),
    ActionSpec(
        "view.zoom_in",
        QT_TRANSLATE_NOOP("Actions", "Zoom &In"),
        Key.ZoomIn,
        QT_TRANSLATE_NOOP("Actions", "Enlarge the diagram"),
    ),
    ActionSpec(
        "view.zoom_out",
        QT_TRANSLATE_NOOP("Actions", "Zoom &Out"),
        Key.ZoomOut,
        QT_TRANSLATE_NOOP("Actions", "Shrink the diagram"),
    ),
    ActionSpec(
        "view.fit",
        QT_TRANSLATE_NOOP("Actions", "&Fit to Window"),
        ("Ctrl+0",),
        QT_TRANSLATE_NOOP("Actions", "Show the whole diagram"),
        "fit",
    ),
    ActionSpec(
        "view.auto_layout",
        QT_TRANSLATE_NOOP("Actions", "&Auto-Layout"),
        ("Ctrl+Shift+L",),
        QT_TRANSLATE_NOOP("Actions", "Arrange constructs in columns: stimuli, organism, responses"),
    ),
    ActionSpec(
        "view.text_larger",
        QT_TRANSLATE_NOOP("Actions", "&Larger Text"),
        ("Ctrl+Shift++", "Ctrl+Shift+="),
        QT_TRANSLATE_NOOP("Actions", "Enlarge the text of the diagram and the plots"),
    ),
    ActionSpec(
        "view.text_smaller",
        QT_TRANSLATE_NOOP("Actions", "&Smaller Text"),
        ("Ctrl+Shift+-", "Ctrl+Shift+_"),
        QT_TRANSLATE_NOOP("Actions", "Shrink the text of the diagram and the plots"),
    ),
    ActionSpec(
        "view.text_reset",
        QT_TRANSLATE_NOOP("Actions", "&Normal Text Size"),
        (),
        QT_TRANSLATE_NOOP("Actions", "Draw text at its normal size"),
    ),
    ActionSpec(
        "view.present",
        QT_TRANSLATE_NOOP("Actions", "&Present"),
        ("F11",),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Full screen for a lecture hall: large type, the story step by step (Esc leaves)",
        ),
        "present",
    ),
    ActionSpec(
        "view.dark",
        QT_TRANSLATE_NOOP("Actions", "&Dark Palette"),
        (),
        QT_TRANSLATE_NOOP("Actions", "Switch between light and dark"),
        checkable=True,
    ),
    ActionSpec(
        "simulation.play",
        QT_TRANSLATE_NOOP("Actions", "&Play"),
        ("F5",),
        QT_TRANSLATE_NOOP(
            "Actions", "Play the time cursor: the diagram shows the levels week by week"
        ),
        "play",
        checkable=True,
    ),
    ActionSpec(
        "simulation.step",
        QT_TRANSLATE_NOOP("Actions", "&Step"),
        ("F6",),
        QT_TRANSLATE_NOOP("Actions", "Move the time cursor one step"),
        "step_forward",
    ),
    ActionSpec(
        "simulation.predict",
        QT_TRANSLATE_NOOP("Actions", "P&redict, then Reveal"),
        ("Ctrl+Shift+P",),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Hide the plot's future, sketch how a construct will move, then reveal the model",
        ),
        checkable=True,
    ),
    ActionSpec(
        "simulation.reveal",
        QT_TRANSLATE_NOOP("Actions", "Re&veal"),
        ("Ctrl+Shift+R",),
        QT_TRANSLATE_NOOP("Actions", "Play the model's run over the prediction and show the gap"),
    ),
    ActionSpec(
        "help.guide",
        QT_TRANSLATE_NOOP("Actions", "&Guide"),
        Key.HelpContents,
        QT_TRANSLATE_NOOP("Actions", "Open the guide: legend, gestures, theory"),
    ),
    ActionSpec(
        "help.glossary",
        QT_TRANSLATE_NOOP("Actions", "G&lossary"),
        (),
        QT_TRANSLATE_NOOP("Actions", "The terms of social-media marketing and S-O-R"),
    ),
)

#: Submenus the registry builds itself: ``"@name"`` in :data:`MENUS` -> (title, entries).
SUBMENUS: dict[str, tuple[str, tuple[str, ...]]] = {
    "import": (
        QT_TRANSLATE_NOOP("Actions", "&Import"),
        ("file.import_study", "file.estimate_survey"),
    ),
    "export_as": (
        QT_TRANSLATE_NOOP("Actions", "E&xport As"),
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
        QT_TRANSLATE_NOOP("Actions", "&File"),
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
        QT_TRANSLATE_NOOP("Actions", "&Edit"),
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
        QT_TRANSLATE_NOOP("Actions", "&View"),
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
            "@language",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Simulation"),
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
    (QT_TRANSLATE_NOOP("Actions", "&Help"), ("help.guide", "help.glossary")),
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
