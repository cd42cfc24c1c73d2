"""The personal store: bookmarks and notes in one SQLite file, written by one writer.

Every change is one short transaction (``with Session.begin():``). The file runs in WAL mode
with ``synchronous=FULL`` so a committed note survives a crash or a killed process. A file
written by a newer version is opened read-only and says so.

Opening checks the file first and recovers a damaged one from the newest good backup
(:mod:`forumguide.personal.recovery`); an older schema is upgraded after a verified backup
(:mod:`forumguide.personal.migrations`); rotating backups are taken at open and close
(:mod:`forumguide.personal.backup`).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, delete, event, func, select
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import NullPool

from forumguide.domain.folding import like_pattern, search_key
from forumguide.domain.model import Bookmark, Note, NoteTarget, SessionSnapshot
from forumguide.personal import (
    PERSONAL_SCHEMA_VERSION,
    PersonalStoreError,
    StoreReadOnlyError,
    StoreWriteError,
    recovery,
)
from forumguide.personal.backup import BackupError, BackupFile, Backups
from forumguide.personal.migrations import migrate
from forumguide.personal.models import BookmarkRow, NoteRow, SnapshotColumns, UserBase
from forumguide.personal.recovery import Recovery

T = TypeVar("T")
ConnectionHook = Callable[[sqlite3.Connection], None]

log = logging.getLogger(__name__)


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _snapshot(row: SnapshotColumns) -> SessionSnapshot:
    return SessionSnapshot(
        title=row.snap_title,
        forum_name=row.snap_forum_name,
        timezone=row.snap_timezone,
        day=date.fromisoformat(row.snap_day) if row.snap_day else None,
        start=datetime.fromisoformat(row.snap_start) if row.snap_start else None,
        room=row.snap_room,
    )


def _store_snapshot(row: SnapshotColumns, snapshot: SessionSnapshot) -> None:
    row.snap_title = snapshot.title
    row.snap_forum_name = snapshot.forum_name
    row.snap_timezone = snapshot.timezone
    row.snap_day = snapshot.day.isoformat() if snapshot.day else None
    row.snap_start = snapshot.start.isoformat(timespec="minutes") if snapshot.start else None
    row.snap_room = snapshot.room


def _bookmark(row: BookmarkRow) -> Bookmark:
    return Bookmark(
        session_guid=row.session_guid,
        forum_slug=row.forum_slug,
        created_at=datetime.fromisoformat(row.created_at),
        snapshot=_snapshot(row),
    )


def _note(row: NoteRow) -> Note:
    return Note(
        target=NoteTarget(row.target),
        key=row.key,
        text=row.body,
        updated_at=datetime.fromisoformat(row.updated_at),
        snapshot=_snapshot(row),
    )


def describe_failure(error: BaseException) -> str:
    """A sentence for the user about why a write failed."""
    original = getattr(error, "orig", error)
    message = str(original).lower()
    if isinstance(original, sqlite3.OperationalError) or isinstance(error, OperationalError):
        if "full" in message:
            return "The disk is full."
        if "readonly" in message or "read-only" in message:
            return "The folder or file is read-only."
        if "locked" in message or "busy" in message:
            return "The file is locked by another program."
    if isinstance(original, OSError):
        return f"The file could not be written ({original.strerror or original})."
    return f"The database reported: {original}."


def read_user_version(path: Path) -> int:
    """The schema version stamped in a store file, without changing the file."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])
    finally:
        connection.close()


class PersonalStore:
    """Bookmarks and notes of one delegate, in the SQLite file at ``path``."""

    def __init__(self, path: Path, *, backups_dir: Path | None = None) -> None:
        """Open the store, checking it first and recovering or upgrading it as needed.

        Args:
            path: the store file; created when missing.
            backups_dir: where rotating backups go. Without it none are taken, and the backup
                that always precedes a schema upgrade goes to ``backups`` beside the file.

        Raises:
            PersonalStoreError: the file cannot be read for a reason other than damage, or an
                upgrade could not be backed up or run; the file is left as it was.
        """
        self.path = path
        self.read_only_reason = ""
        self.backups = Backups(backups_dir, path.stem) if backups_dir is not None else None
        # Called with every new SQLite connection, after the store's own settings; tests use
        # it to inject faults such as a full disk or a read-only file.
        self.connection_hooks: list[ConnectionHook] = []
        self._closed = False
        path.parent.mkdir(parents=True, exist_ok=True)
        prepared = recovery.prepare(
            path,
            self.backups,
            full_check=recovery.was_left_open(path),
            max_version=PERSONAL_SCHEMA_VERSION,
        )
        self.recovery: Recovery | None = prepared.recovery
        version = prepared.version
        if version > PERSONAL_SCHEMA_VERSION:
            self.read_only_reason = (
                f"{path} was written by a newer version of ForumGuide (format {version}); "
                "it is open read-only so that nothing in it is changed."
            )
        self.engine = self._create_engine(read_only=bool(self.read_only_reason))
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if not self.read_only_reason:
            self._create_schema(version)
            recovery.mark_open(path)
            self.backup()

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    def _create_engine(self, *, read_only: bool) -> Engine:
        if read_only:
            uri = f"{self.path.resolve().as_uri()}?mode=ro"
            engine = create_engine(
                "sqlite://",
                creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
                poolclass=NullPool,
            )
        else:
            engine = create_engine(
                f"sqlite:///{self.path}",
                poolclass=NullPool,
                connect_args={"check_same_thread": False, "timeout": 5},
            )

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: Any) -> None:
            # The driver would begin transactions only before INSERT/UPDATE/DELETE; with its
            # own handling off and BEGIN emitted below, reads and DDL are inside them too.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not read_only:
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()
            # SQLite's own LIKE and lower() fold only ASCII: notes are searched through this.
            dbapi_connection.create_function(
                "search_key", 1, lambda text: search_key(text or ""), deterministic=True
            )
            for hook in self.connection_hooks:
                hook(dbapi_connection)

        @event.listens_for(engine, "begin")
        def _begin(connection: Any) -> None:
            connection.exec_driver_sql("BEGIN")

        return engine

    def _create_schema(self, version: int) -> None:
        """Create a new store, or upgrade an older one after backing it up."""
        if 0 < version < PERSONAL_SCHEMA_VERSION:
            backups = self.backups or Backups(self.path.parent / "backups", self.path.stem)
            try:
                backups.create(self.path, label=f"before-v{PERSONAL_SCHEMA_VERSION}")
            except BackupError as error:
                raise PersonalStoreError(
                    f"The personal store {self.path} needs an upgrade, but it could not be "
                    f"backed up first, so it was left as it is: {error}"
                ) from error
        try:
            with self.engine.begin() as connection:
                if version > 0:
                    migrate(connection, version, PERSONAL_SCHEMA_VERSION)
                UserBase.metadata.create_all(connection)
                if version == 0:
                    connection.exec_driver_sql(f"PRAGMA user_version={PERSONAL_SCHEMA_VERSION}")
        except (SQLAlchemyError, sqlite3.Error) as error:
            raise PersonalStoreError(
                f"The personal store {self.path} could not be prepared: {describe_failure(error)}"
            ) from error
        if 0 < version < PERSONAL_SCHEMA_VERSION:
            log.info(
                "upgraded %s from format %d to %d", self.path, version, PERSONAL_SCHEMA_VERSION
            )

    def backup(self, label: str = "") -> BackupFile | None:
        """Take a verified backup into the backups folder, if there is one; failures are logged.

        An unchanged store does not add a backup: the newest one is returned instead.
        """
        if self.backups is None or self.read_only or self._closed:
            return None
        try:
            return self.backups.create(self.path, label)
        except BackupError as error:
            log.warning("%s", error)
            return None

    def close(self) -> None:
        """Take a last backup, release the file and record the clean shutdown."""
        if self._closed:
            return
        self.backup()
        self._closed = True
        self.engine.dispose()
        if not self.read_only:
            recovery.mark_closed(self.path)

    @contextmanager
    def _reading(self) -> Iterator[OrmSession]:
        try:
            with self._sessions() as session:
                yield session
        except (DBAPIError, sqlite3.Error) as error:
            raise PersonalStoreError(
                f"The personal store {self.path} could not be read: {describe_failure(error)}"
            ) from error

    def _write(self, change: Callable[[OrmSession], T]) -> T:
        if self.read_only:
            raise StoreReadOnlyError(self.read_only_reason)
        try:
            with self._sessions.begin() as session:
                return change(session)
        except (DBAPIError, sqlite3.Error, OSError) as error:
            raise StoreWriteError(describe_failure(error)) from error

    # Bookmarks --------------------------------------------------------------------------

    def bookmarks(self) -> list[Bookmark]:
        with self._reading() as session:
            rows = session.scalars(select(BookmarkRow).order_by(BookmarkRow.created_at))
            return [_bookmark(row) for row in rows]

    def bookmarked_guids(self) -> set[str]:
        with self._reading() as session:
            return set(session.scalars(select(BookmarkRow.session_guid)))

    def is_bookmarked(self, guid: str) -> bool:
        with self._reading() as session:
            return session.get(BookmarkRow, guid) is not None

    def add_bookmark(self, guid: str, forum_slug: str, snapshot: SessionSnapshot) -> Bookmark:
        def change(session: OrmSession) -> Bookmark:
            row = session.get(BookmarkRow, guid)
            if row is None:
                row = BookmarkRow(
                    session_guid=guid, forum_slug=forum_slug, created_at=_now().isoformat()
                )
                session.add(row)
            _store_snapshot(row, snapshot)
            session.flush()
            return _bookmark(row)

        return self._write(change)

    def remove_bookmark(self, guid: str) -> bool:
        def change(session: OrmSession) -> bool:
            result = session.execute(delete(BookmarkRow).where(BookmarkRow.session_guid == guid))
            return bool(getattr(result, "rowcount", 0))

        return self._write(change)

    # Notes ------------------------------------------------------------------------------

    def note(self, target: NoteTarget, key: str) -> Note | None:
        with self._reading() as session:
            row = session.scalars(
                select(NoteRow).where(NoteRow.target == target.value, NoteRow.key == key)
            ).first()
            return _note(row) if row else None

    def notes(self, query: str = "") -> list[Note]:
        """Every note, newest first; with a query, those whose text or title contains it."""
        statement = select(NoteRow).where(NoteRow.body != "")
        if query.strip():
            needle = like_pattern(query)
            statement = statement.where(
                func.search_key(NoteRow.body).like(needle, escape="\\")
                | func.search_key(NoteRow.snap_title).like(needle, escape="\\")
            )
        with self._reading() as session:
            rows = session.scalars(statement.order_by(NoteRow.updated_at.desc(), NoteRow.id))
            return [_note(row) for row in rows]

    def update_snapshots(self, snapshots: Mapping[str, SessionSnapshot]) -> int:
        """Record what sessions are now, for the bookmarks and notes on them; returns how many
        changed. After a programme update a session that later disappears is then shown with
        the title and time it last had, not the ones it had when it was first saved."""
        wanted = list(snapshots)
        if not wanted:
            return 0

        def change(session: OrmSession) -> int:
            rows: list[BookmarkRow | NoteRow] = list(
                session.scalars(select(BookmarkRow).where(BookmarkRow.session_guid.in_(wanted)))
            )
            rows += session.scalars(
                select(NoteRow).where(
                    NoteRow.target == NoteTarget.SESSION.value, NoteRow.key.in_(wanted)
                )
            )
            changed = 0
            for row in rows:
                guid = row.session_guid if isinstance(row, BookmarkRow) else row.key
                if _snapshot(row) != snapshots[guid]:
                    _store_snapshot(row, snapshots[guid])
                    changed += 1
            return changed

        return self._write(change)

    def save_note(
        self, target: NoteTarget, key: str, text: str, snapshot: SessionSnapshot
    ) -> Note | None:
        """Store the note's text in one transaction; empty text removes the note."""

        def change(session: OrmSession) -> Note | None:
            row = session.scalars(
                select(NoteRow).where(NoteRow.target == target.value, NoteRow.key == key)
            ).first()
            if not text.strip():
                if row is not None:
                    session.delete(row)
                return None
            if row is None:
                row = NoteRow(target=target.value, key=key)
                session.add(row)
            row.body = text
            row.updated_at = _now().isoformat()
            _store_snapshot(row, snapshot)
            session.flush()
            return _note(row)

        return self._write(change)

    # Merging records from another computer -------------------------------------------------

    def merge_records(
        self,
        bookmarks: Iterable[Bookmark],
        notes: Iterable[Note],
        combine: Callable[[Note, Note], Note],
    ) -> tuple[int, int, int]:
        """Add bookmarks and notes from elsewhere in one transaction: all of them, or none.

        A bookmark already here is kept as it is. A note on a session or person that already
        has one here becomes ``combine(note here, incoming note)``; empty incoming notes are
        ignored. Returns (bookmarks added, notes added, notes changed).
        """
        incoming_bookmarks = list(bookmarks)
        incoming_notes = [note for note in notes if note.text.strip()]

        def stamp(moment: datetime) -> str:
            aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
            return aware.astimezone(UTC).replace(microsecond=0).isoformat()

        def change(session: OrmSession) -> tuple[int, int, int]:
            added_bookmarks = added_notes = changed_notes = 0
            for bookmark in incoming_bookmarks:
                if session.get(BookmarkRow, bookmark.session_guid) is not None:
                    continue
                row = BookmarkRow(
                    session_guid=bookmark.session_guid,
                    forum_slug=bookmark.forum_slug,
                    created_at=stamp(bookmark.created_at),
                )
                _store_snapshot(row, bookmark.snapshot)
                session.add(row)
                session.flush()
                added_bookmarks += 1
            for note in incoming_notes:
                existing = session.scalars(
                    select(NoteRow).where(
                        NoteRow.target == note.target.value, NoteRow.key == note.key
                    )
                ).first()
                if existing is None:
                    existing = NoteRow(target=note.target.value, key=note.key, body=note.text)
                    existing.updated_at = stamp(note.updated_at)
                    _store_snapshot(existing, note.snapshot)
                    session.add(existing)
                    session.flush()
                    added_notes += 1
                    continue
                here = _note(existing)
                kept = combine(here, note)
                if kept == here:
                    continue
                existing.body = kept.text
                existing.updated_at = stamp(kept.updated_at)
                _store_snapshot(existing, kept.snapshot)
                session.flush()
                changed_notes += 1
            return added_bookmarks, added_notes, changed_notes

        return self._write(change)
