"""Reads frab / pretalx ``schedule.json`` (version 1 of the c3voc schema).

pretalx abstracts and biographies are Markdown. Only the fields the app shows are read;
organiser-only fields such as ``answers``, and anything unknown, are never kept. Every value is
type-checked, so a damaged file is reported rather than half-imported.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from forumguide.domain.model import Link, Programme
from forumguide.interchange.errors import ScheduleImportError, unreadable_as_import_error
from forumguide.interchange.frab_common import (
    RawConference,
    RawEvent,
    RawPerson,
    assemble,
    clean,
    optional_day,
    parse_clock,
    parse_day,
    parse_duration,
    parse_instant,
)


class _Reader:
    """Type-checked access to the decoded document; a wrong type is a ScheduleImportError."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, problem: str) -> ScheduleImportError:
        return ScheduleImportError(self.source, problem)

    def mapping(self, value: object, what: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(f"{what} is not a JSON object.")
        return value

    def array(self, value: object, what: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(f"{what} is not a list.")
        return value

    def text(self, value: object, what: str) -> str:
        if value is None:
            return ""
        if isinstance(value, str):
            return clean(value)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        raise self.fail(f"{what} is not text.")


def parse_frab_json(
    data: bytes, *, source: str = "", default_timezone: str | None = None
) -> Programme:
    """The programme in a frab/pretalx schedule JSON document.

    Args:
        data: The file's bytes (UTF-8, -16 or -32).
        source: The file's name or path, for messages.
        default_timezone: The conference's IANA zone, used when the file gives none.

    Raises:
        ScheduleImportError: The document is malformed, not a schedule, or lacks data.
    """
    with unreadable_as_import_error(source):
        document = _decode(data, source)
        read = _Reader(source)
        schedule = document.get("schedule") if isinstance(document, dict) else None
        if not isinstance(schedule, dict) or "conference" not in schedule:
            raise read.fail("it is a JSON file, but not a frab or pretalx schedule.")
        header = read.mapping(schedule["conference"], "The conference")
        conference = _conference(read, header)
        events = list(_events(read, header))
        name = source.replace("\\", "/").rsplit("/", 1)[-1]
        return assemble(
            source,
            conference,
            events,
            default_timezone=default_timezone,
            origin=f"frab JSON schedule {name}",
            base_url=read.text(schedule.get("base_url"), "The base URL"),
        )


def _decode(data: bytes, source: str) -> object:
    try:
        return json.loads(data)
    except UnicodeDecodeError as error:
        raise ScheduleImportError(source, "it is not UTF-8 text.") from error
    except json.JSONDecodeError as error:
        raise ScheduleImportError(
            source,
            f"the JSON is malformed or truncated (line {error.lineno}, column {error.colno}: "
            f"{error.msg}).",
        ) from error
    except RecursionError as error:
        raise ScheduleImportError(source, "the JSON is nested too deeply to be a schedule.") from (
            error
        )
    except ValueError as error:
        raise ScheduleImportError(source, f"the JSON cannot be read ({error}).") from error


def _conference(read: _Reader, header: dict[str, Any]) -> RawConference:
    def get(key: str) -> str:
        return read.text(header.get(key), f"The conference's {key}")

    return RawConference(
        title=get("title"),
        acronym=get("acronym"),
        subtitle=get("subtitle"),
        description=get("description"),
        start=optional_day(get("start")),
        end=optional_day(get("end")),
        time_zone_name=get("time_zone_name"),
        venue=get("venue"),
        city=get("city"),
        url=get("url"),
    )


def _events(read: _Reader, header: dict[str, Any]) -> Iterator[RawEvent]:
    for day_value in read.array(header.get("days"), "The conference's days"):
        day = read.mapping(day_value, "A day")
        day_text = read.text(day.get("date"), "A day's date")
        try:
            day_date = parse_day(day_text) if day_text else None
        except ValueError as error:
            raise read.fail(f"a day has an invalid date “{day_text}”.") from error
        rooms = read.mapping(day.get("rooms", {}), "A day's rooms")
        for room_name, room_events in rooms.items():
            for value in read.array(room_events, f"The sessions in room {room_name}"):
                yield _event(read, read.mapping(value, "A session"), day_date, clean(room_name))


def _event(read: _Reader, event: dict[str, Any], day: date | None, room: str) -> RawEvent:
    event_id = read.text(event.get("id"), "A session's id")
    label = f"session {event_id}" if event_id else "a session"

    def get(key: str) -> str:
        return read.text(event.get(key), f"The {key} of {label}")

    raw = RawEvent(
        event_id=event_id,
        guid=get("guid"),
        title=get("title"),
        day=day,
        room=get("room") or room,
        track=get("track"),
        type=get("type"),
        language=get("language"),
        subtitle=get("subtitle"),
        abstract=get("abstract"),
        description=get("description"),
        url=get("url"),
    )
    start, absolute, duration, end = get("start"), get("date"), get("duration"), get("end")
    try:
        raw.clock = parse_clock(start) if start else None
        raw.absolute = parse_instant(absolute) if absolute else None
        if duration:
            raw.duration = parse_duration(duration)
        elif end and raw.absolute is not None:
            raw.duration = parse_instant(end) - raw.absolute
    except (ValueError, TypeError) as error:
        # TypeError: an end with an offset against a date without one (or the reverse).
        raise read.fail(f"{label} has an invalid time: {error}.") from error
    for key in ("links", "attachments"):
        for value in read.array(event.get(key), f"The {key} of {label}"):
            link = read.mapping(value, f"A link of {label}")
            url = read.text(link.get("url"), f"A link of {label}")
            raw.links.append(Link(url, read.text(link.get("title"), f"A link of {label}")))
    raw.persons = [
        _person(read, read.mapping(value, f"A person in {label}"))
        for value in read.array(event.get("persons"), f"The persons of {label}")
    ]
    return raw


def _person(read: _Reader, person: dict[str, Any]) -> RawPerson:
    def get(key: str) -> str:
        return read.text(person.get(key), f"A person's {key}")

    return RawPerson(
        name=get("name") or get("public_name") or get("full_name"),
        guid=get("guid"),
        person_id=get("id"),
        code=get("code"),
        biography=get("biography"),
        role=get("role"),
    )
