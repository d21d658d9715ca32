"""Make the Simplified Chinese font the interface uses in zh_CN: a subset of Noto Sans CJK SC.

No CJK font can be assumed on the user's machine (many Linux installs and this build machine
have none), so the program ships one, cut down to every character of the Chinese translation
(the interface's and the guide's),
CJK punctuation and full-width forms (0.2 MB). The 3,755 common hanzi of GB 2312 level 1 would
cover Chinese typed into a model too, but take 0.8 MB and push the release packages past their
45 MB download budget; such text falls back to the system's CJK font, as every Chinese desktop
has one. Run this again after the translation changes (tests/ui/test_translations.py checks
that every character is in the font). The source is Debian's ``fonts-noto-cjk`` (SIL Open Font
License 1.1; resources/fonts/OFL.txt):

    apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb noto
    .venv/bin/python tools/make_cjk_font.py \
        noto/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc  [--common]

(``--common`` adds GB 2312 level 1.) fontTools comes with matplotlib, so the project's
environment can run this as it is.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "resources" / "fonts" / "NotoSansSC-Subset.otf"
TS = REPO / "resources" / "translations" / "synergy_zh_CN.ts"
HELP = REPO / "resources" / "help" / "zh_CN"
FAMILY = "Noto Sans CJK SC"
EXTRA = "，。、；：？！“”‘’（）《》【】…—·～％＋－×÷＝０１２３４５６７８９"


def gb2312_level1() -> str:
    """The 3,755 most common hanzi: GB 2312 rows 16-55."""
    chars = []
    for row in range(0xB0, 0xD8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.append(bytes((row, cell)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return "".join(chars)


def translation_chars(path: Path = TS, help_folder: Path = HELP) -> str:
    """Every character of the Chinese translations: the interface's and the guide's."""
    found = re.findall(r"<translation[^>]*>(.*?)</translation>", path.read_text("utf-8"), re.S)
    if help_folder.is_dir():
        found += [page.read_text("utf-8") for page in sorted(help_folder.iterdir())]
    return "".join(sorted(set("".join(found))))


def font_number(collection_path: Path) -> int:
    """The index of Noto Sans CJK SC inside the collection."""
    collection = TTCollection(str(collection_path))
    for index, font in enumerate(collection.fonts):
        if font["name"].getDebugName(1) == FAMILY:
            return index
    raise ValueError(f"{collection_path} holds no {FAMILY}")


def make(source: Path, out: Path = OUT, common: bool = False) -> Path:
    """Write the subset to ``out`` (``common``: with GB 2312 level 1 too)."""
    chars = translation_chars() + EXTRA + (gb2312_level1() if common else "")
    text = "".join(sorted(set(chars)))
    out.parent.mkdir(parents=True, exist_ok=True)
    subset.main(
        [
            str(source),
            f"--font-number={font_number(source)}",
            f"--text={text}",
            "--no-hinting",
            # no GSUB/GPOS: horizontal Simplified Chinese needs none of the vertical, regional
            # or kerning features, and dropping them halves the file (0.8 MB, not 1.5 MB)
            "--layout-features=",
            f"--output-file={out}",
        ]
    )
    return out


if __name__ == "__main__":
    made = make(Path(sys.argv[1]), common="--common" in sys.argv[2:])
    print(f"{made}: {made.stat().st_size / 1e6:.2f} MB")
