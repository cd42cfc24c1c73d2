"""Checks the personal store before it is opened, and recovers it from a backup when needed.

What is in the store's place is looked at before SQLite touches it:

- nothing (the file is missing): with a good backup, the newest is restored; without one the
  store simply starts (a new user);
- something that is not a regular file (a folder, a FIFO, a dangling link): it is set aside,
  never opened, since opening a FIFO blocks;
- a file whose write-ahead log is damaged (:mod:`forumguide.personal.wal`): SQLite would drop
  the commits behind the damage, so the store is treated as damaged;
- a file that fails ``PRAGMA quick_check`` (the full ``integrity_check`` after an unclean
  shutdown, when the marker written at open is still there): damaged;
- a sound SQLite file without tables (empty) or whose tables are not a store's (foreign):
  with a good backup it is replaced by it; a foreign one is set aside even without a backup.

A file set aside is renamed, with its ``-wal``/``-shm`` files, under a name that says why and
when, in the same folder; it is never modified or deleted. The newest backup that passes its
integrity check is restored in its place; every newer backup that could not be restored (a full
disk, damage) is named in the :class:`Recovery`, and what the old file and those backups hold
that the restored store lacks is offered back (:mod:`forumguide.personal.salvage`).

A recovery is recorded in a small file beside the store and reported at every open until the
user acknowledges it; until then the backup rotation prunes nothing.

The checks run on read-only connections, so a file from a newer version is not changed by them.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from forumguide.personal import PersonalStoreError, StoreProblem, failures, layout
from forumguide.personal.backup import (
    ABANDONED_AFTER,
    BackupError,
    BackupFile,
    Backups,
    copy_database,
    verify,
)
from forumguide.personal.salvage import Salvage, salvage_all
from forumguide.personal.wal import check_wal, wal_path

log = logging.getLogger(__name__)

MARKER_SUFFIX = layout.OPEN_MARKER_SUFFIX
COMPANION_SUFFIXES = layout.COMPANION_SUFFIXES
# Primary result codes that mean the bytes are not a sound database (not a locked or missing
# file, which are reported instead).
_DAMAGE_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})
_STORE_TABLES = ("note", "bookmark")
_MARKER_FORMAT = 1


class RecoveryReason(StrEnum):
    """Why the store was recovered."""

    MISSING = "missing"  # no file where the store belongs, though backups exist
    EMPTY = "empty"  # a sound SQLite file without tables
    FOREIGN = "foreign"  # a sound SQLite file whose tables are not a store's
    DAMAGED = "damaged"  # fails its checks, or its write-ahead log is damaged
    NOT_A_FILE = "not-a-file"  # a folder, FIFO, socket, device or dangling link


_DAMAGED_BACKUP = "The backup is damaged."
_NEWER_BACKUP = "The backup was written by a newer version of ForumGuide."


class RestoreFailure(StrEnum):
    """Why a backup could not be restored."""

    DAMAGED = "damaged"  # the backup fails its checks
    NEWER = "newer"  # written by a newer version of ForumGuide
    DISK_FULL = "disk-full"
    READ_ONLY = "read-only"
    LOCKED = "locked"
    OTHER = "other"  # see ``detail``


_FAILURE_OF_KIND = {
    failures.DISK_FULL_KIND: RestoreFailure.DISK_FULL,
    failures.READ_ONLY_KIND: RestoreFailure.READ_ONLY,
    failures.LOCKED_KIND: RestoreFailure.LOCKED,
}


@dataclass(frozen=True, slots=True)
class FailedRestore:
    """A backup newer than the one restored that could not be restored, and why.

    ``unusable`` says the backup itself cannot be used (damaged, or written by a newer
    version); otherwise restoring it failed, for instance because ``disk_full``. ``problem``
    says why in English (for the log); ``kind`` says it for the window to word, with
    ``detail`` in the system's own words when the kind is ``OTHER``.
    """

    backup: BackupFile
    problem: str
    disk_full: bool = False
    unusable: bool = False
    kind: RestoreFailure = RestoreFailure.OTHER
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Recovery:
    """What was found in the store's place when it was opened, and what was done about it.

    Attributes:
        store: the store file.
        damaged_path: where what was found in the store's place was set aside (kept, never
            changed); None when nothing was there.
        problem: what was wrong, in a few English words (for the log; ``reason`` is the fact).
        restored_from: the backup now in the store's place; None when a new, empty store was
            started.
        reason: why the store was recovered.
        not_restored: newer backups than ``restored_from`` that could not be restored, newest
            first, each with its reason (a full disk, damage).
        salvaged: notes and bookmarks that the set-aside file or those backups hold and the
            store lacks or holds differently, to be offered back.
        happened_at: when the recovery happened.
        from_earlier_start: the recovery happened at an earlier start and was not acknowledged.
    """

    store: Path
    damaged_path: Path | None
    problem: str
    restored_from: BackupFile | None
    reason: RecoveryReason = RecoveryReason.DAMAGED
    not_restored: tuple[FailedRestore, ...] = ()
    salvaged: Salvage = field(default_factory=Salvage)
    happened_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    from_earlier_start: bool = False

    @property
    def fully_restored(self) -> bool:
        """The newest good backup was restored: nothing newer was passed over."""
        return self.restored_from is not None and not self.not_restored

    @property
    def disk_full(self) -> bool:
        """A full disk kept a newer backup from being restored."""
        return any(failed.disk_full for failed in self.not_restored)

    def describe(self) -> str:
        """An English sentence for the log and the command line (the window translates)."""
        found = {
            RecoveryReason.MISSING: f"The personal store {self.store} was missing.",
            RecoveryReason.EMPTY: f"The personal store {self.store} was empty.",
            RecoveryReason.FOREIGN: (
                f"The personal store {self.store} did not hold ForumGuide data ({self.problem})."
            ),
            RecoveryReason.DAMAGED: (
                f"The personal store {self.store} was damaged ({self.problem})."
            ),
            RecoveryReason.NOT_A_FILE: (
                f"In the place of the personal store {self.store} there was {self.problem}."
            ),
        }[self.reason]
        if self.restored_from is not None:
            outcome = f"the backup of {_shown(self.restored_from)} was restored."
        elif all(failed.unusable for failed in self.not_restored):
            outcome = "no sound backup was found, so a new, empty store was started."
        else:
            outcome = "no backup could be restored, so a new, empty store was started."
        if self.damaged_path is None:
            parts = [found, outcome[0].upper() + outcome[1:]]
        else:
            joint = ", and " if self.restored_from is not None else "; "
            parts = [found, f"It was moved to {self.damaged_path}{joint}{outcome}"]
        if self.not_restored:
            failed = "; ".join(f"{_shown(f.backup)}: {f.problem}" for f in self.not_restored)
            which = "Newer backups" if self.restored_from is not None else "The backups"
            parts.append(f"{which} could not be restored ({failed}).")
        if not self.salvaged.empty:
            hidden = len(self.salvaged.hidden)
            parts.append(
                f"{len(self.salvaged.notes)} notes, {len(self.salvaged.bookmarks)} bookmarks "
                f"and {hidden} hidden rooms, tracks or sessions that the store now lacks can be "
                "taken back from them."
            )
        return " ".join(parts)


def _shown(backup: BackupFile) -> str:
    return backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True, slots=True)
class Prepared:
    """The store file is ready to open: its schema version, and the recoveries to report.

    ``recovery`` is the one that happened now; ``earlier`` those of earlier starts that the
    user has not acknowledged.
    """

    version: int
    recovery: Recovery | None = None
    earlier: tuple[Recovery, ...] = ()

    @property
    def recoveries(self) -> tuple[Recovery, ...]:
        """Every unacknowledged recovery, oldest first."""
        return self.earlier + ((self.recovery,) if self.recovery is not None else ())


@dataclass(frozen=True, slots=True)
class _Inspection:
    version: int = 0
    tables: int = 0
    problem: str = ""
    # Why the tables are not a store's; empty when they are.
    foreign: str = ""


# Unclean-shutdown marker -------------------------------------------------------------------


def marker_path(store: Path) -> Path:
    return layout.open_marker(store)


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


# Unacknowledged recoveries ------------------------------------------------------------------


def recovery_marker_path(store: Path) -> Path:
    """The file that records recoveries the user has not acknowledged yet."""
    return layout.recovery_marker(store)


def _backup_record(backup: BackupFile) -> dict[str, str]:
    taken_at = backup.taken_at.isoformat()
    return {"path": str(backup.path), "taken_at": taken_at, "label": backup.label}


def _backup_from(record: Any) -> BackupFile:
    return BackupFile(
        Path(record["path"]), datetime.fromisoformat(record["taken_at"]), str(record["label"])
    )


def _record(recovery: Recovery) -> dict[str, Any]:
    restored = recovery.restored_from
    return {
        "reason": recovery.reason.value,
        "problem": recovery.problem,
        "damaged_path": str(recovery.damaged_path) if recovery.damaged_path else None,
        "restored_from": _backup_record(restored) if restored else None,
        "not_restored": [
            {
                **_backup_record(f.backup),
                "problem": f.problem,
                "disk_full": f.disk_full,
                "unusable": f.unusable,
                "kind": f.kind.value,
                "detail": f.detail,
            }
            for f in recovery.not_restored
        ],
        "happened_at": recovery.happened_at.isoformat(),
    }


def _failed_from(item: Any) -> FailedRestore:
    problem, disk_full = str(item["problem"]), bool(item["disk_full"])
    kind = item.get("kind")
    if kind in set(RestoreFailure):
        failure = RestoreFailure(kind)
    elif disk_full:
        failure = RestoreFailure.DISK_FULL
    else:  # recorded by a version that kept only the English sentence
        failure = {
            _DAMAGED_BACKUP: RestoreFailure.DAMAGED,
            _NEWER_BACKUP: RestoreFailure.NEWER,
        }.get(problem, RestoreFailure.OTHER)
    return FailedRestore(
        _backup_from(item),
        problem,
        disk_full,
        bool(item.get("unusable", False)),
        failure,
        str(item.get("detail", problem if failure is RestoreFailure.OTHER else "")),
    )


def _recovery_from(record: Any, store: Path) -> Recovery:
    damaged = record["damaged_path"]
    restored = record["restored_from"]
    return Recovery(
        store=store,
        damaged_path=Path(damaged) if damaged else None,
        problem=str(record["problem"]),
        restored_from=_backup_from(restored) if restored else None,
        reason=RecoveryReason(record["reason"]),
        not_restored=tuple(_failed_from(item) for item in record["not_restored"]),
        happened_at=datetime.fromisoformat(record["happened_at"]),
        from_earlier_start=True,
    )


def unacknowledged(store: Path) -> tuple[Recovery, ...]:
    """The recoveries of earlier starts that the user has not acknowledged, oldest first."""
    marker = recovery_marker_path(store)
    try:
        text = marker.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ()
    except OSError as error:
        log.error("%s cannot be read: %s", marker, error)
        return ()
    try:
        document = json.loads(text)
        return tuple(_recovery_from(record, store) for record in document["recoveries"])
    except (ValueError, KeyError, TypeError) as error:
        # Still a marker: the rotation keeps every backup until it is acknowledged.
        log.error("%s cannot be understood: %s", marker, error)
        return ()


def _write_marker(store: Path, recoveries: tuple[Recovery, ...]) -> None:
    """Record the unacknowledged recoveries; a failure is logged, the recovery goes on."""
    marker = recovery_marker_path(store)
    document = {"format": _MARKER_FORMAT, "recoveries": [_record(r) for r in recoveries]}
    partial = layout.beside(marker, ".new")
    try:
        with partial.open("w", encoding="utf-8") as file:
            json.dump(document, file, indent=1)
            file.flush()
            os.fsync(file.fileno())
        partial.replace(marker)
    except OSError as error:
        log.error("the recovery of %s could not be recorded: %s", store, error)
        with contextlib.suppress(OSError):
            partial.unlink()


def acknowledge(store: Path) -> None:
    """Forget the recoveries of ``store``: the user has seen them. Failures are logged."""
    try:
        recovery_marker_path(store).unlink(missing_ok=True)
    except OSError as error:
        log.error("the recovery of %s could not be acknowledged: %s", store, error)


# What is in the store's place ---------------------------------------------------------------


def _odd_kind(path: Path) -> str | None:
    """What stands at ``path`` if it is not a regular file (or a link to one); None if it is.

    Raises:
        FileNotFoundError: nothing is there.
    """
    mode = path.lstat().st_mode
    if stat.S_ISLNK(mode):
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            return "a link to a file that does not exist"
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device"


def _exists(path: Path) -> bool:
    try:
        path.lstat()
    except FileNotFoundError:
        return False
    return True


# Checking ---------------------------------------------------------------------------------


def is_damage(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in _DAMAGE_CODES
    message = str(error).lower()
    return "malformed" in message or "not a database" in message


def _required_columns() -> dict[str, set[str]]:
    from forumguide.personal.models import UserBase  # noqa: PLC0415 - SQLAlchemy, loaded late

    return {
        name: {column.name for column in UserBase.metadata.tables[name].columns}
        for name in _STORE_TABLES
    }


def _foreign(
    connection: sqlite3.Connection, version: int, max_version: int, tables: set[str]
) -> str:
    """Why the tables are not those of a store this version can open; empty if they are."""
    missing = [name for name in _STORE_TABLES if name not in tables]
    if missing:
        return f"it has no {' or '.join(missing)} table"
    required_columns: dict[str, set[str]] | dict[str, frozenset[str]]
    if 0 < version < max_version:
        required_columns = layout.COLUMNS_OF_FORMAT.get(version, {})
    else:
        required_columns = _required_columns()
    for name, required in required_columns.items():
        present = {str(row[1]) for row in connection.execute(f"PRAGMA table_info({name})")}
        lacking = sorted(required - present)
        if lacking:
            return f"its {name} table lacks {', '.join(lacking)}"
    return ""


def read_only_uri(path: Path, writable_folder: bool) -> str:
    """A URI that reads ``path`` without writing anything.

    SQLite reads a WAL file read-only only if it may create the ``-shm`` index beside it; in a
    read-only folder a file without a log is opened as immutable instead, which creates nothing.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    log_file = wal_path(path)
    has_log = log_file.is_file() and log_file.stat().st_size > 0
    return uri if writable_folder or has_log else f"{uri}&immutable=1"


def _inspect(path: Path, full: bool, max_version: int, writable: bool) -> _Inspection:
    """Read the version and check the file, without writing to it.

    Raises:
        PersonalStoreError: the file cannot be read for a reason other than damage
            (permissions, a lock held by another program).
    """
    try:
        connection = sqlite3.connect(read_only_uri(path, writable), uri=True, timeout=5)
        try:
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            tables = {
                str(row[0])
                for row in connection.execute("SELECT name FROM sqlite_schema WHERE type='table'")
            }
            entries = int(connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0])
            check = "PRAGMA integrity_check" if full else "PRAGMA quick_check"
            result = [str(row[0]) for row in connection.execute(check)]
            foreign = ""
            if result == ["ok"] and entries and version <= max_version:
                foreign = _foreign(connection, version, max_version, tables)
        finally:
            connection.close()
    except sqlite3.Error as error:
        if is_damage(error):
            return _Inspection(problem=str(error))
        raise PersonalStoreError(
            f"The personal store {path} could not be opened: {failures.describe(error)}",
            what=StoreProblem.NOT_OPENED,
            path=path,
            kind=failures.kind_of(error),
            detail=failures.detail(error),
        ) from error
    if result != ["ok"]:
        return _Inspection(version, entries, "; ".join(result[:3]))
    return _Inspection(version, entries, foreign=foreign)


# Recovering -------------------------------------------------------------------------------


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")


def _aside_target(store: Path, tag: str, now: datetime | None = None) -> Path:
    """A free name beside ``store`` that says why and when: ``personal.<tag>-<time>.sqlite``."""
    stamp = _stamp(now or datetime.now(UTC))
    number = 0
    while True:
        name = f"{tag}-{stamp}" + (f"-{number}" if number else "")
        target = store.with_name(f"{store.stem}.{name}{store.suffix}")
        if not any(_exists(path) for path in (target, *layout.companions(target))):
            return target
        number += 1


def move_aside(store: Path, now: datetime | None = None, tag: str = "damaged") -> Path:
    """Rename what is at ``store`` and its companion files; returns its new path.

    ``tag`` says why, in the new name: ``personal.<tag>-<time>.sqlite``.
    """
    target = _aside_target(store, tag, now)
    for companion, moved in zip(layout.companions(store), layout.companions(target), strict=True):
        if _exists(companion):
            companion.replace(moved)
    if _exists(store):
        store.replace(target)
    return target


def _set_aside_odd_companions(store: Path) -> None:
    """A folder or FIFO in place of the log or its index would make SQLite fail or block; such a
    thing cannot hold the store's data, so it is only renamed."""
    for companion in layout.companions(store):
        try:
            kind = _odd_kind(companion)
        except FileNotFoundError:
            continue
        if kind is not None:
            suffix = companion.name[len(store.name) :]
            target = layout.beside(_aside_target(store, "odd"), suffix)
            companion.replace(target)
            log.warning("%s was %s; it was moved to %s", companion, kind, target)


def _remove_leftovers(store: Path, backups: Backups | None) -> None:
    """Remove what killed restores and backups left, once no running one can be writing it."""
    moment = datetime.now(UTC).timestamp()
    restoring = layout.beside(store, layout.RESTORING_SUFFIX)
    new_marker = layout.beside(recovery_marker_path(store), ".new")
    for path in (restoring, *layout.companions(restoring), new_marker):
        with contextlib.suppress(OSError):
            if moment - path.lstat().st_mtime > ABANDONED_AFTER.total_seconds():
                path.unlink()
                log.info("removed %s, left by an interrupted restore", path)
    if backups is not None:
        backups.remove_abandoned()


def restore(backup: BackupFile, store: Path) -> None:
    """Put a verified copy of ``backup`` at ``store`` (which must not exist)."""
    partial = layout.beside(store, layout.RESTORING_SUFFIX)
    try:
        copy_database(backup.path, partial)
        verify(partial)
        partial.replace(store)
    except (sqlite3.Error, OSError, BackupError):
        for path in (partial, *layout.companions(partial)):
            with contextlib.suppress(OSError):
                path.unlink()
        raise


def _candidates(
    backups: Backups | None, max_version: int
) -> Iterator[tuple[BackupFile, FailedRestore | None]]:
    """Every backup, newest first, with the reason it cannot be restored if it cannot."""
    for backup in backups.all() if backups is not None else []:
        try:
            version = verify(backup.path)
        except BackupError as error:
            log.warning("skipping backup: %s", error)
            yield (
                backup,
                FailedRestore(backup, _DAMAGED_BACKUP, unusable=True, kind=RestoreFailure.DAMAGED),
            )
            continue
        if version > max_version:
            log.warning("skipping backup %s: written by a newer version", backup.path)
            yield (
                backup,
                FailedRestore(backup, _NEWER_BACKUP, unusable=True, kind=RestoreFailure.NEWER),
            )
            continue
        yield backup, None


def _has_good_backup(backups: Backups | None, max_version: int) -> bool:
    return backups is not None and backups.newest_good(max_version) is not None


def _recover(
    store: Path,
    backups: Backups | None,
    max_version: int,
    found: tuple[RecoveryReason, str, Path | None],
    earlier: tuple[Recovery, ...],
) -> Prepared:
    """Restore the newest backup that can be restored; record what was passed over and why."""
    reason, problem, damaged = found
    started = Recovery(store, damaged, problem, None, reason)
    # Recorded before restoring, so that a restore cut short is still reported next time.
    _write_marker(store, (*earlier, started))
    passed_over: list[FailedRestore] = []
    restored: BackupFile | None = None
    version = 0
    for backup, unusable in _candidates(backups, max_version):
        if unusable is not None:
            passed_over.append(unusable)
            continue
        try:
            restore(backup, store)
            version = verify(store)
        except (sqlite3.Error, OSError, BackupError) as error:
            full = failures.is_disk_full(error, store.parent)
            reason_given = failures.describe(error, store.parent)
            log.error("backup %s could not be restored: %s", backup.path, reason_given)
            kind = _FAILURE_OF_KIND.get(failures.kind_of(error, store.parent), RestoreFailure.OTHER)
            passed_over.append(
                FailedRestore(backup, reason_given, full, kind=kind, detail=failures.detail(error))
            )
            continue
        restored = backup
        break
    recovery = replace(started, restored_from=restored, not_restored=tuple(passed_over))
    _write_marker(store, (*earlier, recovery))
    log.warning("%s", recovery.describe())
    return Prepared(version, recovery, earlier)


def prepare(
    store: Path,
    backups: Backups | None,
    *,
    full_check: bool,
    max_version: int,
    writable: bool = True,
) -> Prepared:
    """Check what is in the store's place and recover the store if it needs it.

    Args:
        store: the store file.
        backups: its backups, if it has any.
        full_check: run the full integrity check (after an unclean shutdown).
        max_version: the newest schema version this program can open.
        writable: whether the folder can be written; when not, nothing is moved or restored.

    Raises:
        PersonalStoreError: the file cannot be read for a reason that is not damage, or it
            needs recovering and the folder is read-only; nothing was moved.
    """
    earlier = unacknowledged(store)
    if writable:
        _remove_leftovers(store, backups)
        _set_aside_odd_companions(store)
    try:
        odd = _odd_kind(store)
    except FileNotFoundError:
        # A log left without its database must not be replayed into a new or restored store.
        strays = [path for path in layout.companions(store) if _exists(path)]
        if strays and writable:
            kept = move_aside(store, tag="without-store")
            log.warning("%s had no store beside it; kept as %s", strays, kept)
        if not _has_good_backup(backups, max_version):
            return Prepared(0, None, earlier)
        _refuse_if_read_only(store, writable, "missing")
        found: tuple[RecoveryReason, str, Path | None]
        found = (RecoveryReason.MISSING, "the file is missing", None)
        return _recover(store, backups, max_version, found, earlier)
    if odd is not None:
        _refuse_if_read_only(store, writable, odd)
        log.error("in the place of the personal store %s there is %s", store, odd)
        moved = move_aside(store, tag=RecoveryReason.NOT_A_FILE.value)
        found = (RecoveryReason.NOT_A_FILE, odd, moved)
        return _recover(store, backups, max_version, found, earlier)

    wal = check_wal(store)
    if wal.damaged:
        reason, problem = RecoveryReason.DAMAGED, wal.problem
    else:
        inspection = _inspect(store, full_check, max_version, writable)
        if inspection.problem:
            reason, problem = RecoveryReason.DAMAGED, inspection.problem
        elif inspection.version > max_version:
            return Prepared(inspection.version, None, earlier)
        elif inspection.tables == 0:
            if not _has_good_backup(backups, max_version):
                return Prepared(0, None, earlier)
            reason, problem = RecoveryReason.EMPTY, "the file has no tables"
        elif inspection.foreign:
            reason, problem = RecoveryReason.FOREIGN, inspection.foreign
        else:
            return Prepared(inspection.version, None, earlier)
    _refuse_if_read_only(store, writable, problem)
    log.error("personal store %s is %s: %s", store, reason.value, problem)
    moved = move_aside(store, tag=reason.value)
    return _recover(store, backups, max_version, (reason, problem, moved), earlier)


def _refuse_if_read_only(store: Path, writable: bool, problem: str) -> None:
    if not writable:
        raise PersonalStoreError(
            f"The personal store {store} needs to be recovered ({problem}), but its folder is "
            "read-only, so it was left as it is.",
            what=StoreProblem.RECOVERY_REFUSED,
            path=store,
            detail=problem,
        )


def with_salvage(recovery: Recovery) -> Recovery:
    """``recovery`` with what the set-aside file and the passed-over backups hold that the store
    now lacks."""
    sources = [f.backup.path for f in recovery.not_restored]
    if recovery.damaged_path is not None and recovery.damaged_path.is_file():
        sources.insert(0, recovery.damaged_path)
    sources = [path for path in sources if path.is_file()]
    if not sources:
        return recovery
    return replace(recovery, salvaged=salvage_all(sources, recovery.store))
