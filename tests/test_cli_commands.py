"""The command line refuses what it does not know before any window opens.

A misspelt command, extra arguments or a FILE that does not exist end with exit status 2 and
one clear message; only a real file (or nothing) opens the window. The window opener is
replaced in every test, so a refusal that still tried to open a window shows as a call.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from synergy_gui import cli
from synergy_gui.cli import EXIT_BAD_INPUT, main
from synergy_gui.model.presets import DEFAULT_PRESET, preset_path

COMMANDS = ("presets", "validate", "simulate", "compare")


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str | None, bool]]:
    """Every window the command line would open, as (file, smoke_test); none is started."""
    calls: list[tuple[str | None, bool]] = []

    def fake_open(file: str | None, options) -> int:
        calls.append((file, options.smoke_test))
        return 0

    monkeypatch.setattr(cli, "_open_window", fake_open)
    return calls


@pytest.fixture
def model_file(tmp_path: Path) -> Path:
    target = tmp_path / "model.synergy.json"
    target.write_bytes(preset_path(DEFAULT_PRESET).read_bytes())
    return target


def _run(arguments: list[str]) -> int:
    """``main``'s exit status, whether it returns it or argparse raises it."""
    try:
        return main(arguments)
    except SystemExit as stop:
        return int(stop.code or 0)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        (["simulte"], "simulate"),
        (["valdate", "model.json"], "validate"),
        (["compar", "x"], "compare"),
        (["preset"], "presets"),
    ],
)
def test_a_misspelt_command_is_refused_with_the_nearest_match(opened, capsys, typed, meant):
    assert _run(typed) == EXIT_BAD_INPUT
    error = capsys.readouterr().err
    assert f"did you mean {meant}?" in error
    assert f"'{typed[0]}'" in error or f"“{typed[0]}”" in error
    for command in COMMANDS:
        assert command in error
    assert "Traceback" not in error
    assert opened == []


def test_an_unknown_word_far_from_every_command_lists_the_commands(opened, capsys):
    assert _run(["zzzz"]) == EXIT_BAD_INPUT
    error = capsys.readouterr().err
    assert "did you mean" not in error
    for command in COMMANDS:
        assert command in error
    assert opened == []


def test_a_missing_file_is_refused_in_one_line_before_any_window(opened, capsys, tmp_path):
    missing = tmp_path / "nowhere" / "lost.synergy.json"
    assert _run([str(missing)]) == EXIT_BAD_INPUT
    error = capsys.readouterr().err
    assert str(missing) in error or "lost.synergy.json" in error
    assert len(error.strip().splitlines()) == 1
    assert opened == []


@pytest.mark.parametrize("name", ["lost.json", "lost.synergy.json", "sub/lost"])
def test_a_missing_file_named_like_a_file_is_not_taken_for_a_command(opened, capsys, name):
    assert _run([name]) == EXIT_BAD_INPUT
    error = capsys.readouterr().err
    assert "did you mean" not in error
    assert name in error
    assert opened == []


def test_a_folder_is_not_a_model_file(opened, capsys, tmp_path):
    assert _run([str(tmp_path)]) == EXIT_BAD_INPUT
    assert str(tmp_path) in capsys.readouterr().err
    assert opened == []


def test_extra_arguments_after_a_file_are_refused(opened, capsys, model_file):
    assert _run([str(model_file), "other"]) == EXIT_BAD_INPUT
    error = capsys.readouterr().err
    assert "other" in error
    assert opened == []


def test_an_unknown_option_after_a_file_is_refused(opened, capsys, model_file):
    assert _run([str(model_file), "--json"]) == EXIT_BAD_INPUT
    assert "--json" in capsys.readouterr().err
    assert opened == []


def test_an_existing_file_opens_the_window_on_it(opened, model_file):
    assert _run([str(model_file)]) == 0
    assert opened == [(str(model_file), False)]


def test_an_existing_file_without_a_suffix_or_separator_still_opens(
    opened, model_file, monkeypatch
):
    monkeypatch.chdir(model_file.parent)
    bare = model_file.rename(model_file.parent / "mymodel")
    assert _run([bare.name]) == 0
    assert opened == [("mymodel", False)]


def test_smoke_test_works_before_or_after_the_file(opened, model_file):
    assert _run(["--smoke-test", str(model_file)]) == 0
    assert _run([str(model_file), "--smoke-test"]) == 0
    assert opened == [(str(model_file), True), (str(model_file), True)]


def test_no_arguments_open_the_default_window(opened):
    assert _run([]) == 0
    assert _run(["--smoke-test"]) == 0
    assert opened == [(None, False), (None, True)]


def test_real_commands_still_run(opened, capsys, model_file):
    assert _run(["validate", str(model_file)]) == 0
    assert "OK" in capsys.readouterr().out
    assert _run(["presets"]) == 0
    assert DEFAULT_PRESET in capsys.readouterr().out
    assert opened == []


def test_a_command_with_a_missing_file_is_refused_by_the_command(opened, capsys, tmp_path):
    assert _run(["validate", str(tmp_path / "lost.synergy.json")]) == EXIT_BAD_INPUT
    assert opened == []


def test_present_opens_the_window_in_presentation_mode_on_the_file(monkeypatch, model_file):
    presented: list[tuple[str | None, bool]] = []
    monkeypatch.setattr(
        cli, "_open_window", lambda file, options: presented.append((file, options.present)) or 0
    )
    assert _run(["--present", str(model_file)]) == 0
    assert _run([str(model_file), "--present"]) == 0
    assert _run([str(model_file)]) == 0
    assert _run(["--present"]) == 0
    assert presented == [
        (str(model_file), True),
        (str(model_file), True),
        (str(model_file), False),
        (None, True),
    ]
