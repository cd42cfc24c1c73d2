"""The personal store: bookmarks and notes by stable id, durable settings, its location."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from forumguide.domain.model import NoteTarget, SessionSnapshot
from forumguide.paths import HOME_VARIABLE, user_paths
from forumguide.personal.store import PersonalStore

SNAPSHOT = SessionSnapshot(
    title="Middle Powers as Bridge-Builders",
    forum_name="Doha Forum 2025",
    timezone="Asia/Qatar",
    day=date(2025, 12, 7),
    start=datetime(2025, 12, 7, 10, 30),
    room="Hall A",
)


@pytest.fixture
def store(tmp_path: Path):
    opened = PersonalStore(tmp_path / "personal.sqlite")
    yield opened
    opened.close()


def test_store_runs_in_wal_with_full_sync(store: PersonalStore) -> None:
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_bookmarks_are_kept_by_guid_with_a_snapshot(tmp_path: Path, store: PersonalStore) -> None:
    store.add_bookmark("guid-1", "doha-2025", SNAPSHOT)
    store.add_bookmark("guid-1", "doha-2025", SNAPSHOT)  # twice is still one
    store.add_bookmark("guid-2", "doha-2025", SessionSnapshot(title="Other"))
    assert store.bookmarked_keys() == {("doha-2025", "guid-1"), ("doha-2025", "guid-2")}
    store.close()
    reopened = PersonalStore(tmp_path / "personal.sqlite")
    (first, _second) = reopened.bookmarks()
    assert first.session_guid == "guid-1"
    assert first.snapshot == SNAPSHOT
    assert reopened.remove_bookmark("guid-2", "doha-2025") is True
    assert reopened.remove_bookmark("guid-2", "doha-2025") is False
    assert reopened.bookmarked_keys() == {("doha-2025", "guid-1")}
    reopened.close()


def test_notes_on_sessions_and_people(store: PersonalStore) -> None:
    store.save_note(NoteTarget.SESSION, "guid-1", "Ask about C5+1", SNAPSHOT)
    store.save_note(
        NoteTarget.SPEAKER,
        "joshua-lincoln",
        "Met at the coffee break",
        SessionSnapshot(title="Joshua Lincoln"),
    )
    store.save_note(
        NoteTarget.SESSION, "guid-1", "Ask about C5+1 and the Middle Corridor", SNAPSHOT
    )
    note = store.note(NoteTarget.SESSION, "guid-1")
    assert note is not None
    assert note.text == "Ask about C5+1 and the Middle Corridor"
    assert note.snapshot.title == SNAPSHOT.title
    assert {n.key for n in store.notes()} == {"guid-1", "joshua-lincoln"}
    assert [n.key for n in store.notes("coffee")] == ["joshua-lincoln"]
    assert [n.key for n in store.notes("bridge")] == ["guid-1"]  # by the session's title


def test_emptying_a_note_removes_it(store: PersonalStore) -> None:
    store.save_note(NoteTarget.SESSION, "guid-1", "text", SNAPSHOT)
    assert store.save_note(NoteTarget.SESSION, "guid-1", "   ", SNAPSHOT) is None
    assert store.note(NoteTarget.SESSION, "guid-1") is None
    assert store.notes() == []


def test_committed_note_is_visible_to_another_connection(
    tmp_path: Path, store: PersonalStore
) -> None:
    store.save_note(NoteTarget.SESSION, "guid-1", "Қазақстан: ёлка", SNAPSHOT)
    with sqlite3.connect(tmp_path / "personal.sqlite") as other:
        assert other.execute("SELECT body FROM note").fetchall() == [("Қазақстан: ёлка",)]


def test_home_variable_moves_every_location(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path / "portable"))
    paths = user_paths()
    for folder in (
        paths.data_dir,
        paths.config_dir,
        paths.log_dir,
        paths.catalogs_dir,
        paths.backups_dir,
    ):
        assert folder.is_relative_to(tmp_path / "portable")
    assert paths.personal_store.parent == paths.data_dir


def test_default_locations_follow_the_platform(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(HOME_VARIABLE, raising=False)
    paths = user_paths()
    assert "ForumGuide" in str(paths.data_dir)
    assert paths.data_dir != paths.config_dir


def test_notes_search_folds_case_in_every_script(store: PersonalStore) -> None:
    store.save_note(NoteTarget.SESSION, "kz", "Қазақстан және ёлка", SNAPSHOT)
    store.save_note(NoteTarget.SESSION, "pct", "Turnout rose 50% in a year", SNAPSHOT)
    assert [n.key for n in store.notes("ҚАЗАҚ")] == ["kz"]
    assert [n.key for n in store.notes("ЕЛКА")] == ["kz"]
    assert [n.key for n in store.notes("50%")] == ["pct"]
    # LIKE's wildcards in a query are taken literally.
    assert store.notes("%") == [n for n in store.notes() if n.key == "pct"]
    assert store.notes("_") == []
