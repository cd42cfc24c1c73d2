"""The files that live beside a store: SQLite's companions and the store's own markers."""

from __future__ import annotations

from pathlib import Path

# SQLite's write-ahead log, its index, and the rollback journal.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
# Written at open and removed at a clean close.
OPEN_MARKER_SUFFIX = ".open"
# Written when the store was recovered, removed when the user has acknowledged it.
RECOVERY_MARKER_SUFFIX = ".recovered"
# A backup being copied into the store's place.
RESTORING_SUFFIX = ".restoring"
# The small file created and removed at open to learn whether the folder is writable.
WRITE_PROBE_SUFFIX = ".write-probe"


def beside(store: Path, suffix: str) -> Path:
    """The file named like ``store`` with ``suffix`` added, in the same folder."""
    return store.with_name(store.name + suffix)


def companions(path: Path) -> list[Path]:
    """SQLite's companion files of ``path`` (which need not exist)."""
    return [beside(path, suffix) for suffix in COMPANION_SUFFIXES]


def open_marker(store: Path) -> Path:
    return beside(store, OPEN_MARKER_SUFFIX)


def recovery_marker(store: Path) -> Path:
    return beside(store, RECOVERY_MARKER_SUFFIX)


_SNAPSHOT = frozenset(
    {"snap_title", "snap_forum_name", "snap_timezone", "snap_day", "snap_start", "snap_room"}
)
# The columns of the store's tables in each earlier format (the current format's come from the
# models): a store of an earlier format is upgraded only if it has them, else it is set aside.
COLUMNS_OF_FORMAT: dict[int, dict[str, frozenset[str]]] = {
    1: {
        "note": frozenset({"id", "target", "key", "body", "updated_at"}) | _SNAPSHOT,
        "bookmark": frozenset({"session_guid", "forum_slug", "created_at"}) | _SNAPSHOT,
    },
    2: {
        "note": frozenset(
            {"id", "target", "forum_slug", "key", "updated_at", "length", "beginning", "body"}
        )
        | _SNAPSHOT,
        "bookmark": frozenset({"session_guid", "forum_slug", "created_at"}) | _SNAPSHOT,
    },
    3: {
        "note": frozenset(
            {
                "id",
                "target",
                "forum_slug",
                "key",
                "created_at",
                "updated_at",
                "length",
                "beginning",
                "body",
            }
        )
        | _SNAPSHOT,
        "bookmark": frozenset({"session_guid", "forum_slug", "created_at"}) | _SNAPSHOT,
        "deleted_note": frozenset(
            {"id", "target", "forum_slug", "key", "created_at", "updated_at", "deleted_at", "body"}
        )
        | _SNAPSHOT,
    },
}
