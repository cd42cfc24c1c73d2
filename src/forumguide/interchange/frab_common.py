"""What the frab XML and JSON readers share: stable ids, times, zones, people.

Both readers collect format-neutral :class:`RawConference`, :class:`RawEvent` and
:class:`RawPerson` records from their files; :func:`assemble` turns those into a domain
:class:`~forumguide.domain.model.Programme`. Only the fields listed on these records are read:
anything else in a file (organiser-only answers, e-mail addresses, avatars) is never kept.
"""

from __future__ import annotations

import html
import re
import unicodedata
import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, tzinfo

from forumguide.domain.model import (
    Appearance,
    Forum,
    Link,
    Programme,
    Session,
    Source,
    Speaker,
    TextFormat,
)
from forumguide.domain.timezones import (
    fixed_offset_name,
    is_known_zone,
    readable_zone_name,
    zone,
)
from forumguide.interchange.errors import (
    FileKind,
    ImportFacts,
    ImportProblem,
    ScheduleImportError,
)
from forumguide.interchange.frab_export import unknown_parts
from forumguide.interchange.limits import believable_duration, in_years, outside_years

# Session and speaker ids derived from a schedule are uuid5 names in this namespace, so the same
# file always gives the same ids and bookmarks survive a re-import.
ID_NAMESPACE = uuid.UUID("5d0c2a4e-8f1b-5c7e-9a43-2f6b1d8e7c90")

_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")
_DURATION = re.compile(r"^(\d{1,4}):(\d{2})(?::(\d{2}))?$")
_HTML_TAG = re.compile(
    r"<(?:p|br|a|ul|ol|li|em|strong|b|i|u|h[1-6]|div|span|pre|code|blockquote|table|img)\b"
    r"[^>]*>",
    re.IGNORECASE,
)
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_SAFE_LINK = ("http://", "https://", "mailto:")
_MAX_SLUG = 60
# Where a schedule names no day change, a session before 04:00 belongs to the evening before,
# as in frab and pretalx; a file's own <day_change> (often 04:00 to 06:00) wins.
DEFAULT_DAY_CHANGE = time(4, 0)
_MAX_OFFSET = timedelta(hours=14)


@dataclass(slots=True)
class RawPerson:
    """A person as a schedule lists them, in an event or in a top-level block."""

    name: str = ""
    guid: str = ""
    person_id: str = ""
    code: str = ""
    biography: str = ""
    role: str = ""


@dataclass(slots=True)
class RawEvent:
    """One event as read from a file, before ids, times and people are resolved."""

    event_id: str = ""
    guid: str = ""
    title: str = ""
    day: date | None = None
    day_start: datetime | None = None
    clock: time | None = None
    absolute: datetime | None = None
    duration: timedelta | None = None
    room: str = ""
    track: str = ""
    type: str = ""
    language: str = ""
    subtitle: str = ""
    abstract: str = ""
    description: str = ""
    # Calendar descriptions are plain text, where a line break is a line break.
    plain_text: bool = False
    url: str = ""
    links: list[Link] = field(default_factory=list)
    persons: list[RawPerson] = field(default_factory=list)


@dataclass(slots=True)
class RawConference:
    """The conference header of a schedule."""

    title: str = ""
    acronym: str = ""
    subtitle: str = ""
    description: str = ""
    start: date | None = None
    end: date | None = None
    time_zone_name: str = ""
    venue: str = ""
    city: str = ""
    url: str = ""
    day_change: time | None = None
    kind: FileKind = FileKind.FRAB_XML


# Small parsers -------------------------------------------------------------------------------


def clean(text: str) -> str:
    """``text`` without characters SQLite cannot store (lone surrogates from JSON escapes)."""
    if text.isascii():
        return text.strip()
    return text.encode("utf-8", "replace").decode("utf-8").strip()


def slugify(text: str) -> str:
    """Lower-case ASCII letters, digits and hyphens: safe in a file name and a URL."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")[:_MAX_SLUG].strip("-")


def derived_uuid(*parts: str) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, "/".join(parts)))


def canonical_guid(text: str) -> str:
    """A guid from a file, in canonical form; a non-UUID value becomes a derived UUID."""
    try:
        return str(uuid.UUID(text.strip()))
    except ValueError:
        return derived_uuid("guid", text.strip())


def parse_clock(text: str) -> time:
    """``09:00`` or ``09:00:00``."""
    match = _CLOCK.match(text.strip())
    if not match:
        raise ValueError(f"“{text}” is not a time of day")
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    return time(hour, minute, second)


def parse_duration(text: str) -> timedelta:
    """``00:30``, ``1:30`` or ``01:30:00`` (hours may exceed 24)."""
    match = _DURATION.match(text.strip())
    if not match:
        raise ValueError(f"“{text}” is not a duration")
    hours, minutes, seconds = int(match[1]), int(match[2]), int(match[3] or 0)
    if minutes >= 60 or seconds >= 60:
        raise ValueError(f"“{text}” is not a duration")
    return timedelta(hours=hours, minutes=minutes, seconds=seconds)


def parse_instant(text: str) -> datetime:
    """An ISO date-time, with its offset when it has one."""
    return datetime.fromisoformat(text.strip())


def parse_day(text: str) -> date:
    """An ISO date, or the date part of an ISO date-time."""
    text = text.strip()
    return date.fromisoformat(text) if len(text) == 10 else parse_instant(text).date()


def optional_day(text: str) -> date | None:
    """A day in ISO form, or None when the text is empty or not a date."""
    if not text:
        return None
    try:
        return parse_day(text)
    except ValueError:
        return None


def looks_like_html(text: str) -> bool:
    return bool(_HTML_TAG.search(text))


def safe_link(url: str) -> bool:
    return url.strip().lower().startswith(_SAFE_LINK)


def text_format(text: str) -> TextFormat:
    """HTML when the text carries HTML tags (Pentabarf), otherwise Markdown (frab, pretalx)."""
    return TextFormat.HTML if looks_like_html(text) else TextFormat.MARKDOWN


def _description(abstract: str, description: str) -> tuple[str, TextFormat]:
    parts = [p for p in (abstract.strip(), description.strip()) if p]
    if len(parts) == 2 and parts[0] == parts[1]:
        parts.pop()
    if not parts:
        return "", TextFormat.PLAIN
    if any(looks_like_html(p) for p in parts):
        return "".join(
            p if looks_like_html(p) else f"<p>{html.escape(p)}</p>" for p in parts
        ), TextFormat.HTML
    return "\n\n".join(parts), TextFormat.MARKDOWN


# Time zones ----------------------------------------------------------------------------------


def _zone_from_offsets(offsets: set[timedelta]) -> str:
    """The zone of a single fixed offset (``UTC+05:30``), or "" when there is none that fits."""
    if len(offsets) != 1:
        return ""
    offset = next(iter(offsets))
    if offset.total_seconds() % 60 or abs(offset) > _MAX_OFFSET:
        return ""
    return fixed_offset_name(offset)


def resolve_zone(
    source: str, conference: RawConference, events: list[RawEvent], default_timezone: str | None
) -> str:
    """The conference's zone: the file's own IANA name, else one fixed offset of its absolute
    times (``UTC+01:00``), else the caller's default; a file that needs a zone and gives none
    is an error."""
    if conference.time_zone_name and is_known_zone(conference.time_zone_name):
        return readable_zone_name(conference.time_zone_name)
    offsets: set[timedelta] = set()
    needs_zone = False
    for event in events:
        if event.absolute is not None and event.absolute.tzinfo is not None:
            offset = event.absolute.utcoffset()
            if offset is not None:
                offsets.add(offset)
        elif event.absolute is not None or (event.clock is not None and event.day is not None):
            needs_zone = True
    from_offsets = _zone_from_offsets(offsets)
    if from_offsets and not needs_zone:
        return from_offsets
    if default_timezone:
        if not is_known_zone(default_timezone):
            raise ScheduleImportError(
                source,
                f"“{default_timezone}” is not a time zone this computer knows.",
                ImportProblem.UNKNOWN_ZONE,
                ImportFacts(zone=default_timezone),
            )
        return readable_zone_name(default_timezone)
    if from_offsets:
        return from_offsets
    if not needs_zone:
        return "UTC"
    named = conference.time_zone_name
    problem = (
        f"its time zone “{named}” is not one this computer knows"
        if named
        else "the file does not say which time zone its times are in"
    )
    raise ScheduleImportError(
        source,
        f"{problem}; give the conference's time zone (for example Europe/Brussels).",
        ImportProblem.NEEDS_ZONE,
        ImportFacts(what=conference.kind, zone=named),
    )


def programme_day(wall: datetime, day_change: time) -> date:
    """The day a session starting at the wall time ``wall`` is listed under: its own date, or
    the evening's before ``day_change``."""
    if wall.time() < day_change:
        return wall.date() - timedelta(days=1)
    return wall.date()


def _listed_day(event: RawEvent, forum_zone: tzinfo) -> date | None:
    """The day an event is listed under in the file, in local time: a day's own start time
    (which some producers date in UTC) tells it better than the day's date."""
    if event.day_start is not None and event.day_start.tzinfo is not None:
        return event.day_start.astimezone(forum_zone).date()
    return event.day


def _wall_time(event: RawEvent, forum_zone: tzinfo, day_change: time) -> datetime | None:
    if event.absolute is not None:
        if event.absolute.tzinfo is None:
            return event.absolute
        return event.absolute.astimezone(forum_zone).replace(tzinfo=None)
    day = _listed_day(event, forum_zone)
    if day is None or event.clock is None:
        return None
    wall = datetime.combine(day, event.clock)
    if event.clock < day_change:
        # Listed under day D but before the day change: it happens after midnight, on D+1.
        wall += timedelta(days=1)
    return wall


# People --------------------------------------------------------------------------------------


class _People:
    """Collects speakers under stable slugs, merging what several listings say of one person."""

    def __init__(self, conference_slug: str, source_key: str, top_level: list[RawPerson]) -> None:
        self.prefix = conference_slug
        self.source_key = source_key
        self.speakers: dict[str, Speaker] = {}
        self._by_id: dict[str, RawPerson] = {}
        for person in top_level:
            for key in self._keys(person):
                self._by_id.setdefault(key, person)

    @staticmethod
    def _keys(person: RawPerson) -> list[str]:
        keys = []
        if person.guid:
            keys.append(f"guid:{canonical_guid(person.guid)}")
        if person.code:
            keys.append(f"code:{person.code}")
        if person.person_id:
            keys.append(f"id:{person.person_id}")
        return keys

    def _slug(self, person: RawPerson) -> str:
        if person.guid:
            return canonical_guid(person.guid)
        for value in (person.code, person.person_id):
            slug = slugify(value)
            if slug:
                return f"{self.prefix}-{slug}"
        slug = slugify(person.name)
        return f"{self.prefix}-{slug}" if slug else derived_uuid(self.prefix, "person", person.name)

    def add(self, person: RawPerson) -> str:
        """The slug of ``person``, registering them on first sight; "" for a nameless entry."""
        listed = next((self._by_id[k] for k in self._keys(person) if k in self._by_id), None)
        if listed is not None:
            person = RawPerson(
                name=person.name or listed.name,
                guid=person.guid or listed.guid,
                person_id=person.person_id or listed.person_id,
                code=person.code or listed.code,
                biography=person.biography or listed.biography,
                role=person.role,
            )
        if not person.name:
            return ""
        slug = self._slug(person)
        known = self.speakers.get(slug)
        if known is None or (not known.bio and person.biography):
            bio = person.biography
            self.speakers[slug] = Speaker(
                slug=slug,
                name=known.name if known else person.name,
                bio=bio,
                bio_format=text_format(bio) if bio else TextFormat.PLAIN,
                source_keys=(self.source_key,),
            )
        return slug


# Assembly ------------------------------------------------------------------------------------


def conference_slug(conference: RawConference, source: str) -> str:
    """The conference's stable slug: from its acronym, else from its title."""
    for candidate in (conference.acronym, conference.title):
        slug = slugify(candidate)
        if slug:
            return slug
    if conference.title or conference.acronym:
        return "conference-" + derived_uuid(conference.acronym or conference.title)[:8]
    raise ScheduleImportError(
        source,
        "the file names no conference (no title or acronym).",
        ImportProblem.NO_NAME,
        ImportFacts(what=conference.kind),
    )


def _session_guids(events: list[RawEvent], conference: str) -> list[str]:
    """A unique, stable guid per event: the file's own guid, else uuid5 of conference + id.

    Merged schedules can repeat an id, and a damaged one a guid: a repeat gets a derived guid
    numbered by its occurrence, so it is still the same on the next import of the same file.
    """
    guids: list[str] = []
    seen: set[str] = set()
    for position, event in enumerate(events):
        if event.guid:
            base = canonical_guid(event.guid)
        elif event.event_id:
            base = derived_uuid(conference, event.event_id)
        else:
            base = derived_uuid(conference, "position", str(position))
        guid, occurrence = base, 1
        while guid in seen:
            occurrence += 1
            guid = derived_uuid(base, str(occurrence))
        seen.add(guid)
        guids.append(guid)
    return guids


_NO_EVENTS = {
    FileKind.FRAB_XML: "it is a frab schedule with no events.",
    FileKind.FRAB_JSON: "it is a frab schedule (JSON) with no events.",
    FileKind.C3VOC_JSON: "it is a c3voc schedule (second version) with no events.",
    FileKind.ICALENDAR: "it is a calendar with no events.",
}


@dataclass(frozen=True, slots=True)
class _Dated:
    """A date or time to check: what it is, as the message words it (``session 42 starts``),
    the field it is in, and the session (empty for the conference)."""

    what: str
    field: str
    session: str
    value: date | None


def _check_years(source: str, checks: list[_Dated]) -> None:
    """Refuse the file at the first value outside the accepted years."""
    for check in checks:
        if check.value is not None and not in_years(check.value):
            raise ScheduleImportError(
                source,
                outside_years(check.what, check.value) + ".",
                ImportProblem.OUT_OF_YEARS,
                ImportFacts(field=check.field, session=check.session, year=check.value.year),
            )


def assemble(
    source: str,
    conference: RawConference,
    events: list[RawEvent],
    *,
    persons: list[RawPerson] | None = None,
    default_timezone: str | None = None,
    origin: str = "",
    base_url: str = "",
) -> Programme:
    """The domain programme of one schedule (one forum), with zones, ids and people resolved.

    Every date and time must fall in the accepted years (see :mod:`.limits`), or the file is
    refused; a duration that is negative or longer than seven days is dropped, so the session
    is kept with its end to be confirmed.
    """
    if not events:
        raise ScheduleImportError(
            source,
            _NO_EVENTS.get(conference.kind, "the file lists no sessions."),
            ImportProblem.NO_EVENTS,
            ImportFacts(what=conference.kind),
        )
    _check_years(
        source,
        [
            _Dated("the conference starts", "start", "", conference.start),
            _Dated("the conference ends", "end", "", conference.end),
        ],
    )
    slug = conference_slug(conference, source)
    zone_name = resolve_zone(source, conference, events, default_timezone)
    forum_zone = zone(zone_name)
    day_change = conference.day_change or DEFAULT_DAY_CHANGE
    name = conference.title or conference.acronym
    source_key = f"{slug}-schedule"
    people = _People(slug, source_key, persons or [])
    sessions: list[Session] = []
    guids = _session_guids(events, slug)
    days: list[date] = []
    for position, (event, guid) in enumerate(zip(events, guids, strict=True)):
        which = event.event_id or event.guid or f"#{position + 1}"
        label = f"session {event.event_id or event.guid or position + 1}"
        _check_years(
            source,
            [
                _Dated(f"{label} is listed under a day", "day", which, event.day),
                _Dated(f"{label} starts", "date", which, event.absolute),
            ],
        )
        try:
            start = _wall_time(event, forum_zone, day_change)
            listed = _listed_day(event, forum_zone)
        except (OverflowError, ValueError) as error:
            raise ScheduleImportError(
                source,
                f"{label} has a start time out of range.",
                ImportProblem.OUT_OF_YEARS,
                ImportFacts(field="start", session=which),
            ) from error
        # In the forum's zone, or after midnight, a start can move into another year.
        _check_years(source, [_Dated(f"{label} starts", "start", which, start)])
        if not event.title:
            raise ScheduleImportError(
                source,
                f"{label} has no title.",
                ImportProblem.NO_TITLE,
                ImportFacts(what=conference.kind, session=which),
            )
        appearances: list[Appearance] = []
        for person in event.persons:
            speaker = people.add(person)
            if speaker and all(a.speaker_slug != speaker for a in appearances):
                appearances.append(
                    Appearance(speaker, role=person.role or "speaker", source_keys=(source_key,))
                )
        description, description_format = _description(event.abstract, event.description)
        if event.plain_text and description_format is TextFormat.MARKDOWN:
            description_format = TextFormat.PLAIN
        # A session is on the day of its local start (the night before the day change is the
        # evening's); the day a file lists it under is only a hint, used when it has no time.
        day = programme_day(start, day_change) if start is not None else listed
        duration = believable_duration(event.duration)
        # ForumGuide's own exports mark what is not known yet (the formats cannot leave it out).
        unknown = unknown_parts(link.url for link in event.links)
        if "time" in unknown:
            start = None
            day = listed or day
        if "day" in unknown:
            day = None
        if "duration" in unknown:
            duration = None
        if day is not None:
            days.append(day)
        sessions.append(
            Session(
                guid=guid,
                forum_slug=slug,
                title=event.title,
                day=day,
                start=start,
                duration=duration,
                timezone=zone_name,
                subtitle=event.subtitle,
                room=event.room,
                track=event.track,
                format=event.type,
                language=event.language,
                description=description,
                description_format=description_format,
                url=event.url if safe_link(event.url) else "",
                links=tuple(_unique_links(event.links)),
                appearances=tuple(appearances),
                source_keys=(source_key,),
                position=position,
            )
        )
    description, description_format = _description(conference.description, "")
    forum = Forum(
        slug=slug,
        name=name,
        theme=conference.subtitle,
        start=conference.start or (min(days) if days else None),
        end=conference.end or (max(days) if days else None),
        timezone=zone_name,
        city=conference.city,
        venue=conference.venue,
        url=conference.url if safe_link(conference.url) else "",
        description=description,
        description_format=description_format,
        source_keys=(source_key,),
    )
    if forum.start and forum.end and forum.end < forum.start:
        forum = replace(forum, start=forum.end, end=forum.start)
    document = source.replace("\\", "/").rsplit("/", 1)[-1]
    schedule = Source(
        key=source_key,
        title=f"{name} schedule",
        document=document,
        kind="published schedule",
        url=base_url if safe_link(base_url) else forum.url,
    )
    return Programme(
        forums=(forum,),
        sessions=tuple(sessions),
        speakers=tuple(people.speakers.values()),
        sources=(schedule,),
        origin=origin or document,
    )


def _unique_links(links: list[Link]) -> list[Link]:
    seen: set[str] = set()
    kept: list[Link] = []
    for link in links:
        if safe_link(link.url) and link.url not in seen:
            seen.add(link.url)
            kept.append(link)
    return kept
