"""Schema migrations of the personal store, one function per version.

A new store is created from the models at the current version. An older store is brought up
step by step: the step registered for version ``n`` turns a version ``n - 1`` store into a
version ``n`` one. All pending steps run in one transaction together with the new
``user_version``, after a verified backup (see :class:`forumguide.personal.store.PersonalStore`).

To add version 2: change the models, set ``PERSONAL_SCHEMA_VERSION = 2`` and write one step::

    @migration(2)
    def _add_note_tags(connection: Connection) -> None:
        connection.exec_driver_sql("ALTER TABLE note ADD COLUMN tags TEXT NOT NULL DEFAULT ''")
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from sqlalchemy import Connection

from forumguide.personal import PersonalStoreError

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
            f"There is no way to upgrade the personal store from format {current} to {target}."
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
