"""The delegate's own data: bookmarks, notes and what they hid, keyed by stable ids, in a
SQLite file."""

PERSONAL_SCHEMA_VERSION = 4


class PersonalStoreError(Exception):
    """An expected failure of the personal store, with a message for the user."""


class StoreReadOnlyError(PersonalStoreError):
    """The store is open read-only (written by a newer version, or a read-only folder)."""


class StoreWriteError(PersonalStoreError):
    """A change could not be saved (disk full, locked, read-only); nothing was lost."""
