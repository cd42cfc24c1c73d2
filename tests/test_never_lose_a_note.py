"""What an adversarial pass found outside the kill tests, each tried as a delegate would:
bookmarks shown whatever tab the window opens on, a deleted store restored and kept, times at the
edge of the calendar, imported markup in tooltips, termination signals, failing reads after a
failed import, and files that interrupted imports leave behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from forumguide.app import create_main_window
from forumguide.catalog.builder import build_catalog
from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import CatalogReader, SessionFilter
from forumguide.domain.model import Forum, NoteTarget, Programme, Session
from forumguide.paths import UserPaths
from forumguide.personal.store import PersonalStore
from forumguide.services.catalogs import clean_leftovers
from forumguide.services.personal import snapshot_of
from forumguide.ui.main_window import AGENDA, NOTES, MainWindow
from tests.ui_helpers import close_window, data_of, open_window

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent


def first_bundled(library: CatalogLibrary, forum: str = "attf-2025") -> Session:
    reader = library.reader_for(forum)
    assert reader is not None
    return reader.sessions(SessionFilter(forum))[0]


def as_started(qtbot: Any, home: UserPaths) -> MainWindow:
    """The window as ``forumguide`` builds it: the store opened on a worker after the paint."""
    window = create_main_window(home)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.data is not None, timeout=20_000)
    return window


def closed(window: MainWindow) -> None:
    window.tasks.wait()
    close_window(window)
    window.library.close()


# Whatever tab the window opens on ------------------------------------------------------------


@pytest.mark.parametrize("tab", [AGENDA, NOTES])
def test_a_restart_on_my_agenda_or_notes_shows_the_bookmarks_and_notes(
    qtbot: Any, library: CatalogLibrary, home: UserPaths, tab: int
) -> None:
    session = first_bundled(library)
    store = PersonalStore(home.personal_store, backups_dir=home.backups_dir)
    snapshot = snapshot_of(session, library)
    store.add_bookmark(session.guid, session.forum_slug, snapshot)
    store.save_note(NoteTarget.SESSION, session.guid, "still here", snapshot, session.forum_slug)
    store.close()
    settings = QSettings(str(home.settings_file), QSettings.Format.IniFormat)
    settings.setValue("view/tab", tab)
    settings.sync()

    window = as_started(qtbot, home)
    assert window.tabs.currentIndex() == tab
    assert window.agenda.model.item_count() == 1 or tab != AGENDA
    assert "Opening" not in window.agenda.summary.text()
    window.tabs.setCurrentIndex(NOTES)
    qtbot.waitUntil(lambda: window.notes.model.rowCount() == 1)
    window.tabs.setCurrentIndex(AGENDA)
    assert window.agenda.model.item_count() == 1
    assert window.agenda.summary.text() == "Bookmarked sessions: 1"
    closed(window)


# A deleted store, restored and kept --------------------------------------------------------------


def test_a_deleted_store_is_restored_from_its_backup_and_kept_at_every_start(
    qtbot: Any, library: CatalogLibrary, home: UserPaths
) -> None:
    session = first_bundled(library)
    store = PersonalStore(home.personal_store, backups_dir=home.backups_dir)
    snapshot = snapshot_of(session, library)
    store.save_note(NoteTarget.SESSION, session.guid, "in the backup", snapshot, session.forum_slug)
    store.add_bookmark(session.guid, session.forum_slug, snapshot)
    store.close()  # the close takes the backup
    home.personal_store.unlink()

    window = as_started(qtbot, home)
    notice = window.recovery_notice
    assert notice is not None and notice.isVisible()
    text = notice.label.text()
    print(f"\nthe notice says: {text}")
    assert "missing" in text and "was restored" in text
    assert [n.text for n in data_of(window).notes()] == ["in the backup"]
    closed(window)

    for start in range(5):
        window = as_started(qtbot, home)
        assert [n.text for n in data_of(window).notes()] == ["in the backup"], start
        assert data_of(window).bookmarked_keys() == {(session.forum_slug, session.guid)}
        # Until it is read, the notice comes back at every start; then it does not.
        notice = window.recovery_notice
        if start <= 2:
            assert notice is not None and notice.isVisible(), start
        else:
            assert notice is None, start
        if start == 2:
            assert notice is not None
            notice.done.click()
            assert data_of(window).store.recovery is None
        closed(window)


# Times at the edge of the calendar ---------------------------------------------------------------


@pytest.fixture
def almaty(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Almaty")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_session_at_the_end_of_the_calendar_is_shown_without_a_crash(
    qtbot: Any, home: UserPaths, tmp_path: Path, almaty: None
) -> None:
    """A catalog written before years were checked may hold one; so may a store."""
    last = datetime(9999, 12, 31, 23, 0)
    first = datetime(1, 1, 1, 1, 0)
    programme = Programme(
        forums=(Forum(slug="edge", name="Edge", timezone="Pacific/Kiritimati"),),
        sessions=(
            Session("late", "edge", "Last hour", last.date(), last, timedelta(minutes=59)),
            Session("early", "edge", "First hour", first.date(), first, timedelta(hours=1)),
            Session("fine", "edge", "An hour", date(2025, 3, 1), datetime(2025, 3, 1, 10)),
        ),
    )
    path = build_catalog(programme, tmp_path / "edge.sqlite", catalog_id="edge", title="Edge")
    library = CatalogLibrary([CatalogReader(path)])
    window = open_window(qtbot, library, home)
    data = data_of(window)
    window.local_time_action.setChecked(True)  # shown in Asia/Almaty: 9999 overflows there
    for guid in ("late", "early", "fine"):
        session = library.session(guid, "edge")
        assert session is not None
        data.set_bookmarked(session, True)
        data.save_note(
            NoteTarget.SESSION, guid, f"on {guid}", snapshot_of(session, library), "edge"
        )
        window.open_session(guid, "edge")
        assert session.title in window.programme.details.toPlainText()
        window.grab()
    # A note saved at the end of the calendar, as a damaged or foreign program may leave it.
    with PersonalStore(home.personal_store).engine.begin() as connection:
        connection.exec_driver_sql("UPDATE note SET updated_at = '9999-12-31T23:59:59+00:00'")
    for tab in (AGENDA, NOTES):
        window.tabs.setCurrentIndex(tab)
        window.grab()
    window.notes.reload()
    window.grab()
    assert window.notes.model.rowCount() == 3
    assert window.agenda.model.item_count() == 3
    window.local_time_action.setChecked(False)
    window.grab()
    close_window(window)
    library.close()


# Imported markup in tooltips ---------------------------------------------------------------------


def test_a_title_that_is_an_enormous_image_stays_text_in_a_tooltip(tmp_path: Path) -> None:
    image = tmp_path / "big.png"
    title = f'<img src="{image.as_uri()}" width="20000" height="20000">'
    programme = Programme(
        forums=(Forum(slug="big", name="Big", timezone="UTC"),),
        sessions=(Session("s", "big", title, date(2025, 3, 1), datetime(2025, 3, 1, 10)),),
    )
    catalog = build_catalog(programme, tmp_path / "big.sqlite", catalog_id="big", title="Big")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    shown = subprocess.run(
        [sys.executable, str(TESTS / "tooltip_child.py"), str(catalog)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    ).stdout
    lines = dict(line.split(" ", 1) for line in shown.splitlines() if " " in line)
    rss_mb = int(lines["rss"]) / 1024
    print(f"\ntooltip: {lines['tooltip']!r}; largest resident size {rss_mb:.0f} MB")
    assert lines["tooltip"].startswith("True")
    assert "&lt;img" in lines["tooltip"]  # shown as the text it is
    assert rss_mb < 200


# Termination signals -----------------------------------------------------------------------------


def _type_and_signal(home: Path, text: str, number: int) -> tuple[str, int]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, str(TESTS / "termination_child.py"), str(home), text],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.startswith("typed "), (line, child.stderr.read() if child.stderr else "")
        time.sleep(0.2)
        child.send_signal(number)
        code = child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    return line.split()[1], code


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="POSIX signals")
def test_a_termination_signal_closes_the_window_and_keeps_the_note(tmp_path: Path) -> None:
    kept = 0
    tries = [(signal.SIGTERM, n) for n in range(20)]
    tries += [(signal.SIGHUP, n) for n in range(3)] + [(signal.SIGINT, n) for n in range(3)]
    for number, attempt in tries:
        home = tmp_path / f"{number.name}-{attempt}"
        text = f"typed before {number.name} {attempt}"
        guid, code = _type_and_signal(home, text, number)
        store = PersonalStore(home / "data" / "personal.sqlite")
        try:
            note = store.note(NoteTarget.SESSION, guid, "attf-2025")
        finally:
            store.close()
        assert note is not None and note.text == text, (number.name, attempt, code)
        kept += 1
    print(f"\nnotes kept after a termination signal 0.2 s after typing: {kept} of {len(tries)}")


# A failed import while the store cannot be read --------------------------------------------------


def test_a_failed_import_while_the_store_fails_reading_raises_nothing(
    qtbot: Any, library: CatalogLibrary, home: UserPaths, tmp_path: Path
) -> None:
    import sqlite3

    window = open_window(qtbot, library, home)
    bad = tmp_path / "schedule.json"
    bad.write_text('{"schedule": {"conference": ', encoding="utf-8")

    def unreadable(connection: sqlite3.Connection) -> None:
        connection.set_authorizer(lambda *_args: sqlite3.SQLITE_DENY)

    data_of(window).store.connection_hooks.append(unreadable)
    window.tabs.setCurrentIndex(AGENDA)
    window.import_flow.import_file(bad)  # refused; the tabs reload and fail to read
    assert window.import_flow.last_result is None
    window.agenda.reload()
    assert "could not be read" in window.agenda.summary.text()
    window.tabs.setCurrentIndex(NOTES)
    window.notes.reload()
    assert "could not be read" in window.notes.summary.text()
    data_of(window).store.connection_hooks.remove(unreadable)
    close_window(window)


# What interrupted imports leave behind -----------------------------------------------------------


def test_leftovers_of_interrupted_imports_are_removed_once_old(home: UserPaths) -> None:
    folder = home.catalogs_dir
    old = [
        folder / ".fosdem-2021.sqlite.0123abcd.part",
        folder / ".fosdem-2021.sqlite.0123abcd.part-journal",
        folder / ".fosdem-2021.4567ef.staged",
        folder / ".fosdem-2021.sqlite.importing.89ab.part",
    ]
    fresh = folder / ".democon.sqlite.cdef.part"  # an import may be writing it right now
    kept = folder / "democon.sqlite"
    for path in [*old, fresh, kept]:
        path.write_bytes(b"x" * 1024)
    an_hour_ago = time.time() - 3600
    for path in [*old, kept]:
        os.utime(path, (an_hour_ago, an_hour_ago))
    removed = clean_leftovers(folder)
    assert sorted(removed) == sorted(old)
    assert sorted(p.name for p in folder.iterdir()) == sorted([fresh.name, kept.name])


def test_the_window_clears_leftovers_after_it_is_painted(qtbot: Any, home: UserPaths) -> None:
    leftover = home.catalogs_dir / ".gone.sqlite.feed.part"
    leftover.write_bytes(b"x")
    an_hour_ago = time.time() - 3600
    os.utime(leftover, (an_hour_ago, an_hour_ago))
    window = as_started(qtbot, home)
    qtbot.waitUntil(lambda: not leftover.exists(), timeout=10_000)
    closed(window)
