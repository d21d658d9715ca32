"""Trim the ICU data library Qt brings (Linux): 32 MB of which Qt reaches a few.

PySide6's ``libQt6Core`` links ICU for four things only (its imported ``u*_73`` symbols):
collation (``ucol_*``, QCollator: the file dialog sorts names with it), case mapping
(``u_strToUpper``/``Lower``: compiled into libicuuc, no data), text codecs other than the
UTF ones (``ucnv_*``, QStringConverter) and time-zone names (``ucal_*``, QTimeZone). The
data library ``libicudata.so.NN`` is one ICU "common data" package (a table of contents and
items such as ``icudtNNl/coll/root.res``) behind one exported symbol ``icudtNN_dat``.

This module keeps the items those four reach and drops the rest: break iteration (Qt has its
own), transliteration, number spell-out, the display names of languages, regions,
currencies and units (Qt has its own CLDR tables), stringprep, character names, spoof
checks, the per-language locale and time-zone-name bundles other than English (ICU falls
back to root) and the big multi-byte codec tables (the app reads and writes UTF-8 only;
Python, not Qt, decodes its files). It then writes a new library exporting the same symbol
with the same soname (a C compiler assembles it). A missing item makes ICU fall back to root
data or return an error status, which Qt handles (e.g. QCollator then compares code points).
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

_DROPPED_TREES = {"brkitr", "translit", "rbnf", "unit", "curr", "lang", "region"}
_KEPT_ZONE_NAMES = {"root.res", "pool.res", "res_index.res", "tzdbNames.res"}
_LOCALE_BUNDLE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]+)*\.res")
_DROPPED_SUFFIXES = (".spp", ".cfu", "unames.icu")
BIG_CODEC = 50_000  # bytes: the multi-byte (CJK, EBCDIC DBCS) tables; one-byte ones are ~5 KB


def keep_item(name: str, size: int) -> bool:
    """Whether the data item ``name`` (e.g. ``icudt73l/coll/root.res``) stays."""
    parts = name.split("/")[1:]
    if len(parts) > 1:
        tree, leaf = parts[0], parts[-1]
        if tree in _DROPPED_TREES:
            return False
        if tree == "zone":
            return leaf in _KEPT_ZONE_NAMES or _is_english(leaf)
        return True  # coll/: every tailoring stays (QCollator sorts in the user's language)
    leaf = parts[0]
    if leaf.endswith(_DROPPED_SUFFIXES):
        return False
    if leaf.endswith(".cnv"):
        return size <= BIG_CODEC
    if leaf != "root.res" and _LOCALE_BUNDLE.fullmatch(leaf):
        return _is_english(leaf)  # supplementalData.res, zoneinfo64.res ... are not locales
    return True


def _is_english(leaf: str) -> bool:
    return leaf == "en.res" or leaf.startswith("en_")


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """Split a common-data package into its header and its (name, item) pairs."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    count = struct.unpack_from("<I", data, header_size)[0]
    toc = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_at, data_at) in enumerate(toc):
        start = header_size + name_at
        name = data[start : data.index(b"\0", start)].decode("ascii")
        end = toc[index + 1][1] if index + 1 < count else len(data) - header_size
        items.append((name, data[header_size + data_at : header_size + end]))
    return data[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """A common-data package of ``items`` (kept in their sorted order; ICU bisects them)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    first = _align(toc_size + len(names), 16)
    name_at, data_at, toc, body = toc_size, first, [], bytearray()
    for name, item in items:
        toc.append(struct.pack("<II", name_at, data_at))
        name_at += len(name) + 1
        padded = item + b"\0" * (_align(len(item), 16) - len(item))
        body += padded
        data_at += len(padded)
    table = struct.pack("<I", len(items)) + b"".join(toc) + names
    return header + table + b"\0" * (first - len(table)) + bytes(body)


def _align(value: int, step: int) -> int:
    return (value + step - 1) // step * step


def _exported_data(library: Path) -> tuple[str, bytes]:
    """The library's one exported symbol and the bytes it covers."""
    symbols = subprocess.run(
        ["nm", "-D", "--defined-only", "-S", str(library)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    match = re.search(r"^([0-9a-f]+) ([0-9a-f]+) R (icudt\d+_dat)$", symbols, re.M)
    if match is None:
        raise ValueError(f"{library.name} exports no icudtNN_dat")
    address, size = int(match.group(1), 16), int(match.group(2), 16)
    sections = subprocess.run(
        ["readelf", "-SW", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in sections.splitlines():
        fields = re.match(r"\s*\[\s*\d+\]\s+\.rodata\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if fields:
            offset = address - int(fields.group(1), 16) + int(fields.group(2), 16)
            return match.group(3), library.read_bytes()[offset : offset + size]
    raise ValueError(f"{library.name} has no .rodata section")


def _assemble(symbol: str, soname: str, package: Path, target: Path) -> None:
    source = package.with_suffix(".S")
    size = package.stat().st_size
    source.write_text(
        "\t.section .rodata\n\t.balign 16\n"
        f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.size {symbol}, {size}\n"
        f'{symbol}:\n\t.incbin "{package}"\n'
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    compiler = shutil.which("cc") or shutil.which("gcc")
    subprocess.run(
        [compiler, "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(target), str(source)],
        check=True,
    )


def trim_library(library: Path) -> int:
    """Replace ``library`` (libicudata.so.NN) by one with the kept items; returns bytes saved.

    Does nothing (returns 0) where no C compiler is found.
    """
    if shutil.which("cc") is None and shutil.which("gcc") is None:
        print("  no C compiler (cc): ICU's data library stays whole (32 MB)")
        return 0
    symbol, data = _exported_data(library)
    header, items = read_package(data)
    kept = [(name, item) for name, item in items if keep_item(name, len(item))]
    before = library.stat().st_size
    with tempfile.TemporaryDirectory() as folder:
        package = Path(folder) / "icudata.dat"
        package.write_bytes(write_package(header, kept))
        built = Path(folder) / library.name
        _assemble(symbol, library.name, package, built)
        shutil.copyfile(built, library)
    return before - library.stat().st_size


def trim_bundle(bundle: Path) -> int:
    """Trim every ``libicudata.so.*`` file in the bundle (not links); returns bytes saved."""
    saved = 0
    for library in sorted(bundle.rglob("libicudata.so.*")):
        if library.is_file() and not library.is_symlink():
            saved += trim_library(library)
    return saved
