"""Bookmarked sessions as an iCalendar (``.ics``) file.

Each bookmarked session becomes one VEVENT whose UID is derived from the session's guid, so a
calendar that imports a later export updates its events instead of duplicating them. Times are
written in the forum's IANA zone with a VTIMEZONE for it, built from the zone rules for the
years the events fall in (Astana was UTC+6 until 2024-03-01 and UTC+5 after). A forum known
only by its offset from UTC has no rules to write (and calendars would show an ``Etc/GMT-1``
by that name): its times are written in UTC.

A session whose time is not known but whose day is becomes an all-day event that says the time
is to be confirmed (and does not mark the day busy); one whose day is not known either is left
out and counted, as is a bookmark whose session has left the programme. A session dated outside
the years the app accepts (see :mod:`.limits`), which a catalog imported before those checks can
hold, is left out and counted with the undated ones: calendars cannot take it. A duration that
is negative or longer than seven days is not written: the event then has a start only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from forumguide import __version__
from forumguide.domain.model import Bookmark, Forum, Note, Session, SessionKey, Speaker
from forumguide.domain.text import to_plain_text
from forumguide.domain.timezones import (
    UnknownTimeZoneError,
    is_fixed_offset,
    is_known_zone,
    to_utc,
    zone,
)
from forumguide.interchange.atomic import write_atomically
from forumguide.interchange.limits import believable_duration, in_years
from forumguide.interchange.session_text import (
    ENGLISH,
    Wording,
    place_of,
    session_day,
    speaker_lines,
)

PRODUCT_ID = f"-//ForumGuide//ForumGuide {__version__}//EN"
UID_DOMAIN = "forumguide"
_UTC_NAMES = frozenset({"UTC", "Etc/UTC", "Etc/UCT", "Etc/Zulu", "Zulu", "UCT", "GMT"})


@dataclass(frozen=True, slots=True)
class CalendarScope:
    """Which bookmarks to export: all, one forum's, or one day's (of one forum, if given)."""

    forum_slug: str = ""
    day: date | None = None

    def covers(self, session: Session) -> bool:
        if self.forum_slug and session.forum_slug != self.forum_slug:
            return False
        return self.day is None or session_day(session) == self.day


@dataclass(frozen=True, slots=True)
class CalendarOptions:
    """What goes into the file besides the sessions themselves."""

    scope: CalendarScope = CalendarScope()
    reminder_minutes: int | None = None
    include_notes: bool = False


@dataclass(frozen=True, slots=True)
class CalendarExport:
    """The file's contents and what was left out of it.

    Attributes:
        data: The iCalendar document.
        exported: How many sessions it holds.
        undated: Sessions left out because their day is not known, or is outside the years
            1900-2200.
        removed: Bookmarks left out because their session is no longer in the programme.
    """

    data: bytes
    exported: int
    undated: int
    removed: int

    @property
    def skipped(self) -> int:
        return self.undated + self.removed


def event_uid(session_guid: str) -> str:
    """The UID of a session's event: the same for every export of the same session."""
    return f"{session_guid}@{UID_DOMAIN}"


def _zone(name: str) -> tzinfo | None:
    if name in _UTC_NAMES:
        return UTC
    try:
        return zone(name)
    except UnknownTimeZoneError:
        # Without rules for the zone the wall time is written as floating local time.
        return None


def _description(
    session: Session,
    forum: Forum | None,
    speakers: Mapping[str, Speaker],
    note: Note | None,
    wording: Wording,
) -> str:
    parts: list[str] = []
    if session.start is None:
        parts.append(wording.time_to_be_confirmed)
    elif believable_duration(session.duration) is None:
        parts.append(wording.end_to_be_confirmed)
    if forum is not None:
        parts.append(forum.name)
    people = speaker_lines(session, speakers)
    if people:
        parts.append(f"{wording.speakers}:\n" + "\n".join(f"- {line}" for line in people))
    body = to_plain_text(session.description, session.description_format)
    if body:
        parts.append(body)
    if note is not None and note.text.strip():
        parts.append(f"{wording.my_note}:\n{note.text.strip()}")
    return "\n\n".join(parts)


def _event(
    session: Session,
    forum: Forum | None,
    speakers: Mapping[str, Speaker],
    *,
    note: Note | None,
    options: CalendarOptions,
    wording: Wording,
    stamp: datetime,
) -> Event:
    event = Event()
    event.add("uid", event_uid(session.guid))
    event.add("dtstamp", stamp)
    event.add("summary", session.title)
    if session.start is not None:
        if is_fixed_offset(session.timezone) and is_known_zone(session.timezone):
            starts = to_utc(session.start, session.timezone)
        else:
            starts = session.start.replace(tzinfo=_zone(session.timezone))
        event.add("dtstart", starts)
        duration = believable_duration(session.duration)
        if duration is not None:
            event.add("dtend", starts + duration)
    else:
        day = session_day(session)
        assert day is not None  # undated sessions are filtered out before
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        event.add("transp", "TRANSPARENT")
    event.add("description", _description(session, forum, speakers, note, wording))
    location = place_of(session, forum)
    if location:
        event.add("location", location)
    categories = [value for value in (session.track, session.format) if value]
    if categories:
        event.add("categories", categories)
    url = session.url or (forum.url if forum else "")
    if url.lower().startswith(("http://", "https://")):
        event.add("url", url)
    if options.reminder_minutes is not None and session.start is not None:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", wording.reminder.format(title=session.title))
        alarm.add("trigger", timedelta(minutes=-max(options.reminder_minutes, 0)))
        event.add_component(alarm)
    return event


def bookmarks_to_ics(
    bookmarks: Iterable[Bookmark],
    sessions: Mapping[SessionKey, Session],
    forums: Mapping[str, Forum],
    speakers: Mapping[str, Speaker],
    *,
    notes: Mapping[SessionKey, Note] | None = None,
    options: CalendarOptions = CalendarOptions(),
    wording: Wording = ENGLISH,
    now: datetime | None = None,
) -> CalendarExport:
    """An iCalendar document of the bookmarked sessions in ``options.scope``.

    Args:
        bookmarks: the delegate's bookmarks.
        sessions: the sessions of the programme, by (forum slug, guid) (those not found count
            as removed).
        forums: forums by slug, for the time zone, the venue and the city.
        speakers: people by slug, for the speaker lines.
        notes: session notes by (forum slug, guid); used only with ``options.include_notes``.
        options: scope, reminder and notes.
        wording: the phrases written into descriptions.
        now: the DTSTAMP of every event (the current time when not given).
    """
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    scope = options.scope
    chosen: list[Session] = []
    undated = removed = 0
    for bookmark in bookmarks:
        session = sessions.get((bookmark.forum_slug, bookmark.session_guid))
        if session is None:
            snapshot_day = bookmark.snapshot.day or (
                bookmark.snapshot.start.date() if bookmark.snapshot.start else None
            )
            in_forum = not scope.forum_slug or bookmark.forum_slug == scope.forum_slug
            if in_forum and (scope.day is None or snapshot_day == scope.day):
                removed += 1
            continue
        if not scope.covers(session):
            continue
        if session_day(session) is None or not _in_calendar_years(session):
            undated += 1
            continue
        chosen.append(session)
    chosen.sort(key=_event_order)

    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", wording.calendar_name)
    for session in chosen:
        key = (session.forum_slug, session.guid)
        note = notes.get(key) if (notes and options.include_notes) else None
        forum = forums.get(session.forum_slug)
        calendar.add_component(
            _event(
                session, forum, speakers, note=note, options=options, wording=wording, stamp=stamp
            )
        )
    if chosen:
        days = [d for d in (session_day(s) for s in chosen) if d is not None]
        # Rules for a year either side are plenty, and keep the VTIMEZONE short.
        calendar.add_missing_timezones(
            first_date=date(min(days).year - 1, 1, 1), last_date=date(max(days).year + 2, 1, 1)
        )
    return CalendarExport(calendar.to_ical(), len(chosen), undated, removed)


def _in_calendar_years(session: Session) -> bool:
    return all(value is None or in_years(value) for value in (session.day, session.start))


def _event_order(session: Session) -> tuple[date, int, str, int]:
    day = session_day(session) or date.min
    start = session.start.isoformat() if session.start else ""
    return (day, 0 if session.start is None else 1, start, session.position)


def write_bookmarks_ics(
    path: Path,
    bookmarks: Iterable[Bookmark],
    sessions: Mapping[SessionKey, Session],
    forums: Mapping[str, Forum],
    speakers: Mapping[str, Speaker],
    *,
    notes: Mapping[SessionKey, Note] | None = None,
    options: CalendarOptions = CalendarOptions(),
    wording: Wording = ENGLISH,
) -> CalendarExport:
    """Write :func:`bookmarks_to_ics` to ``path`` atomically.

    Raises:
        ExportError: the file could not be written; nothing was left behind.
    """
    export = bookmarks_to_ics(
        bookmarks, sessions, forums, speakers, notes=notes, options=options, wording=wording
    )
    write_atomically(path, export.data)
    return export
