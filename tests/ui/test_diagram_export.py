"""The diagram exported for slides: PNG at slide width, SVG with its title, PDF; on white,
whole, with every weight, whatever the window shows."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QUndoStack

from synergy_gui.model.presets import load_preset
from synergy_gui.ui.graph import GraphScene
from synergy_gui.ui.graph.export import MAX_FIGURE_PIXELS, SLIDE_PIXELS, export_diagram

TITLE = "Synergy & trust <class 3>"


@pytest.fixture
def scene(qapp):
    scene = GraphScene(load_preset("synergistic_influence"), QUndoStack())
    yield scene
    scene.close()


def colour_share(image: QImage, hex_colour: str) -> float:
    """Share of sampled pixels within a few levels of ``hex_colour``."""
    wanted = QColor(hex_colour)
    hits = total = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            pixel = image.pixelColor(x, y)
            total += 1
            hits += all(
                abs(a - b) < 24
                for a, b in zip(
                    (pixel.red(), pixel.green(), pixel.blue()),
                    (wanted.red(), wanted.green(), wanted.blue()),
                    strict=True,
                )
            )
    return hits / total


def test_png_is_slide_wide_on_white_with_the_nodes_drawn(scene, tmp_path):
    scene.mirror.set_detail(30, False)  # as a small window shows it
    path = export_diagram(scene, tmp_path / "diagram.png", TITLE, "As drawn")
    image = QImage(str(path))
    assert image.width() == SLIDE_PIXELS
    assert 600 < image.height() < SLIDE_PIXELS
    assert image.pixelColor(2, 2) == QColor("#ffffff")
    assert colour_share(image, "#ffffff") > 0.5
    assert colour_share(image, "#0072B2") > 0.001  # stimulus borders and bars
    assert colour_share(image, "#009E73") > 0.001  # response borders and bars
    assert scene.mirror.compact_pixels == 30 and not scene.mirror.pills_shown  # given back


def test_every_construct_and_weight_is_in_the_figure(scene, tmp_path):
    path = export_diagram(scene, tmp_path / "diagram.svg", TITLE, "Scenario: launch week")
    text = path.read_text(encoding="utf-8")
    assert "Synergy &amp; trust &lt;class 3&gt;" in text  # the title, as text, escaped
    assert "Scenario: launch week" in text
    for construct in scene.document.constructs:
        assert scene.item_for(construct.id).lines[0] in text.replace("&amp;", "&")
    assert "+0.45" in text  # a weight, drawn though the view might hide it


def test_pdf_is_written(scene, tmp_path):
    path = export_diagram(scene, tmp_path / "diagram.pdf", TITLE)
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5_000
    assert not list(tmp_path.glob(".*partial*"))  # no half-written file left behind


def test_unknown_format_and_empty_diagram_are_refused_with_a_reason(qapp, scene, tmp_path):
    with pytest.raises(ValueError, match="PNG, SVG or PDF"):
        export_diagram(scene, tmp_path / "diagram.jpg", TITLE)
    empty = GraphScene(load_preset("synergistic_influence").__class__(), QUndoStack())
    with pytest.raises(ValueError, match="empty"):
        export_diagram(empty, tmp_path / "empty.png", TITLE)
    empty.close()
    assert list(tmp_path.iterdir()) == []


def test_a_very_tall_diagram_is_drawn_smaller_not_as_a_strip(qtbot, tmp_path):
    from synergy_gui.model import Construct, ModelDocument

    tall = ModelDocument(
        constructs=[
            Construct(f"c{i}", f"Construct {i}", "organism", position=(0.0, 90.0 * i))
            for i in range(200)
        ]
    )
    tall_scene = GraphScene(tall, QUndoStack())
    path = export_diagram(tall_scene, tmp_path / "tall.png", "Tall")
    image = QImage(str(path))
    assert image.width() == SLIDE_PIXELS
    assert image.height() == MAX_FIGURE_PIXELS
    drawn = sum(  # the nodes, small, in a column down the left under the title
        image.pixelColor(x, y) != QColor("#ffffff")
        for x in range(48, 80)
        for y in range(150, 2100, 3)
    )
    assert drawn > 1000
    tall_scene.close()
