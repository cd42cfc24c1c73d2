"""Backups, migrations, recovery and write faults of the real personal store, on real files."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Connection

from forumguide.domain.model import NoteTarget, SessionSnapshot
from forumguide.personal import (
    PERSONAL_SCHEMA_VERSION,
    PersonalStoreError,
    StoreReadOnlyError,
    StoreWriteError,
)
from forumguide.personal import backup as backup_module
from forumguide.personal import store as store_module
from forumguide.personal.backup import (
    DAYS_TO_KEEP,
    RECENT_TO_KEEP,
    BackupError,
    Backups,
    verify,
)
from forumguide.personal.migrations import MIGRATIONS, migration
from forumguide.personal.recovery import marker_path
from forumguide.personal.store import PersonalStore

SNAPSHOT = SessionSnapshot(title="Multilateralism at a Crossroads", forum_name="ATTF 2025")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


def store_path(folder: Path) -> Path:
    return folder / "personal.sqlite"


def open_store(folder: Path) -> PersonalStore:
    return PersonalStore(store_path(folder), backups_dir=folder / "backups")


def write_note(store: PersonalStore, key: str, text: str) -> None:
    store.save_note(NoteTarget.SESSION, key, text, SNAPSHOT)


def note_text(store: PersonalStore, key: str) -> str | None:
    note = store.note(NoteTarget.SESSION, key)
    return note.text if note else None


def files_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


# Backups -------------------------------------------------------------------------------------


def test_rotation_keeps_recent_backups_and_one_a_day_for_a_week(folder: Path) -> None:
    store = open_store(folder)
    backups = Backups(folder / "backups")
    # Later than the backup taken when the store was opened, which the rotation then drops.
    start = datetime.now(UTC).replace(hour=9, minute=0, second=0, microsecond=0) + timedelta(days=1)
    moments = [start + timedelta(days=day, hours=hour) for day in range(9) for hour in (0, 8)]
    for number, moment in enumerate(moments):
        write_note(store, "guid-1", f"version {number}")  # a change, so no backup is a duplicate
        backups.create(store.path, now=moment)
    kept = backups.all()
    recent = moments[-RECENT_TO_KEEP:]
    daily = [start + timedelta(days=day, hours=8) for day in range(9 - DAYS_TO_KEEP, 9)]
    print(
        f"backups made: {len(moments) + 1}, kept: {len(kept)} "
        f"({RECENT_TO_KEEP} recent, one a day for {DAYS_TO_KEEP} days)"
    )
    assert {backup.taken_at for backup in kept} == set(recent) | set(daily)
    assert all(verify(backup.path) == PERSONAL_SCHEMA_VERSION for backup in kept)
    newest = kept[0].path
    check = sqlite3.connect(newest)
    assert check.execute("SELECT body FROM note").fetchall() == [(f"version {len(moments) - 1}",)]
    check.close()
    store.close()


def test_an_unchanged_store_adds_no_backup(folder: Path) -> None:
    store = open_store(folder)
    write_note(store, "guid-1", "first")
    store.close()  # the close backs up the new note
    count = len(Backups(folder / "backups").all())
    for _ in range(3):
        open_store(folder).close()
    print(f"backups after three reopenings without changes: {count} -> {count}")
    assert len(Backups(folder / "backups").all()) == count
    assert not marker_path(store_path(folder)).exists()


def test_a_copy_failing_its_check_drops_nothing(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(folder)
    write_note(store, "guid-1", "kept")
    store.backup()
    before = files_in(folder / "backups")

    def damaged_copy(source: Path, target: Path) -> None:
        target.write_bytes(b"not a database" * 100)

    monkeypatch.setattr(backup_module, "copy_database", damaged_copy)
    write_note(store, "guid-1", "changed")
    with pytest.raises(BackupError):
        Backups(folder / "backups").create(store.path)
    assert store.backup() is None  # the store logs the failure and goes on
    assert files_in(folder / "backups") == before  # no partial file, nothing dropped
    monkeypatch.undo()
    store.close()


# Migrations ----------------------------------------------------------------------------------


def add_tags(connection: Connection) -> None:
    connection.exec_driver_sql("ALTER TABLE note ADD COLUMN tags TEXT NOT NULL DEFAULT ''")


CURRENT, NEXT = PERSONAL_SCHEMA_VERSION, PERSONAL_SCHEMA_VERSION + 1


def test_an_upgrade_is_one_function_after_a_verified_backup(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(folder)
    write_note(store, "guid-1", "written by the current format")
    store.close()
    monkeypatch.setattr(store_module, "PERSONAL_SCHEMA_VERSION", NEXT)
    monkeypatch.setitem(MIGRATIONS, NEXT, add_tags)

    upgraded = open_store(folder)
    labelled = [b for b in Backups(folder / "backups").all() if b.label == f"before-v{NEXT}"]
    assert len(labelled) == 1
    assert verify(labelled[0].path) == CURRENT  # the backup holds the store as it was
    with sqlite3.connect(store_path(folder)) as check:
        assert check.execute("PRAGMA user_version").fetchone() == (NEXT,)
        assert check.execute("SELECT body, tags FROM note").fetchall() == [
            ("written by the current format", "")
        ]
    assert note_text(upgraded, "guid-1") == "written by the current format"
    upgraded.close()


def test_a_failing_upgrade_changes_nothing(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = open_store(folder)
    write_note(store, "guid-1", "safe")
    store.close()

    def half_done(connection: Connection) -> None:
        add_tags(connection)
        connection.exec_driver_sql("UPDATE note SET body = 'overwritten'")
        raise RuntimeError("the step has a bug")

    monkeypatch.setattr(store_module, "PERSONAL_SCHEMA_VERSION", NEXT)
    monkeypatch.setitem(MIGRATIONS, NEXT, half_done)
    with pytest.raises(RuntimeError):
        open_store(folder)
    with sqlite3.connect(store_path(folder)) as check:
        assert check.execute("PRAGMA user_version").fetchone() == (CURRENT,)
        assert check.execute("SELECT body FROM note").fetchall() == [("safe",)]
        columns = [row[1] for row in check.execute("PRAGMA table_info(note)")]
    assert "tags" not in columns  # the ALTER TABLE was rolled back with the rest


def test_a_missing_step_refuses_to_open(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_store(folder).close()
    monkeypatch.setattr(store_module, "PERSONAL_SCHEMA_VERSION", NEXT + 1)
    monkeypatch.setitem(MIGRATIONS, NEXT, add_tags)
    with pytest.raises(PersonalStoreError, match=f"from format {CURRENT} to {NEXT + 1}"):
        open_store(folder)
    with sqlite3.connect(store_path(folder)) as check:
        assert check.execute("PRAGMA user_version").fetchone() == (CURRENT,)


def test_every_version_has_its_step() -> None:
    assert set(MIGRATIONS) == set(range(2, PERSONAL_SCHEMA_VERSION + 1))
    with pytest.raises(ValueError, match="two migrations"):
        migration(5)(add_tags)
        migration(5)(add_tags)
    MIGRATIONS.pop(5)


# Recovery ------------------------------------------------------------------------------------


def damage_with_garbage(path: Path) -> None:
    path.write_bytes(os.urandom(3000) + b"garbage" * 500)


def damage_by_truncation(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as file:
        file.truncate(size // 2)


def damage_by_emptying(path: Path) -> None:
    path.write_bytes(b"")


@pytest.fixture
def store_with_backup(folder: Path) -> Iterator[Path]:
    """A store whose backup holds "in the backup"; the store itself then says "newer"."""
    store = open_store(folder)
    for number in range(4):  # enough pages that cutting the file in half loses some
        write_note(store, f"filler-{number}", "text " * 2000)
    write_note(store, "guid-1", "in the backup")
    store.close()
    store = open_store(folder)
    write_note(store, "guid-1", "newer")
    store.engine.dispose()  # no closing backup: the newer text exists only in the store
    yield store_path(folder)


@pytest.mark.parametrize(
    "damage",
    [damage_with_garbage, damage_by_truncation, damage_by_emptying],
    ids=lambda f: f.__name__,
)
def test_a_damaged_store_is_moved_aside_and_the_newest_backup_restored(
    folder: Path, store_with_backup: Path, damage
) -> None:
    path = store_with_backup
    damage(path)
    damaged_bytes = path.read_bytes()
    store = open_store(folder)
    recovery = store.recovery
    assert recovery is not None
    assert recovery.restored_from is not None
    print(f"{damage.__name__}: {recovery.describe()}")
    assert recovery.damaged_path is not None
    assert recovery.damaged_path.read_bytes() == damaged_bytes
    assert recovery.damaged_path.parent == folder
    # A file cut to nothing is empty, not damaged; the name says which.
    assert recovery.reason.value in recovery.damaged_path.name
    assert recovery.reason.value == ("empty" if damage is damage_by_emptying else "damaged")
    assert note_text(store, "guid-1") == "in the backup"
    write_note(store, "guid-2", "the restored store takes new notes")
    assert note_text(store, "guid-2") == "the restored store takes new notes"
    store.close()
    with sqlite3.connect(path) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_the_wal_and_shm_files_go_with_the_damaged_store(folder: Path) -> None:
    store = open_store(folder)
    write_note(store, "guid-1", "backed up")
    store.close()
    path = store_path(folder)
    damage_with_garbage(path)
    Path(f"{path}-wal").write_bytes(b"left-over wal")
    Path(f"{path}-shm").write_bytes(b"left-over shm")
    store = open_store(folder)
    assert store.recovery is not None
    damaged = store.recovery.damaged_path
    assert Path(f"{damaged}-wal").read_bytes() == b"left-over wal"
    # The -shm file is only an index of the -wal; SQLite rewrites it when the file is checked.
    assert Path(f"{damaged}-shm").exists()
    assert note_text(store, "guid-1") == "backed up"
    store.close()


def test_without_a_good_backup_a_new_store_starts_and_the_damaged_file_stays(
    folder: Path,
) -> None:
    store = open_store(folder)
    write_note(store, "guid-1", "lost with the file")
    store.close()
    for backup in Backups(folder / "backups").all():
        damage_with_garbage(backup.path)  # the backups are damaged too
    damage_with_garbage(store_path(folder))
    damaged_bytes = store_path(folder).read_bytes()
    store = open_store(folder)
    assert store.recovery is not None
    assert store.recovery.restored_from is None
    print(store.recovery.describe())
    assert "no sound backup" in store.recovery.describe()
    assert store.recovery.damaged_path is not None
    assert store.recovery.damaged_path.read_bytes() == damaged_bytes
    assert store.notes() == []
    write_note(store, "guid-1", "a fresh start")
    assert note_text(store, "guid-1") == "a fresh start"
    store.close()


def test_a_damaged_newest_backup_is_skipped_for_an_older_good_one(folder: Path) -> None:
    store = open_store(folder)
    backups = Backups(folder / "backups")
    write_note(store, "guid-1", "older backup")
    older = backups.create(store.path, now=datetime.now(UTC) + timedelta(minutes=1))
    write_note(store, "guid-1", "newest backup")
    newest = backups.create(store.path, now=datetime.now(UTC) + timedelta(minutes=2))
    store.engine.dispose()
    damage_with_garbage(newest.path)
    damage_with_garbage(store.path)
    store = open_store(folder)
    assert store.recovery is not None
    assert store.recovery.restored_from == older
    assert note_text(store, "guid-1") == "older backup"
    store.close()


def corrupt_an_index(path: Path) -> None:
    """Damage that only the full integrity_check sees: an index that no longer matches."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE INDEX probe ON note(body)")
    version = connection.execute("PRAGMA schema_version").fetchone()[0]
    connection.execute("PRAGMA writable_schema=ON")
    connection.execute(
        "UPDATE sqlite_schema SET sql='CREATE INDEX probe ON note(key)' WHERE name='probe'"
    )
    connection.execute(f"PRAGMA schema_version={version + 1}")
    connection.commit()
    connection.close()
    with sqlite3.connect(path) as check:
        assert check.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        assert check.execute("PRAGMA integrity_check").fetchall() != [("ok",)]


def test_after_an_unclean_shutdown_the_full_check_runs(folder: Path) -> None:
    store = open_store(folder)
    write_note(store, "guid-1", "before the crash")
    store.close()
    path = store_path(folder)
    corrupt_an_index(path)

    clean = open_store(folder)  # closed cleanly before: the quick check passes
    assert clean.recovery is None
    clean.engine.dispose()  # "crash": the marker stays
    assert marker_path(path).exists()

    after_crash = open_store(folder)
    assert after_crash.recovery is not None
    print(f"after an unclean shutdown: {after_crash.recovery.problem}")
    assert "missing from index" in after_crash.recovery.problem
    assert note_text(after_crash, "guid-1") == "before the crash"
    after_crash.close()
    assert not marker_path(path).exists()


# A newer version's store ---------------------------------------------------------------------


def test_a_store_from_a_newer_version_opens_read_only_and_is_not_touched(folder: Path) -> None:
    store = open_store(folder)
    write_note(store, "guid-1", "written by a later ForumGuide")
    store.close()
    path = store_path(folder)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version=7")
    connection.close()
    old_time = 1_700_000_000
    os.utime(path, (old_time, old_time))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    backups_before = files_in(folder / "backups")

    newer = open_store(folder)
    assert newer.read_only
    print(f"read-only reason: {newer.read_only_reason}")
    assert "newer version" in newer.read_only_reason
    assert note_text(newer, "guid-1") == "written by a later ForumGuide"
    with pytest.raises(StoreReadOnlyError):
        write_note(newer, "guid-1", "changed")
    with pytest.raises(StoreReadOnlyError):
        newer.add_bookmark("guid-1", "attf-2025", SNAPSHOT)
    assert newer.backup() is None
    newer.close()

    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert not marker_path(path).exists()
    assert files_in(folder / "backups") == backups_before


# Write faults --------------------------------------------------------------------------------


def test_a_full_disk_keeps_the_old_text_and_the_next_save_succeeds(folder: Path) -> None:
    store = open_store(folder)
    write_note(store, "guid-1", "short")
    pages = sqlite3.connect(store.path).execute("PRAGMA page_count").fetchone()[0]

    def full_disk(connection: sqlite3.Connection) -> None:
        connection.execute(f"PRAGMA max_page_count={pages}")

    store.connection_hooks.append(full_disk)
    with pytest.raises(StoreWriteError, match="disk is full"):
        write_note(store, "guid-1", "long " * 5000)
    assert note_text(store, "guid-1") == "short"
    store.connection_hooks.remove(full_disk)
    write_note(store, "guid-1", "long " * 5000)
    assert note_text(store, "guid-1") == "long " * 5000
    store.close()


def test_a_read_only_or_locked_file_is_reported_and_nothing_changes(folder: Path) -> None:
    store = open_store(folder)
    write_note(store, "guid-1", "as it was")

    def read_only(connection: sqlite3.Connection) -> None:
        connection.execute("PRAGMA query_only=ON")

    store.connection_hooks.append(read_only)
    with pytest.raises(StoreWriteError, match="read-only"):
        write_note(store, "guid-1", "changed")
    store.connection_hooks.remove(read_only)

    def no_waiting(connection: sqlite3.Connection) -> None:
        connection.execute("PRAGMA busy_timeout=0")

    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    store.connection_hooks.append(no_waiting)
    with pytest.raises(StoreWriteError, match="locked"):
        write_note(store, "guid-1", "changed")
    other.execute("ROLLBACK")
    other.close()
    assert note_text(store, "guid-1") == "as it was"
    write_note(store, "guid-1", "changed")
    assert note_text(store, "guid-1") == "changed"
    store.close()


def test_a_save_is_one_transaction(folder: Path) -> None:
    """A note's text and its snapshot change together, or not at all."""
    store = open_store(folder)
    write_note(store, "guid-1", "first")

    def fail_on_update(connection: sqlite3.Connection) -> None:
        connection.execute(
            "CREATE TEMP TRIGGER refuse AFTER UPDATE ON main.note "
            "BEGIN SELECT RAISE(ABORT, 'refused by test'); END"
        )

    store.connection_hooks.append(fail_on_update)
    with pytest.raises(StoreWriteError):
        store.save_note(NoteTarget.SESSION, "guid-1", "second", SessionSnapshot(title="Changed"))
    store.connection_hooks.remove(fail_on_update)
    note = store.note(NoteTarget.SESSION, "guid-1")
    assert note is not None
    assert (note.text, note.snapshot.title) == ("first", SNAPSHOT.title)
    store.close()


def test_a_store_that_cannot_be_read_is_reported_not_moved(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(folder)
    write_note(store, "guid-1", "kept where it is")
    store.close()
    before = files_in(folder)

    def locked(*_args: object, **_kwargs: object) -> sqlite3.Connection:
        error = sqlite3.OperationalError("database is locked")
        error.sqlite_errorcode = sqlite3.SQLITE_BUSY
        raise error

    # Another program holds the file: not damage, so nothing is moved.
    monkeypatch.setattr(sqlite3, "connect", locked)
    with pytest.raises(PersonalStoreError, match=r"could not be opened.*locked"):
        open_store(folder)
    monkeypatch.undo()
    assert files_in(folder) == before
    assert note_text(open_store(folder), "guid-1") == "kept where it is"


def test_the_marker_records_an_open_store(folder: Path) -> None:
    store = open_store(folder)
    marker = marker_path(store.path)
    assert marker.read_text() == str(os.getpid())
    store.close()
    assert not marker.exists()
    store.close()  # closing twice is harmless
    assert Backups(folder / "backups").newest() is not None
    backup_time = Backups(folder / "backups").all()[0].taken_at
    assert backup_time <= datetime.now(UTC)


def test_files_that_are_not_backups_are_left_alone(folder: Path) -> None:
    backups_dir = folder / "backups"
    backups_dir.mkdir(parents=True)
    stranger = backups_dir / "holiday-photos.sqlite"
    stranger.write_bytes(b"not ours")
    store = open_store(folder)
    for number in range(RECENT_TO_KEEP + 3):
        write_note(store, "guid-1", f"v{number}")
        store.backup()
    store.close()
    assert stranger.read_bytes() == b"not ours"
    assert len(Backups(backups_dir).all()) == RECENT_TO_KEEP
