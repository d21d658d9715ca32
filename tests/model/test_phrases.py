"""Messages of the Qt-free layers keep their template, so the window can translate them."""

from __future__ import annotations

import importlib.util
import pickle
from pathlib import Path

from synergy_gui.model.errors import ModelError
from synergy_gui.model.phrases import Phrase, message_of, phrase, render

REPO = Path(__file__).resolve().parents[2]


def _tools():
    spec = importlib.util.spec_from_file_location("translations", REPO / "tools/translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_phrase_reads_as_its_english_text():
    made = phrase("must be between {low} and {high} (got {value!r})", low=-1, high=1, value=3.5)
    assert made == "must be between -1 and 1 (got 3.5)"
    assert isinstance(made, str) and made.template.startswith("must be between {low}")


def test_rendering_translates_the_template_and_every_phrase_among_the_values():
    part = phrase("the path from {source} to {target}", source="A", target="B")
    whole = phrase("In {where}, the weight {size:.1f} is too large", where=part, size=2.25)
    catalogue = {
        "the path from {source} to {target}": "jalur dari {source} ke {target}",
        "In {where}, the weight {size:.1f} is too large": (
            "Di {where}, bobot {size:.1f} terlalu besar"
        ),
    }
    assert render(whole, catalogue.get) == "Di jalur dari A ke B, bobot 2.2 terlalu besar"
    assert render(whole, lambda _: "") == "In the path from A to B, the weight 2.2 is too large"


def test_an_object_whose_text_is_a_phrase_is_translated():
    class Note:
        def __str__(self) -> str:
            return phrase("{file}: {message}", file="a.csv", message=phrase("empty"))

    catalogue = {"{file}: {message}": "{file}：{message}", "empty": "空"}
    assert render(Note(), catalogue.get) == "a.csv：空"


def test_a_translation_with_a_broken_placeholder_falls_back_to_english():
    made = phrase("got {value}", value=3)
    assert render(made, lambda _: "didapat {nilai}") == "got 3"


def test_plain_text_and_errors_without_a_phrase_pass_through():
    assert render("plain words", lambda _: "x") == "plain words"
    assert message_of(ModelError("no phrase here")) == "no phrase here"
    error = ModelError(phrase("there is no construct {cid!r}", cid="t"))
    assert isinstance(message_of(error), Phrase) and str(error) == "there is no construct 't'"


def test_a_phrase_survives_pickling_across_processes():
    made = pickle.loads(pickle.dumps(phrase("{n} runs", n=3)))
    assert isinstance(made, Phrase) and made.template == "{n} runs" and made.values["n"] == 3


def test_every_phrase_of_the_qt_free_layers_has_a_literal_template():
    tools = _tools()
    not_literal = [
        f"{path.relative_to(REPO)}:{line}"
        for folder in tools.PHRASE_SOURCES
        for path in sorted((REPO / folder).rglob("*.py"))
        for line, template in tools.phrase_calls(path)
        if template is None
    ]
    assert not not_literal, "the translation tool cannot read these templates"


def test_the_translation_tool_finds_templates_in_the_model_layer():
    assert "there is no such file" in _tools().phrase_templates()
