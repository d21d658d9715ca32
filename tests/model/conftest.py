"""Fixtures of the model tests."""

from __future__ import annotations

import pytest
from model_builders import build_document

from synergy_gui.model import ModelDocument


@pytest.fixture
def document() -> ModelDocument:
    return build_document()
