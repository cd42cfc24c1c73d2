"""Read-only access to a catalog file, returning domain dataclasses.

This module uses :mod:`sqlite3` directly: it runs fixed queries on the schema that
:mod:`forumguide.catalog.models` defines, and keeping SQLAlchemy off the read path lets the
window paint about 0.4 s sooner. Search and filters run in SQL (FTS5), never over Python lists.

Lists ask for ids first (:meth:`CatalogReader.session_ids`: a range, or an array in listing
order) and then for the few rows they show (:meth:`CatalogReader.session_summaries`), so that
a programme of any size opens and answers a search at once.

A catalog of the previous schema can still be read record by record (:meth:`programme`), so
that it can be rebuilt in the current one; the id-based list queries need the current schema.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from forumguide.catalog import CATALOG_SCHEMA_VERSION, CatalogError, CatalogProblem
from forumguide.catalog.text import like_pattern, match_expression, words_of
from forumguide.domain.model import (
    Appearance,
    Forum,
    ForumRole,
    Link,
    Programme,
    Session,
    SessionSummary,
    Source,
    Speaker,
    SpeakerSummary,
    TextFormat,
)

OLDEST_READABLE_VERSION = 1

_SESSION_COLUMNS = (
    "s.guid, s.forum_slug, s.position, s.title, s.title_is_descriptive, s.subtitle, s.day, "
    "s.start, s.duration_minutes, s.room, s.track, s.format, s.language, s.description, "
    "s.description_format, s.url, s.links, s.source_keys"
)
_SOURCE_COLUMNS = "key, title, document, kind, author, published, url"
_FORUM_COLUMNS = (
    "slug, name, series, edition, theme, start_date, end_date, dates_text, timezone, city, "
    "country, venue, organisers, url, description, description_format, source_keys"
)


@dataclass(frozen=True, slots=True)
class _Columns:
    """The columns a query reads, by table: a catalog of an older schema reads stand-ins for
    the columns it lacks (while it is read to be rebuilt)."""

    session: str
    source: str
    forum: str


_CURRENT_COLUMNS = _Columns(
    session=f"{_SESSION_COLUMNS}, s.co_organisers",
    source=f"{_SOURCE_COLUMNS}, title_is_descriptive",
    forum=f"{_FORUM_COLUMNS}, year_inferred",
)
# Schemas 1 and 2 have no co-organisers, descriptive source titles or inferred years.
_COLUMNS_BEFORE_3 = _Columns(
    session=f"{_SESSION_COLUMNS}, '[]'",
    source=f"{_SOURCE_COLUMNS}, 0",
    forum=f"{_FORUM_COLUMNS}, ''",
)
_SPEAKER_COLUMNS = (
    "p.slug, p.name, p.sort_name, p.affiliation, p.country, p.bio, p.bio_format, p.links, "
    "p.source_keys"
)
# Weights of session_fts columns (title, people, place, body) and speaker_fts (name,
# affiliation, bio) for bm25: titles and names rank above descriptions.
_SESSION_RANK = "bm25(session_fts, 10.0, 8.0, 2.0, 1.0)"
_SPEAKER_RANK = "bm25(speaker_fts, 10.0, 3.0, 1.0)"
_SESSION_ORDER = "s.day IS NULL, s.day, s.start IS NULL, s.start, s.position"
# A word of this many letters or more also finds the names that contain it ("zadeh" finds
# Khatibzadeh); a shorter one would match most names.
INNER_NAME_LETTERS = 3
# Answers of session_ids kept, oldest dropped first.
_RECENT_ANSWERS = 8
# At most this many whole name words stand in for one typed word, to keep the query short.
_INNER_NAME_WORDS = 24


@dataclass(frozen=True, slots=True)
class Facets:
    """The values a forum's sessions can be filtered by."""

    days: tuple[date, ...]
    tracks: tuple[str, ...]
    rooms: tuple[str, ...]
    formats: tuple[str, ...]
    has_unscheduled: bool
    languages: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SessionFilter:
    """Which sessions of a forum to list; empty fields do not filter."""

    forum_slug: str
    day: date | None = None
    unscheduled_only: bool = False
    track: str = ""
    room: str = ""
    format: str = ""
    query: str = ""
    language: str = ""
    # What the delegate hid: sessions in these rooms or tracks, and these sessions.
    hidden_rooms: tuple[str, ...] = ()
    hidden_tracks: tuple[str, ...] = ()
    hidden_guids: tuple[str, ...] = ()

    @property
    def narrows(self) -> bool:
        """Whether anything besides the forum is chosen."""
        return bool(
            self.day is not None
            or self.unscheduled_only
            or self.track
            or self.room
            or self.format
            or self.language
            or self.query.strip()
            or self.hides
        )

    @property
    def hides(self) -> bool:
        """Whether the delegate hid anything."""
        return bool(self.hidden_rooms or self.hidden_tracks or self.hidden_guids)


class SessionOrder(StrEnum):
    """The orders a list of sessions can be sorted in besides the programme's (day and time)."""

    TITLE = "title_order"
    PEOPLE = "people_order"
    TRACK = "track_order"
    ROOM = "room_order"


@dataclass(frozen=True, slots=True)
class DaySlot:
    """Sessions of a forum with the same day and start, as a range of ids (``first``..``last``).

    A forum's slots, in id order, tile its whole id range: a list groups them into headings.
    """

    day: date | None
    start: datetime | None
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class SpeakerAppearance:
    """A person's appearance together with the session it is in."""

    session: Session
    appearance: Appearance


def _strings(value: str) -> tuple[str, ...]:
    return tuple(str(item) for item in json.loads(value or "[]"))


def _links(value: str) -> tuple[Link, ...]:
    return tuple(Link(str(item["url"]), str(item.get("title", ""))) for item in json.loads(value))


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _session(
    row: Sequence[Any], appearances: tuple[Appearance, ...] = (), zone: str = "UTC"
) -> Session:
    return Session(
        guid=row[0],
        forum_slug=row[1],
        position=row[2],
        title=row[3],
        title_is_descriptive=bool(row[4]),
        subtitle=row[5],
        day=_date(row[6]),
        start=datetime.fromisoformat(row[7]) if row[7] else None,
        duration=timedelta(minutes=row[8]) if row[8] is not None else None,
        room=row[9],
        track=row[10],
        format=row[11],
        language=row[12],
        description=row[13],
        description_format=TextFormat(row[14]),
        url=row[15],
        links=_links(row[16]),
        source_keys=_strings(row[17]),
        co_organisers=_strings(row[18]),
        appearances=appearances,
        timezone=zone,
    )


def _filter_clauses(selection: SessionFilter) -> tuple[list[str], list[Any]]:
    """The SQL conditions on sessions (``s``) of a selection's day, track, room and format."""
    clauses: list[str] = []
    parameters: list[Any] = []
    if selection.unscheduled_only:
        clauses.append("s.day IS NULL")
    elif selection.day is not None:
        clauses.append("s.day = ?")
        parameters.append(selection.day.isoformat())
    for column in ("track", "room", "format", "language"):
        value = getattr(selection, column)
        if value:
            clauses.append(f"s.{column} = ?")
            parameters.append(value)
    hidden = [
        (column, values)
        for column, values in (
            ("room", selection.hidden_rooms),
            ("track", selection.hidden_tracks),
            ("guid", selection.hidden_guids),
        )
        if values
    ]
    if hidden:
        # Found by the indexes on room, track and guid: the list itself needs only ids.
        found = " OR ".join(f"{column} IN ({', '.join('?' * len(v))})" for column, v in hidden)
        clauses.append(f"s.id NOT IN (SELECT id FROM session WHERE {found})")
        parameters.extend(value for _column, values in hidden for value in values)
    return clauses, parameters


def _source(row: Sequence[Any]) -> Source:
    return Source(
        key=row[0],
        title=row[1],
        document=row[2],
        kind=row[3],
        author=row[4],
        published=_date(row[5]),
        url=row[6],
        title_is_descriptive=bool(row[7]),
    )


def _speaker(row: Sequence[Any]) -> Speaker:
    return Speaker(
        slug=row[0],
        name=row[1],
        sort_name=row[2],
        affiliation=row[3],
        country=row[4],
        bio=row[5],
        bio_format=TextFormat(row[6]),
        links=_links(row[7]),
        source_keys=_strings(row[8]),
    )


class CatalogReader:
    """One catalog file, opened read-only and immutable.

    The connection may be used from any thread (SQLite serialises it); nothing here changes.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        if not path.is_file():
            raise CatalogError(
                f"The programme catalog {path} does not exist.", CatalogProblem.MISSING, path=path
            )
        uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
        self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        try:
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if not OLDEST_READABLE_VERSION <= version <= CATALOG_SCHEMA_VERSION:
                raise CatalogError(
                    f"The programme catalog {path} has schema version {version}; "
                    f"this version of ForumGuide reads version {CATALOG_SCHEMA_VERSION}.",
                    CatalogProblem.TOO_NEW
                    if version > CATALOG_SCHEMA_VERSION
                    else CatalogProblem.TOO_OLD,
                    path=path,
                    version=int(version),
                )
            self.version = int(version)
            self._columns = _CURRENT_COLUMNS if self.version >= 3 else _COLUMNS_BEFORE_3
            self.meta = dict(self._db.execute("SELECT key, value FROM meta").fetchall())
            self._zones: dict[str, str] = dict(
                self._db.execute("SELECT slug, timezone FROM forum").fetchall()
            )
        except sqlite3.DatabaseError as error:
            self._db.close()
            raise CatalogError(
                f"The programme catalog {path} cannot be read: {error}.",
                CatalogProblem.UNREADABLE,
                path=path,
                detail=str(error),
            ) from error
        except CatalogError:
            self._db.close()
            raise
        self._ranges: dict[str, range] = {}
        self._inner_names: dict[str, tuple[str, ...]] = {}
        self._forum_people: dict[str, frozenset[int]] = {}
        self._recent_ids: dict[
            tuple[SessionFilter, bool, SessionOrder | None, bool], Sequence[int]
        ] = {}
        self._recent_lock = threading.Lock()

    @property
    def is_current(self) -> bool:
        """Whether the file has the current schema (an older one must be rebuilt to be listed)."""
        return self.version == CATALOG_SCHEMA_VERSION

    @property
    def catalog_id(self) -> str:
        return str(self.meta.get("catalog_id", self.path.stem))

    @property
    def title(self) -> str:
        return str(self.meta.get("title", self.path.stem))

    def close(self) -> None:
        self._db.close()

    def _rows(self, sql: str, parameters: Sequence[Any] = ()) -> list[Any]:
        try:
            return self._db.execute(sql, parameters).fetchall()
        except sqlite3.DatabaseError as error:
            raise CatalogError(
                f"The programme catalog {self.path} is damaged: {error}.",
                CatalogProblem.DAMAGED,
                path=self.path,
                detail=str(error),
            ) from error

    # Forums -----------------------------------------------------------------------------

    def forums(self) -> list[Forum]:
        rows = self._rows(f"SELECT {self._columns.forum} FROM forum ORDER BY position")
        roles: dict[str, list[ForumRole]] = {}
        for forum_slug, *role in self._rows(
            "SELECT forum_slug, speaker_slug, role, billed_title, source_keys FROM forum_role "
            "ORDER BY forum_slug, position"
        ):
            roles.setdefault(forum_slug, []).append(
                ForumRole(role[0], role[1], role[2], _strings(role[3]))
            )
        return [
            Forum(
                slug=r[0],
                name=r[1],
                series=r[2],
                edition=r[3],
                theme=r[4],
                start=_date(r[5]),
                end=_date(r[6]),
                dates_text=r[7],
                timezone=r[8],
                city=r[9],
                country=r[10],
                venue=r[11],
                organisers=_strings(r[12]),
                url=r[13],
                description=r[14],
                description_format=TextFormat(r[15]),
                source_keys=_strings(r[16]),
                year_inferred=r[17],
                roles=tuple(roles.get(r[0], ())),
            )
            for r in rows
        ]

    def facets(self, forum_slug: str) -> Facets:
        def distinct(column: str) -> tuple[str, ...]:
            return tuple(
                value
                for (value,) in self._rows(
                    "SELECT value FROM facet WHERE forum_slug = ? AND kind = ? ORDER BY position",
                    (forum_slug, column),
                )
            )

        days = tuple(
            date.fromisoformat(day)
            for (day,) in self._rows(
                "SELECT DISTINCT day FROM session WHERE forum_slug = ? AND day IS NOT NULL "
                "ORDER BY day",
                (forum_slug,),
            )
        )
        unscheduled = self._rows(
            "SELECT 1 FROM session WHERE forum_slug = ? AND day IS NULL LIMIT 1", (forum_slug,)
        )
        return Facets(
            days,
            distinct("track"),
            distinct("room"),
            distinct("format"),
            bool(unscheduled),
            distinct("language"),
        )

    # Sessions ---------------------------------------------------------------------------

    def sessions(self, selection: SessionFilter) -> list[Session]:
        """Sessions matching ``selection``: by day and time, or by relevance when searching."""
        filters, parameters = _filter_clauses(selection)
        where = " AND ".join(["s.forum_slug = ?", *filters])
        parameters.insert(0, selection.forum_slug)
        expression = self.session_match(selection.query) if selection.query.strip() else None
        if selection.query.strip() and expression is None:
            return []
        if expression is not None:
            sql = (
                f"SELECT {self._columns.session} FROM session_fts JOIN session s "
                f"ON s.guid = session_fts.guid WHERE session_fts MATCH ? AND {where} "
                f"ORDER BY {_SESSION_RANK}, {_SESSION_ORDER}"
            )
            parameters.insert(0, expression)
        else:
            sql = (
                f"SELECT {self._columns.session} FROM session s "
                f"WHERE {where} ORDER BY {_SESSION_ORDER}"
            )
        return self._with_appearances(self._rows(sql, parameters))

    def session(self, guid: str) -> Session | None:
        rows = self._rows(
            f"SELECT {self._columns.session} FROM session s WHERE s.guid = ?", (guid,)
        )
        sessions = self._with_appearances(rows)
        return sessions[0] if sessions else None

    def sessions_by_guid(self, guids: Iterable[str]) -> dict[str, Session]:
        wanted = list(dict.fromkeys(guids))
        found: dict[str, Session] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = self._rows(
                f"SELECT {self._columns.session} FROM session s WHERE s.guid IN ({marks})", chunk
            )
            found.update((s.guid, s) for s in self._with_appearances(rows))
        return found

    def _with_appearances(self, rows: list[Any]) -> list[Session]:
        if not rows:
            return []
        by_session: dict[str, list[Appearance]] = {}
        guids = [row[0] for row in rows]
        for start in range(0, len(guids), 500):
            chunk = guids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for guid, slug, role, title, sources in self._rows(
                "SELECT session_guid, speaker_slug, role, billed_title, source_keys "
                f"FROM appearance WHERE session_guid IN ({marks}) ORDER BY session_guid, position",
                chunk,
            ):
                by_session.setdefault(guid, []).append(
                    Appearance(slug, role, title, _strings(sources))
                )
        return [
            _session(row, tuple(by_session.get(row[0], ())), self._zones.get(row[1], "UTC"))
            for row in rows
        ]

    # Lists by id ------------------------------------------------------------------------

    def forum_range(self, forum_slug: str) -> range:
        """The ids of a forum's sessions, which are consecutive."""
        known = self._ranges.get(forum_slug)
        if known is None:
            first, last = self._rows(
                "SELECT min(id), max(id) FROM session WHERE forum_slug = ?", (forum_slug,)
            )[0]
            known = range(first, last + 1) if first is not None else range(0)
            self._ranges[forum_slug] = known
        return known

    def session_ids(
        self,
        selection: SessionFilter,
        *,
        by_relevance: bool = False,
        order: SessionOrder | None = None,
        descending: bool = False,
    ) -> Sequence[int]:
        """The ids of the sessions matching ``selection``, in listing order.

        With ``by_relevance`` and a query, the best matches come first instead; with ``order``,
        they are sorted by it (ties in listing order); ``descending`` reverses either of those.
        The last few answers are kept (the file never changes): the list and the search
        everywhere ask the same question for each key typed.
        """
        key = (selection, by_relevance, order, descending)
        with self._recent_lock:
            known = self._recent_ids.get(key)
        if known is None:
            known = self._session_ids(
                selection, by_relevance=by_relevance, order=order, descending=descending
            )
            with self._recent_lock:
                if len(self._recent_ids) >= _RECENT_ANSWERS:
                    del self._recent_ids[next(iter(self._recent_ids))]
                self._recent_ids[key] = known
        return known

    def _session_ids(
        self,
        selection: SessionFilter,
        *,
        by_relevance: bool,
        order: SessionOrder | None,
        descending: bool,
    ) -> Sequence[int]:
        span = self.forum_range(selection.forum_slug)
        if not span:
            return range(0)
        if order is not None or descending:
            return self._sorted_ids(selection, order, descending)
        if not selection.narrows:
            return span
        query = selection.query.strip()
        expression = self.session_match(query) if query else None
        if query and expression is None:
            return range(0)
        clauses, parameters = _filter_clauses(selection)
        if expression is None:
            # By forum rather than by the id range: the forum's indexes then hold all it needs.
            where = " AND ".join(["s.forum_slug = ?", *clauses])
            sql = f"SELECT s.id AS id FROM session s WHERE {where} ORDER BY s.id"
            parameters = [selection.forum_slug, *parameters]
        else:
            join = " JOIN session s ON s.id = f.rowid" if clauses else ""
            where = " AND ".join(["session_fts MATCH ?", "f.rowid BETWEEN ? AND ?", *clauses])
            ranking = "f.rank" if by_relevance else "f.rowid"
            sql = f"SELECT f.rowid AS id FROM session_fts f{join} WHERE {where} ORDER BY {ranking}"
            parameters = [expression, span.start, span.stop - 1, *parameters]
        return self._ids(sql, parameters, ordered=not by_relevance)

    def _sorted_ids(
        self,
        selection: SessionFilter,
        order: SessionOrder | None,
        descending: bool,
    ) -> Sequence[int]:
        query = selection.query.strip()
        expression = self.session_match(query) if query else None
        if query and expression is None:
            return range(0)
        clauses, parameters = _filter_clauses(selection)
        head: list[Any] = []
        if expression is not None:
            clauses.append("s.id IN (SELECT rowid FROM session_fts WHERE session_fts MATCH ?)")
            head = [expression]
        where = " AND ".join(["s.forum_slug = ?", *clauses])
        direction = "DESC" if descending else ""
        keys = [f"s.{SessionOrder(order).value} {direction}"] if order is not None else []
        sql = (
            f"SELECT s.id AS id FROM session s WHERE {where} "
            f"ORDER BY {', '.join([*keys, f's.id {direction}'])}"
        )
        return self._ids(sql, [selection.forum_slug, *parameters, *head], ordered=False)

    def session_match(self, query: str) -> str | None:
        """The MATCH expression on ``session_fts`` for ``query``: every word as the start of a
        word, or (from :data:`INNER_NAME_LETTERS` letters) inside the name of a person of the
        session; ``None`` when the query has no word to search for.
        """
        words = words_of(query)
        if not words:
            return None
        parts = []
        for word in words:
            prefix = f'"{word}"*'
            inner = self._name_words_containing(word)
            if inner:
                names = " OR ".join(f'people : "{name}"' for name in inner)
                parts.append(f"({prefix} OR {names})")
            else:
                parts.append(prefix)
        return " AND ".join(parts)

    def _name_words_containing(self, word: str) -> tuple[str, ...]:
        """Words of people's names with ``word`` inside (not at their start, which a prefix
        query finds already)."""
        if len(word) < INNER_NAME_LETTERS or not self.is_current:
            return ()
        known = self._inner_names.get(word)
        if known is not None:
            return known
        needle = word.casefold()
        found: dict[str, None] = {}
        for (name,) in self._rows(
            "SELECT search_name FROM speaker WHERE search_name LIKE ? ESCAPE '\\'",
            (like_pattern(word),),
        ):
            for part in words_of(name):
                folded = part.casefold()
                if needle in folded and not folded.startswith(needle):
                    found[folded] = None
        inner = tuple(sorted(found))[:_INNER_NAME_WORDS]
        if len(self._inner_names) > 256:
            self._inner_names.clear()
        self._inner_names[word] = inner
        return inner

    def _ids(self, sql: str, parameters: Sequence[Any], *, ordered: bool) -> Sequence[int]:
        """The ``id`` column of ``sql``'s rows as an array.

        The ids come back as one JSON array, which is read in C: two to three times faster than
        fetching thousands of one-number rows. ``ordered`` sorts them (a no-op on ids already in
        order, which SQLite gives, but does not promise, for an aggregate over an ordered query).
        """
        text = self._rows(f"SELECT json_group_array(id) FROM ({sql})", parameters)[0][0]
        ids: list[int] = json.loads(text) if text else []
        return array("q", sorted(ids) if ordered else ids)

    def day_slots(self, forum_slug: str) -> list[DaySlot]:
        """The forum's sessions as runs of ids with the same day and start, in id order."""
        return [
            DaySlot(_date(day), datetime.fromisoformat(start) if start else None, first, last)
            for day, start, first, last in self._rows(
                "SELECT day, start, min(id), max(id) FROM session WHERE forum_slug = ? "
                "GROUP BY day, start ORDER BY 3",
                (forum_slug,),
            )
        ]

    def session_summaries(self, ids: Iterable[int]) -> dict[int, SessionSummary]:
        """What lists show of the sessions with these ids."""
        wanted = list(dict.fromkeys(ids))
        found: dict[int, SessionSummary] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for row in self._rows(
                "SELECT id, guid, forum_slug, title, day, start, duration_minutes, room, track, "
                f"format, people FROM session WHERE id IN ({marks})",
                chunk,
            ):
                found[row[0]] = SessionSummary(
                    guid=row[1],
                    forum_slug=row[2],
                    title=row[3],
                    day=_date(row[4]),
                    start=datetime.fromisoformat(row[5]) if row[5] else None,
                    duration=timedelta(minutes=row[6]) if row[6] is not None else None,
                    timezone=self._zones.get(row[2], "UTC"),
                    room=row[7],
                    track=row[8],
                    format=row[9],
                    people=row[10],
                )
        return found

    def session_id(self, guid: str) -> int | None:
        rows = self._rows("SELECT id FROM session WHERE guid = ?", (guid,))
        return int(rows[0][0]) if rows else None

    def session_by_id(self, session_id: int) -> Session | None:
        rows = self._rows(
            f"SELECT {self._columns.session} FROM session s WHERE s.id = ?", (session_id,)
        )
        sessions = self._with_appearances(rows)
        return sessions[0] if sessions else None

    def speaker_ids(self, query: str = "") -> Sequence[int]:
        """Ids of the people matching ``query`` (by name, or a part of a name), by relevance;
        everyone, by name, without one."""
        if not query.strip():
            count = self._rows("SELECT count(*) FROM speaker")[0][0]
            return range(1, count + 1)
        expression = match_expression(query)
        ranked = (
            "SELECT rowid AS id, rank FROM speaker_fts WHERE speaker_fts MATCH ?"
            if expression
            else "SELECT NULL AS id, 0 AS rank WHERE 0"
        )
        sql = (
            f"WITH hits AS ({ranked} UNION ALL "
            f"SELECT id, 0 FROM speaker WHERE search_name LIKE ? ESCAPE '\\') "
            f"SELECT id FROM hits GROUP BY id ORDER BY min(rank), id"
        )
        head: list[Any] = [expression] if expression else []
        return self._ids(sql, [*head, like_pattern(query)], ordered=False)

    def forum_speaker_ids(self, forum_slug: str) -> frozenset[int]:
        """Ids of the people who appear in the forum's sessions or have a role in it."""
        known = self._forum_people.get(forum_slug)
        if known is None:
            known = frozenset(
                row[0]
                for row in self._rows(
                    "SELECT p.id FROM speaker p WHERE p.slug IN (SELECT a.speaker_slug "
                    "FROM appearance a JOIN session s ON s.guid = a.session_guid "
                    "WHERE s.forum_slug = ? UNION SELECT speaker_slug FROM forum_role "
                    "WHERE forum_slug = ?)",
                    (forum_slug, forum_slug),
                )
            )
            self._forum_people[forum_slug] = known
        return known

    def speaker_summaries(self, ids: Iterable[int]) -> dict[int, SpeakerSummary]:
        wanted = list(dict.fromkeys(ids))
        found: dict[int, SpeakerSummary] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for row in self._rows(
                f"SELECT id, slug, name, affiliation FROM speaker WHERE id IN ({marks})", chunk
            ):
                found[row[0]] = SpeakerSummary(row[1], row[2], row[3])
        return found

    def speaker_id(self, slug: str) -> int | None:
        rows = self._rows("SELECT id FROM speaker WHERE slug = ?", (slug,))
        return int(rows[0][0]) if rows else None

    # Speakers ---------------------------------------------------------------------------

    def speakers(self, query: str = "", forum_slug: str = "") -> list[Speaker]:
        """People, by name; with a query, by relevance (a part of the name also matches)."""
        scope = ""
        parameters: list[Any] = []
        if forum_slug:
            scope = (
                " AND p.slug IN (SELECT a.speaker_slug FROM appearance a JOIN session s "
                "ON s.guid = a.session_guid WHERE s.forum_slug = ? "
                "UNION SELECT speaker_slug FROM forum_role WHERE forum_slug = ?)"
            )
            parameters = [forum_slug, forum_slug]
        # Ids are numbered in name order (family name first) when the catalog is built.
        order = "p.id"
        if not query.strip():
            rows = self._rows(
                f"SELECT {_SPEAKER_COLUMNS} FROM speaker p WHERE 1 = 1{scope} ORDER BY {order}",
                parameters,
            )
            return [_speaker(row) for row in rows]
        expression = match_expression(query)
        ranked = (
            f"SELECT p.slug AS slug, {_SPEAKER_RANK} AS rank FROM speaker_fts "
            f"JOIN speaker p ON p.slug = speaker_fts.slug WHERE speaker_fts MATCH ?"
            if expression
            else "SELECT NULL AS slug, 0 AS rank WHERE 0"
        )
        sql = (
            f"WITH hits AS ({ranked} UNION ALL "
            f"SELECT slug, 0 FROM speaker WHERE search_name LIKE ? ESCAPE '\\') "
            f"SELECT {_SPEAKER_COLUMNS} FROM speaker p JOIN "
            f"(SELECT slug, MIN(rank) AS rank FROM hits GROUP BY slug) h ON h.slug = p.slug "
            f"WHERE 1 = 1{scope} ORDER BY h.rank, {order}"
        )
        head: list[Any] = [expression] if expression else []
        rows = self._rows(sql, [*head, like_pattern(query), *parameters])
        return [_speaker(row) for row in rows]

    def speaker(self, slug: str) -> Speaker | None:
        rows = self._rows(f"SELECT {_SPEAKER_COLUMNS} FROM speaker p WHERE p.slug = ?", (slug,))
        return _speaker(rows[0]) if rows else None

    def speakers_by_slug(self, slugs: Iterable[str]) -> dict[str, Speaker]:
        wanted = list(dict.fromkeys(slugs))
        found: dict[str, Speaker] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = self._rows(
                f"SELECT {_SPEAKER_COLUMNS} FROM speaker p WHERE p.slug IN ({marks})", chunk
            )
            found.update((row[0], _speaker(row)) for row in rows)
        return found

    def appearances_of(self, slug: str) -> list[SpeakerAppearance]:
        """Every session the person appears in, in programme order."""
        rows = self._rows(
            f"SELECT {self._columns.session} FROM session s WHERE s.guid IN "
            f"(SELECT session_guid FROM appearance WHERE speaker_slug = ?) "
            f"ORDER BY s.forum_slug, {_SESSION_ORDER}",
            (slug,),
        )
        return [
            SpeakerAppearance(session, appearance)
            for session in self._with_appearances(rows)
            for appearance in session.appearances
            if appearance.speaker_slug == slug
        ]

    def forum_roles_of(self, slug: str) -> list[tuple[str, ForumRole]]:
        """The person's roles in whole forums, as (forum slug, role)."""
        return [
            (forum, ForumRole(slug, role, title, _strings(sources)))
            for forum, role, title, sources in self._rows(
                "SELECT forum_slug, role, billed_title, source_keys FROM forum_role "
                "WHERE speaker_slug = ? ORDER BY forum_slug, position",
                (slug,),
            )
        ]

    # Whole programmes --------------------------------------------------------------------

    def programme(self, forum_slug: str = "") -> Programme:
        """Every record of the catalog (or of one forum and its people), as one programme."""
        forums = [f for f in self.forums() if not forum_slug or f.slug == forum_slug]
        sessions = [s for f in forums for s in self.sessions(SessionFilter(f.slug))]
        speakers = self.speakers(forum_slug=forum_slug) if forum_slug else self.speakers()
        if forum_slug:
            keys = {k for f in forums for k in f.source_keys}
            keys.update(k for s in sessions for k in s.source_keys)
            keys.update(k for s in sessions for a in s.appearances for k in a.source_keys)
            keys.update(k for p in speakers for k in p.source_keys)
            sources = self.sources(sorted(keys))
        else:
            sources = [
                _source(row)
                for row in self._rows(f"SELECT {self._columns.source} FROM source ORDER BY key")
            ]
        return Programme(
            forums=tuple(forums),
            sessions=tuple(sessions),
            speakers=tuple(speakers),
            sources=tuple(sources),
            origin=str(self.meta.get("origin", "")),
        )

    # Sources ----------------------------------------------------------------------------

    def sources(self, keys: Iterable[str]) -> list[Source]:
        wanted = list(dict.fromkeys(keys))
        if not wanted:
            return []
        marks = ", ".join("?" * len(wanted))
        rows = self._rows(
            f"SELECT {self._columns.source} FROM source WHERE key IN ({marks})", wanted
        )
        by_key = {row[0]: _source(row) for row in rows}
        return [by_key[key] for key in wanted if key in by_key]
