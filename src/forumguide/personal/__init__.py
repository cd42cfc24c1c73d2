"""The delegate's own data: bookmarks, notes and what they hid, keyed by stable ids, in a
SQLite file."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

PERSONAL_SCHEMA_VERSION = 4


class StoreProblem(StrEnum):
    """What failed; :class:`PersonalStoreError` facts that apply are named."""

    WRITE = "write"
    """A change was not saved."""
    READ = "read"
    """``path`` could not be read."""
    READ_ONLY = "read-only"
    """The store is open read-only; ``detail`` is the :class:`~forumguide.personal.store.
    ReadOnlyCause`, ``version`` the format of a file written by a newer version."""
    FOLDER_NOT_CREATED = "folder-not-created"
    """The folder ``path`` could not be created."""
    FOLDER_READ_ONLY = "folder-read-only"
    """The folder ``path`` is read-only and holds no store yet."""
    NOT_CREATED = "not-created"
    """The file ``path`` is read-only, so the store could not be created in it."""
    NOT_OPENED = "not-opened"
    """``path`` could not be opened."""
    NOT_PREPARED = "not-prepared"
    """``path`` could not be prepared (upgraded or given its tables)."""
    NOT_BACKED_UP_FOR_UPGRADE = "not-backed-up-for-upgrade"
    """``path`` needs an upgrade but could not be backed up first; it was left as it is."""
    NO_UPGRADE = "no-upgrade"
    """There is no way from format ``version`` to ``target``."""
    RECOVERY_REFUSED = "recovery-refused"
    """``path`` needs to be recovered but its folder is read-only; it was left as it is."""
    NOT_BACKED_UP = "not-backed-up"
    """``path`` could not be backed up."""
    BACKUP_UNREADABLE = "backup-unreadable"
    """The backup ``path`` cannot be read."""
    BACKUP_DAMAGED = "backup-damaged"
    """The backup ``path`` fails its check."""


class PersonalStoreError(Exception):
    """An expected failure of the personal store, with a message for the log and facts for
    the window to word.

    Attributes:
        kind: Why, where it is one of the causes the window words itself: ``disk-full``,
            ``read-only`` or ``locked`` (see :func:`forumguide.personal.failures.kind_of`);
            "" for any other, told by ``detail``.
        what: What failed.
        path: The file or folder concerned, when known.
        detail: Why, in SQLite's or the system's own words (not translated), when ``kind``
            does not say it.
        version: A format version (see :class:`StoreProblem`).
        target: The format an upgrade was to reach.
    """

    def __init__(
        self,
        message: str,
        *,
        kind: str = "",
        what: StoreProblem = StoreProblem.WRITE,
        path: Path | None = None,
        detail: str = "",
        version: int = 0,
        target: int = 0,
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.what = what
        self.path = path
        self.detail = detail
        self.version = version
        self.target = target


class StoreReadOnlyError(PersonalStoreError):
    """The store is open read-only (written by a newer version, or a read-only folder)."""


class StoreWriteError(PersonalStoreError):
    """A change could not be saved (disk full, locked, read-only); nothing was lost."""
