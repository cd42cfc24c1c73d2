"""Values going into and coming out of the store's rows, checked so that bad data never stops
reading and text that UTF-8 cannot hold never stops writing.

SQLite keeps whatever a row was given: another program, a damaged page or an older bug may leave
"garbage" in a time stamp, a year 9999 that no time-zone arithmetic survives, a number or bytes
where text belongs. Such a value is read as a safe stand-in (no day, no start, the Unix epoch for
a time stamp) and logged once, so one bad row never hides the others.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import TypeVar

from forumguide.domain.hidden import HiddenItem, HiddenKind
from forumguide.domain.model import Bookmark, Note, NoteSummary, NoteTarget, SessionSnapshot

log = logging.getLogger(__name__)

T = TypeVar("T", date, datetime)

EARLIEST_YEAR = 1900
LATEST_YEAR = 2200
# What a time stamp that cannot be read becomes: clearly not a real moment, and safe to convert.
UNKNOWN_MOMENT = datetime(1970, 1, 1, tzinfo=UTC)

SNAPSHOT_COLUMNS = (
    "snap_title",
    "snap_forum_name",
    "snap_timezone",
    "snap_day",
    "snap_start",
    "snap_room",
)
NOTE_COLUMNS = (
    "target",
    "forum_slug",
    "key",
    "body",
    "updated_at",
    "created_at",
    *SNAPSHOT_COLUMNS,
)
SUMMARY_COLUMNS = (
    "target",
    "forum_slug",
    "key",
    "beginning",
    "length",
    "updated_at",
    "created_at",
    *SNAPSHOT_COLUMNS,
)
BOOKMARK_COLUMNS = ("session_guid", "forum_slug", "created_at", *SNAPSHOT_COLUMNS)
HIDDEN_COLUMNS = ("forum_slug", "kind", "value", "label")


def clean_text(text: str) -> str:
    """``text`` as UTF-8 can store it: a lone surrogate becomes U+FFFD, a split pair one character.

    Text pasted from some programs or decoded with ``surrogateescape`` may hold surrogates;
    SQLite's driver refuses them with UnicodeEncodeError.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def decode_text(data: bytes) -> str:
    """SQLite's text as Python text, with bytes that are not UTF-8 replaced rather than refused."""
    return data.decode("utf-8", "replace")


@functools.lru_cache(maxsize=256)
def _warn_once(field: str, shown: str) -> None:
    log.warning("unreadable %s in the personal store: %s; read as a safe value", field, shown)


def _warn(field: str, value: object) -> None:
    _warn_once(field, repr(value)[:80])


def stored_text(value: object) -> str:
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).decode("utf-8", "replace")
    return str(value)


def _in_range(year: int) -> bool:
    return EARLIEST_YEAR <= year <= LATEST_YEAR


def stored_moment(value: object, field: str) -> datetime:
    """A time stamp as an aware UTC datetime; one without an offset was written in UTC."""
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            moment = None
        if moment is not None and _in_range(moment.year):
            if moment.tzinfo is None:
                return moment.replace(tzinfo=UTC)
            return moment.astimezone(UTC)
    _warn(field, value)
    return UNKNOWN_MOMENT


def stored_creation(value: object) -> datetime | None:
    """When a note was first written, or None when the store does not know (an empty value)."""
    if value is None or value == "":
        return None
    return stored_moment(value, "note creation time")


def _stored(value: object, field: str, kind: type[T]) -> T | None:
    """A day or a start as stored (ISO text), or None if absent, unreadable or out of range."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            parsed: T | None = kind.fromisoformat(value)
        except ValueError:
            parsed = None
        if parsed is not None and _in_range(parsed.year):
            return parsed
    _warn(field, value)
    return None


def stored_day(value: object, field: str) -> date | None:
    return _stored(value, field, date)


def stored_start(value: object, field: str) -> datetime | None:
    """A session's start as stored: local wall-clock time, kept as it was written."""
    return _stored(value, field, datetime)


def snapshot_from(values: Mapping[str, object]) -> SessionSnapshot:
    return SessionSnapshot(
        title=stored_text(values.get("snap_title")),
        forum_name=stored_text(values.get("snap_forum_name")),
        timezone=stored_text(values.get("snap_timezone")),
        day=stored_day(values.get("snap_day"), "session day"),
        start=stored_start(values.get("snap_start"), "session start"),
        room=stored_text(values.get("snap_room")),
    )


def bookmark_from(values: Mapping[str, object]) -> Bookmark:
    return Bookmark(
        session_guid=stored_text(values.get("session_guid")),
        forum_slug=stored_text(values.get("forum_slug")),
        created_at=stored_moment(values.get("created_at"), "bookmark time"),
        snapshot=snapshot_from(values),
    )


def hidden_from(values: Mapping[str, object]) -> HiddenItem | None:
    """The hidden room, track or session a row holds; None for a kind this version does not
    know (a newer version's, kept in the store)."""
    kind = stored_text(values.get("kind"))
    try:
        hidden_kind = HiddenKind(kind)
    except ValueError:
        return None
    return HiddenItem(
        stored_text(values.get("forum_slug")),
        hidden_kind,
        stored_text(values.get("value")),
        stored_text(values.get("label")),
    )


def note_from(values: Mapping[str, object]) -> Note | None:
    """The note a row holds; None for a row about something this version does not know."""
    target = stored_text(values.get("target"))
    try:
        kind = NoteTarget(target)
    except ValueError:
        _warn("note target", target)
        return None
    return Note(
        target=kind,
        key=stored_text(values.get("key")),
        text=stored_text(values.get("body")),
        updated_at=stored_moment(values.get("updated_at"), "note time"),
        snapshot=snapshot_from(values),
        forum_slug=stored_text(values.get("forum_slug")) if kind is NoteTarget.SESSION else "",
        created_at=stored_creation(values.get("created_at")),
    )


def summary_from(values: Mapping[str, object]) -> NoteSummary | None:
    """What lists show of the note a row holds; None for a row about something unknown."""
    target = stored_text(values.get("target"))
    try:
        kind = NoteTarget(target)
    except ValueError:
        _warn("note target", target)
        return None
    length = values.get("length")
    return NoteSummary(
        target=kind,
        key=stored_text(values.get("key")),
        beginning=stored_text(values.get("beginning")),
        length=length if isinstance(length, int) and length >= 0 else 0,
        updated_at=stored_moment(values.get("updated_at"), "note time"),
        snapshot=snapshot_from(values),
        forum_slug=stored_text(values.get("forum_slug")) if kind is NoteTarget.SESSION else "",
        created_at=stored_creation(values.get("created_at")),
    )
