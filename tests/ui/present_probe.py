"""Present every preset full screen on an offscreen screen of the size given, and print what
a lecturer at the back of the room would see, as JSON (run by test_presentation_floors.py).

Usage: python present_probe.py WIDTHxHEIGHT FOLDER — the screen is set before Qt starts, so
each size needs a process of its own.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
from pathlib import Path


def use_screen(width: int, height: int, folder: Path) -> None:
    config = folder / "screen.json"
    screen = {"name": "lecture", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def probe(window, app) -> dict:
    """What presenting ``window``'s model at its last story step shows."""
    presentation = window.presentation
    presentation.enter()
    view = window.view
    sizes = set()
    for step in range(len(presentation.story.steps) if presentation.story else 1):
        presentation.go_to(step)
        window.simulation_panel.cursor.set_playing(False)
        for _ in range(10):
            app.processEvents()
        sizes.add((view.viewport().width(), view.viewport().height()))
    boxes = {k: item.sceneBoundingRect() for k, item in window.scene.mirror.constructs.items()}
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    found = {
        "label_px": view.label_pixel_size(),
        "overlapping": sorted(
            f"{a}/{b}"
            for (a, ra), (b, rb) in itertools.combinations(boxes.items(), 2)
            if ra.intersects(rb)
        ),
        "outside": sorted(k for k, r in boxes.items() if not shown.contains(r)),
        "diagram_sizes": sorted(sizes),
    }
    presentation.leave()
    app.processEvents()
    items = window.scene.mirror.constructs
    found["placed_as_model"] = all(
        (items[c.id].pos().x(), items[c.id].pos().y()) == tuple(c.position)
        for c in window.document.constructs
    )
    return found


def main() -> None:
    width, height = (int(n) for n in sys.argv[1].split("x"))
    folder = Path(sys.argv[2])
    use_screen(width, height, folder)
    from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

    from synergy_gui.model.presets import list_presets
    from synergy_gui.ui.app import create_application

    app = create_application()
    from synergy_gui.ui.main_window import MainWindow

    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("Synergy Explorer Probe")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    results = {}
    for preset in list_presets():
        window = MainWindow()
        window.show()
        window.open_preset(preset.name)
        for _ in range(10):
            app.processEvents()
        results[preset.name] = probe(window, app)
        window.undo_stack.setClean()
        window.close()
        window.deleteLater()
        app.processEvents()
    print(json.dumps(results))


if __name__ == "__main__":
    main()
