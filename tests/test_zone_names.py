"""A zone known only by its offset reads "UTC+01:00" wherever a person sees it, never
``Etc/GMT-1`` (whose POSIX sign reads as "GMT minus one" for a place one hour ahead).

Catalogs imported before offsets were named so still hold ``Etc/GMT-1``: every place that shows
a zone shows both kinds of name alike.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtWidgets import QApplication

from forumguide.cli import describe_import
from forumguide.domain.changes import ProgrammeChanges
from forumguide.domain.model import Bookmark, Forum, Programme, Session
from forumguide.domain.timetable import DayGrid
from forumguide.domain.timezones import readable_zone_name, to_utc, zone
from forumguide.interchange.frab_export import programme_to_json, programme_to_xml
from forumguide.interchange.ics import bookmarks_to_ics
from forumguide.interchange.importing import parse_schedule
from forumguide.interchange.printable import arrange, document_html
from forumguide.interchange.session_text import english_when
from forumguide.services.programmes import ImportResult
from forumguide.ui.formatting import TimeFormatter, forum_html
from forumguide.ui.timetable import TimetableView

OFFSET_NAMES = ["Etc/GMT-1", "UTC+01:00"]


def forum(zone_name: str) -> Forum:
    return Forum(
        slug="offset-con",
        name="Offset Con",
        start=date(2025, 3, 1),
        end=date(2025, 3, 1),
        timezone=zone_name,
    )


def session(zone_name: str) -> Session:
    return Session(
        guid="5b0f3e1c-8a2d-4c6e-9f10-1a2b3c4d5e6f",
        forum_slug="offset-con",
        title="Morning talk",
        day=date(2025, 3, 1),
        start=datetime(2025, 3, 1, 10, 0),
        duration=timedelta(minutes=30),
        timezone=zone_name,
    )


@pytest.mark.parametrize(
    ("name", "readable"),
    [
        ("Etc/GMT-1", "UTC+01:00"),
        ("Etc/GMT+3", "UTC-03:00"),
        ("Etc/GMT-14", "UTC+14:00"),
        ("Etc/GMT0", "UTC"),
        ("UTC+05:30", "UTC+05:30"),
        ("Europe/Brussels", "Europe/Brussels"),
    ],
)
def test_readable_zone_names(name: str, readable: str) -> None:
    assert readable_zone_name(name) == readable


def test_a_zone_named_by_its_offset_computes_like_the_etc_zone() -> None:
    wall = datetime(2025, 3, 1, 10, 0)
    assert to_utc(wall, "UTC+01:00") == to_utc(wall, "Etc/GMT-1")
    assert to_utc(wall, "UTC-09:30") == datetime(2025, 3, 1, 19, 30, tzinfo=UTC)
    assert zone("UTC+05:45").utcoffset(None) == timedelta(hours=5, minutes=45)


@pytest.mark.parametrize("name", OFFSET_NAMES)
def test_the_forum_page_and_session_times_name_the_offset(qapp: QApplication, name: str) -> None:
    page = forum_html(forum(name), {}, [])
    assert "UTC+01:00" in page
    assert "Etc/" not in page
    when = TimeFormatter().when(session(name))
    assert "UTC+01:00" in when
    assert "Etc/" not in when
    assert "UTC+01:00, UTC+01:00" not in when


@pytest.mark.parametrize("name", OFFSET_NAMES)
def test_exports_name_the_offset(name: str) -> None:
    talk = session(name)
    assert english_when(talk, name) == "Saturday 1 March 2025, 10:00–10:30 (UTC+01:00)"
    groups = arrange([talk], [forum(name)])
    printed = "".join(document_html("Agenda", groups, {"offset-con": forum(name)}, {}))
    assert "Times in UTC+01:00" in printed
    assert "Etc/" not in printed
    bookmark = Bookmark(talk.guid, "offset-con", datetime(2025, 2, 1, tzinfo=UTC))
    calendar = bookmarks_to_ics(
        [bookmark], {("offset-con", talk.guid): talk}, {"offset-con": forum(name)}, {}
    ).data
    assert b"Etc/" not in calendar
    (event,) = Calendar.from_ical(calendar).walk("VEVENT")
    assert event.decoded("dtstart") == datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
    programme = Programme(forums=(forum(name),), sessions=(talk,))
    assert b"Etc/" not in programme_to_xml(programme, "offset-con")
    assert "Etc/" not in json.dumps(json.loads(programme_to_json(programme, "offset-con")))


def test_an_offset_zone_survives_an_export_and_import() -> None:
    programme = Programme(forums=(forum("UTC+05:30"),), sessions=(session("UTC+05:30"),))
    again = parse_schedule(programme_to_xml(programme, "offset-con"))
    (back,) = again.sessions
    assert (again.forums[0].timezone, back.start) == ("UTC+05:30", datetime(2025, 3, 1, 10, 0))


@pytest.mark.parametrize("name", OFFSET_NAMES)
def test_the_command_line_names_the_offset(name: str, tmp_path: Path) -> None:
    result = ImportResult(
        catalog_id="offset-con",
        catalog_path=tmp_path / "offset-con.sqlite",
        forum=forum(name),
        session_count=1,
        speaker_count=0,
        replaced=False,
        changes=ProgrammeChanges(),
    )
    assert "times in UTC+01:00." in describe_import(result)


@pytest.mark.parametrize("name", OFFSET_NAMES)
def test_the_timetable_names_the_offset(qapp: QApplication, name: str) -> None:
    view = TimetableView()
    try:
        view.zone_name = name
        view.grid = DayGrid(date(2025, 3, 1), ("Main",), 540, 720, (), ())
        assert view.zone_text() == "Times in UTC+01:00"
    finally:
        view.deleteLater()


@pytest.mark.parametrize(("system", "shown"), [("Etc/UTC", "UTC"), ("Etc/GMT-1", "UTC+01:00")])
def test_the_time_zone_question_offers_offsets_as_people_read_them(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, system: str, shown: str
) -> None:
    from PySide6.QtWidgets import QComboBox

    from forumguide.ui import import_flow

    monkeypatch.setattr(import_flow, "computer_zone", lambda: system)
    dialog = import_flow.timezone_dialog(None, Path("schedule.xml"))  # type: ignore[arg-type]
    assert dialog.textValue() == shown
    box = dialog.findChild(QComboBox)
    assert box is not None
    offered = [box.itemText(index) for index in range(box.count())]
    assert not [name for name in offered if name.startswith("Etc/")]
    assert "UTC+01:00" in offered and "UTC-03:00" in offered and "Europe/Brussels" in offered
    assert zone("UTC+01:00").utcoffset(datetime(2025, 1, 1)) == timedelta(hours=1)
    dialog.deleteLater()
