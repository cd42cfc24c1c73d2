"""Hostile input: random bytes and damaged real schedules fed to every importer.

Whatever the bytes, an importer either returns a programme or raises the one documented
ScheduleImportError; anything else is a bug. The module prints how many cases it ran and how
many raised anything else (run pytest with ``-s`` to see it).
"""

from __future__ import annotations

import copy
import json
import random
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import CatalogReader, SessionFilter
from forumguide.domain.model import Programme
from forumguide.interchange.errors import ScheduleImportError
from forumguide.interchange.frab_json import parse_frab_json
from forumguide.interchange.frab_xml import parse_frab_xml
from forumguide.interchange.importing import parse_schedule
from forumguide.paths import user_paths
from forumguide.services.programmes import import_schedule

SCHEDULES = Path(__file__).resolve().parents[2] / "shared" / "interop" / "schedules"
FOSDEM_2021 = (SCHEDULES / "fosdem-2021-pentabarf.xml").read_bytes()
CAMP_2019 = (SCHEDULES / "frab-camp2019.json").read_bytes()
DEMOCON = (SCHEDULES / "pretalx-democon.json").read_bytes()

Importer = Callable[[bytes], Programme]
IMPORTERS: dict[str, Importer] = {
    "frab XML": lambda data: parse_frab_xml(
        data, source="fuzz", default_timezone="Europe/Brussels"
    ),
    "frab JSON": lambda data: parse_frab_json(data, source="fuzz"),
    "any kind": lambda data: parse_schedule(data, source="fuzz"),
}
FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)


def fuzz(examples: int) -> settings:
    return settings(FUZZ, max_examples=examples)


@dataclass
class Tally:
    cases: int = 0
    imported: int = 0
    refused: int = 0
    unexpected: list[str] = field(default_factory=list)


TALLY = Tally()


@pytest.fixture(scope="module", autouse=True)
def report() -> Iterator[None]:
    yield
    print(
        f"\nimport fuzz: {TALLY.cases} cases run, {TALLY.imported} imported, "
        f"{TALLY.refused} refused with ScheduleImportError, "
        f"{len(TALLY.unexpected)} unexpected exceptions"
    )
    for problem in TALLY.unexpected[:10]:
        print(f"  unexpected: {problem}")


def feed(importer: Importer, data: bytes) -> None:
    """Run one case: a programme or a ScheduleImportError are the only acceptable outcomes."""
    TALLY.cases += 1
    try:
        importer(data)
    except ScheduleImportError as error:
        TALLY.refused += 1
        assert str(error).startswith("Cannot import fuzz: ")
    except Exception as error:
        TALLY.unexpected.append(f"{type(error).__name__}: {error}"[:300])
        raise
    else:
        TALLY.imported += 1


def feed_all(data: bytes) -> None:
    for importer in IMPORTERS.values():
        feed(importer, data)


# Random bytes --------------------------------------------------------------------------------


@fuzz(150)
@given(st.binary(max_size=4096))
def test_random_bytes(data: bytes) -> None:
    feed_all(data)


PREFIXES = (
    b"<schedule>",
    b'<?xml version="1.0"?><schedule><conference><title>T</title></conference>'
    b'<day date="2024-01-01">',
    b'{"schedule": {"conference": ',
    b'{"schedule": {"conference": {"title": "T", "days": [{"date": "2024-01-01", "rooms": {"A": [',
)


@fuzz(150)
@given(st.sampled_from(PREFIXES), st.binary(max_size=1024))
def test_random_bytes_after_a_schedule_opening(prefix: bytes, tail: bytes) -> None:
    feed_all(prefix + tail)


# Byte-level damage to real schedules ---------------------------------------------------------


@st.composite
def damaged_bytes(draw: st.DrawFn, original: bytes) -> bytes:
    """``original`` with a few bytes flipped, inserted, deleted or repeated, maybe truncated."""
    data = bytearray(original)
    # Positions come from a seeded generator, uniform over the file: Hypothesis' own integers
    # (and its randoms) favour small values, which would damage only the first lines.
    chance = random.Random(draw(st.integers(0, 2**32 - 1)))
    for _ in range(draw(st.integers(1, 6))):
        position = chance.randrange(max(len(data), 1))
        operation = draw(
            st.sampled_from(["flip", "flip", "insert", "delete", "repeat", "truncate"])
        )
        if operation == "flip" and data:
            data[position] ^= 1 << draw(st.integers(0, 7))
        elif operation == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=16))
        elif operation == "delete":
            del data[position : position + draw(st.integers(1, 64))]
        elif operation == "repeat":
            data[position:position] = data[position : position + draw(st.integers(1, 256))]
        elif operation == "truncate":
            del data[position:]
    return bytes(data)


def excerpt_of_fosdem(events: int) -> bytes:
    """The real FOSDEM 2021 file, cut down to its header and first ``events`` events."""
    root = ET.fromstring(FOSDEM_2021)
    kept = 0
    for day in root.findall("day"):
        for room in day.findall("room"):
            for event in room.findall("event"):
                if kept >= events:
                    room.remove(event)
                kept += 1
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))


FOSDEM_EXCERPT = excerpt_of_fosdem(40)


@fuzz(150)
@given(damaged_bytes(FOSDEM_EXCERPT))
def test_damaged_fosdem_excerpt(data: bytes) -> None:
    feed(IMPORTERS["frab XML"], data)
    feed(IMPORTERS["any kind"], data)


@fuzz(12)
@given(damaged_bytes(FOSDEM_2021))
def test_damaged_full_fosdem(data: bytes) -> None:
    feed(IMPORTERS["frab XML"], data)


@fuzz(120)
@given(st.one_of(damaged_bytes(CAMP_2019), damaged_bytes(DEMOCON)))
def test_damaged_json_schedules(data: bytes) -> None:
    feed(IMPORTERS["frab JSON"], data)
    feed(IMPORTERS["any kind"], data)


# Structural damage: elements and keys deleted, repeated or given odd values ------------------

ODD_DATETIMES = st.sampled_from(
    [
        "0001-01-01T00:00:00+14:00",
        "9999-12-31T23:59:59-12:00",
        "9999-12-31T23:59:59",
        "0001-01-01",
        "2021-02-30T10:00:00+01:00",
        "2021-02-06T10:00:00Z",
        "2021-02-06T10:00:00+05:30",
    ]
)
ODD_CLOCKS = st.sampled_from(["", "24:00", "99:99", "00:60", "23:59", "0:00:00", "-1", "1:2:3:4"])
ODD_DURATIONS = st.sampled_from(["", "0:00", "9999:59", "00:60", "-0:30", "1:2:3:4", "24:00"])
ODD_TIMES = {
    "date": ODD_DATETIMES,
    "end": ODD_DATETIMES,
    "start": ODD_CLOCKS | ODD_DATETIMES,
    "day_change": ODD_CLOCKS,
    "duration": ODD_DURATIONS,
}
ODD_TEXT = st.one_of(
    ODD_DATETIMES,
    ODD_CLOCKS,
    st.sampled_from(
        [
            "not-a-uuid",
            "00000000-0000-0000-0000-000000000000",
            "Mars/Olympus",
            "UTC",
            "Etc/GMT+14",
            "javascript:alert(1)",
            "<p>x</p>",
            "\u0000\ud800",
            "9" * 5000,
        ]
    ),
    st.text(max_size=40),
)


# The fields the importers read: setting one of them to an odd value reaches the code that
# interprets it far more often than damage anywhere in the file would.
FIELDS = (
    "date",
    "start",
    "end",
    "duration",
    "day_change",
    "time_zone_name",
    "title",
    "acronym",
    "guid",
    "id",
    "code",
    "room",
    "persons",
    "links",
    "abstract",
    "description",
    "biography",
    "url",
)
FIELD_NAMES = st.sampled_from(sorted(ODD_TIMES)) | st.sampled_from(FIELDS)


@st.composite
def damaged_xml(draw: st.DrawFn, original: bytes) -> bytes:
    root = ET.fromstring(original)
    for _ in range(draw(st.integers(1, 6))):
        pairs = [(parent, child) for parent in root.iter() for child in parent]
        if not pairs:
            break
        parent, child = pairs[draw(st.integers(0, len(pairs) - 1))]
        operation = draw(
            st.sampled_from(["field", "delete", "field", "duplicate", "text", "attribute", "field"])
        )
        if operation == "field":
            holders = root.findall(".//event") + root.findall("conference")
            if not holders:
                continue
            holder = holders[draw(st.integers(0, len(holders) - 1))]
            name = draw(FIELD_NAMES)
            element = holder.find(name)
            if element is None:
                element = ET.SubElement(holder, name)
            element.text = draw(ODD_TIMES.get(name, ODD_TEXT))
        elif operation == "delete":
            parent.remove(child)
        elif operation == "duplicate":
            parent.insert(list(parent).index(child), copy.deepcopy(child))
        elif operation == "text":
            child.text = draw(ODD_TEXT)
        else:
            name = draw(st.sampled_from(["id", "guid", "date", "name", "index", "start", "href"]))
            child.set(name, draw(ODD_TEXT))
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))


class Pairs(list[tuple[str, Any]]):
    """A JSON object as its list of pairs, so that a key can be written twice."""


def as_pairs(value: Any) -> Any:
    if isinstance(value, dict):
        return Pairs((key, as_pairs(item)) for key, item in value.items())
    if isinstance(value, list):
        return [as_pairs(item) for item in value]
    return value


def dump(value: Any) -> str:
    if isinstance(value, Pairs):
        return "{" + ", ".join(f"{json.dumps(k)}: {dump(v)}" for k, v in value) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(dump(item) for item in value) + "]"
    return json.dumps(value)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | ODD_TEXT,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def containers(value: Any) -> Iterator[Any]:
    if isinstance(value, Pairs | list):
        yield value
        for item in value:
            yield from containers(item[1] if isinstance(value, Pairs) else item)


@st.composite
def damaged_json(draw: st.DrawFn, original: bytes) -> bytes:
    document = as_pairs(json.loads(original))
    for _ in range(draw(st.integers(1, 6))):
        candidates = list(containers(document))
        target = candidates[draw(st.integers(0, len(candidates) - 1))]
        if not target:
            continue
        index = draw(st.integers(0, len(target) - 1))
        operation = draw(st.sampled_from(["field", "delete", "field", "duplicate", "replace"]))
        if operation == "field":
            # Mostly events (the objects with a start), sometimes any object.
            objects = [c for c in candidates if isinstance(c, Pairs)]
            events = [c for c in objects if any(key == "start" for key, _ in c)] or objects
            pool = events if draw(st.integers(0, 4)) else objects
            holder = pool[draw(st.integers(0, len(pool) - 1))]
            name = draw(FIELD_NAMES)
            holder.append((name, draw(ODD_TIMES.get(name, ODD_TEXT))))
        elif operation == "delete":
            del target[index]
        elif operation == "duplicate":  # for an object: the same key twice
            target.insert(index, copy.deepcopy(target[index]))
        elif isinstance(target, Pairs):
            target[index] = (target[index][0], as_pairs(draw(JSON_VALUES)))
        else:
            target[index] = as_pairs(draw(JSON_VALUES))
    return dump(document).encode()


@fuzz(120)
@given(damaged_xml(FOSDEM_EXCERPT))
def test_fosdem_excerpt_with_elements_deleted_repeated_or_changed(data: bytes) -> None:
    feed(IMPORTERS["frab XML"], data)
    feed(IMPORTERS["any kind"], data)


@fuzz(150)
@given(st.one_of(damaged_json(DEMOCON), damaged_json(CAMP_2019)))
def test_json_schedules_with_keys_deleted_repeated_or_changed(data: bytes) -> None:
    feed(IMPORTERS["frab JSON"], data)
    feed(IMPORTERS["any kind"], data)


# All the way to a catalog file ---------------------------------------------------------------


@fuzz(20)
@given(st.one_of(damaged_json(DEMOCON), damaged_xml(FOSDEM_EXCERPT)))
def test_damaged_schedules_import_to_a_readable_catalog_or_change_nothing(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = user_paths(Path(folder))
        schedule = Path(folder) / "fuzz"
        schedule.write_bytes(data)
        TALLY.cases += 1
        library = CatalogLibrary()
        try:
            result = import_schedule(
                schedule, library, paths.catalogs_dir, default_timezone="Europe/Brussels"
            )
        except ScheduleImportError:
            TALLY.refused += 1
            assert not paths.catalogs_dir.exists() or not any(paths.catalogs_dir.iterdir())
            return
        except Exception as error:
            TALLY.unexpected.append(f"{type(error).__name__}: {error}"[:300])
            raise
        TALLY.imported += 1
        library.close()
        assert [p.name for p in paths.catalogs_dir.iterdir()] == [result.catalog_path.name]
        reader = CatalogReader(result.catalog_path)
        try:
            assert len(reader.forums()) == 1
            assert len(reader.sessions_by_guid(reader_guids(reader))) == result.session_count
        finally:
            reader.close()


def reader_guids(reader: CatalogReader) -> list[str]:
    return [s.guid for f in reader.forums() for s in reader.sessions(SessionFilter(f.slug))]


def _deep_description(original: bytes, depth: int) -> bytes:
    opening = original.index(b"<abstract>") + len(b"<abstract>")
    return original[:opening] + b"<b>" * depth + b"deep" + b"</b>" * depth + original[opening:]


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(_deep_description(FOSDEM_EXCERPT, 5_000), id="xml-description-5000-deep"),
        pytest.param(
            b'{"schedule": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", id="json-100000-deep"
        ),
    ],
)
def test_deeply_nested_input_is_refused_or_read(data: bytes) -> None:
    for importer in IMPORTERS.values():
        feed(importer, data)
