"""Reads frab / c3voc ``schedule.xml`` and its Pentabarf (FOSDEM) forms.

The XML is parsed with defusedxml with document type declarations, entities and external
references refused, so an XML bomb or a file that points at local files is rejected before
anything is expanded. Older Pentabarf files have no guids and no absolute dates: ids are derived
from the conference and the event id, and times from ``day@date``, ``start`` and
``day_change``. Where an event has an absolute ``<date>``, it is preferred over ``<start>``
(some producers write it in UTC while ``start`` is local).

Events are read inside rooms (``<day><room name><event>``, frab) or straight inside days
(``<day><event>``, early Pentabarf), with the room from the ``<room>`` element, the event's
``room`` attribute, or the enclosing ``<room name>``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from xml.etree.ElementTree import Element, ParseError, tostring

from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import fromstring

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
    optional_day,
    parse_clock,
    parse_day,
    parse_duration,
    parse_instant,
)

_NAME_TAGS = ("name", "public_name", "full_name")
_BIO_TAGS = ("biography", "bio", "abstract", "description")


def parse_frab_xml(
    data: bytes, *, source: str = "", default_timezone: str | None = None
) -> Programme:
    """The programme in a frab/Pentabarf schedule XML document.

    Args:
        data: The file's bytes.
        source: The file's name or path, for messages.
        default_timezone: The conference's IANA zone, used when the file gives none.

    Raises:
        ScheduleImportError: The document is malformed, refused, not a schedule, or lacks data.
    """
    with unreadable_as_import_error(source):
        root = _parse(data, source)
        if root.tag != "schedule":
            raise ScheduleImportError(
                source,
                f"it is an XML file, but not a conference schedule (it holds <{root.tag}>).",
                ImportProblem.NOT_A_SCHEDULE,
                ImportFacts(what=FileKind.XML, field=str(root.tag)),
            )
        header = root.find("conference")
        if header is None:
            raise ScheduleImportError(
                source,
                "the schedule has no <conference> section.",
                ImportProblem.NO_CONFERENCE,
                ImportFacts(what=FileKind.FRAB_XML),
            )
        conference = _conference(_children(header))
        conference.day_change = _optional_clock(_text(header.find("day_change")))
        events = list(_events(root, source))
        persons_block = root.find("persons")
        persons = (
            [_person(p) for p in persons_block.iterfind("person")]
            if persons_block is not None
            else []
        )
        return assemble(
            source,
            conference,
            events,
            persons=persons,
            default_timezone=default_timezone,
            origin=f"frab XML schedule {_file_name(source)}",
            base_url=_text(header.find("base_url")),
        )


def _parse(data: bytes, source: str) -> Element:
    try:
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DTDForbidden as error:
        raise ScheduleImportError(
            source,
            "it declares a document type (DTD), which can hide an XML bomb or read other files; "
            "ForumGuide refuses such files.",
            ImportProblem.REFUSED_MARKUP,
            ImportFacts(what=FileKind.XML, detail="dtd"),
        ) from error
    except EntitiesForbidden as error:
        raise ScheduleImportError(
            source,
            "it declares XML entities (an “XML bomb” can expand them to gigabytes); "
            "ForumGuide refuses such files.",
            ImportProblem.REFUSED_MARKUP,
            ImportFacts(what=FileKind.XML, detail="entities"),
        ) from error
    except ExternalReferenceForbidden as error:
        raise ScheduleImportError(
            source,
            "it refers to an external entity (a way to read other files); "
            "ForumGuide refuses such files.",
            ImportProblem.REFUSED_MARKUP,
            ImportFacts(what=FileKind.XML, detail="external"),
        ) from error
    except ParseError as error:
        line, column = getattr(error, "position", (0, 0))
        raise ScheduleImportError(
            source,
            f"the XML is malformed or truncated (line {line}, column {column + 1}: "
            f"{_reason(error)}).",
            ImportProblem.MALFORMED,
            ImportFacts(what=FileKind.XML, line=line, column=column + 1, detail=_reason(error)),
        ) from error
    except ValueError as error:
        raise ScheduleImportError(
            source,
            f"the XML cannot be read ({error}).",
            ImportProblem.MALFORMED,
            ImportFacts(what=FileKind.XML, detail=str(error)),
        ) from error


def _reason(error: ParseError) -> str:
    return str(error).split(":", 1)[0]


def _file_name(source: str) -> str:
    return source.replace("\\", "/").rsplit("/", 1)[-1]


def _text(element: Element | None) -> str:
    if element is None or element.text is None:
        return ""
    return element.text.strip()


def _inner(element: Element | None) -> str:
    """The content of an element, with any child elements kept as markup (inline HTML)."""
    if element is None:
        return ""
    if len(element) == 0:
        return (element.text or "").strip()
    markup = (element.text or "") + "".join(
        tostring(child, encoding="unicode") for child in element
    )
    return markup.strip()


def _children(element: Element) -> dict[str, Element]:
    """The first child of each tag (a repeated field counts once)."""
    found: dict[str, Element] = {}
    for child in element:
        if isinstance(child.tag, str) and child.tag not in found:
            found[child.tag] = child
    return found


def _optional_clock(text: str) -> time | None:
    if not text:
        return None
    try:
        return parse_clock(text)
    except ValueError:
        return None


def _conference(fields: dict[str, Element]) -> RawConference:
    def get(tag: str) -> str:
        return _text(fields.get(tag))

    return RawConference(
        title=get("title"),
        acronym=get("acronym"),
        subtitle=get("subtitle"),
        description=_inner(fields.get("description")),
        start=optional_day(get("start")),
        end=optional_day(get("end")),
        time_zone_name=get("time_zone_name"),
        venue=get("venue"),
        city=get("city"),
        url=get("url"),
    )


def _day(element: Element, source: str) -> tuple[date | None, datetime | None]:
    """A ``<day>``'s date and, where it gives one, the moment it starts."""
    day_text = (element.get("date") or element.get("start") or "").strip()
    start_text = (element.get("start") or "").strip()
    try:
        day_date = parse_day(day_text) if day_text else None
    except ValueError as error:
        raise ScheduleImportError(
            source,
            f"a <day> has an invalid date “{day_text}”.",
            ImportProblem.BAD_DATE,
            ImportFacts(what=FileKind.FRAB_XML, field="day", value=day_text),
        ) from error
    try:
        day_start = parse_instant(start_text) if len(start_text) > 10 else None
    except ValueError:
        day_start = None  # only a hint: the day's date is enough
    return day_date, day_start


def _events(root: Element, source: str) -> Iterator[RawEvent]:
    for day in root.iterfind("day"):
        day_date, day_start = _day(day, source)
        for child in day:
            if child.tag == "room":
                room_name = (child.get("name") or "").strip()
                for event in child.iterfind("event"):
                    yield _event(event, day_date, day_start, room_name, source)
            elif child.tag == "event":
                yield _event(child, day_date, day_start, "", source)


def _event(
    element: Element, day: date | None, day_start: datetime | None, room: str, source: str
) -> RawEvent:
    fields = _children(element)

    def get(tag: str) -> str:
        return _text(fields.get(tag))

    event_id = (element.get("id") or "").strip()
    label = f"session {event_id}" if event_id else "a session"
    raw = RawEvent(
        event_id=event_id,
        guid=(element.get("guid") or get("guid")).strip(),
        title=get("title"),
        day=day,
        day_start=day_start,
        room=get("room") or (element.get("room") or "").strip() or room,
        track=get("track"),
        type=get("type"),
        language=get("language"),
        subtitle=get("subtitle"),
        abstract=_inner(fields.get("abstract")),
        description=_inner(fields.get("description")),
        url=get("url"),
    )
    start, absolute, duration = get("start"), get("date"), get("duration")
    try:
        raw.clock = parse_clock(start) if start else None
        raw.absolute = parse_instant(absolute) if absolute else None
        raw.duration = parse_duration(duration) if duration else None
    except ValueError as error:
        raise ScheduleImportError(
            source,
            f"{label} has an invalid time: {error}.",
            ImportProblem.BAD_TIME,
            ImportFacts(what=FileKind.FRAB_XML, session=event_id, detail=str(error)),
        ) from error
    for tag, item in (("links", "link"), ("attachments", "attachment")):
        block = fields.get(tag)
        if block is not None:
            raw.links.extend(
                Link((link.get("href") or "").strip(), _text(link)) for link in block.iter(item)
            )
    persons = fields.get("persons")
    if persons is not None:
        raw.persons = [_person(p) for p in persons.iterfind("person")]
    return raw


def _person(element: Element) -> RawPerson:
    fields = _children(element)
    name = next((_text(fields[t]) for t in _NAME_TAGS if t in fields), "") or _text(element)
    biography = next((_inner(fields[t]) for t in _BIO_TAGS if t in fields), "")
    return RawPerson(
        name=name,
        guid=(element.get("guid") or "").strip(),
        person_id=(element.get("id") or "").strip(),
        code=(element.get("code") or "").strip(),
        biography=biography,
        role=(element.get("role") or "").strip(),
    )
