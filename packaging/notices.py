"""THIRD-PARTY-NOTICES: every component the frozen app carries, with its licence texts.

``forumguide.spec`` calls :func:`write_notices` with what PyInstaller collected, so the file
names what is actually bundled on each system: Python itself, each Python distribution a
bundled module or binary comes from (its metadata's licence and the licence files in its
dist-info), Qt with the libraries its wheel carries, and, on Linux, each library copied from
the build system with its Debian ``copyright`` file.
"""

from __future__ import annotations

import re
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

LICENSES = Path(__file__).resolve().parent / "licenses"
NOTICES_NAME = "THIRD-PARTY-NOTICES"
OWN_DISTRIBUTION = "forumguide"
LICENSE_FILE = re.compile(r"(?i)^(licen[cs]e|copying|notice)")
QT_DISTRIBUTIONS = ("PySide6_Essentials", "PySide6-Essentials", "PySide6", "shiboken6")


@dataclass(frozen=True)
class Component:
    """One bundled component: the texts are (heading, licence text) pairs."""

    name: str
    version: str
    license: str
    texts: tuple[tuple[str, str], ...]


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace").strip()


def python_component() -> Component:
    """The interpreter and its standard library."""
    # lib/pythonX.Y/LICENSE.txt on Linux and macOS, LICENSE.txt beside python.exe on Windows.
    candidates = [
        Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE.txt",
    ]
    found = next((path for path in candidates if path.is_file()), None)
    if found is None:
        raise SystemExit(f"the Python licence (LICENSE.txt) is missing from {sys.base_prefix}")
    version = ".".join(str(part) for part in sys.version_info[:3])
    return Component("Python", version, "PSF-2.0", (("Python", _read(found)),))


def _license_of(meta: metadata.PackageMetadata) -> str:
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    text = str(meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) < 80:
        return text
    classifiers = [
        value.rsplit("::", 1)[1].strip()
        for value in meta.get_all("Classifier") or []
        if value.startswith("License ::")
    ]
    return " / ".join(classifiers) or "see the licence text"


def distribution_component(name: str) -> Component:
    """A Python distribution with the licence files of its dist-info."""
    dist = metadata.distribution(name)
    texts = []
    for file in sorted(dist.files or [], key=str):
        if ".dist-info" in str(file) and LICENSE_FILE.match(file.name):
            texts.append(
                (str(file).split(".dist-info/", 1)[1], _read(Path(dist.locate_file(file))))
            )
    canonical = dist.metadata["Name"]
    if canonical.replace("-", "_").lower() in {n.lower() for n in QT_DISTRIBUTIONS}:
        # The wheels carry no licence file; the app uses them under the LGPL-3.0, whose
        # terms are the GPL-3.0's with additional permissions.
        texts = [
            ("GNU Lesser General Public License v3.0", _read(LICENSES / "LGPL-3.0.txt")),
            ("GNU General Public License v3.0", _read(LICENSES / "GPL-3.0.txt")),
        ]
        return Component(canonical, dist.version, "LGPL-3.0-only", tuple(texts))
    return Component(canonical, dist.version, _license_of(dist.metadata), tuple(texts))


def qt_components(qt_version: str, bundled_names: set[str]) -> list[Component]:
    """Qt itself, and ICU when the Qt wheel carries it."""
    lgpl = (
        ("GNU Lesser General Public License v3.0", _read(LICENSES / "LGPL-3.0.txt")),
        ("GNU General Public License v3.0", _read(LICENSES / "GPL-3.0.txt")),
    )
    found = [Component("Qt", qt_version, "LGPL-3.0-only", lgpl)]
    icu = sorted(name for name in bundled_names if re.match(r"libicu\w+\.so\.\d+$", name))
    if icu:
        version = icu[0].rsplit(".", 1)[1]
        found.append(
            Component("ICU", version, "Unicode-3.0", (("ICU", _read(LICENSES / "ICU.txt")),))
        )
    return found


def distributions_for(top_level_names: set[str]) -> list[str]:
    """The installed distributions that provide these top-level modules, not the app's own."""
    providers = metadata.packages_distributions()
    found = {dist for name in top_level_names for dist in providers.get(name, []) if dist} - {
        OWN_DISTRIBUTION
    }
    return sorted(found, key=str.lower)


def _usrmerge_variants(path: Path) -> list[str]:
    # With merged /usr, dpkg may have recorded a library under /lib rather than /usr/lib.
    text = str(path)
    if text.startswith("/usr/"):
        return [text, text.removeprefix("/usr")]
    return [text, "/usr" + text]


def debian_package(library: Path) -> str | None:
    """The Debian package a system library comes from, if any."""
    candidates = [*_usrmerge_variants(library), *_usrmerge_variants(library.resolve())]
    for candidate in dict.fromkeys(candidates):
        result = subprocess.run(
            ["dpkg-query", "--search", candidate], capture_output=True, text=True, check=False
        )
        if result.returncode == 0 and result.stdout.strip():
            return result.stdout.split(":", 1)[0].strip()
    return None


def debian_component(package: str, libraries: list[str]) -> Component:
    """A Debian package with the copyright file that lists its licences."""
    version = subprocess.run(
        ["dpkg-query", "--show", "--showformat=${Version}", package],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    copyright_file = Path("/usr/share/doc") / package / "copyright"
    text = _read(copyright_file) if copyright_file.is_file() else "no copyright file installed"
    return Component(
        f"{package} ({', '.join(sorted(libraries))})",
        version,
        "as its Debian copyright file says",
        (("", text),),
    )


def render(components: list[Component]) -> str:
    """The notices file: a table of contents, then each component's licence texts."""
    lines = [
        "ForumGuide bundles the following third-party components. Each is distributed under",
        "its own licence, whose text follows. ForumGuide itself is under the MIT licence",
        "(LICENSE).",
        "",
    ]
    lines += [f"- {c.name} {c.version}: {c.license}" for c in components]
    for component in components:
        lines += [
            "",
            "",
            "=" * 78,
            f"{component.name} {component.version}",
            f"Licence: {component.license}",
        ]
        for heading, text in component.texts:
            lines += ["", f"--- {heading} ---" if heading else "---", "", text]
    return "\n".join(lines) + "\n"


def collect(
    top_level_names: set[str],
    system_libraries: list[Path],
    qt_version: str,
    bundled_names: set[str],
) -> list[Component]:
    """Every bundled component, in a stable order."""
    components = [python_component()]
    components += qt_components(qt_version, bundled_names)
    components += [distribution_component(name) for name in distributions_for(top_level_names)]
    packages: dict[str, list[str]] = {}
    for library in system_libraries:
        package = debian_package(library)
        if package is None:
            raise SystemExit(f"{library} is bundled, but no Debian package owns it")
        packages.setdefault(package, []).append(library.name)
    components += [debian_component(name, packages[name]) for name in sorted(packages)]
    return components


def write_notices(target: Path, components: list[Component]) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render(components), encoding="utf-8")
    return target
