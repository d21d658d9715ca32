"""Render the app icon's PNG sizes (and the Windows .ico) from the SVG sources.

Run after editing ``resources/icons/*.svg``: ``python packaging/make_icons.py``.
Sizes 16 and 24 come from the pixel-aligned ``-small`` drawing, the rest from the main one.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
NAME = "synergy-explorer"
SIZES = (16, 24, 32, 48, 64, 128, 256)
SMALL_UP_TO = 24


def png_path(size: int) -> Path:
    return ICONS / f"{NAME}-{size}.png"


def render(svg: Path, size: int, target: Path) -> None:
    """Draw ``svg`` into a transparent ``size`` x ``size`` PNG at ``target``."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg.name}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"could not write {target}")


def write_ico(target: Path) -> None:
    """A multi-size .ico holding each PNG as drawn (Pillow would rescale one image)."""
    from PIL import Image

    images = [Image.open(png_path(size)).convert("RGBA") for size in SIZES]
    largest = images[-1]
    largest.save(target, format="ICO", sizes=[(s, s) for s in SIZES], append_images=images[:-1])


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in SIZES:
        source = f"{NAME}-small.svg" if size <= SMALL_UP_TO else f"{NAME}.svg"
        render(ICONS / source, size, png_path(size))
    write_ico(ICONS / f"{NAME}.ico")
    print(f"wrote {len(SIZES)} PNGs and {NAME}.ico to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
