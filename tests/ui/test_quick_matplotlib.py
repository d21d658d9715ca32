"""matplotlib imported without its set() help texts (0.1 s of a launch) still draws and sets."""

from __future__ import annotations

import os
import subprocess
import sys

_CHILD = """
from PySide6.QtWidgets import QApplication
app = QApplication([])
from synergy_gui.ui.main_window import MainWindow
window = MainWindow()
panel = window.results.ensure_panel()  # the launch's path: panels.SimulationPanel
from matplotlib.artist import Artist
from matplotlib.lines import Line2D
print(Line2D.set.__doc__ == Artist.set.__doc__)  # no help text of its own was written
line = panel.plot.axes_list[0].plot([0, 1], [0.2, 0.8])[0]
line.set(color="red", linewidth=3.0, label="set works")
print(line.get_color(), line.get_linewidth(), line.get_label())
try:
    line.set(colour="red")
except AttributeError as refused:
    print("refused:", "colour" in str(refused))
panel.plot.draw()
print(len(panel.plot.axes_list[0].get_lines()) > 1)
window.undo_stack.setClean()
"""


def test_the_plots_draw_and_set_properties_without_matplotlib_s_set_help_texts():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", _CHILD], capture_output=True, text=True, env=env, check=False
    )
    assert run.returncode == 0, run.stderr[-2000:]
    said = run.stdout.strip().splitlines()[-4:]
    assert said == ["True", "red 3.0 set works", "refused: True", "True"]
