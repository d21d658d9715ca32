"""Presentation mode: full screen, large type, the model's story told step by step.

Entering hides the editing chrome (menus, toolbar, status bar and every dock but the plots and
the sliders a step names), enlarges the text of the diagram and the plots, and shows the
story's first step under a caption bar. The arrow keys and Page Up/Down (what presenter
clickers send) step the story; Esc leaves. Editing, files and undo wait while presenting.
Leaving gives back the window's docks and text size, the view's scenario, plot and cursor, and
the model's slider levels (the levels a step set are undone, so Redo brings them back); a
reveal or highlight is cleared.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QEvent, QObject, QSizeF, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDockWidget,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from synergy_gui.model.story import Story, StoryStep
from synergy_gui.model.story_view import show_step, step_levels
from synergy_gui.model.view_state import TEXT_SCALE_STEP
from synergy_gui.ui.graph.style import LABEL_FLOOR_PIXELS
from synergy_gui.ui.i18n import translate
from synergy_gui.ui.presentation_bar import PresentationBar
from synergy_gui.ui.story_commands import push_step_levels

#: On-screen height of node labels wanted in presentation, in pixels, at a screen height of
#: 768 and of 1080 (issue 11: at least 16 px at 1024×768 and 24 px at 1920×1080).
LABEL_PX_AT_768 = 16.0
LABEL_PX_AT_1080 = 24.0
#: Text scale tried first while presenting, and the most it is enlarged to for legible labels
#: (beyond it the grown boxes crowd each other, and the plots' text outgrows their panel).
PRESENT_TEXT_SCALE = 1.25
PRESENT_TEXT_SCALE_MAX = 1.75
#: Shares of the screen: the sliders' width beside the plots and the plots' height when
#: they sit under the diagram, and the column's width when they sit beside it.
SLIDERS_SHARE = 0.24
PLOTS_SHARE = 0.28
SIDE_SHARE = 0.3
#: The window's actions that still work while presenting; the others (editing, files, the
#: undo history the presentation's levels are in) wait until it ends.
PRESENTING_ACTIONS = frozenset(
    {
        "view.present",
        "view.zoom_in",
        "view.zoom_out",
        "view.fit",
        "view.text_larger",
        "view.text_smaller",
        "view.text_reset",
        "simulation.play",
        "simulation.step",
        "simulation.predict",
        "simulation.reveal",
        "help.guide",
        "help.glossary",
        "file.quit",
    }
)
UNDO_ACTIONS = frozenset({"edit.undo", "edit.redo"})
#: Keys that move the story on, and back (presenter clickers send Page Down / Page Up).
NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}


def wanted_label_px(screen_height: int) -> float:
    """The node-label height presentation aims at on a screen ``screen_height`` px high."""
    slope = (LABEL_PX_AT_1080 - LABEL_PX_AT_768) / (1080 - 768)
    return max(LABEL_PX_AT_768, LABEL_PX_AT_768 + slope * (screen_height - 768))


@dataclass
class _Saved:
    """What entering presentation changed, to give back on leaving."""

    geometry: QByteArray
    state: QByteArray
    maximized: bool
    undo_index: int
    scenario: str | None
    focus: tuple[str, ...]
    cursor: int | None
    text_scale: float
    dark: bool
    levels: dict[str, float]


class Presentation(QObject):
    """Enters and leaves presentation mode on a main window and steps its story."""

    entered = Signal()
    left = Signal()
    stepShown = Signal(int)  # noqa: N815  # Qt signal names are camelCase

    #: The docks shown while presenting (the plots, and the sliders when a step names some).
    KEPT_DOCKS = ("simulation", "stimuli")

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.bar = PresentationBar()
        self.bar_dock = QDockWidget(translate("Presentation", "Presentation"), window)
        self.bar_dock.setObjectName("presentation_dock")
        self.bar_dock.setWidget(self.bar)
        self.bar_dock.setTitleBarWidget(QWidget())
        self.bar_dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        window.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, self.bar_dock)
        self.bar_dock.hide()
        self.bar.previousRequested.connect(self.previous)
        self.bar.nextRequested.connect(self.next)
        self.bar.leaveRequested.connect(self.leave)
        self._saved: _Saved | None = None
        self._enabled_before: dict[str, bool] = {}
        self._shortcuts_before: dict[str, list] = {}
        self._index = 0
        #: Whether the plots and sliders sit beside the diagram (else under it).
        self.beside = False

    # ------------------------------------------------------------------ reading
    @property
    def active(self) -> bool:
        return self._saved is not None

    @property
    def index(self) -> int:
        """The story step shown (0 when the model has no story)."""
        return self._index

    @property
    def story(self) -> Story | None:
        story = self.window.document.story
        return story if story is not None and story.steps else None

    # ------------------------------------------------------------------ entering, leaving
    def toggle(self) -> None:
        if self.active:
            self.leave()
        else:
            self.enter()

    def enter(self, index: int = 0) -> None:
        """Go full screen with large type and show story step ``index``."""
        if self.active:
            self.go_to(index)
            return
        window = self.window
        view = window.view_state
        from synergy_gui.ui import theme

        self._saved = _Saved(
            geometry=window.saveGeometry(),
            state=window.saveState(),
            maximized=window.isMaximized(),
            undo_index=window.undo_stack.index(),
            scenario=view.scenario,
            focus=view.focus,
            cursor=view.cursor,
            text_scale=view.text_scale,
            dark=theme.is_dark(),
            levels={c.id: c.initial for c in window.document.constructs if c.role == "stimulus"},
        )
        window.scene.clearSelection()
        self._suspend_editing(True)
        self._hide_chrome()
        if self._saved.dark:  # a projector shows dark text on white far better
            window.set_dark(False, remember=False)
        window.showFullScreen()
        self.bar.set_type_size(window.screen().geometry().height())
        window.simulation_panel.set_presenting(True)
        view.set_text_scale(PRESENT_TEXT_SCALE)
        self.bar.reserve([step.caption for step in self.story.steps] if self.story else [])
        QApplication.instance().installEventFilter(self)
        self.entered.emit()
        self.go_to(index)
        self.fit_large()

    def fit_large(self) -> None:
        """Put the plots and sliders under the diagram or beside it, whichever lets its labels
        be larger, lay the diagram out for the space left, and enlarge the text until the
        labels reach the size wanted on this screen (or the largest presentation text size).
        Labels that still fall short are drawn compact: shortened, at the wanted size."""
        window, view = self.window, self.window.view_state
        wanted = wanted_label_px(window.screen().geometry().height())
        sizes, shares = {}, {}
        for beside in (False, True):
            window.scene.set_label_floor(0.0)  # judge the full labels first
            view.set_text_scale(PRESENT_TEXT_SCALE)
            sizes[beside] = self._enlarge_text(beside, wanted)
            window.scene.set_label_floor(wanted)
            shares[beside] = window.scene.shown_label_share()
        if max(sizes.values()) >= wanted:
            self.beside = sizes[True] > sizes[False]
        else:  # labels shorten either way: where they keep the most of their letters
            self.beside = shares[True] > shares[False]
        window.scene.set_label_floor(0.0)
        view.set_text_scale(PRESENT_TEXT_SCALE)
        self._enlarge_text(self.beside, wanted)
        window.scene.set_label_floor(wanted)

    def _enlarge_text(self, beside: bool, wanted: float) -> float:
        """Arrange the docks and lay the diagram out for the space left, then grow the text
        while full labels are below ``wanted``; returns the full label size reached."""
        window, view = self.window, self.window.view_state
        self._arrange(beside)
        window.scene.lay_out_for(QSizeF(window.view.viewport().size()))
        window.view.fit_all()
        while self._full_label_px() < wanted and view.text_scale < PRESENT_TEXT_SCALE_MAX:
            view.set_text_scale(view.text_scale + TEXT_SCALE_STEP)
            window.view.fit_all()
        return self._full_label_px()

    def _full_label_px(self) -> float:
        view = self.window.view
        return self.window.scene.full_label_pixel_size(view.zoom)

    def _arrange(self, beside: bool) -> None:
        """The plots and the sliders under the diagram (sliders left of the plots), or in a
        column beside it (plots above the sliders)."""
        window = self.window
        sliders, plots = window.docks["stimuli"], window.docks["simulation"]
        screen = window.screen().geometry()
        if beside:
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, plots)
            window.splitDockWidget(plots, sliders, Qt.Orientation.Vertical)
            window.resizeDocks(
                [plots], [round(screen.width() * SIDE_SHARE)], Qt.Orientation.Horizontal
            )
            window.resizeDocks(
                [plots, sliders],
                [round(screen.height() * 0.45), round(screen.height() * 0.3)],
                Qt.Orientation.Vertical,
            )
        else:
            window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, sliders)
            window.splitDockWidget(sliders, plots, Qt.Orientation.Horizontal)
            window.resizeDocks(
                [sliders, plots],
                [
                    round(screen.width() * SLIDERS_SHARE),
                    round(screen.width() * (1 - SLIDERS_SHARE)),
                ],
                Qt.Orientation.Horizontal,
            )
            window.resizeDocks(
                [plots], [round(screen.height() * PLOTS_SHARE)], Qt.Orientation.Vertical
            )
        QApplication.processEvents()  # the docks take their places; the diagram its size

    def leave(self, restore_view: bool = True) -> None:
        """Give the window back as it was before presenting: its docks and text size and,
        with ``restore_view``, the model's levels and the view's scenario, plot and cursor
        (not after another model has been opened: that one starts with its own)."""
        saved = self._saved
        if saved is None:
            return
        window = self.window
        QApplication.instance().removeEventFilter(self)
        self._saved = None
        window.simulation_panel.cursor.set_playing(False)
        view = window.view_state
        if restore_view:
            if window.undo_stack.index() > saved.undo_index:
                window.undo_stack.setIndex(saved.undo_index)  # the steps' levels; Redo has them
            names = {s.name for s in window.document.scenarios}
            view.set_scenario(saved.scenario if saved.scenario in names else None)
            view.set_focus(saved.focus)
            view.set_cursor(saved.cursor)
        view.set_shown(None)
        view.set_highlighted(())
        window.scene.lay_out_for(None)
        window.scene.set_label_floor(LABEL_FLOOR_PIXELS)
        view.set_text_scale(saved.text_scale)
        window.stimulus_panel.rows.show_only(None)
        window.simulation_panel.set_presenting(False)
        self._show_chrome(saved)
        self._suspend_editing(False)
        if saved.dark:
            window.set_dark(True, remember=False)
        self.left.emit()

    # ------------------------------------------------------------------ stepping
    def next(self) -> None:
        self.go_to(self._index + 1)

    def previous(self) -> None:
        self.go_to(self._index - 1)

    def go_to(self, index: int) -> None:
        """Show story step ``index`` (clamped to the story), with the state the steps up to it
        build: a step that leaves levels or the plot unset keeps the earlier steps' ones."""
        story = self.story
        if story is None:
            self._index = 0
            self.bar.show_step(None, 0, 0, self.window.document.meta.title)
            self._show_sliders(None)
            self.stepShown.emit(0)
            return
        index = max(0, min(index, len(story.steps) - 1))
        self._index = index
        step = self._built_step(story, index)
        window = self.window
        window.simulation_panel.cursor.set_playing(False)
        levels = step_levels(window.document, step)
        push_step_levels(window.undo_stack, window.document, levels, story.steps[index].title)
        show_step(window.document, window.view_state, step)
        self._show_sliders(story.steps[index].slider_ids())
        self.bar.show_step(story.steps[index], index, len(story.steps), "")
        if step.play:
            window.simulation_panel.cursor.set_playing(True)
        self.stepShown.emit(index)

    def _built_step(self, story: Story, index: int) -> StoryStep:
        """Step ``index`` with the levels and plot of the steps before it filled in."""
        saved = self._saved
        levels: dict[str, float] = dict(saved.levels) if saved else {}
        plotted = list(saved.focus) if saved else None
        for earlier in story.steps[: index + 1]:
            levels.update(earlier.levels)
            if earlier.plotted is not None:
                plotted = list(earlier.plotted)
        step = story.steps[index]
        return StoryStep(**{**step.__dict__, "levels": levels, "plotted": plotted})

    def _show_sliders(self, ids: list[str] | None) -> None:
        """Offer the sliders a step names, and hide the slider dock when it names none."""
        window = self.window
        shown = window.stimulus_panel.rows.show_only(ids or [])
        window.docks["stimuli"].setVisible(shown > 0)

    # ------------------------------------------------------------------ chrome
    def _hide_chrome(self) -> None:
        window = self.window
        window.menuBar().hide()
        window.toolbar.hide()
        window.statusBar().hide()
        for name, dock in window.docks.items():
            if name in self.KEPT_DOCKS:
                dock.setTitleBarWidget(QWidget())
                dock.show()
            else:
                dock.hide()
        window.stimulus_panel.setStyleSheet("QLabel { font-size: 20px; }")
        self._set_scroll_bars(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the diagram is fitted
        self.bar_dock.show()

    def _show_chrome(self, saved: _Saved) -> None:
        window = self.window
        self.bar_dock.hide()
        window.stimulus_panel.setStyleSheet("")
        self._set_scroll_bars(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        for name in self.KEPT_DOCKS:
            window.docks[name].setTitleBarWidget(None)
        window.menuBar().show()
        window.statusBar().show()
        window.showNormal()
        window.restoreGeometry(saved.geometry)
        window.restoreState(saved.state)
        if saved.maximized:
            window.showMaximized()

    def _suspend_editing(self, suspended: bool) -> None:
        """Disable editing, files and undo while presenting (their shortcuts would work with
        the menus hidden), and give their states back afterwards. Undo and Redo are enabled
        by the undo stack itself, so they lose their shortcuts instead."""
        window = self.window
        window.drop_filter.enabled = not suspended
        if suspended:
            self._enabled_before, self._shortcuts_before = {}, {}
            for key in window.actions:
                action = window.actions[key]
                if key in UNDO_ACTIONS:
                    self._shortcuts_before[key] = action.shortcuts()
                    action.setShortcuts([])
                elif key not in PRESENTING_ACTIONS:
                    self._enabled_before[key] = action.isEnabled()
                    action.setEnabled(False)
        else:
            for key, enabled in self._enabled_before.items():
                window.actions[key].setEnabled(enabled)
            for key, shortcuts in self._shortcuts_before.items():
                window.actions[key].setShortcuts(shortcuts)
            self._enabled_before, self._shortcuts_before = {}, {}

    def _set_scroll_bars(self, policy: Qt.ScrollBarPolicy) -> None:
        self.window.view.setHorizontalScrollBarPolicy(policy)
        self.window.view.setVerticalScrollBarPolicy(policy)

    # ------------------------------------------------------------------ keys
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not self.active:
            return False
        if not _story_keys_for(watched, self.window):
            return False
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.leave()
        elif key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(len(self.story.steps) - 1 if self.story else 0)
        else:
            return False
        return True


def _story_keys_for(watched: QObject, window: QMainWindow) -> bool:
    """Whether a key pressed in ``watched`` steps the story: not in a text or number field
    (a typed prediction, the guide's search), nor in another window such as the guide."""
    if not isinstance(watched, QWidget) or watched.window() is not window:
        return False
    return not isinstance(watched, (QAbstractSpinBox, QLineEdit, QTextEdit, QPlainTextEdit))


__all__ = ["Presentation", "PresentationBar", "wanted_label_px"]
