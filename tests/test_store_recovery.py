"""Recovery of the personal store, on real files: a missing, empty, foreign, odd or damaged store
is set aside untouched and restored from the newest good backup; the Recovery record says what
happened until the user acknowledges it; notes that only the old file holds are offered back."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from forumguide.domain.model import NoteTarget, SessionSnapshot
from forumguide.personal import backup as backup_module
from forumguide.personal import recovery as recovery_module
from forumguide.personal.backup import ABANDONED_AFTER, RECENT_TO_KEEP, BackupFile, Backups
from forumguide.personal.store import PersonalStore

SNAPSHOT = SessionSnapshot(title="Middle Powers as Bridge-Builders", forum_name="Doha Forum 2025")
# Tests may replace os.open to refuse writes; unblocking a FIFO needs the real one.
OS_OPEN = os.open
NOTES = {
    "guid-1": "Ask about the Middle Corridor",
    "guid-2": "Қазақстан: C5+1 follow-up",
    "guid-3": "Bring the KazISS report",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


def store_path(folder: Path) -> Path:
    return folder / "personal.sqlite"


def open_store(folder: Path) -> PersonalStore:
    return PersonalStore(store_path(folder), backups_dir=folder / "backups")


def write_notes(store: PersonalStore, notes: dict[str, str]) -> None:
    for key, text in notes.items():
        store.save_note(NoteTarget.SESSION, key, text, SNAPSHOT)


def texts(store: PersonalStore) -> dict[str, str]:
    return {note.key: note.text for note in store.notes()}


def backed_up_store(folder: Path) -> BackupFile:
    """A closed store with three notes and a bookmark; returns the backup that holds them."""
    store = open_store(folder)
    write_notes(store, NOTES)
    store.add_bookmark("guid-1", "doha-2025", SNAPSHOT)
    store.close()
    newest = Backups(folder / "backups").newest()
    assert newest is not None
    return newest


def names(folder: Path, word: str) -> list[Path]:
    return sorted(path for path in folder.iterdir() if word in path.name)


def make_foreign(path: Path) -> bytes:
    """A sound SQLite file, in rollback-journal mode, whose tables are not a store's."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)")
    connection.execute("CREATE TABLE bookmark (url TEXT)")
    connection.execute("INSERT INTO note (text) VALUES ('someone else''s data')")
    connection.commit()
    connection.close()
    return path.read_bytes()


# Missing, empty and foreign stores ------------------------------------------------------------


def test_a_missing_store_is_restored_from_the_newest_backup_and_said_so(folder: Path) -> None:
    backup = backed_up_store(folder)
    store_path(folder).unlink()

    store = open_store(folder)
    recovery = store.recovery
    assert recovery is not None
    print(recovery.describe())
    assert recovery.reason == recovery_module.RecoveryReason.MISSING
    assert recovery.restored_from == backup
    assert recovery.damaged_path is None
    assert texts(store) == NOTES
    assert store.bookmarked_keys() == {("doha-2025", "guid-1")}
    store.close()


def test_a_new_user_without_store_or_backups_hears_nothing(folder: Path) -> None:
    store = open_store(folder)
    assert store.recovery is None
    assert store.recoveries == ()
    store.close()
    reopened = open_store(folder)
    assert reopened.recovery is None
    reopened.close()
    assert not recovery_module.recovery_marker_path(store_path(folder)).exists()
    assert [path.name for path in folder.iterdir() if path.is_file()] == ["personal.sqlite"]


def make_empty(path: Path) -> bytes:
    """A sound SQLite file without a single table (what a sync tool may leave)."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE scratch (x)")
    connection.execute("DROP TABLE scratch")
    connection.commit()
    connection.close()
    return path.read_bytes()


def test_an_empty_store_is_set_aside_and_the_backup_restored(folder: Path) -> None:
    backup = backed_up_store(folder)
    path = store_path(folder)
    path.unlink()
    empty_bytes = make_empty(path)

    store = open_store(folder)
    recovery = store.recovery
    assert recovery is not None
    assert recovery.reason == recovery_module.RecoveryReason.EMPTY
    assert recovery.restored_from == backup
    assert recovery.damaged_path is not None
    assert recovery.damaged_path.read_bytes() == empty_bytes
    assert texts(store) == NOTES
    store.close()


def test_an_empty_store_without_backups_simply_becomes_the_store(tmp_path: Path) -> None:
    path = tmp_path / "personal.sqlite"
    make_empty(path)
    store = PersonalStore(path, backups_dir=tmp_path / "backups")
    assert store.recovery is None
    write_notes(store, {"guid-1": "a first note"})
    assert texts(store) == {"guid-1": "a first note"}
    store.close()


@pytest.mark.parametrize("with_backup", [True, False], ids=["with-backup", "without-backup"])
def test_a_foreign_store_is_set_aside_untouched(folder: Path, with_backup: bool) -> None:
    path = store_path(folder)
    if with_backup:
        backed_up_store(folder)
        path.unlink()
    else:
        folder.mkdir(parents=True)
    foreign_bytes = make_foreign(path)

    store = open_store(folder)
    recovery = store.recovery
    assert recovery is not None
    print(recovery.describe())
    assert recovery.reason == recovery_module.RecoveryReason.FOREIGN
    assert recovery.damaged_path is not None
    assert "foreign" in recovery.damaged_path.name
    # Never modified: no version stamped, no switch to WAL, the bytes as they were.
    assert recovery.damaged_path.read_bytes() == foreign_bytes
    assert texts(store) == (NOTES if with_backup else {})
    assert (recovery.restored_from is not None) == with_backup
    write_notes(store, {"guid-9": "the store takes new notes"})
    store.close()


def test_a_store_with_wrong_columns_is_set_aside_not_upgraded(folder: Path) -> None:
    backed_up_store(folder)
    path = store_path(folder)
    path.unlink()
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, target TEXT, key TEXT)")
    connection.execute("CREATE TABLE bookmark (session_guid TEXT PRIMARY KEY)")
    connection.execute("PRAGMA user_version=1")
    connection.commit()
    connection.close()
    before = path.read_bytes()

    store = open_store(folder)
    recovery = store.recovery
    assert recovery is not None
    assert recovery.reason == recovery_module.RecoveryReason.FOREIGN
    assert recovery.damaged_path is not None
    assert recovery.damaged_path.read_bytes() == before
    assert texts(store) == NOTES
    store.close()


# Reported until acknowledged; the rotation keeps what the store lacks ---------------------------


def test_a_recovery_is_reported_at_every_start_until_acknowledged(folder: Path) -> None:
    backed_up_store(folder)
    store_path(folder).unlink()
    first = open_store(folder)
    assert first.recovery is not None
    assert not first.recovery.from_earlier_start
    first.close()

    second = open_store(folder)
    assert second.recovery is not None
    assert second.recovery.from_earlier_start
    assert second.recovery.reason == recovery_module.RecoveryReason.MISSING
    second.acknowledge_recovery()
    assert second.recovery is None
    assert not recovery_module.recovery_marker_path(store_path(folder)).exists()
    second.close()

    third = open_store(folder)
    assert third.recovery is None
    third.close()


def test_no_backup_is_pruned_while_a_recovery_is_unacknowledged(folder: Path) -> None:
    backed_up_store(folder)
    store_path(folder).unlink()
    store = open_store(folder)
    assert store.recovery is not None
    before = {backup.path for backup in Backups(folder / "backups").all()}
    for number in range(RECENT_TO_KEEP + 3):
        write_notes(store, {"guid-1": f"version {number}"})
        store.backup()
    after = {backup.path for backup in Backups(folder / "backups").all()}
    assert before <= after
    assert len(after) == len(before) + RECENT_TO_KEEP + 3

    store.acknowledge_recovery()
    write_notes(store, {"guid-1": "after the acknowledgement"})
    store.backup()
    assert len(Backups(folder / "backups").all()) == RECENT_TO_KEEP
    store.close()


def test_the_rotation_keeps_the_newest_backup_with_more_notes_than_the_store(
    folder: Path,
) -> None:
    backed_up_store(folder)
    store = open_store(folder)
    fuller = Backups(folder / "backups").newest()
    assert fuller is not None
    for key in NOTES:  # the store now holds fewer notes than that backup
        store.save_note(NoteTarget.SESSION, key, "", SNAPSHOT)
    store.remove_bookmark("guid-1", "doha-2025")
    backups = Backups(folder / "backups")
    # Milliseconds after the fuller one, so that all fall on its day: the rotation also keeps
    # the newest backup of each day, which would keep one more across midnight.
    start = fuller.taken_at + timedelta(milliseconds=1)
    for number in range(RECENT_TO_KEEP + 4):
        write_notes(store, {"guid-9": f"version {number}"})
        backups.create(store.path, now=start + timedelta(milliseconds=number))
    assert {backup.day for backup in backups.all()} == {fuller.day}
    kept = backups.all()
    assert fuller in kept
    assert len(kept) == RECENT_TO_KEEP + 1
    store.close()


# Odd files in the store's place ---------------------------------------------------------------


def opened_in_thread(folder: Path, fifo: Path | None = None) -> PersonalStore:
    """Open the store in a thread; a FIFO (at ``fifo``, by default the store's place) would block
    it forever, so the test unblocks it."""
    result: list[PersonalStore | BaseException] = []

    def work() -> None:
        try:
            result.append(open_store(folder))
        except BaseException as error:  # handed to the test
            result.append(error)

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(timeout=60)
    if worker.is_alive():
        fifo = fifo or store_path(folder)
        # Opening the other end releases the blocked open, so the test ends.
        descriptor = OS_OPEN(fifo, os.O_WRONLY | os.O_NONBLOCK)
        os.close(descriptor)
        worker.join(timeout=60)
        pytest.fail("opening the store blocked on a FIFO")
    assert len(result) == 1
    if isinstance(result[0], BaseException):
        raise result[0]
    return result[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX only")
def test_a_fifo_in_the_store_place_is_set_aside_without_opening_it(folder: Path) -> None:
    backup = backed_up_store(folder)
    path = store_path(folder)
    path.unlink()
    os.mkfifo(path)

    store = opened_in_thread(folder)
    recovery = store.recovery
    assert recovery is not None
    assert recovery.reason == recovery_module.RecoveryReason.NOT_A_FILE
    assert recovery.restored_from == backup
    assert recovery.damaged_path is not None
    assert recovery.damaged_path.is_fifo()
    assert texts(store) == NOTES
    store.close()


def test_a_folder_in_the_store_place_is_set_aside_and_an_empty_store_started(
    tmp_path: Path,
) -> None:
    path = tmp_path / "personal.sqlite"
    path.mkdir()
    (path / "keep.txt").write_text("not ours to delete", encoding="utf-8")
    store = PersonalStore(path)
    recovery = store.recovery
    assert recovery is not None
    assert recovery.reason == recovery_module.RecoveryReason.NOT_A_FILE
    assert recovery.restored_from is None
    assert recovery.damaged_path is not None
    assert (recovery.damaged_path / "keep.txt").read_text(encoding="utf-8") == "not ours to delete"
    write_notes(store, {"guid-1": "a fresh start"})
    assert texts(store) == {"guid-1": "a fresh start"}
    store.close()


def test_a_folder_in_place_of_the_wal_is_set_aside_and_the_notes_kept(folder: Path) -> None:
    backed_up_store(folder)
    wal = Path(f"{store_path(folder)}-wal")
    wal.mkdir()
    store = open_store(folder)
    assert texts(store) == NOTES
    assert not wal.is_dir()
    assert [path for path in folder.iterdir() if path.is_dir() and "wal" in path.name]
    store.close()


# A full disk while restoring ------------------------------------------------------------------


def test_a_restore_stopped_by_a_full_disk_says_which_backup_it_could_not_restore(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(folder)
    backups = Backups(folder / "backups")
    write_notes(store, {"guid-1": "early"})
    start = datetime.now(UTC) + timedelta(minutes=1)
    older = backups.create(store.path, now=start)
    write_notes(store, NOTES)
    newer = backups.create(store.path, now=start + timedelta(minutes=1))
    store.engine.dispose()
    store_path(folder).write_bytes(os.urandom(4096) + b"garbage" * 500)

    real_copy = backup_module.copy_database

    def full_disk(source: Path, target: Path) -> None:
        if source == newer.path:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(target))
        real_copy(source, target)

    monkeypatch.setattr(recovery_module, "copy_database", full_disk)
    restored = open_store(folder)
    recovery = restored.recovery
    assert recovery is not None
    print(recovery.describe())
    assert recovery.restored_from == older
    assert [failed.backup for failed in recovery.not_restored] == [newer]
    assert recovery.not_restored[0].disk_full
    assert recovery.not_restored[0].problem == "The disk is full."
    assert "disk is full" in recovery.describe()
    assert texts(restored) == {"guid-1": "early"}
    restored.close()

    monkeypatch.undo()  # space was freed
    again = open_store(folder)
    recovery = again.recovery
    assert recovery is not None
    assert recovery.from_earlier_start
    assert [failed.backup for failed in recovery.not_restored] == [newer]
    # What the newer backup holds and the store lacks is offered back.
    assert {note.key: note.text for note in recovery.salvaged.notes} == NOTES
    again.close()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 4 MiB file system (tmpfs), where mounting one is allowed (root on Linux)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root on Linux")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(disk)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"tmpfs cannot be mounted here: {mounted.stderr.decode(errors='replace')}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def test_a_really_full_disk_restores_what_fits_and_says_what_did_not(small_disk: Path) -> None:
    folder = small_disk / "data"
    store = open_store(folder)
    backups = Backups(folder / "backups")
    write_notes(store, {"guid-1": "early"})
    start = datetime.now(UTC) + timedelta(minutes=1)
    older = backups.create(store.path, now=start)
    big = {f"guid-{n}": f"note {n} " + os.urandom(40_000).hex() for n in range(10)}
    write_notes(store, big)
    newer = backups.create(store.path, now=start + timedelta(minutes=1))
    store.engine.dispose()
    store_path(folder).write_bytes(b"garbage" * 100)
    # Leave room for the small backup, not for the large one.
    filler = small_disk / "filler"
    room = newer.path.stat().st_size // 2
    filler.write_bytes(b"\0" * max(shutil.disk_usage(small_disk).free - room, 0))

    restored = open_store(folder)
    recovery = restored.recovery
    assert recovery is not None
    print(recovery.describe())
    assert recovery.restored_from == older
    assert [failed.backup for failed in recovery.not_restored] == [newer]
    assert recovery.not_restored[0].disk_full
    assert recovery.not_restored[0].problem == "The disk is full."
    assert texts(restored) == {"guid-1": "early"}
    restored.close()

    filler.unlink()  # space was freed
    again = open_store(folder)
    recovery = again.recovery
    assert recovery is not None
    assert recovery.from_earlier_start
    assert {note.key: note.text for note in recovery.salvaged.notes} == big
    again.close()


# Salvage ---------------------------------------------------------------------------------------


def page_holding(path: Path, marker: bytes) -> int:
    data = path.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    offset = data.find(marker)
    assert offset > 0
    return offset // page_size + 1


def break_page(path: Path, page: int) -> None:
    """Overwrite a page's header, so SQLite cannot read the rows it holds."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    start = (page - 1) * page_size
    data[start : start + 12] = b"\xff" * 12
    path.write_bytes(bytes(data))


def test_notes_written_after_the_backup_are_salvaged_from_the_damaged_file(folder: Path) -> None:
    store = open_store(folder)
    fillers = {f"filler-{n}": f"filler-{n} " + "words " * 250 for n in range(12)}
    write_notes(store, fillers)
    store.close()  # the backup holds the fillers
    store = open_store(folder)
    later = {"later-1": "Ask about the Middle Corridor", "filler-3": "filler-3, changed later"}
    write_notes(store, later)
    store.add_bookmark("guid-later", "doha-2025", SNAPSHOT)
    store.engine.dispose()  # no closing backup: the later notes exist only in the store
    path = store_path(folder)
    damaged_page = page_holding(path, b"filler-7 words")
    assert damaged_page != page_holding(path, b"Ask about the Middle Corridor")
    break_page(path, damaged_page)
    damaged_bytes = path.read_bytes()

    reopened = open_store(folder)
    recovery = reopened.recovery
    assert recovery is not None
    assert recovery.reason == recovery_module.RecoveryReason.DAMAGED
    assert recovery.restored_from is not None
    salvaged = recovery.salvaged
    print(
        f"salvaged {len(salvaged.notes)} notes, {len(salvaged.bookmarks)} bookmarks; "
        f"unreadable rows: {salvaged.unreadable_rows}"
    )
    assert {note.key: note.text for note in salvaged.notes} == later
    assert [bookmark.session_guid for bookmark in salvaged.bookmarks] == ["guid-later"]
    assert salvaged.unreadable_rows > 0
    assert texts(reopened)["filler-3"] == fillers["filler-3"]  # the restored backup's text
    assert recovery.damaged_path is not None
    assert recovery.damaged_path.read_bytes() == damaged_bytes  # read, never changed
    reopened.close()


# Leftovers of killed backups and restores -----------------------------------------------------


def test_leftovers_of_killed_backups_and_restores_are_cleaned_and_nothing_else(
    folder: Path,
) -> None:
    backed_up_store(folder)
    backups_dir = folder / "backups"
    old = (datetime.now(UTC) - ABANDONED_AFTER - timedelta(minutes=5)).timestamp()
    stem = "personal-20240101T000000000000Z.sqlite"
    abandoned = [backups_dir / f"{stem}.partial{suffix}" for suffix in ("", "-wal", "-shm")]
    abandoned += [backups_dir / f"{stem}.partial-journal"]
    abandoned += [
        folder / "personal.sqlite.restoring",
        folder / "personal.sqlite.restoring-journal",
    ]
    fresh = [backups_dir / "personal-20990101T000000000000Z.sqlite.partial-wal"]
    fresh += [folder / "personal.sqlite.restoring-wal"]
    strangers = [backups_dir / "holiday.sqlite.partial-wal", folder / "notes.restoring.txt"]
    for path in abandoned + fresh + strangers:
        path.write_bytes(b"left over")
    for path in abandoned + strangers:
        os.utime(path, (old, old))
    # A running restore may be writing the fresh ones; they stay until they are old.
    for path in fresh:
        os.utime(path, None)

    store = open_store(folder)
    assert [path for path in abandoned if path.exists()] == []
    assert all(path.exists() for path in fresh + strangers)
    assert texts(store) == NOTES
    store.close()


def test_prune_also_drops_the_journal_files_of_abandoned_backups(tmp_path: Path) -> None:
    backups = Backups(tmp_path)
    old = (datetime.now(UTC) - ABANDONED_AFTER - timedelta(minutes=1)).timestamp()
    leftovers = [
        tmp_path / f"personal-20240101T000000000000Z.sqlite.partial{suffix}"
        for suffix in ("-wal", "-shm", "-journal")
    ]
    for path in leftovers:
        path.write_bytes(b"x")
        os.utime(path, (old, old))
    removed = backups.prune()
    assert sorted(removed) == sorted(leftovers)


def test_backup_module_names_a_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A backup that fails on a full disk says so in words the UI can show."""
    store = PersonalStore(tmp_path / "personal.sqlite", backups_dir=tmp_path / "backups")
    write_notes(store, {"guid-1": "text"})

    def full(source: Path, target: Path) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup_module, "copy_database", full)
    with pytest.raises(backup_module.BackupError, match="The disk is full"):
        Backups(tmp_path / "backups").create(store.path)
    monkeypatch.undo()
    store.close()
