"""Startup benchmark: ForumGuide until its programme list is painted, against a bare window.

Both are started as fresh processes, alternately, several times; the figure is the ratio of
the medians. The baseline is a PySide6 QMainWindow with a QTabWidget, timed until painted.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

MARKER = "painted"
BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget

class Watcher(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv)
window = QMainWindow()
tabs = QTabWidget()
page = QLabel("programme")
tabs.addTab(page, "Programme")
window.setCentralWidget(tabs)
watcher = Watcher()
page.installEventFilter(watcher)
window.resize(1200, 760)
window.show()
app.exec()
"""


def time_until_painted(command: list[str], environment: dict[str, str]) -> float:
    started = time.perf_counter()
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=environment
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if MARKER in line:
                elapsed = time.perf_counter() - started
                break
        else:
            raise RuntimeError(f"{command} exited without painting")
        process.wait(timeout=30)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    arguments = parser.parse_args()
    environment = dict(os.environ)
    environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Measure what a user gets: modules load from cached bytecode (written by the warm-up
    # runs), as in an installed or frozen app, not compiled from source at every start.
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory(prefix="forumguide-bench-") as home:
        app_environment = {
            **environment,
            "FORUMGUIDE_HOME": home,
            "FORUMGUIDE_BENCH_EXIT_ON_PAINT": "1",
        }
        app_command = [sys.executable, "-m", "forumguide"]
        bare_command = [sys.executable, "-c", BARE_WINDOW]
        # One warm-up each, so that both start from a warm file cache.
        time_until_painted(app_command, app_environment)
        time_until_painted(bare_command, environment)
        app_times, bare_times = [], []
        for _ in range(arguments.runs):
            app_times.append(time_until_painted(app_command, app_environment))
            bare_times.append(time_until_painted(bare_command, environment))
    app_median, bare_median = statistics.median(app_times), statistics.median(bare_times)
    # Each pair ran back to back, so its ratio is little affected by slower stretches of a
    # busy machine; the median of those ratios is the figure to compare with the target.
    pair_ratio = statistics.median(a / b for a, b in zip(app_times, bare_times, strict=True))
    print(
        f"ForumGuide until programme painted: median {app_median * 1000:.0f} ms "
        f"(fastest {min(app_times) * 1000:.0f} ms)"
    )
    print(
        f"bare QMainWindow + QTabWidget:      median {bare_median * 1000:.0f} ms "
        f"(fastest {min(bare_times) * 1000:.0f} ms)"
    )
    print(f"ratio of the fastest runs:          {min(app_times) / min(bare_times):.2f}")
    print(
        f"startup ratio (median of {arguments.runs} paired runs): {pair_ratio:.2f} (target <= 1.5)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
