"""Start the window: the Qt application, its name for settings, the icon, the theme.

On a Linux machine with no display (and no platform chosen), Qt would abort; we say so in one
line and run on the offscreen platform instead. The same holds on an X11 desktop without the
system library Qt's xcb platform needs (``libxcb-cursor0``): we name the package to install.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import signal
import sys
import traceback
from pathlib import Path
from types import TracebackType

APP_NAME = "Synergy Explorer"
ORGANISATION = "Synergy Explorer"
DESKTOP_NAME = "synergy-explorer"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)

#: The library Qt 6's xcb platform plugin needs and pip cannot install, and its package.
XCB_CURSOR_LIBRARY = "libxcb-cursor.so.0"
XCB_CURSOR_PACKAGE = "libxcb-cursor0"


def needs_offscreen(environ: dict[str, str] | os._Environ[str], platform: str) -> bool:
    """True on Linux with neither a display nor a Qt platform chosen."""
    if not platform.startswith("linux"):
        return False
    return not any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def needs_xcb(environ: dict[str, str] | os._Environ[str], platform: str) -> bool:
    """True where Qt would load its X11 (xcb) platform: Linux, a display, no platform chosen."""
    return (
        platform.startswith("linux")
        and bool(environ.get("DISPLAY"))
        and not environ.get("QT_QPA_PLATFORM")
    )


def xcb_cursor_available() -> bool:
    """Whether ``libxcb-cursor.so.0`` can be loaded (from the system, or next to Qt's libraries)."""
    try:
        ctypes.CDLL(XCB_CURSOR_LIBRARY)
        return True
    except OSError:
        pass
    spec = importlib.util.find_spec("PySide6")
    folders = (spec.submodule_search_locations or []) if spec else []
    return any((Path(folder) / "Qt" / "lib" / XCB_CURSOR_LIBRARY).exists() for folder in folders)


def prepare_environment() -> None:
    """Choose the offscreen platform when there is no display, or when the X11 display lacks
    the library Qt needs (a Wayland desktop is tried first); matplotlib draws with QtAgg."""
    if needs_offscreen(os.environ, sys.platform):
        print(
            "Synergy Explorer: no display found; running offscreen (nothing is shown; "
            "press Ctrl+C to stop).",
            file=sys.stderr,
        )
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif needs_xcb(os.environ, sys.platform) and not xcb_cursor_available():
        wayland = bool(os.environ.get("WAYLAND_DISPLAY"))
        fallback = (
            "trying Wayland instead, else running offscreen"
            if wayland
            else "running offscreen for now (nothing is shown; press Ctrl+C to stop)"
        )
        print(
            f"Synergy Explorer: the window needs the system library {XCB_CURSOR_PACKAGE}; "
            f"install it with `sudo apt install {XCB_CURSOR_PACKAGE}`; {fallback}.",
            file=sys.stderr,
        )
        os.environ["QT_QPA_PLATFORM"] = "wayland;offscreen" if wayland else "offscreen"
    os.environ.setdefault("MPLBACKEND", "QtAgg")


def configure_application(app: object) -> None:
    """Name, organisation (for QSettings), icon, theme and language of the application.

    Runs before any diagram module is imported: fonts made before the application font
    changes measure text with one face and draw it with another.
    """
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication

    from synergy_gui.ui import i18n, theme

    QGuiApplication.setApplicationName(APP_NAME)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setOrganizationName(ORGANISATION)
    QGuiApplication.setDesktopFileName(DESKTOP_NAME)
    QGuiApplication.setWindowIcon(app_icon())
    dark = QSettings().value(theme.DARK_KEY, False, type=bool)
    theme.apply_theme(app, bool(dark))
    i18n.install(app)  # after the theme: Chinese adds its font behind the interface font


def app_icon() -> object:
    """The application icon from the shipped PNGs (an empty icon if they are missing)."""
    from PySide6.QtGui import QIcon

    from synergy_gui.assets import icon_path

    icon = QIcon()
    for size in ICON_SIZES:
        try:
            file = icon_path(f"synergy-explorer-{size}.png")
        except FileNotFoundError:
            break
        if file.is_file():
            icon.addFile(str(file))
    return icon


def create_application() -> object:
    """The QApplication, configured (the offscreen platform first where there is no display)."""
    prepare_environment()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    return app


def show_window(path: str | None = None, present: bool = False) -> object:
    """Build the main window on ``path`` (or the default preset), show it, and then offer
    back any unsaved work a crash left; ``present`` starts presentation mode instead."""
    from PySide6.QtCore import QTimer

    from synergy_gui.ui.main_window import MainWindow

    window = MainWindow(path)
    window.show()
    if present:  # a lecture starts on the story, not on a recovery question
        QTimer.singleShot(0, window.presentation.enter)
    else:
        QTimer.singleShot(0, window.offer_recovery)  # unsaved work a crash left, once shown
    return window


def run_app(path: str | None = None, smoke_test: bool = False, present: bool = False) -> int:
    """Open the window (on ``path`` or the default preset) and run until it closes."""
    app = create_application()
    if smoke_test:
        from synergy_gui.ui.smoke import run_smoke_test

        return int(run_smoke_test(app))
    window = show_window(path, present)  # noqa: F841  # kept alive until the loop ends
    _stop_on_interrupt(app)
    sys.excepthook = _report_unexpected
    return int(app.exec())


def _stop_on_interrupt(app: object) -> None:
    """Let Ctrl+C in the terminal close the window (Qt's loop would otherwise swallow it)."""
    from PySide6.QtCore import QTimer

    signal.signal(signal.SIGINT, lambda *_: app.closeAllWindows() or app.quit())
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)  # gives Python a moment to run signal handlers
    wake.start(250)


def _report_unexpected(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """A bug must not take the user's work with it: log it and say so in the status bar."""
    traceback.print_exception(kind, error, trace, file=sys.stderr)
    from PySide6.QtWidgets import QApplication, QMainWindow

    from synergy_gui.ui.i18n import translate

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow):
            wrong = translate("App", "Something went wrong inside the program: {error}")
            widget.statusBar().showMessage(wrong.format(error=error))
