"""The personal store: bookmarks and notes in one SQLite file, written by one writer.

Every change is one short transaction (``with Session.begin():``). The file runs in WAL mode
with ``synchronous=FULL`` so a committed note survives a crash or a killed process. A file
written by a newer version, in a read-only folder, or that SQLite refuses to write, is opened
read-only and says why (:attr:`PersonalStore.read_only_cause`).

Opening checks what is in the store's place first and recovers the store from the newest good
backup when it is missing, empty, foreign, damaged or not a file at all
(:mod:`forumguide.personal.recovery`); an older schema is upgraded after a verified backup
(:mod:`forumguide.personal.migrations`); rotating backups are taken at open and close
(:mod:`forumguide.personal.backup`).

Values read from rows are checked (:mod:`forumguide.personal.values`): bad data in one row is
read as a safe value instead of stopping the reading. Text is stored as UTF-8 can hold it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TypedDict, TypeVar

from sqlalchemy import Engine, Select, create_engine, delete, event, func, select
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import defer, sessionmaker
from sqlalchemy.pool import NullPool

from forumguide.domain.folding import like_pattern, search_key
from forumguide.domain.followups import keep_both
from forumguide.domain.hidden import HiddenItem
from forumguide.domain.model import (
    Bookmark,
    DeletedNote,
    Note,
    NoteSummary,
    NoteTarget,
    SessionKey,
    SessionSnapshot,
)
from forumguide.personal import (
    PERSONAL_SCHEMA_VERSION,
    PersonalStoreError,
    StoreProblem,
    StoreReadOnlyError,
    StoreWriteError,
    failures,
    layout,
    recovery,
    values,
)
from forumguide.personal.backup import BackupError, BackupFile, Backups
from forumguide.personal.migrations import migrate
from forumguide.personal.models import (
    BEGINNING_CHARACTERS,
    BookmarkRow,
    DeletedNoteRow,
    HiddenRow,
    NoteRow,
    SnapshotColumns,
    UserBase,
)
from forumguide.personal.recovery import Recovery
from forumguide.personal.values import clean_text

T = TypeVar("T")
# Between the text kept and the lines added to it when a note was changed in two places at once.
KEPT_BOTH_SEPARATOR = "\n\n— — —\n\n"
ConnectionHook = Callable[[sqlite3.Connection], None]

log = logging.getLogger(__name__)


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class ReadOnlyCause(StrEnum):
    """Why the store is open read-only."""

    NEWER_VERSION = "newer-version"  # written by a newer ForumGuide
    READ_ONLY_FOLDER = "read-only-folder"  # no file can be created in the store's folder
    READ_ONLY_FILE = "read-only-file"  # the file (or SQLite on it) refuses to be written


def _row_values(row: object, columns: Iterable[str]) -> dict[str, object]:
    return {column: getattr(row, column) for column in columns}


def _snapshot(row: SnapshotColumns) -> SessionSnapshot:
    return values.snapshot_from(_row_values(row, values.SNAPSHOT_COLUMNS))


def _store_snapshot(row: SnapshotColumns, snapshot: SessionSnapshot) -> None:
    row.snap_title = clean_text(snapshot.title)
    row.snap_forum_name = clean_text(snapshot.forum_name)
    row.snap_timezone = clean_text(snapshot.timezone)
    row.snap_day = snapshot.day.isoformat() if snapshot.day else None
    row.snap_start = snapshot.start.isoformat(timespec="minutes") if snapshot.start else None
    row.snap_room = clean_text(snapshot.room)


def _bookmark(row: BookmarkRow) -> Bookmark:
    return values.bookmark_from(_row_values(row, values.BOOKMARK_COLUMNS))


def _note(row: NoteRow) -> Note | None:
    return values.note_from(_row_values(row, values.NOTE_COLUMNS))


def _summary(row: NoteRow) -> NoteSummary | None:
    if row.length <= 0:
        # Written by other means, without its length: read from the text itself (loaded now).
        text = values.stored_text(row.body)
        found = _row_values(row, values.SUMMARY_COLUMNS)
        found.update(length=len(text), beginning=text[:BEGINNING_CHARACTERS])
        return values.summary_from(found)
    return values.summary_from(_row_values(row, values.SUMMARY_COLUMNS))


def describe_failure(error: BaseException, folder: Path | None = None) -> str:
    """A sentence for the user about why a write failed.

    ``folder`` is where the write went: with it, a "disk I/O error" on a disk with almost no
    space left is named a full disk.
    """
    return failures.describe(error, folder)


class _Cause(TypedDict):
    kind: str
    detail: str


def _cause(error: BaseException, folder: Path) -> _Cause:
    """Why ``error`` happened, as the ``kind`` and ``detail`` of a :class:`PersonalStoreError`."""
    return {"kind": failures.kind_of(error, folder), "detail": failures.detail(error)}


def _probe_write_access(path: Path) -> ReadOnlyCause | None:
    """Whether the folder, then the file, can be written, by trying: permissions and mount
    options are not enough to tell (an administrator, a read-only mount, a sandbox)."""
    probe = layout.beside(path, layout.WRITE_PROBE_SUFFIX)
    try:
        descriptor = os.open(probe, os.O_WRONLY | os.O_CREAT, 0o600)
    except OSError as error:
        if failures.is_read_only(error):
            return ReadOnlyCause.READ_ONLY_FOLDER
        log.warning("the folder %s could not be probed: %s", path.parent, error)
    else:
        os.close(descriptor)
        with contextlib.suppress(OSError):
            probe.unlink()
    if path.is_file():
        try:
            descriptor = os.open(path, os.O_RDWR | getattr(os, "O_NONBLOCK", 0))
        except OSError as error:
            if failures.is_read_only(error):
                return ReadOnlyCause.READ_ONLY_FILE
        else:
            os.close(descriptor)
    return None


def read_user_version(path: Path) -> int:
    """The schema version stamped in a store file, without changing the file."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])
    finally:
        connection.close()


class PersonalStore:
    """Bookmarks and notes of one delegate, in the SQLite file at ``path``."""

    def __init__(
        self,
        path: Path,
        *,
        backups_dir: Path | None = None,
        connection_hooks: Iterable[ConnectionHook] = (),
    ) -> None:
        """Open the store, checking it first and recovering or upgrading it as needed.

        Safe to call off the GUI thread: it touches no Qt object.

        Args:
            path: the store file; created when missing.
            backups_dir: where rotating backups go. Without it none are taken, and the backup
                that always precedes a schema upgrade goes to ``backups`` beside the file.
            connection_hooks: called with every new SQLite connection from the start, after
                the store's own settings (see :attr:`connection_hooks`).

        Raises:
            PersonalStoreError: the file cannot be read for a reason other than damage, it
                needs recovering in a read-only folder, a read-only folder holds no store, or
                an upgrade could not be backed up or run; the file is left as it was.
        """
        self.path = path
        self.read_only_reason = ""
        self.read_only_cause: ReadOnlyCause | None = None
        # The format of a file written by a newer version (see ``NEWER_VERSION``).
        self.read_only_version = 0
        self.backups = (
            Backups(backups_dir, path.stem, store=path) if backups_dir is not None else None
        )
        # Called with every new SQLite connection, after the store's own settings; tests use
        # it to inject faults such as a full disk or a read-only file.
        self.connection_hooks: list[ConnectionHook] = list(connection_hooks)
        self._writer = threading.RLock()
        # Recoveries the user has not acknowledged yet, oldest first; see :attr:`recovery`.
        self.recoveries: tuple[Recovery, ...] = ()
        self._closed = False
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise PersonalStoreError(
                f"The folder {path.parent} could not be created: "
                f"{describe_failure(error, path.parent)}",
                what=StoreProblem.FOLDER_NOT_CREATED,
                path=path.parent,
                **_cause(error, path.parent),
            ) from error
        cause = _probe_write_access(path)
        self._folder_writable = cause is not ReadOnlyCause.READ_ONLY_FOLDER
        if cause is ReadOnlyCause.READ_ONLY_FOLDER and not (path.exists() or path.is_symlink()):
            raise PersonalStoreError(
                f"The folder {path.parent} is read-only, so your bookmarks and notes cannot be "
                "kept there.",
                what=StoreProblem.FOLDER_READ_ONLY,
                path=path.parent,
            )
        prepared = recovery.prepare(
            path,
            self.backups,
            full_check=recovery.was_left_open(path),
            max_version=PERSONAL_SCHEMA_VERSION,
            writable=self._folder_writable,
        )
        version = prepared.version
        if version > PERSONAL_SCHEMA_VERSION:
            self._open_read_only(ReadOnlyCause.NEWER_VERSION, version)
        elif cause is not None:
            self._open_read_only(cause)
        else:
            self.engine = self._create_engine(read_only=False)
            if not self._can_write():
                self.engine.dispose()
                if version == 0:
                    raise PersonalStoreError(
                        f"The personal store {path} cannot be created: the file is read-only.",
                        what=StoreProblem.NOT_CREATED,
                        path=path,
                    )
                self._open_read_only(ReadOnlyCause.READ_ONLY_FILE)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if not self.read_only:
            self._create_schema(version)
            recovery.mark_open(path)
            self.backup()
        self.recoveries = tuple(recovery.with_salvage(found) for found in prepared.recoveries)

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    @property
    def recovery(self) -> Recovery | None:
        """The latest recovery the user has not acknowledged, from this start or an earlier one.

        The UI shows it (``describe()`` in English; ``reason``, ``restored_from``,
        ``not_restored`` and ``salvaged`` as facts) until :meth:`acknowledge_recovery`.
        """
        return self.recoveries[-1] if self.recoveries else None

    def acknowledge_recovery(self) -> None:
        """The user has seen the recoveries: stop reporting them, and let backups rotate again.

        Call it once the user has dealt with what :attr:`Recovery.salvaged` offers, since an
        unacknowledged recovery offers it again at the next start.
        """
        if self.recoveries or recovery.recovery_marker_path(self.path).exists():
            recovery.acknowledge(self.path)
        self.recoveries = ()

    def _open_read_only(self, cause: ReadOnlyCause, version: int = 0) -> None:
        self.read_only_cause = cause
        self.read_only_version = version
        if cause is ReadOnlyCause.NEWER_VERSION:
            self.read_only_reason = (
                f"{self.path} was written by a newer version of ForumGuide (format {version}); "
                "it is open read-only so that nothing in it is changed."
            )
        elif cause is ReadOnlyCause.READ_ONLY_FOLDER:
            self.read_only_reason = (
                f"The folder {self.path.parent} is read-only: your notes can be read but not "
                "changed."
            )
        else:
            self.read_only_reason = (
                f"The file {self.path} is read-only: your notes can be read but not changed."
            )
        log.warning("%s", self.read_only_reason)
        self.engine = self._create_engine(read_only=True)

    def _can_write(self) -> bool:
        """Whether SQLite lets this store be written: it takes the write lock and lets it go."""
        try:
            raw = self.engine.raw_connection()
        except (DBAPIError, sqlite3.Error) as error:
            if failures.is_read_only(error):
                return False
            raise PersonalStoreError(
                f"The personal store {self.path} could not be opened: "
                f"{describe_failure(error, self.path.parent)}",
                what=StoreProblem.NOT_OPENED,
                path=self.path,
                **_cause(error, self.path.parent),
            ) from error
        try:
            connection = raw.driver_connection
            if connection is not None:
                connection.execute("BEGIN IMMEDIATE")
                connection.execute("ROLLBACK")
        except sqlite3.Error as error:
            if failures.is_read_only(error):
                return False
            # Locked or busy: a write then says so, like any other.
            log.info("the write probe of %s failed: %s", self.path, error)
        finally:
            raw.close()
        return True

    def _read_only_uri(self) -> str:
        """The URI for reading the store without writing to it (see
        :func:`forumguide.personal.recovery.read_only_uri`); fails clearly if SQLite cannot."""
        uri = recovery.read_only_uri(self.path, self._folder_writable)
        try:
            probe = sqlite3.connect(uri, uri=True)
            try:
                probe.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            finally:
                probe.close()
        except sqlite3.Error as error:
            raise PersonalStoreError(
                f"The personal store {self.path} could not be opened: "
                f"{describe_failure(error, self.path.parent)}",
                what=StoreProblem.NOT_OPENED,
                path=self.path,
                **_cause(error, self.path.parent),
            ) from error
        return uri

    def _create_engine(self, *, read_only: bool) -> Engine:
        if read_only:
            uri = self._read_only_uri()
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
            # Text that is not UTF-8 (written by another program) reads with U+FFFD in place of
            # the bad bytes instead of failing the whole query.
            dbapi_connection.text_factory = values.decode_text
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
            backups = self.backups or Backups(
                self.path.parent / "backups", self.path.stem, store=self.path
            )
            try:
                backups.create(self.path, label=f"before-v{PERSONAL_SCHEMA_VERSION}")
            except BackupError as error:
                raise PersonalStoreError(
                    f"The personal store {self.path} needs an upgrade, but it could not be "
                    f"backed up first, so it was left as it is: {error}",
                    what=StoreProblem.NOT_BACKED_UP_FOR_UPGRADE,
                    path=self.path,
                    kind=error.kind,
                    detail=error.detail,
                ) from error
        try:
            with self.engine.begin() as connection:
                if version > 0:
                    migrate(connection, version, PERSONAL_SCHEMA_VERSION)
                UserBase.metadata.create_all(connection)
                if version == 0:
                    connection.exec_driver_sql(f"PRAGMA user_version={PERSONAL_SCHEMA_VERSION}")
        except (SQLAlchemyError, sqlite3.Error) as error:
            reason = describe_failure(error, self.path.parent)
            raise PersonalStoreError(
                f"The personal store {self.path} could not be prepared: {reason}",
                what=StoreProblem.NOT_PREPARED,
                path=self.path,
                **_cause(error, self.path.parent),
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
        except (SQLAlchemyError, sqlite3.Error, UnicodeError) as error:
            reason = describe_failure(error, self.path.parent)
            raise PersonalStoreError(
                f"The personal store {self.path} could not be read: {reason}",
                what=StoreProblem.READ,
                path=self.path,
                **_cause(error, self.path.parent),
            ) from error

    def _write(self, change: Callable[[OrmSession], T]) -> T:
        if self.read_only:
            raise StoreReadOnlyError(
                self.read_only_reason,
                what=StoreProblem.READ_ONLY,
                path=self.path,
                detail=self.read_only_cause or "",
                version=self.read_only_version,
            )
        try:
            # One writer: a merge on a worker thread and a note saved on the GUI thread take
            # turns here rather than waiting on SQLite's lock.
            with self._writer, self._sessions.begin() as session:
                return change(session)
        except (SQLAlchemyError, sqlite3.Error, OSError, UnicodeError) as error:
            raise StoreWriteError(
                describe_failure(error, self.path.parent),
                path=self.path,
                **_cause(error, self.path.parent),
            ) from error

    # Bookmarks --------------------------------------------------------------------------

    def bookmarks(self) -> list[Bookmark]:
        with self._reading() as session:
            rows = session.scalars(select(BookmarkRow).order_by(BookmarkRow.created_at))
            return [_bookmark(row) for row in rows]

    def bookmarked_keys(self) -> set[SessionKey]:
        """Every bookmarked session, as (forum slug, guid)."""
        with self._reading() as session:
            return {
                (values.stored_text(forum), values.stored_text(guid))
                for forum, guid in session.execute(
                    select(BookmarkRow.forum_slug, BookmarkRow.session_guid)
                )
            }

    def noted_guids(self, forum_slug: str) -> set[str]:
        """The guids of the sessions of ``forum_slug`` that have a note with text (a note
        not yet given its forum counts for every forum)."""
        with self._reading() as session:
            return {
                values.stored_text(key)
                for (key,) in session.execute(
                    select(NoteRow.key).where(
                        NoteRow.target == NoteTarget.SESSION.value,
                        NoteRow.forum_slug.in_((clean_text(forum_slug), "")),
                        (NoteRow.length > 0) | (NoteRow.body != ""),
                    )
                )
            }

    def is_bookmarked(self, guid: str, forum_slug: str) -> bool:
        with self._reading() as session:
            return session.get(BookmarkRow, (clean_text(forum_slug), clean_text(guid))) is not None

    def add_bookmark(self, guid: str, forum_slug: str, snapshot: SessionSnapshot) -> Bookmark:
        guid, forum_slug = clean_text(guid), clean_text(forum_slug)

        def change(session: OrmSession) -> Bookmark:
            row = session.get(BookmarkRow, (forum_slug, guid))
            if row is None:
                row = BookmarkRow(
                    session_guid=guid, forum_slug=forum_slug, created_at=_now().isoformat()
                )
                session.add(row)
            _store_snapshot(row, snapshot)
            session.flush()
            return _bookmark(row)

        return self._write(change)

    def bookmark(self, guid: str, forum_slug: str) -> Bookmark | None:
        """The bookmark on the session ``guid`` of ``forum_slug``, if there is one."""
        with self._reading() as session:
            row = session.get(BookmarkRow, (clean_text(forum_slug), clean_text(guid)))
            return _bookmark(row) if row is not None else None

    def restore_bookmark(self, bookmark: Bookmark) -> Bookmark:
        """Put a removed bookmark back as it was, with its own time and snapshot (an undo).

        A bookmark on the same session made meanwhile is kept as it is.
        """
        guid, forum_slug = clean_text(bookmark.session_guid), clean_text(bookmark.forum_slug)
        moment = bookmark.created_at
        aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)

        def change(session: OrmSession) -> Bookmark:
            row = session.get(BookmarkRow, (forum_slug, guid))
            if row is None:
                row = BookmarkRow(
                    session_guid=guid,
                    forum_slug=forum_slug,
                    created_at=aware.astimezone(UTC).replace(microsecond=0).isoformat(),
                )
                _store_snapshot(row, bookmark.snapshot)
                session.add(row)
                session.flush()
            return _bookmark(row)

        return self._write(change)

    def remove_bookmark(self, guid: str, forum_slug: str) -> bool:
        guid, forum_slug = clean_text(guid), clean_text(forum_slug)

        def change(session: OrmSession) -> bool:
            result = session.execute(
                delete(BookmarkRow).where(
                    BookmarkRow.session_guid == guid, BookmarkRow.forum_slug == forum_slug
                )
            )
            return bool(getattr(result, "rowcount", 0))

        return self._write(change)

    # Hidden rooms, tracks and sessions -------------------------------------------------

    def hidden_items(self, forum_slug: str | None = None) -> list[HiddenItem]:
        """What the delegate hid in ``forum_slug`` (in every forum when None), in the order
        they hid it."""
        with self._reading() as session:
            query = select(HiddenRow).order_by(HiddenRow.created_at)
            if forum_slug is not None:
                query = query.where(HiddenRow.forum_slug == clean_text(forum_slug))
            items = []
            for row in session.scalars(query):
                # One of a kind written by a newer version is kept, not understood.
                item = values.hidden_from(
                    {
                        "forum_slug": row.forum_slug,
                        "kind": row.kind,
                        "value": row.value,
                        "label": row.label,
                    }
                )
                if item is not None:
                    items.append(item)
            return items

    def set_hidden(self, item: HiddenItem, hidden: bool) -> bool:
        """Hide ``item`` or show it again; returns whether anything changed."""
        key = (clean_text(item.forum_slug), item.kind.value, clean_text(item.value))

        def change(session: OrmSession) -> bool:
            row = session.get(HiddenRow, key)
            if hidden and row is None:
                session.add(
                    HiddenRow(
                        forum_slug=key[0],
                        kind=key[1],
                        value=key[2],
                        label=clean_text(item.label),
                        created_at=_now().isoformat(),
                    )
                )
                return True
            if not hidden and row is not None:
                session.delete(row)
                return True
            return False

        return self._write(change)

    # Notes ------------------------------------------------------------------------------

    @staticmethod
    def _note_row(
        session: OrmSession, target: NoteTarget, key: str, forum_slug: str
    ) -> NoteRow | None:
        scope = forum_slug if target is NoteTarget.SESSION else ""
        return session.scalars(
            select(NoteRow).where(
                NoteRow.target == target.value, NoteRow.forum_slug == scope, NoteRow.key == key
            )
        ).first()

    def note(self, target: NoteTarget, key: str, forum_slug: str = "") -> Note | None:
        """The note on ``key``: a session of ``forum_slug``, or a person.

        A note written before notes named their forum answers for the session too, until
        :meth:`scope_notes` gives it one (a read-only store keeps such notes as they are).
        """
        key, forum_slug = clean_text(key), clean_text(forum_slug)
        with self._reading() as session:
            row = self._note_row(session, target, key, forum_slug)
            if row is None and target is NoteTarget.SESSION and forum_slug:
                row = self._note_row(session, target, key, "")
            return _note(row) if row else None

    @staticmethod
    def _listing(query: str) -> Select[NoteRow]:
        # A row written by other means may lack its length: its text is looked at then.
        statement = select(NoteRow).where((NoteRow.length > 0) | (NoteRow.body != ""))
        if query.strip():
            needle = like_pattern(clean_text(query))
            statement = statement.where(
                func.search_key(NoteRow.body).like(needle, escape="\\")
                | func.search_key(NoteRow.snap_title).like(needle, escape="\\")
            )
        return statement.order_by(NoteRow.updated_at.desc(), NoteRow.id)

    def notes(self, query: str = "") -> list[Note]:
        """Every note, newest first; with a query, those whose text or title contains it."""
        with self._reading() as session:
            rows = session.scalars(self._listing(query))
            return [note for row in rows if (note := _note(row)) is not None]

    def note_summaries(self, query: str = "") -> list[NoteSummary]:
        """What :meth:`notes` lists, without reading the texts (but to search them)."""
        with self._reading() as session:
            rows = session.scalars(self._listing(query).options(defer(NoteRow.body)))
            return [summary for row in rows if (summary := _summary(row)) is not None]

    def note_summary(
        self, target: NoteTarget, key: str, forum_slug: str = ""
    ) -> NoteSummary | None:
        """What :meth:`note` returns, without reading the text: its length and beginning."""
        key, forum_slug = clean_text(key), clean_text(forum_slug)
        scopes = [forum_slug if target is NoteTarget.SESSION else ""]
        if target is NoteTarget.SESSION and forum_slug:
            scopes.append("")  # a note from before notes named their forum
        with self._reading() as session:
            for scope in scopes:
                row = session.scalars(
                    select(NoteRow)
                    .options(defer(NoteRow.body))
                    .where(
                        NoteRow.target == target.value,
                        NoteRow.forum_slug == scope,
                        NoteRow.key == key,
                    )
                ).first()
                if row is not None:
                    return _summary(row)
        return None

    def note_count(self) -> int:
        """How many notes have any text (without reading them)."""
        with self._reading() as session:
            return int(
                session.scalar(
                    select(func.count()).where((NoteRow.length > 0) | (NoteRow.body != ""))
                )
                or 0
            )

    def update_snapshots(self, snapshots: Mapping[SessionKey, SessionSnapshot]) -> int:
        """Record what sessions are now, for the bookmarks and notes on them; returns how many
        changed. After a programme update a session that later disappears is then shown with
        the title and time it last had, not the ones it had when it was first saved."""
        snapshots = {
            (clean_text(forum), clean_text(guid)): snapshot
            for (forum, guid), snapshot in snapshots.items()
        }
        guids = list({guid for _forum, guid in snapshots})
        if not guids:
            return 0

        def change(session: OrmSession) -> int:
            rows: list[BookmarkRow | NoteRow] = list(
                session.scalars(select(BookmarkRow).where(BookmarkRow.session_guid.in_(guids)))
            )
            rows += session.scalars(
                select(NoteRow).where(
                    NoteRow.target == NoteTarget.SESSION.value, NoteRow.key.in_(guids)
                )
            )
            changed = 0
            for row in rows:
                guid = row.session_guid if isinstance(row, BookmarkRow) else row.key
                snapshot = snapshots.get((row.forum_slug, guid))
                if snapshot is not None and _snapshot(row) != snapshot:
                    _store_snapshot(row, snapshot)
                    changed += 1
            return changed

        return self._write(change)

    def scope_notes(self, forums: Mapping[str, str]) -> int:
        """Give the session notes that name no forum the forum of their session.

        ``forums`` maps a session guid to the forum it is in. A note whose session has a note
        in that forum already is left as it is (both are kept, and shown). Returns how many
        notes were given a forum.
        """
        forums = {clean_text(guid): clean_text(forum) for guid, forum in forums.items()}
        if not forums:
            return 0

        def change(session: OrmSession) -> int:
            unscoped = session.scalars(
                select(NoteRow).where(
                    NoteRow.target == NoteTarget.SESSION.value,
                    NoteRow.forum_slug == "",
                    NoteRow.key.in_(list(forums)),
                )
            )
            changed = 0
            for row in list(unscoped):
                forum = forums[row.key]
                if self._note_row(session, NoteTarget.SESSION, row.key, forum) is None:
                    row.forum_slug = forum
                    session.flush()
                    changed += 1
            return changed

        return self._write(change)

    def save_note(
        self,
        target: NoteTarget,
        key: str,
        text: str,
        snapshot: SessionSnapshot,
        forum_slug: str = "",
        *,
        base: str | None = None,
    ) -> Note | None:
        """Store the note's text in one transaction; empty text removes the note.

        A note on a session names the session's forum: the same guid in another forum has a
        note of its own. Text that UTF-8 cannot hold (a lone surrogate) is stored with U+FFFD
        in its place; the returned note holds the text as stored.

        ``base`` is the text the writer started from ("" for no note). When the stored text is
        no longer ``base`` it was changed elsewhere meanwhile: it is kept, and the lines of
        ``text`` it lacks are added after it, so that older text never replaces newer.
        """
        key, text = clean_text(key), clean_text(text)
        scope = clean_text(forum_slug) if target is NoteTarget.SESSION else ""
        started = clean_text(base) if base is not None else None

        def change(session: OrmSession) -> Note | None:
            row = self._note_row(session, target, key, scope)
            wanted = text
            if started is not None:
                stored = values.stored_text(row.body) if row is not None else ""
                if stored not in (started, wanted):
                    wanted = keep_both(stored, wanted, KEPT_BOTH_SEPARATOR)
                    if wanted == stored:
                        return _note(row) if row is not None else None
            if not wanted.strip():
                if row is not None:
                    session.delete(row)
                return None
            now = _now().isoformat()
            if row is None:
                row = NoteRow(target=target.value, key=key, forum_slug=scope, created_at=now)
                session.add(row)
            row.set_text(wanted)
            row.updated_at = now
            _store_snapshot(row, snapshot)
            session.flush()
            return _note(row)

        return self._write(change)

    def delete_note(self, target: NoteTarget, key: str, forum_slug: str = "") -> DeletedNote | None:
        """Move the note on ``key`` to the bin, whole, in one transaction; None if it has none.

        It stays there, restorable with :meth:`restore_note`, until :meth:`empty_bin`.
        """
        key, forum_slug = clean_text(key), clean_text(forum_slug)

        def change(session: OrmSession) -> DeletedNote | None:
            row = self._note_row(session, target, key, forum_slug)
            if row is None and target is NoteTarget.SESSION and forum_slug:
                row = self._note_row(session, target, key, "")
            if row is None:
                return None
            note = _note(row)
            binned = DeletedNoteRow(
                target=row.target,
                forum_slug=row.forum_slug,
                key=row.key,
                created_at=row.created_at or "",
                updated_at=row.updated_at,
                deleted_at=_now().isoformat(),
                body=row.body,
            )
            for column in values.SNAPSHOT_COLUMNS:
                setattr(binned, column, getattr(row, column))
            session.add(binned)
            session.delete(row)
            session.flush()
            return DeletedNote(binned.id, note) if note is not None else None

        return self._write(change)

    def restore_note(self, number: int) -> Note | None:
        """Put the note deleted as ``number`` back (an undo); None if the bin no longer has it.

        A note written on the same session or person meanwhile is kept, and the lines of the
        deleted one that it lacks are added after it.
        """

        def change(session: OrmSession) -> Note | None:
            binned = session.get(DeletedNoteRow, number)
            if binned is None:
                return None
            target = NoteTarget(binned.target)
            text = values.stored_text(binned.body)
            row = self._note_row(session, target, binned.key, binned.forum_slug)
            if row is None:
                row = NoteRow(
                    target=binned.target,
                    key=binned.key,
                    forum_slug=binned.forum_slug,
                    created_at=binned.created_at,
                    updated_at=binned.updated_at,
                )
                for column in values.SNAPSHOT_COLUMNS:
                    setattr(row, column, getattr(binned, column))
                row.set_text(text)
                session.add(row)
            else:
                row.set_text(keep_both(values.stored_text(row.body), text, KEPT_BOTH_SEPARATOR))
                row.updated_at = _now().isoformat()
            session.delete(binned)
            session.flush()
            return _note(row)

        return self._write(change)

    def empty_bin(self) -> int:
        """Delete for good the notes waiting in the bin; returns how many.

        Call it only when no deletion can be undone any more (when the window opens the store).
        """
        return self._write(
            lambda session: int(
                getattr(session.execute(delete(DeletedNoteRow)), "rowcount", 0) or 0
            )
        )

    # Merging records from another computer -------------------------------------------------

    def merge_records(
        self,
        bookmarks: Iterable[Bookmark],
        notes: Iterable[Note],
        combine: Callable[[Note, Note], Note],
        hidden: Iterable[HiddenItem] = (),
    ) -> tuple[int, int, int, int]:
        """Add bookmarks, notes and hidden rooms, tracks and sessions from elsewhere in one
        transaction: all of them, or none.

        A bookmark or hidden item already here is kept as it is. A note on a session or person
        that already has one here becomes ``combine(note here, incoming note)``; empty incoming
        notes are ignored. Returns (bookmarks added, notes added, notes changed, hidden items
        added).
        """
        incoming_bookmarks = [
            replace(
                bookmark,
                session_guid=clean_text(bookmark.session_guid),
                forum_slug=clean_text(bookmark.forum_slug),
            )
            for bookmark in bookmarks
        ]
        incoming_notes = [
            replace(
                note,
                key=clean_text(note.key),
                text=clean_text(note.text),
                forum_slug=clean_text(note.forum_slug) if note.target is NoteTarget.SESSION else "",
            )
            for note in notes
            if note.text.strip()
        ]
        incoming_hidden = list(
            dict.fromkeys(
                replace(
                    item,
                    forum_slug=clean_text(item.forum_slug),
                    value=clean_text(item.value),
                    label=clean_text(item.label),
                )
                for item in hidden
            )
        )

        def stamp(moment: datetime) -> str:
            aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
            return aware.astimezone(UTC).replace(microsecond=0).isoformat()

        def change(session: OrmSession) -> tuple[int, int, int, int]:
            added_bookmarks = added_notes = changed_notes = added_hidden = 0
            for bookmark in incoming_bookmarks:
                if session.get(BookmarkRow, (bookmark.forum_slug, bookmark.session_guid)):
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
                existing = self._note_row(session, note.target, note.key, note.forum_slug)
                if existing is None:
                    existing = NoteRow(
                        target=note.target.value, key=note.key, forum_slug=note.forum_slug
                    )
                    existing.set_text(note.text)
                    existing.updated_at = stamp(note.updated_at)
                    existing.created_at = stamp(note.created_at or note.updated_at)
                    _store_snapshot(existing, note.snapshot)
                    session.add(existing)
                    session.flush()
                    added_notes += 1
                    continue
                here = _note(existing)
                if here is None:
                    continue
                kept = combine(here, note)
                if kept == here:
                    continue
                existing.set_text(clean_text(kept.text))
                existing.updated_at = stamp(kept.updated_at)
                _store_snapshot(existing, kept.snapshot)
                session.flush()
                changed_notes += 1
            for item in incoming_hidden:
                if session.get(HiddenRow, (item.forum_slug, item.kind.value, item.value)):
                    continue
                session.add(
                    HiddenRow(
                        forum_slug=item.forum_slug,
                        kind=item.kind.value,
                        value=item.value,
                        label=item.label,
                        created_at=_now().isoformat(),
                    )
                )
                session.flush()
                added_hidden += 1
            return added_bookmarks, added_notes, changed_notes, added_hidden

        return self._write(change)
