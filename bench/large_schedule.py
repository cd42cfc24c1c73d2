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
from datetime import date, timedelta
from pathlib import Path

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("target", type=Path)
    arguments = parser.parse_args()
    print(make_schedule(arguments.count, arguments.target))
    return 0


if __name__ == "__main__":
    sys.exit(main())
