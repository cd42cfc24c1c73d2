"""The personal-data file: export, and an import elsewhere that merges and loses nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from forumguide.catalog.library import CatalogLibrary
from forumguide.domain.hidden import HiddenItem, HiddenKind
from forumguide.domain.model import Bookmark, Note, NoteTarget, SessionSnapshot
from forumguide.interchange.personal_file import (
    FORMAT_NAME,
    FORMAT_VERSION,
    NOTE_SEPARATOR,
    PersonalFileError,
    combine_notes,
    merge_report,
    read_personal_file,
    write_personal_file,
)
from forumguide.personal.salvage import salvage
from forumguide.personal.store import PersonalStore
from forumguide.services.exports import export_personal_data
from forumguide.services.personal import merge_personal_file

OPENING = "3e856e65-fa15-5db1-b298-54c35dd3abff"
PANEL = "982530ac-78e7-54fa-a18b-57f9f466980c"
SIDE = "50c248f9-2788-54d7-9407-65ba5c4a7247"
SNAPSHOT = SessionSnapshot(
    title="Multilateralism at a Crossroads",
    forum_name="Astana Think Tank Forum 2025",
    timezone="Asia/Almaty",
    day=date(2025, 10, 15),
    start=datetime(2025, 10, 15, 10, 0),
    room="Hall A",
)


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[PersonalStore]:
    store = PersonalStore(tmp_path / "laptop" / "personal.sqlite")
    yield store
    store.close()


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[PersonalStore]:
    store = PersonalStore(tmp_path / "desktop" / "personal.sqlite")
    yield store
    store.close()


def contents(store: PersonalStore) -> tuple[list[Bookmark], list[Note]]:
    return store.bookmarks(), store.notes()


def import_into(store: PersonalStore, path: Path) -> tuple[int, int, int, int]:
    records = read_personal_file(path)
    return store.merge_records(records.bookmarks, records.notes, combine_notes)


def test_export_and_import_on_an_empty_computer(
    tmp_path: Path, laptop: PersonalStore, desktop: PersonalStore
) -> None:
    laptop.add_bookmark(OPENING, "attf-2025", SNAPSHOT)
    laptop.add_bookmark(PANEL, "doha-2025", SessionSnapshot(title="Middle Powers"))
    laptop.save_note(NoteTarget.SESSION, OPENING, "Ask about the C5+1 format. Ёлка!", SNAPSHOT)
    laptop.save_note(NoteTarget.SPEAKER, "joshua-lincoln", "Send the paper", SessionSnapshot())
    path = tmp_path / "personal.json"
    assert write_personal_file(path, laptop.bookmarks(), laptop.notes()) == (2, 2)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert (document["format"], document["version"]) == (FORMAT_NAME, FORMAT_VERSION)
    assert "Ёлка" in path.read_text(encoding="utf-8")  # readable UTF-8, not escapes

    assert import_into(desktop, path) == (2, 2, 0, 0)
    assert desktop.bookmarks() == laptop.bookmarks()
    assert desktop.notes() == laptop.notes()
    # A second import of the same file changes nothing.
    assert import_into(desktop, path) == (0, 0, 0, 0)
    assert contents(desktop) == contents(laptop)


def test_merge_keeps_both_texts_newest_first_and_identical_ones_once(
    tmp_path: Path, laptop: PersonalStore, desktop: PersonalStore
) -> None:
    laptop.add_bookmark(OPENING, "attf-2025", SNAPSHOT)
    laptop.save_note(NoteTarget.SESSION, OPENING, "Laptop: ask about trust.", SNAPSHOT)
    laptop.save_note(NoteTarget.SESSION, SIDE, "Same on both.", SessionSnapshot())
    laptop.save_note(NoteTarget.SPEAKER, "charles-mclean", "Only on the laptop", SessionSnapshot())
    path = tmp_path / "from-laptop.json"
    write_personal_file(path, laptop.bookmarks(), laptop.notes())

    desktop.add_bookmark(OPENING, "attf-2025", SNAPSHOT)  # already here: not duplicated
    desktop.add_bookmark(PANEL, "doha-2025", SessionSnapshot(title="Middle Powers"))
    desktop.save_note(NoteTarget.SESSION, SIDE, "Same on both.", SessionSnapshot())
    desktop.save_note(NoteTarget.SESSION, OPENING, "Desktop: the newer thought.", SNAPSHOT)
    # The desktop's note is the newer one.
    records = read_personal_file(path)
    older = tuple(
        Note(n.target, n.key, n.text, n.updated_at - timedelta(hours=2), n.snapshot)
        for n in records.notes
    )
    counts = desktop.merge_records(records.bookmarks, older, combine_notes)
    assert counts == (0, 1, 1, 0)
    report = merge_report(counts, records)
    assert (report.bookmarks_added, report.notes_added, report.notes_merged) == (0, 1, 1)
    assert report.unchanged == 2

    assert desktop.bookmarked_keys() == {("attf-2025", OPENING), ("doha-2025", PANEL)}
    opening = desktop.note(NoteTarget.SESSION, OPENING)
    assert opening is not None
    assert opening.text == (
        "Desktop: the newer thought." + NOTE_SEPARATOR + "Laptop: ask about trust."
    )
    same = desktop.note(NoteTarget.SESSION, SIDE)
    assert same is not None and same.text == "Same on both."
    only = desktop.note(NoteTarget.SPEAKER, "charles-mclean")
    assert only is not None and only.text == "Only on the laptop"

    # Back on the laptop, the merged file brings the desktop's text without repeating its own.
    back = tmp_path / "from-desktop.json"
    write_personal_file(back, desktop.bookmarks(), desktop.notes())
    assert import_into(laptop, back) == (1, 0, 1, 0)
    merged = laptop.note(NoteTarget.SESSION, OPENING)
    assert merged is not None
    assert merged.text.count("Laptop: ask about trust.") == 1
    assert merged.text.count("Desktop: the newer thought.") == 1
    assert import_into(laptop, back) == (0, 0, 0, 0)


def test_combine_puts_the_newer_text_first() -> None:
    then = datetime(2025, 10, 15, 9, 0, tzinfo=UTC)
    here = Note(NoteTarget.SESSION, OPENING, "mine", then)
    newer = Note(NoteTarget.SESSION, OPENING, "theirs", then + timedelta(minutes=1))
    assert combine_notes(here, newer).text == "theirs" + NOTE_SEPARATOR + "mine"
    assert combine_notes(here, newer).updated_at == newer.updated_at
    older = Note(NoteTarget.SESSION, OPENING, "theirs", then - timedelta(minutes=1))
    assert combine_notes(here, older).text == "mine" + NOTE_SEPARATOR + "theirs"
    assert combine_notes(here, Note(NoteTarget.SESSION, OPENING, " mine\n", then)) is here


def test_the_merge_is_one_transaction(desktop: PersonalStore) -> None:
    desktop.save_note(NoteTarget.SESSION, OPENING, "Desktop text", SNAPSHOT)
    before = contents(desktop)
    moment = datetime(2025, 10, 15, 9, 0, tzinfo=UTC)
    bookmarks = [Bookmark(PANEL, "doha-2025", moment)]
    notes = [
        Note(NoteTarget.SPEAKER, "new-person", "A new note", moment),
        Note(NoteTarget.SESSION, OPENING, "Conflicting text", moment),
    ]

    def broken(_here: Note, _incoming: Note) -> Note:
        raise RuntimeError("merge rule failed")

    # The bookmark and the first note are written before the failure, and rolled back with it.
    with pytest.raises(RuntimeError):
        desktop.merge_records(bookmarks, notes, broken)
    assert contents(desktop) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"format": "forumguide-personal-data", "version": 1, "bookm', "damaged or incomplete"),
        (b"\xff\xfe\x00garbage", "not a text file"),
        (b'{"schedule": {}}', "not a ForumGuide personal-data file"),
        (b"[1, 2, 3]", "not a ForumGuide personal-data file"),
        (b'{"format": "forumguide-personal-data", "version": 3}', "newer version of ForumGuide"),
        (b'{"format": "forumguide-personal-data", "version": "1"}', "no valid format version"),
        (
            b'{"format": "forumguide-personal-data", "version": 1, "bookmarks": {}}',
            "must be a list",
        ),
        (
            b'{"format": "forumguide-personal-data", "version": 1, "bookmarks": '
            b'[{"session_guid": "x", "created_at": "yesterday"}]}',
            "bookmark 1: “created_at” is not a date and time",
        ),
        (
            b'{"format": "forumguide-personal-data", "version": 1, "notes": [{"target": '
            b'"forum", "key": "x", "text": "t", "updated_at": "2025-01-01T00:00:00+00:00"}]}',
            "note 1: “target” must be “session” or “speaker”",
        ),
        (
            # A real-looking moment that would fall before year 1 once moved to UTC.
            b'{"format": "forumguide-personal-data", "version": 1, "bookmarks": '
            b'[{"session_guid": "x", "created_at": "0001-01-01T00:00:00+05:00"}]}',
            "bookmark 1: “created_at” is in the year 1, outside 1900-2200",
        ),
        (
            b'{"format": "forumguide-personal-data", "version": 1, "bookmarks": '
            b'[{"session_guid": "x", "created_at": "2025-01-01T00:00:00+00:00", '
            b'"snapshot": {"title": "t", "timezone": "Not/AZone"}}]}',
            "bookmark 1: the snapshot's time zone 'Not/AZone' is not a known zone",
        ),
    ],
)
def test_a_bad_file_is_refused_and_changes_nothing(
    tmp_path: Path, desktop: PersonalStore, content: bytes, message: str
) -> None:
    desktop.add_bookmark(OPENING, "attf-2025", SNAPSHOT)
    desktop.save_note(NoteTarget.SESSION, OPENING, "Keep me", SNAPSHOT)
    before = contents(desktop)
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(PersonalFileError, match=message) as raised:
        import_into(desktop, path)
    assert str(path) in str(raised.value)
    assert contents(desktop) == before


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(PersonalFileError, match="could not be read"):
        read_personal_file(tmp_path / "nothing.json")


HIDDEN = (
    HiddenItem("attf-2025", HiddenKind.ROOM, "Hall B", "Hall B"),
    HiddenItem("attf-2025", HiddenKind.TRACK, "Economy", "Economy"),
    HiddenItem("doha-2025", HiddenKind.SESSION, PANEL, "Middle Powers"),
)


def test_hidden_rooms_tracks_and_sessions_travel_in_the_file(
    tmp_path: Path, laptop: PersonalStore, desktop: PersonalStore, library: CatalogLibrary
) -> None:
    for item in HIDDEN:
        laptop.set_hidden(item, True)
    laptop.add_bookmark(OPENING, "attf-2025", SNAPSHOT)
    desktop.set_hidden(HIDDEN[0], True)  # already hidden there
    path = tmp_path / "personal.json"
    export_personal_data(path, laptop)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["version"] == FORMAT_VERSION >= 2
    assert len(document["hidden"]) == len(HIDDEN)

    result = merge_personal_file(desktop, library, path)
    assert result.report.hidden_added == 2
    assert result.report.changed
    assert set(desktop.hidden_items("attf-2025")) == set(HIDDEN[:2])
    assert desktop.hidden_items("doha-2025") == [HIDDEN[2]]
    # A second import changes nothing.
    again = merge_personal_file(desktop, library, path)
    assert not again.report.changed
    assert len(desktop.hidden_items("attf-2025")) == 2


def test_a_file_of_the_first_format_version_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    document = {
        "format": FORMAT_NAME,
        "version": 1,
        "bookmarks": [
            {
                "session_guid": OPENING,
                "forum_slug": "attf-2025",
                "created_at": "2025-10-01T08:00:00",
            }
        ],
        "notes": [],
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    records = read_personal_file(path)
    assert [b.session_guid for b in records.bookmarks] == [OPENING]
    assert records.hidden == ()


def test_a_hidden_item_of_an_unknown_kind_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "odd.json"
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "hidden": [{"forum_slug": "attf-2025", "kind": "speaker", "value": "x"}],
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(PersonalFileError, match="hidden item 1"):
        read_personal_file(path)


def test_salvage_brings_back_what_was_hidden(tmp_path: Path, desktop: PersonalStore) -> None:
    aside = PersonalStore(tmp_path / "aside" / "personal.sqlite")
    for item in HIDDEN:
        aside.set_hidden(item, True)
    aside.close()
    desktop.set_hidden(HIDDEN[0], True)
    found = salvage(tmp_path / "aside" / "personal.sqlite", desktop.path)
    assert set(found.hidden) == set(HIDDEN[1:])
    assert not found.empty
    counts = desktop.merge_records(found.bookmarks, found.notes, combine_notes, found.hidden)
    assert counts == (0, 0, 0, 2)
    assert set(desktop.hidden_items("attf-2025")) == set(HIDDEN[:2])
