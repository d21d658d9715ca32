"""``synergy-explorer --smoke-test``: drive the real window once and say whether it works.

Opens the main window on the default preset, moves a stimulus slider the way a drag does,
checks that the focus constructs (trust, engagement and loyalty in the default model) end at
new levels, saves to a temporary file, reopens it, compares, closes, and prints one line.
Returns 0 on success, 1 with the reason on a failure, 3 when a step hangs (a watchdog ends
the process, naming any dialog that blocked it). Settings go to a temporary folder, so the
user's recent files and window layout stay as they were.

The launcher may pass its start time in ``SYNERGY_EXPLORER_LAUNCH_T0`` (seconds since the
epoch) so the line says how long launch-to-window took; ``SYNERGY_EXPLORER_SMOKE_REPORT``
names a file that also receives the line (a windowed program on Windows has no stdout).
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QThread, QTimer
from PySide6.QtWidgets import QApplication

LAUNCH_ENV = "SYNERGY_EXPLORER_LAUNCH_T0"
REPORT_ENV = "SYNERGY_EXPLORER_SMOKE_REPORT"
TIMEOUT_ENV = "SYNERGY_EXPLORER_SMOKE_TIMEOUT"
DEFAULT_TIMEOUT_S = 90.0
EXIT_PASSED, EXIT_FAILED, EXIT_HUNG = 0, 1, 3
CHANGED = 1e-6


class SmokeTestError(Exception):
    """A check of the smoke test failed; the message says which and why."""


def run_smoke_test(app: QApplication, window: object | None = None) -> int:
    """Run the smoke test in ``app`` (on ``window`` if given); returns the exit code."""
    started = time.perf_counter()
    timeout = float(os.environ.get(TIMEOUT_ENV, DEFAULT_TIMEOUT_S))
    progress = {"step": "starting"}
    watchdog = _Watchdog(timeout, progress)
    try:
        with tempfile.TemporaryDirectory(prefix="synergy-smoke-") as folder:
            _isolate_settings(Path(folder))
            summary = _drive(window, Path(folder), progress)
    except Exception as error:  # every failure becomes one line, never a traceback
        watchdog.stop()
        reason = str(error) if isinstance(error, SmokeTestError) else repr(error)
        _say(f"smoke test failed while {progress['step']}: {reason}", error=True)
        return EXIT_FAILED
    watchdog.stop()
    _say(f"smoke test passed: {summary}; {time.perf_counter() - started:.2f} s")
    return EXIT_PASSED


def _drive(window: object | None, folder: Path, progress: dict[str, str]) -> str:
    from synergy_gui.model.fileformat import load_document
    from synergy_gui.model.presets import DEFAULT_PRESET, load_preset
    from synergy_gui.ui.main_window import MainWindow

    progress["step"] = "opening the window"
    window = window or MainWindow()
    _check(
        window.open_preset(DEFAULT_PRESET), f"the default preset {DEFAULT_PRESET!r} did not open"
    )
    _check(window.document == load_preset(DEFAULT_PRESET), "the window shows another model")
    window.show()
    _wait_until(lambda: _exposed(window) and _result_settled(window), "the window to show")
    shown, shown_cpu = _since_launch(), time.process_time()

    progress["step"] = "moving a stimulus slider"
    document = window.document
    focus = list(document.settings.focus)
    _check(bool(focus), "the default model names no focus constructs to watch")
    stimulus = _stimulus_reaching(document, focus)
    before = _finals(window, focus)
    moved = _drag_slider(window, stimulus)
    after = _finals(window, focus)
    unchanged = [cid for cid in focus if abs(after[cid] - before[cid]) <= CHANGED]
    _check(not unchanged, f"moving {stimulus!r} left {', '.join(unchanged)} unchanged")

    progress["step"] = "saving and reopening"
    path = folder / "smoke-test.synergy.json"
    _check(window.save_to(path) and path.is_file(), f"saving to {path} failed")
    expected = document.clone()
    _check(load_document(path) == expected, "the saved file differs from the window's model")
    _check(window.open_path(path), f"reopening {path} failed")
    _wait_until(lambda: _result_settled(window), "the reopened model to run")
    _check(window.document == expected, "the reopened model differs from the saved one")
    reopened = _finals(window, focus)
    _check(reopened == after, "the reopened model simulates to other levels")

    progress["step"] = "closing the window"
    window.close()
    _wait_until(lambda: not window.isVisible(), "the window to close")
    levels = ", ".join(_label(document, c, before[c], after[c]) for c in focus)
    timing = f"; window shown after {shown_cpu:.2f} s CPU"
    if shown is not None:
        timing = f"; window shown {shown:.2f} s after launch ({shown_cpu:.2f} s CPU)"
    return f"{moved} moved {levels}; saved+reopened equal{timing}"


def _drag_slider(window: object, stimulus: str) -> str:
    """Move the stimulus's slider as one drag (press, move, release); wait for the new run."""
    slider = window.stimulus_panel.slider_for(stimulus)
    old_result, steps = window.controller.last_result, window.undo_stack.count()
    old_level = window.document.construct(stimulus).initial
    middle = (slider.minimum() + slider.maximum()) / 2
    target = slider.maximum() if slider.value() <= middle else slider.minimum()
    slider.setSliderDown(True)
    slider.setValue(target)
    slider.setSliderDown(False)
    _wait_until(
        lambda: window.controller.last_result is not old_result and _result_settled(window),
        "the simulation to follow the slider",
    )
    new_level = window.document.construct(stimulus).initial
    _check(abs(new_level - old_level) > CHANGED, "the slider did not change the stimulus level")
    _check(window.undo_stack.count() == steps + 1, "the drag did not make one undo step")
    return _label(window.document, stimulus, old_level, new_level)


def _stimulus_reaching(document: object, targets: list[str]) -> str:
    """The first stimulus with a path (or junction) leading to every target."""
    edges: dict[str, set[str]] = {}
    for path in document.paths:
        edges.setdefault(path.source, set()).add(path.target)
    for junction in document.junctions:
        for member in junction.members:
            edges.setdefault(member, set()).add(junction.target)
    for construct in document.constructs:
        if construct.role == "stimulus" and set(targets) <= _downstream(construct.id, edges):
            return construct.id
    raise SmokeTestError(f"no stimulus of the default model reaches all of {', '.join(targets)}")


def _downstream(start: str, edges: dict[str, set[str]]) -> set[str]:
    found, pending = set(), [start]
    while pending:
        for target in edges.get(pending.pop(), ()):
            if target not in found:
                found.add(target)
                pending.append(target)
    return found


def _finals(window: object, ids: list[str]) -> dict[str, float]:
    result = window.controller.last_result
    _check(result is not None, f"no simulation result ({window.controller.last_problem})")
    return {cid: float(result.final(cid)) for cid in ids}


def _label(document: object, cid: str, old: float, new: float) -> str:
    return f"{document.construct(cid).label} {old:.2f}→{new:.2f}"


def _exposed(window: object) -> bool:
    handle = window.windowHandle()
    return window.isVisible() and handle is not None and handle.isExposed()


def _result_settled(window: object) -> bool:
    return window.controller.last_result is not None and not window.controller.pending


def _wait_until(condition: Callable[[], bool], what: str, limit_s: float = 30.0) -> None:
    """Let Qt run until ``condition`` holds; a SmokeTestError after ``limit_s`` seconds."""
    deadline = time.monotonic() + limit_s
    while not condition():
        if time.monotonic() > deadline:
            raise SmokeTestError(f"waited {limit_s:.0f} s for {what}")
        QCoreApplication.processEvents()
        QThread.msleep(2)


def _check(condition: object, reason: str) -> None:
    if not condition:
        raise SmokeTestError(reason)


def _isolate_settings(folder: Path) -> None:
    """Keep the user's settings (recent files, layout) out of the test."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def _since_launch() -> float | None:
    """Seconds since the launcher's stated start, else since this process began (Linux)."""
    launched = os.environ.get(LAUNCH_ENV)
    if launched:
        try:
            return time.time() - float(launched)
        except ValueError:
            return None
    try:  # field 22 of /proc/self/stat: start time in clock ticks after boot
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        return time.clock_gettime(time.CLOCK_BOOTTIME) - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def _say(line: str, error: bool = False) -> None:
    stream = sys.stderr if error else sys.stdout
    if stream is not None:
        print(line, file=stream, flush=True)
    report = os.environ.get(REPORT_ENV)
    if report:
        Path(report).write_text(line + "\n", encoding="utf-8")


class _Watchdog:
    """Ends the process when the test hangs: a Qt timer (it fires inside a modal dialog's
    loop, so it can name the dialog) backed by a thread for a hang outside any Qt loop."""

    def __init__(self, timeout: float, progress: dict[str, str]) -> None:
        self._progress = progress
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self._fire(timeout))
        self._timer.start(int(timeout * 1000))
        self._thread = threading.Timer(timeout + 10.0, self._fire, args=(timeout + 10.0,))
        self._thread.daemon = True
        self._thread.start()

    def stop(self) -> None:
        self._timer.stop()
        self._thread.cancel()

    def _fire(self, seconds: float) -> None:
        reason = f"no progress after {seconds:.0f} s while {self._progress['step']}"
        if threading.current_thread() is threading.main_thread():
            dialog = QApplication.activeModalWidget()
            if dialog is not None:
                text = getattr(dialog, "text", lambda: "")()
                reason += f"; a dialog blocked it: {dialog.windowTitle()!r} {text!r}"
        _say(f"smoke test failed: {reason}", error=True)
        os._exit(EXIT_HUNG)
