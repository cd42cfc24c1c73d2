"""SQLAlchemy models of the personal store, on :class:`UserBase`.

Rows point at the programme by stable ids (session guid, speaker slug), never row ids, and keep
a snapshot of what the session was so that it can still be shown if a programme update drops it.
"""

from __future__ import annotations

from sqlalchemy import Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UserBase(DeclarativeBase):
    """Base of every table in the personal store."""


class SnapshotColumns:
    """What is remembered of a session when it is bookmarked or annotated."""

    snap_title: Mapped[str] = mapped_column(Text, default="")
    snap_forum_name: Mapped[str] = mapped_column(Text, default="")
    snap_timezone: Mapped[str] = mapped_column(String, default="")
    snap_day: Mapped[str | None] = mapped_column(String, nullable=True)
    snap_start: Mapped[str | None] = mapped_column(String, nullable=True)
    snap_room: Mapped[str] = mapped_column(Text, default="")


class BookmarkRow(SnapshotColumns, UserBase):
    """A bookmark, on a session of one forum: the same guid in another forum is another one."""

    __tablename__ = "bookmark"

    forum_slug: Mapped[str] = mapped_column(String, primary_key=True)
    session_guid: Mapped[str] = mapped_column(String, primary_key=True)
    created_at: Mapped[str] = mapped_column(String)


# The beginning of a note kept beside it, for lists and for notes too long to edit.
BEGINNING_CHARACTERS = 2000


class NoteRow(SnapshotColumns, UserBase):
    """A note on a session of one forum, or on a person (with an empty forum).

    The text comes last in the row and its length and beginning are kept before it: SQLite then
    reads what lists show without reading a long note's overflow pages.
    """

    __tablename__ = "note"
    __table_args__ = (UniqueConstraint("target", "forum_slug", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    target: Mapped[str] = mapped_column(String)
    forum_slug: Mapped[str] = mapped_column(String, default="", server_default="")
    key: Mapped[str] = mapped_column(String)
    updated_at: Mapped[str] = mapped_column(String)
    length: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    beginning: Mapped[str] = mapped_column(Text, default="", server_default="")
    # When the note was first written; empty for a note older than the record of it.
    created_at: Mapped[str] = mapped_column(String, default="", server_default="")
    body: Mapped[str] = mapped_column(Text, sort_order=1)

    def set_text(self, text: str) -> None:
        self.body = text
        self.length = len(text)
        self.beginning = text[:BEGINNING_CHARACTERS]


class DeletedNoteRow(SnapshotColumns, UserBase):
    """A deleted note, kept whole while its deletion can still be undone.

    The store empties this table when it opens: by then nothing can undo a deletion.
    """

    __tablename__ = "deleted_note"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    target: Mapped[str] = mapped_column(String)
    forum_slug: Mapped[str] = mapped_column(String, default="", server_default="")
    key: Mapped[str] = mapped_column(String)
    created_at: Mapped[str] = mapped_column(String, default="", server_default="")
    updated_at: Mapped[str] = mapped_column(String)
    deleted_at: Mapped[str] = mapped_column(String)
    body: Mapped[str] = mapped_column(Text, sort_order=1)


class HiddenRow(UserBase):
    """A room, a track or a session that the delegate hid in one forum's lists."""

    __tablename__ = "hidden"

    forum_slug: Mapped[str] = mapped_column(String, primary_key=True)
    kind: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(String, primary_key=True)
    label: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[str] = mapped_column(String)
