"""``synergy-explorer validate`` on each kind of bad input: exit 2, file + place + reason.

Each case runs the real command in a subprocess, as a user would, and checks that no
traceback reaches the output.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from model_builders import build_document, model_data

from synergy_gui.model.serialize import dumps

GOOD_TEXT = dumps(build_document())
FIRST_20_LINES = "".join(GOOD_TEXT.splitlines(keepends=True)[:20])


def _validate(folder: Path, *names: str) -> tuple[int, list[str]]:
    result = subprocess.run(
        [sys.executable, "-m", "synergy_gui", "validate", *names],
        cwd=folder,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    output = result.stdout + result.stderr
    assert "Traceback" not in output, output
    return result.returncode, output.splitlines()


def _json(edit: Callable[[dict], object]) -> bytes:
    return json.dumps(model_data(edit), indent=2).encode("utf-8")


def _many_constructs(data: dict) -> None:
    data["constructs"] += [
        {"id": f"extra_{i}", "label": f"Extra {i}", "role": "organism"} for i in range(4997)
    ]


# (what is wrong, the file's bytes, where, what the reason says)
CASES: list[tuple[str, bytes, str, str]] = [
    ("not JSON", b'{"format": synergy}', "line 1, column 12", "is not valid JSON"),
    ("empty", b"", "", "is empty"),
    ("only whitespace", b" \n\t\n", "", "is empty"),
    ("binary", b"PK\x03\x04\x00\x00\x08\x00", "line 1, column 5", "binary file"),
    ("not UTF-8", '{"title": "Loyalität"}'.encode("latin-1"), "line 1, column 19", "not UTF-8"),
    ("truncated", FIRST_20_LINES.encode(), "line 21, column 1", "ends too early"),
    ("cut inside a text", GOOD_TEXT[:500].encode(), "line 26, column 7", "ends inside a text"),
    ("top level a list", b"[1, 2, 3]", "top level", "must be a JSON object"),
    ("top level text", b'"synergy"', "top level", "must be a JSON object"),
    ("missing format", _json(lambda d: d.pop("format")), "format", "is missing"),
    ("unknown format", _json(lambda d: d.update(format="mental-modeler")), "format", "not a Syn"),
    (
        "newer version",
        _json(lambda d: d.update(version=7)),
        "version",
        "was written by a newer Synergy Explorer (version 7); this one reads up to 1",
    ),
    ("missing version", _json(lambda d: d.pop("version")), "version", "is missing"),
    ("text version", _json(lambda d: d.update(version="1")), "version", "whole number"),
    ("missing field", _json(lambda d: d["paths"][1].pop("weight")), "paths[1].weight", "missing"),
    (
        "unknown field",
        _json(lambda d: d["paths"][0].update(wieght=0.1)),
        "paths[0].wieght",
        "is not a field of this format",
    ),
    (
        "wrong type",
        _json(lambda d: d["constructs"][2].update(label=5)),
        "constructs[2].label",
        "must be text (got 5)",
    ),
    (
        "wrong type of a list",
        _json(lambda d: d.update(paths={"a": 1})),
        "paths",
        "must be a list",
    ),
    (
        "duplicate ids",
        _json(lambda d: d["paths"][0].update(id="loyalty")),
        "paths[0].id",
        "the id 'loyalty' is already used by constructs[3]",
    ),
    (
        "dangling reference",
        _json(lambda d: d["paths"][2].update(target="purchase")),
        "paths[2].target",
        "there is no construct with id 'purchase'",
    ),
    (
        "dangling junction member",
        _json(lambda d: d["junctions"][0]["members"].__setitem__(0, "ghost")),
        "junctions[0].members[0]",
        "there is no construct with id 'ghost'",
    ),
    (
        "path into a stimulus",
        _json(lambda d: d["paths"][2].update(target="interactivity")),
        "paths[2].target",
        "is a stimulus",
    ),
    (
        "weight out of range",
        _json(lambda d: d["paths"][1].update(weight=1.5)),
        "paths[1].weight",
        "must be between -1 and 1 (got 1.5)",
    ),
    (
        "level out of range",
        _json(lambda d: d["constructs"][0].update(initial=-0.2)),
        "constructs[0].initial",
        "must be between 0 and 1 (got -0.2)",
    ),
    (
        "NaN literal",
        GOOD_TEXT.replace('"weight": 0.3', '"weight": NaN').encode(),
        "paths[1].weight",
        "must be a finite number (got NaN)",
    ),
    (
        "Infinity literal",
        GOOD_TEXT.replace('"tau_rise": 4.0', '"tau_rise": Infinity').encode(),
        "constructs[2].tau_rise",
        "must be a finite number (got Infinity)",
    ),
    (
        "number too large to be finite",
        GOOD_TEXT.replace('"baseline": 0.5', '"baseline": 1e400', 1).encode(),
        "constructs[0].baseline",
        "must be a finite number",
    ),
    ("nested too deeply", b"[" * 100_000 + b"]" * 100_000, "", "is nested too deeply"),
    ("integer of 5000 digits", b'{"version": ' + b"9" * 5000 + b"}", "", "too many digits"),
    (
        "lone surrogate in a text",
        GOOD_TEXT.replace('"label": "Loyalty"', '"label": "Loyalty \\udc80"').encode(),
        "constructs[3].label",
        "holds a broken character",
    ),
    (
        "over 5,000 constructs",
        _json(_many_constructs),
        "constructs",
        "holds 5001 constructs; a model has at most 5000",
    ),
]


@pytest.mark.parametrize(
    ("content", "place", "reason"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_validate_refuses_bad_input_with_its_place(tmp_path, content, place, reason):
    (tmp_path / "bad.synergy.json").write_bytes(content)
    code, lines = _validate(tmp_path, "bad.synergy.json")
    assert code == 2
    prefix = f"bad.synergy.json: {place}: " if place else "bad.synergy.json: "
    assert any(line.startswith(prefix) and reason in line for line in lines), lines


def test_a_file_over_20_mb_is_refused_by_its_size(tmp_path):
    with (tmp_path / "huge.synergy.json").open("wb") as stream:
        stream.write(b'{"format": "synergy-explorer", "version": 1, "constructs": [')
        stream.write(b" " * (20 * 1024 * 1024))
        stream.write(b"]}")
    code, lines = _validate(tmp_path, "huge.synergy.json")
    assert code == 2
    assert lines == ["huge.synergy.json: is too large (20.0 MB); model files are at most 20 MB"]


def test_a_missing_file_and_a_folder(tmp_path):
    (tmp_path / "folder").mkdir()
    code, lines = _validate(tmp_path, "nothing.synergy.json", "folder")
    assert code == 2
    assert lines == [
        "nothing.synergy.json: there is no such file",
        "folder: is a folder, not a model file",
    ]


def test_every_problem_of_every_file_is_listed_and_good_files_say_ok(tmp_path):
    (tmp_path / "good.synergy.json").write_text(GOOD_TEXT, encoding="utf-8")

    def two_problems(data):
        data["paths"][0]["weight"] = -2
        data["constructs"][3]["tau_fall"] = "fast"

    (tmp_path / "bad.synergy.json").write_bytes(_json(two_problems))
    code, lines = _validate(tmp_path, "good.synergy.json", "bad.synergy.json")
    assert code == 2
    assert lines == [
        "good.synergy.json: OK",
        "bad.synergy.json: constructs[3].tau_fall: must be a number (got 'fast')",
        "bad.synergy.json: paths[0].weight: must be between -1 and 1 (got -2)",
    ]


def test_all_good_files_exit_0_and_warnings_are_shown(tmp_path):
    (tmp_path / "good.synergy.json").write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / "strong.synergy.json").write_bytes(
        _json(lambda d: d["junctions"][0].update(weight=0.9))
    )
    code, lines = _validate(tmp_path, "good.synergy.json", "strong.synergy.json")
    assert code == 0
    assert lines[:2] == ["good.synergy.json: OK", "strong.synergy.json: OK"]
    # |0.9| * 0.5 = 0.45 beats both member paths (0.4 and 0.3): one warning for each
    assert len(lines) == 4
    assert all(
        line.startswith("strong.synergy.json: warning: junctions[0].weight: ") for line in lines[2:]
    )
