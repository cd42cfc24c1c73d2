"""Salvage: what a set-aside store, or a backup that could not be restored, holds and the live
store lacks, as domain records the user can take back.

The file is never opened by SQLite where it lies, so nothing can change it. Its bytes are read
into memory, the pages of its write-ahead log that pass their checksums are laid over them
(:func:`forumguide.personal.wal.committed_pages`), and SQLite reads that image through
``deserialize``. Rows are read by ranges of row ids, and a range that fails is split until only
the rows on a bad page are left out, so one damaged page does not cost the rest.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from forumguide.domain.hidden import HiddenItem
from forumguide.domain.model import Bookmark, Note, NoteTarget
from forumguide.personal import values, wal

log = logging.getLogger(__name__)

# Larger files are read where they lie, read-only and without their log, instead of in memory.
MAX_IN_MEMORY = 256 * 1024 * 1024
ROWS_PER_READ = 64
# With the highest row id unreadable, reading stops after this many empty ranges in a row.
EMPTY_RANGES_TO_STOP = 64
_SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class Salvage:
    """Notes, bookmarks and hidden items found in other files that the live store lacks or
    holds differently.

    ``notes`` holds each note as the other file has it (newest first); ``bookmarks`` the
    bookmarks the live store does not have, ``hidden`` the rooms, tracks and sessions hidden
    there and not here. ``unreadable_rows`` counts row ids that could not
    be read, ``lost_log_frames`` log frames whose pages failed their checksums, and ``problems``
    says, one fact each, what could not be read at all.
    """

    notes: tuple[Note, ...] = ()
    bookmarks: tuple[Bookmark, ...] = ()
    sources: tuple[Path, ...] = ()
    unreadable_rows: int = 0
    lost_log_frames: int = 0
    problems: tuple[str, ...] = ()
    hidden: tuple[HiddenItem, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.notes and not self.bookmarks and not self.hidden

    def merged(self, other: Salvage) -> Salvage:
        """Both salvages in one; where both hold a note or bookmark, this one's is kept."""
        seen_notes = {(note.target, note.forum_slug, note.key) for note in self.notes}
        seen_bookmarks = {(b.forum_slug, b.session_guid) for b in self.bookmarks}
        notes = self.notes + tuple(
            note
            for note in other.notes
            if (note.target, note.forum_slug, note.key) not in seen_notes
        )
        bookmarks = self.bookmarks + tuple(
            b for b in other.bookmarks if (b.forum_slug, b.session_guid) not in seen_bookmarks
        )
        return Salvage(
            tuple(sorted(notes, key=lambda note: note.updated_at, reverse=True)),
            bookmarks,
            self.sources + other.sources,
            self.unreadable_rows + other.unreadable_rows,
            self.lost_log_frames + other.lost_log_frames,
            self.problems + other.problems,
            tuple(dict.fromkeys(self.hidden + other.hidden)),
        )


@dataclass(frozen=True, slots=True)
class _Found:
    notes: list[Note]
    bookmarks: list[Bookmark]
    hidden: list[HiddenItem]
    unreadable_rows: int
    lost_log_frames: int
    problems: list[str]


class _UnreadableError(Exception):
    """The file holds no database that can be read."""


def _image(source: Path) -> tuple[bytes, int, list[str]]:
    """The database as its file and the valid part of its log make it; lost frames; problems."""
    data = bytearray(source.read_bytes())
    problems: list[str] = []
    pages = wal.committed_pages(wal.wal_path(source))
    if pages.pages:
        if len(data) >= 100 and data.startswith(_SQLITE_HEADER):
            file_page_size = int.from_bytes(data[16:18], "big")
            file_page_size = 65536 if file_page_size == 1 else file_page_size
            if file_page_size != pages.page_size:
                problems.append(f"{source.name}: its log does not match it, so it was not read")
                pages = wal.WalPages()
        size = pages.page_size
        needed = pages.database_pages * size
        if len(data) < needed:
            data.extend(bytes(needed - len(data)))
        for number, page in pages.pages.items():
            data[(number - 1) * size : number * size] = page
        if needed:
            del data[needed:]
    if len(data) < 100 or not data.startswith(_SQLITE_HEADER):
        raise _UnreadableError("it is not a database")
    # The image is read without a log: mark it as a rollback-journal database.
    data[18] = data[19] = 1
    return bytes(data), pages.lost_frames, problems


@contextlib.contextmanager
def _connection(source: Path) -> Iterator[tuple[sqlite3.Connection, int, list[str]]]:
    if not source.is_file():
        raise _UnreadableError("it is not a file")
    if source.stat().st_size > MAX_IN_MEMORY:
        uri = f"{source.resolve().as_uri()}?mode=ro&immutable=1"
        connection = sqlite3.connect(uri, uri=True)
        problems = [f"{source.name}: too large to read with its log; read without it"]
        lost = 0
    else:
        image, lost, problems = _image(source)
        connection = sqlite3.connect(":memory:")
        try:
            connection.deserialize(image)
        except sqlite3.Error as error:
            connection.close()
            raise _UnreadableError(str(error)) from error
    connection.text_factory = values.decode_text
    try:
        connection.execute("PRAGMA cell_size_check=ON")
        yield connection, lost, problems
    finally:
        connection.close()


def _columns(connection: sqlite3.Connection, table: str) -> set[str]:
    return {str(row[1]) for row in connection.execute(f"PRAGMA table_info({table})")}


def _read_range(
    connection: sqlite3.Connection, select: str, low: int, high: int
) -> tuple[list[tuple[object, ...]], int]:
    """Rows with row ids from ``low`` to ``high``, and how many row ids could not be read."""
    try:
        return connection.execute(select, (low, high)).fetchall(), 0
    except sqlite3.Error:
        if low == high:
            return [], 1
    middle = (low + high) // 2
    first, first_lost = _read_range(connection, select, low, middle)
    second, second_lost = _read_range(connection, select, middle + 1, high)
    return first + second, first_lost + second_lost


def _bound(connection: sqlite3.Connection, query: str) -> int | None:
    with contextlib.suppress(sqlite3.Error):
        value = connection.execute(query).fetchone()[0]
        return int(value) if value is not None else 0
    return None


def _read_table(
    connection: sqlite3.Connection, table: str, wanted: Iterable[str], required: set[str]
) -> tuple[list[dict[str, object]], int, str]:
    """The rows of ``table`` as column -> value, row ids that failed, and a problem if any."""
    try:
        present = _columns(connection, table)
    except sqlite3.Error as error:
        return [], 0, f"the {table} table cannot be read ({error})"
    if not present:
        return [], 0, ""
    if not required <= present:
        return [], 0, f"the {table} table lacks {', '.join(sorted(required - present))}"
    columns = [column for column in wanted if column in present]
    select = f"SELECT {', '.join(columns)} FROM {table} WHERE rowid BETWEEN ? AND ?"
    highest = _bound(connection, f"SELECT max(rowid) FROM {table}")
    lowest = _bound(connection, f"SELECT min(rowid) FROM {table}")
    low = 1 if lowest is None else min(lowest, 1)
    rows: list[tuple[object, ...]] = []
    lost = 0
    # Without a known end, ranges that fail after the last row found may lie past the end:
    # their row ids count as unreadable only once a later range holds rows.
    pending_lost = empty_ranges = 0
    while highest is None or low <= highest:
        high = low + ROWS_PER_READ - 1
        if highest is not None:
            high = min(high, highest)
        found, failed = _read_range(connection, select, low, high)
        rows += found
        if highest is not None:
            lost += failed
        elif found:
            lost += pending_lost + failed
            pending_lost = empty_ranges = 0
        else:
            pending_lost += failed
            empty_ranges += 1
            if empty_ranges >= EMPTY_RANGES_TO_STOP:
                break
        low = high + 1
    problem = f"the end of the {table} table could not be read" if highest is None else ""
    return [dict(zip(columns, row, strict=True)) for row in rows], lost, problem


def _read_records(source: Path) -> _Found:
    """Every note, bookmark and hidden item that can be read from ``source``, without
    changing it."""
    problems: list[str] = []
    try:
        with _connection(source) as (connection, lost_frames, image_problems):
            problems += image_problems
            note_rows, lost_notes, note_problem = _read_table(
                connection, "note", values.NOTE_COLUMNS, {"target", "key", "body"}
            )
            bookmark_rows, lost_bookmarks, bookmark_problem = _read_table(
                connection, "bookmark", values.BOOKMARK_COLUMNS, {"session_guid"}
            )
            # Stores from before rooms could be hidden have no such table: nothing is lost.
            hidden_rows, lost_hidden, hidden_problem = _read_table(
                connection, "hidden", values.HIDDEN_COLUMNS, {"forum_slug", "kind", "value"}
            )
    except (_UnreadableError, sqlite3.Error, OSError) as error:
        reason = error.strerror if isinstance(error, OSError) else str(error)
        log.warning("nothing could be salvaged from %s: %s", source, reason)
        return _Found([], [], [], 0, 0, [f"{source.name}: {reason}"])
    problems += [
        f"{source.name}: {p}" for p in (note_problem, bookmark_problem, hidden_problem) if p
    ]
    notes = [note for row in note_rows if (note := values.note_from(row)) is not None]
    bookmarks = [values.bookmark_from(row) for row in bookmark_rows]
    hidden = [item for row in hidden_rows if (item := values.hidden_from(row)) is not None]
    lost = lost_notes + lost_bookmarks + lost_hidden
    return _Found(notes, bookmarks, hidden, lost, lost_frames, problems)


_LiveNotes = dict[tuple[NoteTarget, str], dict[str, str]]


def _live(store: Path) -> tuple[_LiveNotes, set[tuple[str, str]], set[tuple[str, str, str]]]:
    """The live store's note texts by (target, key) and then forum, its bookmarked
    (forum, guid) pairs and its hidden (forum, kind, value) items."""
    if not store.is_file():
        return {}, set(), set()
    try:
        connection = sqlite3.connect(f"{store.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        connection.text_factory = values.decode_text
        try:
            scoped = "forum_slug" in _columns(connection, "note")
            forum = "forum_slug" if scoped else "''"
            notes: _LiveNotes = {}
            for target, scope, key, body in connection.execute(
                f"SELECT target, {forum}, key, body FROM note"
            ):
                with contextlib.suppress(ValueError):
                    kind = NoteTarget(values.stored_text(target))
                    notes.setdefault((kind, values.stored_text(key)), {})[
                        values.stored_text(scope)
                    ] = values.stored_text(body)
            bookmarked = {
                (values.stored_text(row[0]), values.stored_text(row[1]))
                for row in connection.execute("SELECT forum_slug, session_guid FROM bookmark")
            }
            hidden: set[tuple[str, str, str]] = set()
            if _columns(connection, "hidden"):
                hidden = {
                    (values.stored_text(forum), values.stored_text(kind), values.stored_text(value))
                    for forum, kind, value in connection.execute(
                        "SELECT forum_slug, kind, value FROM hidden"
                    )
                }
        finally:
            connection.close()
    except sqlite3.Error as error:
        log.warning("the store %s could not be read to compare a salvage: %s", store, error)
        return {}, set(), set()
    return notes, bookmarked, hidden


def _held(note: Note, live: _LiveNotes) -> bool:
    """Whether the live store holds ``note``'s text already (in any forum, for a note from
    before notes named their forum)."""
    texts = live.get((note.target, note.key), {})
    if note.forum_slug or note.target is not NoteTarget.SESSION:
        return texts.get(note.forum_slug) == note.text
    return note.text in texts.values()


def salvage(source: Path, store: Path) -> Salvage:
    """What ``source`` holds that the store at ``store`` lacks or holds differently.

    Never raises for a damaged or unreadable ``source``: what cannot be read is said in
    :attr:`Salvage.problems`.
    """
    found = _read_records(source)
    live_notes, live_bookmarks, live_hidden = _live(store)
    notes = [note for note in found.notes if note.text.strip() and not _held(note, live_notes)]
    bookmarks = [b for b in found.bookmarks if (b.forum_slug, b.session_guid) not in live_bookmarks]
    hidden = [
        item
        for item in found.hidden
        if (item.forum_slug, item.kind.value, item.value) not in live_hidden
    ]
    return Salvage(
        tuple(sorted(notes, key=lambda note: note.updated_at, reverse=True)),
        tuple(bookmarks),
        (source,),
        found.unreadable_rows,
        found.lost_log_frames,
        tuple(found.problems),
        tuple(hidden),
    )


def salvage_all(sources: Iterable[Path], store: Path) -> Salvage:
    """The salvage of every source, the first source's records first where two hold the same."""
    result = Salvage()
    for source in sources:
        result = result.merged(salvage(source, store))
    return result
