"""Reads the curated programme in ``data/`` (TOML) into a domain ``Programme``.

Validation is strict: an unknown field is a typo, a reference must resolve, every fact names
its source document, and every date falls in the years the app accepts (see :mod:`.limits`).
Each problem is reported with its file and line, all at once.
"""

from __future__ import annotations

import re
import tomllib
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from forumguide.domain.model import (
    Appearance,
    Forum,
    ForumRole,
    Programme,
    Session,
    Source,
    Speaker,
)
from forumguide.domain.timezones import is_known_zone
from forumguide.interchange.limits import MAX_DURATION, in_years, outside_years
from forumguide.interchange.session_text import MONTHS

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SOURCE_KINDS = frozenset({"news report", "forum website", "opinion article", "official programme"})

_FIELDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    # table: (required, optional)
    "source": (
        frozenset({"key", "document", "title", "kind"}),
        frozenset({"author", "published", "url", "title_is_descriptive"}),
    ),
    "person": (
        frozenset({"slug", "name", "bio", "sources"}),
        frozenset({"sort_name", "affiliation", "country"}),
    ),
    "forum": (
        frozenset({"slug", "name", "series", "timezone", "description", "sources"}),
        frozenset(
            {
                "edition",
                "theme",
                "start",
                "end",
                "dates_text",
                "city",
                "country",
                "venue",
                "organisers",
                "url",
                "year_inferred",
                "role",
            }
        ),
    ),
    "forum.role": (frozenset({"person", "role", "sources"}), frozenset({"title"})),
    "session": (
        frozenset({"guid", "title", "sources"}),
        frozenset(
            {
                "title_is_descriptive",
                "day",
                "start",
                "duration",
                "room",
                "track",
                "format",
                "language",
                "description",
                "co_organisers",
                "speaker",
            }
        ),
    ),
    "session.speaker": (frozenset({"person", "role", "sources"}), frozenset({"title"})),
}


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in a source file."""

    file: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class SourceDataError(Exception):
    """The curated sources have problems; ``problems`` lists each with file and line."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.]+)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_]+)\s*=")


@dataclass
class _Table:
    line: int
    keys: dict[str, int] = field(default_factory=dict)


class _Locator:
    """Finds the line of a table or a key in a TOML file (tomllib gives no positions)."""

    def __init__(self, text: str) -> None:
        self.tables: dict[tuple[Any, ...], _Table] = {(): _Table(1)}
        counts: dict[tuple[Any, ...], int] = {}
        latest: dict[str, tuple[Any, ...]] = {}
        current: tuple[Any, ...] = ()
        in_string = False
        for number, line in enumerate(text.splitlines(), start=1):
            if in_string:
                in_string = line.count('"""') % 2 == 0
                continue
            header = _HEADER.match(line)
            if header:
                name = header.group(2)
                parent_name, _, leaf = name.rpartition(".")
                parent = latest.get(parent_name, ()) if parent_name else ()
                if header.group(1) == "[[":
                    index = counts.get((*parent, leaf), 0)
                    counts[(*parent, leaf)] = index + 1
                    current = (*parent, leaf, index)
                else:
                    current = (*parent, leaf)
                latest[name] = current
                self.tables[current] = _Table(number)
                continue
            key = _KEY.match(line)
            if key:
                self.tables[current].keys.setdefault(key.group(1), number)
            if line.count('"""') % 2 == 1:
                in_string = True

    def line(self, table: tuple[Any, ...], key: str | None = None) -> int:
        entry = self.tables.get(table)
        if entry is None:
            return 1
        return entry.keys.get(key, entry.line) if key else entry.line


class _FileReader:
    """Reads one TOML file and records its problems."""

    def __init__(self, path: Path, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        self.data: dict[str, Any] = {}
        text = ""
        try:
            text = path.read_text(encoding="utf-8")
            self.data = tomllib.loads(text)
        except UnicodeDecodeError as error:
            self.report(1, f"not UTF-8 text ({error.reason})")
        except tomllib.TOMLDecodeError as error:
            match = re.search(r"line (\d+)", str(error))
            self.report(int(match.group(1)) if match else 1, f"not valid TOML: {error}")
        except OSError as error:
            self.report(1, f"cannot be read: {error.strerror}")
        self.locator = _Locator(text)

    def report(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))

    def tables(
        self, name: str, parent: tuple[Any, ...] = ()
    ) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
        container = self.data
        for step in parent:
            container = container[step]
        value = container.get(name, [])
        if not isinstance(value, list):
            self.report(self.locator.line(parent), f"[[{name}]] must be an array of tables")
            return
        for index, item in enumerate(value):
            yield (*parent, name, index), item

    def check_fields(self, kind: str, where: tuple[Any, ...], table: Mapping[str, Any]) -> None:
        required, optional = _FIELDS[kind]
        for key in sorted(required - table.keys()):
            self.report(self.locator.line(where), f"[{kind}] is missing the required field '{key}'")
        for key in sorted(table.keys() - required - optional):
            self.report(self.locator.line(where, key), f"[{kind}] has an unknown field '{key}'")

    def text(self, where: tuple[Any, ...], table: Mapping[str, Any], key: str) -> str:
        value = table.get(key, "")
        if not isinstance(value, str):
            self.report(self.locator.line(where, key), f"'{key}' must be a string")
            return ""
        return value.strip()

    def typed(
        self, where: tuple[Any, ...], table: Mapping[str, Any], key: str, kind: type, label: str
    ) -> Any:
        value = table.get(key)
        if value is None:
            return None
        # A TOML datetime is also a date; a bool is also an int: reject both look-alikes.
        wrong = (
            not isinstance(value, kind)
            or (kind is date and isinstance(value, datetime))
            or (kind is int and isinstance(value, bool))
        )
        if wrong:
            self.report(self.locator.line(where, key), f"'{key}' must be {label}")
            return None
        if kind is date and not in_years(value):
            self.report(self.locator.line(where, key), outside_years(f"'{key}' is", value))
            return None
        return value

    def flag(self, where: tuple[Any, ...], table: Mapping[str, Any], key: str) -> bool:
        if key in table and not isinstance(table[key], bool):
            self.report(self.locator.line(where, key), f"'{key}' must be true or false")
        return table.get(key) is True

    def strings(
        self, where: tuple[Any, ...], table: Mapping[str, Any], key: str
    ) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.report(self.locator.line(where, key), f"'{key}' must be a list of strings")
            return ()
        return tuple(v.strip() for v in value)


class _Loader:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[Problem] = []
        self.source_keys: set[str] = set()
        self.person_slugs: set[str] = set()
        self.guids: set[str] = set()

    def check_sources(
        self,
        reader: _FileReader,
        where: tuple[Any, ...],
        keys: tuple[str, ...],
        *,
        required: bool = True,
    ) -> None:
        if required and not keys:
            reader.report(
                reader.locator.line(where, "sources"), "'sources' must name at least one source"
            )
        for key in keys:
            if key not in self.source_keys:
                reader.report(reader.locator.line(where, "sources"), f"unknown source '{key}'")

    def load(self) -> Programme:
        sources = self._sources(self.root / "sources.toml")
        speakers = self._people(self.root / "people.toml")
        forums: list[Forum] = []
        sessions: list[Session] = []
        forum_files = sorted((self.root / "forums").glob("*.toml"))
        if not forum_files:
            self.problems.append(Problem(self.root / "forums", 1, "no forum files (*.toml) found"))
        slugs: set[str] = set()
        for path in forum_files:
            loaded = self._forum(path, len(sessions))
            if loaded is None:
                continue
            forum, forum_sessions = loaded
            if forum.slug in slugs:
                self.problems.append(Problem(path, 1, f"forum slug '{forum.slug}' is used twice"))
            slugs.add(forum.slug)
            forums.append(forum)
            sessions.extend(forum_sessions)
        if self.problems:
            raise SourceDataError(self.problems)
        forums.sort(key=_newest_first)
        return Programme(
            forums=tuple(forums),
            sessions=tuple(sessions),
            speakers=tuple(sorted(speakers, key=lambda s: s.sort_key)),
            sources=tuple(sources),
            origin="data/",
        )

    def _sources(self, path: Path) -> list[Source]:
        reader = _FileReader(path, self.problems)
        found = []
        for where, table in reader.tables("source"):
            reader.check_fields("source", where, table)
            key = reader.text(where, table, "key")
            if key and not SLUG.match(key):
                reader.report(
                    reader.locator.line(where, "key"),
                    f"source key '{key}' must be lower-case words joined by '-'",
                )
            if key in self.source_keys:
                reader.report(
                    reader.locator.line(where, "key"), f"source key '{key}' is used twice"
                )
            self.source_keys.add(key)
            kind = reader.text(where, table, "kind")
            if kind and kind not in SOURCE_KINDS:
                reader.report(
                    reader.locator.line(where, "kind"),
                    f"unknown kind '{kind}' (use one of: {', '.join(sorted(SOURCE_KINDS))})",
                )
            found.append(
                Source(
                    key=key,
                    title=reader.text(where, table, "title"),
                    document=reader.text(where, table, "document"),
                    kind=kind,
                    author=reader.text(where, table, "author"),
                    published=reader.typed(where, table, "published", date, "a date"),
                    url=reader.text(where, table, "url"),
                    title_is_descriptive=reader.flag(where, table, "title_is_descriptive"),
                )
            )
        return found

    def _people(self, path: Path) -> list[Speaker]:
        reader = _FileReader(path, self.problems)
        found = []
        for where, table in reader.tables("person"):
            reader.check_fields("person", where, table)
            slug = reader.text(where, table, "slug")
            if slug and not SLUG.match(slug):
                reader.report(
                    reader.locator.line(where, "slug"),
                    f"person slug '{slug}' must be lower-case words joined by '-'",
                )
            if slug in self.person_slugs:
                reader.report(
                    reader.locator.line(where, "slug"), f"person slug '{slug}' is used twice"
                )
            self.person_slugs.add(slug)
            keys = reader.strings(where, table, "sources")
            self.check_sources(reader, where, keys)
            found.append(
                Speaker(
                    slug=slug,
                    name=reader.text(where, table, "name"),
                    sort_name=reader.text(where, table, "sort_name"),
                    affiliation=reader.text(where, table, "affiliation"),
                    country=reader.text(where, table, "country"),
                    bio=reader.text(where, table, "bio"),
                    source_keys=keys,
                )
            )
        return found

    @staticmethod
    def _reason(
        reader: _FileReader, where: tuple[Any, ...], table: Mapping[str, Any], key: str, record: str
    ) -> str:
        """The reason given for an inferred value: a value no document states must say why."""
        if key not in table:
            return ""
        value = table[key]
        if not isinstance(value, str) or not value.strip():
            reader.report(
                reader.locator.line(where, key),
                f"{record}: '{key}' must give the reason, as text, why the value is inferred "
                "(which document it follows from, and how)",
            )
            return ""
        return value.strip()

    def _person_ref(
        self, reader: _FileReader, where: tuple[Any, ...], table: Mapping[str, Any]
    ) -> str:
        slug = reader.text(where, table, "person")
        if slug and slug not in self.person_slugs:
            reader.report(
                reader.locator.line(where, "person"),
                f"unknown person '{slug}' (not in people.toml)",
            )
        return slug

    def _forum(self, path: Path, first_position: int) -> tuple[Forum, list[Session]] | None:
        reader = _FileReader(path, self.problems)
        table = reader.data.get("forum")
        if not isinstance(table, dict):
            if reader.data:
                reader.report(1, "the file has no [forum] table")
            return None
        where: tuple[Any, ...] = ("forum",)
        reader.check_fields("forum", where, table)
        slug = reader.text(where, table, "slug")
        zone = reader.text(where, table, "timezone")
        if zone and not is_known_zone(zone):
            reader.report(reader.locator.line(where, "timezone"), f"unknown time zone '{zone}'")
        start = reader.typed(where, table, "start", date, "a date")
        end = reader.typed(where, table, "end", date, "a date")
        if (start is None) != (end is None):
            reader.report(reader.locator.line(where), "give both 'start' and 'end', or neither")
        if start and end and end < start:
            reader.report(reader.locator.line(where, "end"), "'end' is before 'start'")
        keys = reader.strings(where, table, "sources")
        self.check_sources(reader, where, keys)
        year_inferred = self._reason(reader, where, table, "year_inferred", f"forum '{slug}'")
        roles = []
        for role_where, role in reader.tables("role", where):
            reader.check_fields("forum.role", role_where, role)
            role_keys = reader.strings(role_where, role, "sources")
            self.check_sources(reader, role_where, role_keys)
            roles.append(
                ForumRole(
                    speaker_slug=self._person_ref(reader, role_where, role),
                    role=reader.text(role_where, role, "role"),
                    billed_title=reader.text(role_where, role, "title"),
                    source_keys=role_keys,
                )
            )
        forum = Forum(
            slug=slug,
            name=reader.text(where, table, "name"),
            series=reader.text(where, table, "series"),
            edition=reader.text(where, table, "edition"),
            theme=reader.text(where, table, "theme"),
            start=start,
            end=end,
            dates_text=reader.text(where, table, "dates_text"),
            timezone=zone or "UTC",
            city=reader.text(where, table, "city"),
            country=reader.text(where, table, "country"),
            venue=reader.text(where, table, "venue"),
            organisers=reader.strings(where, table, "organisers"),
            url=reader.text(where, table, "url"),
            description=reader.text(where, table, "description"),
            year_inferred=year_inferred,
            roles=tuple(roles),
            source_keys=keys,
        )
        sessions = [
            self._session(reader, session_where, item, forum, first_position + index)
            for index, (session_where, item) in enumerate(reader.tables("session"))
        ]
        return forum, sessions

    def _session(
        self,
        reader: _FileReader,
        where: tuple[Any, ...],
        table: Mapping[str, Any],
        forum: Forum,
        position: int,
    ) -> Session:
        reader.check_fields("session", where, table)
        guid = reader.text(where, table, "guid")
        try:
            guid = str(uuid.UUID(guid))
        except ValueError:
            reader.report(reader.locator.line(where, "guid"), f"guid '{guid}' is not a UUID")
        if guid in self.guids:
            reader.report(
                reader.locator.line(where, "guid"), f"session guid '{guid}' is used twice"
            )
        self.guids.add(guid)
        day = reader.typed(where, table, "day", date, "a date")
        start_time = reader.typed(where, table, "start", time, "a local time (hh:mm)")
        duration = reader.typed(where, table, "duration", int, "a whole number of minutes")
        if start_time is not None and day is None:
            reader.report(reader.locator.line(where, "start"), "'start' needs a 'day'")
        if day is not None and forum.start and forum.end and not forum.start <= day <= forum.end:
            reader.report(
                reader.locator.line(where, "day"),
                f"day {day} is outside the forum's dates {forum.start} to {forum.end}",
            )
        longest = MAX_DURATION // timedelta(minutes=1)
        # A refused duration is not used, so that a huge one cannot overflow building the session
        # and stop the report of the other problems.
        if duration is not None and duration <= 0:
            reader.report(reader.locator.line(where, "duration"), "'duration' must be positive")
            duration = None
        elif duration is not None and duration > longest:
            reader.report(
                reader.locator.line(where, "duration"),
                f"'duration' must be at most {longest} minutes (seven days)",
            )
            duration = None
        keys = reader.strings(where, table, "sources")
        self.check_sources(reader, where, keys)
        appearances = []
        seen: set[str] = set()
        for speaker_where, speaker in reader.tables("speaker", where):
            reader.check_fields("session.speaker", speaker_where, speaker)
            slug = self._person_ref(reader, speaker_where, speaker)
            if slug in seen:
                reader.report(
                    reader.locator.line(speaker_where, "person"),
                    f"'{slug}' appears twice in this session",
                )
            seen.add(slug)
            speaker_keys = reader.strings(speaker_where, speaker, "sources")
            self.check_sources(reader, speaker_where, speaker_keys)
            appearances.append(
                Appearance(
                    speaker_slug=slug,
                    role=reader.text(speaker_where, speaker, "role"),
                    billed_title=reader.text(speaker_where, speaker, "title"),
                    source_keys=speaker_keys,
                )
            )
        return Session(
            guid=guid,
            forum_slug=forum.slug,
            title=reader.text(where, table, "title"),
            title_is_descriptive=reader.flag(where, table, "title_is_descriptive"),
            day=day,
            start=datetime.combine(day, start_time) if day and start_time else None,
            duration=timedelta(minutes=duration) if duration else None,
            timezone=forum.timezone,
            room=reader.text(where, table, "room"),
            track=reader.text(where, table, "track"),
            format=reader.text(where, table, "format"),
            language=reader.text(where, table, "language"),
            description=reader.text(where, table, "description"),
            co_organisers=reader.strings(where, table, "co_organisers"),
            appearances=tuple(appearances),
            source_keys=keys,
            position=position,
        )


_MONTH_YEAR = re.compile(r"\b(?:([A-Z][a-z]+)\s+)?(\d{4})\b")
_MONTHS = {name: number for number, name in enumerate(MONTHS, start=1)}


def _newest_first(forum: Forum) -> tuple[int, str]:
    """Sort key: the latest forum first; one known only by month (or year) sorts by that."""
    when = forum.start
    if when is None:
        found = _MONTH_YEAR.search(forum.dates_text or forum.edition)
        if found:
            when = date(int(found.group(2)), _MONTHS.get(found.group(1) or "", 1), 1)
        else:
            when = date.min
    return (-when.toordinal(), forum.slug)


def load_curated(root: Path) -> Programme:
    """Read and validate every source file under ``root``.

    Raises:
        SourceDataError: listing every problem found, each with its file and line.
    """
    return _Loader(root).load()
