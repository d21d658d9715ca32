"""What a PDF holds, read without a PDF library: its pages and the text a viewer finds."""

from __future__ import annotations

import re
import zlib


def pdf_pages(data: bytes) -> int:
    """The number of page objects (``/Type /Page``, not ``/Pages``)."""
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


def pdf_text(data: bytes) -> str:
    """The text a PDF viewer finds: each shown string decoded through its font's ToUnicode
    map (matplotlib writes glyph codes and ligatures, not plain characters)."""
    objects = {
        int(m.group(1)): m.group(2) for m in re.finditer(rb"(\d+) 0 obj\s*(.*?)endobj", data, re.S)
    }
    fonts: dict[bytes, tuple[int, dict[int, str]]] = {}
    for body in objects.values():
        for name, number in re.findall(rb"/(F\d+) (\d+) 0 R", body):
            font = objects[int(number)]
            to_unicode = re.search(rb"/ToUnicode (\d+) 0 R", font)
            if to_unicode:
                fonts[name] = _cmap(_stream(objects[int(to_unicode.group(1))]))
    shown: list[str] = []
    for body in objects.values():
        content = _stream(body)
        if b"BT" not in content:
            continue
        font = (1, {})
        # matplotlib puts strings only in text; a string's "(" and ")" are escaped
        for token in re.finditer(rb"/(F\d+)\s+[\d.]+\s+Tf|(\((?:\\.|[^\\)])*\))", content, re.S):
            if token.group(1):
                font = fonts.get(token.group(1), (1, {}))
            else:
                shown.append(_decode(token.group(2), font))
    return "".join(shown)


def _stream(body: bytes) -> bytes:
    match = re.search(rb"stream\r?\n(.*?)\r?\nendstream", body, re.S)
    if match is None:
        return b""
    return zlib.decompress(match.group(1)) if b"FlateDecode" in body else match.group(1)


def _cmap(text: bytes) -> tuple[int, dict[int, str]]:
    """(bytes per code, code -> text) from a ToUnicode CMap's ranges and characters."""
    width = len(re.search(rb"<([0-9a-fA-F]+)>", text.split(b"begincodespacerange")[1]).group(1))
    mapping: dict[int, str] = {}
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", text, re.S):
        for low, _high, targets in re.findall(rb"<(\w+)>\s*<(\w+)>\s*\[(.*?)\]", block, re.S):
            for k, target in enumerate(re.findall(rb"<(\w+)>", targets)):
                mapping[int(low, 16) + k] = _utf16(target)
        plain = re.sub(rb"<\w+>\s*<\w+>\s*\[.*?\]", b"", block, flags=re.S)
        for low, high, start in re.findall(rb"<(\w+)>\s*<(\w+)>\s*<(\w+)>", plain):
            for k in range(int(high, 16) - int(low, 16) + 1):
                mapping[int(low, 16) + k] = chr(int(start, 16) + k)
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", text, re.S):
        for code, target in re.findall(rb"<(\w+)>\s*<(\w+)>", block):
            mapping[int(code, 16)] = _utf16(target)
    return width // 2, mapping


def _utf16(hex_text: bytes) -> str:
    return bytes.fromhex(hex_text.decode()).decode("utf-16-be")


def _decode(chunk: bytes, font: tuple[int, dict[int, str]]) -> str:
    size, mapping = font
    text = []
    for piece in re.findall(rb"\(((?:\\.|[^\\)])*)\)", chunk, re.S):
        raw = re.sub(rb"\\([()\\])", rb"\1", piece)
        for k in range(0, len(raw) - size + 1, size):
            code = int.from_bytes(raw[k : k + size], "big")
            text.append(mapping.get(code, chr(code) if size == 1 else "?"))
    return "".join(text)
