"""The main window: the diagram in the centre, docks around it, menus, toolbar and status bar.

It owns one document, one undo stack and one view state (what the window shows: the active
scenario, the comparison, the time cursor, the plotted constructs), builds the views on them
and wires them together: selection drives the inspector; each simulation result reaches the
plots and the diagram through ``results_view``. File handling lives in
``document_controller``, the actions in ``actions``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QPaintEvent, QResizeEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
)

from synergy_gui.model import ModelDocument
from synergy_gui.model.help_pages import GLOSSARY_TOPIC
from synergy_gui.model.view_state import TEXT_SCALE_STEP, ViewChange, ViewState
from synergy_gui.ui import autosave, theme
from synergy_gui.ui.actions import (
    ActionRegistry,
    ScenarioChooser,
    add_dock_toggles,
    build_menus,
    build_toolbar,
)
from synergy_gui.ui.autosave import Autosaver
from synergy_gui.ui.bands_controller import BandsController, attach_bands
from synergy_gui.ui.budget_controller import BudgetController
from synergy_gui.ui.budget_dock import arrange_budget_dock
from synergy_gui.ui.channel_editor import ChannelEditor
from synergy_gui.ui.document_controller import DocumentController, FileDropFilter
from synergy_gui.ui.graph import GraphScene, GraphView
from synergy_gui.ui.on_screen import follow_tabs
from synergy_gui.ui.panels import InspectorPanel, StimulusPanel, WeightsPanel
from synergy_gui.ui.panels.budget_panel import BudgetPanel
from synergy_gui.ui.panels.levers_panel import LeversPanel
from synergy_gui.ui.panels.scenarios_panel import ScenariosPanel
from synergy_gui.ui.panels.sensitivity_panel import SensitivityPanel
from synergy_gui.ui.panels.story_panel import StoryPanel
from synergy_gui.ui.panels.synergy_view import SynergyPanel
from synergy_gui.ui.panels.why_panel import WhyPanel
from synergy_gui.ui.presentation import Presentation
from synergy_gui.ui.results_view import ResultsView
from synergy_gui.ui.sensitivity_controller import SensitivityController
from synergy_gui.ui.simulation_controller import SimulationController
from synergy_gui.ui.synergy_controller import SynergyController
from synergy_gui.ui.why_controller import WhyController
from synergy_gui.ui.window_layout import arrange_docks, restore_layout, save_layout

if TYPE_CHECKING:
    from synergy_gui.ui.panels.simulation_panel import SimulationPanel

HINT = QT_TRANSLATE_NOOP(
    "MainWindow",
    "Double-click the canvas to add a construct · drag from a construct's rim to connect · "
    "drag a slider to see the weeks unfold",
)
#: The docks' titles (their object names are "<key>_dock").
DOCKS = {
    "stimuli": QT_TRANSLATE_NOOP("MainWindow", "Stimuli"),
    "inspector": QT_TRANSLATE_NOOP("MainWindow", "Inspector"),
    "weights": QT_TRANSLATE_NOOP("MainWindow", "Weights"),
    "levers": QT_TRANSLATE_NOOP("MainWindow", "Drivers"),
    "why": QT_TRANSLATE_NOOP("MainWindow", "Why?"),
    "synergy": QT_TRANSLATE_NOOP("MainWindow", "Synergy"),
    "scenarios": QT_TRANSLATE_NOOP("MainWindow", "Scenarios"),
    "story": QT_TRANSLATE_NOOP("MainWindow", "Story"),
    "simulation": QT_TRANSLATE_NOOP("MainWindow", "Simulation"),
    "sensitivity": QT_TRANSLATE_NOOP("MainWindow", "Sensitivity"),
    "budget": QT_TRANSLATE_NOOP("MainWindow", "Budget"),
}
ROLE_ORDER = {"stimulus": 0, "organism": 1, "response": 2}
PLOTS_MIN_HEIGHT = 300
COMPARE_SHARE = 0.58  # of the window's height, for the plots and the table while comparing


def translate(context: str, text: str) -> str:
    """Qt's translation of ``text`` (the name lupdate looks for)."""
    return QCoreApplication.translate(context, text)


def _waiting_label() -> QLabel:
    label = QLabel(translate("MainWindow", "Loading the plots…"))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setMinimumHeight(PLOTS_MIN_HEIGHT)  # the plots take its place without a resize
    return label


class MainWindow(QMainWindow):
    """Synergy Explorer's window on one model document."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.document = ModelDocument()
        self.undo_stack = QUndoStack(self)
        self.documents = DocumentController(self, self.document, self.undo_stack)
        self.autosaver = Autosaver(
            self.document,
            self.undo_stack,
            lambda: (self.documents.path, self.documents.display_name),
            self,
        )
        self._selected: list[str] = []
        self._fitted_size = None  # the view's size when the diagram was first fitted
        self._comparing_shown = False
        self._plots_height = 0  # the plots' height before a comparison made room
        self._open_first(path)  # before the views exist, so each builds once
        self.view_state = ViewState(self.document)
        self._build_views()
        self.actions = ActionRegistry(self, self.undo_stack)
        self._build_chrome()
        self.presentation = Presentation(self)
        self._connect()
        self._restore_layout()
        self._on_selection_changed([])

    # ------------------------------------------------------------------ building
    def _open_first(self, path: str | os.PathLike[str] | None) -> None:
        if path is None or not self.documents.open_path(path, confirm=False):
            self.documents.open_default()

    def _build_views(self) -> None:
        self.scene = GraphScene(self.document, self.undo_stack)
        self.view = GraphView(self.scene)
        self.setCentralWidget(self.view)
        view = self.view_state
        self.stimulus_panel = StimulusPanel(self.document, self.undo_stack, view)
        self.inspector = InspectorPanel(self.document, self.undo_stack)
        self.weights_panel = WeightsPanel(self.document, self.undo_stack, view)
        self.scenarios_panel = ScenariosPanel(self.document, self.undo_stack, view)
        self.story_panel = StoryPanel(self.document, self.undo_stack, view)
        self.controller = SimulationController(self.document, view)
        self.bands = BandsController(self.document, view, parent=self)
        self.levers_panel = LeversPanel(self.document, self.controller, self.undo_stack)
        self.why_panel = WhyPanel()
        self.why = WhyController(self.document, view, self.controller, self.why_panel)
        self.synergy_panel = SynergyPanel()
        self.synergy = SynergyController(self.document, view, self.controller, self.synergy_panel)
        self.sensitivity_panel = SensitivityPanel()
        self.sensitivity = SensitivityController(self.document, view, self.sensitivity_panel)
        self.budget_panel = BudgetPanel(ChannelEditor(self.document, self.undo_stack, view))
        self.budget = BudgetController(self.document, view, self.undo_stack, self.budget_panel)
        self.docks = {
            "stimuli": self._dock("stimuli", DOCKS["stimuli"], self.stimulus_panel, "Left"),
            "inspector": self._dock("inspector", DOCKS["inspector"], self.inspector, "Right"),
            "weights": self._dock("weights", DOCKS["weights"], self.weights_panel, "Right"),
            "levers": self._dock("levers", DOCKS["levers"], self.levers_panel, "Right"),
            "why": self._dock("why", DOCKS["why"], self.why_panel, "Right"),
            "synergy": self._dock("synergy", DOCKS["synergy"], self.synergy_panel, "Right"),
            "scenarios": self._dock("scenarios", DOCKS["scenarios"], self.scenarios_panel, "Right"),
            "story": self._dock("story", DOCKS["story"], self.story_panel, "Right"),
            "simulation": self._dock("simulation", DOCKS["simulation"], _waiting_label(), "Bottom"),
            "sensitivity": self._dock(
                "sensitivity", DOCKS["sensitivity"], self.sensitivity_panel, "Bottom"
            ),
            "budget": self._dock("budget", DOCKS["budget"], self.budget_panel, "Bottom"),
        }
        self.results = ResultsView(self.controller, view, self.scene, self.docks["simulation"])
        arrange_docks(self, self.docks)
        arrange_budget_dock(self, self.docks["budget"], self.docks["simulation"], self.budget)
        follow_tabs(self.docks["why"], self.why_panel.shown)
        follow_tabs(self.docks["synergy"], self.synergy_panel.shown)
        follow_tabs(self.docks["budget"], self.budget_panel.shown)
        self.docks["inspector"].raise_()
        # the inspector runs the full height (long descriptions); the plots span the rest
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)

    def _dock(self, name: str, title: str, widget: QWidget, area: str) -> QDockWidget:
        dock = QDockWidget(translate("MainWindow", title), self)
        dock.setObjectName(f"{name}_dock")
        dock.setWidget(widget)
        self.addDockWidget(getattr(Qt.DockWidgetArea, f"{area}DockWidgetArea"), dock)
        return dock

    def _build_chrome(self) -> None:
        self.scenario_chooser = ScenarioChooser(self.document, self.view_state, self)
        self.menus = build_menus(
            self,
            self.actions,
            {
                "presets": self.documents.add_preset_menu,
                "recent": self.documents.add_recent_menu,
                "docks": lambda menu: add_dock_toggles(menu, self.docks.values()),
                "scenarios": self.scenario_chooser.add_to_menu,
                "text_size": self._add_text_size_menu,
            },
        )
        self.toolbar = build_toolbar(self, self.actions)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.scenario_chooser.combo)
        #: the toolbar's width with text beside the icons; narrower windows get icons only
        #: (tooltips name them), so the scenario chooser never goes behind the » overflow
        self._wide_toolbar = self.toolbar.sizeHint().width()
        self._hint = QLabel(translate("MainWindow", HINT))
        self.statusBar().addPermanentWidget(self._hint)
        # a passing message takes the whole bar: the hint steps aside instead of overlapping
        self.statusBar().messageChanged.connect(lambda text: self._hint.setVisible(not text))
        self.actions["view.dark"].setChecked(theme.is_dark())
        self.setAcceptDrops(True)
        self.drop_filter = FileDropFilter(self.documents)
        for watched in (self, self.view.viewport()):
            watched.installEventFilter(self.drop_filter)

    # ------------------------------------------------------------------ wiring
    def _connect(self) -> None:
        on, idle = self.actions.on, self.run_when_idle
        self.documents.run_when_idle = idle
        on("file.new", lambda: idle(self.documents.new))
        on("file.open", lambda: idle(self.documents.open_dialog))
        on("file.save", self.documents.save)
        on("file.save_as", self.documents.save_as)
        scenario = lambda: self.view_state.scenario  # noqa: E731
        on(
            "file.export_figure",
            lambda: self.documents.export_figure(self.simulation_panel.plot, scenario()),
        )
        on("file.export_diagram", lambda: self.documents.export_diagram(self.scene, scenario()))
        self.documents.connect_study_actions(self.actions, self.view_state)
        on("file.quit", self.close)
        on("edit.add_construct", self._on_add_construct)
        on("edit.connect", self._on_connect_selected)
        on("edit.add_junction", self.scene.add_junction_for_selected)
        on("edit.rename", self.scene.rename_selected)
        on("edit.select_all", self.scene.select_all)
        on("edit.delete", lambda: idle(self.scene.delete_selected))
        on("edit.undo", lambda: idle(self.undo_stack.undo))
        on("edit.redo", lambda: idle(self.undo_stack.redo))
        on("view.zoom_in", self.view.zoom_in)
        on("view.zoom_out", self.view.zoom_out)
        on("view.fit", self.view.fit_all)
        on("view.auto_layout", self.scene.auto_layout)
        self.actions["view.dark"].toggled.connect(self._on_dark_toggled)
        on("view.text_larger", lambda: self._change_text_scale(+TEXT_SCALE_STEP))
        on("view.text_smaller", lambda: self._change_text_scale(-TEXT_SCALE_STEP))
        on("view.text_reset", lambda: self.view_state.set_text_scale(1.0))
        on("view.present", self.presentation.toggle)
        on("help.guide", self.open_help)
        on("help.glossary", lambda: self.open_help(GLOSSARY_TOPIC))
        self.story_panel.presentRequested.connect(self.presentation.enter)
        self.story_panel.playRequested.connect(
            lambda: self.simulation_panel.cursor.set_playing(True)
        )
        self.story_panel.problem.connect(self.show_problem)
        on("simulation.play", lambda playing: self.simulation_panel.cursor.set_playing(playing))
        on("simulation.step", lambda: self.simulation_panel.cursor.step_forward())
        on("simulation.predict", self._on_predict_toggled)
        on("simulation.reveal", lambda: self.simulation_panel.reveal())
        self.scene.selectedIdsChanged.connect(self._on_selection_changed)
        self.scene.problem.connect(self.show_problem)
        self.scene.synergyRequested.connect(self.show_synergy)
        self.controller.problem.connect(self.show_problem)
        self.results.on_panel_built = self._on_plots_built
        self.scenarios_panel.problem.connect(self.show_problem)
        self.documents.documentReplaced.connect(self._on_document_replaced)
        self.view_state.connect(self._on_view_changed)

    @property
    def simulation_panel(self) -> SimulationPanel:
        """The plots, built on first use (the window shows before matplotlib is loaded)."""
        return self.results.ensure_panel()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fitted_size is None:  # the layout has given the view its size: fit before
            self._fit_diagram()  # the first paint, so the diagram does not jump into place

    def _fit_diagram(self) -> None:
        self.view.fit_all()
        self._fitted_size = self.view.viewport().size()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.results.panel is None:  # the window is on screen: now load the plots
            QTimer.singleShot(0, self._on_first_shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_toolbar()

    def _fit_toolbar(self) -> None:
        styles = Qt.ToolButtonStyle
        wide = self._wide_toolbar <= self.width()
        style = styles.ToolButtonTextBesideIcon if wide else styles.ToolButtonIconOnly
        if self.toolbar.toolButtonStyle() != style:
            self.toolbar.setToolButtonStyle(style)

    def _on_first_shown(self) -> None:
        self._show_whole_tab_names()
        if self.results.panel is None:
            self.results.ensure_panel()
            if self.view.viewport().size() != self._fitted_size:  # the plots took room
                self._fit_diagram()

    def _show_whole_tab_names(self) -> None:
        """Six docks share the right side: their tabs scroll rather than shrink to "W…"."""
        for bar in self.findChildren(QTabBar):
            bar.setElideMode(Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(True)

    def run_when_idle(self, function: Callable[..., object], *args: object) -> None:
        """Run ``function`` now, or, while a label is being edited in place, cancel that edit
        and run it once the editor has closed (removing its construct under it would crash)."""
        editor = self.scene.editor
        if editor is None:
            function(*args)
            return
        editor.finish(False)
        QTimer.singleShot(0, lambda: function(*args))

    def open_help(self, topic: str | None = None) -> QWidget:
        """Show the guide (F1), at ``topic`` if given; it is built on first use."""
        from synergy_gui.ui.help_window import open_help

        return open_help(self, topic=topic)

    def show_problem(self, text: str) -> None:
        """Say in the status bar why an edit was refused (or any other short problem)."""
        self.statusBar().showMessage(text, 8000)

    # ------------------------------------------------------------------ public api
    def open_path(self, path: str | os.PathLike[str]) -> bool:
        """Open a model file; on failure show why and keep the document as it was."""
        return self.documents.open_path(path)

    def save_to(self, path: str | os.PathLike[str]) -> bool:
        """Save atomically to ``path``; the title then shows that file."""
        return self.documents.save_to(path)

    def open_preset(self, name: str) -> bool:
        return self.documents.open_preset(name)

    def offer_recovery(self) -> bool:
        """Offer back the unsaved work a crash or a kill left (newest first); True when some
        was restored. Asked once per launch, after the window is shown."""
        for recovery in autosave.recoverable():
            answer = autosave.ask_restore(self, recovery)
            if answer == "later":
                return False
            if answer == "restore":
                name, original = recovery.name, recovery.original
                if self.documents.open_recovered(recovery.copy, original, name):
                    autosave.discard(recovery)  # this window's own copy protects it now
                    when = recovery.saved_at.strftime("%H:%M")
                    self.show_problem(
                        translate(
                            "MainWindow", "Restored the unsaved work on {name} from {when}."
                        ).format(name=name, when=when)
                    )
                    return True
                return False
            autosave.discard(recovery)
        return False

    # ------------------------------------------------------------------ handlers
    def _on_selection_changed(self, ids: list[str]) -> None:
        self._selected = list(ids)
        self.inspector.show_item(ids[0] if len(ids) == 1 else None)
        self.why.select(ids)
        self.synergy.select(ids)
        constructs = [i for i in ids if self.document.has_construct(i)]
        self.actions["edit.delete"].setEnabled(bool(ids))
        self.actions["edit.rename"].setEnabled(len(ids) == 1 and len(constructs) == 1)
        self.actions["edit.connect"].setEnabled(len(ids) == 2 and len(constructs) == 2)
        self.actions["edit.add_junction"].setEnabled(len(constructs) >= 3)

    def show_synergy(self, junction_id: str) -> None:
        """Bring the Synergy dock forward on ``junction_id`` (a junction's "Show in Synergy")."""
        self.synergy.choose(junction_id)
        self.docks["synergy"].show()
        self.docks["synergy"].raise_()

    def _on_add_construct(self) -> None:
        centre = self.view.mapToScene(self.view.viewport().rect().center())
        self.scene.add_construct_at(centre)

    def _on_connect_selected(self) -> None:
        """Connect two selected constructs: upstream role first, else in selection order."""
        constructs = [i for i in self._selected if self.document.has_construct(i)]
        if len(constructs) != 2:
            self.show_problem(
                translate("MainWindow", "Select exactly two constructs to connect them.")
            )
            return
        rank = {i: ROLE_ORDER[self.document.construct(i).role] for i in constructs}
        source, target = sorted(constructs, key=rank.__getitem__)
        self.scene.connect_constructs(source, target)

    def _on_predict_toggled(self, on: bool) -> None:
        panel = self.simulation_panel
        if on and not panel.predict_button.isChecked():
            panel.start_prediction()
        elif not on and panel.predict_button.isChecked():
            panel.end_prediction()

    def _on_plots_built(self, panel: SimulationPanel) -> None:
        attach_bands(panel, self.bands)
        panel.cursor.playingChanged.connect(self.actions["simulation.play"].setChecked)
        panel.predict_button.toggled.connect(self.actions["simulation.predict"].setChecked)
        panel.exportTableRequested.connect(
            lambda: self.documents.export_comparison(self.controller.last_comparison)
        )

    def _on_view_changed(self, change: ViewChange) -> None:
        if "compared" in change and self.view_state.comparing != self._comparing_shown:
            self._comparing_shown = self.view_state.comparing
            if self._comparing_shown:  # before the table, shown now, makes the dock grow
                self._plots_height = self.docks["simulation"].height()
            # after the plots panel has shown or hidden its table (it listens too)
            QTimer.singleShot(0, lambda: self._make_room_for_comparison(self._comparing_shown))

    def _make_room_for_comparison(self, comparing: bool) -> None:
        """A comparison adds a table under the plots: give them more of the window's height
        while it lasts, and the diagram its room back afterwards."""
        dock = self.docks["simulation"]
        if comparing:
            wanted = max(self._plots_height, int(self.height() * COMPARE_SHARE))
        elif self._plots_height:
            wanted, self._plots_height = self._plots_height, 0
        else:
            return
        self.resizeDocks([dock], [wanted], Qt.Orientation.Vertical)

    def _on_document_replaced(self) -> None:
        self.presentation.leave(restore_view=False)  # another model starts with its own view
        self._on_selection_changed([])
        QTimer.singleShot(0, self.view.fit_all)

    def _on_dark_toggled(self, dark: bool) -> None:
        self.set_dark(dark)

    def set_dark(self, dark: bool, remember: bool = True) -> None:
        """Switch the palette; ``remember`` keeps the choice for the next launch."""
        theme.apply_theme(QApplication.instance(), dark)
        if remember:
            QSettings().setValue(theme.DARK_KEY, dark)
        self.actions.refresh_glyphs()
        self.scene.refresh_style()

    def _add_text_size_menu(self, menu) -> None:
        sizes = menu.addMenu(translate("MainWindow", "&Text Size"))
        for key in ("view.text_larger", "view.text_smaller", "view.text_reset"):
            sizes.addAction(self.actions[key])

    def _change_text_scale(self, step: float) -> None:
        self.view_state.set_text_scale(self.view_state.text_scale + step)

    # ------------------------------------------------------------------ layout
    def _restore_layout(self) -> None:
        restore_layout(self, self.docks)

    def save_layout(self) -> None:
        save_layout(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        # first: a presentation's levels are undone, so they are never offered for saving,
        # and the layout saved is the editing one
        self.presentation.leave()
        if not self.documents.confirm_discard():
            event.ignore()
            return
        self.save_layout()
        self.autosaver.stop()  # a normal close: nothing to recover
        self.controller.cancel(quietly=True, wait=True)  # no thread outlives the window
        self.sensitivity.shutdown()
        self.budget.shutdown()
        self.levers_panel.drivers_controller.shutdown()  # goal seeks: no answer, threads joined
        self.documents.study.shutdown()  # a running estimation: stopped, its thread joined
        self.bands.detach()  # a running batch ends unseen
        event.accept()
