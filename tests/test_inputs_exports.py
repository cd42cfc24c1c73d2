"""Exports never raise for a session whose dates Python can hold, however far away they are.

A catalog imported before dates were range-checked can hold such sessions.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from forumguide.domain.model import Bookmark, Forum, Note, NoteTarget, Programme, Session
from forumguide.interchange.atomic import ExportError
from forumguide.interchange.frab_export import programme_to_json, programme_to_xml
from forumguide.interchange.ics import bookmarks_to_ics, event_uid, write_bookmarks_ics
from forumguide.interchange.notes_export import arrange_notes, notes_to_markdown

CREATED = datetime(2025, 1, 5, 9, 0, tzinfo=UTC)
# The zones furthest east and well west of UTC, and Astana's.
FORUMS = {
    zone: Forum(f"forum-{n}", f"Forum in {zone}", timezone=zone)
    for n, zone in enumerate(("Pacific/Kiritimati", "America/New_York", "Asia/Almaty"))
}
EDGES = [
    ("year-1", date(1, 1, 1), datetime(1, 1, 1, 0, 0)),
    ("year-1-untimed", date(1, 1, 1), None),
    ("year-9999", date(9999, 12, 31), datetime(9999, 12, 31, 23, 0)),
    ("year-9999-untimed", date(9999, 12, 31), None),
    ("start-only-9999", None, datetime(9999, 12, 31, 23, 30)),
    ("day-in-range-start-not", date(2025, 10, 15), datetime(1, 1, 1, 0, 0)),
]
IN_RANGE = Session(
    guid="6fa459ea-ee8a-5ca4-894e-db77e160355e",
    forum_slug="forum-2",
    title="Multilateralism at a Crossroads",
    day=date(2025, 10, 15),
    start=datetime(2025, 10, 15, 10, 0),
    duration=timedelta(minutes=60),
)


def far_sessions(forum: Forum) -> list[Session]:
    return [
        Session(
            guid=f"{forum.slug}-{name}",
            forum_slug=forum.slug,
            title=f"Session {name}",
            day=day,
            start=start,
            duration=timedelta(minutes=90),
        )
        for name, day, start in EDGES
    ]


def events(data: bytes) -> dict[str, Any]:
    return {str(e["uid"]): e for e in Calendar.from_ical(data).walk("VEVENT")}


@pytest.mark.parametrize("zone", FORUMS)
def test_calendar_export_leaves_out_and_counts_sessions_outside_the_years(
    zone: str, tmp_path: Path
) -> None:
    forum = FORUMS[zone]
    far = far_sessions(forum)
    sessions = {(s.forum_slug, s.guid): s for s in [*far, IN_RANGE]}
    bookmarks = [Bookmark(guid, forum, CREATED) for forum, guid in sessions]
    forums = {f.slug: f for f in FORUMS.values()}
    export = bookmarks_to_ics(bookmarks, sessions, forums, {})
    assert (export.exported, export.undated, export.removed) == (1, len(far), 0)
    assert list(events(export.data)) == [event_uid(IN_RANGE.guid)]

    # Nothing but sessions outside the years: an empty calendar, all of them counted.
    only_far = bookmarks_to_ics(bookmarks[:-1], sessions, forums, {})
    assert (only_far.exported, only_far.undated, only_far.skipped) == (0, len(far), len(far))
    assert events(only_far.data) == {}
    written = write_bookmarks_ics(tmp_path / "agenda.ics", bookmarks, sessions, forums, {})
    assert written.exported == 1


def test_the_first_and_last_years_are_written_to_a_calendar() -> None:
    forum = FORUMS["Pacific/Kiritimati"]
    edges = [
        Session("first", forum.slug, "First", date(1900, 1, 1), datetime(1900, 1, 1, 0, 0)),
        Session(
            "last",
            forum.slug,
            "Last",
            date(2200, 12, 31),
            datetime(2200, 12, 31, 23, 0),
            duration=timedelta(days=7),
        ),
    ]
    sessions = {(s.forum_slug, s.guid): s for s in edges}
    bookmarks = [Bookmark(s.guid, forum.slug, CREATED) for s in edges]
    export = bookmarks_to_ics(bookmarks, sessions, {forum.slug: forum}, {})
    assert (export.exported, export.undated) == (2, 0)
    written = events(export.data)
    assert written[event_uid("last")].decoded("dtend").year == 2201


@pytest.mark.parametrize(
    "duration",
    [timedelta(days=-1), timedelta(days=8), timedelta(days=999_999_999)],
    ids=["negative", "eight-days", "largest"],
)
def test_an_unbelievable_duration_gives_an_event_without_an_end(duration: timedelta) -> None:
    forum = FORUMS["Asia/Almaty"]
    session = Session(
        "long", forum.slug, "Long", date(2025, 10, 15), datetime(2025, 10, 15, 10, 0), duration
    )
    export = bookmarks_to_ics(
        [Bookmark("long", forum.slug, CREATED)],
        {(forum.slug, "long"): session},
        {forum.slug: forum},
        {},
    )
    event = events(export.data)[event_uid("long")]
    assert "dtend" not in event
    assert "End time to be confirmed" in str(event["description"])


@pytest.mark.parametrize("zone", FORUMS)
def test_markdown_notes_on_sessions_outside_the_years_are_exported(zone: str) -> None:
    forum = FORUMS[zone]
    far = far_sessions(forum)
    sessions = {(s.forum_slug, s.guid): s for s in far}
    notes = [
        Note(NoteTarget.SESSION, s.guid, f"My note on {s.title}", CREATED)
        for s in sessions.values()
    ]
    markdown = notes_to_markdown(arrange_notes(notes, sessions, [forum], {}))
    for session in far:
        assert f"My note on {session.title}" in markdown


@pytest.mark.parametrize("zone", FORUMS)
@pytest.mark.parametrize("write", [programme_to_xml, programme_to_json], ids=["xml", "json"])
def test_a_schedule_export_with_sessions_outside_the_years_is_refused_clearly(
    zone: str, write: Any
) -> None:
    forum = FORUMS[zone]
    in_range = replace(IN_RANGE, forum_slug=forum.slug)
    assert write(Programme((forum,), (in_range,)), forum.slug)
    for session in far_sessions(forum):
        programme = Programme((forum,), (in_range, session))
        with pytest.raises(ExportError) as raised:
            write(programme, forum.slug)
        message = str(raised.value)
        assert f"“{session.title}”" in message
        assert "outside 1900-2200" in message


def test_a_schedule_export_of_a_forum_dated_outside_the_years_is_refused_clearly() -> None:
    forum = Forum("far", "Far Forum", start=date(2025, 10, 15), end=date(9999, 12, 31))
    session = Session("s", "far", "Session", date(2025, 10, 15))
    with pytest.raises(ExportError, match="Far Forum ends in the year 9999, outside 1900-2200"):
        programme_to_xml(Programme((forum,), (session,)), "far")


@pytest.mark.parametrize("write", [programme_to_xml, programme_to_json], ids=["xml", "json"])
def test_a_schedule_export_marks_an_unbelievable_duration_as_unknown(write: Any) -> None:
    forum = FORUMS["Asia/Almaty"]
    sessions = tuple(
        replace(IN_RANGE, guid=f"long-{n}", forum_slug=forum.slug, duration=duration)
        for n, duration in enumerate((timedelta(days=-1), timedelta(days=999_999_999)))
    )
    data = write(Programme((forum,), sessions), forum.slug)
    assert data.count(b"urn:forumguide:unknown:duration") == 2
