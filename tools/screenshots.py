"""Render the main window offscreen and save the README's screenshots (docs/screenshots/*.png).

Each shot opens a shipped preset in a fresh window, sets it up as a lecturer would in class
(a slider moved or a scenario chosen, an item selected) and saves the window at 1600 × 1000.
Settings go to a temporary folder, so the shots never depend on this machine's settings.

Run: ``.venv/bin/python tools/screenshots.py`` (``--out DIR`` writes elsewhere,
``--size 1024x700`` checks a small screen, ``--language id`` or ``zh_CN`` shoots the
translated interface into ``<language>-*.png``, ``--only why.png`` takes one shot).
``--present 1920x1080`` instead shows presentation mode on a screen of that size (an offscreen
screen configured to it), one shot per story step named with ``--steps`` (default: the second).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "docs" / "screenshots"
SIZE = (1600, 1000)


def _settle(app, window, seconds: float = 0.4) -> None:
    """Let every pending run, rebuild and repaint happen (and steady states arrive)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end or window.controller.pending:
        app.processEvents()
        time.sleep(0.01)


def _select(window, item_id: str) -> None:
    window.scene.clearSelection()
    window.scene.item_for(item_id).setSelected(True)


def _drag(window, slider, value: float) -> None:
    """Move a slider as a drag does: one undo step."""
    slider.sliderPressed.emit()
    slider.setValue(round(value * slider.maximum()))
    slider.sliderReleased.emit()


def setup_default(window) -> None:
    """Synergistic Influence: interactivity and personalization dragged up, trust selected."""
    _drag(window, window.stimulus_panel.slider_for("interactivity"), 0.9)
    _drag(window, window.stimulus_panel.slider_for("personalization"), 0.8)
    _select(window, "digital_trust")


def setup_journey(window) -> None:
    """KOL & KOC journey: the full chain scenario, the time cursor at week 20."""
    window.scenario_chooser.choose("KOL then KOC")
    window.controller.run_now()
    window.view_state.set_cursor(20)
    _select(window, "brand_trust__purchase_intention")


def setup_comparison(window) -> None:
    """KOL & KOC journey: "KOL then KOC" against "KOL launch" and the model as drawn, loyalty
    from 0.6 counted, the diagram at week 26 showing the differences from the launch alone."""
    window.view_state.set_compared([None, "KOL launch", "KOL then KOC"])
    window.view_state.set_reference("KOL launch")
    window.view_state.set_threshold(0.6)
    window.scenario_chooser.choose("KOL then KOC")
    window.controller.run_now()
    window.view_state.set_cursor(26)
    window.docks["scenarios"].raise_()


def setup_why(window) -> None:
    """Synergistic Influence: both levers up, loyalty explained at week 26, by route."""
    _drag(window, window.stimulus_panel.slider_for("interactivity"), 0.9)
    _drag(window, window.stimulus_panel.slider_for("personalization"), 0.8)
    window.view_state.set_cursor(26)
    _select(window, "loyalty")
    window.docks["why"].raise_()


def setup_prediction(window) -> None:
    """Synergistic Influence: a sketched prediction of loyalty, revealed, the gap shaded."""
    _drag(window, window.stimulus_panel.slider_for("interactivity"), 0.9)
    panel = window.simulation_panel
    panel.start_prediction("loyalty")
    for week, level in ((0, 0.5), (6, 0.56), (14, 0.62), (26, 0.66), (52, 0.7)):
        panel.prediction.add_point(week, level)
    panel.reveal(animate=False)


def setup_sensitivity(window) -> None:
    """Synergistic Influence: a tornado of loyalty at week 26 beside the plots."""
    panel = window.sensitivity_panel
    window.docks["sensitivity"].show()
    panel.method.setCurrentIndex(panel.method.findData("tornado"))
    panel.run_button.click()
    _wait_for(lambda: window.sensitivity.last_result is not None)


def setup_bands(window) -> None:
    """Synergistic Influence: levers up, ± 0.1 where a weight's sd is unknown, bands shown."""
    _drag(window, window.stimulus_panel.slider_for("interactivity"), 0.9)
    window.document.update_settings(default_sd=0.1)
    window.simulation_panel.bands_box.setChecked(True)
    _wait_for(lambda: window.bands.last_bands is not None)


def setup_drivers(window) -> None:
    """Synergistic Influence: the drivers of loyalty, their IPMA chart and goal seek."""
    _drag(window, window.stimulus_panel.slider_for("interactivity"), 0.9)
    window.docks["levers"].raise_()


def setup_synergy(window) -> None:
    """Synergistic Influence: both levers up, the junction selected, the Synergy dock widened
    so its simple slopes and its runs with and without the product term stand side by side."""
    from PySide6.QtCore import Qt

    _drag(window, window.stimulus_panel.slider_for("interactivity"), 0.9)
    _drag(window, window.stimulus_panel.slider_for("personalization"), 0.8)
    _select(window, "x_interactivity_personalization")
    dock = window.docks["synergy"]
    dock.raise_()
    window.resizeDocks([dock], [720], Qt.Orientation.Horizontal)
    window.view_state.set_cursor(26)


def setup_budget(window) -> None:
    """Synergistic Influence: the Budget dock's response curves of loyalty at week 26 beside
    the plots comparing the allocator's split of the same total with the current plan."""
    from PySide6.QtCore import Qt

    window.docks["sensitivity"].hide()
    dock = window.docks["budget"]
    dock.show()
    dock.raise_()
    width = window.docks["simulation"].width() + dock.width()
    window.resizeDocks([dock], [round(width * 0.56)], Qt.Orientation.Horizontal)
    _wait_for(lambda: not window.budget.pending)
    form = window.budget_panel.allocator
    total = sum(c.current_spend for c in window.budget.curves_shown)
    form.set_amount("maximise", f"{total:,.0f}")
    form.allocate_button.click()
    _wait_for(lambda: not window.budget.pending)
    form.compare_button.click()
    window.controller.run_now()
    window.view_state.set_cursor(26)


def _wait_for(done: Callable[[], bool], seconds: float = 30.0) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


SHOTS: dict[str, tuple[str, Callable, bool]] = {
    "synergistic-influence.png": ("synergistic_influence", setup_default, False),
    "kol-koc-journey.png": ("kol_koc_journey", setup_journey, False),
    "synergistic-influence-dark.png": ("synergistic_influence", setup_default, True),
    "comparison.png": ("kol_koc_journey", setup_comparison, False),
    "why.png": ("synergistic_influence", setup_why, False),
    "predict-reveal.png": ("synergistic_influence", setup_prediction, False),
    "bands.png": ("synergistic_influence", setup_bands, False),
    "drivers.png": ("synergistic_influence", setup_drivers, False),
    "synergy.png": ("synergistic_influence", setup_synergy, False),
    "sensitivity.png": ("synergistic_influence", setup_sensitivity, False),  # late: it stays
    "budget.png": ("synergistic_influence", setup_budget, False),  # last: it stays
}


def take(
    out: Path, size: tuple[int, int] = SIZE, language: str = "en", only: tuple[str, ...] = ()
) -> list[Path]:
    """Open each preset in a fresh window, set it up and save the window as a PNG."""
    from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

    from synergy_gui.ui import i18n
    from synergy_gui.ui.app import create_application

    app = create_application()  # before any diagram module: their fonts need the application
    i18n.install(app, language)
    from synergy_gui.ui.main_window import MainWindow

    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("Synergy Explorer Screenshots")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, folder)
        for file_name, (preset, setup, dark) in SHOTS.items():
            if only and file_name not in only:
                continue
            window = MainWindow()
            window.resize(*size)
            window.show()
            window.open_preset(preset)
            _settle(app, window)
            window.actions["view.dark"].setChecked(dark)  # toggled: applies the palette
            window.view.fit_all()
            setup(window)
            _settle(app, window)
            target = out / (file_name if language == "en" else f"{language}-{file_name}")
            if not window.grab().save(str(target)):
                raise OSError(f"could not write {target}")
            written.append(target)
            window.actions["view.dark"].setChecked(False)
            window.undo_stack.setClean()
            window.close()
            window.deleteLater()
            app.processEvents()
    return written


#: Presentation shots: (file name stem, preset).
PRESENT_SHOTS = (
    ("present-synergistic-influence", "synergistic_influence"),
    ("present-kol-koc-journey", "kol_koc_journey"),
)


def use_screen(width: int, height: int, folder: str) -> None:
    """Make the offscreen platform's one screen ``width`` × ``height`` (before Qt starts)."""
    config = Path(folder) / "screen.json"
    screen = {"name": "lecture", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def take_presentation(out: Path, size: tuple[int, int], steps: list[int]) -> list[Path]:
    """Each preset presented full screen on a ``size`` screen, at the story's ``steps``."""
    from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

    from synergy_gui.ui.app import create_application

    app = create_application()
    from synergy_gui.ui.main_window import MainWindow

    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("Synergy Explorer Screenshots")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, folder)
        for stem, preset in PRESENT_SHOTS:
            window = MainWindow()
            window.show()
            window.open_preset(preset)
            _settle(app, window)
            window.presentation.enter()
            for step in steps:
                window.presentation.go_to(step)
                window.simulation_panel.cursor.set_playing(False)
                window.view_state.set_cursor(None)  # a "play" step, shown as it ends
                _settle(app, window, 0.8)
                label = window.view.label_pixel_size()
                print(
                    f"{stem} step {step + 1}: labels {label:.1f} px at text size "
                    f"{window.view_state.text_scale:g}"
                )
                target = out / f"{stem}-{size[0]}x{size[1]}-step{step + 1}.png"
                if not window.grab().save(str(target)):
                    raise OSError(f"could not write {target}")
                written.append(target)
            window.presentation.leave()
            window.undo_stack.setClean()
            window.close()
            window.deleteLater()
            app.processEvents()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder to write into")
    parser.add_argument("--size", default="x".join(map(str, SIZE)), help="window size, WxH")
    parser.add_argument("--present", metavar="WxH", help="presentation mode on a WxH screen")
    parser.add_argument("--steps", default="2", help="story steps to shoot, e.g. 1,3")
    parser.add_argument("--language", default="en", help="en, id or zh_CN")
    parser.add_argument("--only", action="append", default=[], help="one shot's file name")
    options = parser.parse_args(argv)
    if options.present:
        width, height = (int(n) for n in options.present.lower().split("x"))
        steps = [int(n) - 1 for n in options.steps.split(",")]
        with tempfile.TemporaryDirectory() as folder:
            use_screen(width, height, folder)
            paths = take_presentation(options.out, (width, height), steps)
    else:
        width, height = (int(n) for n in options.size.lower().split("x"))
        paths = take(options.out, (width, height), options.language, tuple(options.only))
    for path in paths:
        print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
