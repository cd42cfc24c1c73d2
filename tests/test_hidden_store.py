"""What a delegate hides is kept in the personal store, which an older store is upgraded to
hold."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from forumguide.domain.hidden import HiddenItem, HiddenKind
from forumguide.domain.model import SessionSnapshot
from forumguide.personal import PERSONAL_SCHEMA_VERSION
from forumguide.personal.store import PersonalStore

# What the delegate hid, in the personal store ------------------------------------------------


def test_hidden_items_are_kept_and_a_store_of_format_3_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "personal.sqlite"
    store = PersonalStore(path)
    store.add_bookmark("g1", "camp2019", _snapshot())
    store.close()
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE hidden")
        db.execute("PRAGMA user_version = 3")
    assert PERSONAL_SCHEMA_VERSION == 4
    store = PersonalStore(path)
    try:
        assert store.bookmarked_keys() == {("camp2019", "g1")}
        room = HiddenItem("camp2019", HiddenKind.ROOM, "Curie", "Curie")
        session = HiddenItem("camp2019", HiddenKind.SESSION, "g2", "A talk")
        assert store.set_hidden(room, True)
        assert store.set_hidden(session, True)
        assert not store.set_hidden(room, True)  # already hidden
        assert store.hidden_items("other") == []
    finally:
        store.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 4
    store = PersonalStore(path)
    try:
        assert store.hidden_items("camp2019") == [room, session]
        assert store.set_hidden(room, False)
        assert store.hidden_items("camp2019") == [session]
    finally:
        store.close()


def _snapshot() -> SessionSnapshot:
    return SessionSnapshot(title="A talk")
