# ruff: noqa: N999 - the benchmark is named after what it measures: bench/import.py
"""Import benchmark: FOSDEM 2021 (1.6 MB, 773 events) into a catalog, against a bare parse.

The import is ``read_schedule`` (defusedxml, ids, times, people) plus ``build_catalog`` (the
SQLite file with its search index) into a temporary folder. The baseline parses the same file
with ``xml.etree`` and reads the title, start, duration, room and people of every event. Both
run several times, alternately, in this process (modules already imported); the figures are
medians. A fresh process doing one import, module imports included, is timed as well.

The same is measured for an iCalendar schedule of the first 300 FOSDEM events (as Indico or
Sched publish one, see ``large_schedule.make_calendar``), against a bare ``icalendar`` parse
that reads the same fields.

    .venv/bin/python bench/import.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.large_schedule import FOSDEM_2021, ZONE, make_calendar

CALENDAR_EVENTS = 300

COLD_IMPORT = """
import sys, tempfile, time
from pathlib import Path
started = time.perf_counter()
from forumguide.catalog.library import CatalogLibrary
from forumguide.services.programmes import import_schedule
with tempfile.TemporaryDirectory() as folder:
    library = CatalogLibrary()
    import_schedule(Path(sys.argv[1]), library, Path(folder), default_timezone=sys.argv[2])
    library.close()
print(time.perf_counter() - started)
"""


def bare_parse(path: Path) -> int:
    """The baseline: every event's main fields, with nothing resolved or stored."""
    root = ET.fromstring(path.read_bytes())
    count = 0
    for event in root.iter("event"):
        fields = (
            event.findtext("title"),
            event.findtext("start"),
            event.findtext("duration"),
            event.findtext("room"),
            [person.text for person in event.iterfind("persons/person")],
        )
        count += bool(fields)
    return count


def bare_calendar_parse(path: Path) -> int:
    """The calendar baseline: every event's main fields, with nothing resolved or stored."""
    from icalendar import Calendar

    count = 0
    for event in Calendar.from_ical(path.read_bytes()).walk("VEVENT"):
        fields = (
            event.get("summary"),
            event.decoded("dtstart"),
            event.decoded("dtend"),
            event.get("location"),
            event.get("attendee"),
        )
        count += bool(fields)
    return count


def import_once(
    path: Path, folder: Path, run: int, zone: str | None = ZONE
) -> tuple[float, float, int]:
    from forumguide.catalog.builder import build_catalog
    from forumguide.interchange.importing import read_schedule

    started = time.perf_counter()
    programme = read_schedule(path, zone)
    parsed = time.perf_counter()
    build_catalog(programme, folder / f"run-{run}.sqlite", catalog_id="fosdem-2021", title="x")
    built = time.perf_counter()
    return parsed - started, built - parsed, len(programme.sessions)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    arguments = parser.parse_args()
    # Import the modules before timing: the in-process figures compare the work, not imports.
    import forumguide.catalog.builder
    import forumguide.interchange.importing  # noqa: F401

    reads: list[float] = []
    builds: list[float] = []
    totals: list[float] = []
    bare: list[float] = []
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for run in range(arguments.runs):
            started = time.perf_counter()
            events = bare_parse(FOSDEM_2021)
            bare.append(time.perf_counter() - started)
            read, build, sessions = import_once(FOSDEM_2021, folder, run)
            reads.append(read)
            builds.append(build)
            totals.append(read + build)
            assert sessions == events == 773, (sessions, events)
    cold = [
        float(
            subprocess.run(
                [sys.executable, "-c", COLD_IMPORT, str(FOSDEM_2021), ZONE],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        for _ in range(3)
    ]
    median = statistics.median
    print(
        f"FOSDEM 2021: {FOSDEM_2021.stat().st_size / 1e6:.1f} MB, 773 events, {arguments.runs} runs"
    )
    print(f"  bare xml.etree loop over events: {median(bare) * 1000:7.1f} ms (median)")
    print(f"  read_schedule (parse + resolve): {median(reads) * 1000:7.1f} ms")
    print(f"  build_catalog (SQLite + FTS5):   {median(builds) * 1000:7.1f} ms")
    print(f"  whole import:                    {median(totals) * 1000:7.1f} ms")
    print(f"  ratio whole import / bare parse: {median(totals) / median(bare):7.1f}x")
    print(f"  ratio read_schedule / bare parse: {median(reads) / median(bare):6.1f}x")
    print(f"  fresh process, imports included: {median(cold) * 1000:7.1f} ms (median of 3)")
    calendar_figures(arguments.runs)
    return 0


def calendar_figures(runs: int) -> None:
    """The same figures for an iCalendar schedule of :data:`CALENDAR_EVENTS` events."""
    import icalendar  # noqa: F401

    import forumguide.interchange.ical_schedule  # noqa: F401

    reads: list[float] = []
    builds: list[float] = []
    totals: list[float] = []
    bare: list[float] = []
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        path = make_calendar(CALENDAR_EVENTS, folder / "fosdem-2021-300.ics")
        size = path.stat().st_size
        for run in range(runs):
            started = time.perf_counter()
            events = bare_calendar_parse(path)
            bare.append(time.perf_counter() - started)
            read, build, sessions = import_once(path, folder, run, zone=None)
            reads.append(read)
            builds.append(build)
            totals.append(read + build)
            assert sessions == events == CALENDAR_EVENTS, (sessions, events)
        cold = [
            float(
                subprocess.run(
                    [sys.executable, "-c", COLD_IMPORT, str(path), ZONE],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout
            )
            for _ in range(3)
        ]
    median = statistics.median
    print(
        f"iCalendar, FOSDEM 2021's first {CALENDAR_EVENTS} events: {size / 1e6:.2f} MB, {runs} runs"
    )
    print(f"  bare icalendar loop over events: {median(bare) * 1000:7.1f} ms (median)")
    print(f"  read_schedule (parse + resolve): {median(reads) * 1000:7.1f} ms")
    print(f"  build_catalog (SQLite + FTS5):   {median(builds) * 1000:7.1f} ms")
    print(f"  whole import:                    {median(totals) * 1000:7.1f} ms")
    print(f"  ratio whole import / bare parse: {median(totals) / median(bare):7.1f}x")
    print(f"  fresh process, imports included: {median(cold) * 1000:7.1f} ms (median of 3)")


if __name__ == "__main__":
    sys.exit(main())
