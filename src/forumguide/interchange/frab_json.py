"""Reads frab / pretalx ``schedule.json`` and the c3voc schedule JSON of the second version.

The first version (frab, pretalx) nests events in ``conference.days[].rooms``; the second
(``schedule2.schema.json``, the c3voc hub) lists ``schedule.events`` and ``schedule.persons``
flat, with rooms and tracks referred to by guid or slug and described once in the conference.
pretalx abstracts and biographies are Markdown. Only the fields the app shows are read;
organiser-only fields such as ``answers``, and anything unknown, are never kept. Every value is
type-checked, so a damaged file is reported rather than half-imported.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

from forumguide.domain.model import Link, Programme
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
    optional_day,
    parse_clock,
    parse_day,
    parse_duration,
    parse_instant,
)

_ISO_DURATION = re.compile(
    r"^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:\.\d+)?S)?)?$"
)
_PREFERRED_LANGUAGE = "en"


class _Reader:
    """Type-checked access to the decoded document; a wrong type is a ScheduleImportError.

    Each value is named by its path in the document (``schedule.events[3].start``).
    """

    def __init__(self, source: str, kind: FileKind) -> None:
        self.source = source
        self.kind = kind

    def fail(
        self, problem: str, reason: ImportProblem = ImportProblem.BAD_VALUE, **facts: Any
    ) -> ScheduleImportError:
        return ScheduleImportError(
            self.source, problem, reason, ImportFacts(what=self.kind, **facts)
        )

    def wrong_type(self, field: str, expected: str) -> ScheduleImportError:
        wording = {"object": "a JSON object", "list": "a list", "text": "text"}[expected]
        return self.fail(
            f"{field} is not {wording}.", ImportProblem.WRONG_TYPE, field=field, detail=expected
        )

    def mapping(self, value: object, field: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.wrong_type(field, "object")
        return value

    def array(self, value: object, field: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.wrong_type(field, "list")
        return value

    def text(self, value: object, field: str) -> str:
        if value is None:
            return ""
        if isinstance(value, str):
            return clean(value)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        raise self.wrong_type(field, "text")

    def localised(self, value: object, field: str, language: str = "") -> str:
        """A text that may be given in several languages (``{"en": …, "de": …}``): the
        session's own language, else English, else the first one given."""
        if not isinstance(value, dict):
            return self.text(value, field)
        texts = {str(k): self.text(v, f"{field}.{k}") for k, v in value.items()}
        for key in (language, _PREFERRED_LANGUAGE):
            if texts.get(key):
                return texts[key]
        return next((text for text in texts.values() if text), "")


def parse_frab_json(
    data: bytes, *, source: str = "", default_timezone: str | None = None
) -> Programme:
    """The programme in a frab/pretalx or c3voc (second version) schedule JSON document.

    Args:
        data: The file's bytes (UTF-8, -16 or -32).
        source: The file's name or path, for messages.
        default_timezone: The conference's IANA zone, used when the file gives none.

    Raises:
        ScheduleImportError: The document is malformed, not a schedule, or lacks data.
    """
    with unreadable_as_import_error(source):
        document = _decode(data, source)
        schedule = document.get("schedule") if isinstance(document, dict) else None
        if not isinstance(schedule, dict) or "conference" not in schedule:
            raise ScheduleImportError(
                source,
                "it is a JSON file that is not a schedule (frab, pretalx or c3voc).",
                ImportProblem.NOT_A_SCHEDULE,
                ImportFacts(what=FileKind.JSON),
            )
        second = "events" in schedule
        read = _Reader(source, FileKind.C3VOC_JSON if second else FileKind.FRAB_JSON)
        header = read.mapping(schedule["conference"], "schedule.conference")
        conference = _conference(read, header)
        if second:
            events = list(_flat_events(read, header, schedule))
            persons = [
                _person(
                    read, read.mapping(value, f"schedule.persons[{n}]"), f"schedule.persons[{n}]"
                )
                for n, value in enumerate(read.array(schedule.get("persons"), "schedule.persons"))
            ]
        else:
            events = list(_events(read, header))
            persons = []
        name = source.replace("\\", "/").rsplit("/", 1)[-1]
        return assemble(
            source,
            conference,
            events,
            persons=persons,
            default_timezone=default_timezone,
            origin=f"{'c3voc' if second else 'frab'} JSON schedule {name}",
            base_url=read.text(schedule.get("base_url"), "schedule.base_url"),
        )


def _decode(data: bytes, source: str) -> object:
    def fail(problem: str, reason: ImportProblem, **facts: Any) -> ScheduleImportError:
        return ScheduleImportError(
            source, problem, reason, ImportFacts(what=FileKind.JSON, **facts)
        )

    try:
        return json.loads(data)
    except UnicodeDecodeError as error:
        raise fail("it is not UTF-8 text.", ImportProblem.NOT_UTF8) from error
    except json.JSONDecodeError as error:
        raise fail(
            f"the JSON is malformed or truncated (line {error.lineno}, column {error.colno}: "
            f"{error.msg}).",
            ImportProblem.MALFORMED,
            line=error.lineno,
            column=error.colno,
            detail=error.msg,
        ) from error
    except RecursionError as error:
        raise fail(
            "the JSON is nested too deeply to be a schedule.", ImportProblem.TOO_DEEP
        ) from error
    except ValueError as error:
        raise fail(
            f"the JSON cannot be read ({error}).", ImportProblem.MALFORMED, detail=str(error)
        ) from error


def _conference(read: _Reader, header: dict[str, Any]) -> RawConference:
    def get(key: str) -> str:
        return read.text(header.get(key), f"schedule.conference.{key}")

    day_change = get("day_change")
    return RawConference(
        title=get("title"),
        acronym=get("acronym"),
        subtitle=get("subtitle"),
        description=read.localised(header.get("description"), "schedule.conference.description"),
        start=optional_day(get("start")),
        end=optional_day(get("end")),
        time_zone_name=get("time_zone_name"),
        venue=get("venue"),
        city=get("city"),
        url=get("url"),
        day_change=_optional_clock(day_change),
        kind=read.kind,
    )


def _optional_clock(text: str) -> Any:
    try:
        return parse_clock(text) if text else None
    except ValueError:
        return None


def _day_start(read: _Reader, day: dict[str, Any], field: str) -> datetime | None:
    text = read.text(day.get("day_start") or day.get("start"), f"{field}.day_start")
    try:
        return parse_instant(text) if len(text) > 10 else None
    except ValueError:
        return None  # only a hint: the day's date is enough


def _events(read: _Reader, header: dict[str, Any]) -> Iterator[RawEvent]:
    days = read.array(header.get("days"), "schedule.conference.days")
    for n, day_value in enumerate(days):
        field = f"schedule.conference.days[{n}]"
        day = read.mapping(day_value, field)
        day_text = read.text(day.get("date"), f"{field}.date")
        try:
            day_date = parse_day(day_text) if day_text else None
        except ValueError as error:
            raise read.fail(
                f"a day has an invalid date “{day_text}”.",
                ImportProblem.BAD_DATE,
                field=f"{field}.date",
                value=day_text,
            ) from error
        day_start = _day_start(read, day, field)
        rooms = read.mapping(day.get("rooms", {}), f"{field}.rooms")
        for room_name, room_events in rooms.items():
            room_field = f"{field}.rooms.{room_name}"
            for m, value in enumerate(read.array(room_events, room_field)):
                event_field = f"{room_field}[{m}]"
                raw = _event(read, read.mapping(value, event_field), event_field, clean(room_name))
                raw.day, raw.day_start = day_date, day_start
                yield raw


def _event(read: _Reader, event: dict[str, Any], field: str, room: str) -> RawEvent:
    event_id = read.text(event.get("id"), f"{field}.id")
    label = f"session {event_id}" if event_id else "a session"

    def get(key: str) -> str:
        return read.text(event.get(key), f"{field}.{key}")

    raw = RawEvent(
        event_id=event_id,
        guid=get("guid"),
        title=get("title"),
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
        raise read.fail(
            f"{label} has an invalid time: {error}.",
            ImportProblem.BAD_TIME,
            session=event_id,
            field=field,
            detail=str(error),
        ) from error
    raw.links = _links(read, event, field)
    raw.persons = [
        _person(read, read.mapping(value, f"{field}.persons[{n}]"), f"{field}.persons[{n}]")
        for n, value in enumerate(read.array(event.get("persons"), f"{field}.persons"))
    ]
    return raw


def _links(read: _Reader, event: dict[str, Any], field: str) -> list[Link]:
    links = []
    for key in ("links", "attachments"):
        for n, value in enumerate(read.array(event.get(key), f"{field}.{key}")):
            link = read.mapping(value, f"{field}.{key}[{n}]")
            url = read.text(link.get("url"), f"{field}.{key}[{n}].url")
            links.append(Link(url, read.text(link.get("title"), f"{field}.{key}[{n}].title")))
    return links


def _person(read: _Reader, person: dict[str, Any], field: str) -> RawPerson:
    def get(key: str) -> str:
        return read.text(person.get(key), f"{field}.{key}")

    return RawPerson(
        name=get("name") or get("public_name") or get("full_name"),
        guid=get("guid"),
        person_id=get("id"),
        code=get("code"),
        biography=read.localised(person.get("biography"), f"{field}.biography"),
        role=get("role").lower(),
    )


# The second version ---------------------------------------------------------------------------


def _named(read: _Reader, values: object, field: str) -> dict[str, str]:
    """The names of the conference's rooms or tracks, by guid and by slug."""
    names: dict[str, str] = {}
    for n, value in enumerate(read.array(values, field)):
        item = read.mapping(value, f"{field}[{n}]")
        name = read.text(item.get("name"), f"{field}[{n}].name")
        for key in ("guid", "slug"):
            reference = read.text(item.get(key), f"{field}[{n}].{key}")
            if reference and name:
                names.setdefault(reference, name)
    return names


def _reference(read: _Reader, value: object, field: str, names: dict[str, str]) -> str:
    """A room or track as an event refers to it: by name, else by guid or slug."""
    if value is None or isinstance(value, str):
        return read.text(value, field)
    item = read.mapping(value, field)
    name = read.text(item.get("name"), f"{field}.name")
    guid = read.text(item.get("guid"), f"{field}.guid")
    slug = read.text(item.get("slug"), f"{field}.slug")
    return name or names.get(guid) or names.get(slug) or slug or guid


def iso_duration(text: str) -> timedelta:
    """An ISO 8601 duration such as ``PT1H30M`` or ``P1DT2H``."""
    match = _ISO_DURATION.match(text.strip())
    if not match or text.strip() in ("P", "PT"):
        raise ValueError(f"“{text}” is not a duration")
    weeks, days, hours, minutes, seconds = (int(part or 0) for part in match.groups())
    return timedelta(weeks=weeks, days=days, hours=hours, minutes=minutes, seconds=seconds)


def _flat_events(
    read: _Reader, header: dict[str, Any], schedule: dict[str, Any]
) -> Iterator[RawEvent]:
    rooms = _named(read, header.get("rooms"), "schedule.conference.rooms")
    tracks = _named(read, header.get("tracks"), "schedule.conference.tracks")
    for n, value in enumerate(read.array(schedule.get("events"), "schedule.events")):
        field = f"schedule.events[{n}]"
        event = read.mapping(value, field)

        def get(key: str, event: dict[str, Any] = event, field: str = field) -> str:
            return read.text(event.get(key), f"{field}.{key}")

        language = get("language")
        raw = RawEvent(
            event_id=get("id") or get("code") or get("slug"),
            guid=get("guid"),
            title=get("title"),
            room=_reference(read, event.get("room"), f"{field}.room", rooms),
            track=_reference(read, event.get("track"), f"{field}.track", tracks),
            type=get("type").lower().replace("_", " "),
            language=language,
            subtitle=get("subtitle"),
            abstract=read.localised(event.get("abstract"), f"{field}.abstract", language),
            description=read.localised(event.get("description"), f"{field}.description", language),
            url=get("url"),
        )
        label = raw.event_id or raw.guid or f"#{n + 1}"
        start, end, duration = get("start"), get("end"), get("duration")
        try:
            raw.absolute = parse_instant(start) if start else None
            if end and raw.absolute is not None:
                raw.duration = parse_instant(end) - raw.absolute
            elif duration:
                raw.duration = iso_duration(duration)
        except (ValueError, TypeError) as error:
            raise read.fail(
                f"session {label} has an invalid time: {error}.",
                ImportProblem.BAD_TIME,
                session=label,
                field=field,
                detail=str(error),
            ) from error
        raw.links = _links(read, event, field)
        raw.persons = [
            _person(
                read, read.mapping(item, f"{field}.participants[{m}]"), f"{field}.participants[{m}]"
            )
            for m, item in enumerate(read.array(event.get("participants"), f"{field}.participants"))
        ]
        yield raw


__all__ = ["iso_duration", "parse_frab_json"]
