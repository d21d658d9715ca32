"""The hypotheses table: one row per path, then per synergy, in Markdown, CSV and LaTeX."""

from __future__ import annotations

import csv
import io

from synergy_gui.io.hypotheses import hypotheses, hypotheses_text, latex_escape
from synergy_gui.model.document import ModelDocument
from synergy_gui.model.elements import Construct, Junction, Path
from synergy_gui.model.presets import load_preset


def _study() -> ModelDocument:
    return ModelDocument(
        constructs=[
            Construct("i", "Interactivity", role="stimulus"),
            Construct("p", "Personalization", role="stimulus"),
            Construct("si", "Synergistic influence"),
            Construct("t", "Trust & 50% | more", role="response"),
        ],
        paths=[
            Path("a", "i", "si", weight=0.35, note="Zulkifli 2026"),
            Path("b", "si", "t", weight=-0.2, references=["Stewart 2003"]),
        ],
        junctions=[Junction("j", ["i", "p"], "si", weight=0.15)],
    )


def test_one_hypothesis_per_path_then_synergy_with_sign_weight_and_source():
    rows = hypotheses(_study())
    assert [(h.number, h.relation, h.sign, h.weight, h.note) for h in rows] == [
        ("H1", "Interactivity → Synergistic influence", "positive", 0.35, "Zulkifli 2026"),
        ("H2", "Synergistic influence → Trust & 50% | more", "negative", -0.2, "Stewart 2003"),
        ("H3", "Interactivity × Personalization → Synergistic influence", "positive", 0.15, ""),
    ]


def test_markdown_escapes_pipes_and_has_a_row_per_hypothesis():
    text = hypotheses_text(_study(), "markdown")
    lines = text.splitlines()
    assert lines[0] == "| Hypothesis | Relation | Sign | Weight | Note / source |"
    assert lines[3] == (
        "| H2 | Synergistic influence → Trust & 50% \\| more | negative | -0.20 | Stewart 2003 |"
    )
    assert len(lines) == 2 + 3


def test_csv_reads_back_with_full_precision_weights():
    rows = list(csv.reader(io.StringIO(hypotheses_text(_study(), "csv"))))
    assert rows[1] == [
        "H1",
        "Interactivity → Synergistic influence",
        "positive",
        "0.35",
        "Zulkifli 2026",
    ]
    assert len(rows) == 4


def test_latex_escapes_user_text():
    text = hypotheses_text(_study(), "latex")
    assert (
        r"H2 & Synergistic influence $\rightarrow$ Trust \& 50\% | more & negative & -0.20" in text
    )
    assert r"Interactivity $\times$ Personalization" in text
    assert (
        latex_escape(r"a_b{c}~^\ ")
        == r"a\_b\{c\}\textasciitilde{}\textasciicircum{}\textbackslash{} "
    )


def test_the_default_preset_numbers_every_path_and_its_synergy():
    preset = load_preset("synergistic_influence")
    rows = hypotheses(preset)
    assert len(rows) == len(preset.paths) + len(preset.junctions)
    assert rows[0].relation == "Interactivity → Synergistic influence"
    assert rows[-1].relation == "Interactivity × Personalization → Synergistic influence"
