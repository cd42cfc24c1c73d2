"""Reads a conference schedule published as an iCalendar file (``.ics``: Indico, Sched, pretalx,
linux.conf.au).

Each VEVENT is a session: SUMMARY its title, DTSTART with DTEND or DURATION its time (in a
TZID's zone, in UTC, or floating local time; a DTSTART that is a date makes a session whose
time is to be confirmed), LOCATION its room, the first of its CATEGORIES its track,
DESCRIPTION and URL, and UID its guid. People are taken from the common names (CN) of ATTENDEE
and ORGANIZER; their e-mail addresses are never kept. An ORGANIZER named on every event of a
calendar is the calendar's owner, not a speaker. Cancelled events are left out.

The conference is named by X-WR-CALNAME, else by the file's name; its zone is X-WR-TIMEZONE,
else the zone most of its events are given in. Events given in other zones are placed at their
own instants and shown in the conference's zone.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar, Component

from forumguide.domain.model import Programme
from forumguide.domain.timezones import is_known_zone
from forumguide.interchange.errors import (
    FileKind,
    ImportFacts,
    ImportProblem,
    ScheduleImportError,
    unreadable_as_import_error,
)
from forumguide.interchange.frab_common import (
    RawConference,
    RawEvent,
    RawPerson,
    assemble,
    clean,
)

_UTF8_BOM = b"\xef\xbb\xbf"
_ESCAPES = (("\\n", "\n"), ("\\N", "\n"), ("\\,", ","), ("\\;", ";"), ("\\\\", "\\"))
# ROLE=CHAIR is the one RFC 5545 role that is more than taking part.
_ROLES = {"CHAIR": "chair"}
# What icalendar raises on a damaged calendar: ValueError mostly, but a parameter with several
# values where one is expected (VALUE=A,B) breaks its parser in other ways.
_PARSER_ERRORS = (ValueError, TypeError, AttributeError, KeyError, IndexError)


def parse_ical_schedule(
    data: bytes, *, source: str = "", default_timezone: str | None = None
) -> Programme:
    """The programme in an iCalendar file whose events are the sessions.

    Args:
        data: The file's bytes (UTF-8).
        source: The file's name or path, for messages and, without X-WR-CALNAME, the name.
        default_timezone: The conference's IANA zone, for a file of floating times only.

    Raises:
        ScheduleImportError: The calendar is malformed, has no events, or lacks data.
    """
    with unreadable_as_import_error(source):
        calendars = _calendars(data, source)
        file_name = source.replace("\\", "/").rsplit("/", 1)[-1]
        components = [
            event
            for calendar in calendars
            for event in calendar.walk("VEVENT")
            if _text(event.get("status")).upper() != "CANCELLED"
        ]
        organisers = Counter(_common_name(e.get("organizer")) for e in components)
        owner = next(iter(organisers)) if len(organisers) == 1 and len(components) > 1 else ""
        events = [_event(e, position, owner, source) for position, e in enumerate(components)]
        name = _header(calendars, "x-wr-calname") or file_name.rsplit(".", 1)[0]
        conference = RawConference(
            title=name,
            description=_header(calendars, "x-wr-caldesc"),
            time_zone_name=_conference_zone(calendars, components),
            kind=FileKind.ICALENDAR,
        )
        return assemble(
            source,
            conference,
            events,
            default_timezone=default_timezone,
            origin=f"iCalendar schedule {file_name}",
        )


def _calendars(data: bytes, source: str) -> list[Component]:
    try:
        text = data.removeprefix(_UTF8_BOM).decode("utf-8")
    except UnicodeDecodeError as error:
        raise ScheduleImportError(
            source,
            "it is not UTF-8 text.",
            ImportProblem.NOT_UTF8,
            ImportFacts(what=FileKind.ICALENDAR),
        ) from error

    def malformed(detail: str) -> ScheduleImportError:
        return ScheduleImportError(
            source,
            f"the calendar is malformed or truncated ({detail}).",
            ImportProblem.MALFORMED,
            ImportFacts(what=FileKind.ICALENDAR, detail=detail),
        )

    # A calendar cut short would be read as far as it goes, as if it were whole.
    if not text.rstrip().upper().endswith("END:VCALENDAR"):
        raise malformed("it does not end with END:VCALENDAR")
    try:
        calendars = Calendar.from_ical(text, multiple=True)
    except _PARSER_ERRORS as error:
        raise malformed(str(error)) from error
    return [c for c in calendars if c.name == "VCALENDAR"]


def _unescape(text: str) -> str:
    for escaped, plain in _ESCAPES:
        text = text.replace(escaped, plain)
    return text


def _text(value: object) -> str:
    """A property's text; a repeated property gives its first value."""
    if isinstance(value, list):
        value = value[0] if value else ""
    if value is None:
        return ""
    if type(value).__name__ == "vUnknown":
        # Unknown (X-) properties keep their escapes.
        return clean(_unescape(str(value)))
    return clean(str(value))


def _header(calendars: list[Component], key: str) -> str:
    return next((text for c in calendars if (text := _text(c.get(key)))), "")


def _common_name(value: object) -> str:
    if isinstance(value, list):
        value = value[0] if value else None
    params = getattr(value, "params", None)
    return clean(str(params.get("CN", ""))) if params is not None else ""


def _zone_key(moment: object) -> str:
    if isinstance(moment, datetime) and isinstance(moment.tzinfo, ZoneInfo):
        return moment.tzinfo.key
    return ""


def _conference_zone(calendars: list[Component], events: list[Component]) -> str:
    """X-WR-TIMEZONE, else the zone most events start in ("" when none names a zone)."""
    named = _header(calendars, "x-wr-timezone")
    if named and is_known_zone(named):
        return named
    zones = Counter(
        key
        for event in events
        if (key := _zone_key(_decoded(event, "dtstart"))) and key not in ("UTC", "Etc/UTC")
    )
    # most_common keeps the order of first appearance among equals: the first event's wins.
    return zones.most_common(1)[0][0] if zones else named


def _decoded(event: Component, key: str) -> Any:
    if key not in event:
        return None
    try:
        return event.decoded(key)
    except _PARSER_ERRORS:
        return event.get(key)


def _categories(event: Component) -> list[str]:
    value = event.get("categories")
    values = value if isinstance(value, list) else [value] if value is not None else []
    return [clean(str(c)) for v in values for c in getattr(v, "cats", [])]


def _people(event: Component, owner: str) -> list[RawPerson]:
    people: list[RawPerson] = []
    organiser = _common_name(event.get("organizer"))
    if organiser and organiser != owner:
        people.append(RawPerson(name=organiser))
    attendees = event.get("attendee")
    for attendee in attendees if isinstance(attendees, list) else [attendees]:
        name = _common_name(attendee)
        if name:
            role = str(getattr(attendee, "params", {}).get("ROLE", "")).upper()
            people.append(RawPerson(name=name, role=_ROLES.get(role, "")))
    return people


def _event(event: Component, position: int, owner: str, source: str) -> RawEvent:
    uid = _text(event.get("uid"))
    categories = _categories(event)
    raw = RawEvent(
        event_id=uid,
        guid=uid,
        title=_text(event.get("summary")),
        room=_text(event.get("location")),
        track=categories[0] if categories else "",
        description=_text(event.get("description")),
        plain_text=True,
        url=_text(event.get("url")),
        persons=_people(event, owner),
    )
    starts = _decoded(event, "dtstart")
    if isinstance(starts, datetime):
        raw.absolute = starts
        ends = _decoded(event, "dtend")
        duration = _decoded(event, "duration")
        if isinstance(ends, datetime) and (ends.tzinfo is None) == (starts.tzinfo is None):
            raw.duration = ends - starts
        elif isinstance(duration, timedelta):
            raw.duration = duration
    elif isinstance(starts, date):
        raw.day = starts
    elif starts is not None:
        which = uid or f"#{position + 1}"
        value = _text(starts)
        raise ScheduleImportError(
            source,
            f"event {which} has an invalid start “{value}”.",
            ImportProblem.BAD_TIME,
            ImportFacts(what=FileKind.ICALENDAR, session=which, field="DTSTART", value=value),
        )
    return raw
