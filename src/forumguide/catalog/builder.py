"""Writes a :class:`~forumguide.domain.model.Programme` to a catalog file.

The bundled programme and every imported schedule go through :func:`build_catalog`. The file is
written beside its destination and moved into place only when complete, so a failed build never
leaves a half-written catalog. The same programme always gives the same file contents.

Sessions are numbered in listing order (forum, day, time) and people in name order (family
name first); each session also carries its place by title, people, track and room; the
full-text rows carry the same numbers, with prefix indexes for the first letters of a word, so
that a search returns ids already in listing order.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, create_engine, insert, text
from sqlalchemy.pool import NullPool

from forumguide.catalog import CATALOG_SCHEMA_VERSION
from forumguide.catalog.models import (
    AppearanceRow,
    CatalogBase,
    FacetRow,
    ForumRoleRow,
    ForumRow,
    MetaRow,
    SessionRow,
    SourceRow,
    SpeakerRow,
)
from forumguide.catalog.text import fold
from forumguide.domain.model import Link, Programme, Session, Speaker
from forumguide.domain.names import sort_key
from forumguide.domain.text import to_plain_text

FTS_TOKENIZER = "unicode61 remove_diacritics 2"
# Prefix indexes for words of one, two and three letters: what a search box sees first.
FTS_PREFIXES = "1 2 3"

_FTS_TABLES = (
    f"CREATE VIRTUAL TABLE session_fts USING fts5("
    f"title, people, place, body, guid UNINDEXED, "
    f"tokenize='{FTS_TOKENIZER}', prefix='{FTS_PREFIXES}')",
    f"CREATE VIRTUAL TABLE speaker_fts USING fts5("
    f"name, affiliation, bio, slug UNINDEXED, "
    f"tokenize='{FTS_TOKENIZER}', prefix='{FTS_PREFIXES}')",
)
_CHUNK = 500

Progress = Callable[[int, int], None]
"""Told (done, total) as a build goes on; raising from it stops the build, leaving nothing."""

FACET_KINDS = ("track", "room", "format", "language")


def _json(values: Sequence[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def _links(links: Iterable[Link]) -> str:
    return json.dumps(
        [{"url": link.url, "title": link.title} for link in links], ensure_ascii=False
    )


PART_SUFFIX = ".part"
"""Catalogs being written end in this; one left behind was being written when a process died."""


def build_catalog(
    programme: Programme,
    destination: Path,
    *,
    catalog_id: str,
    title: str,
    progress: Progress | None = None,
) -> Path:
    """Write ``programme`` to ``destination`` (replacing it atomically) and return the path.

    ``progress`` is told how far the build is; an exception it raises stops the build and
    leaves ``destination`` as it was.
    """
    destination = destination.resolve()
    destination.parent.mkdir(parents=True, exist_ok=True)
    temp_path = destination.with_name(f".{destination.name}.{uuid.uuid4().hex}{PART_SUFFIX}")
    try:
        _write(programme, temp_path, catalog_id=catalog_id, title=title, progress=progress)
        temp_path.replace(destination)
    except BaseException:
        for leftover in (temp_path, temp_path.with_name(f"{temp_path.name}-journal")):
            with suppress(FileNotFoundError):
                leftover.unlink()
        raise
    return destination


def listing_order(programme: Programme) -> list[Session]:
    """The sessions in the order lists show them: by forum, then day and time.

    Within a day, sessions whose time is not known come after the timed ones; sessions with no
    day come last.
    """
    rank = {forum.slug: position for position, forum in enumerate(programme.forums)}
    return sorted(
        programme.sessions,
        key=lambda s: (
            rank.get(s.forum_slug, len(rank)),
            s.day is None,
            s.day or date.min,
            s.start is None,
            s.start or datetime.min,
            s.position,
        ),
    )


def name_order(speakers: Iterable[Speaker]) -> list[Speaker]:
    return sorted(speakers, key=lambda p: (p.sort_key, p.slug))


def sort_orders(sessions: Sequence[Session], speakers: Iterable[Speaker]) -> list[dict[str, int]]:
    """Each session's place by title, by people, by track and by room (one dict per session).

    Sessions that lack the value (no people, no track) come after those that have it; equal
    values share a place, so that a list breaks the tie in programme order.
    """
    keys = {p.slug: p.sort_key for p in speakers}
    columns: dict[str, list[tuple[bool, Any]]] = {
        "title_order": [(False, sort_key(f"{s.title} {s.subtitle}".strip())) for s in sessions],
        "people_order": [
            (
                not s.appearances,
                tuple(keys.get(a.speaker_slug, sort_key(a.speaker_slug)) for a in s.appearances),
            )
            for s in sessions
        ],
        "track_order": [(not s.track, sort_key(s.track)) for s in sessions],
        "room_order": [(not s.room, sort_key(s.room)) for s in sessions],
    }
    orders: list[dict[str, int]] = [{} for _ in sessions]
    for column, values in columns.items():
        places = {value: place for place, value in enumerate(sorted(set(values)))}
        for order, value in zip(orders, values, strict=True):
            order[column] = places[value]
    return orders


class _Steps:
    """Counts the units of work of a build and tells ``progress``."""

    def __init__(self, programme: Programme, progress: Progress | None) -> None:
        chunks = max(1, -(-len(programme.sessions) // _CHUNK))
        # Inserting and indexing each chunk of sessions, then three steps to finish.
        self.total = 2 * chunks + 3
        self.done = 0
        self.progress = progress

    def step(self) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)


def _write(
    programme: Programme, path: Path, *, catalog_id: str, title: str, progress: Progress | None
) -> None:
    steps = _Steps(programme, progress)
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("PRAGMA journal_mode=DELETE")
            CatalogBase.metadata.create_all(connection)
            for statement in _FTS_TABLES:
                connection.exec_driver_sql(statement)
            _insert_rows(connection, programme, catalog_id=catalog_id, title=title, steps=steps)
            connection.exec_driver_sql(f"PRAGMA user_version={CATALOG_SCHEMA_VERSION}")
        steps.step()
        with engine.connect() as connection:
            connection.exec_driver_sql("INSERT INTO session_fts(session_fts) VALUES ('optimize')")
            connection.exec_driver_sql("INSERT INTO speaker_fts(speaker_fts) VALUES ('optimize')")
            connection.commit()
            steps.step()
            connection.exec_driver_sql("VACUUM")
        steps.step()
    finally:
        engine.dispose()


def _insert_rows(
    connection: Connection, programme: Programme, *, catalog_id: str, title: str, steps: _Steps
) -> None:
    meta = {"catalog_id": catalog_id, "title": title, "origin": programme.origin}
    connection.execute(insert(MetaRow), [{"key": k, "value": v} for k, v in meta.items()])
    if programme.sources:
        connection.execute(
            insert(SourceRow),
            [
                {
                    "key": s.key,
                    "title": s.title,
                    "document": s.document,
                    "kind": s.kind,
                    "author": s.author,
                    "published": s.published.isoformat() if s.published else None,
                    "url": s.url,
                    "title_is_descriptive": int(s.title_is_descriptive),
                }
                for s in programme.sources
            ],
        )
    connection.execute(
        insert(ForumRow),
        [
            {
                "slug": f.slug,
                "position": position,
                "name": f.name,
                "series": f.series,
                "edition": f.edition,
                "theme": f.theme,
                "start_date": f.start.isoformat() if f.start else None,
                "end_date": f.end.isoformat() if f.end else None,
                "dates_text": f.dates_text,
                "timezone": f.timezone,
                "city": f.city,
                "country": f.country,
                "venue": f.venue,
                "organisers": _json(f.organisers),
                "url": f.url,
                "description": f.description,
                "description_format": f.description_format.value,
                "source_keys": _json(f.source_keys),
                "year_inferred": f.year_inferred,
            }
            for position, f in enumerate(programme.forums)
        ],
    )
    speakers = name_order(programme.speakers)
    if speakers:
        connection.execute(
            insert(SpeakerRow),
            [
                {
                    "id": number,
                    "slug": p.slug,
                    "name": p.name,
                    "sort_name": p.sort_name,
                    "search_name": fold(p.name).casefold(),
                    "affiliation": p.affiliation,
                    "country": p.country,
                    "bio": p.bio,
                    "bio_format": p.bio_format.value,
                    "links": _links(p.links),
                    "source_keys": _json(p.source_keys),
                }
                for number, p in enumerate(speakers, start=1)
            ],
        )
    roles: list[dict[str, Any]] = [
        {
            "forum_slug": f.slug,
            "speaker_slug": r.speaker_slug,
            "position": position,
            "role": r.role,
            "billed_title": r.billed_title,
            "source_keys": _json(r.source_keys),
        }
        for f in programme.forums
        for position, r in enumerate(f.roles)
    ]
    if roles:
        connection.execute(insert(ForumRoleRow), roles)
    _insert_facets(connection, programme)
    sessions = listing_order(programme)
    names = {p.slug: p.name for p in programme.speakers}
    orders = sort_orders(sessions, programme.speakers)
    _insert_sessions(connection, sessions, names, orders, steps)
    _index(connection, sessions, names, speakers, steps)


def _insert_facets(connection: Connection, programme: Programme) -> None:
    rows: list[dict[str, Any]] = []
    for forum in programme.forums:
        for kind in FACET_KINDS:
            values = {
                getattr(s, kind) for s in programme.sessions if s.forum_slug == forum.slug
            } - {""}
            ordered = sorted(values, key=lambda value: (value.casefold(), value))
            rows.extend(
                {"forum_slug": forum.slug, "kind": kind, "position": position, "value": value}
                for position, value in enumerate(ordered)
            )
    if rows:
        connection.execute(insert(FacetRow), rows)


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _people(session: Session, names: dict[str, str]) -> str:
    return ", ".join(names.get(a.speaker_slug, a.speaker_slug) for a in session.appearances)


def _insert_sessions(
    connection: Connection,
    sessions: Sequence[Session],
    names: dict[str, str],
    orders: Sequence[dict[str, int]],
    steps: _Steps,
) -> None:
    numbered = list(enumerate(sessions, start=1))
    for chunk in _chunks(numbered):
        _insert_session_chunk(connection, chunk, names, orders)
        steps.step()
    if not sessions:
        steps.step()


def _insert_session_chunk(
    connection: Connection,
    chunk: Sequence[tuple[int, Session]],
    names: dict[str, str],
    orders: Sequence[dict[str, int]],
) -> None:
    connection.execute(
        insert(SessionRow),
        [
            {
                "id": number,
                "guid": s.guid,
                "forum_slug": s.forum_slug,
                "position": s.position,
                "title": s.title,
                "title_is_descriptive": int(s.title_is_descriptive),
                "subtitle": s.subtitle,
                "day": s.day.isoformat() if s.day else None,
                "start": s.start.isoformat(timespec="minutes") if s.start else None,
                "duration_minutes": (
                    int(s.duration.total_seconds() // 60) if s.duration is not None else None
                ),
                "room": s.room,
                "track": s.track,
                "format": s.format,
                "language": s.language,
                "description": s.description,
                "description_format": s.description_format.value,
                "url": s.url,
                "links": _links(s.links),
                "source_keys": _json(s.source_keys),
                "people": _people(s, names),
                "co_organisers": _json(s.co_organisers),
                **orders[number - 1],
            }
            for number, s in chunk
        ],
    )
    appearances = [
        {
            "session_guid": s.guid,
            "speaker_slug": a.speaker_slug,
            "position": position,
            "role": a.role,
            "billed_title": a.billed_title,
            "source_keys": _json(a.source_keys),
        }
        for _number, s in chunk
        for position, a in enumerate(s.appearances)
    ]
    if appearances:
        connection.execute(insert(AppearanceRow), appearances)


def _index(
    connection: Connection,
    sessions: Sequence[Session],
    names: dict[str, str],
    speakers: Sequence[Speaker],
    steps: _Steps,
) -> None:
    statement = text(
        "INSERT INTO session_fts(rowid, title, people, place, body, guid) "
        "VALUES (:id, :title, :people, :place, :body, :guid)"
    )
    for chunk in _chunks(list(enumerate(sessions, start=1))):
        connection.execute(
            statement,
            [
                {
                    "id": number,
                    "title": fold(f"{s.title} {s.subtitle}".strip()),
                    "people": fold(" ".join(names.get(a.speaker_slug, "") for a in s.appearances)),
                    "place": fold(" ".join(part for part in (s.room, s.track, s.format) if part)),
                    "body": fold(to_plain_text(s.description, s.description_format)),
                    "guid": s.guid,
                }
                for number, s in chunk
            ],
        )
        steps.step()
    speaker_rows = [
        {
            "id": number,
            "name": fold(p.name),
            "affiliation": fold(f"{p.affiliation} {p.country}".strip()),
            "bio": fold(to_plain_text(p.bio, p.bio_format)),
            "slug": p.slug,
        }
        for number, p in enumerate(speakers, start=1)
    ]
    if speaker_rows:
        connection.execute(
            text(
                "INSERT INTO speaker_fts(rowid, name, affiliation, bio, slug) "
                "VALUES (:id, :name, :affiliation, :bio, :slug)"
            ),
            speaker_rows,
        )
    if not sessions:
        steps.step()
