"""The delegate's own data: bookmarks, notes and what they hid, keyed by stable ids, in a
SQLite file."""

PERSONAL_SCHEMA_VERSION = 4


class PersonalStoreError(Exception):
    """An expected failure of the personal store, with a message for the user.

    Attributes:
        kind: Why, where it is one of the causes the window words itself: ``disk-full``,
            ``read-only`` or ``locked`` (see :func:`forumguide.personal.failures.kind_of`);
            "" for any other, whose message is shown as it is.
    """

    def __init__(self, message: str, *, kind: str = "") -> None:
        super().__init__(message)
        self.kind = kind


class StoreReadOnlyError(PersonalStoreError):
    """The store is open read-only (written by a newer version, or a read-only folder)."""


class StoreWriteError(PersonalStoreError):
    """A change could not be saved (disk full, locked, read-only); nothing was lost."""
