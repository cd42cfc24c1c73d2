"""Bundle benchmark: the sizes of the app folder, the .deb and the .tar.xz, and frozen against
source startup.

Startup is the time from launch until the programme list has been painted
(FORUMGUIDE_BENCH_EXIT_ON_PAINT=1), for the frozen app and for the same code run from source
with this interpreter, started alternately as fresh processes; the figure is the ratio of the
medians. Measures what `make dist` left (build/linux/pyinstaller-dist/forumguide,
dist/forumguide_<version>-1_amd64.deb and dist/forumguide-<version>-linux-x86_64.tar.xz)
without building; --build runs packaging/build_linux.py first.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bundle.py [--runs N] [--build]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from forumguide import __version__
from forumguide.app import BENCH_VARIABLE, PAINTED_MARKER

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "build" / "linux" / "pyinstaller-dist" / "forumguide"
DIST = ROOT / "dist"
DEB_NAME = f"forumguide_{__version__}-1_amd64.deb"
TARBALL_NAME = f"forumguide-{__version__}-linux-x86_64.tar.xz"
MAX_FOLDER_MB = 130
MAX_DEB_MB = 40
MAX_RATIO = 1.1
MB = 1000 * 1000
MIB = 1024 * 1024


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def time_until_painted(command: list[str], environment: dict[str, str]) -> float:
    started = time.perf_counter()
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=environment
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if PAINTED_MARKER in line:
                elapsed = time.perf_counter() - started
                break
        else:
            raise RuntimeError(f"{command} exited without painting the programme")
        process.wait(timeout=30)
    return elapsed


def _verdict(value: float, limit: float) -> str:
    return f"(target <= {limit:g}: {'met' if value <= limit else 'MISSED'})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--build", action="store_true", help="run packaging/build_linux.py first")
    parser.add_argument("--app", type=Path, default=APP, help="the frozen app folder")
    parser.add_argument("--dist", type=Path, default=DIST, help="the folder of the packages")
    arguments = parser.parse_args()
    if arguments.build:
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build_linux.py")], check=True)
    app = arguments.app
    executable = app / "forumguide"
    deb_path, tarball_path = arguments.dist / DEB_NAME, arguments.dist / TARBALL_NAME
    missing = [str(path) for path in (executable, deb_path, tarball_path) if not path.is_file()]
    if missing:
        print(f"{', '.join(missing)} missing: run `make dist` (or --build).", file=sys.stderr)
        return 1

    folder, deb, tarball = folder_size(app), deb_path.stat().st_size, tarball_path.stat().st_size
    print(
        f"app folder: {folder / MB:.1f} MB ({folder / MIB:.1f} MiB) "
        f"{_verdict(folder / MB, MAX_FOLDER_MB)}"
    )
    print(f"deb:        {deb / MB:.1f} MB ({deb / MIB:.1f} MiB) {_verdict(deb / MB, MAX_DEB_MB)}")
    print(f"tar.xz:     {tarball / MB:.1f} MB ({tarball / MIB:.1f} MiB)")

    environment = {**os.environ, BENCH_VARIABLE: "1"}
    environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    with (
        tempfile.TemporaryDirectory(prefix="forumguide-bench-frozen-") as frozen_home,
        tempfile.TemporaryDirectory(prefix="forumguide-bench-source-") as source_home,
    ):
        frozen = ([str(executable)], {**environment, "FORUMGUIDE_HOME": frozen_home})
        source = (
            [sys.executable, "-m", "forumguide"],
            {**environment, "FORUMGUIDE_HOME": source_home},
        )
        # One warm-up each: the file cache is warm and each home holds its personal store.
        time_until_painted(*frozen)
        time_until_painted(*source)
        frozen_times, source_times = [], []
        for _ in range(arguments.runs):
            frozen_times.append(time_until_painted(*frozen))
            source_times.append(time_until_painted(*source))
    frozen_median = statistics.median(frozen_times)
    source_median = statistics.median(source_times)
    for label, median, times in (
        ("frozen until programme painted", frozen_median, frozen_times),
        ("source until programme painted", source_median, source_times),
    ):
        runs = ", ".join(f"{t * 1000:.0f}" for t in times)
        print(f"{label}: median {median * 1000:.0f} ms (runs: {runs})")
    ratio = frozen_median / source_median
    print(f"startup ratio (frozen / source): {ratio:.2f} {_verdict(ratio, MAX_RATIO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
