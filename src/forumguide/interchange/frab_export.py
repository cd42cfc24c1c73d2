"""One forum of a programme as a frab schedule: ``schedule.xml`` or ``schedule.json``.

Both files validate against the c3voc schemas (``schedule.xml.xsd`` and the v1 JSON schema), and
:func:`forumguide.interchange.importing.read_schedule` reads them back to the same sessions,
speakers and times.

The formats have no way to say that a session's time or date is not known yet, yet every event
must have a date, a start and a duration. Such a session is therefore written at 00:00 of its
day, lasting 00:00, with a link whose address is a ForumGuide marker (``urn:forumguide:unknown:
time``, and ``...:date`` for a session whose day is not known either, placed on the forum's
first day) and whose title says "Time to be confirmed" to any other program that shows it. A
session with a start but no known length lasts 00:00 and carries ``...:duration``, as does one
whose duration is negative or longer than seven days, which an importer would not believe.
:func:`unknown_parts` tells an importer which parts a session's links mark as unknown.

A forum or session dated outside the years the app accepts (see :mod:`.limits`), which a catalog
imported before those checks can hold, is refused with an :class:`ExportError` that names it.
"""

from __future__ import annotations

import json
import re
import unicodedata
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from forumguide import __version__
from forumguide.domain.model import Forum, Programme, Session, Speaker
from forumguide.domain.timezones import UnknownTimeZoneError, is_fixed_offset, zone
from forumguide.interchange.atomic import ExportError, write_atomically
from forumguide.interchange.limits import believable_duration, in_years, outside_years

MARKER_PREFIX = "urn:forumguide:unknown:"
UNKNOWN_DATE = MARKER_PREFIX + "date"
UNKNOWN_TIME = MARKER_PREFIX + "time"
UNKNOWN_DURATION = MARKER_PREFIX + "duration"
_MARKER_TITLES = {
    UNKNOWN_DATE: "Date and time to be confirmed",
    UNKNOWN_TIME: "Time to be confirmed",
    UNKNOWN_DURATION: "End time to be confirmed",
}
# What each marker says is unknown: a missing date implies a missing time and length.
_UNKNOWN_PARTS = {
    UNKNOWN_DATE: frozenset({"day", "time", "duration"}),
    UNKNOWN_TIME: frozenset({"time", "duration"}),
    UNKNOWN_DURATION: frozenset({"duration"}),
}
# Ids derived for people and rooms (which the formats key by UUID) are uuid5 names in this
# namespace, so the same programme always gives the same file.
EXPORT_NAMESPACE = uuid.UUID("0f5b7a9e-3c41-5d2a-8e6f-49b1c07d2a13")
GENERATOR = "ForumGuide"
TIMESLOT = "00:15"
_NOT_ACRONYM = re.compile(r"[^a-z0-9_]+")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
# The JSON schema's pattern for time_zone_name; other names are left out of JSON files.
_JSON_ZONE = re.compile(r"^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$")
_SAFE_LINK = ("http://", "https://", "mailto:")
_MAX_MINUTES = 99 * 60 + 59


def unknown_parts(urls: Iterable[str]) -> frozenset[str]:
    """Which of "day", "time" and "duration" a session's link addresses mark as unknown."""
    parts: frozenset[str] = frozenset()
    for url in urls:
        parts |= _UNKNOWN_PARTS.get(url.strip(), frozenset())
    return parts


def is_marker(url: str) -> bool:
    return url.strip().startswith(MARKER_PREFIX)


@dataclass(slots=True)
class _Event:
    session: Session
    number: int
    guid: str
    starts: datetime
    minutes: int
    marker: str


@dataclass(slots=True)
class _Day:
    index: int
    day: date
    starts: datetime
    ends: datetime
    rooms: dict[str, list[_Event]] = field(default_factory=dict)


def _uuid(*parts: str) -> str:
    return str(uuid.uuid5(EXPORT_NAMESPACE, "/".join(parts)))


def _session_guid(guid: str) -> str:
    try:
        return str(uuid.UUID(guid))
    except ValueError:
        return _uuid("session", guid)


def person_guid(slug: str) -> str:
    """The UUID a person is written with: the same in every export."""
    try:
        return str(uuid.UUID(slug))
    except ValueError:
        return _uuid("person", slug)


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


def acronym_for(forum: Forum) -> str:
    """An acronym both schemas accept, that an importer turns back into the forum's slug.

    Hyphens become underscores (the JSON schema allows only one hyphenated year suffix form);
    importers fold underscores back into hyphens.
    """
    text = _NOT_ACRONYM.sub("_", _ascii(forum.slug)).strip("_") or "forum"
    return text.ljust(4, "_")


def _slug(*parts: str) -> str:
    text = "-".join(_NOT_SLUG.sub("-", _ascii(p)).strip("-") for p in parts if p)
    return text.strip("-")[:80].strip("-") or "event"


def _duration(minutes: int) -> str:
    minutes = max(0, min(minutes, _MAX_MINUTES))
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _zone(forum: Forum) -> tzinfo:
    try:
        return zone(forum.timezone)
    except UnknownTimeZoneError:
        raise ExportError(
            f"{forum.name} is in the time zone “{forum.timezone}”, which this computer does "
            "not know, so its times cannot be written.",
            reason="unknown-zone",
            detail=forum.timezone,
        ) from None


def _forum(programme: Programme, forum_slug: str) -> Forum:
    for forum in programme.forums:
        if forum.slug == forum_slug:
            return forum
    raise ExportError(
        f"The programme has no forum “{forum_slug}”.", reason="no-forum", detail=forum_slug
    )


def _check_years(forum: Forum, sessions: list[Session]) -> None:
    dated = [
        (f"{forum.name} starts", "forum-out-of-years", forum.name, forum.start),
        (f"{forum.name} ends", "forum-out-of-years", forum.name, forum.end),
    ]
    dated += [
        (f"“{s.title}” is", "session-out-of-years", s.title, value)
        for s in sessions
        for value in (s.day, s.start)
    ]
    for what, reason, name, value in dated:
        if value is not None and not in_years(value):
            raise ExportError(
                f"{outside_years(what, value)}; a schedule is written only with dates in "
                "those years.",
                reason=reason,
                detail=name,
                year=value.year,
            )


def _plan(programme: Programme, forum: Forum) -> list[_Day]:
    """The forum's sessions placed on days and in rooms, with markers for what is unknown."""
    sessions = sorted(programme.sessions_of(forum.slug), key=lambda s: s.position)
    if not sessions:
        raise ExportError(
            f"{forum.name} has no sessions yet, and a schedule file needs at least one.",
            reason="no-sessions",
            detail=forum.name,
        )
    _check_years(forum, sessions)
    tz = _zone(forum)
    known_days = sorted(
        {d for s in sessions if (d := s.day or (s.start.date() if s.start else None))}
    )
    all_days = sorted(set(forum.days()) | set(known_days))
    # Sessions without a date go on the forum's first day; a forum without any known date
    # gets a placeholder day, which the marker tells importers to ignore.
    fallback = all_days[0] if all_days else date(1970, 1, 1)
    if not all_days:
        all_days = [fallback]
    by_day: dict[date, list[_Event]] = {day: [] for day in all_days}
    for number, session in enumerate(sessions, start=1):
        day = session.day or (session.start.date() if session.start else None)
        if day is None:
            marker, wall, minutes = UNKNOWN_DATE, datetime.combine(fallback, datetime.min.time()), 0
            day = fallback
        elif session.start is None:
            marker, wall, minutes = UNKNOWN_TIME, datetime.combine(day, datetime.min.time()), 0
        elif (duration := believable_duration(session.duration)) is None:
            marker, wall, minutes = UNKNOWN_DURATION, session.start, 0
        else:
            marker, wall = "", session.start
            minutes = int(duration.total_seconds() // 60)
        guid = _session_guid(session.guid)
        by_day[day].append(_Event(session, number, guid, wall.replace(tzinfo=tz), minutes, marker))
    days = []
    for index, day in enumerate(all_days, start=1):
        events = sorted(by_day[day], key=lambda e: (e.starts, e.session.position))
        midnight = datetime.combine(day, datetime.min.time()).replace(tzinfo=tz)
        starts = min((e.starts for e in events), default=midnight)
        ends = max((e.starts + timedelta(minutes=e.minutes) for e in events), default=starts)
        if ends <= starts:
            ends = datetime.combine(day + timedelta(days=1), datetime.min.time()).replace(tzinfo=tz)
        entry = _Day(index, day, starts, ends)
        for event in events:
            entry.rooms.setdefault(event.session.room, []).append(event)
        days.append(entry)
    return days


def _description(session: Session) -> str:
    return session.description.strip()


def _links(session: Session, marker: str) -> list[tuple[str, str]]:
    links = [
        (link.url, link.title or link.url)
        for link in session.links
        if link.url.lower().startswith(_SAFE_LINK)
    ]
    if marker:
        links.append((marker, _MARKER_TITLES[marker]))
    return links


def _tracks(programme: Programme, forum: Forum) -> list[str]:
    return sorted({s.track for s in programme.sessions_of(forum.slug) if s.track}, key=str.casefold)


def _date_range(forum: Forum, days: list[_Day]) -> tuple[date, date]:
    return (forum.start or days[0].day, forum.end or days[-1].day)


# XML -----------------------------------------------------------------------------------------


def _sub(parent: ET.Element, tag: str, text: str = "", **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    if text:
        element.text = text
    return element


def programme_to_xml(programme: Programme, forum_slug: str) -> bytes:
    """The forum as a frab/c3voc ``schedule.xml`` document.

    Raises:
        ExportError: the forum is not in the programme, has no sessions, or has an unknown zone.
    """
    forum = _forum(programme, forum_slug)
    days = _plan(programme, forum)
    speakers = {speaker.slug: speaker for speaker in programme.speakers}
    root = ET.Element("schedule")
    _sub(root, "generator", name=GENERATOR, version=__version__)
    _sub(root, "version", f"{GENERATOR} {__version__}")
    conference = _sub(root, "conference")
    _sub(conference, "acronym", acronym_for(forum))
    _sub(conference, "title", forum.name)
    first, last = _date_range(forum, days)
    _sub(conference, "start", first.isoformat())
    _sub(conference, "end", last.isoformat())
    _sub(conference, "days", str(len(days)))
    _sub(conference, "timeslot_duration", TIMESLOT)
    if forum.url.lower().startswith(("http://", "https://")):
        _sub(conference, "url", forum.url)
    if not is_fixed_offset(forum.timezone):
        # A bare offset is no zone name other programs know; each <date> carries it.
        _sub(conference, "time_zone_name", forum.timezone)
    for track in _tracks(programme, forum):
        _sub(conference, "track", name=track)
    for day in days:
        day_element = _sub(
            root,
            "day",
            index=str(day.index),
            date=day.day.isoformat(),
            start=day.starts.isoformat(),
            end=day.ends.isoformat(),
        )
        for room, events in day.rooms.items():
            room_element = _sub(day_element, "room", name=room)
            for event in events:
                _xml_event(room_element, event, speakers)
    ET.indent(root)
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True)) + b"\n"


def _xml_event(parent: ET.Element, event: _Event, speakers: dict[str, Speaker]) -> None:
    session = event.session
    element = _sub(parent, "event", id=str(event.number), guid=event.guid)
    ET.SubElement(element, "room").text = session.room
    ET.SubElement(element, "title").text = session.title
    if session.subtitle:
        _sub(element, "subtitle", session.subtitle)
    ET.SubElement(element, "type").text = session.format
    ET.SubElement(element, "date").text = event.starts.isoformat()
    _sub(element, "start", event.starts.strftime("%H:%M"))
    _sub(element, "duration", _duration(event.minutes))
    ET.SubElement(element, "abstract").text = _description(session)
    ET.SubElement(element, "track").text = session.track
    if session.language:
        _sub(element, "language", session.language)
    persons = _sub(element, "persons")
    for appearance in session.appearances:
        person = speakers.get(appearance.speaker_slug)
        name = person.name if person else appearance.speaker_slug
        _sub(persons, "person", name, guid=person_guid(appearance.speaker_slug))
    links = _links(session, event.marker)
    if links:
        block = _sub(element, "links")
        for url, title in links:
            _sub(block, "link", title, href=url)
    if session.url.lower().startswith(("http://", "https://")):
        _sub(element, "url", session.url)


# JSON ----------------------------------------------------------------------------------------


def programme_to_json(programme: Programme, forum_slug: str) -> bytes:
    """The forum as a frab/pretalx ``schedule.json`` document (schema v1).

    Raises:
        ExportError: the forum is not in the programme, has no sessions, or has an unknown zone.
    """
    forum = _forum(programme, forum_slug)
    days = _plan(programme, forum)
    speakers = {speaker.slug: speaker for speaker in programme.speakers}
    first, last = _date_range(forum, days)
    rooms = list(dict.fromkeys(room for day in days for room in day.rooms))
    conference: dict[str, Any] = {
        "acronym": acronym_for(forum),
        "title": forum.name,
        "start": first.isoformat(),
        "end": last.isoformat(),
        "daysCount": len(days),
        "timeslot_duration": TIMESLOT,
    }
    if forum.description:
        conference["description"] = forum.description
    if forum.url.lower().startswith(("http://", "https://")):
        conference["url"] = forum.url
    if _JSON_ZONE.match(forum.timezone):
        conference["time_zone_name"] = forum.timezone
    tracks = _tracks(programme, forum)
    if tracks:
        conference["tracks"] = [{"name": track} for track in tracks]
    conference["rooms"] = [
        {"name": room, "guid": _uuid("room", forum.slug, room)} for room in rooms
    ]
    conference["days"] = [
        {
            "index": day.index,
            "date": day.day.isoformat(),
            "day_start": day.starts.isoformat(),
            "day_end": day.ends.isoformat(),
            "rooms": {
                room: [_json_event(event, forum, speakers) for event in events]
                for room, events in day.rooms.items()
            },
        }
        for day in days
    ]
    document = {
        "$schema": "https://c3voc.de/schedule/schema.json",
        "generator": {"name": GENERATOR, "version": __version__},
        "schedule": {"version": f"{GENERATOR} {__version__}", "conference": conference},
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _json_event(event: _Event, forum: Forum, speakers: dict[str, Speaker]) -> dict[str, Any]:
    session = event.session
    persons = []
    for appearance in session.appearances:
        person = speakers.get(appearance.speaker_slug)
        entry: dict[str, Any] = {
            "name": person.name if person else appearance.speaker_slug,
            "guid": person_guid(appearance.speaker_slug),
            # Not in the schema's person properties, which allow more: frab and ForumGuide
            # read it; the XML schema has no place for it.
            "role": appearance.role,
        }
        if person is not None and person.bio:
            entry["biography"] = person.bio
        persons.append(entry)
    url = session.url
    if not url.lower().startswith(("http://", "https://")):
        # The schema requires a URL; a URN names the session without pretending to a web page.
        url = f"urn:uuid:{event.guid}"
    return {
        "guid": event.guid,
        "id": event.number,
        "date": event.starts.isoformat(),
        "start": event.starts.strftime("%H:%M"),
        "duration": _duration(event.minutes),
        "room": session.room,
        "slug": _slug(acronym_for(forum), str(event.number), session.title),
        "url": url,
        "title": session.title,
        "subtitle": session.subtitle,
        "track": session.track or None,
        "type": session.format,
        "language": session.language or None,
        "abstract": _description(session),
        "description": "",
        "persons": persons,
        "links": [{"url": url_, "title": title} for url_, title in _links(session, event.marker)],
    }


# Files ---------------------------------------------------------------------------------------


def write_programme(path: Path, programme: Programme, forum_slug: str) -> Path:
    """Write one forum to ``path`` atomically: JSON for a ``.json`` name, XML otherwise.

    Raises:
        ExportError: the forum cannot be written as a schedule, or the file cannot be written.
    """
    if path.suffix.lower() == ".json":
        data = programme_to_json(programme, forum_slug)
    else:
        data = programme_to_xml(programme, forum_slug)
    return write_atomically(path, data)
