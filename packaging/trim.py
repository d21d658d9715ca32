"""What the bundle leaves out: the rules the spec applies to PyInstaller's file lists.

Kept apart from the spec so the rules read as data. Names are destination paths inside the
bundle with forward slashes, e.g. ``PySide6/Qt/plugins/platforms/libqvnc.so``.
"""

from __future__ import annotations

import fnmatch
import posixpath
import re
import subprocess
from collections.abc import Callable, Iterable

_UNUSED_QT_MODULES = (
    "QtNetwork",
    "QtQml",
    "QtQuick",
    "QtQuickWidgets",
    "QtQuickControls2",
    "QtQuickTest",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtDBus",
    "QtTest",
    "QtUiTools",
    "QtDesigner",
    "QtHelp",
    "QtSql",
    "QtConcurrent",
    "QtXml",
    "QtPdf",
    "QtPdfWidgets",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtWebEngineCore",
    "QtWebEngineWidgets",
    "QtWebChannel",
    "QtWebSockets",
    "QtCharts",
    "QtDataVisualization",
    "QtGraphs",
    "Qt3DCore",
    "QtPositioning",
    "QtLocation",
    "QtBluetooth",
    "QtNfc",
    "QtSerialPort",
    "QtRemoteObjects",
    "QtScxml",
    "QtStateMachine",
    "QtTextToSpeech",
    "QtSpatialAudio",
    "QtHttpServer",
)

#: The optional ``sensitivity`` extra and its dependencies, never bundled.
SENSITIVITY_EXTRA = ("SALib", "scipy", "pandas", "multiprocess", "dill")

# Python modules the app never imports but PyInstaller's hooks might pull in.
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "turtle",
    "idlelib",
    "pydoc_data",
    "lib2to3",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "IPython",
    "gi",
    "cairo",
    "cairocffi",
    "wx",
    "tornado",
    "pytest",
    "hypothesis",
    "pytestqt",
    "setuptools",
    "pkg_resources",
    "pip",
    "PyInstaller",
    "matplotlib.tests",
    "matplotlib.testing",
    "numpy.tests",
    "numpy.f2py",
    "numpy.distutils",
    "networkx.drawing.tests",
    # The optional sensitivity extra: SALib and what it pulls (scipy, pandas, multiprocess,
    # dill) sit in the build venv for the tests, but would take the bundle far past its
    # 150 MB. The app imports SALib lazily and, without it, names the extra to install.
    *SENSITIVITY_EXTRA,
    # No network at run time: without ssl the bundle drops OpenSSL (hashlib has built-ins).
    "ssl",
    "_ssl",
    "_hashlib",
    "readline",
    # Pillow plugins matplotlib never reaches (it reads and writes PNG); each loads big libraries.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingcms",
    "PIL.ImageCms",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL.ImageQt",
    # Qt modules beyond Core/Gui/Widgets/Svg (the app's Qt) are never used.
    *(f"PySide6.{name}" for name in _UNUSED_QT_MODULES),
]

# Matplotlib backends the app draws with: QtAgg in the window, Agg/SVG/PDF/PS for exports.
MATPLOTLIB_BACKENDS = ["QtAgg", "Agg", "svg", "pdf", "ps"]

# Plugins sit in PySide6/Qt/plugins (Linux, macOS) or PySide6/plugins (Windows); fnmatch's
# "*" also matches "/", so "PySide6/*plugins/" covers both.
_UNUSED_QT_PLUGINS = [
    f"PySide6/*plugins/{pattern}"
    for pattern in (
        "egldeviceintegrations/*",
        "generic/*",
        "networkinformation/*",
        "tls/*",
        "sqldrivers/*",
        "printsupport/*",
        "qmltooling/*",
        "designer/*",
        "wayland-graphics-integration-server/*",
        "wayland-graphics-integration-client/*-server*",
        "wayland-shell-integration/*ivi-shell*",
        "wayland-shell-integration/*fullscreen-shell*",
        "wayland-shell-integration/*qt-shell*",
        "wayland-shell-integration/*wl-shell*",
        "platforms/*qeglfs*",
        "platforms/*qlinuxfb*",
        "platforms/*qminimalegl*",
        "platforms/*qvkkhrdisplay*",
        "platforms/*qvnc*",
        "platforms/*qdirect2d*",
        # The GTK theme drags in the build host's GTK stack (cairo, pango, ...) which can
        # clash with the user's; the xdg-desktop-portal theme gives native dialogs via D-Bus.
        "platformthemes/*qgtk3*",
        "imageformats/*qtiff*",
        "imageformats/*qwebp*",
        "imageformats/*qwbmp*",
        "imageformats/*qtga*",
        "imageformats/*qicns*",
        "imageformats/*qpdf*",
    )
] + [
    "PySide6/*translations/*",
    # Qt libraries only the dropped modules and plugins load (.so, .dll and frameworks).
    "*Qt6EglF[Ss]*",
    "*Qt6Network*",
    "*Qt6Qml*",
    "*Qt6Quick*",
    "*Qt6Pdf*",
    "*/QtNetwork.framework/*",
    "*/QtQml*.framework/*",
    "*/QtQuick*.framework/*",
    "*/QtPdf.framework/*",
    "PySide6/opengl32sw.dll",
]

# Linux libraries taken from the user's system, not the build host: they must match the
# user's graphics driver, keyboard and font setup (a bundled libstdc++ older than the one
# Mesa's drivers need stops the app at start). Pattern -> the Debian package providing it.
LINUX_SYSTEM_LIBRARIES = {
    r"libstdc\+\+\.so\..*": "libstdc++6",
    r"libgcc_s\.so\..*": "libgcc-s1",
    r"libGL\.so\..*": "libgl1",
    r"libEGL\.so\..*": "libegl1",
    r"libOpenGL\.so\..*": "libopengl0",
    r"libfontconfig\.so\..*": "libfontconfig1",
    r"libfreetype\.so\..*": "libfreetype6",
    r"libxkbcommon\.so\..*": "libxkbcommon0",
    r"libxkbcommon-x11\.so\..*": "libxkbcommon-x11-0",
    r"libdbus-1\.so\..*": "libdbus-1-3",
    r"libX11\.so\..*": "libx11-6",
    r"libX11-xcb\.so\..*": "libx11-xcb1",
    r"libxcb\.so\..*": "libxcb1",
    r"libxcb-util\.so\..*": "libxcb-util1",
    r"libxcb-cursor\.so\..*": "libxcb-cursor0",
    r"libxcb-icccm\.so\..*": "libxcb-icccm4",
    r"libxcb-keysyms\.so\..*": "libxcb-keysyms1",
    r"libxcb-image\.so\..*": "libxcb-image0",
    r"libxcb-render-util\.so\..*": "libxcb-render-util0",
    r"libxcb-randr\.so\..*": "libxcb-randr0",
    r"libxcb-render\.so\..*": "libxcb-render0",
    r"libxcb-shape\.so\..*": "libxcb-shape0",
    r"libxcb-shm\.so\..*": "libxcb-shm0",
    r"libxcb-sync\.so\..*": "libxcb-sync1",
    r"libxcb-xfixes\.so\..*": "libxcb-xfixes0",
    r"libxcb-xkb\.so\..*": "libxcb-xkb1",
    r"libxcb-glx\.so\..*": "libxcb-glx0",
    r"libwayland-client\.so\..*": "libwayland-client0",
    r"libwayland-cursor\.so\..*": "libwayland-cursor0",
    r"libwayland-egl\.so\..*": "libwayland-egl1",
    r"(libc|libm|libdl|libpthread|librt|libutil|ld-linux-x86-64)\.so\..*": "libc6",
}


def system_package(library: str) -> str | None:
    """The Debian package(s) that provide a system library, or None if it is bundled."""
    for pattern, package in LINUX_SYSTEM_LIBRARIES.items():
        if re.fullmatch(pattern, library):
            return package
    return None


_KEPT_MPL_FONTS = re.compile(r"DejaVuSans(-Bold|-Oblique|-BoldOblique|Display)?\.ttf|LastResortHE")

_UNUSED_DATA = [
    "matplotlib/mpl-data/sample_data/*",
    "matplotlib/mpl-data/fonts/afm/*",
    "matplotlib/mpl-data/images/*.pdf",
    "matplotlib/mpl-data/plot_directive/*",
    "*/tests/*",
    "*/__pycache__/*",
    "jsonschema/benchmarks/*",
    # Wheel bookkeeping nothing reads at run time; the licence texts beside them stay.
    "*.dist-info/RECORD",
    "*.dist-info/sboms/*",
    # The translators' sources: the program loads the compiled .qm beside them.
    "resources/translations/*.ts",
]

# Extension modules only the libraries' own test suites import.
_UNUSED_EXTENSIONS = ["numpy/_core/_multiarray_tests.*"]


def normal(name: str) -> str:
    """A bundle path with forward slashes."""
    return name.replace("\\", "/")


def link_target(entry: tuple[str, str, str]) -> str:
    """The bundle path a SYMLINK entry (name, relative target, "SYMLINK") points at."""
    name, target, _kind = entry
    return posixpath.normpath(posixpath.join(posixpath.dirname(normal(name)), normal(target)))


def _matches(name: str, patterns: Iterable[str]) -> bool:
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in patterns)


def _is_unused_font(name: str) -> bool:
    if not name.startswith("matplotlib/mpl-data/fonts/ttf/"):
        return False
    return not _KEPT_MPL_FONTS.search(name.rsplit("/", 1)[-1])


def keep_binary(name: str) -> bool:
    """Whether a shared library or plugin at bundle path ``name`` stays in the bundle."""
    name = normal(name)
    if "/" not in name and system_package(name) is not None:
        return False
    unused = [*_UNUSED_QT_PLUGINS, *_UNUSED_EXTENSIONS, "*/tests/*"]
    return not _matches(name, unused)


def keep_data(name: str) -> bool:
    """Whether a data file at bundle path ``name`` stays in the bundle."""
    name = normal(name)
    if _matches(name, _UNUSED_QT_PLUGINS) or _matches(name, _UNUSED_DATA):
        return False
    return not _is_unused_font(name)


def keep_module(name: str) -> bool:
    """Whether a pure-Python module stays (test suites of the libraries go)."""
    parts = name.split(".")
    return "tests" not in parts and "conftest" not in parts


def needed_libraries(path: str) -> list[str]:
    """The libraries an ELF file names as NEEDED (its direct link-time dependencies)."""
    listing = subprocess.run(
        ["objdump", "-p", path], capture_output=True, text=True, check=False
    ).stdout
    return re.findall(r"^\s*NEEDED\s+(\S+)", listing, flags=re.M)


def unreachable_libraries(
    entries: Iterable[tuple[str, str, str]], needed: Callable[[str], list[str]]
) -> set[str]:
    """Bundled libraries that nothing kept loads any more (Linux).

    ``entries`` are PyInstaller's (bundle name, source path, kind) of the kept binaries.
    Python extension modules, Qt plugins (both loaded at run time) and libpython (loaded by
    the bootloader) are the roots; another library survives when a root loads it, directly
    or through other bundled libraries.
    """
    entries = [(normal(n), source, kind) for n, source, kind in entries if kind != "SYMLINK"]
    by_file_name = {name.rsplit("/", 1)[-1]: source for name, source, _k in entries}
    pending = [source for name, source, kind in entries if _is_root(name, kind)]
    seen = set(pending)
    while pending:
        for library in needed(pending.pop()):
            source = by_file_name.get(library)
            if source is not None and source not in seen:
                seen.add(source)
                pending.append(source)
    return {name for name, source, kind in entries if kind == "BINARY" and source not in seen}


def _is_root(name: str, kind: str) -> bool:
    return kind == "EXTENSION" or "/plugins/" in name or name.startswith("libpython")
