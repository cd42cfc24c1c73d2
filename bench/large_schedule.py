"""Large schedules for the benchmarks, made from a real one.

The events of FOSDEM 2021 (Pentabarf XML, 773 events over two days) are repeated over more
days, each copy two days after the previous one, with fresh event ids (so fresh session guids)
and the same people, until the wanted number of events is reached.

    .venv/bin/python bench/large_schedule.py 20000 /tmp/fosdem-x20000.xml
"""

from __future__ import annotations

import argparse
import copy
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

FOSDEM_2021 = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "interop"
    / "schedules"
    / "fosdem-2021-pentabarf.xml"
)
ZONE = "Europe/Brussels"
ID_STEP = 1_000_000


def make_schedule(count: int, target: Path, *, title: str = "", zone: str = "") -> Path:
    """Write a Pentabarf schedule of ``count`` events to ``target`` and return it.

    With ``zone``, the file names its time zone (as frab files do), so importing it asks nothing.
    """
    source = ET.parse(FOSDEM_2021).getroot()
    conference = source.find("conference")
    days = source.findall("day")
    assert conference is not None and days
    span = len(days)
    schedule = ET.Element("schedule")
    header = copy.deepcopy(conference)
    first = date.fromisoformat(days[0].attrib["date"])
    written = 0
    copies = 0
    while written < count:
        for day in days:
            if written >= count:
                break
            day_copy = ET.SubElement(
                schedule,
                "day",
                {
                    "index": str(copies * span + int(day.attrib["index"])),
                    "date": (
                        date.fromisoformat(day.attrib["date"]) + timedelta(days=copies * span)
                    ).isoformat(),
                },
            )
            for room in day.findall("room"):
                if written >= count:
                    break
                room_copy = ET.SubElement(day_copy, "room", dict(room.attrib))
                for event in room.findall("event"):
                    if written >= count:
                        break
                    event_copy = copy.deepcopy(event)
                    event_copy.attrib["id"] = str(copies * ID_STEP + int(event.attrib["id"]))
                    room_copy.append(event_copy)
                    written += 1
        copies += 1
    last = first + timedelta(days=copies * span - 1)
    for name, value in (
        ("title", title or f"FOSDEM 2021 x{count}"),
        ("start", first.isoformat()),
        ("end", last.isoformat()),
        ("days", str(copies * span)),
    ):
        element = header.find(name)
        if element is not None:
            element.text = value
    if zone:
        ET.SubElement(header, "time_zone_name").text = zone
    schedule.insert(0, header)
    target.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(schedule).write(target, encoding="utf-8", xml_declaration=True)
    return target


def make_calendar(count: int, target: Path) -> Path:
    """Write the first ``count`` events of FOSDEM 2021 as an iCalendar schedule, as Indico and
    Sched publish one: a VEVENT per session with TZID times, LOCATION, CATEGORIES, DESCRIPTION,
    URL, UID and an ATTENDEE with a CN for each speaker, and the zone's VTIMEZONE."""
    from icalendar import Calendar, Event, vCalAddress

    source = ET.parse(FOSDEM_2021).getroot()
    tz = ZoneInfo(ZONE)
    calendar = Calendar()
    calendar.add("prodid", "-//ForumGuide bench//FOSDEM 2021 as iCalendar//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "FOSDEM 2021 (calendar)")
    calendar.add("x-wr-timezone", ZONE)
    written = 0
    for day in source.iter("day"):
        for event in day.iter("event"):
            if written >= count:
                break
            hours, minutes = (int(part) for part in (event.findtext("start") or "0:0").split(":"))
            starts = datetime.combine(
                date.fromisoformat(day.attrib["date"]), time(hours, minutes), tzinfo=tz
            )
            length_h, length_m = (
                int(part) for part in (event.findtext("duration") or "0:30").split(":")
            )
            item = Event()
            item.add("uid", f"{event.attrib['id']}@fosdem.example.org")
            item.add("dtstamp", datetime(2021, 2, 1, 12, 0, tzinfo=UTC))
            item.add("summary", event.findtext("title") or "")
            item.add("dtstart", starts)
            item.add("dtend", starts + timedelta(hours=length_h, minutes=length_m))
            item.add("location", event.findtext("room") or "")
            item.add("categories", [event.findtext("track") or "FOSDEM"])
            item.add("description", event.findtext("abstract") or "")
            item.add("url", f"https://fosdem.org/2021/schedule/event/{event.findtext('slug')}/")
            for person in event.iterfind("persons/person"):
                attendee = vCalAddress(f"mailto:person-{person.attrib.get('id', '0')}@example.org")
                attendee.params["cn"] = person.text or ""
                item.add("attendee", attendee, encode=False)
            calendar.add_component(item)
            written += 1
    calendar.add_missing_timezones(first_date=date(2020, 1, 1), last_date=date(2022, 1, 1))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(calendar.to_ical())
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("target", type=Path)
    arguments = parser.parse_args()
    print(make_schedule(arguments.count, arguments.target))
    return 0


if __name__ == "__main__":
    sys.exit(main())
