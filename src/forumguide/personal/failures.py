"""Naming the expected failures of the store's files: a full disk, a read-only folder or file, a
lock held by another program.

SQLite and the operating system report a full disk in several ways: ``ENOSPC``, ``SQLITE_FULL``
("database or disk is full"), and, when the space runs out while SQLite syncs or maps its index,
a plain "disk I/O error". The last is named a full disk only when the folder really has almost
no space left.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

DISK_FULL = "The disk is full."
READ_ONLY = "The folder or file is read-only."
LOCKED = "The file is locked by another program."
# Less free space than this makes a "disk I/O error" a full disk.
NEARLY_FULL_BYTES = 8 * 1024 * 1024

_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})
_READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})
_BUSY_CODES = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})


def _causes(error: BaseException) -> Iterator[BaseException]:
    """The error, what SQLAlchemy wrapped (``orig``) and what it was raised from."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        original = getattr(current, "orig", None)
        pending += [current.__cause__, original if isinstance(original, BaseException) else None]


def _primary_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def nearly_full(folder: Path) -> bool:
    """Whether the disk holding ``folder`` (or its nearest existing parent) is almost full."""
    for candidate in (folder, *folder.parents):
        try:
            return shutil.disk_usage(candidate).free < NEARLY_FULL_BYTES
        except FileNotFoundError:
            continue
        except OSError:
            return False
    return False


def is_disk_full(error: BaseException, folder: Path | None = None) -> bool:
    """Whether ``error`` means the disk is full; ``folder`` lets a "disk I/O error" be confirmed."""
    for cause in _causes(error):
        if isinstance(cause, OSError) and cause.errno in _FULL_ERRNOS:
            return True
        if isinstance(cause, sqlite3.Error):
            code = _primary_code(cause)
            message = str(cause).lower()
            if code == sqlite3.SQLITE_FULL or "disk is full" in message:
                return True
            if code == sqlite3.SQLITE_IOERR or "disk i/o error" in message:
                return folder is not None and nearly_full(folder)
    return False


def is_read_only(error: BaseException) -> bool:
    for cause in _causes(error):
        if isinstance(cause, OSError) and cause.errno in _READ_ONLY_ERRNOS:
            return True
        if isinstance(cause, sqlite3.Error):
            message = str(cause).lower()
            if _primary_code(cause) == sqlite3.SQLITE_READONLY:
                return True
            if "readonly" in message or "read-only" in message:
                return True
    return False


def is_locked(error: BaseException) -> bool:
    for cause in _causes(error):
        if isinstance(cause, sqlite3.Error):
            message = str(cause).lower()
            if _primary_code(cause) in _BUSY_CODES or "locked" in message or "busy" in message:
                return True
    return False


DISK_FULL_KIND, READ_ONLY_KIND, LOCKED_KIND = "disk-full", "read-only", "locked"


def kind_of(error: BaseException, folder: Path | None = None) -> str:
    """Which of the causes :func:`describe` words a failure is: a kind, or ""."""
    if is_disk_full(error, folder):
        return DISK_FULL_KIND
    if is_read_only(error):
        return READ_ONLY_KIND
    if is_locked(error):
        return LOCKED_KIND
    return ""


def describe(error: BaseException, folder: Path | None = None) -> str:
    """A short English sentence for the user about why reading or writing a file failed."""
    if is_disk_full(error, folder):
        return DISK_FULL
    if is_read_only(error):
        return READ_ONLY
    if is_locked(error):
        return LOCKED
    original = getattr(error, "orig", error)
    if isinstance(original, OSError):
        return f"The file could not be written ({original.strerror or original})."
    return f"The database reported: {original}."


def detail(error: BaseException) -> str:
    """Why reading or writing a file failed, in the system's or SQLite's own words."""
    original = getattr(error, "orig", error)
    if isinstance(original, OSError):
        return str(original.strerror or original)
    return str(original)
