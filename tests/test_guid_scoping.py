"""Bookmarks and notes keep the programme they were made in: another schedule reusing a session's
guid cannot take them over, and stores of the format before this are upgraded to say so."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from forumguide.app import open_library
from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import CatalogReader, SessionFilter
from forumguide.domain.model import NoteTarget
from forumguide.paths import UserPaths
from forumguide.personal import PERSONAL_SCHEMA_VERSION
from forumguide.personal.backup import Backups
from forumguide.personal.store import PersonalStore
from forumguide.services.personal import snapshot_of
from forumguide.ui.main_window import AGENDA, MainWindow
from forumguide.ui.models import Role
from tests.ui_helpers import close_window, data_of, open_window

SCHEDULES = Path(__file__).resolve().parents[2] / "shared" / "interop" / "schedules"
DEMOCON = SCHEDULES / "pretalx-democon.json"


@pytest.fixture
def window(qtbot: Any, bundled_path: Path, home: UserPaths) -> Iterator[MainWindow]:
    library = CatalogLibrary([CatalogReader(bundled_path)])
    shown = open_window(qtbot, library, home)
    yield shown
    close_window(shown)
    library.close()


def impostor(tmp_path: Path, guid: str) -> Path:
    """Another conference's schedule whose first session reuses ``guid`` under another title."""
    document = json.loads(DEMOCON.read_bytes())
    conference = document["schedule"]["conference"]
    # Named to come first among the imported catalogs, as files are opened in name order.
    conference["acronym"], conference["title"] = "aaa-con", "Another Conference"
    rooms = conference["days"][0]["rooms"]
    for events in rooms.values():
        for number, event in enumerate(events):
            event["guid"] = f"00000000-0000-4000-8000-{number:012d}"
    first = rooms["Gray Room"][0]
    first["guid"], first["title"] = guid, "A session that is not yours"
    path = tmp_path / "aaa-con.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_another_schedule_reusing_a_guid_cannot_take_a_bookmark_or_note_over(
    qtbot: Any, window: MainWindow, home: UserPaths, tmp_path: Path
) -> None:
    window.import_flow.import_file(DEMOCON)
    data = data_of(window)
    document = json.loads(DEMOCON.read_bytes())
    guid = document["schedule"]["conference"]["days"][0]["rooms"]["Gray Room"][0]["guid"]
    mine = window.library.session(guid, "democon")
    assert mine is not None
    assert data.set_bookmarked(mine, True)
    data.save_note(
        NoteTarget.SESSION, guid, "my note", snapshot_of(mine, window.library), "democon"
    )

    window.import_flow.import_file(impostor(tmp_path, guid))
    assert window.import_flow.last_result is not None
    # The next start opens the catalogs in name order: the other conference's comes first.
    close_window(window)
    library, _problems = open_library(home)
    window = open_window(qtbot, library, home)
    data = data_of(window)
    other = window.library.session(guid, "aaa-con")
    assert other is not None and other.title == "A session that is not yours"

    # The bookmark and the note still lead to the session they were made on...
    window.tabs.setCurrentIndex(AGENDA)
    found = window.agenda.model.find(guid)
    assert found.siblingAtColumn(1).data() == mine.title
    assert found.siblingAtColumn(2).data() == "DemoCon"
    (bookmark,) = data.bookmarks()
    assert (bookmark.forum_slug, bookmark.snapshot.title) == ("democon", mine.title)
    note = data.note(NoteTarget.SESSION, guid, "democon")
    assert note is not None and note.snapshot.title == mine.title
    # ...and the other conference's session is neither bookmarked nor annotated.
    window.open_session(guid, "aaa-con")
    assert window.programme.current is not None
    assert window.programme.current.title == "A session that is not yours"
    assert not window.programme.bookmark.isChecked()
    assert window.programme.notes.text() == ""
    row = window.programme.model.find(guid)
    assert row.siblingAtColumn(0).data() == ""  # no star
    # Bookmarking it is a bookmark of its own.
    window.programme.view.setCurrentIndex(row)
    window.toggle_bookmark()
    assert data.bookmarked_keys() == {("democon", guid), ("aaa-con", guid)}
    # Importing the first schedule again refreshes its own snapshots only.
    window.import_flow.import_file(DEMOCON)
    note = data.note(NoteTarget.SESSION, guid, "democon")
    assert note is not None and note.snapshot.title == mine.title
    assert {b.forum_slug: b.snapshot.title for b in data.bookmarks()} == {
        "democon": mine.title,
        "aaa-con": "A session that is not yours",
    }
    window.open_session(guid, "democon")
    assert window.programme.notes.text() == "my note"
    assert window.agenda.model.find(guid, "democon").data(Role.KIND) == "session"
    close_window(window)
    library.close()


def _format_1_store(path: Path) -> None:
    """A store as the first format wrote it: bookmarks by guid alone, notes without a forum."""
    snapshot = "'', '', '', NULL, NULL, ''"
    with closing(sqlite3.connect(path)) as connection:
        connection.executescript(
            f"""
            CREATE TABLE bookmark (session_guid VARCHAR NOT NULL, forum_slug VARCHAR NOT NULL,
                created_at VARCHAR NOT NULL, snap_title TEXT NOT NULL,
                snap_forum_name TEXT NOT NULL, snap_timezone VARCHAR NOT NULL,
                snap_day VARCHAR, snap_start VARCHAR, snap_room TEXT NOT NULL,
                PRIMARY KEY (session_guid));
            CREATE TABLE note (id INTEGER NOT NULL, target VARCHAR NOT NULL,
                "key" VARCHAR NOT NULL, body TEXT NOT NULL, updated_at VARCHAR NOT NULL,
                snap_title TEXT NOT NULL, snap_forum_name TEXT NOT NULL,
                snap_timezone VARCHAR NOT NULL, snap_day VARCHAR, snap_start VARCHAR,
                snap_room TEXT NOT NULL, PRIMARY KEY (id), UNIQUE (target, "key"));
            INSERT INTO bookmark VALUES
                ('g-bookmarked', 'attf-2025', '2025-10-15T05:00:00+00:00', {snapshot});
            INSERT INTO note VALUES
                (1, 'session', 'g-bookmarked', 'on a bookmarked session',
                 '2025-10-15T05:00:00+00:00', {snapshot}),
                (2, 'session', 'g-other', 'on a session not bookmarked',
                 '2025-10-15T05:01:00+00:00', {snapshot}),
                (3, 'speaker', 'joshua-lincoln', 'on a person',
                 '2025-10-15T05:02:00+00:00', {snapshot});
            PRAGMA user_version = 1;
            """
        )


def test_a_store_of_the_first_format_is_upgraded_and_keeps_everything(
    tmp_path: Path, library: CatalogLibrary
) -> None:
    path = tmp_path / "personal.sqlite"
    _format_1_store(path)
    store = PersonalStore(path, backups_dir=tmp_path / "backups")
    try:
        with closing(sqlite3.connect(path)) as check:
            assert check.execute("PRAGMA user_version").fetchone() == (PERSONAL_SCHEMA_VERSION,)
        assert [b.label for b in Backups(tmp_path / "backups").all() if b.label] == [
            f"before-v{PERSONAL_SCHEMA_VERSION}"
        ]
        assert store.bookmarked_keys() == {("attf-2025", "g-bookmarked")}
        by_key = {(n.target, n.key): n for n in store.notes()}
        assert by_key[(NoteTarget.SESSION, "g-bookmarked")].forum_slug == "attf-2025"
        # Nothing says which forum this one is in: it waits for the programmes to say.
        assert by_key[(NoteTarget.SESSION, "g-other")].forum_slug == ""
        assert by_key[(NoteTarget.SPEAKER, "joshua-lincoln")].text == "on a person"
        assert len(by_key) == 3
        # The note that names no forum still answers for its session meanwhile.
        note = store.note(NoteTarget.SESSION, "g-other", "doha-2025")
        assert note is not None and note.text == "on a session not bookmarked"
    finally:
        store.close()


def test_a_note_without_a_forum_is_given_the_forum_that_has_its_session(
    qtbot: Any, library: CatalogLibrary, home: UserPaths
) -> None:
    reader = library.reader_for("doha-2025")
    assert reader is not None
    (session,) = reader.sessions(SessionFilter("doha-2025"))
    store = PersonalStore(home.personal_store)
    snapshot = snapshot_of(session, library)
    store.save_note(NoteTarget.SESSION, session.guid, "written before forums", snapshot)
    assert store.notes()[0].forum_slug == ""
    store.close()
    window = open_window(qtbot, library, home)
    (note,) = data_of(window).notes()
    assert note.forum_slug == "doha-2025"
    close_window(window)
