"""frab / Pentabarf schedule XML: the real FOSDEM 2021 file, and the quirks of other producers."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from forumguide.domain.model import Programme, Session, TextFormat
from forumguide.domain.timezones import to_utc
from forumguide.interchange.errors import ScheduleImportError
from forumguide.interchange.frab_common import derived_uuid
from forumguide.interchange.frab_xml import parse_frab_xml

SCHEDULES = Path(__file__).resolve().parents[2] / "shared" / "interop" / "schedules"
FOSDEM_2021 = SCHEDULES / "fosdem-2021-pentabarf.xml"


@pytest.fixture(scope="module")
def fosdem() -> Programme:
    # The file names no time zone and has no absolute dates: FOSDEM runs in Brussels.
    return parse_frab_xml(
        FOSDEM_2021.read_bytes(), source=str(FOSDEM_2021), default_timezone="Europe/Brussels"
    )


def utc_start(session: Session, zone: str) -> datetime:
    assert session.start is not None, session.title
    return to_utc(session.start, zone)


def by_title(programme: Programme, title: str) -> Session:
    return next(s for s in programme.sessions if s.title == title)


def test_fosdem_2021_imports_every_event_with_its_forum(fosdem: Programme) -> None:
    assert len(fosdem.sessions) == 773
    assert len({s.guid for s in fosdem.sessions}) == 773
    (forum,) = fosdem.forums
    assert (forum.slug, forum.name, forum.timezone) == (
        "fosdem-2021",
        "FOSDEM 2021",
        "Europe/Brussels",
    )
    assert (forum.start, forum.end, forum.venue) == (date(2021, 2, 6), date(2021, 2, 7), "Online")
    assert all(s.forum_slug == "fosdem-2021" for s in fosdem.sessions)


def test_fosdem_2021_first_and_last_events_in_utc(fosdem: Programme) -> None:
    zone = fosdem.forums[0].timezone
    ordered = sorted(fosdem.sessions, key=lambda s: utc_start(s, zone))
    # fosdem-2021-pentabarf.xml: the earliest <start> is 09:00 on <day date="2021-02-06">
    # (event 11795 "Welcome to FOSDEM 2021", K.fosdem); Brussels is UTC+1 in February.
    first = utc_start(ordered[0], zone)
    assert first == datetime(2021, 2, 6, 8, 0, tzinfo=UTC)
    assert "Welcome to FOSDEM 2021" in {s.title for s in ordered if utc_start(s, zone) == first}
    # The latest is 18:00 on <day date="2021-02-07">: event 12237 "Closing FOSDEM 2021".
    last = utc_start(ordered[-1], zone)
    assert last == datetime(2021, 2, 7, 17, 0, tzinfo=UTC)
    closing = by_title(fosdem, "Closing FOSDEM 2021")
    assert utc_start(closing, zone) == last
    assert (closing.room, closing.duration, closing.day) == (
        "K.fosdem",
        timedelta(minutes=10),
        date(2021, 2, 7),
    )


def test_fosdem_2021_speakers_and_details(fosdem: Programme) -> None:
    session = by_title(fosdem, "Empowering the school of the future")
    people = {p.slug: p for p in fosdem.speakers}
    names = [people[a.speaker_slug].name for a in session.appearances]
    assert names == ["Marco Marinello", "Paolo Dongilli"]
    assert all(a.role == "speaker" for a in session.appearances)
    assert session.subtitle.startswith("Remotely accessing files")
    assert (session.track, session.format, session.room) == (
        "Community",
        "maintrack",
        "M.community",
    )
    # Pentabarf abstracts are entity-escaped HTML: abstract and description, as HTML.
    assert session.description_format is TextFormat.HTML
    assert session.description.startswith("<p>How can users of your network")
    assert "FUSS is both a digital sustainability project" in session.description
    urls = [link.url for link in session.links]
    assert "https://fuss.bz.it" in urls
    assert any(url.endswith(".pdf") for url in urls)  # attachments are kept as links
    # One person in several events is one speaker.
    assert len(people) == len(fosdem.speakers)
    speaking = {a.speaker_slug for s in fosdem.sessions for a in s.appearances}
    assert speaking == set(people)
    assert len(people) > 600


def test_fosdem_ids_are_derived_stably_from_conference_and_event_id(fosdem: Programme) -> None:
    session = by_title(fosdem, "Empowering the school of the future")
    assert session.guid == derived_uuid("fosdem-2021", "11164")
    again = parse_frab_xml(FOSDEM_2021.read_bytes(), default_timezone="Europe/Brussels")
    assert [s.guid for s in again.sessions] == [s.guid for s in fosdem.sessions]
    assert [p.slug for p in again.speakers] == [p.slug for p in fosdem.speakers]
    assert "fosdem-2021-7745" in {p.slug for p in fosdem.speakers}


def test_fosdem_2021_names_no_zone_so_the_caller_must(tmp_path: Path) -> None:
    with pytest.raises(ScheduleImportError) as caught:
        parse_frab_xml(FOSDEM_2021.read_bytes(), source=str(FOSDEM_2021))
    assert caught.value.needs_timezone
    assert str(FOSDEM_2021) in str(caught.value)
    assert "time zone" in str(caught.value)


def schedule_xml(
    events: str,
    *,
    conference: str = "<title>Test Conf</title><acronym>testconf</acronym>",
    day: str = 'index="1" date="2024-02-03"',
    tail: str = "",
) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<schedule><version>1</version>'
        f"<conference>{conference}</conference>"
        f'<day {day}><room name="Main">{events}</room></day>{tail}</schedule>'
    ).encode()


def event(event_id: str, start: str, title: str = "Talk", extra: str = "", attrs: str = "") -> str:
    return (
        f'<event id="{event_id}" {attrs}><start>{start}</start><duration>00:30</duration>'
        f"<room>Main</room><title>{title}</title><type>talk</type>{extra}</event>"
    )


def test_times_before_day_change_belong_to_the_next_date() -> None:
    data = schedule_xml(
        event("1", "10:00", "Morning") + event("2", "01:30", "Night owls"),
        conference="<title>Late Con</title><day_change>09:00:00</day_change>",
    )
    programme = parse_frab_xml(data, default_timezone="Europe/Brussels")
    morning, night = programme.sessions
    assert morning.start == datetime(2024, 2, 3, 10, 0)
    # Listed under 3 February, before the 09:00 day change: it is 01:30 on 4 February.
    assert (night.day, night.start) == (date(2024, 2, 3), datetime(2024, 2, 4, 1, 30))


def test_an_absolute_date_in_utc_is_preferred_over_a_local_start() -> None:
    data = schedule_xml(
        event("1", "11:00", extra="<date>2024-02-03T10:00:00Z</date>"),
        conference="<title>C</title><time_zone_name>Europe/Berlin</time_zone_name>",
    )
    programme = parse_frab_xml(data)
    (session,) = programme.sessions
    assert programme.forums[0].timezone == "Europe/Berlin"
    assert session.start == datetime(2024, 2, 3, 11, 0)
    assert to_utc(session.start, "Europe/Berlin") == datetime(2024, 2, 3, 10, 0, tzinfo=UTC)


def test_a_zone_is_taken_from_offsets_when_that_is_all_there_is() -> None:
    data = schedule_xml(event("1", "09:00", extra="<date>2024-02-03T09:00:00+01:00</date>"))
    programme = parse_frab_xml(data)
    assert programme.forums[0].timezone == "UTC+01:00"
    assert to_utc(programme.sessions[0].start or datetime.min, "UTC+01:00") == datetime(
        2024, 2, 3, 8, 0, tzinfo=UTC
    )


def test_guids_from_the_file_win_and_repeated_ids_stay_apart() -> None:
    guid_a = "2a1e8f0c-1111-4c1e-9e7a-6a1d6f1d0001"
    guid_b = "2a1e8f0c-1111-4c1e-9e7a-6a1d6f1d0002"
    merged = schedule_xml(
        event("7", "10:00", "From track A", attrs=f'guid="{guid_a}"')
        + event("7", "11:00", "From track B", attrs=f'guid="{guid_b}"')
    )
    assert [s.guid for s in parse_frab_xml(merged, default_timezone="UTC").sessions] == [
        guid_a,
        guid_b,
    ]
    no_guids = schedule_xml(event("7", "10:00", "First") + event("7", "11:00", "Second"))
    first = parse_frab_xml(no_guids, default_timezone="UTC").sessions
    second = parse_frab_xml(no_guids, default_timezone="UTC").sessions
    assert len({s.guid for s in first}) == 2
    assert [s.guid for s in first] == [s.guid for s in second]


def test_a_top_level_persons_block_gives_biographies() -> None:
    persons = (
        '<persons><person id="42" guid="0f7b4c1e-2222-4b5e-8c9d-1e2f3a4b5c6d">'
        "<name>Ada Lovelace</name><biography>Wrote the first program.</biography>"
        "<email>ada@example.org</email></person></persons>"
    )
    data = schedule_xml(
        event(
            "1",
            "10:00",
            extra='<persons><person id="42" guid="0f7b4c1e-2222-4b5e-8c9d-1e2f3a4b5c6d">'
            "Ada Lovelace</person></persons>",
        ),
        tail=persons,
    )
    programme = parse_frab_xml(data, default_timezone="Europe/London")
    (speaker,) = programme.speakers
    assert (speaker.slug, speaker.name) == ("0f7b4c1e-2222-4b5e-8c9d-1e2f3a4b5c6d", "Ada Lovelace")
    assert speaker.bio == "Wrote the first program."
    assert "ada@example.org" not in repr(programme)


def test_unknown_fields_are_dropped() -> None:
    data = schedule_xml(
        event(
            "1",
            "10:00",
            extra="<answers>secret organiser answer</answers><feedback_url>https://x.test/f</feedback_url>"
            '<links><link href="javascript:alert(1)">bad</link>'
            '<link href="https://ok.test/">good</link></links>',
        )
    )
    programme = parse_frab_xml(data, default_timezone="UTC")
    assert "secret organiser answer" not in repr(programme)
    assert "javascript:" not in repr(programme)
    assert [link.url for link in programme.sessions[0].links] == ["https://ok.test/"]


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<schedule><conference><title>&lol9;</title></conference></schedule>
"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE schedule [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<schedule><conference><title>&secret;</title></conference></schedule>
"""


@pytest.mark.parametrize("data", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["bomb", "external"])
def test_xml_bombs_and_external_entities_are_refused(data: bytes) -> None:
    with pytest.raises(ScheduleImportError) as caught:
        parse_frab_xml(data, source="hostile.xml")
    message = str(caught.value)
    assert message.startswith("Cannot import hostile.xml:")
    assert "refuses" in message
    assert "root:" not in message


def test_an_xml_file_of_another_kind_is_named_as_such() -> None:
    with pytest.raises(ScheduleImportError, match=r"not a conference schedule \(it holds <rss>\)"):
        parse_frab_xml(b"<rss><channel/></rss>", source="feed.xml")


def test_forumguide_markers_for_unknown_times_are_honoured() -> None:
    def marked(event_id: str, marker: str, start: str = "00:00") -> str:
        return event(
            event_id,
            start,
            f"Session {event_id}",
            extra=f'<links><link href="urn:forumguide:unknown:{marker}">to be confirmed</link>'
            '<link href="https://example.org/">page</link></links>',
        )

    data = schedule_xml(
        marked("1", "time") + marked("2", "date") + marked("3", "duration", start="09:00")
    )
    timeless, dateless, endless = parse_frab_xml(data, default_timezone="Asia/Almaty").sessions
    assert (timeless.day, timeless.start, timeless.duration) == (date(2024, 2, 3), None, None)
    assert (dateless.day, dateless.start, dateless.duration) == (None, None, None)
    assert (endless.start, endless.duration) == (datetime(2024, 2, 3, 9, 0), None)
    assert [link.url for link in timeless.links] == ["https://example.org/"]
