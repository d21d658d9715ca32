"""A number the level box cannot take is refused with a reason, not in silence.

Qt's spin box drops a keystroke that would leave its range (typing 5 into a 0-1 level box)
without a word; the binding says why, to its problem hook and in the window's status bar.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from synergy_gui.ui import messages
from synergy_gui.ui.binding import SliderBinding, make_slider_pair
from synergy_gui.ui.main_window import MainWindow


def _type(qtbot, spin, text: str) -> None:
    """Select the box's text and type over it, as a user does, then press Enter."""
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)


@pytest.fixture
def bound(qtbot):
    """A bare slider + spin box bound to a 0-1 value; what was written and reported."""
    slider, spin = make_slider_pair()
    qtbot.addWidget(slider)
    qtbot.addWidget(spin)
    spin.setAccessibleName("Interactivity")
    state = {"value": 0.5, "written": [], "problems": []}

    def write(value, gesture):
        state["written"].append(value)
        state["value"] = value

    binding = SliderBinding(
        slider,
        spin,
        (0.0, 1.0),
        read=lambda: state["value"],
        write=write,
        on_problem=state["problems"].append,
    )
    spin.show()
    return binding, state


def test_typing_a_level_above_the_range_says_why(qtbot, bound):
    binding, state = bound
    _type(qtbot, binding.spin, "5")
    assert state["written"] == []
    assert binding.spin.value() == 0.5
    assert len(state["problems"]) == 1
    problem = state["problems"][0]
    assert "Interactivity" in problem
    assert "5" in problem
    assert "0 to 1" in problem


def test_a_level_in_range_is_taken_without_a_problem(qtbot, bound):
    binding, state = bound
    _type(qtbot, binding.spin, "0.7")
    assert state["written"] == [0.7]
    assert state["problems"] == []


def test_too_many_decimals_say_so(qtbot, bound):
    binding, state = bound
    _type(qtbot, binding.spin, "0.1234")
    assert state["problems"]
    assert "3 decimals" in state["problems"][-1]


@pytest.fixture
def window(qtbot, settings_dir: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(messages, "ask_save_changes", lambda *_: "discard")
    main = MainWindow()
    qtbot.addWidget(main)
    with qtbot.waitExposed(main):
        main.show()
    return main


def test_typing_5_into_a_stimulus_level_box_says_why_in_the_status_bar(qtbot, window):
    key = window.stimulus_panel.row_keys()[0]
    spin = window.stimulus_panel.spin_for(key)
    label = window.document.construct(key).label
    before = window.document.construct(key).initial
    _type(qtbot, spin, "5")
    message = window.statusBar().currentMessage()
    assert label in message
    assert "“5”" in message
    assert "0 to 1" in message
    assert window.document.construct(key).initial == before


def test_typing_5_into_a_weight_box_names_its_range(qtbot, window):
    key = window.weights_panel.row_keys()[0]
    spin = window.weights_panel.spin_for(key)
    _type(qtbot, spin, "5")
    assert "−1 to 1" in window.statusBar().currentMessage()
