"""Search benchmark: opening a large forum and typing in the search box, in the real window.

For 800, 5,000 and 20,000 sessions (FOSDEM 2021's events repeated over more days with fresh
ids, see bench/large_schedule.py), the schedule is imported into a temporary home and the real
main window is opened offscreen. It prints:

- the time to open the forum: from choosing it in the forum box until its list is painted;
- for a typed sequence of keystrokes (one letter, growing words, then the field cleared), the
  time from the key to the list updated and painted: p50, p95 and max;
- the baseline: the same search run bare against the catalog's FTS5 table, and the ratio.

Targets at 20,000 sessions: open <= 100 ms, keystroke p95 <= 16 ms (one frame).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/search.py [--sizes 800 5000 20000]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.large_schedule import ZONE, make_schedule

# What a delegate types: a letter, a growing word, the field cleared, another word, a second
# word, cleared again.
TYPING = ["l", "li", "lin", "linu", "linux", "", "r", "ru", "rus", "rust", "", "k", "ke", "ker"]
TYPING += ["kern", "kerne", "kernel", "kernel ", "kernel d", "kernel de", "kernel dev", ""]
OPENINGS = 7


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def milliseconds(values: list[float]) -> str:
    return (
        f"p50 {percentile(values, 0.5) * 1000:6.1f} ms, p95 {percentile(values, 0.95) * 1000:6.1f}"
        f" ms, max {max(values) * 1000:6.1f} ms"
    )


def bare_searches(catalog: Path, forum_range: range) -> list[float]:
    """The baseline: each search of the typed sequence, as a bare FTS5 query on the file."""
    from forumguide.catalog.text import match_expression

    db = sqlite3.connect(f"{catalog.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    times = []
    for text in TYPING:
        expression = match_expression(text)
        started = time.perf_counter()
        if expression is not None:
            db.execute(
                "SELECT rowid FROM session_fts WHERE session_fts MATCH ? AND rowid BETWEEN ? AND ?",
                (expression, forum_range.start, forum_range.stop - 1),
            ).fetchall()
        times.append(time.perf_counter() - started)
    db.close()
    return times


def measure(count: int, folder: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from forumguide.app import create_application, open_library
    from forumguide.paths import user_paths
    from forumguide.services.programmes import import_schedule
    from forumguide.ui.main_window import MainWindow

    app = create_application([sys.argv[0]])
    schedule = make_schedule(count, folder / f"schedule-{count}.xml")
    paths = user_paths(folder / f"home-{count}")
    paths.ensure()
    library, _problems = open_library(paths)
    result = import_schedule(schedule, library, paths.catalogs_dir, default_timezone=ZONE)
    slug = result.forum.slug
    window = MainWindow(library, paths)
    window.resize(1280, 800)
    window.show()
    window.select_forum("attf-2025")
    QTest.qWaitForWindowExposed(window)
    app.processEvents()
    programme = window.programme
    updated: list[bool] = []
    programme.list_updated.connect(lambda: updated.append(True))

    def until_listed(action: Callable[[], None]) -> float:
        """From ``action`` until the list shows its result: updated, then painted."""
        updated.clear()
        started = time.perf_counter()
        action()
        while not updated:
            app.processEvents()
        paints = programme.view.paints
        while programme.view.paints == paints:
            app.processEvents()
        return time.perf_counter() - started

    openings = []
    for _ in range(OPENINGS):
        window.select_forum("attf-2025")
        app.processEvents()
        openings.append(until_listed(lambda: window.select_forum(slug)))
    window.search.setFocus()
    keystrokes = []
    for _round in range(3):
        for text in TYPING:

            def type_next(text: str = text) -> None:
                if text:
                    QTest.keyClicks(window.search, text[-1])
                else:
                    window.search.selectAll()
                    QTest.keyClick(window.search, Qt.Key.Key_Backspace)

            keystrokes.append(until_listed(type_next))
            assert window.search.text() == text, (window.search.text(), text)
    reader = library.reader_for(slug)
    assert reader is not None
    span = reader.forum_range(slug)
    bare = [t for _ in range(3) for t in bare_searches(result.catalog_path, span)]
    print(f"{count:>6} sessions ({result.session_count} imported):")
    print(f"  open the forum:     {milliseconds(openings)}   (median of {OPENINGS})")
    print(f"  keystroke to list:  {milliseconds(keystrokes)}   ({len(keystrokes)} keys)")
    print(f"  bare FTS5 query:    {milliseconds(bare)}")
    print(
        "  ratio keystroke / bare query (p95): "
        f"{percentile(keystrokes, 0.95) / max(percentile(bare, 0.95), 1e-6):.1f}"
    )
    window.close()
    window.deleteLater()
    library.close()
    QApplication.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[800, 5000, 20000])
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="forumguide-search-") as temporary:
        for count in arguments.sizes:
            measure(count, Path(temporary))
    print("targets at 20,000 sessions: open <= 100 ms, keystroke p95 <= 16 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
