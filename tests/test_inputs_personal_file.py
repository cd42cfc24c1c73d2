"""A personal-data file from outside: moments range-checked, lone surrogates repaired.

Each file starts as a real export of a real personal store and is then edited as a damaged or
hand-made file would be; the records read from it go into another real store.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from forumguide.domain.model import Bookmark, Note, NoteTarget, SessionSnapshot
from forumguide.interchange.atomic import write_atomically
from forumguide.interchange.personal_file import (
    PersonalFileError,
    combine_notes,
    read_personal_file,
    write_personal_file,
)
from forumguide.personal.store import PersonalStore

OPENING = "3e856e65-fa15-5db1-b298-54c35dd3abff"
SNAPSHOT = SessionSnapshot(
    title="Multilateralism at a Crossroads",
    forum_name="Astana Think Tank Forum 2025",
    timezone="Asia/Almaty",
    day=date(2025, 10, 15),
    start=datetime(2025, 10, 15, 10, 0),
    room="Hall A",
)
Document = dict[str, Any]


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[PersonalStore]:
    store = PersonalStore(tmp_path / "laptop" / "personal.sqlite")
    store.add_bookmark(OPENING, "attf-2025", SNAPSHOT)
    store.save_note(NoteTarget.SESSION, OPENING, "Ask about the C5+1 format.", SNAPSHOT)
    yield store
    store.close()


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[PersonalStore]:
    store = PersonalStore(tmp_path / "desktop" / "personal.sqlite")
    store.save_note(NoteTarget.SPEAKER, "joshua-lincoln", "Send the paper", SessionSnapshot())
    yield store
    store.close()


@pytest.fixture
def edited(tmp_path: Path, laptop: PersonalStore) -> Callable[[Callable[[Document], None]], Path]:
    """A real export of the laptop's store, with a change applied to its JSON document."""

    def make(change: Callable[[Document], None]) -> Path:
        exported = tmp_path / "export.json"
        write_personal_file(exported, laptop.bookmarks(), laptop.notes())
        document = json.loads(exported.read_text(encoding="utf-8"))
        change(document)
        path = tmp_path / "edited.json"
        # ensure_ascii writes a lone surrogate as the escape a damaged file would carry.
        path.write_text(json.dumps(document, ensure_ascii=True), encoding="utf-8")
        return path

    return make


def import_into(store: PersonalStore, path: Path) -> tuple[int, int, int, int]:
    records = read_personal_file(path)
    return store.merge_records(records.bookmarks, records.notes, combine_notes)


def contents(store: PersonalStore) -> tuple[list[Bookmark], list[Note]]:
    return store.bookmarks(), store.notes()


def set_bookmark(field: str, value: str) -> Callable[[Document], None]:
    def change(document: Document) -> None:
        document["bookmarks"][0][field] = value

    return change


def set_note(field: str, value: str) -> Callable[[Document], None]:
    def change(document: Document) -> None:
        document["notes"][0][field] = value

    return change


def set_snapshot(field: str, value: str) -> Callable[[Document], None]:
    def change(document: Document) -> None:
        document["notes"][0]["snapshot"][field] = value

    return change


# Years ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            set_bookmark("created_at", "9999-12-31T23:00:00+14:00"),
            "bookmark 1: “created_at” is in the year 9999, outside 1900-2200.",
        ),
        (
            set_bookmark("created_at", "0001-01-01T00:00:00+05:00"),
            "bookmark 1: “created_at” is in the year 1, outside 1900-2200.",
        ),
        (
            set_note("updated_at", "1899-12-31T23:59:00"),
            "note 1: “updated_at” is in the year 1899, outside 1900-2200.",
        ),
        (
            # In range as written, but not once moved to UTC, as it is stored.
            set_note("updated_at", "1900-01-01T00:30:00+01:00"),
            "note 1: “updated_at” is in the year 1899, outside 1900-2200.",
        ),
        (
            set_snapshot("day", "9999-12-31"),
            "note 1: the snapshot's “day” is in the year 9999, outside 1900-2200.",
        ),
        (
            set_snapshot("start", "2201-01-01T09:00"),
            "note 1: the snapshot's “start” is in the year 2201, outside 1900-2200.",
        ),
    ],
    ids=[
        "created_at-9999",
        "created_at-1",
        "updated_at-1899",
        "updated_at-1899-in-utc",
        "snapshot-day-9999",
        "snapshot-start-2201",
    ],
)
def test_a_moment_outside_the_years_is_refused_and_changes_nothing(
    edited: Callable[[Callable[[Document], None]], Path],
    desktop: PersonalStore,
    change: Callable[[Document], None],
    message: str,
) -> None:
    path = edited(change)
    before = contents(desktop)
    with pytest.raises(PersonalFileError) as raised:
        import_into(desktop, path)
    print(raised.value)
    assert str(raised.value) == f"{path}: {message}"
    assert contents(desktop) == before


def test_an_exported_at_outside_the_years_is_left_out_like_an_unreadable_one(
    edited: Callable[[Callable[[Document], None]], Path], desktop: PersonalStore
) -> None:
    def far_future(document: Document) -> None:
        document["exported_at"] = "9999-12-31T23:00:00+14:00"

    records = read_personal_file(edited(far_future))
    assert records.exported_at is None
    assert len(records.bookmarks) == len(records.notes) == 1


def test_the_first_and_last_years_are_read(
    edited: Callable[[Callable[[Document], None]], Path],
) -> None:
    def edges(document: Document) -> None:
        document["bookmarks"][0]["created_at"] = "1900-01-01T00:00:00+00:00"
        document["notes"][0]["updated_at"] = "2200-12-31T23:59:00+00:00"
        document["notes"][0]["snapshot"]["day"] = "2200-12-31"

    records = read_personal_file(edited(edges))
    assert records.bookmarks[0].created_at == datetime(1900, 1, 1, tzinfo=UTC)
    assert records.notes[0].updated_at == datetime(2200, 12, 31, 23, 59, tzinfo=UTC)
    assert records.notes[0].snapshot.day == date(2200, 12, 31)


# Lone surrogates -----------------------------------------------------------------------------


def test_lone_surrogates_in_a_file_are_replaced_and_the_import_completes(
    edited: Callable[[Callable[[Document], None]], Path], desktop: PersonalStore
) -> None:
    def surrogates(document: Document) -> None:
        note = document["notes"][0]
        note["text"] = "Ask about \ud83d the format"
        note["snapshot"]["title"] = "Multilateralism \udc00"
        document["bookmarks"][0]["snapshot"]["room"] = "Hall \ud83d\ude00"  # a pair: one emoji
        document["notes"].append({**note, "target": "speaker", "key": "lincoln-\ud800"})

    path = edited(surrogates)
    assert b"\\ud83d the format" in path.read_bytes()  # the escape is in the file itself
    assert import_into(desktop, path) == (1, 2, 0, 0)
    bookmarks, notes = contents(desktop)
    texts = {note.key: note.text for note in notes}
    assert texts[OPENING] == "Ask about \ufffd the format"
    assert texts["lincoln-\ufffd"] == "Ask about \ufffd the format"
    assert {note.snapshot.title for note in notes if note.key == OPENING} == {
        "Multilateralism \ufffd"
    }
    assert bookmarks[0].snapshot.room == "Hall 😀"


def test_writing_notes_with_lone_surrogates_does_not_raise(
    tmp_path: Path, desktop: PersonalStore
) -> None:
    note = Note(
        NoteTarget.SESSION,
        OPENING,
        "Half an emoji: \ud83d, a whole one: \ud83d\ude00",
        datetime(2025, 10, 15, 9, 0, tzinfo=UTC),
        SessionSnapshot(title="Opening \udfff"),
    )
    bookmark = Bookmark(OPENING, "attf-2025", datetime(2025, 10, 1, tzinfo=UTC), SNAPSHOT)
    path = tmp_path / "personal.json"
    assert write_personal_file(path, [bookmark], [note]) == (1, 1)
    text = path.read_text(encoding="utf-8")
    assert "Half an emoji: \ufffd, a whole one: 😀" in text
    import_into(desktop, path)
    written = next(n for n in desktop.notes() if n.key == OPENING)
    assert written.text == "Half an emoji: \ufffd, a whole one: 😀"
    assert written.snapshot.title == "Opening \ufffd"


def test_any_text_written_atomically_has_its_lone_surrogates_replaced(tmp_path: Path) -> None:
    path = write_atomically(tmp_path / "notes.md", "> Half an emoji: \ud83d\n")
    assert path.read_text(encoding="utf-8") == "> Half an emoji: \ufffd\n"
