"""The one-page PDF report: one A4 landscape page whose text holds the title, the scenario, the
date and the constructs, with the levels the engine computes; the ``export --to report``
command writes it atomically and refuses what it cannot write with exit 2."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from pdf_checks import pdf_pages, pdf_text

from synergy_gui.cli import main
from synergy_gui.engine import Simulator
from synergy_gui.io.report import MAX_TABLE_ROWS, report_content, report_pdf, write_report
from synergy_gui.model.presets import load_preset
from synergy_gui.model.serialize import dumps

PRESET = "synergistic_influence"
SCENARIO = "Personalised campaign"
A4_LANDSCAPE_POINTS = (841.9, 595.4)


def test_the_report_is_one_a4_landscape_page_with_title_scenario_date_and_labels(
    tmp_path: Path,
):
    document = load_preset(PRESET)
    document.meta.title = "Campaign review"
    written = write_report(tmp_path / "report.pdf", document, SCENARIO, when=date(2025, 3, 7))
    data = written.read_bytes()
    assert data.startswith(b"%PDF")
    assert pdf_pages(data) == 1
    box = re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    assert box is not None
    assert float(box.group(1)) == pytest.approx(A4_LANDSCAPE_POINTS[0], abs=1)
    assert float(box.group(2)) == pytest.approx(A4_LANDSCAPE_POINTS[1], abs=1)
    text = pdf_text(data)
    assert "Campaign review" in text
    assert f"Scenario: {SCENARIO}" in text
    assert "7 March 2025" in text
    squeezed = re.sub(r"\s", "", text)  # the diagram wraps a long label over two lines
    for construct in document.constructs:
        assert re.sub(r"\s", "", construct.label) in squeezed
    assert list(tmp_path.iterdir()) == [written]  # no temporary file left behind


def test_the_table_holds_the_engines_final_levels_and_settle_times():
    document = load_preset(PRESET)
    content = report_content(document, SCENARIO)
    run = Simulator(document, SCENARIO).run()
    assert len(content.rows) == len(document.constructs)
    for row in content.rows:
        series = run.series(row.construct_id)
        assert row.start == pytest.approx(series[0], abs=1e-12)
        assert row.final == pytest.approx(series[-1], abs=1e-12)
        # from the step it settles at, the run stays within 0.005 of where it ends up
        assert row.settles_at is not None
        step = round(row.settles_at / document.settings.dt)
        assert np.all(np.abs(series[step:] - series[-1]) <= 0.005 + 1e-3)
    trust = next(r for r in content.rows if r.label == "Digital trust")
    assert trust.final > trust.start  # the campaign moves trust: the table is not flat


def test_the_plot_shows_the_models_focus_and_the_table_numbers_are_in_the_pdf():
    document = load_preset(PRESET)
    content = report_content(document, SCENARIO)
    labels = {c.id: c.label for c in document.constructs}
    assert [labels[cid] for cid in content.series] == [
        "Digital trust",
        "Brand engagement",
        "Loyalty",
    ]
    text = pdf_text(report_pdf(document, SCENARIO))
    for row in content.rows:
        assert f"{row.final:.3f}" in text


def test_a_label_with_dollar_signs_is_printed_as_written_not_as_mathematics():
    document = load_preset(PRESET)
    document.constructs[0].label = "Coupons $5 off $10"
    assert "Coupons $5 off $10" in pdf_text(report_pdf(document))


def test_a_big_model_keeps_the_table_to_one_page_and_says_how_many_are_left_out():
    document = load_preset(PRESET)
    template = document.constructs[0]
    for k in range(MAX_TABLE_ROWS + 5):
        document.new_construct(f"Extra stimulus {k}", "stimulus", (template.position[0], k * 80))
    content = report_content(document)
    assert len(content.rows) == MAX_TABLE_ROWS
    assert content.hidden_rows == len(document.constructs) - MAX_TABLE_ROWS
    shown = {row.construct_id for row in content.rows}
    assert set(content.series) <= shown  # the plotted constructs keep their rows
    data = report_pdf(document)
    assert pdf_pages(data) == 1
    assert f"{content.hidden_rows} more constructs" in pdf_text(data)


def test_an_unknown_scenario_is_refused_by_name():
    with pytest.raises(ValueError, match=r"no scenario 'Nope'.*'Baseline'"):
        report_content(load_preset(PRESET), "Nope")


# ------------------------------------------------------------------------------- the CLI
def test_export_to_report_writes_the_pdf(tmp_path: Path, capsys):
    model = tmp_path / "model.synergy.json"
    model.write_text(dumps(load_preset(PRESET)), encoding="utf-8")
    out = tmp_path / "report.pdf"
    assert main(["export", str(model), "--to", "report", "-o", str(out)]) == 0
    data = out.read_bytes()
    assert pdf_pages(data) == 1
    assert load_preset(PRESET).meta.title.split(":")[0] in pdf_text(data)
    assert "Scenario: As drawn" in pdf_text(data)
    assert str(out) in capsys.readouterr().out


def test_export_to_report_with_a_scenario(tmp_path: Path):
    out = tmp_path / "report.pdf"
    assert main(["export", PRESET, "--to", "report", "--scenario", SCENARIO, "-o", str(out)]) == 0
    assert f"Scenario: {SCENARIO}" in pdf_text(out.read_bytes())


def test_export_to_report_without_an_output_file_is_refused(capsys):
    assert main(["export", PRESET, "--to", "report"]) == 2
    assert "synergy-explorer export: the report is a PDF file: name it with -o" in (
        capsys.readouterr().err
    )


def test_export_to_report_with_an_unknown_scenario_leaves_the_old_file(tmp_path: Path, capsys):
    out = tmp_path / "report.pdf"
    out.write_bytes(b"earlier report")
    assert main(["export", PRESET, "--to", "report", "--scenario", "Nope", "-o", str(out)]) == 2
    assert "no scenario 'Nope'" in capsys.readouterr().err
    assert out.read_bytes() == b"earlier report"
