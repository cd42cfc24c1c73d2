"""A programme to frab schedule XML and JSON: valid by the c3voc schemas, and read back the same."""

from __future__ import annotations

import json
import re
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import xmlschema

from forumguide.catalog.library import CatalogLibrary
from forumguide.domain.model import (
    Appearance,
    Forum,
    Link,
    Programme,
    Session,
    Speaker,
)
from forumguide.domain.timezones import to_utc
from forumguide.interchange.atomic import ExportError
from forumguide.interchange.frab_export import (
    UNKNOWN_DATE,
    UNKNOWN_DURATION,
    UNKNOWN_TIME,
    programme_to_json,
    programme_to_xml,
    unknown_parts,
    write_programme,
)
from forumguide.interchange.importing import read_schedule
from forumguide.services.exports import programme_of

SCHEMAS = Path(__file__).resolve().parents[2] / "shared" / "interop" / "schemas"


@pytest.fixture(scope="module")
def xml_schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(SCHEMAS / "schedule.xml.xsd"))


def _is_date(text: object) -> bool:
    return isinstance(text, str) and bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", text))


def _is_datetime(text: object) -> bool:
    if not isinstance(text, str):
        return True
    try:
        return datetime.fromisoformat(text).tzinfo is not None
    except ValueError:
        return False


def _is_uuid(text: object) -> bool:
    try:
        uuid.UUID(str(text))
    except ValueError:
        return False
    return True


def _is_uri(text: object) -> bool:
    return isinstance(text, str) and bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:\S+", text))


@pytest.fixture(scope="module")
def json_validator() -> jsonschema.Draft6Validator:
    schema = json.loads((SCHEMAS / "schedule.schema.json").read_text(encoding="utf-8"))
    # The formats the schema names, checked strictly (jsonschema checks few of them by itself).
    checker = jsonschema.FormatChecker()
    checker.checks("date")(_is_date)
    checker.checks("date-time")(_is_datetime)
    checker.checks("uuid")(_is_uuid)
    checker.checks("uri")(_is_uri)
    return jsonschema.Draft6Validator(schema, format_checker=checker)


def assert_valid(xml: bytes, data: bytes, xml_schema: Any, json_validator: Any) -> None:
    xml_errors = [str(e).splitlines()[0] for e in xml_schema.iter_errors(xml.decode("utf-8"))]
    assert xml_errors == []
    json_errors = [e.message for e in json_validator.iter_errors(json.loads(data))]
    assert json_errors == []


def people(session: Session, speakers: dict[str, Speaker]) -> list[str]:
    return [speakers[a.speaker_slug].name for a in session.appearances]


def round_trip(tmp_path: Path, programme: Programme, slug: str) -> dict[str, Programme]:
    """The forum written as XML and as JSON, and each read back by the schedule importer."""
    results = {}
    for suffix, render in ((".xml", programme_to_xml), (".json", programme_to_json)):
        path = tmp_path / f"{slug}{suffix}"
        path.write_bytes(render(programme, slug))
        results[suffix] = read_schedule(path)
    return results


def assert_same_sessions(
    original: Programme, imported: Programme, *, times: bool, roles: bool
) -> None:
    (forum,) = imported.forums
    source = next(f for f in original.forums if f.slug == forum.slug)
    assert forum.timezone == source.timezone
    before = {s.guid: s for s in original.sessions_of(forum.slug)}
    after = {s.guid: s for s in imported.sessions}
    assert set(after) == set(before)
    original_speakers = {p.slug: p for p in original.speakers}
    imported_speakers = {p.slug: p for p in imported.speakers}
    for guid, was in before.items():
        now = after[guid]
        assert (now.title, now.subtitle, now.room, now.track, now.format, now.language) == (
            was.title,
            was.subtitle,
            was.room,
            was.track,
            was.format,
            was.language,
        )
        assert now.description == was.description
        assert people(now, imported_speakers) == people(was, original_speakers)
        if roles:
            assert [a.role for a in now.appearances] == [a.role for a in was.appearances]
        if times:
            assert (now.day, now.start, now.duration) == (was.day, was.start, was.duration)


def test_bundled_forums_validate_and_read_back(
    tmp_path: Path, library: CatalogLibrary, xml_schema: Any, json_validator: Any
) -> None:
    exported = 0
    for forum in library.forums():
        programme = programme_of(library, forum.slug)
        if not programme.sessions:
            with pytest.raises(ExportError, match="has no sessions"):
                programme_to_xml(programme, forum.slug)
            continue
        assert_valid(
            programme_to_xml(programme, forum.slug),
            programme_to_json(programme, forum.slug),
            xml_schema,
            json_validator,
        )
        read_back = round_trip(tmp_path, programme, forum.slug)
        assert_same_sessions(programme, read_back[".xml"], times=False, roles=False)
        assert_same_sessions(programme, read_back[".json"], times=False, roles=True)
        exported += 1
    assert exported >= 2


def test_bundled_forums_read_back_with_the_same_times(
    tmp_path: Path, library: CatalogLibrary
) -> None:
    for forum in library.forums():
        programme = programme_of(library, forum.slug)
        if not programme.sessions:
            continue
        for imported in round_trip(tmp_path, programme, forum.slug).values():
            assert_same_sessions(programme, imported, times=True, roles=False)


ALMATY = Forum(
    "astana-test",
    "Astana timing test",
    start=date(2023, 6, 8),
    end=date(2025, 10, 16),
    timezone="Asia/Almaty",
    url="https://example.org/forum",
)
SPEAKERS = (
    Speaker("aigerim", "Әйгерім Қасымова", bio="Researcher at KazISS."),
    Speaker("joshua-lincoln", "Joshua Lincoln"),
)
TIMED = (
    Session(
        "0b2d2a1e-6c5e-5a38-9b1f-6a1d7c2e9f01",
        "astana-test",
        "Opening 2023",
        day=date(2023, 6, 8),
        start=datetime(2023, 6, 8, 10, 0),
        duration=timedelta(minutes=90),
        room="Hall A",
        track="Security",
        format="plenary",
        language="en",
        subtitle="The inaugural forum",
        description="Leaders on **trust**.",
        url="https://example.org/opening",
        links=(Link("https://example.org/slides.pdf", "Slides"),),
        appearances=(Appearance("aigerim", "moderator"), Appearance("joshua-lincoln")),
        position=0,
    ),
    Session(
        "0b2d2a1e-6c5e-5a38-9b1f-6a1d7c2e9f02",
        "astana-test",
        "Opening 2025",
        day=date(2025, 10, 15),
        start=datetime(2025, 10, 15, 10, 0),
        duration=timedelta(minutes=60),
        room="Hall A",
        appearances=(Appearance("joshua-lincoln"),),
        position=1,
    ),
    Session(
        "0b2d2a1e-6c5e-5a38-9b1f-6a1d7c2e9f03",
        "astana-test",
        "After midnight",
        day=date(2025, 10, 15),
        start=datetime(2025, 10, 16, 0, 30),
        duration=timedelta(minutes=30),
        room="Club",
        position=2,
    ),
)
UNKNOWN = (
    Session(
        "0b2d2a1e-6c5e-5a38-9b1f-6a1d7c2e9f04",
        "astana-test",
        "Time to be confirmed",
        day=date(2025, 10, 16),
        position=3,
    ),
    Session("0b2d2a1e-6c5e-5a38-9b1f-6a1d7c2e9f05", "astana-test", "Date unknown", position=4),
    Session(
        "0b2d2a1e-6c5e-5a38-9b1f-6a1d7c2e9f06",
        "astana-test",
        "Length unknown",
        day=date(2025, 10, 16),
        start=datetime(2025, 10, 16, 11, 0),
        position=5,
    ),
)


def test_timed_sessions_read_back_with_the_same_instants(
    tmp_path: Path, xml_schema: Any, json_validator: Any
) -> None:
    programme = Programme((ALMATY,), TIMED, SPEAKERS)
    assert_valid(
        programme_to_xml(programme, ALMATY.slug),
        programme_to_json(programme, ALMATY.slug),
        xml_schema,
        json_validator,
    )
    for imported in round_trip(tmp_path, programme, ALMATY.slug).values():
        assert_same_sessions(programme, imported, times=True, roles=False)
        by_title = {s.title: s for s in imported.sessions}
        # UTC+6 before 2024-03-01, UTC+5 after.
        assert by_title["Opening 2023"].start is not None
        assert to_utc(by_title["Opening 2023"].start, "Asia/Almaty") == datetime(
            2023, 6, 8, 4, 0, tzinfo=UTC
        )
        assert by_title["Opening 2025"].start is not None
        assert to_utc(by_title["Opening 2025"].start, "Asia/Almaty") == datetime(
            2025, 10, 15, 5, 0, tzinfo=UTC
        )
        assert [link.url for link in by_title["Opening 2023"].links] == [
            "https://example.org/slides.pdf"
        ]


def test_json_keeps_roles_and_biographies(tmp_path: Path) -> None:
    programme = Programme((ALMATY,), TIMED, SPEAKERS)
    imported = round_trip(tmp_path, programme, ALMATY.slug)[".json"]
    opening = next(s for s in imported.sessions if s.title == "Opening 2023")
    assert [a.role for a in opening.appearances] == ["moderator", "speaker"]
    bios = {p.name: p.bio for p in imported.speakers}
    assert bios["Әйгерім Қасымова"] == "Researcher at KazISS."


def test_unknown_times_are_marked_and_still_valid(xml_schema: Any, json_validator: Any) -> None:
    programme = Programme((ALMATY,), TIMED + UNKNOWN, SPEAKERS)
    xml = programme_to_xml(programme, ALMATY.slug)
    data = programme_to_json(programme, ALMATY.slug)
    assert_valid(xml, data, xml_schema, json_validator)
    events = {
        event["title"]: event
        for day in json.loads(data)["schedule"]["conference"]["days"]
        for room in day["rooms"].values()
        for event in room
    }
    markers = {title: [link["url"] for link in e["links"]] for title, e in events.items()}
    assert markers["Time to be confirmed"] == [UNKNOWN_TIME]
    assert markers["Date unknown"] == [UNKNOWN_DATE]
    assert markers["Length unknown"] == [UNKNOWN_DURATION]
    assert events["Time to be confirmed"]["date"] == "2025-10-16T00:00:00+05:00"
    assert events["Time to be confirmed"]["duration"] == "00:00"
    # A session without a date sits on the forum's first day.
    assert events["Date unknown"]["date"].startswith("2023-06-08T00:00")
    assert unknown_parts(markers["Date unknown"]) == {"day", "time", "duration"}
    assert unknown_parts(markers["Time to be confirmed"]) == {"time", "duration"}
    assert unknown_parts(markers["Length unknown"]) == {"duration"}
    assert unknown_parts(["https://example.org/slides.pdf"]) == frozenset()


def test_unknown_times_read_back_as_unknown(tmp_path: Path) -> None:
    programme = Programme((ALMATY,), TIMED + UNKNOWN, SPEAKERS)
    for imported in round_trip(tmp_path, programme, ALMATY.slug).values():
        assert_same_sessions(programme, imported, times=True, roles=False)


def test_the_same_programme_gives_the_same_file(tmp_path: Path) -> None:
    programme = Programme((ALMATY,), TIMED + UNKNOWN, SPEAKERS)
    assert programme_to_xml(programme, ALMATY.slug) == programme_to_xml(programme, ALMATY.slug)
    assert programme_to_json(programme, ALMATY.slug) == programme_to_json(programme, ALMATY.slug)
    xml_path = write_programme(tmp_path / "astana.xml", programme, ALMATY.slug)
    json_path = write_programme(tmp_path / "astana.json", programme, ALMATY.slug)
    assert xml_path.read_bytes().startswith(b"<?xml")
    assert json.loads(json_path.read_bytes())["schedule"]["conference"]["acronym"] == "astana_test"


def test_what_cannot_be_exported_is_refused_clearly() -> None:
    programme = Programme((ALMATY,), TIMED, SPEAKERS)
    with pytest.raises(ExportError, match="no forum “elsewhere”"):
        programme_to_xml(programme, "elsewhere")
    nowhere = Forum("nowhere", "Nowhere forum", timezone="Mars/Olympus_Mons")
    lost = Programme((nowhere,), (Session("x", "nowhere", "Talk", day=date(2025, 1, 1)),))
    with pytest.raises(ExportError, match="Mars/Olympus_Mons"):
        programme_to_json(lost, "nowhere")
