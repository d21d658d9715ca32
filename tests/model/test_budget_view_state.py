"""The view state holds the Budget dock's outcome: set once per real change, reset with the
document, a negative week refused."""

from __future__ import annotations

import pytest

from synergy_gui.model import ModelDocument, ModelError
from synergy_gui.model.presets import DEFAULT_PRESET, load_preset
from synergy_gui.model.view_state import ViewState


def test_the_budget_outcome_is_set_once_and_reset_with_a_new_document():
    document = load_preset(DEFAULT_PRESET)
    view, changes = ViewState(document), []
    view.connect(changes.append)
    assert view.budget_outcome == (None, None)
    view.set_budget_outcome("loyalty", 26)
    view.set_budget_outcome("loyalty", 26.0)
    assert view.budget_outcome == ("loyalty", 26.0)
    assert [set(c.fields) for c in changes] == [{"budget_outcome"}]
    view.set_budget_outcome("loyalty", None)
    assert view.budget_outcome == ("loyalty", None)
    with pytest.raises(ModelError, match="0 or later"):
        view.set_budget_outcome("loyalty", -1)
    assert view.budget_outcome == ("loyalty", None)
    document.replace_with(ModelDocument())
    assert view.budget_outcome == (None, None)
    assert "budget_outcome" in changes[-1]
