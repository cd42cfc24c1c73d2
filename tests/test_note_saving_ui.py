"""Never lose a note, through the real window: autosave, write faults, damaged and newer files.

Each window is built by the app's own open path (``app.create_main_window``: the real bundled
catalog, the personal store opened, checked and recovered after the first paint) around a
temporary home; what is saved is read back through a separate SQLite connection.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest

from forumguide.app import create_main_window, open_personal_store
from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import SessionFilter
from forumguide.domain.model import NoteTarget, SessionSnapshot
from forumguide.paths import UserPaths
from forumguide.ui import widgets
from forumguide.ui.main_window import MainWindow
from forumguide.ui.widgets import AUTOSAVE_DELAY_MS

FORUM = "attf-2025"
SAVE_TIMEOUT_MS = AUTOSAVE_DELAY_MS * 5


@pytest.fixture
def windows(qtbot) -> Iterator[Callable[..., MainWindow]]:
    """Starts windows the way run_gui does, and closes them and their files afterwards."""
    opened: list[MainWindow] = []

    def start(paths: UserPaths, bundled: Path | None = None) -> MainWindow:
        window = create_main_window(paths, bundled)
        qtbot.addWidget(window)
        opened.append(window)
        window.show()
        qtbot.waitExposed(window)
        if window.library.forums():
            qtbot.waitUntil(lambda: window.data is not None)
        return window

    yield start
    for window in opened:
        if window.data is not None:
            assert window.flush_notes(), "a test left a note unsaved"
        window.close()
        if window.data is not None:
            window.data.store.close()
        window.library.close()


def sessions(window: MainWindow) -> list[str]:
    reader = window.library.reader_for(FORUM)
    assert reader is not None
    return [session.guid for session in reader.sessions(SessionFilter(FORUM))]


def first_session(library: CatalogLibrary) -> str:
    reader = library.reader_for(FORUM)
    assert reader is not None
    return reader.sessions(SessionFilter(FORUM))[0].guid


def stored_text(paths: UserPaths, guid: str) -> str | None:
    """The note as another program would read it from the file."""
    with closing(sqlite3.connect(paths.personal_store)) as connection:
        row = connection.execute(
            "SELECT body FROM note WHERE target = 'session' AND key = ?", (guid,)
        ).fetchone()
    return row[0] if row else None


def type_into_note(qtbot, window: MainWindow, text: str, pasted: str = "") -> str:
    editor = window.programme.notes.editor
    editor.setFocus()
    if pasted:
        editor.insertPlainText(pasted)  # as a paste would
    qtbot.keyClicks(editor, text)
    return pasted + text


# Autosave ------------------------------------------------------------------------------------


def test_typed_text_is_in_the_file_after_the_autosave_delay(
    qtbot, home: UserPaths, windows
) -> None:
    window = windows(home)
    guid = sessions(window)[0]
    window.open_session(guid)
    text = type_into_note(qtbot, window, "Ask about the InsightsCentral.Asia platform")
    qtbot.waitUntil(lambda: stored_text(home, guid) == text, timeout=SAVE_TIMEOUT_MS)
    assert window.programme.notes.status.text().startswith("Saved")
    assert not window.programme.notes.dirty


def test_a_tab_change_or_moving_to_another_session_saves_at_once(
    qtbot, home: UserPaths, windows
) -> None:
    window = windows(home)
    first, second = sessions(window)[:2]
    window.open_session(first)
    type_into_note(qtbot, window, "saved by the tab change")
    window.tabs.setCurrentIndex(window.tabs.indexOf(window.notes))
    assert stored_text(home, first) == "saved by the tab change"  # no autosave delay needed

    window.open_session(first)
    type_into_note(qtbot, window, "; and by moving on")
    window.open_session(second)
    assert stored_text(home, first) == "saved by the tab change; and by moving on"


def test_leaving_the_editor_saves_at_once(qtbot, home: UserPaths, windows) -> None:
    window = windows(home)
    guid = sessions(window)[0]
    window.open_session(guid)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    type_into_note(qtbot, window, "saved when the focus moves")
    window.search.setFocus()
    qtbot.waitUntil(lambda: not window.programme.notes.editor.hasFocus())
    assert stored_text(home, guid) == "saved when the focus moves"


# Write faults --------------------------------------------------------------------------------


def full_disk(paths: UserPaths) -> Callable[[sqlite3.Connection], None]:
    """SQLITE_FULL on any write that needs a new page."""
    with closing(sqlite3.connect(paths.personal_store)) as connection:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]

    def hook(connection: sqlite3.Connection) -> None:
        connection.execute(f"PRAGMA max_page_count={pages}")

    return hook


def read_only_file(_paths: UserPaths) -> Callable[[sqlite3.Connection], None]:
    """SQLITE_READONLY ("attempt to write a readonly database") on every write."""

    def hook(connection: sqlite3.Connection) -> None:
        connection.execute("PRAGMA query_only=ON")

    return hook


@pytest.fixture
def quick_retry(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retry failed saves every 0.1 s instead of every few seconds (set before the window)."""
    monkeypatch.setattr(widgets, "RETRY_DELAY_MS", 100)


@pytest.mark.parametrize(
    "fault",
    [(full_disk, "The disk is full."), (read_only_file, "The folder or file is read-only.")],
    ids=["disk-full", "read-only"],
)
def test_a_failed_save_keeps_the_text_tells_and_retries(
    qtbot, home: UserPaths, windows, quick_retry: None, fault
) -> None:
    make_hook, reason = fault
    window = windows(home)
    store = window.data.store
    guid = sessions(window)[0]
    window.open_session(guid)
    hook = make_hook(home)
    store.connection_hooks.append(hook)
    text = type_into_note(qtbot, window, " -- the end of a long note", pasted="Long notes. " * 2000)

    qtbot.waitUntil(lambda: reason in window.banner.message(), timeout=SAVE_TIMEOUT_MS)
    print(f"\n{make_hook.__name__}: banner says: {window.banner.message()}")
    notes = window.programme.notes
    assert notes.text() == text
    assert notes.dirty
    assert "not saved yet" in notes.status.text()
    assert stored_text(home, guid) is None
    assert window.flush_notes() is False

    store.connection_hooks.remove(hook)
    qtbot.waitUntil(lambda: stored_text(home, guid) == text, timeout=SAVE_TIMEOUT_MS)
    assert "saved again" in window.banner.message()
    assert reason not in window.banner.message()
    assert notes.text() == text
    assert not notes.dirty


def test_moving_on_while_saves_fail_holds_the_unsaved_note(
    qtbot, home: UserPaths, windows, quick_retry: None
) -> None:
    window = windows(home)
    store = window.data.store
    first, second = sessions(window)[:2]
    notes = window.programme.notes
    window.open_session(first)
    hook = read_only_file(home)
    store.connection_hooks.append(hook)
    type_into_note(qtbot, window, "first, not saved yet")
    qtbot.waitUntil(lambda: "read-only" in window.banner.message(), timeout=SAVE_TIMEOUT_MS)

    window.open_session(second)  # the list and the editor agree on the session shown
    assert notes.key == second
    assert notes.text() == ""
    assert notes.isEnabled()
    assert "1 other note(s) waiting to be saved" in notes.status.text()
    type_into_note(qtbot, window, "second, not saved either")
    window.open_session(first)
    assert notes.text() == "first, not saved yet"  # the held text, not the stored nothing
    assert notes.unsaved_count == 2
    assert window.flush_notes() is False

    store.connection_hooks.remove(hook)
    qtbot.waitUntil(lambda: notes.unsaved_count == 0, timeout=SAVE_TIMEOUT_MS)
    assert stored_text(home, first) == "first, not saved yet"
    assert stored_text(home, second) == "second, not saved either"


# Damaged, newer and missing files ------------------------------------------------------------


def fill_store(paths: UserPaths, guid: str, text: str) -> None:
    store = open_personal_store(paths)
    for number in range(4):  # enough pages that cutting the file in half loses some
        store.save_note(NoteTarget.SESSION, f"filler-{number}", "text " * 2000, SessionSnapshot())
    store.save_note(NoteTarget.SESSION, guid, text, SessionSnapshot(title="From the backup"))
    store.close()  # takes the backup


def garbage(path: Path) -> None:
    path.write_bytes(os.urandom(4096) + b"\x00garbage" * 1000)


def truncated(path: Path) -> None:
    with path.open("r+b") as file:
        file.truncate(path.stat().st_size // 2)


@pytest.mark.parametrize("damage", [garbage, truncated], ids=["garbage", "truncated"])
def test_a_damaged_store_is_restored_from_the_newest_backup(
    qtbot, home: UserPaths, windows, library, damage
) -> None:
    guid = first_session(library)
    fill_store(home, guid, "kept in the backup")
    damage(home.personal_store)
    damaged_bytes = home.personal_store.read_bytes()

    window = windows(home)
    recovery = window.data.store.recovery
    assert recovery is not None
    notice = window.recovery_notice
    assert notice is not None and notice.isVisible()
    message = notice.label.text()
    print(f"\n{damage.__name__}: the notice says: {message}")
    assert str(recovery.damaged_path) in message
    assert "backup" in message
    assert recovery.damaged_path.read_bytes() == damaged_bytes
    window.open_session(guid)
    assert window.programme.notes.text() == "kept in the backup"


def test_a_store_from_a_newer_version_is_shown_read_only(
    qtbot, home: UserPaths, windows, library
) -> None:
    guid = first_session(library)
    fill_store(home, guid, "from the future")
    with closing(sqlite3.connect(home.personal_store)) as connection:
        connection.execute("PRAGMA user_version=42")
    before = (home.personal_store.read_bytes(), home.personal_store.stat().st_mtime_ns)

    window = windows(home)
    assert "newer version" in window.banner.message()
    window.open_session(guid)
    notes = window.programme.notes
    assert notes.text() == "from the future"
    assert notes.editor.isReadOnly()
    qtbot.keyClicks(notes.editor, "typed")
    assert notes.text() == "from the future"
    window.toggle_bookmark()
    assert window.flush_notes()
    assert (home.personal_store.read_bytes(), home.personal_store.stat().st_mtime_ns) == before


def missing(path: Path) -> None:
    pass


def damaged(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))


@pytest.mark.parametrize("problem", [missing, garbage, damaged, truncated])
def test_a_missing_or_damaged_catalog_is_a_message_not_a_traceback(
    home: UserPaths, windows, bundled_path: Path, tmp_path: Path, problem
) -> None:
    catalog = tmp_path / "catalog.sqlite"
    if problem is not missing:
        catalog.write_bytes(bundled_path.read_bytes())
        problem(catalog)
    window = windows(home, bundled=catalog)
    message = window.banner.message()
    print(f"\n{problem.__name__} catalog: banner says: {message}")
    assert f"The programme catalog {catalog}" in message
    assert "No programme could be opened" in message
    assert window.forum_box.count() == 0
