"""Importing schedule files into catalogs: sniffing, limits, updates that keep personal data."""

from __future__ import annotations

import hashlib
import json
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from forumguide.app import open_library
from forumguide.catalog.reader import CatalogReader, SessionFilter
from forumguide.cli import describe_import, main
from forumguide.domain.changes import compare_sessions
from forumguide.domain.model import NoteTarget, Session, SessionSnapshot
from forumguide.interchange.errors import ScheduleImportError
from forumguide.interchange.frab_common import derived_uuid
from forumguide.interchange.importing import MAX_IMPORT_BYTES, read_schedule
from forumguide.paths import UserPaths, user_paths
from forumguide.personal.store import PersonalStore
from forumguide.services import programmes
from forumguide.services.programmes import ImportResult

SCHEDULES = Path(__file__).resolve().parents[2] / "shared" / "interop" / "schedules"
FOSDEM_2021 = SCHEDULES / "fosdem-2021-pentabarf.xml"
CAMP_2019 = SCHEDULES / "frab-camp2019.json"
DEMOCON = SCHEDULES / "pretalx-democon.json"
BRUSSELS = "Europe/Brussels"


def snapshot_of_folder(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` with a hash of its bytes."""
    if not folder.exists():
        return {}
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()
    }


def import_schedule(
    path: Path, paths: UserPaths, *, default_timezone: str | None = None
) -> ImportResult:
    """Import as the command line does: into the catalogs beside the bundled programme."""
    library, _problems = open_library(paths)
    try:
        return programmes.import_schedule(
            path, library, paths.catalogs_dir, default_timezone=default_timezone
        )
    finally:
        library.close()


@pytest.fixture
def store(home: UserPaths) -> Iterator[PersonalStore]:
    personal = PersonalStore(home.personal_store)
    yield personal
    personal.close()


def test_import_builds_a_catalog_of_its_own(home: UserPaths) -> None:
    result = import_schedule(FOSDEM_2021, home, default_timezone=BRUSSELS)
    assert result.catalog_id == "fosdem-2021"
    assert result.catalog_path == home.catalogs_dir / "fosdem-2021.sqlite"
    assert (result.session_count, result.replaced) == (773, False)
    assert result.speaker_count > 600
    assert sorted(p.name for p in home.catalogs_dir.iterdir()) == ["fosdem-2021.sqlite"]
    reader = CatalogReader(result.catalog_path)
    try:
        assert reader.catalog_id == "fosdem-2021"
        (forum,) = reader.forums()
        assert (forum.slug, forum.timezone) == ("fosdem-2021", BRUSSELS)
        sessions = reader.sessions(SessionFilter("fosdem-2021"))
        assert len(sessions) == 773
        found = reader.sessions(SessionFilter("fosdem-2021", query="Marinello"))
        assert "Empowering the school of the future" in {s.title for s in found}
    finally:
        reader.close()


def test_the_kind_is_recognised_from_content_not_the_name(tmp_path: Path) -> None:
    json_as_xml = tmp_path / "camp.xml"
    shutil.copy(CAMP_2019, json_as_xml)
    xml_as_json = tmp_path / "fosdem.json"
    shutil.copy(FOSDEM_2021, xml_as_json)
    assert len(read_schedule(json_as_xml).sessions) == 79
    assert len(read_schedule(xml_as_json, BRUSSELS).sessions) == 773


def _truncated(source: Path, fraction: float) -> bytes:
    data = source.read_bytes()
    return data[: int(len(data) * fraction)]


BAD_FILES = {
    "empty": (b"", "empty"),
    "png": (b"\x89PNG\r\n\x1a\n" + bytes(64), "PNG image"),
    "pdf": (b"%PDF-1.7\n%\xe2\xe3", "PDF document"),
    "web page": (b"<!DOCTYPE html><html><body>Schedule</body></html>", "web page"),
    "calendar": (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
        "a calendar with no events",
    ),
    "text": (b"Saturday 10:00 Opening\n", "not a schedule file"),
    "truncated xml": (_truncated(FOSDEM_2021, 0.5), "malformed or truncated"),
    "truncated json": (_truncated(DEMOCON, 0.7), "malformed or truncated"),
    "other json": (b'{"name": "package", "version": "1.0"}', "JSON file that is not a schedule"),
    "xml bomb": (
        b'<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><schedule>&b;</schedule>',
        "refuses",
    ),
    "no sessions": (
        b"<schedule><conference><title>Empty</title></conference></schedule>",
        "a frab schedule with no events",
    ),
    "no title": (
        b'{"schedule": {"conference": {"days": [{"date": "2024-01-01", "rooms": '
        b'{"A": [{"id": 1, "title": "T", "date": "2024-01-01T10:00:00+00:00"}]}}]}}}',
        "names no conference",
    ),
}


@pytest.fixture(scope="module")
def democon_catalog(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The catalog of an earlier DemoCon import, built once for the module."""
    paths = user_paths(tmp_path_factory.mktemp("democon"))
    return import_schedule(DEMOCON, paths).catalog_path


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_a_bad_file_is_refused_and_changes_nothing(
    name: str, home: UserPaths, store: PersonalStore, tmp_path: Path, democon_catalog: Path
) -> None:
    shutil.copy(democon_catalog, home.catalogs_dir / democon_catalog.name)
    guid = derived_uuid("x")
    store.add_bookmark(guid, "democon", SessionSnapshot(title="Kept"))
    store.save_note(NoteTarget.SESSION, guid, "my note", SessionSnapshot(title="Kept"))
    catalogs_before = snapshot_of_folder(home.catalogs_dir)
    data, problem = BAD_FILES[name]
    path = tmp_path / "pretalx-democon.json"  # the name of a schedule that was imported before
    path.write_bytes(data)
    with pytest.raises(ScheduleImportError) as caught:
        import_schedule(path, home)
    message = str(caught.value)
    assert message.startswith(f"Cannot import {path}: ")
    assert problem in message
    assert snapshot_of_folder(home.catalogs_dir) == catalogs_before
    assert [b.session_guid for b in store.bookmarks()] == [guid]
    assert [n.text for n in store.notes()] == ["my note"]


def test_a_file_over_the_size_limit_is_refused_unread(home: UserPaths, tmp_path: Path) -> None:
    path = tmp_path / "huge.xml"
    with path.open("wb") as stream:
        stream.truncate(MAX_IMPORT_BYTES + 1)  # sparse: no disk space is used
    with pytest.raises(ScheduleImportError, match="over the 50 MB limit"):
        import_schedule(path, home)
    assert snapshot_of_folder(home.catalogs_dir) == {}


@pytest.mark.parametrize("kind", ["missing", "folder"])
def test_missing_files_and_folders_are_refused(kind: str, home: UserPaths, tmp_path: Path) -> None:
    path = tmp_path / "schedule.xml"
    if kind == "folder":
        path.mkdir()
    with pytest.raises(ScheduleImportError, match=r"does not exist|is a folder"):
        import_schedule(path, home)


def test_a_catalog_that_cannot_be_written_changes_nothing(home: UserPaths) -> None:
    shutil.rmtree(home.catalogs_dir)
    home.catalogs_dir.write_text("not a folder")
    with pytest.raises(ScheduleImportError, match="could not be saved"):
        import_schedule(DEMOCON, home)
    assert home.catalogs_dir.read_text() == "not a folder"


def test_an_imported_forum_never_takes_a_bundled_slug(home: UserPaths, tmp_path: Path) -> None:
    document = json.loads(DEMOCON.read_bytes())
    document["schedule"]["conference"]["acronym"] = "aif-2024"
    path = tmp_path / "clash.json"
    path.write_text(json.dumps(document))
    result = import_schedule(path, home)
    assert (result.catalog_id, result.forum.slug) == ("aif-2024-imported", "aif-2024-imported")
    reader = CatalogReader(result.catalog_path)
    try:
        assert [f.slug for f in reader.forums()] == ["aif-2024-imported"]
    finally:
        reader.close()


# Updates -------------------------------------------------------------------------------------


def fosdem_edited(target: Path, *, remove: str, move: str) -> None:
    """A copy of FOSDEM 2021 with one event removed and another one hour later in a new room."""
    tree = ET.parse(FOSDEM_2021)
    for room in tree.getroot().iter("room"):
        for event in room.findall("event"):
            if event.get("id") == remove:
                room.remove(event)
            elif event.get("id") == move:
                start = event.find("start")
                place = event.find("room")
                assert start is not None and place is not None
                start.text = "10:00"
                place.text = "D.moved"
    tree.write(target, encoding="UTF-8", xml_declaration=True)


def test_reimporting_a_changed_schedule_keeps_bookmarks_and_notes(
    home: UserPaths, store: PersonalStore, tmp_path: Path
) -> None:
    first = import_schedule(FOSDEM_2021, home, default_timezone=BRUSSELS)
    reader = CatalogReader(first.catalog_path)
    sessions = {s.guid: s for s in reader.sessions(SessionFilter("fosdem-2021"))}
    reader.close()
    removed = derived_uuid("fosdem-2021", "11164")  # "Empowering the school of the future"
    moved = derived_uuid("fosdem-2021", "11795")  # "Welcome to FOSDEM 2021", 09:00 K.fosdem
    unchanged = derived_uuid("fosdem-2021", "12237")  # "Closing FOSDEM 2021"
    for guid in (removed, moved, unchanged):
        session = sessions[guid]
        snapshot = SessionSnapshot(
            title=session.title, timezone=BRUSSELS, day=session.day, start=session.start
        )
        store.add_bookmark(guid, "fosdem-2021", snapshot)
        store.save_note(NoteTarget.SESSION, guid, f"note on {session.title}", snapshot)
    store.save_note(NoteTarget.SPEAKER, "fosdem-2021-7745", "ask about LDAP", SessionSnapshot())
    bookmarks_before = store.bookmarks()
    notes_before = store.notes()

    changed = tmp_path / "fosdem-2021-v2.xml"
    fosdem_edited(changed, remove="11164", move="11795")
    second = import_schedule(changed, home, default_timezone=BRUSSELS)

    assert second.replaced and second.catalog_path == first.catalog_path
    assert second.session_count == 772
    changes = second.changes
    assert [s.guid for s in changes.removed] == [removed]
    assert changes.added == ()
    assert [m.guid for m in changes.moved] == [moved]
    (move,) = changes.moved
    assert move.time_changed and move.room_changed
    assert (move.before.start, move.after.start) == (
        datetime(2021, 2, 6, 9, 0),
        datetime(2021, 2, 6, 10, 0),
    )
    assert (move.before.room, move.after.room) == ("K.fosdem", "D.moved")
    bookmarked = changes.affecting(b.session_guid for b in store.bookmarks())
    assert (len(bookmarked.removed), len(bookmarked.moved)) == (1, 1)

    assert store.bookmarks() == bookmarks_before
    assert store.notes() == notes_before
    reader = CatalogReader(second.catalog_path)
    try:
        found = reader.sessions_by_guid([removed, moved, unchanged])
        assert set(found) == {moved, unchanged}
        assert (found[moved].start, found[moved].room) == (datetime(2021, 2, 6, 10, 0), "D.moved")
    finally:
        reader.close()
    report = describe_import(second)
    assert "1 added" not in report
    assert "0 added, 1 removed, 1 moved" in report
    assert "removed: Empowering the school of the future" in report
    assert (
        "moved:   Welcome to FOSDEM 2021 (2021-02-06 09:00, K.fosdem -> 2021-02-06 10:00" in report
    )


def test_reimporting_the_same_file_reports_no_change(home: UserPaths) -> None:
    import_schedule(CAMP_2019, home)
    again = import_schedule(CAMP_2019, home)
    assert again.replaced and again.changes.is_empty


def session(guid: str, start: datetime | None, room: str = "A", minutes: int = 30) -> Session:
    return Session(
        guid=guid,
        forum_slug="f",
        title=guid,
        day=start.date() if start else None,
        start=start,
        duration=timedelta(minutes=minutes),
        room=room,
    )


def test_compare_sessions_sorts_out_added_removed_and_moved() -> None:
    nine = datetime(2024, 5, 1, 9, 0)
    before = [
        session("same", nine),
        session("gone", nine),
        session("later", nine),
        session("elsewhere", nine),
        session("longer", nine),
    ]
    after = [
        session("elsewhere", nine, room="B"),
        session("later", nine + timedelta(hours=1)),
        session("same", nine),
        session("longer", nine, minutes=60),
        session("new", None),
        Session(guid="renamed-but-same", forum_slug="f", title="x"),
    ]
    before.append(Session(guid="renamed-but-same", forum_slug="f", title="y"))
    changes = compare_sessions(before, after)
    assert [s.guid for s in changes.added] == ["new"]
    assert [s.guid for s in changes.removed] == ["gone"]
    moves = {m.guid: (m.time_changed, m.room_changed) for m in changes.moved}
    assert moves == {
        "elsewhere": (False, True),
        "later": (True, False),
        "longer": (True, False),
    }
    assert compare_sessions(after, after).is_empty


def test_an_unscheduled_session_sorts_after_the_timed_ones() -> None:
    changes = compare_sessions([], [session("tbc", None), session("timed", datetime(2024, 5, 1))])
    assert [s.guid for s in changes.added] == ["timed", "tbc"]
    assert changes.added[0].day == date(2024, 5, 1)


# Command line --------------------------------------------------------------------------------


def test_cli_import_prints_counts_and_changes(
    home: UserPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = home.data_dir.parent
    assert main(["--home", str(root), "import", str(DEMOCON)]) == 0
    output = capsys.readouterr().out
    assert "Imported DemoCon (democon): 36 sessions, 27 people, times in UTC." in output
    document = json.loads(DEMOCON.read_bytes())
    rooms = document["schedule"]["conference"]["days"][0]["rooms"]
    dropped = rooms["Gray Room"].pop(0)
    changed = tmp_path / "democon.json"
    changed.write_text(json.dumps(document))
    assert main(["--home", str(root), "import", str(changed)]) == 0
    output = capsys.readouterr().out
    assert "35 sessions" in output
    assert "0 added, 1 removed, 0 moved" in output
    assert f"removed: {dropped['title']}" in output


def test_cli_import_explains_a_refusal(
    home: UserPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = str(home.data_dir.parent)
    assert main(["--home", root, "import", str(FOSDEM_2021)]) == 1
    error = capsys.readouterr().err
    assert f"Cannot import {FOSDEM_2021}: the file does not say which time zone" in error
    assert "--timezone" in error
    assert snapshot_of_folder(home.catalogs_dir) == {}
    assert main(["--home", root, "import", str(FOSDEM_2021), "--timezone", "Mars/Olympus"]) == 1
    assert "“Mars/Olympus” is not a time zone" in capsys.readouterr().err
    assert main(["--home", root, "import", str(FOSDEM_2021), "--timezone", BRUSSELS]) == 0
    assert "773 sessions" in capsys.readouterr().out
