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
from collections.abc import Callable
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


def bare_xml_parse(path: Path) -> int:
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


def measure(
    title: str,
    path: Path,
    folder: Path,
    bare_parse: Callable[[Path], int],
    *,
    events: int,
    runs: int,
    zone: str | None,
) -> None:
    """Time ``runs`` imports of ``path`` against ``bare_parse``, alternately, and a fresh
    process doing one import; print the medians and their ratios."""
    reads: list[float] = []
    builds: list[float] = []
    totals: list[float] = []
    bare: list[float] = []
    for run in range(runs):
        started = time.perf_counter()
        parsed = bare_parse(path)
        bare.append(time.perf_counter() - started)
        read, build, sessions = import_once(path, folder, run, zone=zone)
        reads.append(read)
        builds.append(build)
        totals.append(read + build)
        assert sessions == parsed == events, (sessions, parsed)
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
    kind = "xml.etree" if bare_parse is bare_xml_parse else "icalendar"
    print(f"{title}: {path.stat().st_size / 1e6:.2f} MB, {events} events, {runs} runs")
    print(f"  bare {kind} loop over events: {median(bare) * 1000:9.1f} ms (median)")
    print(f"  read_schedule (parse + resolve): {median(reads) * 1000:7.1f} ms")
    print(f"  build_catalog (SQLite + FTS5):   {median(builds) * 1000:7.1f} ms")
    print(f"  whole import:                    {median(totals) * 1000:7.1f} ms")
    print(f"  ratio whole import / bare parse: {median(totals) / median(bare):7.1f}x")
    print(f"  ratio read_schedule / bare parse: {median(reads) / median(bare):6.1f}x")
    print(f"  fresh process, imports included: {median(cold) * 1000:7.1f} ms (median of 3)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    arguments = parser.parse_args()
    # Import the modules before timing: the in-process figures compare the work, not imports.
    import icalendar  # noqa: F401

    import forumguide.catalog.builder
    import forumguide.interchange.ical_schedule
    import forumguide.interchange.importing  # noqa: F401

    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        measure(
            "FOSDEM 2021",
            FOSDEM_2021,
            folder,
            bare_xml_parse,
            events=773,
            runs=arguments.runs,
            zone=ZONE,
        )
        calendar = make_calendar(CALENDAR_EVENTS, folder / "fosdem-2021-300.ics")
        measure(
            f"iCalendar, FOSDEM 2021's first {CALENDAR_EVENTS} events",
            calendar,
            folder,
            bare_calendar_parse,
            events=CALENDAR_EVENTS,
            runs=arguments.runs,
            zone=None,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
