"""The Linux packages, built once per session: the frozen app must pass its own self-test.

The slow tests run packaging/build_linux.py into a temporary folder (about two minutes on two
cores), unpack the .deb without installing it, and check what a user would get; lintian checks
the .deb as Debian would. The desktop entry and the AppStream metainfo are checked with their
own validators, the workflow with actionlint. That two builds give the same bytes is checked by
``make check-reproducible`` (two full builds, too long for every test run).
"""

from __future__ import annotations

import datetime
import hashlib
import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import tomllib
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
WORKFLOW = REPO / ".github" / "workflows" / "build.yml"
CONSTRAINTS = REPO / "constraints.txt"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256)
DEB_VERSION = f"{__version__}-1"

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the .deb and .tar.xz are built on Linux"
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


def _appstream_version() -> tuple[int, ...]:
    output = subprocess.run(
        [_tool("appstreamcli"), "--version"], capture_output=True, text=True, check=True
    ).stdout
    match = re.search(r"AppStream version: (\d+)\.(\d+)", output)
    assert match is not None, output
    return int(match.group(1)), int(match.group(2))


def test_metainfo_passes_appstreamcli_validate_pedantic() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )

    issues = re.findall(r"^([EWIP]): [^:]+:\d*:? ?(\S+)(.*)$", result.stdout, re.MULTILINE)
    # The id is a reverse-DNS name with capitals, as the desktop entry's file name must be.
    allowed = {("P", "cid-contains-uppercase-letter")}
    if _appstream_version() < (1, 0):
        allowed.add(("I", "unknown-tag"))  # <developer> is AppStream 1.0's
    assert {(severity, tag) for severity, tag, _rest in issues} <= allowed, result.stdout
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_names_the_homepage_developer_screenshots_and_release() -> None:
    component = ET.parse(METAINFO).getroot()

    assert component.findtext("url[@type='homepage']", "").startswith("https://")
    assert component.findtext("developer/name")
    images = [image.text or "" for image in component.iter("image")]
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert len(images) >= 2
    for url in images:
        name = url.rsplit("/", 1)[1]
        assert url.startswith("https://") and f"resources/screenshots/{name}" in readme, url
    release = component.find(f"releases/release[@version='{__version__}']")
    assert release is not None
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", release.get("date", ""))


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


def test_the_manual_page_escapes_the_help_text() -> None:
    manpage = _load("manpage")

    page = manpage.render("usage: forumguide [-h]\n.hidden\n  --home HOME  a\\b\n", "1.2", 0)

    lines = page.splitlines()
    assert lines[0] == '.TH FORUMGUIDE 1 "1970-01-01" "ForumGuide 1.2" "User Commands"'
    assert "usage: forumguide [\\-h]" in lines
    assert "\\&.hidden" in lines  # not a roff request
    assert "  \\-\\-home HOME  a\\eb" in lines


def test_macos_minimum_is_read_from_the_binaries_load_commands(tmp_path: Path) -> None:
    macos_version = _load("macos_version")

    def thin(minimum: int) -> bytes:
        # A 64-bit Mach-O header with one LC_BUILD_VERSION command (platform macOS).
        command = struct.pack("<IIIIII", 0x32, 24, 1, minimum, minimum, 0)
        header = struct.pack("<IiiIIIII", 0xFEEDFACF, 0x0100000C, 0, 6, 1, len(command), 0, 0)
        return header + command

    qt = tmp_path / "QtCore"
    qt.write_bytes(thin(0x000D0000))  # 13.0
    python = tmp_path / "Python"
    python.write_bytes(thin(0x000B0000))  # 11.0
    fat = tmp_path / "universal"
    first, second = thin(0x000C0300), thin(0x000E0000)
    fat.write_bytes(
        struct.pack(">II", 0xCAFEBABE, 2)
        + struct.pack(">IIIII", 0x0100000C, 0, 64, len(first), 0)
        + struct.pack(">IIIII", 0x01000007, 3, 128, len(second), 0)
        + bytes(64 - 48)
        + first.ljust(64, b"\0")
        + second
    )
    data = tmp_path / "catalog.sqlite"
    data.write_bytes(b"SQLite format 3\0")

    assert macos_version.bundle_minimum([python, data]) == "11.0"
    assert macos_version.bundle_minimum([python, qt, data]) == "13.0"
    assert macos_version.minimum_macos(fat.read_bytes()) == (14, 0)


def test_the_workflow_passes_actionlint_on_current_runners_and_actions() -> None:
    actionlint = Path(sys.executable).parent / "actionlint"
    if not actionlint.is_file():
        pytest.fail("actionlint is missing: pip install -e '.[dev]' (make does it)")
    result = subprocess.run(
        [str(actionlint), "-no-color", str(WORKFLOW)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr

    text = WORKFLOW.read_text(encoding="utf-8")
    runners = set(re.findall(r"runs-on: (\S+)", text))
    assert runners <= {"ubuntu-24.04", "windows-2025", "macos-15"}, runners
    # The first majors on a Node runtime GitHub still runs (node24).
    current = {"checkout": 5, "setup-python": 6, "upload-artifact": 6, "download-artifact": 7}
    used = re.findall(r"uses: actions/([\w-]+)@v(\d+)", text)
    assert used and all(int(major) >= current[name] for name, major in used), used
    assert "permissions:\n  contents: read" in text
    assert "constraints.txt" in text


def test_every_dependency_is_pinned_by_the_constraints() -> None:
    pins = dict(re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)$", CONSTRAINTS.read_text(), re.MULTILINE))
    normalised = {re.sub(r"[-_.]+", "-", name).lower() for name in pins}
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = [
        *project["dependencies"],
        *(item for extra in project["optional-dependencies"].values() for item in extra),
    ]
    names = {
        re.sub(r"[-_.]+", "-", re.split(r"[<>=!~;\[ ]", item)[0]).lower() for item in requirements
    }
    assert names <= normalised, names - normalised
    assert "-c constraints.txt" in (REPO / "Makefile").read_text()


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
        pytest.skip("the .deb and .tar.xz are built on Linux")
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail("PyInstaller is missing: pip install -e '.[dev,package]' (make does it)")
    for tool in ("dpkg-deb", "objdump", "readelf", "patchelf"):
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
    deb = folder / "dist" / f"forumguide_{DEB_VERSION}_amd64.deb"
    tarball = folder / "dist" / f"forumguide-{__version__}-linux-x86_64.tar.xz"
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
    assert (share / "doc" / "forumguide" / "changelog.Debian.gz").is_file()
    assert (share / "man" / "man1" / "forumguide.1.gz").is_file()


@linux_only
@pytest.mark.slow
def test_the_deb_control_fields(linux_build: LinuxBuild) -> None:
    assert linux_build.field("Package") == "forumguide"
    assert linux_build.field("Version") == DEB_VERSION
    assert linux_build.field("Homepage").startswith("https://")
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
    resources = internal / "resources"
    assert (resources / "translations" / "forumguide_kk.qm").is_file()
    assert not list(resources.rglob("*.ts")) and not list(resources.rglob("*.md"))
    assert not (resources / "screenshots").exists()
    plugins = internal / "PySide6" / "Qt" / "plugins"
    platforms = {path.name for path in (plugins / "platforms").iterdir()}
    assert platforms == {"libqxcb.so", "libqwayland.so", "libqoffscreen.so"}
    for folder in ("egldeviceintegrations", "generic", "networkinformation", "tls"):
        assert not (plugins / folder).exists(), folder
    assert [path.name for path in (plugins / "platformthemes").iterdir()] == [
        "libqxdgdesktopportal.so"
    ]
    assert [path.name for path in (plugins / "imageformats").iterdir()] == ["libqsvg.so"]
    assert [path.name for path in (plugins / "wayland-shell-integration").iterdir()] == [
        "libxdg-shell.so"
    ]
    names = {path.name for path in internal.rglob("*")}
    # OpenSSL is the system's (a dependency), for its security updates.
    for unwanted in (
        "libssl.so.3",
        "libcrypto.so.3",
        "libQt6EglFSDeviceIntegration.so.6",
        "libgssapi_krb5.so.2",
        "libkrb5.so.3",
        "libcups.so.2",
        "libgnutls.so.30",
    ):
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


@linux_only
@pytest.mark.slow
def test_lintian_finds_nothing_beyond_the_commented_overrides(linux_build: LinuxBuild) -> None:
    result = subprocess.run(
        [_tool("lintian"), "--fail-on", "none", str(linux_build.deb)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", result.stdout
    overrides = linux_build.unpacked / "usr" / "share" / "lintian" / "overrides" / "forumguide"
    lines = overrides.read_text(encoding="utf-8").splitlines()
    rules = [line for line in lines if line and not line.startswith("#")]
    assert len(rules) <= 8
    for index, line in enumerate(lines):
        if line and not line.startswith("#"):
            # Each rule, or the group it belongs to, says why under a comment.
            assert any(earlier.startswith("# ") for earlier in lines[:index]), line


def _bundled_distributions(app: Path) -> set[str]:
    """The distributions of the modules in the executable's archive and the bundle's folders."""
    from importlib import metadata

    from PyInstaller.archive.readers import CArchiveReader  # type: ignore[import-untyped]

    archive = CArchiveReader(str(app / "forumguide"))
    modules = archive.open_embedded_archive("PYZ.pyz").toc
    top_level = {name.split(".")[0] for name in modules}
    top_level |= {path.name for path in (app / "_internal").iterdir()}
    providers = metadata.packages_distributions()
    return {dist for name in top_level for dist in providers.get(name, [])} - {"forumguide"}


@linux_only
@pytest.mark.slow
def test_every_artifact_carries_the_notices_naming_each_bundled_component(
    linux_build: LinuxBuild,
) -> None:
    from importlib import metadata

    from PySide6.QtCore import qVersion

    notices_file = linux_build.internal / "THIRD-PARTY-NOTICES"
    notices = notices_file.read_text(encoding="utf-8")
    distributions = _bundled_distributions(linux_build.app)
    assert {"SQLAlchemy", "PySide6_Essentials", "shiboken6", "platformdirs"} <= distributions
    for name in distributions:
        assert f"- {name} {metadata.version(name)}: " in notices, name
    assert f"- Qt {qVersion()}: LGPL-3.0-only" in notices
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notices
    assert "PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2" in notices
    assert (linux_build.internal / "LICENSE").read_text() == (REPO / "LICENSE").read_text()

    top = f"forumguide-{__version__}"
    with tarfile.open(linux_build.tarball, "r:xz") as tar:
        member = tar.extractfile(f"{top}/_internal/THIRD-PARTY-NOTICES")
        assert member is not None and member.read().decode("utf-8") == notices
        assert tar.getmember(f"{top}/_internal/LICENSE").isfile()

    copyright_text = (
        linux_build.unpacked / "usr" / "share" / "doc" / "forumguide" / "copyright"
    ).read_text(encoding="utf-8")
    assert copyright_text.startswith(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
    )
    assert "Permission is hereby granted, free of charge" in copyright_text
    for name in distributions:
        assert f"- {name} {metadata.version(name)}: " in copyright_text, name


@linux_only
@pytest.mark.slow
def test_no_binary_searches_a_build_machine_folder(linux_build: LinuxBuild) -> None:
    searched = {}
    for path in sorted(linux_build.app.rglob("*")):
        if path.is_symlink() or not path.is_file() or path.read_bytes()[:4] != b"\x7fELF":
            continue
        dynamic = subprocess.run(
            ["readelf", "-d", "--wide", str(path)], capture_output=True, text=True, check=True
        ).stdout
        for entry in re.findall(
            r"\((?:RUNPATH|RPATH)\)\s+Library r(?:un)?path: \[([^\]]*)\]", dynamic
        ):
            if any(not folder.startswith("$ORIGIN") for folder in entry.split(":")):
                searched[str(path.relative_to(linux_build.app))] = entry
    assert not searched, searched


@linux_only
@pytest.mark.slow
def test_libraries_are_not_executable_and_md5sums_list_every_file(
    linux_build: LinuxBuild, tmp_path: Path
) -> None:
    executables = {
        str(path.relative_to(linux_build.unpacked))
        for path in linux_build.unpacked.rglob("*")
        if path.is_file() and not path.is_symlink() and path.stat().st_mode & 0o111
    }
    assert executables == {"usr/bin/forumguide", "opt/forumguide/forumguide"}

    control = tmp_path / "control"
    subprocess.run(["dpkg-deb", "--control", str(linux_build.deb), str(control)], check=True)
    listed = {}
    for line in (control / "md5sums").read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        listed[name] = digest
    files = {
        str(path.relative_to(linux_build.unpacked)): path
        for path in linux_build.unpacked.rglob("*")
        if path.is_file() and not path.is_symlink()
    }
    assert listed.keys() == files.keys()
    for name in ("usr/bin/forumguide", "opt/forumguide/_internal/THIRD-PARTY-NOTICES"):
        assert listed[name] == hashlib.md5(files[name].read_bytes()).hexdigest()


@linux_only
@pytest.mark.slow
def test_the_archives_hold_the_last_commits_time_and_root_as_owner(
    linux_build: LinuxBuild,
) -> None:
    commit_time = int(
        subprocess.run(
            ["git", "-C", str(REPO), "log", "-1", "--format=%ct"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    with tarfile.open(linux_build.tarball, "r:xz") as tar:
        members = tar.getmembers()
    assert {member.mtime for member in members} == {commit_time}
    assert {(member.uid, member.gid, member.uname) for member in members} == {(0, 0, "root")}
    contents = subprocess.run(
        ["dpkg-deb", "--contents", str(linux_build.deb)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    moment = datetime.datetime.fromtimestamp(commit_time).strftime("%Y-%m-%d %H:%M")
    assert contents and all(f" {moment} " in line for line in contents), contents[:3]
    assert all(" root/root " in line for line in contents)
