"""The personal-data file: a delegate's bookmarks, notes and hidden rooms, tracks and sessions,
to move them to another computer.

The file is JSON with a format name and a version. Version 2 added the hidden items; a version
1 file is read as hiding nothing. Reading it checks everything before anything
is handed on, so a malformed, foreign or too-new file is refused with a message that names the
file and the problem; a date or time outside the years the app accepts (see :mod:`.limits`) is
such a problem. Lone UTF-16 surrogates, which a JSON escape can carry but UTF-8 and SQLite
cannot, become U+FFFD when the file is written and when it is read.

Merging keeps every word of every note: when both computers have a note on the same session or
person with different texts, both texts are kept, the newer first, with a separator line
between them; the same text on both sides is kept once. A bookmark or hidden item is added
where it is missing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

from forumguide import __version__
from forumguide.domain.hidden import HiddenItem, HiddenKind
from forumguide.domain.model import Bookmark, Note, NoteTarget, SessionSnapshot
from forumguide.domain.timezones import is_known_zone
from forumguide.interchange.atomic import write_atomically
from forumguide.interchange.limits import in_years, outside_years, without_lone_surrogates

T = TypeVar("T")

FORMAT_NAME = "forumguide-personal-data"
FORMAT_VERSION = 2
MAX_FILE_BYTES = 64 * 1024 * 1024
# Put between two versions of the same note when both are kept.
NOTE_SEPARATOR = "\n\n— — —\n\n"


class PersonalFileError(Exception):
    """The file cannot be imported; the message names the file and the problem."""


@dataclass(frozen=True, slots=True)
class PersonalRecords:
    """What a personal-data file holds."""

    bookmarks: tuple[Bookmark, ...]
    notes: tuple[Note, ...]
    exported_at: datetime | None = None
    hidden: tuple[HiddenItem, ...] = ()


@dataclass(frozen=True, slots=True)
class MergeReport:
    """What an import changed."""

    bookmarks_added: int
    notes_added: int
    notes_merged: int
    unchanged: int
    hidden_added: int = 0

    @property
    def changed(self) -> bool:
        return bool(
            self.bookmarks_added or self.notes_added or self.notes_merged or self.hidden_added
        )


# Writing -------------------------------------------------------------------------------------


def _moment(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).replace(microsecond=0).isoformat()


def _snapshot_json(snapshot: SessionSnapshot) -> dict[str, Any]:
    return {
        "title": snapshot.title,
        "forum_name": snapshot.forum_name,
        "timezone": snapshot.timezone,
        "day": snapshot.day.isoformat() if snapshot.day else None,
        "start": snapshot.start.isoformat(timespec="minutes") if snapshot.start else None,
        "room": snapshot.room,
    }


def _repaired(value: Any) -> Any:
    """``value`` with the lone surrogates of every text in it replaced."""
    if isinstance(value, str):
        return without_lone_surrogates(value)
    if isinstance(value, dict):
        return {key: _repaired(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_repaired(item) for item in value]
    return value


def personal_document(
    bookmarks: Iterable[Bookmark],
    notes: Iterable[Note],
    exported_at: datetime | None = None,
    hidden: Iterable[HiddenItem] = (),
) -> dict[str, Any]:
    """The JSON document of a personal-data file (empty notes are left out)."""
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "generator": f"ForumGuide {__version__}",
        "exported_at": _moment(exported_at or datetime.now(UTC)),
        "bookmarks": [
            {
                "session_guid": bookmark.session_guid,
                "forum_slug": bookmark.forum_slug,
                "created_at": _moment(bookmark.created_at),
                "snapshot": _snapshot_json(bookmark.snapshot),
            }
            for bookmark in bookmarks
        ],
        "notes": [
            {
                "target": note.target.value,
                "forum_slug": note.forum_slug,
                "key": note.key,
                "text": note.text,
                "updated_at": _moment(note.updated_at),
                "snapshot": _snapshot_json(note.snapshot),
            }
            for note in notes
            if note.text.strip()
        ],
        "hidden": [
            {
                "forum_slug": item.forum_slug,
                "kind": item.kind.value,
                "value": item.value,
                "label": item.label,
            }
            for item in hidden
        ],
    }
    repaired: dict[str, Any] = _repaired(document)
    return repaired


def write_personal_file(
    path: Path,
    bookmarks: Iterable[Bookmark],
    notes: Iterable[Note],
    hidden: Iterable[HiddenItem] = (),
) -> tuple[int, int]:
    """Write the bookmarks, notes and hidden items to ``path`` atomically; returns how many
    bookmarks and notes.

    Raises:
        ExportError: the file could not be written; nothing was left behind.
    """
    document = personal_document(bookmarks, notes, hidden=hidden)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    write_atomically(path, text)
    return len(document["bookmarks"]), len(document["notes"])


# Reading -------------------------------------------------------------------------------------


class _RecordError(ValueError):
    """One record of the file is malformed; the text says how."""


def _text(record: Mapping[str, Any], name: str, *, required: bool = True) -> str:
    value = record.get(name)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise _RecordError(f"“{name}” must be text")
    if required and not value.strip():
        raise _RecordError(f"“{name}” must not be empty")
    return without_lone_surrogates(value)


def _check_years(what: str, value: date | None) -> None:
    if value is not None and not in_years(value):
        raise _RecordError(outside_years(what, value))


def _datetime(record: Mapping[str, Any], name: str) -> datetime:
    value = _text(record, name)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise _RecordError(f"“{name}” is not a date and time: {value!r}") from None
    # Checked as written, which keeps the move to UTC clear of Python's limits, and as stored.
    _check_years(f"“{name}” is", moment)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    moment = moment.astimezone(UTC).replace(microsecond=0)
    _check_years(f"“{name}” is", moment)
    return moment


def _snapshot(record: Mapping[str, Any]) -> SessionSnapshot:
    raw = record.get("snapshot")
    if raw is None:
        return SessionSnapshot()
    if not isinstance(raw, dict):
        raise _RecordError("“snapshot” must be an object")
    day_text = raw.get("day")
    start_text = raw.get("start")
    try:
        day = date.fromisoformat(day_text) if day_text else None
        start = datetime.fromisoformat(start_text) if start_text else None
    except (TypeError, ValueError):
        raise _RecordError("the snapshot's “day” or “start” is not a date") from None
    if start is not None and start.tzinfo is not None:
        raise _RecordError("the snapshot's “start” must be a local wall time")
    _check_years("the snapshot's “day” is", day)
    _check_years("the snapshot's “start” is", start)
    zone = _text(raw, "timezone", required=False)
    if zone and not is_known_zone(zone):
        raise _RecordError(f"the snapshot's time zone {zone!r} is not a known zone")
    return SessionSnapshot(
        title=_text(raw, "title", required=False),
        forum_name=_text(raw, "forum_name", required=False),
        timezone=zone,
        day=day,
        start=start,
        room=_text(raw, "room", required=False),
    )


def _bookmark(record: Any) -> Bookmark:
    if not isinstance(record, dict):
        raise _RecordError("it is not an object")
    return Bookmark(
        session_guid=_text(record, "session_guid"),
        forum_slug=_text(record, "forum_slug", required=False),
        created_at=_datetime(record, "created_at"),
        snapshot=_snapshot(record),
    )


def _note(record: Any) -> Note:
    if not isinstance(record, dict):
        raise _RecordError("it is not an object")
    target = _text(record, "target")
    try:
        note_target = NoteTarget(target)
    except ValueError:
        raise _RecordError(f"“target” must be “session” or “speaker”, not {target!r}") from None
    # Files written before notes named their forum have none: the session's forum is found
    # when they are merged.
    forum = _text(record, "forum_slug", required=False)
    return Note(
        target=note_target,
        key=_text(record, "key"),
        text=_text(record, "text", required=False),
        updated_at=_datetime(record, "updated_at"),
        snapshot=_snapshot(record),
        forum_slug=forum if note_target is NoteTarget.SESSION else "",
    )


def _hidden(record: Any) -> HiddenItem:
    if not isinstance(record, dict):
        raise _RecordError("it is not an object")
    kind = _text(record, "kind")
    try:
        hidden_kind = HiddenKind(kind)
    except ValueError:
        raise _RecordError(f"“kind” must be “room”, “track” or “session”, not {kind!r}") from None
    return HiddenItem(
        forum_slug=_text(record, "forum_slug"),
        kind=hidden_kind,
        value=_text(record, "value"),
        label=_text(record, "label", required=False),
    )


def _records(values: list[Any], parse: Callable[[Any], T], label: str) -> tuple[T, ...]:
    parsed = []
    for number, value in enumerate(values, start=1):
        try:
            parsed.append(parse(value))
        except _RecordError as problem:
            raise PersonalFileError(f"{label} {number}: {problem}.") from None
    return tuple(parsed)


def parse_personal_document(document: Any, name: str) -> PersonalRecords:
    """Check a decoded personal-data document and return its records.

    Raises:
        PersonalFileError: anything in it is wrong; ``name`` is used in the message.
    """
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise PersonalFileError(f"{name} is not a ForumGuide personal-data file.")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PersonalFileError(f"{name} has no valid format version.")
    if version > FORMAT_VERSION:
        raise PersonalFileError(
            f"{name} was written by a newer version of ForumGuide (format version {version}); "
            f"this version reads format version {FORMAT_VERSION}. Update ForumGuide to import it."
        )
    lists: dict[str, list[Any]] = {}
    for key in ("bookmarks", "notes", "hidden"):
        value = document.get(key, [])
        if not isinstance(value, list):
            raise PersonalFileError(f"{name}: “{key}” must be a list.")
        lists[key] = value
    bookmarks = _records(lists["bookmarks"], _bookmark, f"{name}: bookmark")
    notes = _records(lists["notes"], _note, f"{name}: note")
    hidden = _records(lists["hidden"], _hidden, f"{name}: hidden item")
    exported_at: datetime | None = None
    if isinstance(document.get("exported_at"), str):
        try:
            exported_at = _datetime(document, "exported_at")
        except _RecordError:
            # Only informative: one that is unreadable or outside the years is left out.
            exported_at = None
    return PersonalRecords(bookmarks, notes, exported_at, hidden)


def read_personal_file(path: Path) -> PersonalRecords:
    """Read and check a personal-data file; nothing is changed anywhere.

    Raises:
        PersonalFileError: the file is missing, too large, not JSON, not ours, too new, or has
            a malformed record.
    """
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise PersonalFileError(
                f"{path} is too large for a personal-data file ({size // (1024 * 1024)} MB; "
                f"the limit is {MAX_FILE_BYTES // (1024 * 1024)} MB)."
            )
        raw = path.read_bytes()
    except OSError as error:
        raise PersonalFileError(f"{path} could not be read: {error.strerror or error}.") from error
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise PersonalFileError(f"{path} is not a text file.") from None
    except json.JSONDecodeError as error:
        raise PersonalFileError(
            f"{path} is damaged or incomplete (not valid JSON at line {error.lineno}, "
            f"column {error.colno})."
        ) from None
    except RecursionError:
        raise PersonalFileError(
            f"{path} is nested too deeply to be a personal-data file."
        ) from None
    return parse_personal_document(document, str(path))


# Merging -------------------------------------------------------------------------------------


def _parts(text: str) -> list[str]:
    return [part.strip() for part in text.split(NOTE_SEPARATOR.strip()) if part.strip()]


def combine_notes(here: Note, incoming: Note) -> Note:
    """The note to keep when both sides have one on the same session or person.

    Nothing is dropped: the text here is kept exactly, and each part of the incoming text that
    is not already in it is added, before it when the incoming note is newer, after it
    otherwise. Importing the same file twice therefore changes nothing the second time.
    """
    present = set(_parts(here.text)) | {here.text.strip()}
    if incoming.text.strip() in present:
        return here
    fresh = [part for part in _parts(incoming.text) if part not in present]
    if not fresh:
        return here
    added = NOTE_SEPARATOR.join(fresh)
    if incoming.updated_at > here.updated_at:
        text = added + NOTE_SEPARATOR + here.text.strip()
    else:
        text = here.text.strip() + NOTE_SEPARATOR + added
    snapshot = here.snapshot if here.snapshot.title else incoming.snapshot
    return replace(
        here, text=text, updated_at=max(here.updated_at, incoming.updated_at), snapshot=snapshot
    )


def merge_report(counts: Sequence[int], records: PersonalRecords) -> MergeReport:
    """A report from the store's (bookmarks added, notes added, notes merged, hidden items
    added) counts."""
    bookmarks_added, notes_added, notes_merged, hidden_added = counts
    total = len(records.bookmarks) + sum(1 for n in records.notes if n.text.strip())
    unchanged = max(total - bookmarks_added - notes_added - notes_merged, 0)
    return MergeReport(bookmarks_added, notes_added, notes_merged, unchanged, hidden_added)
