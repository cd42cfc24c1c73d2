"""Responsiveness benchmark: the GUI thread's largest stall while long work runs.

A 38C3-size schedule (1,000 events: FOSDEM 2021's repeated with fresh ids; see
bench/large_schedule.py) is imported through the real window, offscreen, and then a PDF of 300
notes is exported. A 10 ms timer on the GUI thread records the gaps between its ticks; the
figures are the largest gap and the 99th percentile during each piece of work, against the same
timer while the window is idle (the baseline).

Target: no gap over 50 ms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/responsiveness.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.large_schedule import ZONE, make_schedule

EVENTS = 1000
NOTES = 300
HEARTBEAT_MS = 10


class Heartbeat:
    """Ticks every 10 ms on the GUI thread and keeps the time between ticks."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self._last = 0.0
        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def measure(
        self, start: Callable[[], object], done: Callable[[], bool]
    ) -> tuple[float, list[float]]:
        from PySide6.QtWidgets import QApplication

        self.gaps = []
        self._last = time.perf_counter()
        self.timer.start()
        started = time.perf_counter()
        start()
        while not done():
            QApplication.processEvents()
            time.sleep(0.001)
        elapsed = time.perf_counter() - started
        self.timer.stop()
        return elapsed, self.gaps


def report(label: str, elapsed: float, gaps: list[float]) -> None:
    ordered = sorted(gaps)
    p99 = ordered[int(0.99 * (len(ordered) - 1))] if ordered else 0.0
    largest = ordered[-1] if ordered else 0.0
    print(
        f"  {label:<28} {elapsed * 1000:7.0f} ms of work, {len(gaps):4d} ticks: "
        f"largest gap {largest * 1000:6.1f} ms, p99 {p99 * 1000:5.1f} ms"
    )


def main() -> int:
    from PySide6.QtWidgets import QFileDialog

    from forumguide.app import create_application, open_library, open_personal_store
    from forumguide.catalog.reader import SessionFilter
    from forumguide.domain.model import NoteTarget
    from forumguide.paths import user_paths
    from forumguide.services.personal import snapshot_of
    from forumguide.ui.main_window import MainWindow
    from forumguide.ui.personal_data import PersonalData

    app = create_application([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="forumguide-responsive-") as temporary:
        folder = Path(temporary)
        schedule = make_schedule(EVENTS, folder / "schedule.xml", title="Congress", zone=ZONE)
        paths = user_paths(folder / "home")
        paths.ensure()
        library, _problems = open_library(paths)
        window = MainWindow(library, paths)
        window.resize(1280, 800)
        data = PersonalData(open_personal_store(paths), library, window)
        window.attach(data)
        window.show()
        app.processEvents()
        heartbeat = Heartbeat()

        idle, idle_gaps = heartbeat.measure(lambda: None, lambda: len(heartbeat.gaps) >= 100)
        flow = window.import_flow
        importing, import_gaps = heartbeat.measure(
            lambda: flow.import_file(schedule), lambda: flow.last_result is not None
        )
        result = flow.last_result
        assert result is not None and result.session_count == EVENTS, result

        reader = library.reader_for(result.forum.slug)
        assert reader is not None
        for session in reader.sessions(SessionFilter(result.forum.slug))[:NOTES]:
            data.save_note(
                NoteTarget.SESSION,
                session.guid,
                f"{session.title}\n" + "A line of what was said in the talk. " * 40,
                snapshot_of(session, library),
                session.forum_slug,
            )
        target = folder / "notes.pdf"
        QFileDialog.getSaveFileName = staticmethod(  # type: ignore[method-assign]
            lambda *_args, **_kwargs: (str(target), "PDF documents (*.pdf)")
        )
        exporting, export_gaps = heartbeat.measure(
            window.export_flow.export_notes, lambda: target.exists() and not window.tasks.running
        )
        print(f"GUI thread stalls (heartbeat every {HEARTBEAT_MS} ms), target: none over 50 ms")
        report("idle window (baseline)", idle, idle_gaps)
        report(f"import of {EVENTS} events", importing, import_gaps)
        report(f"PDF export of {NOTES} notes", exporting, export_gaps)
        print(f"  PDF written: {target.stat().st_size // 1024} KB")
        window.close()
        data.store.close()
        library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
