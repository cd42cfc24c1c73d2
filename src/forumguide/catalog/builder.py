"""Writes a :class:`~forumguide.domain.model.Programme` to a catalog file.

The bundled programme and every imported schedule go through :func:`build_catalog`. The file is
written beside its destination and moved into place only when complete, so a failed build never
leaves a half-written catalog. The same programme always gives the same file contents.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from contextlib import suppress
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, create_engine, insert, text
from sqlalchemy.pool import NullPool

from forumguide.catalog import CATALOG_SCHEMA_VERSION
from forumguide.catalog.models import (
    AppearanceRow,
    CatalogBase,
    ForumRoleRow,
    ForumRow,
    MetaRow,
    SessionRow,
    SourceRow,
    SpeakerRow,
)
from forumguide.catalog.text import fold
from forumguide.domain.model import Link, Programme
from forumguide.domain.text import to_plain_text

FTS_TOKENIZER = "unicode61 remove_diacritics 2"

_FTS_TABLES = (
    f"CREATE VIRTUAL TABLE session_fts USING fts5("
    f"title, people, place, body, guid UNINDEXED, tokenize='{FTS_TOKENIZER}')",
    f"CREATE VIRTUAL TABLE speaker_fts USING fts5("
    f"name, affiliation, bio, slug UNINDEXED, tokenize='{FTS_TOKENIZER}')",
)


def _json(values: Sequence[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def _links(links: Iterable[Link]) -> str:
    return json.dumps(
        [{"url": link.url, "title": link.title} for link in links], ensure_ascii=False
    )


def build_catalog(programme: Programme, destination: Path, *, catalog_id: str, title: str) -> Path:
    """Write ``programme`` to ``destination`` (replacing it atomically) and return the path."""
    destination = destination.resolve()
    destination.parent.mkdir(parents=True, exist_ok=True)
    temp_path = destination.with_name(f".{destination.name}.{uuid.uuid4().hex}.part")
    try:
        _write(programme, temp_path, catalog_id=catalog_id, title=title)
        temp_path.replace(destination)
    except BaseException:
        with suppress(FileNotFoundError):
            temp_path.unlink()
        raise
    return destination


def _write(programme: Programme, path: Path, *, catalog_id: str, title: str) -> None:
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("PRAGMA journal_mode=DELETE")
            CatalogBase.metadata.create_all(connection)
            for statement in _FTS_TABLES:
                connection.exec_driver_sql(statement)
            _insert_rows(connection, programme, catalog_id=catalog_id, title=title)
            connection.exec_driver_sql(f"PRAGMA user_version={CATALOG_SCHEMA_VERSION}")
        with engine.connect() as connection:
            connection.exec_driver_sql("INSERT INTO session_fts(session_fts) VALUES ('optimize')")
            connection.exec_driver_sql("INSERT INTO speaker_fts(speaker_fts) VALUES ('optimize')")
            connection.commit()
            connection.exec_driver_sql("VACUUM")
    finally:
        engine.dispose()


def _insert_rows(
    connection: Connection, programme: Programme, *, catalog_id: str, title: str
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
            }
            for position, f in enumerate(programme.forums)
        ],
    )
    if programme.speakers:
        connection.execute(
            insert(SpeakerRow),
            [
                {
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
                for p in programme.speakers
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
    _insert_sessions(connection, programme)
    _index(connection, programme)


def _insert_sessions(connection: Connection, programme: Programme) -> None:
    if not programme.sessions:
        return
    connection.execute(
        insert(SessionRow),
        [
            {
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
            }
            for s in programme.sessions
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
        for s in programme.sessions
        for position, a in enumerate(s.appearances)
    ]
    if appearances:
        connection.execute(insert(AppearanceRow), appearances)


def _index(connection: Connection, programme: Programme) -> None:
    names = {p.slug: p.name for p in programme.speakers}
    session_rows = [
        {
            "title": fold(f"{s.title} {s.subtitle}".strip()),
            "people": fold(" ".join(names.get(a.speaker_slug, "") for a in s.appearances)),
            "place": fold(" ".join(part for part in (s.room, s.track, s.format) if part)),
            "body": fold(to_plain_text(s.description, s.description_format)),
            "guid": s.guid,
        }
        for s in programme.sessions
    ]
    if session_rows:
        connection.execute(
            text(
                "INSERT INTO session_fts(title, people, place, body, guid) "
                "VALUES (:title, :people, :place, :body, :guid)"
            ),
            session_rows,
        )
    speaker_rows = [
        {
            "name": fold(p.name),
            "affiliation": fold(f"{p.affiliation} {p.country}".strip()),
            "bio": fold(to_plain_text(p.bio, p.bio_format)),
            "slug": p.slug,
        }
        for p in programme.speakers
    ]
    if speaker_rows:
        connection.execute(
            text(
                "INSERT INTO speaker_fts(name, affiliation, bio, slug) "
                "VALUES (:name, :affiliation, :bio, :slug)"
            ),
            speaker_rows,
        )
