"""SQLAlchemy models of a catalog file (the programme), on :class:`CatalogBase`.

Lists (sources, organisers, links) are stored as JSON text: they are always read whole with
their row. The full-text indexes are FTS5 tables created by :mod:`forumguide.catalog.builder`.

Sessions and people are numbered in the order the app lists them (``id``): sessions by forum,
day and time, people by name. A list can then be a range or an ordered array of ids, and a
search result is ordered by id without sorting; the full-text rows carry the same ids.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class CatalogBase(DeclarativeBase):
    """Base of every table in a catalog file."""


class MetaRow(CatalogBase):
    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SourceRow(CatalogBase):
    __tablename__ = "source"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    document: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[str | None] = mapped_column(String)
    url: Mapped[str] = mapped_column(Text, default="")
    title_is_descriptive: Mapped[int] = mapped_column(Integer, default=0)


class ForumRow(CatalogBase):
    __tablename__ = "forum"

    slug: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    series: Mapped[str] = mapped_column(Text, default="")
    edition: Mapped[str] = mapped_column(Text, default="")
    theme: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[str | None] = mapped_column(String)
    end_date: Mapped[str | None] = mapped_column(String)
    dates_text: Mapped[str] = mapped_column(Text, default="")
    timezone: Mapped[str] = mapped_column(String)
    city: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(Text, default="")
    venue: Mapped[str] = mapped_column(Text, default="")
    organisers: Mapped[str] = mapped_column(Text, default="[]")
    url: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    description_format: Mapped[str] = mapped_column(String, default="plain")
    source_keys: Mapped[str] = mapped_column(Text, default="[]")
    # Why the forum's year is inferred; empty when a document states it.
    year_inferred: Mapped[str] = mapped_column(Text, default="")


class SpeakerRow(CatalogBase):
    __tablename__ = "speaker"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String, unique=True)
    name: Mapped[str] = mapped_column(Text)
    sort_name: Mapped[str] = mapped_column(Text, default="")
    search_name: Mapped[str] = mapped_column(Text, default="")
    affiliation: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(Text, default="")
    bio: Mapped[str] = mapped_column(Text, default="")
    bio_format: Mapped[str] = mapped_column(String, default="plain")
    links: Mapped[str] = mapped_column(Text, default="[]")
    source_keys: Mapped[str] = mapped_column(Text, default="[]")


class SessionRow(CatalogBase):
    __tablename__ = "session"
    __table_args__ = (
        Index("ix_session_forum_day_start", "forum_slug", "day", "start"),
        # A forum's sessions in each order read from an index alone, without sorting.
        Index("ix_session_forum_title", "forum_slug", "title_order"),
        Index("ix_session_forum_people", "forum_slug", "people_order"),
        Index("ix_session_forum_track", "forum_slug", "track_order"),
        Index("ix_session_forum_room", "forum_slug", "room_order"),
        # The sessions in the rooms and tracks a delegate hid, found without a scan.
        Index("ix_session_room", "room"),
        Index("ix_session_track", "track"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guid: Mapped[str] = mapped_column(String, unique=True)
    forum_slug: Mapped[str] = mapped_column(ForeignKey("forum.slug"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    title_is_descriptive: Mapped[int] = mapped_column(Integer, default=0)
    subtitle: Mapped[str] = mapped_column(Text, default="")
    day: Mapped[str | None] = mapped_column(String)
    start: Mapped[str | None] = mapped_column(String)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    room: Mapped[str] = mapped_column(Text, default="")
    track: Mapped[str] = mapped_column(Text, default="")
    format: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    description_format: Mapped[str] = mapped_column(String, default="plain")
    url: Mapped[str] = mapped_column(Text, default="")
    links: Mapped[str] = mapped_column(Text, default="[]")
    source_keys: Mapped[str] = mapped_column(Text, default="[]")
    # The names of the people in the session, in billing order, as one line for lists.
    people: Mapped[str] = mapped_column(Text, default="")
    co_organisers: Mapped[str] = mapped_column(Text, default="[]")
    # Each session's place when the catalog's sessions are sorted by title, by their people
    # (family names), by track or by room: lists sort by a number instead of comparing text.
    title_order: Mapped[int] = mapped_column(Integer, default=0)
    people_order: Mapped[int] = mapped_column(Integer, default=0)
    track_order: Mapped[int] = mapped_column(Integer, default=0)
    room_order: Mapped[int] = mapped_column(Integer, default=0)


class AppearanceRow(CatalogBase):
    __tablename__ = "appearance"
    __table_args__ = (Index("ix_appearance_speaker", "speaker_slug"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_guid: Mapped[str] = mapped_column(ForeignKey("session.guid"))
    speaker_slug: Mapped[str] = mapped_column(ForeignKey("speaker.slug"))
    position: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(Text, default="speaker")
    billed_title: Mapped[str] = mapped_column(Text, default="")
    source_keys: Mapped[str] = mapped_column(Text, default="[]")


class ForumRoleRow(CatalogBase):
    __tablename__ = "forum_role"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    forum_slug: Mapped[str] = mapped_column(ForeignKey("forum.slug"))
    speaker_slug: Mapped[str] = mapped_column(ForeignKey("speaker.slug"))
    position: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(Text)
    billed_title: Mapped[str] = mapped_column(Text, default="")
    source_keys: Mapped[str] = mapped_column(Text, default="[]")


class FacetRow(CatalogBase):
    """A value a forum's sessions can be filtered by (a track, a room, a format, a language),
    in order."""

    __tablename__ = "facet"

    forum_slug: Mapped[str] = mapped_column(ForeignKey("forum.slug"), primary_key=True)
    kind: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[str] = mapped_column(Text)
