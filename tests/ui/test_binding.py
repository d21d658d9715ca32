"""The slider binding: both directions, no echo, exact values, one gesture per drag, unbind."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDoubleSpinBox, QSlider

from synergy_gui.ui.binding import SliderBinding, make_slider_pair


class FloatModel:
    """A stand-in document holding one float; records every write with its gesture."""

    def __init__(self, value: float, low: float, high: float) -> None:
        self.value, self.low, self.high = value, low, high
        self.writes: list[tuple[float, object]] = []

    def read(self) -> float:
        return self.value

    def write(self, value: float, gesture) -> str | None:
        self.writes.append((value, gesture))
        if not self.low <= value <= self.high:
            return f"must be between {self.low} and {self.high}"
        self.value = value
        return None


@pytest.fixture
def widgets(qtbot) -> tuple[QSlider, QDoubleSpinBox]:
    slider, spin = make_slider_pair()
    qtbot.addWidget(slider)
    qtbot.addWidget(spin)
    return slider, spin


def _bind(widgets, model, value_range=(-1.0, 1.0), steps=2000, **extra) -> SliderBinding:
    slider, spin = widgets
    return SliderBinding(slider, spin, value_range, model.read, model.write, steps=steps, **extra)


def test_model_value_shows_in_both_widgets_without_writing_back(widgets):
    model = FloatModel(0.35, -1.0, 1.0)
    binding = _bind(widgets, model)
    slider, spin = widgets
    assert slider.value() == 1350  # (0.35 + 1) / 2 * 2000
    assert spin.value() == pytest.approx(0.35, abs=0)
    model.value = -0.4
    binding.refresh()
    assert (slider.value(), spin.value()) == (600, -0.4)
    assert model.writes == []  # no echo of model -> widget back into the model


def test_slider_move_writes_exact_value_and_updates_spin(widgets):
    model = FloatModel(0.0, -1.0, 1.0)
    binding = _bind(widgets, model)  # noqa: F841  # the owner keeps its binding alive
    slider, spin = widgets
    slider.setValue(1350)
    assert model.value == 0.35  # exact, not 0.35000000000000003
    assert spin.value() == 0.35
    assert model.writes == [(0.35, None)]  # keyboard-like change: no gesture


def test_spin_box_writes_and_moves_slider(widgets):
    model = FloatModel(0.0, 0.0, 1.0)
    binding = _bind(widgets, model, value_range=(0.0, 1.0), steps=1000)  # noqa: F841
    slider, spin = widgets
    spin.setValue(0.725)
    assert model.value == 0.725
    assert slider.value() == 725
    assert model.writes == [(0.725, None)]


@pytest.mark.parametrize(
    ("value_range", "steps"), [((-1.0, 1.0), 2000), ((0.0, 1.0), 1000), ((0.0, 1.0), 100)]
)
def test_extremes_and_grid_values_round_trip_without_drift(widgets, value_range, steps):
    low, high = value_range
    model = FloatModel(low, low, high)
    binding = _bind(widgets, model, value_range=value_range, steps=steps)
    slider, _spin = widgets
    for position in (steps, 0, steps // 2, steps):
        slider.setValue(position)
        assert binding.to_position(model.value) == position
    assert model.value == high
    slider.setValue(0)
    assert model.value == low
    for value in (0.35, 0.5, 0.1, 1.0):
        model.value = value
        binding.refresh()
        slider.setValue(slider.value())  # no change -> no write
        assert binding.to_value(slider.value()) == value


def test_out_of_range_model_value_clamps_the_slider(widgets):
    model = FloatModel(0.0, 0.0, 1.0)
    binding = _bind(widgets, model, value_range=(0.0, 1.0), steps=1000)
    assert binding.to_position(1.7) == 1000
    assert binding.to_position(-3) == 0


def test_one_drag_is_one_gesture_and_the_next_drag_another(widgets):
    model = FloatModel(0.0, -1.0, 1.0)
    binding = _bind(widgets, model)  # noqa: F841  # the owner keeps its binding alive
    slider, _spin = widgets
    slider.sliderPressed.emit()
    for position in (1100, 1200, 1300):
        slider.setValue(position)
    slider.sliderReleased.emit()
    slider.setValue(1400)  # keyboard step after the drag
    slider.sliderPressed.emit()
    slider.setValue(1500)
    slider.sliderReleased.emit()
    gestures = [gesture for _value, gesture in model.writes]
    assert gestures[0] is not None
    assert gestures[0] == gestures[1] == gestures[2]
    assert gestures[3] is None
    assert gestures[4] not in (None, gestures[0])


def test_two_bindings_never_share_a_gesture(qtbot):
    first_model, second_model = FloatModel(0, -1, 1), FloatModel(0, -1, 1)
    pairs = [make_slider_pair(), make_slider_pair()]
    for slider, spin in pairs:
        qtbot.addWidget(slider)
        qtbot.addWidget(spin)
    bindings = [_bind(pairs[0], first_model), _bind(pairs[1], second_model)]
    assert all(b.connected for b in bindings)
    for slider, _spin in pairs:
        slider.sliderPressed.emit()
        slider.setValue(1500)
        slider.sliderReleased.emit()
    assert first_model.writes[0][1] != second_model.writes[0][1]


def test_refused_value_restores_widgets_and_reports(widgets):
    model = FloatModel(0.2, 0.0, 0.5)  # the model refuses anything above 0.5
    problems: list[str] = []
    binding = _bind(widgets, model, (0.0, 1.0), 1000, on_problem=problems.append)  # noqa: F841
    slider, spin = widgets
    slider.setValue(900)
    assert model.value == 0.2
    assert (slider.value(), spin.value()) == (200, 0.2)
    assert problems == ["must be between 0.0 and 0.5"]


def test_disconnect_stops_writes_and_is_idempotent(widgets):
    model = FloatModel(0.0, -1.0, 1.0)
    binding = _bind(widgets, model)
    slider, spin = widgets
    binding.disconnect()
    binding.disconnect()
    slider.setValue(1900)
    spin.setValue(-0.5)
    assert model.writes == []
    assert model.value == 0.0
    assert not binding.connected
