"""The diagram as a figure for slides: PNG, SVG or PDF, titled, on white, with full detail.

Whatever the window's palette, zoom or selection, the figure shows the whole diagram in the
light colours with every label and weight (a story step's fade and highlight are kept: they
are what a slide of that step should show). A very tall diagram is drawn smaller, within
MAX_FIGURE_PIXELS.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from synergy_gui.ui.graph import style as st
from synergy_gui.ui.i18n import translate

#: Width of a PNG figure: a full-HD slide.
SLIDE_PIXELS = 1920
#: Space around the figure and between its title and the diagram (figure units: pixels).
FIGURE_MARGIN = 48.0
#: A tall diagram is drawn smaller rather than as a strip no slide can hold.
MAX_FIGURE_PIXELS = 2160
TITLE_PIXELS = 40
SUBTITLE_PIXELS = 26
FORMATS = (".png", ".svg", ".pdf")


def export_diagram(scene, path: str | os.PathLike[str], title: str, subtitle: str = "") -> Path:
    """Write the whole diagram of ``scene`` with ``title`` (and ``subtitle``) on top.

    The format follows the suffix (.png, .svg or .pdf); the file is replaced only once the
    new one is complete. Raises ValueError for another suffix and OSError when it cannot be
    written.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        not_this = suffix or translate("DiagramExport", "a file without suffix")
        raise ValueError(
            translate(
                "DiagramExport", "a diagram is exported as PNG, SVG or PDF, not {what}"
            ).format(what=not_this)
        )
    area = scene.diagram_rect()
    if area.isEmpty():
        raise ValueError(
            translate("DiagramExport", "the diagram is empty: add a construct before exporting it")
        )
    area = area.adjusted(-12, -12, 12, 12)
    scale = (SLIDE_PIXELS - 2 * FIGURE_MARGIN) / area.width()
    height = _title_height(subtitle) + area.height() * scale + FIGURE_MARGIN
    size = QSize(SLIDE_PIXELS, round(min(height, MAX_FIGURE_PIXELS)))
    partial = target.with_name(f".{target.name}.partial{suffix}")
    try:
        with _as_figure(scene):
            _WRITERS[suffix](scene, area, size, title, subtitle, partial)
        os.replace(partial, target)
    finally:
        if partial.exists():
            partial.unlink()
    return target


def _title_height(subtitle: str) -> float:
    height = FIGURE_MARGIN + TITLE_PIXELS * 1.3
    return height + (SUBTITLE_PIXELS * 1.4 if subtitle else 0.0) + FIGURE_MARGIN / 2


@contextmanager
def _as_figure(scene) -> Iterator[None]:
    """Light colours, full detail and no selection while the figure is drawn."""
    mirror = scene.mirror
    selected = scene.selectedItems()
    detail = (mirror.compact_pixels, mirror.pills_shown)
    style, background = mirror.style, scene.backgroundBrush()
    for item in selected:
        item.setSelected(False)
    caches = {item: item.cacheMode() for item in scene.items()}
    for item in caches:  # cached items would be pasted into SVG and PDF as bitmaps
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    mirror.set_detail(None, True)
    mirror.set_style(st.make_style(dark=False))
    scene.setBackgroundBrush(QColor("#ffffff"))
    try:
        yield
    finally:
        scene.setBackgroundBrush(background)
        mirror.set_style(style)
        mirror.set_detail(*detail)
        for item, mode in caches.items():
            item.setCacheMode(mode)
        for item in selected:
            item.setSelected(True)


def _paint(painter: QPainter, scene, area: QRectF, size: QSize, title: str, subtitle: str):
    """Title, subtitle and diagram on white, in a ``size`` of device units."""
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("#ffffff"))
    width = size.width() - 2 * FIGURE_MARGIN
    painter.setPen(QColor("#1b1b1b"))
    painter.setFont(st.font(TITLE_PIXELS, QFont.Weight.Bold))
    title_row = QRectF(FIGURE_MARGIN, FIGURE_MARGIN, width, TITLE_PIXELS * 1.3)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(title_row, flags, title)
    if subtitle:
        painter.setPen(QColor("#4d4d4d"))
        painter.setFont(st.font(SUBTITLE_PIXELS))
        row = QRectF(FIGURE_MARGIN, title_row.bottom(), width, SUBTITLE_PIXELS * 1.4)
        painter.drawText(row, flags, subtitle)
    top = _title_height(subtitle)
    frame = QRectF(FIGURE_MARGIN, top, width, size.height() - top - FIGURE_MARGIN / 2)
    scene.render(painter, frame, area, Qt.AspectRatioMode.KeepAspectRatio)


def _write_png(scene, area, size, title, subtitle, path: Path) -> None:
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    _paint(painter, scene, area, size, title, subtitle)
    painter.end()
    if not image.save(str(path), "PNG"):
        raise OSError(_not_written(path))


def _write_svg(scene, area, size, title, subtitle, path: Path) -> None:
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription(subtitle)
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(_not_written(path))
    _paint(painter, scene, area, size, title, subtitle)
    painter.end()


def _write_pdf(scene, area, size, title, subtitle, path: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setResolution(192)  # a 1920-unit figure is 10 inches wide
    page = QSizeF(size.width() / 192 * 72, size.height() / 192 * 72)  # in points
    writer.setPageSize(QPageSize(page, QPageSize.Unit.Point, "Figure"))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(_not_written(path))
    device = QRectF(0, 0, writer.width(), writer.height())
    painter.scale(device.width() / size.width(), device.height() / size.height())
    _paint(painter, scene, area, size, title, subtitle)
    painter.end()


_WRITERS = {".png": _write_png, ".svg": _write_svg, ".pdf": _write_pdf}


def _not_written(path: Path) -> str:
    return translate("DiagramExport", "could not write the figure to {folder}").format(
        folder=path.parent
    )


__all__ = ["FORMATS", "SLIDE_PIXELS", "export_diagram"]
