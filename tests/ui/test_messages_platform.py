"""A missing system library is named in one line, before Qt dies with its own message.

Qt's X11 (xcb) platform needs ``libxcb-cursor0``, which Ubuntu installs only with some
desktops; without it, creating the QApplication aborts with "could not load the Qt platform
plugin xcb". The start checks for the library first, says which package to install, and runs
offscreen as it does without a display. The library check is replaced in these tests.
"""

from __future__ import annotations

import pytest

from synergy_gui.ui import app

INSTALL = "sudo apt install libxcb-cursor0"


@pytest.fixture
def environ(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A Linux X11 desktop with no Qt platform chosen; ``os.environ`` is this dict."""
    fake = {"DISPLAY": ":0"}
    monkeypatch.setattr(app.os, "environ", fake)
    monkeypatch.setattr(app.sys, "platform", "linux")
    return fake


def _library(monkeypatch: pytest.MonkeyPatch, present: bool) -> list[int]:
    asked: list[int] = []

    def check() -> bool:
        asked.append(1)
        return present

    monkeypatch.setattr(app, "xcb_cursor_available", check)
    return asked


def test_a_missing_xcb_cursor_library_is_named_and_the_app_runs_offscreen(
    environ, monkeypatch, capsys
):
    _library(monkeypatch, present=False)
    app.prepare_environment()
    error = capsys.readouterr().err
    assert INSTALL in error
    assert len(error.strip().splitlines()) == 1
    assert environ["QT_QPA_PLATFORM"] == "offscreen"


def test_on_a_wayland_desktop_wayland_is_tried_before_offscreen(environ, monkeypatch, capsys):
    environ["WAYLAND_DISPLAY"] = "wayland-0"
    _library(monkeypatch, present=False)
    app.prepare_environment()
    assert INSTALL in capsys.readouterr().err
    assert environ["QT_QPA_PLATFORM"] == "wayland;offscreen"


def test_with_the_library_nothing_is_said_and_qt_chooses(environ, monkeypatch, capsys):
    _library(monkeypatch, present=True)
    app.prepare_environment()
    assert capsys.readouterr().err == ""
    assert "QT_QPA_PLATFORM" not in environ


@pytest.mark.parametrize(
    ("extra", "platform"),
    [
        ({"QT_QPA_PLATFORM": "xcb"}, "linux"),  # the user chose: Qt's own message is theirs
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),
        ({}, "win32"),
        ({}, "darwin"),
    ],
)
def test_the_library_is_only_checked_where_xcb_would_load(
    environ, monkeypatch, capsys, extra, platform
):
    environ.update(extra)
    monkeypatch.setattr(app.sys, "platform", platform)
    asked = _library(monkeypatch, present=False)
    app.prepare_environment()
    assert asked == []
    assert INSTALL not in capsys.readouterr().err


def test_without_a_display_only_the_no_display_line_is_said(environ, monkeypatch, capsys):
    del environ["DISPLAY"]
    asked = _library(monkeypatch, present=False)
    app.prepare_environment()
    error = capsys.readouterr().err
    assert asked == []
    assert "no display" in error
    assert environ["QT_QPA_PLATFORM"] == "offscreen"


def test_the_real_check_answers_without_raising():
    assert isinstance(app.xcb_cursor_available(), bool)
