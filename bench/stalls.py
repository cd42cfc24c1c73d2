"""Stall benchmark: showing enormous imported text and an enormous note in the real window.

A session's abstract is one word of a million letters (1 MB), and the delegate's note on it is
60 MB of text on one line. The real window, offscreen, shows them as a delegate would: the
session selected in the Programme, the Notes tab opened and the note selected in it, then the
note opened at its session. A 10 ms timer on the GUI thread records its largest gap during each
step, against the same steps on an ordinary session and note (the baseline).

Target: the largest stall under 100 ms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/stalls.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ABSTRACT_LETTERS = 1_000_000
NOTE_BYTES = 60 * 1024 * 1024


def largest_gap(step: Callable[[], object]) -> tuple[float, float]:
    """(largest gap between 10 ms ticks, duration) while ``step`` runs and the window settles."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    QApplication.processEvents()
    last[0] = started = time.perf_counter()
    QTimer.singleShot(0, step)
    while time.perf_counter() - started < 0.5:
        QApplication.processEvents()
        time.sleep(0.001)
    timer.stop()
    gaps.append(time.perf_counter() - last[0])
    return max(gaps), time.perf_counter() - started


def main() -> int:
    from forumguide.app import create_application
    from forumguide.catalog.builder import build_catalog
    from forumguide.catalog.library import CatalogLibrary
    from forumguide.catalog.reader import CatalogReader
    from forumguide.domain.model import Forum, NoteTarget, Programme, Session
    from forumguide.paths import user_paths
    from forumguide.personal.store import PersonalStore
    from forumguide.services.personal import snapshot_of
    from forumguide.ui.main_window import NOTES, PROGRAMME, MainWindow
    from forumguide.ui.personal_data import PersonalData

    app = create_application([sys.argv[0]])
    word = "antidisestablishment" * (ABSTRACT_LETTERS // 20)
    start = datetime(2025, 10, 15, 10, 0)
    programme = Programme(
        forums=(Forum(slug="big", name="Big texts", timezone="Asia/Almaty"),),
        sessions=(
            Session(
                "plain",
                "big",
                "An ordinary session",
                date(2025, 10, 15),
                start,
                timedelta(hours=1),
                description="An ordinary abstract.",
                timezone="Asia/Almaty",
            ),
            Session(
                "huge",
                "big",
                "A session with a huge abstract",
                date(2025, 10, 15),
                start + timedelta(hours=1),
                timedelta(hours=1),
                description=word,
                timezone="Asia/Almaty",
            ),
        ),
    )
    with tempfile.TemporaryDirectory(prefix="forumguide-stalls-") as temporary:
        folder = Path(temporary)
        catalog = build_catalog(programme, folder / "big.sqlite", catalog_id="big", title="Big")
        library = CatalogLibrary([CatalogReader(catalog)])
        paths = user_paths(folder / "home")
        paths.ensure()
        store = PersonalStore(paths.personal_store)
        for guid, text in (("plain", "An ordinary note."), ("huge", "x" * NOTE_BYTES)):
            session = library.session(guid, "big")
            assert session is not None
            store.save_note(NoteTarget.SESSION, guid, text, snapshot_of(session, library), "big")
        window = MainWindow(library, paths)
        window.resize(1280, 800)
        window.attach(PersonalData(store, library, window))
        window.show()
        app.processEvents()
        notes = window.notes

        def note_row(guid: str) -> int:
            return next(r for r in range(notes.model.rowCount()) if notes.model.note(r).key == guid)

        steps: list[tuple[str, Callable[[str], object]]] = [
            ("select the session", lambda guid: window.open_session(guid, "big")),
            ("open the Notes tab", lambda _guid: window.tabs.setCurrentIndex(NOTES)),
            (
                "select its note",
                lambda guid: notes.view.setCurrentIndex(notes.model.index(note_row(guid), 0)),
            ),
            (
                "open the note's session",
                lambda guid: notes._activated(notes.model.index(note_row(guid), 0)),
            ),
        ]
        print("largest stall of the GUI thread (10 ms heartbeat), target under 100 ms")
        for guid, label in (
            ("plain", "ordinary (baseline)"),
            ("huge", "1 MB abstract, 60 MB note"),
        ):
            window.tabs.setCurrentIndex(PROGRAMME)
            window.programme.show_forum_page()
            app.processEvents()
            figures = []
            for name, step in steps:
                gap, _elapsed = largest_gap(partial(step, guid))
                figures.append(f"{name} {gap * 1000:6.1f} ms")
            print(f"  {label:<28} " + "; ".join(figures))
        shown = window.programme.notes
        print(
            f"  the 60 MB note in its editor: {len(shown.text()):,} characters shown, "
            f"read-only: {shown.editor.isReadOnly()}"
        )
        window.close()
        store.close()
        library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
