"""Build the Synergy Explorer bundle and, on Linux, its .tar.xz and .deb: one command.

    python packaging/build.py            # needs: pip install -e ".[package]"

Runs PyInstaller on ``packaging/synergy_explorer.spec``, strips the libraries and trims
ICU's data (Linux), checks that every library the bundle loads is bundled or a declared
system package,
prints the unpacked size and the bundled app's launch-to-window time (from its own
``--smoke-test``), then makes the Linux packages. Everything lands in ``packaging/out/``;
``packaging/out/summary.json`` records the figures and paths. Installs nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
sys.path.insert(0, str(HERE))

import bundle_tools  # noqa: E402
import icu_data  # noqa: E402
import trim  # noqa: E402

SIZE_BUDGET_MB = 150.0
LAUNCH_BUDGET_S = 2.0
DOWNLOAD_BUDGET_MB = 45.0  # each release package (.deb, .tar.xz)


def version() -> str:
    text = (ROOT / "synergy_gui" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


def run_pyinstaller(clean: bool) -> Path:
    """Build the one-folder bundle; returns its folder (the .app on macOS)."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit('PyInstaller is missing: run  pip install -e ".[package]"  first.')
    OUT.mkdir(exist_ok=True)
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(OUT / "dist"), "--workpath", str(OUT / "work")]
    command += ["--clean"] if clean else []
    log = OUT / "pyinstaller.log"
    with log.open("w", encoding="utf-8") as handle:
        done = subprocess.run(
            [*command, str(HERE / "synergy_explorer.spec")], stdout=handle, stderr=handle
        )
    if done.returncode != 0:
        tail = log.read_text(encoding="utf-8").splitlines()[-25:]
        sys.exit("PyInstaller failed (full log: {}):\n{}".format(log, "\n".join(tail)))
    app = OUT / "dist" / "Synergy Explorer.app"
    return app if sys.platform == "darwin" else OUT / "dist" / "synergy-explorer"


def system_packages(bundle: Path) -> set[str]:
    """Debian packages for the libraries the bundle loads from the system (Linux).

    Stops the build when a library is neither in the bundle nor a known system package:
    such a bundle would fail on a machine without that library.
    """
    files = [p for p in bundle.rglob("*") if p.is_file() and bundle_tools.is_elf(p)]
    bundled = {p.name for p in bundle.rglob("*")}
    packages, unknown = set(), {}
    for path in files:
        for library in trim.needed_libraries(str(path)):
            if library in bundled:
                continue
            package = trim.system_package(library)
            if package is None:
                unknown.setdefault(library, path.relative_to(bundle))
            else:
                packages.add(package)
    if unknown:
        lines = [f"  {lib} (needed by {where})" for lib, where in sorted(unknown.items())]
        sys.exit("Libraries neither bundled nor declared as system packages:\n" + "\n".join(lines))
    return packages


def measure_launch(bundle: Path, warm_runs: int = 3) -> dict[str, float]:
    """Launch-to-window seconds: the first launch (it builds matplotlib's font cache), then
    the best of ``warm_runs`` later ones (other work on the machine only adds time)."""
    program = bundle_tools.executable(bundle)
    runs = []
    for _attempt in range(1 + warm_runs):
        code, output, shown, cpu = bundle_tools.run_smoke_test(program)
        if code != 0:
            sys.exit(f"The bundled app's smoke test failed (exit {code}):\n{output}")
        runs.append((shown, cpu))
    best = min(runs[1:])
    print(f"  {output}")
    return {"first_launch_s": runs[0][0], "launch_s": best[0], "launch_cpu_s": best[1]}


def linux_packages(bundle: Path, summary: dict, release: bool) -> None:
    sys.path.insert(0, str(HERE / "linux"))
    import make_packages

    glibc = bundle_tools.required_glibc(bundle)
    depends = make_packages.depends(glibc, system_packages(bundle))
    started = time.perf_counter()
    # xz is single-threaded here: the tarball (lzma frees the GIL) and dpkg-deb run side by side.
    with ThreadPoolExecutor(max_workers=2) as pool:
        tar_job = pool.submit(make_packages.build_tarball, bundle, OUT, version(), release)
        deb_job = pool.submit(make_packages.build_deb, bundle, OUT, version(), depends, release)
        tarball, deb = tar_job.result(), deb_job.result()
    seconds = time.perf_counter() - started
    kind = "xz" if release else "quick: zstd/gzip"
    print(f"Linux packages ({kind}, {seconds:.1f} s):")
    for path in (tarball, deb):
        size_mb = path.stat().st_size / 1e6
        verdict = (
            ""
            if size_mb <= DOWNLOAD_BUDGET_MB
            else f" (OVER the {DOWNLOAD_BUDGET_MB:.0f} MB budget)"
        )
        print(f"  {path.relative_to(ROOT)}  {size_mb:.1f} MB{verdict}")
    summary["packages_s"] = round(seconds, 1)
    print(f"  needs glibc {'.'.join(map(str, glibc))} or newer; Depends: {depends}")
    summary.update(tarball=str(tarball), deb=str(deb), depends=depends, glibc=list(glibc))


def _load_average() -> str:
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except (AttributeError, OSError):  # Windows
        return "n/a"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clean", action="store_true", help="rebuild from scratch")
    parser.add_argument("--no-launch", action="store_true", help="skip the launch check")
    parser.add_argument("--no-packages", action="store_true", help="bundle only")
    parser.add_argument(
        "--quick-packages",
        action="store_true",
        help="zstd .deb and .tar.gz (seconds) instead of the release's xz (about a minute)",
    )
    options = parser.parse_args(argv)

    started = time.perf_counter()
    bundle = run_pyinstaller(options.clean)
    saved = bundle_tools.strip_libraries(bundle)
    icu_saved = icu_data.trim_bundle(bundle) if sys.platform.startswith("linux") else 0
    size_mb = bundle_tools.bundle_size(bundle) / 1e6
    print(f"Bundle: {bundle.relative_to(ROOT)} built in {time.perf_counter() - started:.0f} s")
    print(f"  size: {size_mb:.1f} MB unpacked (budget {SIZE_BUDGET_MB:.0f} MB)")
    print(f"  stripping the libraries saved {saved / 1e6:.1f} MB")
    if icu_saved:
        print(f"  trimming ICU's data library saved {icu_saved / 1e6:.1f} MB")
    summary = {"bundle": str(bundle), "size_mb": round(size_mb, 1)}
    if not options.no_launch:
        launch = measure_launch(bundle)
        verdict = "within" if launch["launch_s"] <= LAUNCH_BUDGET_S else "OVER"
        print(
            f"  launch to window: {launch['launch_s']:.2f} s, {launch['launch_cpu_s']:.2f} s CPU"
            f" ({verdict} the {LAUNCH_BUDGET_S:.0f} s budget; best of 3 warm launches;"
            f" the first took {launch['first_launch_s']:.2f} s; load average"
            f" {_load_average()})"
        )
        summary.update({key: round(value, 2) for key, value in launch.items()})
    if sys.platform.startswith("linux") and not options.no_packages:
        linux_packages(bundle, summary, release=not options.quick_packages)
    (OUT / "summary.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    if size_mb > SIZE_BUDGET_MB:
        print(f"The bundle is over the {SIZE_BUDGET_MB:.0f} MB budget.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
