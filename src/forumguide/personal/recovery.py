"""Checks the personal store before it is opened, and recovers a damaged one from a backup.

On every open the file gets ``PRAGMA quick_check``; after an unclean shutdown (the marker file
written at open is still there) it gets the full ``PRAGMA integrity_check``. A damaged file is
moved aside, with its ``-wal``/``-shm`` files, under a time-stamped name in the same folder and
is never deleted; the newest backup that passes its own integrity check is restored in its place.
With no such backup the store starts empty and the damaged file stays where it was moved.

The check runs on a read-only connection, so a file from a newer version is not changed by it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from forumguide.personal import PersonalStoreError
from forumguide.personal.backup import BackupError, BackupFile, Backups, copy_database, verify

log = logging.getLogger(__name__)

MARKER_SUFFIX = ".open"
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
# Primary result codes that mean the bytes are not a sound database (not a locked or missing
# file, which are reported instead).
_DAMAGE_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})


@dataclass(frozen=True, slots=True)
class Recovery:
    """What happened to a damaged store when it was opened."""

    store: Path
    damaged_path: Path
    problem: str
    restored_from: BackupFile | None

    def describe(self) -> str:
        """An English sentence for the log and the command line (the window translates)."""
        if self.restored_from is not None:
            taken = self.restored_from.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
            return (
                f"The personal store {self.store} was damaged ({self.problem}). It was moved to "
                f"{self.damaged_path}, and the backup of {taken} was restored."
            )
        return (
            f"The personal store {self.store} was damaged ({self.problem}). It was moved to "
            f"{self.damaged_path}; no sound backup was found, so a new, empty store was started."
        )


@dataclass(frozen=True, slots=True)
class Prepared:
    """The store file is ready to open: its schema version, and any recovery that happened."""

    version: int
    recovery: Recovery | None = None


@dataclass(frozen=True, slots=True)
class _Inspection:
    version: int = 0
    tables: int = 0
    problem: str = ""


# Unclean-shutdown marker -------------------------------------------------------------------


def marker_path(store: Path) -> Path:
    return store.with_name(store.name + MARKER_SUFFIX)


def was_left_open(store: Path) -> bool:
    """Whether the last process that opened the store did not close it."""
    return marker_path(store).exists()


def mark_open(store: Path) -> None:
    with contextlib.suppress(OSError):
        marker_path(store).write_text(str(os.getpid()), encoding="ascii")


def mark_closed(store: Path) -> None:
    """Remove the marker, unless another process wrote it after this one."""
    marker = marker_path(store)
    with contextlib.suppress(OSError):
        if marker.read_text(encoding="ascii").strip() == str(os.getpid()):
            marker.unlink()


# Checking ---------------------------------------------------------------------------------


def is_damage(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in _DAMAGE_CODES
    message = str(error).lower()
    return "malformed" in message or "not a database" in message


def _inspect(path: Path, full: bool) -> _Inspection:
    """Read the version and check the file, without writing to it.

    Raises:
        PersonalStoreError: the file cannot be read for a reason other than damage
            (permissions, a lock held by another program).
    """
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            tables = int(connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0])
            check = "PRAGMA integrity_check" if full else "PRAGMA quick_check"
            result = [str(row[0]) for row in connection.execute(check)]
        finally:
            connection.close()
    except sqlite3.Error as error:
        if is_damage(error):
            return _Inspection(problem=str(error))
        raise PersonalStoreError(
            f"The personal store {path} could not be opened: {error}."
        ) from error
    if result != ["ok"]:
        return _Inspection(version, tables, "; ".join(result[:3]))
    return _Inspection(version, tables)


# Recovering -------------------------------------------------------------------------------


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")


def move_aside(store: Path, now: datetime | None = None) -> Path:
    """Rename a damaged store and its companion files; returns the store's new path."""
    stamp = _stamp(now or datetime.now(UTC))
    number = 0
    while True:
        tag = f"damaged-{stamp}" + (f"-{number}" if number else "")
        target = store.with_name(f"{store.stem}.{tag}{store.suffix}")
        if not any(Path(f"{target}{extra}").exists() for extra in ("", *COMPANION_SUFFIXES)):
            break
        number += 1
    for extra in COMPANION_SUFFIXES:
        companion = Path(f"{store}{extra}")
        if companion.exists():
            companion.replace(Path(f"{target}{extra}"))
    store.replace(target)
    return target


def restore(backup: BackupFile, store: Path) -> None:
    """Put a verified copy of ``backup`` at ``store`` (which must not exist)."""
    partial = store.with_name(store.name + ".restoring")
    try:
        copy_database(backup.path, partial)
        verify(partial)
        partial.replace(store)
    except (sqlite3.Error, OSError, BackupError):
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def prepare(
    store: Path, backups: Backups | None, *, full_check: bool, max_version: int
) -> Prepared:
    """Check the store file and recover it if it is damaged.

    An existing file that is logically empty (no tables, for instance truncated to nothing) is
    treated as damaged when a good backup exists, and as a new store otherwise.

    Raises:
        PersonalStoreError: the file cannot be read for a reason that is not damage; nothing
            was moved.
    """
    if not store.exists():
        return Prepared(0)
    found = _inspect(store, full_check)
    problem = found.problem
    good: BackupFile | None = None
    if not problem and found.tables == 0 and found.version == 0 and backups is not None:
        good = backups.newest_good(max_version)
        if good is not None:
            problem = "the file is empty"
    if not problem:
        return Prepared(found.version)
    log.error("personal store %s is damaged: %s", store, problem)
    damaged = move_aside(store)
    if good is None and backups is not None:
        good = backups.newest_good(max_version)
    restored: BackupFile | None = None
    version = 0
    while good is not None and restored is None:
        try:
            restore(good, store)
            version = verify(store)
            restored = good
        except (sqlite3.Error, OSError, BackupError) as error:
            log.error("backup %s could not be restored: %s", good.path, error)
            candidates = [b for b in backups.all() if b.taken_at < good.taken_at] if backups else []
            good = next((b for b in candidates if _usable(b, max_version)), None)
    recovery = Recovery(store, damaged, problem, restored)
    log.warning("%s", recovery.describe())
    return Prepared(version, recovery)


def _usable(backup: BackupFile, max_version: int) -> bool:
    try:
        return verify(backup.path) <= max_version
    except BackupError:
        return False
