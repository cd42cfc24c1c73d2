"""Schema migrations of the personal store, one function per version.

A new store is created from the models at the current version. An older store is brought up
step by step: the step registered for version ``n`` turns a version ``n - 1`` store into a
version ``n`` one. All pending steps run in one transaction together with the new
``user_version``, after a verified backup (see :class:`forumguide.personal.store.PersonalStore`).

To add version 5: change the models, set ``PERSONAL_SCHEMA_VERSION = 5`` and write one step::

    @migration(4)
    def _add_note_tags(connection: Connection) -> None:
        connection.exec_driver_sql("ALTER TABLE note ADD COLUMN tags TEXT NOT NULL DEFAULT ''")

A step writes the tables of its own version in SQL, never through the current models, so that
it stays right when the models move on.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from sqlalchemy import Connection

from forumguide.personal import PersonalStoreError, StoreProblem

# The beginning kept beside each note (as the models keep it; a number of format 2).
BEGINNING_CHARACTERS = 2000

MigrationStep = Callable[[Connection], None]

# Version reached -> the step that reaches it from the version before.
MIGRATIONS: dict[int, MigrationStep] = {}


def migration(version: int) -> Callable[[MigrationStep], MigrationStep]:
    """Register the step that upgrades a store to ``version``."""

    def register(step: MigrationStep) -> MigrationStep:
        if version in MIGRATIONS:
            raise ValueError(f"two migrations to version {version}")
        MIGRATIONS[version] = step
        return step

    return register


def pending(
    current: int, target: int, steps: Mapping[int, MigrationStep] | None = None
) -> list[tuple[int, MigrationStep]]:
    """The steps from ``current`` to ``target``, in order.

    Raises:
        PersonalStoreError: a step is missing, so the store cannot be upgraded.
    """
    registry = MIGRATIONS if steps is None else steps
    missing = [version for version in range(current + 1, target + 1) if version not in registry]
    if missing:
        raise PersonalStoreError(
            f"There is no way to upgrade the personal store from format {current} to {target}.",
            what=StoreProblem.NO_UPGRADE,
            version=current,
            target=target,
        )
    return [(version, registry[version]) for version in range(current + 1, target + 1)]


def migrate(
    connection: Connection,
    current: int,
    target: int,
    steps: Mapping[int, MigrationStep] | None = None,
) -> None:
    """Run the pending steps and stamp ``target``, inside the caller's transaction."""
    for version, step in pending(current, target, steps):
        step(connection)
        connection.exec_driver_sql(f"PRAGMA user_version={int(version)}")


_SNAPSHOT_COLUMNS = "snap_title, snap_forum_name, snap_timezone, snap_day, snap_start, snap_room"
_SNAPSHOT_DDL = (
    "snap_title TEXT NOT NULL, snap_forum_name TEXT NOT NULL, snap_timezone VARCHAR NOT NULL, "
    "snap_day VARCHAR, snap_start VARCHAR, snap_room TEXT NOT NULL"
)


@migration(2)
def _scope_by_forum(connection: Connection) -> None:
    """Bookmarks and session notes name their forum as well as the session's guid.

    A bookmark keeps the forum it already named. A note on a session takes the forum of the
    bookmark on the same session when there is one; otherwise it is left without a forum, to be
    adopted by the forum that has the session when the programmes are open.
    """
    connection.exec_driver_sql("ALTER TABLE bookmark RENAME TO bookmark_v1")
    connection.exec_driver_sql(
        "CREATE TABLE bookmark (forum_slug VARCHAR NOT NULL, session_guid VARCHAR NOT NULL, "
        f"created_at VARCHAR NOT NULL, {_SNAPSHOT_DDL}, PRIMARY KEY (forum_slug, session_guid))"
    )
    connection.exec_driver_sql(
        f"INSERT INTO bookmark (forum_slug, session_guid, created_at, {_SNAPSHOT_COLUMNS}) "
        f"SELECT forum_slug, session_guid, created_at, {_SNAPSHOT_COLUMNS} FROM bookmark_v1"
    )
    # The text last, its length and beginning before it: lists read them without the text.
    connection.exec_driver_sql("ALTER TABLE note RENAME TO note_v1")
    connection.exec_driver_sql(
        "CREATE TABLE note (id INTEGER NOT NULL, target VARCHAR NOT NULL, "
        "forum_slug VARCHAR DEFAULT '' NOT NULL, \"key\" VARCHAR NOT NULL, "
        "updated_at VARCHAR NOT NULL, length INTEGER DEFAULT '0' NOT NULL, "
        f"beginning TEXT DEFAULT '' NOT NULL, {_SNAPSHOT_DDL}, body TEXT NOT NULL, "
        'PRIMARY KEY (id), UNIQUE (target, forum_slug, "key"))'
    )
    snapshot = ", ".join(f"n.{column}" for column in _SNAPSHOT_COLUMNS.split(", "))
    connection.exec_driver_sql(
        'INSERT INTO note (id, target, forum_slug, "key", updated_at, length, beginning, '
        f"{_SNAPSHOT_COLUMNS}, body) "
        "SELECT n.id, n.target, "
        "CASE WHEN n.target = 'session' THEN COALESCE("
        "(SELECT b.forum_slug FROM bookmark b WHERE b.session_guid = n.\"key\" LIMIT 1), '') "
        f"ELSE '' END, n.\"key\", n.updated_at, length(n.body), "
        f"substr(n.body, 1, {BEGINNING_CHARACTERS}), {snapshot}, n.body FROM note_v1 n"
    )
    connection.exec_driver_sql("DROP TABLE note_v1")
    connection.exec_driver_sql("DROP TABLE bookmark_v1")


@migration(3)
def _note_creation_and_bin(connection: Connection) -> None:
    """Notes record when they were first written; deleted notes wait in a bin for undo.

    A note written before this records its last change as its creation: the best known.
    """
    connection.exec_driver_sql("ALTER TABLE note ADD COLUMN created_at VARCHAR DEFAULT '' NOT NULL")
    connection.exec_driver_sql("UPDATE note SET created_at = updated_at")
    connection.exec_driver_sql(
        "CREATE TABLE IF NOT EXISTS deleted_note (id INTEGER NOT NULL, target VARCHAR NOT NULL, "
        "forum_slug VARCHAR DEFAULT '' NOT NULL, \"key\" VARCHAR NOT NULL, "
        "created_at VARCHAR DEFAULT '' NOT NULL, updated_at VARCHAR NOT NULL, "
        f"deleted_at VARCHAR NOT NULL, {_SNAPSHOT_DDL}, body TEXT NOT NULL, PRIMARY KEY (id))"
    )


@migration(4)
def _add_hidden(connection: Connection) -> None:
    """The rooms, tracks and sessions a delegate hides in a forum's lists."""
    connection.exec_driver_sql(
        "CREATE TABLE IF NOT EXISTS hidden (forum_slug VARCHAR NOT NULL, kind VARCHAR NOT NULL, "
        "value VARCHAR NOT NULL, label TEXT DEFAULT '' NOT NULL, created_at VARCHAR NOT NULL, "
        "PRIMARY KEY (forum_slug, kind, value))"
    )
