"""Bookmarks to iCalendar: instants in the forum's zone, stable UIDs, scope, reminders, notes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import SessionFilter
from forumguide.domain.model import (
    Appearance,
    Bookmark,
    Forum,
    Note,
    NoteTarget,
    Session,
    SessionSnapshot,
    Speaker,
    TextFormat,
)
from forumguide.interchange.atomic import ExportError
from forumguide.interchange.ics import (
    CalendarOptions,
    CalendarScope,
    bookmarks_to_ics,
    event_uid,
    write_bookmarks_ics,
)
from forumguide.personal.store import PersonalStore

CREATED = datetime(2025, 1, 5, 9, 0, tzinfo=UTC)
AIF_2023 = Forum(
    "aif-2023",
    "Astana International Forum 2023",
    timezone="Asia/Almaty",
    city="Astana",
    venue="Palace of Independence",
    url="https://astanaforum.org/",
)
ATTF_2025 = Forum(
    "attf-2025", "Astana Think Tank Forum 2025", timezone="Asia/Almaty", city="Astana"
)
FORUMS = {forum.slug: forum for forum in (AIF_2023, ATTF_2025)}
SPEAKERS = {
    "joshua-lincoln": Speaker("joshua-lincoln", "Joshua Lincoln"),
    "aigerim-kassymova": Speaker("aigerim-kassymova", "Әйгерім Қасымова"),
}
OPENING_2023 = Session(
    guid="1b4e28ba-2fa1-51d2-883f-0016d3cca427",
    forum_slug="aif-2023",
    timezone="Asia/Almaty",
    title="Opening plenary",
    day=date(2023, 6, 8),
    start=datetime(2023, 6, 8, 10, 0),
    duration=timedelta(minutes=90),
    room="Hall A",
    track="Security",
    format="plenary session",
    url="https://astanaforum.org/programme/opening",
    description="<p>Leaders on <b>trust</b>.</p>",
    description_format=TextFormat.HTML,
    appearances=(
        Appearance("aigerim-kassymova", "moderator", "Director, KazISS"),
        Appearance("joshua-lincoln", "speaker", "Senior Fellow, Fletcher School"),
    ),
)
OPENING_2025 = Session(
    guid="6fa459ea-ee8a-5ca4-894e-db77e160355e",
    forum_slug="attf-2025",
    timezone="Asia/Almaty",
    title="Multilateralism at a Crossroads",
    day=date(2025, 10, 15),
    start=datetime(2025, 10, 15, 10, 0),
    duration=timedelta(minutes=60),
)
SECOND_DAY_2025 = Session(
    guid="886313e1-3b8a-5372-9b90-0c9aee199e5d",
    forum_slug="attf-2025",
    timezone="Asia/Almaty",
    title="Side event",
    day=date(2025, 10, 16),
)
UNDATED_2025 = Session(
    guid="a8098c1a-f86e-11da-bd1a-00112444be1e", forum_slug="attf-2025", title="Second session"
)
SESSIONS = {
    (s.forum_slug, s.guid): s for s in (OPENING_2023, OPENING_2025, SECOND_DAY_2025, UNDATED_2025)
}
REMOVED_GUID = "d6a8b2c4-0000-5000-8000-000000000001"


def bookmark(guid: str, forum: str) -> Bookmark:
    return Bookmark(guid, forum, CREATED)


BOOKMARKS = [
    bookmark(OPENING_2023.guid, "aif-2023"),
    bookmark(OPENING_2025.guid, "attf-2025"),
    bookmark(SECOND_DAY_2025.guid, "attf-2025"),
    bookmark(UNDATED_2025.guid, "attf-2025"),
    Bookmark(
        REMOVED_GUID,
        "attf-2025",
        CREATED,
        SessionSnapshot(title="Dropped panel", day=date(2025, 10, 16)),
    ),
]


def events(data: bytes) -> dict[str, Any]:
    calendar = Calendar.from_ical(data)
    return {str(event["uid"]): event for event in calendar.walk("VEVENT")}


def test_astana_sessions_before_and_after_the_2024_change_have_the_right_utc_instants() -> None:
    export = bookmarks_to_ics(BOOKMARKS[:2], SESSIONS, FORUMS, SPEAKERS)
    found = events(export.data)
    opening_2023 = found[event_uid(OPENING_2023.guid)]
    opening_2025 = found[event_uid(OPENING_2025.guid)]
    # Asia/Almaty was UTC+6 in June 2023 and UTC+5 from March 2024.
    assert opening_2023.decoded("dtstart").astimezone(UTC) == datetime(2023, 6, 8, 4, 0, tzinfo=UTC)
    assert opening_2023.decoded("dtend").astimezone(UTC) == datetime(2023, 6, 8, 5, 30, tzinfo=UTC)
    assert opening_2025.decoded("dtstart").astimezone(UTC) == datetime(
        2025, 10, 15, 5, 0, tzinfo=UTC
    )
    assert opening_2023["dtstart"].params["TZID"] == "Asia/Almaty"


def test_the_vtimezone_in_the_file_carries_both_offsets() -> None:
    calendar = Calendar.from_ical(bookmarks_to_ics(BOOKMARKS[:2], SESSIONS, FORUMS, SPEAKERS).data)
    (almaty,) = calendar.timezones
    assert almaty["tzid"] == "Asia/Almaty"
    rules = almaty.to_tz()  # built from the VTIMEZONE alone, not from this computer's tzdata
    assert datetime(2023, 6, 8, 10, tzinfo=rules).astimezone(UTC).hour == 4
    assert datetime(2025, 10, 15, 10, tzinfo=rules).astimezone(UTC).hour == 5


def test_event_contents() -> None:
    export = bookmarks_to_ics(BOOKMARKS[:1], SESSIONS, FORUMS, SPEAKERS)
    event = events(export.data)[event_uid(OPENING_2023.guid)]
    assert str(event["summary"]) == "Opening plenary"
    assert str(event["location"]) == "Hall A, Palace of Independence, Astana"
    assert [str(c) for c in event["categories"].cats] == ["Security", "plenary session"]
    assert str(event["url"]) == "https://astanaforum.org/programme/opening"
    description = str(event["description"])
    assert "Әйгерім Қасымова, Director, KazISS (moderator)" in description
    assert "Joshua Lincoln, Senior Fellow, Fletcher School" in description
    assert "Leaders on trust." in description  # HTML turned into plain text
    assert "<" not in description
    assert "VALARM" not in export.data.decode()


def test_uids_stay_the_same_when_the_programme_changes() -> None:
    first = events(bookmarks_to_ics(BOOKMARKS[:2], SESSIONS, FORUMS, SPEAKERS).data)
    moved = dict(SESSIONS)
    moved[(OPENING_2025.forum_slug, OPENING_2025.guid)] = replace(
        OPENING_2025, title="Multilateralism revisited", start=datetime(2025, 10, 15, 14, 0)
    )
    second = events(bookmarks_to_ics(BOOKMARKS[:2], moved, FORUMS, SPEAKERS).data)
    assert set(first) == set(second) == {event_uid(OPENING_2023.guid), event_uid(OPENING_2025.guid)}
    assert second[event_uid(OPENING_2025.guid)].decoded("dtstart").astimezone(UTC).hour == 9


def test_unknown_times_become_all_day_events_and_undated_ones_are_counted() -> None:
    export = bookmarks_to_ics(BOOKMARKS, SESSIONS, FORUMS, SPEAKERS)
    assert (export.exported, export.undated, export.removed) == (3, 1, 1)
    found = events(export.data)
    all_day = found[event_uid(SECOND_DAY_2025.guid)]
    assert all_day.decoded("dtstart") == date(2025, 10, 16)
    assert all_day.decoded("dtend") == date(2025, 10, 17)
    assert str(all_day["transp"]) == "TRANSPARENT"
    assert str(all_day["description"]).startswith("Time to be confirmed.")
    assert event_uid(UNDATED_2025.guid) not in found
    assert event_uid(REMOVED_GUID) not in found


def test_scope_by_forum_and_by_day() -> None:
    by_forum = bookmarks_to_ics(
        BOOKMARKS,
        SESSIONS,
        FORUMS,
        SPEAKERS,
        options=CalendarOptions(scope=CalendarScope(forum_slug="aif-2023")),
    )
    assert set(events(by_forum.data)) == {event_uid(OPENING_2023.guid)}
    assert (by_forum.undated, by_forum.removed) == (0, 0)
    by_day = bookmarks_to_ics(
        BOOKMARKS,
        SESSIONS,
        FORUMS,
        SPEAKERS,
        options=CalendarOptions(scope=CalendarScope(day=date(2025, 10, 16))),
    )
    assert set(events(by_day.data)) == {event_uid(SECOND_DAY_2025.guid)}
    assert (by_day.undated, by_day.removed) == (0, 1)


def test_reminder_and_notes_only_when_asked() -> None:
    notes = {
        (OPENING_2025.forum_slug, OPENING_2025.guid): Note(
            NoteTarget.SESSION,
            OPENING_2025.guid,
            "Ask about C5+1",
            CREATED,
            forum_slug=OPENING_2025.forum_slug,
        )
    }
    plain = bookmarks_to_ics(BOOKMARKS[1:3], SESSIONS, FORUMS, SPEAKERS, notes=notes)
    assert "Ask about C5+1" not in str(events(plain.data)[event_uid(OPENING_2025.guid)])
    asked = bookmarks_to_ics(
        BOOKMARKS[1:3],
        SESSIONS,
        FORUMS,
        SPEAKERS,
        notes=notes,
        options=CalendarOptions(reminder_minutes=20, include_notes=True),
    )
    found = events(asked.data)
    timed = found[event_uid(OPENING_2025.guid)]
    assert "My note:\nAsk about C5+1" in str(timed["description"])
    (alarm,) = timed.walk("VALARM")
    assert alarm.decoded("trigger") == timedelta(minutes=-20)
    assert str(alarm["action"]) == "DISPLAY"
    # A reminder before midnight of an all-day placeholder would only mislead.
    assert found[event_uid(SECOND_DAY_2025.guid)].walk("VALARM") == []


def test_write_is_atomic_and_errors_name_the_file(tmp_path: Path) -> None:
    target = tmp_path / "agenda.ics"
    export = write_bookmarks_ics(target, BOOKMARKS[:1], SESSIONS, FORUMS, SPEAKERS)
    assert target.read_bytes() == export.data
    with pytest.raises(ExportError, match="missing"):
        write_bookmarks_ics(tmp_path / "missing" / "a.ics", BOOKMARKS, SESSIONS, FORUMS, SPEAKERS)


def test_bookmarks_of_the_bundled_catalog(tmp_path: Path, library: CatalogLibrary) -> None:
    store = PersonalStore(tmp_path / "personal.sqlite")
    try:
        sessions = []
        for forum in library.forums():
            reader = library.reader_for(forum.slug)
            assert reader is not None
            sessions += reader.sessions(SessionFilter(forum.slug))
        assert sessions, "the bundled catalog has sessions"
        for session in sessions:
            store.add_bookmark(session.guid, session.forum_slug, SessionSnapshot(session.title))
        bookmarks = store.bookmarks()
    finally:
        store.close()
    by_key = library.sessions_by_key((b.forum_slug, b.session_guid) for b in bookmarks)
    slugs = {a.speaker_slug for s in by_key.values() for a in s.appearances}
    speakers = {}
    for reader in library.readers:
        speakers.update(reader.speakers_by_slug(slugs))
    forums = {forum.slug: forum for forum in library.forums()}
    export = bookmarks_to_ics(bookmarks, by_key, forums, speakers)

    dated = [s for s in sessions if s.day is not None or s.start is not None]
    assert export.exported == len(dated)
    assert export.undated == len(sessions) - len(dated)
    found = events(export.data)
    assert set(found) == {event_uid(s.guid) for s in dated}
    for session in dated:
        event = found[event_uid(session.guid)]
        assert str(event["summary"]) == session.title
        if session.start is None:
            assert event.decoded("dtstart") == session.day
        for appearance in session.appearances:
            assert speakers[appearance.speaker_slug].name in str(event["description"])
