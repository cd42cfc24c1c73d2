"""Timetable benchmark: switching day and scrolling in a grid the size of a 38C3 day.

A three-day schedule is made from FOSDEM 2021's events (titles, people, tracks): each day has
25 rooms and 250 sessions between 10:00 and 04:00 the next morning (18 hours). It is imported
into a temporary home and the real window is opened offscreen at 1366 x 768, showing the
programme as a timetable. It prints, as p50 / p95 / max:

- switching day: from choosing the next day to the grid laid out and painted;
- scrolling: one page down (or back up), painted;
- the baseline: painting the same grid again, unchanged; and the ratio to it.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/timetable.py [--rounds 30]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.large_schedule import FOSDEM_2021, ZONE
from bench.search import milliseconds

ROOMS = 25
PER_ROOM = 10
DAYS = 3
FIRST_HOUR = 10
HOURS = 18
SIZE = (1366, 768)


def make_days(target: Path) -> Path:
    """A Pentabarf schedule of ``DAYS`` days of ``ROOMS`` x ``PER_ROOM`` sessions."""
    source = ET.parse(FOSDEM_2021).getroot()
    events = list(source.iter("event"))
    schedule = ET.Element("schedule")
    conference = ET.SubElement(schedule, "conference")
    first = date(2026, 12, 27)
    for name, value in (
        ("title", "Congress-size timetable"),
        ("start", first.isoformat()),
        ("end", (first + timedelta(days=DAYS - 1)).isoformat()),
        ("days", str(DAYS)),
        ("time_zone_name", ZONE),
        ("day_change", "06:00:00"),
    ):
        ET.SubElement(conference, name).text = value
    slot = HOURS * 60 // PER_ROOM  # minutes between starts in a room
    number = 0
    for index in range(DAYS):
        day = ET.SubElement(
            schedule,
            "day",
            {"index": str(index + 1), "date": (first + timedelta(days=index)).isoformat()},
        )
        for room_number in range(ROOMS):
            room = ET.SubElement(day, "room", {"name": f"Hall {room_number + 1}"})
            for position in range(PER_ROOM):
                event = ET.fromstring(ET.tostring(events[number % len(events)]))
                number += 1
                event.attrib["id"] = str(900_000 + number)
                start = FIRST_HOUR * 60 + position * slot + (room_number % 4) * 5
                minutes = slot - 15 - (room_number % 3) * 10
                for tag, text in (
                    ("start", f"{start // 60 % 24:02d}:{start % 60:02d}"),
                    ("duration", f"{minutes // 60:02d}:{minutes % 60:02d}"),
                    ("room", f"Hall {room_number + 1}"),
                ):
                    element = event.find(tag)
                    assert element is not None
                    element.text = text
                date_element = event.find("date")
                if date_element is not None:
                    event.remove(date_element)
                room.append(event)
    ET.ElementTree(schedule).write(target, encoding="UTF-8", xml_declaration=True)
    return target


def timed(action: Callable[[], None], rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    arguments = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from forumguide.app import create_application, open_library
    from forumguide.paths import user_paths
    from forumguide.services.programmes import import_schedule
    from forumguide.ui.main_window import MainWindow

    create_application([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="forumguide-bench-") as folder:
        paths = user_paths(Path(folder) / "home")
        paths.ensure()
        schedule = make_days(Path(folder) / "congress.xml")
        library, _problems = open_library(paths)
        result = import_schedule(schedule, library, paths.catalogs_dir)
        window = MainWindow(library, paths)
        window.resize(*SIZE)
        window.show()
        window.select_forum(result.forum.slug)
        window.programme.set_timetable_shown(True)
        QApplication.processEvents()
        panel = window.programme.timetable
        view = panel.view
        grid = view.grid
        assert grid is not None
        print(
            f"one day: {len(grid.rooms)} rooms, {len(grid.blocks)} sessions, "
            f"{(grid.last - grid.first) // 60} hours; window {SIZE[0]} x {SIZE[1]}"
        )

        def repaint() -> None:
            view.viewport().repaint()

        def switch_day() -> None:
            panel.day.setCurrentIndex((panel.day.currentIndex() + 1) % panel.day.count())
            view.viewport().repaint()

        scroll = view.verticalScrollBar()

        def scroll_page() -> None:
            step = scroll.pageStep()
            at_end = scroll.value() + step > scroll.maximum()
            scroll.setValue(0 if at_end else scroll.value() + step)
            view.viewport().repaint()

        for action in (repaint, switch_day, scroll_page):
            action()  # warm up
        baseline = timed(repaint, arguments.rounds)
        switching = timed(switch_day, arguments.rounds)
        scrolling = timed(scroll_page, arguments.rounds)
        base = sorted(baseline)[len(baseline) // 2]
        for name, values in (
            ("paint, unchanged (baseline)", baseline),
            ("switch day", switching),
            ("scroll a page", scrolling),
        ):
            middle = sorted(values)[len(values) // 2]
            print(f"  {name:28} {milliseconds(values)}   ratio {middle / base:5.2f}")
        print("target: switching day and scrolling without visible delay (under one frame, 16 ms)")
        window.close()
        library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
