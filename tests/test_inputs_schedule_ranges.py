"""Dates, times and durations read from schedules and curated sources are range-checked.

The inputs are the real schedules in ../shared/interop/ and the real data/ folder, copied to a
temporary folder and edited there, so that the real readers meet them.
"""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from forumguide.domain.model import Programme, Session
from forumguide.interchange.curated import SourceDataError, load_curated
from forumguide.interchange.errors import ScheduleImportError
from forumguide.interchange.frab_json import parse_frab_json
from forumguide.interchange.frab_xml import parse_frab_xml
from tests.conftest import INTEROP, REPO

SCHEDULES = INTEROP / "schedules"
FOSDEM = SCHEDULES / "fosdem-2021-pentabarf.xml"
CAMP = SCHEDULES / "frab-camp2019.json"
DEMOCON = SCHEDULES / "pretalx-democon.json"
# The first event of each file, with its original values.
FOSDEM_DAY = b'<day index="1" date="2021-02-06">'
FOSDEM_FIRST = (
    b'<event id="11795">\n        <start>09:00</start>\n        <duration>00:25</duration>'
)
CAMP_FIRST = 10386


def edited_copy(tmp_path: Path, original: Path, old: bytes, new: bytes) -> Path:
    data = original.read_bytes()
    assert data.count(old) == 1, f"{old!r} is not in {original.name} exactly once"
    copy = tmp_path / original.name
    copy.write_bytes(data.replace(old, new))
    return copy


def camp_copy(tmp_path: Path, change: Any) -> Path:
    """Camp 2019 with ``change(document, first_day, first_event)`` applied."""
    document = json.loads(CAMP.read_text(encoding="utf-8"))
    first_day = document["schedule"]["conference"]["days"][0]
    first_event = first_day["rooms"]["Curie"][0]
    assert first_event["id"] == CAMP_FIRST
    change(document, first_day, first_event)
    copy = tmp_path / CAMP.name
    copy.write_text(json.dumps(document), encoding="utf-8")
    return copy


def read_json(path: Path, **options: Any) -> Programme:
    return parse_frab_json(path.read_bytes(), source=str(path), **options)


def read_xml(path: Path, **options: Any) -> Programme:
    return parse_frab_xml(path.read_bytes(), source=str(path), **options)


def session(programme: Programme, title: str) -> Session:
    return next(s for s in programme.sessions if s.title == title)


# Years ---------------------------------------------------------------------------------------


def test_a_json_session_at_the_end_of_year_9999_in_kiritimati_is_refused(tmp_path: Path) -> None:
    def far_future(document: dict[str, Any], day: dict[str, Any], event: dict[str, Any]) -> None:
        document["schedule"]["conference"]["time_zone_name"] = "Pacific/Kiritimati"
        event["date"] = "9999-12-31T23:00:00+14:00"
        event["start"] = "23:00"

    copy = camp_copy(tmp_path, far_future)
    with pytest.raises(ScheduleImportError) as caught:
        read_json(copy)
    message = str(caught.value)
    print(message)
    assert str(copy) in message
    assert f"session {CAMP_FIRST} starts in the year 9999, outside 1900-2200" in message


def test_a_json_day_out_of_range_is_refused_naming_the_session(tmp_path: Path) -> None:
    def old_day(document: dict[str, Any], day: dict[str, Any], event: dict[str, Any]) -> None:
        del event["date"]  # the start then comes from the day and the clock time
        day["date"] = "1899-12-31"

    copy = camp_copy(tmp_path, old_day)
    with pytest.raises(ScheduleImportError) as caught:
        read_json(copy)
    assert f"session {CAMP_FIRST} is listed under a day in the year 1899, outside 1900-2200" in (
        str(caught.value)
    )


def test_a_start_moved_out_of_range_by_the_forum_zone_is_refused(tmp_path: Path) -> None:
    # 2200-12-31 23:00 at UTC-10 is already 2201 in Kiritimati, the forum's zone.
    def across_the_line(document: dict[str, Any], day: dict[str, Any], ev: dict[str, Any]) -> None:
        document["schedule"]["conference"]["time_zone_name"] = "Pacific/Kiritimati"
        ev["date"] = "2200-12-31T23:00:00-10:00"

    copy = camp_copy(tmp_path, across_the_line)
    with pytest.raises(ScheduleImportError, match=r"starts in the year 2201, outside 1900-2200"):
        read_json(copy)


def test_conference_dates_out_of_range_are_refused(tmp_path: Path) -> None:
    def far_end(document: dict[str, Any], day: dict[str, Any], event: dict[str, Any]) -> None:
        document["schedule"]["conference"]["end"] = "9999-12-31"

    copy = camp_copy(tmp_path, far_end)
    with pytest.raises(ScheduleImportError) as caught:
        read_json(copy)
    assert "the conference ends in the year 9999, outside 1900-2200" in str(caught.value)


def test_an_xml_day_in_year_9999_is_refused_naming_the_file_and_session(tmp_path: Path) -> None:
    copy = edited_copy(tmp_path, FOSDEM, FOSDEM_DAY, b'<day index="1" date="9999-12-31">')
    with pytest.raises(ScheduleImportError) as caught:
        read_xml(copy, default_timezone="Pacific/Kiritimati")
    message = str(caught.value)
    print(message)
    assert str(copy) in message
    assert "session 11795 is listed under a day in the year 9999, outside 1900-2200" in message


def test_an_xml_absolute_date_out_of_range_is_refused(tmp_path: Path) -> None:
    copy = edited_copy(
        tmp_path,
        FOSDEM,
        FOSDEM_FIRST,
        FOSDEM_FIRST + b"\n        <date>1066-10-14T09:00:00+00:00</date>",
    )
    with pytest.raises(ScheduleImportError) as caught:
        read_xml(copy, default_timezone="Europe/Brussels")
    assert "session 11795 starts in the year 1066, outside 1900-2200" in str(caught.value)


def test_the_first_and_last_years_are_accepted(tmp_path: Path) -> None:
    def edges(document: dict[str, Any], day: dict[str, Any], event: dict[str, Any]) -> None:
        event["date"] = "2200-12-31T22:00:00+01:00"
        document["schedule"]["conference"]["days"][1]["rooms"]["Curie"][0]["date"] = (
            "1900-01-01T01:00:00+01:00"
        )

    programme = read_json(camp_copy(tmp_path, edges))
    starts = sorted(s.start for s in programme.sessions if s.start is not None)
    assert starts[0] == datetime(1900, 1, 1, 1, 0)
    assert starts[-1] == datetime(2200, 12, 31, 22, 0)


# Durations -----------------------------------------------------------------------------------


def test_durations_over_seven_days_are_dropped_and_seven_days_kept(tmp_path: Path) -> None:
    # A duration that long is a typing slip, not a session: the session is kept and its end is
    # shown as to be confirmed, as for a negative one.
    copy = edited_copy(tmp_path, FOSDEM, FOSDEM_FIRST, FOSDEM_FIRST.replace(b"00:25", b"9999:00"))
    opening = session(read_xml(copy, default_timezone="Europe/Brussels"), "Welcome to FOSDEM 2021")
    assert opening.start == datetime(2021, 2, 6, 9, 0)
    assert opening.duration is None

    week = edited_copy(tmp_path, FOSDEM, FOSDEM_FIRST, FOSDEM_FIRST.replace(b"00:25", b"168:00"))
    opening = session(read_xml(week, default_timezone="Europe/Brussels"), "Welcome to FOSDEM 2021")
    assert opening.duration == timedelta(days=7)


def test_json_ends_far_away_or_before_the_start_leave_the_end_unknown(tmp_path: Path) -> None:
    def ends(document: dict[str, Any], day: dict[str, Any], event: dict[str, Any]) -> None:
        del event["duration"]
        event["end"] = "9999-12-31T23:59:00+02:00"
        second = day["rooms"]["Curie"][1]
        del second["duration"]
        second["end"] = "2019-08-21T11:00:00+02:00"  # an hour before it starts

    programme = read_json(camp_copy(tmp_path, ends))
    assert session(programme, "Opening Ceremony").duration is None
    assert session(programme, "card10 Badge").duration is None
    assert session(programme, "card10 Badge").start == datetime(2019, 8, 21, 12, 0)


def test_the_real_schedules_keep_every_duration() -> None:
    for programme in (
        read_json(CAMP),
        read_json(DEMOCON),
        read_xml(FOSDEM, default_timezone="Europe/Brussels"),
    ):
        assert all(s.duration is not None for s in programme.sessions), programme.origin


# Curated sources -----------------------------------------------------------------------------


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(REPO / "data", copy)
    return copy


def edit(path: Path, old: str, new: str) -> int:
    """Replace ``old`` (found once) by ``new``; returns the line number of the change."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} is not in {path.name} exactly once"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def problems_of(root: Path) -> list[str]:
    with pytest.raises(SourceDataError) as caught:
        load_curated(root)
    return [str(problem) for problem in caught.value.problems]


def test_curated_days_and_forum_dates_out_of_range_are_reported_with_file_and_line(
    data_copy: Path,
) -> None:
    doha = data_copy / "forums" / "doha-2025.toml"
    aif = data_copy / "forums" / "aif-2024.toml"
    day_line = edit(doha, "day = 2025-12-07", "day = 9999-12-31")
    start_line = edit(aif, "start = 2024-06-13", "start = 1899-06-13")
    problems = problems_of(data_copy)
    print("\n".join(problems))
    assert f"{doha}:{day_line}: 'day' is in the year 9999, outside 1900-2200" in problems
    assert f"{aif}:{start_line}: 'start' is in the year 1899, outside 1900-2200" in problems


@pytest.mark.parametrize("minutes", [20160, 2**63 - 1], ids=["two-weeks", "largest-toml-int"])
def test_a_curated_duration_over_seven_days_is_reported(data_copy: Path, minutes: int) -> None:
    doha = data_copy / "forums" / "doha-2025.toml"
    line = edit(doha, "day = 2025-12-07", f"day = 2025-12-07\nduration = {minutes}")
    problems = problems_of(data_copy)
    assert f"{doha}:{line + 1}: 'duration' must be at most 10080 minutes (seven days)" in problems


def test_the_real_curated_sources_are_within_range() -> None:
    programme = load_curated(REPO / "data")
    days = [s.day for s in programme.sessions if s.day is not None]
    days += [d for f in programme.forums for d in (f.start, f.end) if d is not None]
    assert days
    assert all(date(1900, 1, 1) <= day <= date(2200, 12, 31) for day in days)
