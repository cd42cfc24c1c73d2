"""The shapes schedules really come in, each built here from its format's documentation.

Every file is made in code: the early Pentabarf forms (events straight inside a day, the room
as an element, no guids, ``HH:MM``), frab XML with ``<date>`` with and without an offset, the
c3voc schedule JSON of the second version (``schedule2.schema.json``), iCalendar (RFC 5545) as
Indico, Sched and linux.conf.au publish it, days dated by their UTC start, and files that give
only UTC offsets. Each is imported with every event, on its local day, at its UTC instant.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from forumguide.domain.model import Programme, Session
from forumguide.domain.timezones import to_utc
from forumguide.interchange.errors import ScheduleImportError
from forumguide.interchange.frab_common import derived_uuid
from forumguide.interchange.importing import parse_schedule

SCHEMA_2 = Path(__file__).resolve().parents[2] / "shared" / "interop" / "schemas"


def utc(session: Session) -> datetime:
    assert session.start is not None, session.title
    return to_utc(session.start, session.timezone)


def titled(programme: Programme, title: str) -> Session:
    return next(s for s in programme.sessions if s.title == title)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


# Early Pentabarf and the frab XML variants --------------------------------------------------

EARLY_PENTABARF = b"""<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <conference>
    <title>FOSDEM 2009</title>
    <acronym>fosdem2009</acronym>
    <start>2009-02-07</start>
    <end>2009-02-08</end>
    <day_change>05:00</day_change>
  </conference>
  <day index="1" date="2009-02-07">
    <event id="101">
      <start>10:00</start>
      <duration>00:45</duration>
      <room>Janson</room>
      <title>Welcome</title>
      <track>Keynotes</track>
      <persons><person id="7">Ann Example</person></persons>
    </event>
    <event id="102">
      <start>01:30</start>
      <duration>01:00</duration>
      <room>Bar</room>
      <title>Beer event</title>
    </event>
  </day>
  <day index="2" date="2009-02-08">
    <event id="103">
      <start>09:30</start>
      <duration>00:30</duration>
      <room>H.1301</room>
      <title>Sunday talk</title>
      <persons><person id="7">Ann Example</person></persons>
    </event>
  </day>
</schedule>
"""


def test_early_pentabarf_with_events_straight_inside_days_imports_every_event() -> None:
    programme = parse_schedule(EARLY_PENTABARF, default_timezone="Europe/Brussels")
    assert len(programme.sessions) == 3
    welcome = titled(programme, "Welcome")
    assert (welcome.room, welcome.track, welcome.day) == ("Janson", "Keynotes", date(2009, 2, 7))
    assert welcome.guid == derived_uuid("fosdem2009", "101")
    assert utc(welcome) == datetime(2009, 2, 7, 9, 0, tzinfo=UTC)
    # Before the 05:00 day change: the night after 7 February, listed under 7 February.
    beer = titled(programme, "Beer event")
    assert (beer.day, beer.start) == (date(2009, 2, 7), datetime(2009, 2, 8, 1, 30))
    assert utc(beer) == datetime(2009, 2, 8, 0, 30, tzinfo=UTC)
    sunday = titled(programme, "Sunday talk")
    assert (sunday.day, sunday.room) == (date(2009, 2, 8), "H.1301")
    (ann,) = programme.speakers
    assert {a.speaker_slug for s in programme.sessions for a in s.appearances} == {ann.slug}


def test_frab_xml_variants_of_room_guid_clock_and_date() -> None:
    guid = "6a4f2a0e-0d3c-4b8e-9a55-0b9a3c1d2e3f"
    data = f"""<schedule><version>2</version>
      <conference><title>Variants</title><acronym>variants</acronym>
        <time_zone_name>Europe/Berlin</time_zone_name></conference>
      <day index="1" date="2024-06-01">
        <room name="Hall A">
          <event id="1" guid="{guid}"><start>09:00:00</start><duration>00:30:00</duration>
            <title>Seconds in the clock</title></event>
          <event id="2"><date>2024-06-01T10:00:00+02:00</date><start>10:00</start>
            <duration>00:30</duration><title>Date with offset</title></event>
          <event id="3"><date>2024-06-01T11:00:00</date><start>11:00</start>
            <duration>00:30</duration><title>Date without offset</title></event>
        </room>
        <event id="4" room="Hall B"><start>12:00</start><duration>00:30</duration>
          <title>Room as an attribute</title></event>
      </day>
    </schedule>""".encode()
    programme = parse_schedule(data)
    assert len(programme.sessions) == 4
    seconds = titled(programme, "Seconds in the clock")
    assert (seconds.guid, seconds.room) == (guid, "Hall A")
    assert utc(seconds) == datetime(2024, 6, 1, 7, 0, tzinfo=UTC)
    assert utc(titled(programme, "Date with offset")) == datetime(2024, 6, 1, 8, 0, tzinfo=UTC)
    assert utc(titled(programme, "Date without offset")) == datetime(2024, 6, 1, 9, 0, tzinfo=UTC)
    attribute = titled(programme, "Room as an attribute")
    assert (attribute.room, attribute.day) == ("Hall B", date(2024, 6, 1))
    assert attribute.guid == derived_uuid("variants", "4")


# Days are local days --------------------------------------------------------------------------


def kolkata_schedule(*, with_dates: bool) -> bytes:
    """A conference in UTC+05:30 whose ``<day date>`` is the UTC date of the day's start."""

    def event(event_id: str, local: str, title: str) -> str:
        clock = local[11:16]
        absolute = f"<date>{local}+05:30</date>" if with_dates else ""
        return (
            f'<event id="{event_id}">{absolute}<start>{clock}</start>'
            f"<duration>01:00</duration><title>{title}</title></event>"
        )

    return f"""<schedule>
      <conference><title>Pune Summit</title><acronym>pune</acronym>
        <time_zone_name>Asia/Kolkata</time_zone_name></conference>
      <day index="1" date="2025-09-08" start="2025-09-08T22:30:00+00:00"
           end="2025-09-09T22:29:00+00:00"><room name="Main">
        {event("1", "2025-09-09T09:00:00", "Tuesday keynote")}
      </room></day>
      <day index="2" date="2025-09-09" start="2025-09-09T22:30:00+00:00"
           end="2025-09-10T22:29:00+00:00"><room name="Main">
        {event("2", "2025-09-10T10:00:00", "Wednesday morning")}
        {event("3", "2025-09-10T23:00:00", "Wednesday late")}
      </room></day>
    </schedule>""".encode()


@pytest.mark.parametrize("with_dates", [True, False], ids=["date", "start-only"])
def test_a_session_is_listed_under_its_local_day_not_the_files_utc_date(with_dates: bool) -> None:
    programme = parse_schedule(kolkata_schedule(with_dates=with_dates))
    assert programme.forums[0].timezone == "Asia/Kolkata"
    days = {s.title: s.day for s in programme.sessions}
    assert days == {
        "Tuesday keynote": date(2025, 9, 9),
        "Wednesday morning": date(2025, 9, 10),
        "Wednesday late": date(2025, 9, 10),
    }
    morning = titled(programme, "Wednesday morning")
    assert utc(morning) == datetime(2025, 9, 10, 4, 30, tzinfo=UTC)
    assert (programme.forums[0].start, programme.forums[0].end) == (
        date(2025, 9, 9),
        date(2025, 9, 10),
    )


def test_after_midnight_sessions_with_absolute_dates_stay_in_the_evenings_day() -> None:
    document = {
        "schedule": {
            "conference": {
                "acronym": "night",
                "title": "Night Camp",
                "time_zone_name": "Europe/Berlin",
                "days": [
                    {
                        "index": 1,
                        "date": "2024-08-01",
                        "rooms": {
                            "Stage": [
                                {
                                    "id": 1,
                                    "guid": "0b7e6a52-61c4-4d1f-9d3a-6a8e7f0c1b01",
                                    "title": "Late set",
                                    "date": "2024-08-02T01:30:00+02:00",
                                    "start": "01:30",
                                    "duration": "01:00",
                                },
                                {
                                    "id": 2,
                                    "guid": "0b7e6a52-61c4-4d1f-9d3a-6a8e7f0c1b02",
                                    "title": "Sunrise yoga",
                                    "date": "2024-08-02T07:00:00+02:00",
                                    "start": "07:00",
                                    "duration": "01:00",
                                },
                            ]
                        },
                    }
                ],
            }
        }
    }
    programme = parse_schedule(json.dumps(document).encode())
    late, sunrise = programme.sessions
    assert (late.day, late.start) == (date(2024, 8, 1), datetime(2024, 8, 2, 1, 30))
    # The file lists it under 1 August, but at 07:00 it is the morning of 2 August.
    assert (sunrise.day, sunrise.start) == (date(2024, 8, 2), datetime(2024, 8, 2, 7, 0))


# Zones as people read them --------------------------------------------------------------------


def offsets_only(offset: str) -> bytes:
    return json.dumps(
        {
            "schedule": {
                "conference": {
                    "acronym": "offsets",
                    "title": "Offsets Only",
                    "days": [
                        {
                            "date": "2025-09-10",
                            "rooms": {
                                "A": [
                                    {
                                        "id": 1,
                                        "title": "Morning",
                                        "date": f"2025-09-10T10:00:00{offset}",
                                        "duration": "01:00",
                                    }
                                ]
                            },
                        }
                    ],
                }
            }
        }
    ).encode()


@pytest.mark.parametrize(
    ("offset", "shown", "instant"),
    [
        ("+01:00", "UTC+01:00", datetime(2025, 9, 10, 9, 0, tzinfo=UTC)),
        ("+05:30", "UTC+05:30", datetime(2025, 9, 10, 4, 30, tzinfo=UTC)),
        ("-03:00", "UTC-03:00", datetime(2025, 9, 10, 13, 0, tzinfo=UTC)),
    ],
)
def test_a_file_with_only_an_offset_gets_a_zone_named_by_that_offset(
    offset: str, shown: str, instant: datetime
) -> None:
    programme = parse_schedule(offsets_only(offset))
    (forum,) = programme.forums
    (session,) = programme.sessions
    assert forum.timezone == shown
    assert session.timezone == shown
    assert session.start == datetime(2025, 9, 10, 10, 0)
    assert session.day == date(2025, 9, 10)
    assert utc(session) == instant


# c3voc schedule JSON, second version ---------------------------------------------------------

ROOM_1 = "ba692ba3-421b-5371-8309-60acc34a3c05"
ROOM_2 = "62251a07-13e4-5a72-bb3c-8528416ee0f2"
ADA = "0c16ffaa-709d-599f-959f-9a38b911361a"
GRACE = "51766dc0-326b-554c-993b-0b1ffa9e6a1e"


def schedule_v2(events: list[dict[str, object]] | None = None) -> dict[str, object]:
    """A document following ``schemas/schedule2.schema.json`` (flat events and persons)."""
    return {
        "$schema": "https://c3voc.de/schedule/schema2.json",
        "generator": {"name": "hub", "version": "1.0"},
        "schedule": {
            "version": "2024-12-26 20:23",
            "base_url": "https://events.example.org/hub/",
            "conference": {
                "acronym": "hubcon2024",
                "title": "Hub Congress",
                "start": "2024-12-27T10:00:00+01:00",
                "end": "2024-12-28T18:00:00+01:00",
                "time_zone_name": "Europe/Berlin",
                "url": "https://events.example.org/",
                "tracks": [
                    {"name": "Security", "slug": "security"},
                    {"name": "Art & Beauty", "slug": "art-beauty"},
                ],
                "rooms": [
                    {"name": "Saal 1", "slug": "saal-1", "guid": ROOM_1},
                    {"name": "Saal ZIGZAG", "slug": "saal-zigzag", "guid": ROOM_2},
                ],
                "days": [
                    {
                        "index": 1,
                        "date": "2024-12-27",
                        "start": "2024-12-27T06:00:00+01:00",
                        "end": "2024-12-28T06:00:00+01:00",
                    },
                    {
                        "index": 2,
                        "date": "2024-12-28",
                        "start": "2024-12-28T06:00:00+01:00",
                        "end": "2024-12-29T06:00:00+01:00",
                    },
                ],
            },
            "events": events
            if events is not None
            else [
                {
                    "guid": "270fa44c-821a-577f-8ca3-33e8d4a8c2a7",
                    "type": "talk",
                    "start": "2024-12-27T10:30:00+01:00",
                    "end": "2024-12-27T11:00:00+01:00",
                    "room": {"name": "Saal 1", "slug": "saal-1", "guid": ROOM_1},
                    "slug": "opening",
                    "url": "https://events.example.org/hub/event/opening/",
                    "title": "Opening Ceremony",
                    "subtitle": None,
                    "language": "en",
                    "track": {"slug": "security"},
                    "abstract": {"en": "Welcome to the congress.", "de": "Willkommen."},
                    "description": None,
                    "participants": [
                        {"guid": ADA, "name": "Ada Lovelace", "role": "speaker"},
                        {"guid": GRACE, "name": "Grace Hopper", "role": "moderator"},
                    ],
                    "links": [{"url": "https://example.net/", "title": "site"}],
                    "attachments": [{"type": "slides", "url": "https://example.net/s.pdf"}],
                },
                {
                    "guid": "b1740c2f-0c44-5f1b-89ed-456a9eecf0b8",
                    "type": "talk",
                    "start": "2024-12-28T00:15:00+01:00",
                    "end": "2024-12-28T00:55:00+01:00",
                    "room": {"guid": ROOM_2},
                    "slug": "night-talk",
                    "url": "https://events.example.org/hub/event/night-talk/",
                    "title": "Night Talk",
                    "subtitle": "After midnight",
                    "language": "en",
                    "track": {"slug": "art-beauty"},
                    "abstract": "Late.",
                    "participants": [{"guid": ADA, "name": "Ada Lovelace"}],
                    "links": [],
                },
                {
                    "guid": "6e0f3b1c-2d4a-4e5f-8a9b-0c1d2e3f4a5b",
                    "type": "workshop",
                    "start": "2024-12-28T14:00:00+01:00",
                    "duration": "PT1H30M",
                    "room": {"name": "Saal ZIGZAG", "guid": ROOM_2},
                    "slug": "workshop",
                    "url": "",
                    "title": "Workshop",
                    "subtitle": None,
                    "language": "de",
                    "track": {"slug": "unknown-track"},
                    "abstract": None,
                    "participants": [],
                    "links": [],
                },
            ],
            "persons": [
                {"guid": ADA, "name": "Ada Lovelace", "biography": "Wrote the first program."},
                {"guid": GRACE, "name": "Grace Hopper", "biography": "Wrote the first compiler."},
            ],
        },
    }


def test_c3voc_schedule_json_version_2_imports_events_people_rooms_and_tracks() -> None:
    programme = parse_schedule(json.dumps(schedule_v2()).encode(), source="schedule2.json")
    assert len(programme.sessions) == 3
    (forum,) = programme.forums
    assert (forum.slug, forum.name, forum.timezone) == (
        "hubcon2024",
        "Hub Congress",
        "Europe/Berlin",
    )
    opening = titled(programme, "Opening Ceremony")
    assert opening.guid == "270fa44c-821a-577f-8ca3-33e8d4a8c2a7"
    assert (opening.room, opening.track, opening.format) == ("Saal 1", "Security", "talk")
    assert utc(opening) == datetime(2024, 12, 27, 9, 30, tzinfo=UTC)
    assert opening.duration == timedelta(minutes=30)
    assert opening.description == "Welcome to the congress."
    assert [link.url for link in opening.links] == [
        "https://example.net/",
        "https://example.net/s.pdf",
    ]
    roles = [(a.speaker_slug, a.role) for a in opening.appearances]
    assert roles == [(ADA, "speaker"), (GRACE, "moderator")]
    night = titled(programme, "Night Talk")
    assert (night.room, night.track, night.subtitle) == (
        "Saal ZIGZAG",
        "Art & Beauty",
        "After midnight",
    )
    assert (night.day, night.start) == (date(2024, 12, 27), datetime(2024, 12, 28, 0, 15))
    workshop = titled(programme, "Workshop")
    assert (workshop.duration, workshop.day) == (timedelta(hours=1, minutes=30), date(2024, 12, 28))
    assert workshop.track == "unknown-track"
    people = {p.slug: p for p in programme.speakers}
    assert people[ADA].bio == "Wrote the first program."
    assert people[GRACE].name == "Grace Hopper"


def test_the_second_schema_is_the_one_the_test_follows() -> None:
    schema = json.loads((SCHEMA_2 / "schedule2.schema.json").read_text())
    event = schema["definitions"]["Event"]
    assert {"start", "end", "room", "participants", "track"} <= set(event["required"])
    assert "events" in schema["definitions"]["Schedule"]["properties"]


# iCalendar -----------------------------------------------------------------------------------

BERLIN = """BEGIN:VTIMEZONE\r
TZID:Europe/Berlin\r
BEGIN:DAYLIGHT\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
TZNAME:CEST\r
DTSTART:19700329T020000\r
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r
END:DAYLIGHT\r
BEGIN:STANDARD\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
TZNAME:CET\r
DTSTART:19701025T030000\r
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r
END:STANDARD\r
END:VTIMEZONE\r
"""

NEW_YORK = """BEGIN:VTIMEZONE\r
TZID:America/New_York\r
BEGIN:DAYLIGHT\r
TZOFFSETFROM:-0500\r
TZOFFSETTO:-0400\r
TZNAME:EDT\r
DTSTART:19700308T020000\r
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r
END:DAYLIGHT\r
BEGIN:STANDARD\r
TZOFFSETFROM:-0400\r
TZOFFSETTO:-0500\r
TZNAME:EST\r
DTSTART:19701101T020000\r
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r
END:STANDARD\r
END:VTIMEZONE\r
"""


def calendar(*events: str, header: str = "", zones: str = BERLIN + NEW_YORK) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{e.strip()}\r\nEND:VEVENT\r\n" for e in events)
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Indico//Indico Calendar//EN\r\n"
        f"{header}{zones}{body}END:VCALENDAR\r\n"
    ).encode()


SUMMIT_EVENTS = (
    """UID:opening-1@indico.example.org\r
DTSTAMP:20250501T120000Z\r
SUMMARY:Opening plenary\r
DTSTART;TZID=Europe/Berlin:20250612T090000\r
DTEND;TZID=Europe/Berlin:20250612T093000\r
LOCATION:Main Hall\r
CATEGORIES:Plenary\r
DESCRIPTION:Welcome and the year in review.\\nWith questions.\r
URL:https://indico.example.org/event/1/contributions/1/\r
ORGANIZER;CN=Ada Lovelace:mailto:ada@example.org\r
ATTENDEE;CN="Grace Hopper";ROLE=REQ-PARTICIPANT:mailto:grace@example.org""",
    # The remote panel is given in New York time: 10:00 EDT is 16:00 in Berlin.
    """UID:panel-2@indico.example.org\r
DTSTAMP:20250501T120000Z\r
SUMMARY:Transatlantic panel\r
DTSTART;TZID=America/New_York:20250612T100000\r
DURATION:PT1H15M\r
LOCATION:Room 2\r
CATEGORIES:Policy,Panels\r
ATTENDEE;CN=Katherine Johnson;ROLE=CHAIR:mailto:kj@example.org\r
ATTENDEE;CN=Dorothy Vaughan:mailto:dv@example.org""",
    """UID:reception-3@indico.example.org\r
DTSTAMP:20250501T120000Z\r
SUMMARY:Reception\r
DTSTART:20250612T220000Z\r
DTEND:20250613T000000Z\r
LOCATION:Roof terrace""",
    """UID:registration-4@indico.example.org\r
DTSTAMP:20250501T120000Z\r
SUMMARY:Registration desk open\r
DTSTART;VALUE=DATE:20250613\r
DTEND;VALUE=DATE:20250614""",
)


def test_an_icalendar_schedule_in_two_zones_imports_every_event() -> None:
    data = calendar(
        *SUMMIT_EVENTS,
        header="X-WR-CALNAME:Policy Summit 2025\r\nX-WR-TIMEZONE:Europe/Berlin\r\n",
    )
    programme = parse_schedule(data, source="/downloads/summit.ics")
    assert len(programme.sessions) == 4
    (forum,) = programme.forums
    assert (forum.name, forum.slug, forum.timezone) == (
        "Policy Summit 2025",
        "policy-summit-2025",
        "Europe/Berlin",
    )
    opening = titled(programme, "Opening plenary")
    assert utc(opening) == datetime(2025, 6, 12, 7, 0, tzinfo=UTC)
    assert (opening.room, opening.track, opening.duration) == (
        "Main Hall",
        "Plenary",
        timedelta(minutes=30),
    )
    assert opening.description == "Welcome and the year in review.\nWith questions."
    assert opening.url == "https://indico.example.org/event/1/contributions/1/"
    people = {p.slug: p.name for p in programme.speakers}
    assert [people[a.speaker_slug] for a in opening.appearances] == ["Ada Lovelace", "Grace Hopper"]
    panel = titled(programme, "Transatlantic panel")
    assert panel.start == datetime(2025, 6, 12, 16, 0)
    assert utc(panel) == datetime(2025, 6, 12, 14, 0, tzinfo=UTC)
    assert (panel.duration, panel.track) == (timedelta(hours=1, minutes=15), "Policy")
    assert [(people[a.speaker_slug], a.role) for a in panel.appearances] == [
        ("Katherine Johnson", "chair"),
        ("Dorothy Vaughan", "speaker"),
    ]
    reception = titled(programme, "Reception")
    assert (reception.day, reception.start) == (date(2025, 6, 12), datetime(2025, 6, 13, 0, 0))
    assert utc(reception) == datetime(2025, 6, 12, 22, 0, tzinfo=UTC)
    desk = titled(programme, "Registration desk open")
    assert (desk.day, desk.start) == (date(2025, 6, 13), None)
    assert "example.org" not in repr(programme.speakers)
    # The UID is the guid: importing the same file again gives the same sessions.
    again = parse_schedule(data, source="/downloads/summit.ics")
    assert [s.guid for s in again.sessions] == [s.guid for s in programme.sessions]


def test_a_calendar_without_name_or_zone_header_uses_the_file_name_and_the_events_zone() -> None:
    data = calendar(*SUMMIT_EVENTS[:2], zones=BERLIN + NEW_YORK)
    programme = parse_schedule(data, source="/downloads/lca2025.ics")
    (forum,) = programme.forums
    # One event in each zone: the first event's zone wins the tie.
    assert (forum.name, forum.timezone) == ("lca2025", "Europe/Berlin")
    panel = titled(programme, "Transatlantic panel")
    assert utc(panel) == datetime(2025, 6, 12, 14, 0, tzinfo=UTC)


def test_a_calendar_with_no_events_says_so() -> None:
    with pytest.raises(ScheduleImportError) as caught:
        parse_schedule(calendar(header="X-WR-CALNAME:Empty\r\n"), source="empty.ics")
    assert "a calendar with no events" in str(caught.value)


def test_a_frab_schedule_with_no_events_says_what_it_is() -> None:
    data = b"<schedule><conference><title>Empty</title></conference></schedule>"
    with pytest.raises(ScheduleImportError) as caught:
        parse_schedule(data, source="empty.xml")
    assert "a frab schedule with no events" in str(caught.value)


def test_a_json_file_that_is_not_a_schedule_says_so() -> None:
    with pytest.raises(ScheduleImportError) as caught:
        parse_schedule(b'{"name": "package"}', source="package.json")
    assert "a JSON file that is not a schedule" in str(caught.value)


def test_a_calendar_of_floating_times_asks_for_its_zone() -> None:
    floating = calendar(
        "UID:1\r\nSUMMARY:Keynote\r\nDTSTART:20250612T090000\r\nDTEND:20250612T100000",
        header="X-WR-CALNAME:Floating Con\r\n",
        zones="",
    )
    with pytest.raises(ScheduleImportError) as caught:
        parse_schedule(floating, source="floating.ics")
    assert caught.value.needs_timezone
    programme = parse_schedule(floating, source="floating.ics", default_timezone="Asia/Almaty")
    (keynote,) = programme.sessions
    assert utc(keynote) == datetime(2025, 6, 12, 4, 0, tzinfo=UTC)
    assert keynote.duration == timedelta(hours=1)


def test_cancelled_calendar_events_are_left_out() -> None:
    data = calendar(
        SUMMIT_EVENTS[0],
        SUMMIT_EVENTS[2].replace("SUMMARY:Reception", "SUMMARY:Reception\r\nSTATUS:CANCELLED"),
    )
    programme = parse_schedule(data, source="summit.ics")
    assert [s.title for s in programme.sessions] == ["Opening plenary"]
