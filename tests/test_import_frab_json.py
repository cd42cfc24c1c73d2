"""frab / pretalx schedule JSON: the real Camp 2019 and pretalx DemoCon files, and bad input."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from forumguide.domain.model import Programme, Session, TextFormat
from forumguide.domain.timezones import to_utc
from forumguide.interchange.errors import ScheduleImportError
from forumguide.interchange.frab_json import parse_frab_json

SCHEDULES = Path(__file__).resolve().parents[2] / "shared" / "interop" / "schedules"
CAMP_2019 = SCHEDULES / "frab-camp2019.json"
DEMOCON = SCHEDULES / "pretalx-democon.json"


@pytest.fixture(scope="module")
def camp() -> Programme:
    return parse_frab_json(CAMP_2019.read_bytes(), source=str(CAMP_2019))


@pytest.fixture(scope="module")
def democon() -> Programme:
    return parse_frab_json(DEMOCON.read_bytes(), source=str(DEMOCON))


def utc_starts(programme: Programme) -> list[tuple[datetime, Session]]:
    zone = programme.forums[0].timezone
    timed = [(to_utc(s.start, zone), s) for s in programme.sessions if s.start is not None]
    return sorted(timed, key=lambda pair: pair[0])


def names(programme: Programme, session: Session) -> list[str]:
    people = {p.slug: p.name for p in programme.speakers}
    return [people[a.speaker_slug] for a in session.appearances]


def test_camp_2019_imports_every_event(camp: Programme) -> None:
    assert len(camp.sessions) == 79
    (forum,) = camp.forums
    assert (forum.slug, forum.name, forum.timezone) == (
        "camp2019",
        "Chaos Communication Camp 2019",
        "Europe/Berlin",
    )
    assert (forum.start, forum.end) == (date(2019, 8, 21), date(2019, 8, 26))
    # frab gives every event a guid: it is kept as the session's guid.
    opening = next(s for s in camp.sessions if s.title == "Opening Ceremony")
    assert opening.guid == "a0a0fcfe-b7fb-46e3-84b6-97a5406016b4"
    assert len({s.guid for s in camp.sessions}) == 79


def test_camp_2019_first_and_last_events_in_utc(camp: Programme) -> None:
    starts = utc_starts(camp)
    first_time, first = starts[0]
    last_time, last = starts[-1]
    # frab-camp2019.json: the earliest "date" is "2019-08-21T11:00:00+02:00" (event 10386,
    # "Opening Ceremony", Curie); the latest "2019-08-25T18:00:00+02:00" (10387, "Closing
    # ceremony").
    assert (first_time, first.title) == (
        datetime(2019, 8, 21, 9, 0, tzinfo=UTC),
        "Opening Ceremony",
    )
    assert (last_time, last.title) == (datetime(2019, 8, 25, 16, 0, tzinfo=UTC), "Closing ceremony")
    assert first.start == datetime(2019, 8, 21, 11, 0)  # Berlin wall time
    assert (first.room, first.duration, first.language) == ("Curie", timedelta(minutes=30), "en")
    assert names(camp, first) == ["jinxx", "smtw"]
    assert names(camp, last) == ["jinxx", "smtw"]


def test_democon_imports_every_event_with_speakers_and_biographies(democon: Programme) -> None:
    assert len(democon.sessions) == 36
    assert democon.forums[0].slug == "democon"
    assert democon.forums[0].timezone == "UTC"  # the file's time_zone_name
    focused = next(s for s in democon.sessions if s.title == "Focused 5thgeneration hardware")
    assert names(democon, focused) == ["Brian Robinson"]
    (brian,) = [p for p in democon.speakers if p.name == "Brian Robinson"]
    assert brian.slug == "democon-nqtf8y"  # from the pretalx speaker code NQTF8Y
    assert brian.bio.startswith("Break through direction.")
    assert brian.bio_format is TextFormat.MARKDOWN
    assert focused.description_format is TextFormat.MARKDOWN
    assert focused.description.startswith("Brand back-end models!\n\nStation provide")
    assert focused.url == "http://localhost/democon/talk/G9JGWY/"


def test_democon_first_and_last_events_in_utc(democon: Programme) -> None:
    starts = utc_starts(democon)
    # pretalx-democon.json: the earliest "date" is "2020-12-14T09:00:00+01:00" (events 25
    # "Focused 5thgeneration hardware" and 14 "Managed stable function"); the latest is
    # "2020-12-16T15:00:00+01:00" (62, "Seamless real-time installation"). The absolute date
    # is preferred over "start": "09:00", which the file's zone (UTC) would misplace.
    first_time = starts[0][0]
    assert first_time == datetime(2020, 12, 14, 8, 0, tzinfo=UTC)
    assert {s.title for t, s in starts if t == first_time} == {
        "Focused 5thgeneration hardware",
        "Managed stable function",
    }
    last_time, last = starts[-1]
    assert (last_time, last.title) == (
        datetime(2020, 12, 16, 14, 0, tzinfo=UTC),
        "Seamless real-time installation",
    )


def edited(path: Path, change: Any) -> bytes:
    document = json.loads(path.read_bytes())
    change(document)
    return json.dumps(document).encode()


def first_event(document: dict[str, Any]) -> dict[str, Any]:
    rooms = document["schedule"]["conference"]["days"][0]["rooms"]
    return next(events[0] for events in rooms.values() if events)


def test_organiser_only_and_unknown_fields_are_never_imported() -> None:
    def add_secrets(document: dict[str, Any]) -> None:
        event = first_event(document)
        event["persons"][0]["answers"] = [{"question": "Dietary needs", "answer": "SECRET-1"}]
        event["persons"][0]["email"] = "SECRET-2@example.org"
        event["internal_notes"] = "SECRET-3"

    programme = parse_frab_json(edited(DEMOCON, add_secrets))
    assert "SECRET" not in repr(programme)
    assert len(programme.sessions) == 36


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda d: first_event(d).update(persons="Brian"), "is not a list"),
        (lambda d: first_event(d).update(title=["a"]), "is not text"),
        (lambda d: first_event(d).update(date="14 December"), "invalid time"),
        (lambda d: first_event(d).update(duration="half an hour"), "invalid time"),
        (lambda d: d["schedule"]["conference"].update(days={"1": []}), "is not a list"),
        (lambda d: d["schedule"]["conference"].update(days=[]), "with no events"),
        (lambda d: d["schedule"].pop("conference"), "JSON file that is not a schedule"),
    ],
)
def test_damaged_documents_are_reported(change: Any, problem: str) -> None:
    with pytest.raises(ScheduleImportError, match=problem) as caught:
        parse_frab_json(edited(DEMOCON, change), source="damaged.json")
    assert str(caught.value).startswith("Cannot import damaged.json: ")


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b'{"schedule": {"conference": ', "malformed or truncated"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply|not a schedule"),
        (b'{"schedule": 1}\xff', "not UTF-8|malformed"),
    ],
    ids=["truncated", "deep", "bytes"],
)
def test_malformed_json_is_reported(data: bytes, problem: str) -> None:
    with pytest.raises(ScheduleImportError, match=problem):
        parse_frab_json(data, source="bad.json")


def test_text_sqlite_cannot_store_is_repaired() -> None:
    # A lone surrogate escape is valid JSON but cannot be encoded as UTF-8.
    data = DEMOCON.read_bytes().replace(
        b'"Focused 5thgeneration hardware"', b'"Focused \\ud800 hardware"'
    )
    programme = parse_frab_json(data)
    titles = {s.title for s in programme.sessions}
    assert "Focused ? hardware" in titles
    for title in titles:
        title.encode("utf-8")
