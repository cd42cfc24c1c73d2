"""Faults the personal store must survive while it is read and written: bad values in rows,
text that UTF-8 cannot hold, a read-only folder or file, a full disk named as such."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from forumguide.domain.model import NoteTarget, SessionSnapshot
from forumguide.personal import PersonalStoreError, StoreReadOnlyError
from forumguide.personal import recovery as recovery_module
from forumguide.personal import store as store_module
from forumguide.personal.backup import Backups
from forumguide.personal.store import PersonalStore, describe_failure
from tests.test_store_recovery import opened_in_thread

SNAPSHOT = SessionSnapshot(title="Middle Powers as Bridge-Builders", forum_name="Doha Forum 2025")


def store_path(folder: Path) -> Path:
    return folder / "personal.sqlite"


def open_store(folder: Path, **options: Any) -> PersonalStore:
    return PersonalStore(store_path(folder), backups_dir=folder / "backups", **options)


# Bad values in rows -----------------------------------------------------------------------------

BAD_MOMENTS: list[object] = [
    "garbage",
    "9999-12-31T23:59:59+00:00",
    "0001-01-01T00:00:00+00:00",
    "",
    1_700_000_000,
    b"\xff\xfe",
]


def insert_rows(path: Path, values: list[object]) -> None:
    connection = sqlite3.connect(path)
    for number, value in enumerate(values):
        connection.execute(
            "INSERT INTO bookmark (session_guid, forum_slug, created_at, snap_title, "
            "snap_forum_name, snap_timezone, snap_day, snap_start, snap_room) "
            "VALUES (?, 'doha-2025', ?, 't', 'f', 'Asia/Qatar', ?, ?, 'r')",
            (f"guid-{number}", value, value, value),
        )
        connection.execute(
            "INSERT INTO note (target, key, body, updated_at, snap_title, snap_forum_name, "
            "snap_timezone, snap_day, snap_start, snap_room) "
            "VALUES ('session', ?, ?, ?, 't', 'f', 'Asia/Qatar', ?, ?, 'r')",
            (f"guid-{number}", f"note {number}", value, value, value),
        )
    connection.commit()
    connection.close()


def test_bad_moments_in_rows_are_read_as_safe_values(tmp_path: Path) -> None:
    path = tmp_path / "personal.sqlite"
    PersonalStore(path).close()
    insert_rows(path, BAD_MOMENTS)
    store = PersonalStore(path)
    bookmarks = store.bookmarks()
    notes = store.notes()
    assert len(bookmarks) == len(notes) == len(BAD_MOMENTS)
    for moment in [b.created_at for b in bookmarks] + [n.updated_at for n in notes]:
        assert moment.utcoffset() == timedelta(0)
        assert 1900 <= moment.year <= 2200
    for snapshot in [b.snapshot for b in bookmarks] + [n.snapshot for n in notes]:
        assert (snapshot.day, snapshot.start) == (None, None)
    assert store.note(NoteTarget.SESSION, "guid-0") is not None
    store.close()


def test_good_moments_are_read_as_aware_utc(tmp_path: Path) -> None:
    path = tmp_path / "personal.sqlite"
    PersonalStore(path).close()
    insert_rows(path, ["2025-06-13T10:00:00+05:00", "2025-06-13T10:00:00"])
    store = PersonalStore(path)
    moments = sorted(note.updated_at for note in store.notes())
    assert moments == [
        datetime(2025, 6, 13, 5, tzinfo=UTC),
        datetime(2025, 6, 13, 10, tzinfo=UTC),
    ]
    assert all(moment.tzinfo is UTC for moment in moments)
    store.close()


def test_text_that_is_not_utf8_and_unknown_targets_do_not_stop_reading(tmp_path: Path) -> None:
    path = tmp_path / "personal.sqlite"
    store = PersonalStore(path)
    store.save_note(NoteTarget.SESSION, "guid-1", "kept", SNAPSHOT)
    store.close()
    connection = sqlite3.connect(path)
    insert = (
        "INSERT INTO note (target, key, body, updated_at, snap_title, snap_forum_name, "
        "snap_timezone, snap_room) VALUES (?, ?, {body}, '2025-06-13T10:00:00+00:00', '', '', "
        "'', '')"
    )
    connection.execute(insert.format(body="CAST(x'ff41' AS TEXT)"), ("session", "guid-2"))
    connection.execute(insert.format(body="'from a later version'"), ("meeting", "guid-3"))
    connection.commit()
    connection.close()
    store = PersonalStore(path)
    assert {note.key: note.text for note in store.notes()} == {
        "guid-1": "kept",
        "guid-2": "\ufffdA",
    }
    store.close()


# Text with a lone surrogate ---------------------------------------------------------------------


def test_a_lone_surrogate_is_stored_as_a_replacement_character(tmp_path: Path) -> None:
    store = PersonalStore(tmp_path / "personal.sqlite")
    odd = SessionSnapshot(title="Panel \ud83d", forum_name="Doha")
    saved = store.save_note(NoteTarget.SESSION, "guid-\udc00", "half an emoji: \ud83d.", odd)
    assert saved is not None
    assert saved.text == "half an emoji: \ufffd."
    note = store.note(NoteTarget.SESSION, "guid-\udc00")
    assert note is not None
    assert (note.key, note.text, note.snapshot.title) == (
        "guid-\ufffd",
        "half an emoji: \ufffd.",
        "Panel \ufffd",
    )
    store.add_bookmark("guid-\ud83d", "doha-\ud83d", odd)
    assert store.bookmarked_keys() == {("doha-\ufffd", "guid-\ufffd")}
    assert store.notes("\ud83d") == [note]
    # A whole pair, even as two code points, is one character.
    pair = store.save_note(NoteTarget.SESSION, "guid-2", "\ud83d\ude00", SNAPSHOT)
    assert pair is not None
    assert pair.text == "😀"
    store.close()


# Read-only folder or file -----------------------------------------------------------------------


def filled_store(folder: Path) -> Path:
    store = open_store(folder)
    store.save_note(NoteTarget.SESSION, "guid-1", "readable", SNAPSHOT)
    store.close()
    old = 1_700_000_000
    os.utime(store_path(folder), (old, old))
    return store_path(folder)


def unchanged(folder: Path) -> tuple[bytes, int, list[str]]:
    path = store_path(folder)
    return path.read_bytes(), path.stat().st_mtime_ns, sorted(p.name for p in folder.rglob("*"))


def refuse_writes_in(folder: Path, monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    """Make the operating system refuse to create or write files in ``folder``."""
    real_open = os.open
    writing = os.O_WRONLY | os.O_RDWR | os.O_CREAT

    def guarded(path: Any, flags: int, mode: int = 0o777, *, dir_fd: int | None = None) -> int:
        if Path(path).parent == folder and flags & writing:
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path, flags, mode, dir_fd=dir_fd)

    monkeypatch.setattr(os, "open", guarded)


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES])
def test_a_read_only_folder_opens_the_store_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    folder = tmp_path / "data"
    filled_store(folder)
    before = unchanged(folder)
    refuse_writes_in(folder, monkeypatch, code)

    store = open_store(folder)
    print(f"read-only reason: {store.read_only_reason}")
    assert store.read_only
    assert store.read_only_cause == store_module.ReadOnlyCause.READ_ONLY_FOLDER
    assert f"The folder {folder} is read-only" in store.read_only_reason
    note = store.note(NoteTarget.SESSION, "guid-1")
    assert note is not None
    assert note.text == "readable"
    with pytest.raises(StoreReadOnlyError):
        store.save_note(NoteTarget.SESSION, "guid-1", "changed", SNAPSHOT)
    store.close()
    assert unchanged(folder) == before


def test_a_read_only_store_file_opens_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    path = filled_store(folder)
    real_open = os.open

    def guarded(target: Any, flags: int, mode: int = 0o777, *, dir_fd: int | None = None) -> int:
        if Path(target) == path and flags & (os.O_WRONLY | os.O_RDWR):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(target))
        return real_open(target, flags, mode, dir_fd=dir_fd)

    monkeypatch.setattr(os, "open", guarded)
    store = open_store(folder)
    assert store.read_only_cause == store_module.ReadOnlyCause.READ_ONLY_FILE
    assert f"The file {path} is read-only" in store.read_only_reason
    assert [note.text for note in store.notes()] == ["readable"]
    store.close()


def test_sqlite_refusing_to_write_at_open_gives_a_read_only_store(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    filled_store(folder)
    before = unchanged(folder)

    def read_only_disk(connection: sqlite3.Connection) -> None:
        connection.execute("PRAGMA query_only=ON")

    store = open_store(folder, connection_hooks=[read_only_disk])
    assert store.read_only
    assert "read-only" in store.read_only_reason
    assert [note.text for note in store.notes()] == ["readable"]
    with pytest.raises(StoreReadOnlyError):
        store.add_bookmark("guid-1", "doha-2025", SNAPSHOT)
    store.close()
    assert unchanged(folder)[:2] == before[:2]


def test_a_read_only_folder_without_a_store_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    refuse_writes_in(folder, monkeypatch, errno.EROFS)
    with pytest.raises(PersonalStoreError, match="read-only"):
        open_store(folder)
    assert list(folder.iterdir()) == []


def test_a_damaged_store_in_a_read_only_folder_is_reported_and_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    path = filled_store(folder)
    path.write_bytes(os.urandom(4096))
    before = unchanged(folder)
    refuse_writes_in(folder, monkeypatch, errno.EROFS)
    with pytest.raises(PersonalStoreError, match="read-only"):
        open_store(folder)
    assert unchanged(folder) == before
    assert Backups(folder / "backups").all()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX only")
@pytest.mark.parametrize("suffix", ["-wal", "-shm"])
def test_a_fifo_beside_a_store_in_a_read_only_folder_does_not_block(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    folder = tmp_path / "data"
    path = filled_store(folder)
    fifo = Path(f"{path}{suffix}")
    os.mkfifo(fifo)
    refuse_writes_in(folder, monkeypatch, errno.EROFS)
    store = opened_in_thread(folder, fifo)
    assert store.read_only
    assert [note.text for note in store.notes()] == ["readable"]
    store.close()
    assert fifo.is_fifo()


# A full disk, named ----------------------------------------------------------------------------


def sqlite_error(message: str, code: int) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code
    return error


def test_a_full_disk_is_named_whatever_reports_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    full = "The disk is full."
    assert describe_failure(sqlite_error("database or disk is full", sqlite3.SQLITE_FULL)) == full
    assert describe_failure(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))) == full
    io_error = sqlite_error("disk I/O error", sqlite3.SQLITE_IOERR)

    def usage(free: int) -> Any:
        return lambda _path: shutil._ntuple_diskusage(10**9, 10**9 - free, free)

    monkeypatch.setattr(shutil, "disk_usage", usage(0))
    assert describe_failure(io_error, folder=tmp_path) == full
    monkeypatch.setattr(shutil, "disk_usage", usage(10**9))
    assert "full" not in describe_failure(io_error, folder=tmp_path)


def test_a_recovery_marker_is_not_a_backup_nor_a_companion(tmp_path: Path) -> None:
    marker = recovery_module.recovery_marker_path(tmp_path / "personal.sqlite")
    assert marker.parent == tmp_path
    assert marker.name.startswith("personal.sqlite.")
    assert not marker.name.endswith(("-wal", "-shm", "-journal", ".open"))
