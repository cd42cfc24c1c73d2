"""The store's side of undo and of notes edited in two places: the bin, restored bookmarks, a
note's creation time, and a save that would put older text over newer."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

import pytest

from forumguide.domain.model import NoteTarget, SessionSnapshot
from forumguide.personal import PERSONAL_SCHEMA_VERSION
from forumguide.personal.store import PersonalStore

SNAPSHOT = SessionSnapshot(
    title="Middle Powers as Bridge-Builders",
    forum_name="Doha Forum 2025",
    timezone="Asia/Qatar",
    day=date(2025, 12, 7),
    start=datetime(2025, 12, 7, 10, 30),
    room="Hall A",
)
FORUM = "doha-2025"


@pytest.fixture
def store(tmp_path: Path):
    opened = PersonalStore(tmp_path / "personal.sqlite")
    yield opened
    opened.close()


def stored_bodies(path: Path) -> dict[str, list[str]]:
    with closing(sqlite3.connect(path)) as connection:
        return {
            table: [row[0] for row in connection.execute(f"SELECT body FROM {table}")]
            for table in ("note", "deleted_note")
        }


def test_a_deleted_note_waits_in_the_bin_and_comes_back_whole(
    tmp_path: Path, store: PersonalStore
) -> None:
    saved = store.save_note(NoteTarget.SESSION, "guid-1", "Ask about C5+1", SNAPSHOT, FORUM)
    assert saved is not None and saved.created_at is not None
    deleted = store.delete_note(NoteTarget.SESSION, "guid-1", FORUM)
    assert deleted is not None and deleted.note.text == "Ask about C5+1"
    assert store.note(NoteTarget.SESSION, "guid-1", FORUM) is None
    assert store.note_count() == 0
    # Not final yet: the text is still in the file, in the bin.
    assert stored_bodies(tmp_path / "personal.sqlite")["deleted_note"] == ["Ask about C5+1"]

    restored = store.restore_note(deleted.number)
    assert restored is not None
    assert restored.text == "Ask about C5+1"
    assert restored.created_at == saved.created_at
    assert restored.updated_at == saved.updated_at
    assert restored.snapshot == SNAPSHOT
    assert store.restore_note(deleted.number) is None  # only once
    assert stored_bodies(tmp_path / "personal.sqlite") == {
        "note": ["Ask about C5+1"],
        "deleted_note": [],
    }


def test_restoring_beside_a_note_written_meanwhile_keeps_both(store: PersonalStore) -> None:
    store.save_note(NoteTarget.SESSION, "guid-1", "The first note", SNAPSHOT, FORUM)
    deleted = store.delete_note(NoteTarget.SESSION, "guid-1", FORUM)
    assert deleted is not None
    store.save_note(NoteTarget.SESSION, "guid-1", "Written after", SNAPSHOT, FORUM)
    restored = store.restore_note(deleted.number)
    assert restored is not None
    assert "Written after" in restored.text and "The first note" in restored.text


def test_emptying_the_bin_makes_deletion_final(tmp_path: Path, store: PersonalStore) -> None:
    store.save_note(NoteTarget.SPEAKER, "joshua-lincoln", "Send the paper", SessionSnapshot())
    deleted = store.delete_note(NoteTarget.SPEAKER, "joshua-lincoln")
    assert deleted is not None
    assert store.empty_bin() == 1
    assert store.restore_note(deleted.number) is None
    assert stored_bodies(tmp_path / "personal.sqlite") == {"note": [], "deleted_note": []}


def test_a_removed_bookmark_is_restored_with_its_own_time(store: PersonalStore) -> None:
    store.add_bookmark("guid-1", FORUM, SNAPSHOT)
    store.add_bookmark("guid-2", FORUM, SNAPSHOT)
    before = store.bookmark("guid-1", FORUM)
    assert before is not None
    store.remove_bookmark("guid-1", FORUM)
    assert store.bookmark("guid-1", FORUM) is None
    store.restore_bookmark(before)
    # Its own time, snapshot and all: the agenda lists it as before.
    assert store.bookmark("guid-1", FORUM) == before
    assert store.bookmarked_keys() == {(FORUM, "guid-1"), (FORUM, "guid-2")}


def test_older_text_never_replaces_newer(store: PersonalStore) -> None:
    """Two editors opened the note when it said "A"; one saved "A B", the other "A C"."""
    store.save_note(NoteTarget.SESSION, "guid-1", "A", SNAPSHOT, FORUM)
    store.save_note(NoteTarget.SESSION, "guid-1", "A\nB", SNAPSHOT, FORUM, base="A")
    kept = store.save_note(NoteTarget.SESSION, "guid-1", "A\nC", SNAPSHOT, FORUM, base="A")
    assert kept is not None
    assert kept.text.startswith("A\nB")
    assert kept.text.endswith("C")
    # An editor that emptied an older version does not delete the newer text.
    emptied = store.save_note(NoteTarget.SESSION, "guid-1", "", SNAPSHOT, FORUM, base="A")
    assert emptied is not None and emptied.text == kept.text
    # From the current text, a save is an ordinary save.
    plain = store.save_note(NoteTarget.SESSION, "guid-1", "new", SNAPSHOT, FORUM, base=kept.text)
    assert plain is not None and plain.text == "new"


def test_a_format_2_store_is_upgraded_and_notes_get_a_creation_time(tmp_path: Path) -> None:
    path = tmp_path / "personal.sqlite"
    PersonalStore(path).close()
    with closing(sqlite3.connect(path)) as connection:
        # Back to format 2: no creation time, no bin.
        connection.execute("DROP TABLE deleted_note")
        connection.execute("ALTER TABLE note DROP COLUMN created_at")
        connection.execute(
            "INSERT INTO note (target, forum_slug, key, updated_at, length, beginning, "
            "snap_title, snap_forum_name, snap_timezone, snap_room, body) VALUES "
            "('session', ?, 'guid-1', '2025-06-13T08:00:00+00:00', 4, 'kept', '', '', '', '', "
            "'kept')",
            (FORUM,),
        )
        connection.execute("PRAGMA user_version=2")
        connection.commit()
    store = PersonalStore(path)
    try:
        note = store.note(NoteTarget.SESSION, "guid-1", FORUM)
        assert note is not None and note.text == "kept"
        assert note.created_at == note.updated_at
        deleted = store.delete_note(NoteTarget.SESSION, "guid-1", FORUM)
        assert deleted is not None
    finally:
        store.close()
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA user_version").fetchone() == (PERSONAL_SCHEMA_VERSION,)
