"""Linux packages from the one-folder bundle: a .tar.xz and a Debian package (xz too).

The .deb installs the bundle under /opt/synergy-explorer, a launcher script as
/usr/bin/synergy-explorer, the menu entry, the hicolor icons and the MIME type for
``*.synergy.json``; it depends on the glibc the bundle needs and on the desktop libraries it
takes from the system (see ``trim.LINUX_SYSTEM_LIBRARIES``).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tarfile
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ICONS = HERE.parent.parent / "resources" / "icons"
NAME = "synergy-explorer"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Always declared: what Qt's xcb platform needs even if the bundle names it indirectly.
BASE_DEPENDS = ("libgl1", "libegl1", "libxkbcommon-x11-0", "libfontconfig1", "libxcb-cursor0")


def debian_architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def deb_compression(release: bool = True) -> str:
    """xz for a release (a quarter smaller than zstd, about a minute on 2 cores); for a
    quick build zstd when this dpkg-deb has it (a second), else gzip."""
    if release:
        return "xz"
    usage = subprocess.run(["dpkg-deb", "--help"], capture_output=True, text=True).stdout
    return "zstd" if "zstd" in usage else "gzip"


def depends(glibc: tuple[int, ...], system_packages: Iterable[str]) -> str:
    """The Depends field: libc6 at the bundle's glibc or newer, then the system libraries."""
    packages = {p.strip() for entry in system_packages for p in entry.split(",")}
    packages |= set(BASE_DEPENDS)
    packages.discard("libc6")
    libc = "libc6 (>= {})".format(".".join(str(part) for part in glibc))
    return ", ".join([libc, *sorted(packages)])


def control_text(version: str, depends_field: str, installed_kib: int) -> str:
    return (
        f"Package: {NAME}\n"
        f"Version: {version}\n"
        f"Architecture: {debian_architecture()}\n"
        "Maintainer: Synergy Explorer maintainers <maintainers@synergy-explorer.invalid>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {depends_field}\n"
        "Section: education\n"
        "Priority: optional\n"
        "Description: runnable Stimulus-Organism-Response model of social-media marketing\n"
        " Synergy Explorer draws the S-O-R framework with trust transfer as an editable\n"
        " graph; sliders set stimulus strengths and path weights, and the simulation\n"
        " shows week by week how trust, engagement and loyalty follow. Works offline.\n"
    )


def _copy_tree(source: Path, target: Path) -> None:
    """Copy keeping symlinks; hard links where the file system allows (fast, no space)."""

    def link_or_copy(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    shutil.copytree(source, target, symlinks=True, copy_function=link_or_copy)


def _install(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def stage_deb_tree(bundle: Path, root: Path, control: str) -> None:
    """Lay out the package's files under ``root`` (the future ``/``)."""
    if root.exists():
        shutil.rmtree(root)
    _copy_tree(bundle, root / "opt" / NAME)
    _install(HERE / "synergy-explorer.sh", root / "usr" / "bin" / NAME, 0o755)
    share = root / "usr" / "share"
    _install(HERE / "synergy-explorer.desktop", share / "applications" / f"{NAME}.desktop")
    _install(HERE / "synergy-explorer.xml", share / "mime" / "packages" / f"{NAME}.xml")
    for size in PNG_SIZES:
        icon = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"
        _install(ICONS / f"{NAME}-{size}.png", icon)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    _install(ICONS / f"{NAME}.svg", scalable / f"{NAME}.svg")
    _install(HERE / "copyright", share / "doc" / NAME / "copyright")
    debian = root / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(control, encoding="utf-8")
    for script in ("postinst", "postrm"):
        _install(HERE / script, debian / script, 0o755)


def installed_size_kib(root: Path) -> int:
    total = sum(p.lstat().st_size for p in root.rglob("*") if p.is_file() or p.is_symlink())
    return (total + 1023) // 1024


def build_deb(
    bundle: Path, out_dir: Path, version: str, depends_field: str, release: bool = True
) -> Path:
    """Build ``synergy-explorer_<version>_<arch>.deb`` in ``out_dir`` and return its path."""
    root = out_dir / "deb-root"
    stage_deb_tree(bundle, root, control="")
    control = control_text(version, depends_field, installed_size_kib(root))
    (root / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    target = out_dir / f"{NAME}_{version}_{debian_architecture()}.deb"
    subprocess.run(
        [
            "dpkg-deb",
            "--root-owner-group",
            f"-Z{deb_compression(release)}",
            # xz's level 9 keeps the release .deb under its 45 MB download budget (level 6
            # gave 45.05 MB); it costs about half a minute more to build
            *(["-z9"] if deb_compression(release) == "xz" else []),
            "--build",
            root,
            target,
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    shutil.rmtree(root)
    return target


def build_tarball(bundle: Path, out_dir: Path, version: str, release: bool = True) -> Path:
    """``synergy-explorer-<version>-linux-<arch>.tar.xz`` (``.tar.gz`` for a quick build):
    the bundle in one folder."""
    machine = os.uname().machine
    suffix = "xz" if release else "gz"
    target = out_dir / f"{NAME}-{version}-linux-{machine}.tar.{suffix}"
    for stale in out_dir.glob(f"{NAME}-{version}-linux-{machine}.tar.*"):
        stale.unlink()
    folder = f"{NAME}-{version}"

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    options = {"preset": 9} if release else {"compresslevel": 6}
    with tarfile.open(target, f"w:{suffix}", **options) as archive:
        archive.add(bundle, arcname=folder, filter=owned_by_root)
    return target


def deb_listing(deb: Path) -> list[str]:
    """Paths inside the package (``dpkg-deb -c``), without the leading dot."""
    listing = subprocess.run(["dpkg-deb", "-c", deb], capture_output=True, text=True, check=True)
    names = (line.split(None, 5)[5] for line in listing.stdout.splitlines())
    return [re.sub(r" -> .*$", "", name).removeprefix(".") for name in names]
