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
from enum import StrEnum
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


class PersonalFileProblem(StrEnum):
    """Why a personal-data file cannot be imported; the facts that apply are named."""

    TOO_LARGE = "too-large"
    """``size_mb`` over ``limit_mb``."""
    UNREADABLE = "unreadable"
    """The system could not read it: ``detail``."""
    NOT_TEXT = "not-text"
    MALFORMED = "malformed"
    """Not valid JSON at ``line``, ``column``."""
    TOO_DEEP = "too-deep"
    NOT_OURS = "not-ours"
    NO_VERSION = "no-version"
    TOO_NEW = "too-new"
    """Written in format ``version``, newer than this program reads."""
    NOT_A_LIST = "not-a-list"
    """``field`` is not a list."""
    BAD_RECORD = "bad-record"
    """Record ``number`` of ``record`` (``bookmark`` or ``note``) is wrong: ``record_problem``."""


class RecordProblem(StrEnum):
    """What is wrong with one bookmark, note or hidden item of a personal-data file."""

    NOT_AN_OBJECT = "not-an-object"
    NOT_TEXT = "not-text"
    """``field`` is not text."""
    EMPTY = "empty"
    """``field`` is empty."""
    NOT_A_MOMENT = "not-a-moment"
    """``field`` holds ``value``, which is not a date and time."""
    OUT_OF_YEARS = "out-of-years"
    """``field`` is in ``year``, outside the accepted years."""
    SNAPSHOT_NOT_AN_OBJECT = "snapshot-not-an-object"
    SNAPSHOT_NOT_A_DATE = "snapshot-not-a-date"
    SNAPSHOT_NOT_LOCAL = "snapshot-not-local"
    UNKNOWN_ZONE = "unknown-zone"
    """The snapshot's time zone ``value`` is not known here."""
    BAD_TARGET = "bad-target"
    """``target`` holds ``value``, neither ``session`` nor ``speaker``."""
    BAD_HIDDEN_KIND = "bad-hidden-kind"
    """A hidden item's ``kind`` holds ``value``, neither ``room``, ``track`` nor ``session``."""


@dataclass(frozen=True, slots=True)
class PersonalFileFacts:
    """The facts of a refusal, each empty (or 0) when it does not apply.

    Attributes:
        record: ``bookmark`` or ``note``.
        number: The record's position in its list (1-based).
        record_problem: What is wrong with the record.
        field: The key concerned.
        value: The value as the file gives it.
        year: The year of a date outside the accepted years.
        line: The line of a JSON error.
        column: The column of a JSON error.
        size_mb: The file's size in MB.
        limit_mb: The largest size accepted, in MB.
        version: The file's format version.
        detail: The system's own words.
    """

    record: str = ""
    number: int = 0
    record_problem: RecordProblem | None = None
    field: str = ""
    value: str = ""
    year: int = 0
    line: int = 0
    column: int = 0
    size_mb: int = 0
    limit_mb: int = 0
    version: int = 0
    detail: str = ""


class PersonalFileError(Exception):
    """The file cannot be imported; the message names the file and the problem.

    Attributes:
        source: The file's path or name.
        kind: What is wrong, for the window to word.
        facts: The facts behind ``kind``.
    """

    def __init__(
        self,
        message: str,
        kind: PersonalFileProblem,
        source: str | Path,
        facts: PersonalFileFacts | None = None,
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.source = str(source)
        self.facts = facts or PersonalFileFacts()


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
    """One record of the file is malformed; the text says how, ``facts`` what."""

    def __init__(
        self, message: str, problem: RecordProblem, field: str = "", value: str = "", year: int = 0
    ) -> None:
        super().__init__(message)
        self.facts = PersonalFileFacts(record_problem=problem, field=field, value=value, year=year)


def _text(record: Mapping[str, Any], name: str, *, required: bool = True) -> str:
    value = record.get(name)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise _RecordError(f"“{name}” must be text", RecordProblem.NOT_TEXT, name)
    if required and not value.strip():
        raise _RecordError(f"“{name}” must not be empty", RecordProblem.EMPTY, name)
    return without_lone_surrogates(value)


def _check_years(what: str, field: str, value: date | None) -> None:
    if value is not None and not in_years(value):
        raise _RecordError(
            outside_years(what, value), RecordProblem.OUT_OF_YEARS, field, year=value.year
        )


def _datetime(record: Mapping[str, Any], name: str) -> datetime:
    value = _text(record, name)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise _RecordError(
            f"“{name}” is not a date and time: {value!r}", RecordProblem.NOT_A_MOMENT, name, value
        ) from None
    # Checked as written, which keeps the move to UTC clear of Python's limits, and as stored.
    _check_years(f"“{name}” is", name, moment)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    moment = moment.astimezone(UTC).replace(microsecond=0)
    _check_years(f"“{name}” is", name, moment)
    return moment


def _snapshot(record: Mapping[str, Any]) -> SessionSnapshot:
    raw = record.get("snapshot")
    if raw is None:
        return SessionSnapshot()
    if not isinstance(raw, dict):
        raise _RecordError("“snapshot” must be an object", RecordProblem.SNAPSHOT_NOT_AN_OBJECT)
    day_text = raw.get("day")
    start_text = raw.get("start")
    try:
        day = date.fromisoformat(day_text) if day_text else None
        start = datetime.fromisoformat(start_text) if start_text else None
    except (TypeError, ValueError):
        raise _RecordError(
            "the snapshot's “day” or “start” is not a date", RecordProblem.SNAPSHOT_NOT_A_DATE
        ) from None
    if start is not None and start.tzinfo is not None:
        raise _RecordError(
            "the snapshot's “start” must be a local wall time", RecordProblem.SNAPSHOT_NOT_LOCAL
        )
    _check_years("the snapshot's “day” is", "snapshot.day", day)
    _check_years("the snapshot's “start” is", "snapshot.start", start)
    zone = _text(raw, "timezone", required=False)
    if zone and not is_known_zone(zone):
        raise _RecordError(
            f"the snapshot's time zone {zone!r} is not a known zone",
            RecordProblem.UNKNOWN_ZONE,
            "snapshot.timezone",
            zone,
        )
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
        raise _RecordError("it is not an object", RecordProblem.NOT_AN_OBJECT)
    return Bookmark(
        session_guid=_text(record, "session_guid"),
        forum_slug=_text(record, "forum_slug", required=False),
        created_at=_datetime(record, "created_at"),
        snapshot=_snapshot(record),
    )


def _note(record: Any) -> Note:
    if not isinstance(record, dict):
        raise _RecordError("it is not an object", RecordProblem.NOT_AN_OBJECT)
    target = _text(record, "target")
    try:
        note_target = NoteTarget(target)
    except ValueError:
        raise _RecordError(
            f"“target” must be “session” or “speaker”, not {target!r}",
            RecordProblem.BAD_TARGET,
            "target",
            target,
        ) from None
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
        raise _RecordError("it is not an object", RecordProblem.NOT_AN_OBJECT)
    kind = _text(record, "kind")
    try:
        hidden_kind = HiddenKind(kind)
    except ValueError:
        raise _RecordError(
            f"“kind” must be “room”, “track” or “session”, not {kind!r}",
            RecordProblem.BAD_HIDDEN_KIND,
            "kind",
            kind,
        ) from None
    return HiddenItem(
        forum_slug=_text(record, "forum_slug"),
        kind=hidden_kind,
        value=_text(record, "value"),
        label=_text(record, "label", required=False),
    )


def _records(values: list[Any], parse: Callable[[Any], T], name: str, record: str) -> tuple[T, ...]:
    parsed = []
    for number, value in enumerate(values, start=1):
        try:
            parsed.append(parse(value))
        except _RecordError as problem:
            raise PersonalFileError(
                f"{name}: {record} {number}: {problem}.",
                PersonalFileProblem.BAD_RECORD,
                name,
                replace(problem.facts, record=record, number=number),
            ) from None
    return tuple(parsed)


def parse_personal_document(document: Any, name: str) -> PersonalRecords:
    """Check a decoded personal-data document and return its records.

    Raises:
        PersonalFileError: anything in it is wrong; ``name`` is used in the message.
    """
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise PersonalFileError(
            f"{name} is not a ForumGuide personal-data file.", PersonalFileProblem.NOT_OURS, name
        )
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PersonalFileError(
            f"{name} has no valid format version.", PersonalFileProblem.NO_VERSION, name
        )
    if version > FORMAT_VERSION:
        raise PersonalFileError(
            f"{name} was written by a newer version of ForumGuide (format version {version}); "
            f"this version reads format version {FORMAT_VERSION}. Update ForumGuide to import it.",
            PersonalFileProblem.TOO_NEW,
            name,
            PersonalFileFacts(version=version),
        )
    lists: dict[str, list[Any]] = {}
    for key in ("bookmarks", "notes", "hidden"):
        value = document.get(key, [])
        if not isinstance(value, list):
            raise PersonalFileError(
                f"{name}: “{key}” must be a list.",
                PersonalFileProblem.NOT_A_LIST,
                name,
                PersonalFileFacts(field=key),
            )
        lists[key] = value
    bookmarks = _records(lists["bookmarks"], _bookmark, name, "bookmark")
    notes = _records(lists["notes"], _note, name, "note")
    hidden = _records(lists["hidden"], _hidden, name, "hidden item")
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
            size_mb, limit_mb = size // (1024 * 1024), MAX_FILE_BYTES // (1024 * 1024)
            raise PersonalFileError(
                f"{path} is too large for a personal-data file ({size_mb} MB; "
                f"the limit is {limit_mb} MB).",
                PersonalFileProblem.TOO_LARGE,
                path,
                PersonalFileFacts(size_mb=size_mb, limit_mb=limit_mb),
            )
        raw = path.read_bytes()
    except OSError as error:
        reason = str(error.strerror or error)
        raise PersonalFileError(
            f"{path} could not be read: {reason}.",
            PersonalFileProblem.UNREADABLE,
            path,
            PersonalFileFacts(detail=reason),
        ) from error
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise PersonalFileError(
            f"{path} is not a text file.", PersonalFileProblem.NOT_TEXT, path
        ) from None
    except json.JSONDecodeError as error:
        raise PersonalFileError(
            f"{path} is damaged or incomplete (not valid JSON at line {error.lineno}, "
            f"column {error.colno}).",
            PersonalFileProblem.MALFORMED,
            path,
            PersonalFileFacts(line=error.lineno, column=error.colno),
        ) from None
    except RecursionError:
        raise PersonalFileError(
            f"{path} is nested too deeply to be a personal-data file.",
            PersonalFileProblem.TOO_DEEP,
            path,
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
