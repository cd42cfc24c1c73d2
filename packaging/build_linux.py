"""Builds the Linux packages: a portable .tar.xz of the app folder and a .deb.

    .venv/bin/python packaging/build_linux.py [--dist DIST] [--work WORK] [--fast]

1. renders the icons from the SVG (packaging/render_icons.py),
2. freezes the app with PyInstaller (packaging/forumguide.spec, one folder, with
   THIRD-PARTY-NOTICES and LICENSE), then drops the build machine's folders from the
   binaries' run-time search paths and makes every file but the executable 0644,
3. writes ``DIST/forumguide-<version>-linux-x86_64.tar.xz`` (the folder ``forumguide-<version>``)
4. and ``DIST/forumguide_<version>-1_amd64.deb``: the app in /opt/forumguide, the launcher
   /usr/bin/forumguide with its manual page, the desktop entry, the AppStream metainfo, the
   hicolor icons, the machine-readable copyright and the Debian changelog, and ``Depends:`` on
   exactly the system libraries the bundled binaries link against.

The build is reproducible: every timestamp is ``SOURCE_DATE_EPOCH`` (by default the last
commit's time), PyInstaller runs with a fixed hash seed, and the archives list their files in
sorted order with root as owner. The bundled catalog and the compiled translations must exist
(``make dist`` builds them first). Needs objdump (binutils), patchelf and dpkg-deb.
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import hashlib
import lzma
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
from manpage import help_text  # noqa: E402
from manpage import render as render_manpage  # noqa: E402
from notices import NOTICES_NAME  # noqa: E402
from render_icons import HICOLOR_SIZES, ICON_NAME, render_all  # noqa: E402

NAME = "forumguide"
APP_ID = "org.forumguide.ForumGuide"
INSTALL_DIR = Path("opt") / NAME
# The Debian revision of the package: bump it for a new package of the same upstream version.
DEBIAN_REVISION = "1"
HOMEPAGE = "https://forumguide.org/"
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
LICENSE = ROOT / "LICENSE"
OVERRIDES = PACKAGING / "debian" / "lintian-overrides"


def version() -> str:
    text = (ROOT / "src" / "forumguide" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise SystemExit("no __version__ in src/forumguide/__init__.py")
    return match.group(1)


def source_date_epoch() -> int:
    """``SOURCE_DATE_EPOCH`` if set, else the last commit's time, else now."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        return int(
            subprocess.run(
                ["git", "-C", str(ROOT), "log", "-1", "--format=%ct"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.strip()
        )
    except (OSError, subprocess.CalledProcessError, ValueError):
        return int(time.time())


def freeze(work: Path, icons: Path, epoch: int) -> Path:
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
    environment = {
        **os.environ,
        "FORUMGUIDE_ICONS": str(icons),
        "SOURCE_DATE_EPOCH": str(epoch),
        # The order of sets, and so of base_library.zip's entries, follows the hash seed.
        "PYTHONHASHSEED": "0",
    }
    subprocess.run(command, check=True, env=environment)
    return dist / NAME


def local_runpaths(app: Path) -> dict[Path, str]:
    """Drop run-time search paths that name build-machine folders; keep $ORIGIN-relative ones.

    PyInstaller's bootloader and the $ORIGIN-relative paths find the bundled libraries; a
    RUNPATH such as ``/root/.pyenv/versions/3.11.7/lib`` would make the loader search that
    folder on the user's machine first. Returns each changed file with its new search path
    ("" for none).
    """
    changed = {}
    for path in elf_files(app):
        current = subprocess.run(
            ["patchelf", "--print-rpath", str(path)], capture_output=True, text=True, check=True
        ).stdout.strip()
        if not current:
            continue
        kept = ":".join(entry for entry in current.split(":") if entry.startswith("$ORIGIN"))
        if kept == current:
            continue
        if kept:
            subprocess.run(["patchelf", "--set-rpath", kept, str(path)], check=True)
        else:
            subprocess.run(["patchelf", "--remove-rpath", str(path)], check=True)
        changed[path] = kept
    return changed


def normalise(app: Path, epoch: int) -> None:
    """Folders and the executable 0755, every other file 0644, every time the epoch."""
    for path in sorted(app.rglob("*"), reverse=True):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or path == app / NAME else 0o644)
        os.utime(path, (epoch, epoch), follow_symlinks=False)
    os.utime(app, (epoch, epoch))


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


def make_tarball(app: Path, target: Path, top: str, mtime: int, preset: int = 6) -> Path:
    """The app folder as ``top/`` in an xz tarball, sorted, owned by root, symlinks kept."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with (
        lzma.open(target, "wb", preset=preset) as packed,
        tarfile.open(fileobj=packed, mode="w", format=tarfile.GNU_FORMAT) as tar,
    ):
        # tarfile.add walks each folder in sorted order.
        tar.add(app, arcname=top, filter=lambda info: _reset(info, mtime))
    return target


def _install(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def _gzip(data: bytes) -> bytes:
    # No name and no time in the header (as gzip -9n), so equal input gives equal bytes.
    return gzip.compress(data, compresslevel=9, mtime=0)


def changelog(package_version: str, epoch: int) -> str:
    moment = datetime.datetime.fromtimestamp(epoch, datetime.UTC)
    upstream = package_version.rsplit("-", 1)[0]
    return (
        f"{NAME} ({package_version}) unstable; urgency=medium\n\n"
        f"  * ForumGuide {upstream}.\n\n"
        f" -- {MAINTAINER}  {moment.strftime('%a, %d %b %Y %H:%M:%S +0000')}\n"
    )


def _components(notices: str) -> list[str]:
    """The notices' list of components: its lines "- <name> <version>: <licence>"."""
    head = notices.split("\n\n\n", 1)[0]
    return [line[2:] for line in head.splitlines() if line.startswith("- ")]


def _paragraph(text: str) -> str:
    """Text as a field's continuation lines: indented, blank lines as " ."."""
    return "\n".join(f" {line}" if line.strip() else " ." for line in text.strip().splitlines())


def copyright_text(notices: str) -> str:
    """debian/copyright in the machine-readable format: the app's licence and the bundle's."""
    listed = "\n".join(f"- {component}" for component in _components(notices))
    own_license = LICENSE.read_text(encoding="utf-8").split("\n", 2)[2]
    notices_path = f"/{INSTALL_DIR}/_internal/{NOTICES_NAME}"
    return f"""\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: ForumGuide
Upstream-Contact: {MAINTAINER}
Source: {HOMEPAGE}

Files: *
Copyright: 2026 ForumGuide developers
License: Expat

Files: {INSTALL_DIR}/_internal/*
Copyright: Python Software Foundation
 The Qt Company Ltd. and other contributors
 the authors of each bundled package and library, as listed in {notices_path}
License: LGPL-3 and PSF-2.0 and Bundled
Comment: The frozen Python interpreter, Qt through PySide6, and these components:
{_paragraph(listed)}

License: Expat
{_paragraph(own_license)}

License: LGPL-3
 Qt and PySide6 are used under the GNU Lesser General Public License version 3.
 .
 On Debian systems, the complete text of the GNU Lesser General Public License
 version 3 is in /usr/share/common-licenses/LGPL-3, and of the GNU General Public
 License version 3 in /usr/share/common-licenses/GPL-3. Both are also in
 {notices_path}.

License: PSF-2.0
 The Python Software Foundation License Version 2; the complete text, with the
 licences of the components Python includes, is in {notices_path}.

License: Bundled
 Each component listed above is distributed under its own licence, named beside it;
 {notices_path} holds the complete text of each.
"""


def stage_deb(app: Path, icons: Path, root: Path, package_version: str, epoch: int) -> Path:
    """Lay out the package's files under ``root`` and write DEBIAN/control and md5sums."""
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
    doc = share / "doc" / NAME
    doc.mkdir(parents=True)
    notices = (app / "_internal" / NOTICES_NAME).read_text(encoding="utf-8")
    (doc / "copyright").write_text(copyright_text(notices), encoding="utf-8")
    (doc / "changelog.Debian.gz").write_bytes(
        _gzip(changelog(package_version, epoch).encode("utf-8"))
    )
    manual = share / "man" / "man1" / f"{NAME}.1.gz"
    manual.parent.mkdir(parents=True)
    page = render_manpage(help_text(), package_version.rsplit("-", 1)[0], epoch)
    manual.write_bytes(_gzip(page.encode("utf-8")))
    _install(OVERRIDES, share / "lintian" / "overrides" / NAME)
    for path in root.rglob("*"):
        if path.is_symlink():
            continue
        # Folders, the launcher and the app's executable 0755; libraries and data 0644.
        executable = path.is_file() and path.stat().st_mode & 0o111 and path.suffix == ""
        path.chmod(0o755 if path.is_dir() or executable else 0o644)

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
        f"Homepage: {HOMEPAGE}\n"
        f"Description: {DESCRIPTION}\n",
        encoding="utf-8",
    )
    files = sorted(
        path
        for path in root.rglob("*")
        if path.is_file() and not path.is_symlink() and "DEBIAN" not in path.relative_to(root).parts
    )
    (root / "DEBIAN" / "md5sums").write_text(
        "".join(
            f"{hashlib.md5(path.read_bytes()).hexdigest()}  {path.relative_to(root)}\n"
            for path in files
        ),
        encoding="utf-8",
    )
    for path in root.rglob("*"):
        os.utime(path, (epoch, epoch), follow_symlinks=False)
    return control


def build_deb(root: Path, target: Path, epoch: int, level: int = 6) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    command = ["dpkg-deb", "--root-owner-group", "-Zxz", f"-z{level}"]
    usage = subprocess.run(["dpkg-deb", "--help"], capture_output=True, text=True, check=False)
    if "--threads-max" in usage.stdout:
        # xz splits its work into blocks by thread count: one thread gives the same bytes on
        # every machine.
        command.append("--threads-max=1")
    subprocess.run(
        [*command, "--build", str(root), str(target)],
        check=True,
        stdout=subprocess.DEVNULL,
        env={**os.environ, "SOURCE_DATE_EPOCH": str(epoch)},
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
    for tool in ("objdump", "patchelf", "dpkg-deb"):
        if shutil.which(tool) is None:
            print(f"{tool} is needed (bash scripts/system-deps.sh)", file=sys.stderr)
            return 1
    dist, work = arguments.dist.resolve(), arguments.work.resolve()
    number = version()
    package_version = f"{number}-{DEBIAN_REVISION}"
    epoch = source_date_epoch()

    started = time.perf_counter()
    icons = work / "icons"
    render_all(icons)
    app = freeze(work, icons, epoch)
    local_runpaths(app)
    normalise(app, epoch)
    frozen = time.perf_counter()
    level = 1 if arguments.fast else 6
    tarball = make_tarball(
        app, dist / f"{NAME}-{number}-linux-x86_64.tar.xz", f"{NAME}-{number}", epoch, level
    )
    stage_deb(app, icons, work / "deb", package_version, epoch)
    deb = build_deb(work / "deb", dist / f"{NAME}_{package_version}_amd64.deb", epoch, level)
    finished = time.perf_counter()
    megabyte = 1024 * 1024
    print(f"app folder  {app}  {folder_size_kib(app) / 1024:.1f} MiB")
    print(f"tarball     {tarball}  {tarball.stat().st_size / megabyte:.1f} MiB")
    print(f"deb         {deb}  {deb.stat().st_size / megabyte:.1f} MiB")
    print(f"PyInstaller {frozen - started:.0f} s, packages {finished - frozen:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
