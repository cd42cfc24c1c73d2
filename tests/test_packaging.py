"""The Linux packages, built once per session: the frozen app must pass its own self-test.

The slow tests run packaging/build_linux.py into a temporary folder (about two minutes on two
cores), unpack the .deb without installing it, and check what a user would get. The desktop
entry and the AppStream metainfo are checked with Debian's own validators.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from forumguide import APP_ID, __version__

REPO = Path(__file__).resolve().parents[1]
PACKAGING = REPO / "packaging"
RESOURCES = REPO / "resources"
DESKTOP = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256)

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the .deb and .tar.gz are built on Linux"
)


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: `bash scripts/system-deps.sh` installs it")
    return path


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


# Desktop integration, no build needed ------------------------------------------------------


def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", "--strict", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_metainfo_and_app_agree() -> None:
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    component = ET.parse(METAINFO).getroot()

    assert desktop["Exec"].split()[0] == "forumguide"
    assert desktop["Icon"] == APP_ID
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("provides/binary") == "forumguide"
    assert component.findtext("project_license") == "MIT"
    versions = [release.get("version") for release in component.iter("release")]
    assert __version__ in versions, "add a <release> for the new version to the metainfo"


def test_icons_are_rendered_for_every_platform(qapp: Any, tmp_path: Path) -> None:
    render_icons = _load("render_icons")

    render_icons.render_all(tmp_path)

    for size in HICOLOR_SIZES:
        png = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert _png_size(png.read_bytes()) == (size, size)
    ico = (tmp_path / "forumguide.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(HICOLOR_SIZES))
    icns = (tmp_path / "forumguide.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns  # the 1024 px image macOS uses on Retina screens


# The built packages -----------------------------------------------------------------------


@dataclass(frozen=True)
class LinuxBuild:
    tarball: Path
    deb: Path
    unpacked: Path  # the .deb's files, as dpkg-deb -x lays them out

    @property
    def app(self) -> Path:
        return self.unpacked / "opt" / "forumguide"

    @property
    def internal(self) -> Path:
        return self.app / "_internal"

    def field(self, name: str) -> str:
        return subprocess.run(
            ["dpkg-deb", "--field", str(self.deb), name],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()


@pytest.fixture(scope="session")
def linux_build(tmp_path_factory: pytest.TempPathFactory, bundled_path: Path) -> LinuxBuild:
    if not sys.platform.startswith("linux"):
        pytest.skip("the .deb and .tar.gz are built on Linux")
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail("PyInstaller is missing: pip install -e '.[dev,package]' (make does it)")
    for tool in ("dpkg-deb", "objdump", "readelf"):
        _tool(tool)
    folder = tmp_path_factory.mktemp("linux-build")
    result = subprocess.run(
        [
            sys.executable,
            str(PACKAGING / "build_linux.py"),
            "--fast",
            "--dist",
            str(folder / "dist"),
            "--work",
            str(folder / "work"),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=1800,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    deb = folder / "dist" / f"forumguide_{__version__}_amd64.deb"
    tarball = folder / "dist" / f"forumguide-{__version__}-linux-x86_64.tar.gz"
    unpacked = folder / "unpacked"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True)
    return LinuxBuild(tarball, deb, unpacked)


@linux_only
@pytest.mark.slow
def test_the_unpacked_debs_launcher_passes_the_self_test(
    linux_build: LinuxBuild, tmp_path: Path
) -> None:
    launcher = linux_build.unpacked / "usr" / "bin" / "forumguide"
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "FORUMGUIDE_"))
    }
    environment["QT_QPA_PLATFORM"] = "offscreen"

    result = subprocess.run(
        [str(launcher), "--self-test"],
        capture_output=True,
        text=True,
        env=environment,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "(frozen;" in result.stdout
    assert str(linux_build.internal / "forumguide" / "bundled" / "catalog.sqlite") in result.stdout
    assert result.stdout.rstrip().endswith("self-test passed")


@linux_only
@pytest.mark.slow
def test_the_launcher_is_where_the_desktop_entry_looks(linux_build: LinuxBuild) -> None:
    launcher = linux_build.unpacked / "usr" / "bin" / "forumguide"
    assert launcher.stat().st_mode & 0o111
    # Installed, the script's folder is /usr/bin: it starts /opt/forumguide/forumguide.
    assert '"$here/../../opt/forumguide/forumguide" "$@"' in launcher.read_text()
    assert (linux_build.app / "forumguide").stat().st_mode & 0o111


@linux_only
@pytest.mark.slow
def test_the_deb_installs_the_desktop_integration(linux_build: LinuxBuild) -> None:
    share = linux_build.unpacked / "usr" / "share"
    desktop = share / "applications" / DESKTOP.name
    metainfo = share / "metainfo" / METAINFO.name
    assert desktop.read_bytes() == DESKTOP.read_bytes()
    assert metainfo.read_bytes() == METAINFO.read_bytes()
    for size in HICOLOR_SIZES:
        icon = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert _png_size(icon.read_bytes()) == (size, size)
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (share / "doc" / "forumguide" / "copyright").is_file()


@linux_only
@pytest.mark.slow
def test_the_deb_control_fields(linux_build: LinuxBuild) -> None:
    assert linux_build.field("Package") == "forumguide"
    assert linux_build.field("Version") == __version__
    assert linux_build.field("Architecture") == "amd64"
    assert re.fullmatch(r".+ <[^@\s]+@[^@\s]+>", linux_build.field("Maintainer"))
    assert linux_build.field("Description").startswith("Offline guide to international forums\n")
    on_disk = sum(
        path.lstat().st_size
        for path in linux_build.unpacked.rglob("*")
        if path.is_file() or path.is_symlink()
    )
    installed = int(linux_build.field("Installed-Size"))
    assert abs(installed * 1024 - on_disk) < 1024 * 1024
    depends = linux_build.field("Depends")
    for package in ("libgl1", "libegl1", "libxcb-cursor0", "libxkbcommon0", "fonts-dejavu-core"):
        assert re.search(rf"(^|[ ,|]){re.escape(package)}($|[ ,(])", depends), package
    assert re.search(r"libc6 \(>= 2\.\d+\)", depends)
    assert "libssl3t64 | libssl3" in depends  # HTTPS for schedules fetched from the web


@linux_only
@pytest.mark.slow
def test_every_system_library_the_bundle_loads_is_a_dependency(linux_build: LinuxBuild) -> None:
    libraries = _load("linux_libraries")
    depends = linux_build.field("Depends")
    internal = linux_build.internal
    environment = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
    undeclared: dict[str, str] = {}
    checked = 0
    for path in sorted(internal.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        checked += 1
        # The libraries this binary names itself; what those need in turn is up to their
        # own packages.
        dynamic = subprocess.run(
            ["readelf", "-d", "--wide", str(path)], capture_output=True, text=True, check=True
        ).stdout
        needed = set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic))
        output = subprocess.run(
            ["ldd", str(path)], capture_output=True, text=True, env=environment, check=False
        ).stdout
        for soname, where in re.findall(r"^\s*(\S+) => (not found|\S+)", output, re.MULTILINE):
            if where != "not found" and Path(where).resolve().is_relative_to(internal.resolve()):
                continue
            if soname not in needed or soname in libraries.GLIBC:
                continue
            package = libraries.PACKAGES.get(soname, "").split(" | ")[0]
            if not package or package not in depends:
                undeclared[soname] = f"{where} (needed by {path.name})"
    assert checked > 50
    assert not undeclared, undeclared


@linux_only
@pytest.mark.slow
def test_the_bundle_is_trimmed(linux_build: LinuxBuild) -> None:
    internal = linux_build.internal
    plugins = internal / "PySide6" / "Qt" / "plugins"
    platforms = {path.name for path in (plugins / "platforms").iterdir()}
    assert platforms == {"libqxcb.so", "libqwayland.so", "libqoffscreen.so"}
    for folder in ("egldeviceintegrations", "generic", "networkinformation", "tls"):
        assert not (plugins / folder).exists(), folder
    assert [path.name for path in (plugins / "platformthemes").iterdir()] == [
        "libqxdgdesktopportal.so"
    ]
    names = {path.name for path in internal.rglob("*")}
    # OpenSSL is the system's (a dependency), for its security updates.
    for unwanted in ("libssl.so.3", "libcrypto.so.3", "libQt6EglFSDeviceIntegration.so.6"):
        assert unwanted not in names
    assert not any(
        name.startswith(("libxcb", "libX11", "libfontconfig", "libstdc++")) for name in names
    )
    assert not any(name.startswith(("tkinter", "_tkinter")) for name in names)
    languages = {
        path.stem.split("_", 1)[1] for path in (RESOURCES / "translations").glob("forumguide_*.qm")
    }
    qt_translations = internal / "PySide6" / "Qt" / "translations"
    shipped = (
        {path.name for path in qt_translations.iterdir()} if qt_translations.exists() else set()
    )
    assert shipped <= {f"qtbase_{language}.qm" for language in languages}
    compiled = {path.name for path in (internal / "resources" / "translations").glob("*.qm")}
    sources = {path.with_suffix(".qm").name for path in (RESOURCES / "translations").glob("*.ts")}
    assert compiled == sources
    # What the app needs at run time is there.
    assert (internal / "tzdata" / "zoneinfo" / "Asia" / "Almaty").is_file()
    assert (internal / "resources" / "icons" / "forumguide.svg").is_file()
    # HTTPS for schedules fetched from the web: Python's ssl and the authorities to trust.
    assert any(name.startswith("_ssl.") for name in names)
    assert (internal / "certifi" / "cacert.pem").is_file()
    assert (internal / "PySide6" / "Qt" / "plugins" / "iconengines" / "libqsvgicon.so").is_file()
    assert not list((internal / "resources").rglob("*.ts"))


@linux_only
@pytest.mark.slow
def test_the_bundles_binaries_are_stripped(linux_build: LinuxBuild) -> None:
    internal = linux_build.internal
    binaries = [
        internal / "libpython3.11.so.1.0"
        if (internal / "libpython3.11.so.1.0").exists()
        else next(internal.glob("libpython3*.so*")),
        internal / "PySide6" / "Qt" / "lib" / "libQt6Core.so.6",
        internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so",
        linux_build.app / "forumguide",
    ]
    for binary in binaries:
        sections = subprocess.run(
            ["readelf", "-S", "--wide", str(binary)], capture_output=True, text=True, check=True
        ).stdout
        assert ".symtab" not in sections, binary


@linux_only
@pytest.mark.slow
def test_the_tarball_holds_the_same_app_folder(linux_build: LinuxBuild) -> None:
    top = f"forumguide-{__version__}"
    with tarfile.open(linux_build.tarball) as tar:
        members = {member.name: member for member in tar.getmembers()}
    in_tarball = {name.removeprefix(f"{top}/") for name in members if name != top}
    in_deb = {str(path.relative_to(linux_build.app)) for path in linux_build.app.rglob("*")}
    assert in_tarball == in_deb
    executable = members[f"{top}/forumguide"]
    assert executable.mode & 0o111 and executable.uid == 0
    assert any(member.issym() for member in members.values())
