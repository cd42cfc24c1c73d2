"""Builds the Linux packages: a portable .tar.gz of the app folder and a .deb.

    .venv/bin/python packaging/build_linux.py [--dist DIST] [--work WORK]

1. renders the icons from the SVG (packaging/render_icons.py),
2. freezes the app with PyInstaller (packaging/forumguide.spec, one folder),
3. writes ``DIST/forumguide-<version>-linux-x86_64.tar.gz`` (the folder ``forumguide-<version>``)
4. and ``DIST/forumguide_<version>_amd64.deb``: the app in /opt/forumguide, the launcher
   /usr/bin/forumguide, the desktop entry, the AppStream metainfo and the hicolor icons, and
   ``Depends:`` on exactly the system libraries the bundled binaries link against.

The bundled catalog and the compiled translations must exist (``make dist`` builds them
first). Needs objdump (binutils) and dpkg-deb.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
sys.path.insert(0, str(PACKAGING))

from linux_libraries import depends_for  # noqa: E402
from render_icons import HICOLOR_SIZES, ICON_NAME, render_all  # noqa: E402

NAME = "forumguide"
APP_ID = "org.forumguide.ForumGuide"
INSTALL_DIR = Path("opt") / NAME
CATALOG = ROOT / "src" / "forumguide" / "bundled" / "catalog.sqlite"
MAINTAINER = os.environ.get(
    "FORUMGUIDE_MAINTAINER", "ForumGuide developers <maintainers@forumguide.org>"
)
# A script rather than a link: a link from /usr/bin into /opt would have to be absolute (Debian
# policy 10.5), and then the launcher of an unpacked package would not find its app.
LAUNCHER = f"""#!/bin/sh
# Starts ForumGuide from /{INSTALL_DIR}, or from wherever this package was unpacked.
here=$(dirname "$(readlink -f "$0")")
exec "$here/../../{INSTALL_DIR}/{NAME}" "$@"
"""
DESCRIPTION = """\
Offline guide to international forums
 ForumGuide carries the programmes of international forums, such as the
 Astana International Forum and the Astana Think Tank Forum: the sessions
 day by day, the speakers with their titles as billed, and the delegate's
 own bookmarks and notes. It needs no network and no account."""
COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: ForumGuide

Files: *
Copyright: 2026 ForumGuide developers
License: MIT
 The app bundles Python, Qt (LGPL-3.0) through PySide6, SQLAlchemy, platformdirs,
 tzdata, icalendar, defusedxml and certifi (MPL-2.0) under their own licenses.
"""


def version() -> str:
    text = (ROOT / "src" / "forumguide" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise SystemExit("no __version__ in src/forumguide/__init__.py")
    return match.group(1)


def freeze(work: Path, icons: Path) -> Path:
    """Run PyInstaller on the spec; returns the app folder."""
    dist = work / "pyinstaller-dist"
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work / "pyinstaller"),
        str(PACKAGING / "forumguide.spec"),
    ]
    subprocess.run(command, check=True, env={**os.environ, "FORUMGUIDE_ICONS": str(icons)})
    return dist / NAME


def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def _objdump(flag: str, path: Path) -> str:
    return subprocess.run(
        ["objdump", flag, str(path)], capture_output=True, text=True, check=True
    ).stdout


def system_sonames(app: Path) -> set[str]:
    """Libraries the bundle's binaries link against that the bundle does not carry."""
    bundled = {path.name for path in app.rglob("*")}
    needed: set[str] = set()
    for path in elf_files(app):
        needed.update(re.findall(r"^\s+NEEDED\s+(\S+)$", _objdump("-p", path), re.MULTILINE))
    return needed - bundled


def glibc_version(app: Path) -> str:
    """The newest GLIBC symbol version any bundled binary uses."""
    versions = set()
    for path in elf_files(app):
        for major, minor in re.findall(r"\bGLIBC_(\d+)\.(\d+)\b", _objdump("-T", path)):
            versions.add((int(major), int(minor)))
    newest = max(versions, default=(2, 17))
    return f"{newest[0]}.{newest[1]}"


def folder_size_kib(folder: Path) -> int:
    total = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())
    return (total + 1023) // 1024


def _reset(info: tarfile.TarInfo, mtime: int) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    info.mtime = mtime
    return info


def make_tarball(app: Path, target: Path, top: str, mtime: int, level: int = 6) -> Path:
    """The app folder as ``top/`` in a gzip tarball, owned by root, symlinks kept."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with (
        target.open("wb") as raw,
        gzip.GzipFile(
            filename="", mode="wb", fileobj=raw, compresslevel=level, mtime=mtime
        ) as zipped,
        tarfile.open(fileobj=zipped, mode="w", format=tarfile.GNU_FORMAT) as tar,
    ):
        tar.add(app, arcname=top, filter=lambda info: _reset(info, mtime))
    return target


def _install(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def stage_deb(app: Path, icons: Path, root: Path, package_version: str) -> Path:
    """Lay out the package's files under ``root`` and write DEBIAN/control."""
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(app, root / INSTALL_DIR, symlinks=True)
    launcher = root / "usr" / "bin" / NAME
    launcher.parent.mkdir(parents=True)
    launcher.write_text(LAUNCHER, encoding="utf-8")
    launcher.chmod(0o755)
    resources = ROOT / "resources"
    share = root / "usr" / "share"
    _install(resources / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    _install(resources / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    for size in HICOLOR_SIZES:
        relative = Path("hicolor") / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        _install(icons / relative, share / "icons" / relative)
    scalable = Path("hicolor") / "scalable" / "apps" / f"{ICON_NAME}.svg"
    _install(icons / scalable, share / "icons" / scalable)
    copyright_file = share / "doc" / NAME / "copyright"
    copyright_file.parent.mkdir(parents=True)
    copyright_file.write_text(COPYRIGHT, encoding="utf-8")
    for path in root.rglob("*"):
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)

    sonames = system_sonames(app)
    depends = depends_for(sonames)
    if "libc6" in depends:
        depends[depends.index("libc6")] = f"libc6 (>= {glibc_version(app)})"
    control = root / "DEBIAN" / "control"
    control.parent.mkdir(parents=True)
    control.write_text(
        f"Package: {NAME}\n"
        f"Version: {package_version}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Architecture: amd64\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {folder_size_kib(root)}\n"
        f"Depends: {', '.join(depends)}\n"
        f"Description: {DESCRIPTION}\n",
        encoding="utf-8",
    )
    return control


def build_deb(root: Path, target: Path, level: int = 6) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", f"-z{level}", "--build", str(root), str(target)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the packages go")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "linux", help="PyInstaller's work folder"
    )
    parser.add_argument(
        "--fast",
        action="store_true",
        help="compress lightly (for tests): the same files, larger packages, a minute sooner",
    )
    arguments = parser.parse_args()
    if not CATALOG.is_file():
        print(f"{CATALOG} is missing: run `forumguide build` first.", file=sys.stderr)
        return 1
    for tool in ("objdump", "dpkg-deb"):
        if shutil.which(tool) is None:
            print(f"{tool} is needed (apt-get install binutils dpkg)", file=sys.stderr)
            return 1
    dist, work = arguments.dist.resolve(), arguments.work.resolve()
    number = version()
    mtime = int(os.environ.get("SOURCE_DATE_EPOCH", time.time()))

    started = time.perf_counter()
    icons = work / "icons"
    render_all(icons)
    app = freeze(work, icons)
    frozen = time.perf_counter()
    level = 1 if arguments.fast else 6
    tarball = make_tarball(
        app, dist / f"{NAME}-{number}-linux-x86_64.tar.gz", f"{NAME}-{number}", mtime, level
    )
    stage_deb(app, icons, work / "deb", number)
    deb = build_deb(work / "deb", dist / f"{NAME}_{number}_amd64.deb", level)
    finished = time.perf_counter()
    megabyte = 1024 * 1024
    print(f"app folder  {app}  {folder_size_kib(app) / 1024:.1f} MiB")
    print(f"tarball     {tarball}  {tarball.stat().st_size / megabyte:.1f} MiB")
    print(f"deb         {deb}  {deb.stat().st_size / megabyte:.1f} MiB")
    print(f"PyInstaller {frozen - started:.0f} s, packages {finished - frozen:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
