"""Rotating, verified backups of the personal store, made with SQLite's online backup API.

A backup is written under a temporary name, reopened and checked with
``PRAGMA integrity_check``, and only then given its real name; older backups are dropped only
after that. The rotation keeps the few most recent backups and, for each of the last few days
that has one, that day's newest. Backups taken before a schema migration carry a label and are
kept apart from the rotation.

The rotation never drops the newest backup that holds more notes or more bookmarks than the
live store: if the store lost them (replaced by an empty file, say), that backup is the way back.
While a recovery of the store is unacknowledged (its marker file is beside the store) nothing is
pruned at all. Files left by a backup that was killed while writing are removed once they are
old enough that no running backup can still be writing them.

Only the standard library is used, so a backup can be made or restored without SQLAlchemy.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from forumguide.personal import PersonalStoreError, StoreProblem, failures
from forumguide.personal.layout import recovery_marker

log = logging.getLogger(__name__)

RECENT_TO_KEEP = 5
DAYS_TO_KEEP = 7
LABELLED_TO_KEEP = 3
# A half-written backup older than this was left by a process that died while writing it.
ABANDONED_AFTER = timedelta(minutes=10)
PARTIAL_SUFFIX = ".partial"
_STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)(?:-(?P<label>[a-z0-9-]+))?\.sqlite$")
# A half-written backup and the journal files SQLite writes beside it.
_LEFTOVER = re.compile(
    r"^(?P<stem>.+)-\d{8}T\d{12}Z(?:-[a-z0-9-]+)?\.sqlite\.partial(?:-wal|-shm|-journal)?$"
)


class BackupError(PersonalStoreError):
    """A backup could not be written, or a backup file is not a sound copy of the store."""


@dataclass(frozen=True, slots=True)
class BackupFile:
    """One backup on disk; ``label`` is empty for the rotating ones."""

    path: Path
    taken_at: datetime
    label: str = ""

    @property
    def day(self) -> date:
        return self.taken_at.date()


def _sqlite_uri(path: Path, mode: str) -> str:
    return f"{path.resolve().as_uri()}?mode={mode}"


def verify(path: Path) -> int:
    """Open a database file read-only and check it through; returns its ``user_version``.

    Raises:
        BackupError: the file cannot be opened, or ``PRAGMA integrity_check`` finds damage.
    """
    try:
        connection = sqlite3.connect(_sqlite_uri(path, "ro"), uri=True)
        try:
            result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise BackupError(
            f"{path} cannot be read: {error}",
            what=StoreProblem.BACKUP_UNREADABLE,
            path=path,
            kind=failures.kind_of(error),
            detail=str(error),
        ) from error
    if result != ["ok"]:
        found = "; ".join(str(r) for r in result[:3])
        raise BackupError(
            f"{path} is damaged: {found}",
            what=StoreProblem.BACKUP_DAMAGED,
            path=path,
            detail=found,
        )
    return version


def copy_database(source: Path, target: Path) -> None:
    """Copy a consistent snapshot of ``source`` to ``target`` with the backup API.

    The copy uses a rollback journal (not WAL), so it is one self-contained file.
    """
    source_connection = sqlite3.connect(source, timeout=10)
    try:
        target_connection = sqlite3.connect(target)
        try:
            source_connection.backup(target_connection)
            target_connection.execute("PRAGMA journal_mode=DELETE")
        finally:
            target_connection.close()
    finally:
        source_connection.close()


def record_counts(path: Path) -> tuple[int, int] | None:
    """How many notes (with text) and bookmarks a store file holds; None if it cannot be read."""
    try:
        connection = sqlite3.connect(_sqlite_uri(path, "ro"), uri=True, timeout=5)
        try:
            notes = connection.execute("SELECT count(*) FROM note WHERE body != ''").fetchone()
            bookmarks = connection.execute("SELECT count(*) FROM bookmark").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return int(notes[0]), int(bookmarks[0])


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _fsync_folder(folder: Path) -> None:
    # Makes the rename durable; folders cannot be opened this way on Windows.
    if os.name == "posix":
        _fsync(folder)


class Backups:
    """The backups of one store file, kept in ``folder``.

    ``store`` is the live store they are backups of; without it, the file passed to
    :meth:`create` is taken to be the live store.
    """

    def __init__(self, folder: Path, stem: str = "personal", *, store: Path | None = None) -> None:
        self.folder = folder
        self.stem = stem
        self.store = store

    def all(self) -> list[BackupFile]:
        """Every finished backup, newest first."""
        if not self.folder.is_dir():
            return []
        found: list[BackupFile] = []
        for path in self.folder.iterdir():
            match = _NAME.match(path.name)
            if match is None or match["stem"] != self.stem:
                continue
            taken_at = datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=UTC)
            found.append(BackupFile(path, taken_at, match["label"] or ""))
        return sorted(found, key=lambda backup: backup.taken_at, reverse=True)

    def newest(self) -> BackupFile | None:
        backups = self.all()
        return backups[0] if backups else None

    def create(self, source: Path, label: str = "", now: datetime | None = None) -> BackupFile:
        """Back ``source`` up, verify the copy, then rotate.

        When the new copy holds exactly what the newest backup already holds, it is dropped and
        that backup is returned, so that reopening an unchanged store does not push older,
        different backups out of the rotation.

        Raises:
            BackupError: the copy could not be written or did not pass the integrity check;
                every older backup is still there.
        """
        taken_at = (now or datetime.now(UTC)).astimezone(UTC)
        name = f"{self.stem}-{taken_at.strftime(_STAMP_FORMAT)}{f'-{label}' if label else ''}"
        target = self.folder / f"{name}.sqlite"
        partial = self.folder / f"{name}.sqlite{PARTIAL_SUFFIX}"
        previous = self.newest()
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            copy_database(source, partial)
            verify(partial)
            if not label and previous is not None and _same_bytes(partial, previous.path):
                partial.unlink()
                return previous
            _fsync(partial)
            partial.replace(target)
            _fsync_folder(self.folder)
        except (sqlite3.Error, OSError) as error:
            with contextlib.suppress(OSError):
                partial.unlink()
            reason = failures.describe(error, self.folder)
            raise BackupError(
                f"{source} could not be backed up: {reason}",
                what=StoreProblem.NOT_BACKED_UP,
                path=source,
                kind=failures.kind_of(error, self.folder),
                detail=failures.detail(error),
            ) from error
        except BackupError:
            with contextlib.suppress(OSError):
                partial.unlink()
            raise
        backup = BackupFile(target, taken_at, label)
        log.info("backed up %s to %s", source, target)
        # The new backup holds exactly what the live store holds.
        self.prune(now=taken_at, live=self.store or source, live_counts=record_counts(target))
        return backup

    def due(self, interval: timedelta, now: datetime | None = None) -> bool:
        """Whether the newest rotating backup is older than ``interval`` (or there is none)."""
        rotating = [backup for backup in self.all() if not backup.label]
        if not rotating:
            return True
        return (now or datetime.now(UTC)) - rotating[0].taken_at >= interval

    def keep(self, backups: Iterable[BackupFile]) -> set[Path]:
        """The backups the rotation keeps, out of ``backups``."""
        ordered = sorted(backups, key=lambda backup: backup.taken_at, reverse=True)
        rotating = [backup for backup in ordered if not backup.label]
        labelled = [backup for backup in ordered if backup.label]
        kept = {backup.path for backup in rotating[:RECENT_TO_KEEP]}
        days: list[date] = []
        for backup in rotating:  # newest first, so the first of each day is its newest
            if backup.day not in days:
                days.append(backup.day)
                if len(days) > DAYS_TO_KEEP:
                    break
                kept.add(backup.path)
        kept.update(backup.path for backup in labelled[:LABELLED_TO_KEEP])
        return kept

    def prune(
        self,
        now: datetime | None = None,
        live: Path | None = None,
        live_counts: tuple[int, int] | None = None,
    ) -> list[Path]:
        """Drop the backups the rotation no longer keeps, and abandoned partial files.

        Args:
            now: the moment that decides which partial files are abandoned.
            live: the live store (default: :attr:`store`). Nothing is dropped while a recovery
                of it is unacknowledged, nor the newest backup holding more than it.
            live_counts: the live store's (notes, bookmarks), when the caller knows them.
        """
        removed = self.remove_abandoned(now)
        live = live or self.store
        if live is not None and recovery_marker(live).exists():
            log.info("backups are not pruned until the recovery of %s is acknowledged", live)
            return removed
        backups = self.all()
        kept = self.keep(backups)
        if live is not None and any(backup.path not in kept for backup in backups):
            fuller = self._newest_fuller(backups, live_counts or record_counts(live) or (0, 0))
            if fuller is not None:
                kept.add(fuller.path)
        for backup in backups:
            if backup.path not in kept:
                with contextlib.suppress(OSError):
                    backup.path.unlink()
                    removed.append(backup.path)
        return removed

    @staticmethod
    def _newest_fuller(backups: list[BackupFile], live: tuple[int, int]) -> BackupFile | None:
        """The newest backup holding more notes or more bookmarks than the live store."""
        for backup in backups:  # newest first
            counts = record_counts(backup.path)
            if counts is not None and (counts[0] > live[0] or counts[1] > live[1]):
                return backup
        return None

    def remove_abandoned(self, now: datetime | None = None) -> list[Path]:
        """Remove partial backups (and SQLite's journals of them) that no one is writing."""
        if not self.folder.is_dir():
            return []
        removed: list[Path] = []
        moment = (now or datetime.now(UTC)).timestamp()
        for path in self.folder.iterdir():
            match = _LEFTOVER.match(path.name)
            if match is None or match["stem"] != self.stem:
                continue
            with contextlib.suppress(OSError):
                if moment - path.stat().st_mtime > ABANDONED_AFTER.total_seconds():
                    path.unlink()
                    removed.append(path)
        return removed

    def newest_good(self, max_version: int) -> BackupFile | None:
        """The newest backup that passes the integrity check and this version can open."""
        for backup in self.all():
            try:
                version = verify(backup.path)
            except BackupError as error:
                log.warning("skipping backup: %s", error)
                continue
            if version <= max_version:
                return backup
            log.warning("skipping backup %s: written by a newer version", backup.path)
        return None


def _same_bytes(first: Path, second: Path) -> bool:
    if first.stat().st_size != second.stat().st_size:
        return False
    return first.read_bytes() == second.read_bytes()
