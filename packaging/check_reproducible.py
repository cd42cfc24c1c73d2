"""Builds the Linux packages twice from the same commit and compares them byte for byte.

    .venv/bin/python packaging/check_reproducible.py [--work WORK]

Each build runs packaging/build_linux.py in a folder of its own (WORK/a and WORK/b), as two
machines would; both take their timestamps from the last commit. Prints the SHA-256 of each
.deb and .tar.xz and exits 1 when a pair differs.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def build(folder: Path) -> dict[str, str]:
    """One build into ``folder``; returns each package's name and hash."""
    if folder.exists():
        shutil.rmtree(folder)
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build_linux.py"),
            "--dist",
            str(folder / "dist"),
            "--work",
            str(folder / "work"),
        ],
        check=True,
    )
    packages = sorted([*folder.glob("dist/*.deb"), *folder.glob("dist/*.tar.xz")])
    return {path.name: sha256(path) for path in packages}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "reproducible")
    arguments = parser.parse_args()
    first = build(arguments.work.resolve() / "a")
    second = build(arguments.work.resolve() / "b")
    same = bool(first) and first == second
    for name in sorted(first.keys() | second.keys()):
        print(f"{first.get(name, '-')}  a/{name}")
        print(f"{second.get(name, '-')}  b/{name}")
    print("reproducible: the packages are identical" if same else "NOT reproducible")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
