"""A damaged write-ahead log: committed notes hidden behind a bad frame, or cut off, are not
silently dropped; an incomplete last frame after a crash is normal and changes nothing."""

from __future__ import annotations

import random
import sqlite3
import struct
from pathlib import Path

import pytest

from forumguide.domain.model import NoteTarget, SessionSnapshot
from forumguide.personal import recovery as recovery_module
from forumguide.personal import wal as wal_module
from forumguide.personal.store import PersonalStore

SNAPSHOT = SessionSnapshot(title="Multilateralism at a Crossroads", forum_name="ATTF 2025")
BACKED_UP = {"guid-1": "in the backup", "guid-2": "also in the backup"}
LATER = {
    "later-1": "Ask about the Middle Corridor",
    "later-2": "Қазақстан: the C5+1 follow-up",
    "later-3": "Bring the KazISS report",
}
WAL_HEADER = 32
FRAME_HEADER = 24


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


def store_path(folder: Path) -> Path:
    return folder / "personal.sqlite"


def wal_path(folder: Path) -> Path:
    return Path(f"{store_path(folder)}-wal")


def open_store(folder: Path) -> PersonalStore:
    return PersonalStore(store_path(folder), backups_dir=folder / "backups")


def write_notes(store: PersonalStore, notes: dict[str, str]) -> None:
    for key, text in notes.items():
        store.save_note(NoteTarget.SESSION, key, text, SNAPSHOT)


def texts(store: PersonalStore) -> dict[str, str]:
    return {note.key: note.text for note in store.notes()}


def crash_image(folder: Path) -> None:
    """Back BACKED_UP up, then write LATER and leave the files as a killed process would: LATER
    only in the write-ahead log, its index in the -shm file, the open marker still there."""
    store = open_store(folder)
    write_notes(store, BACKED_UP)
    store.close()
    store = open_store(folder)
    # A second connection keeps the last one to close from checkpointing the log away.
    holder = sqlite3.connect(store.path)
    holder.execute("SELECT count(*) FROM note").fetchall()
    write_notes(store, LATER)
    files = [store.path, Path(f"{store.path}-wal"), Path(f"{store.path}-shm")]
    image = {path: path.read_bytes() for path in files}
    store.engine.dispose()
    holder.close()
    for path, data in image.items():
        path.write_bytes(data)


def frames(wal: bytes) -> list[tuple[int, int]]:
    """(offset, commit size) of each complete frame."""
    page_size = struct.unpack(">I", wal[8:12])[0]
    found = []
    offset = WAL_HEADER
    while offset + FRAME_HEADER + page_size <= len(wal):
        found.append((offset, struct.unpack(">I", wal[offset + 4 : offset + 8])[0]))
        offset += FRAME_HEADER + page_size
    return found


def test_the_crash_image_keeps_the_later_notes_in_the_log(folder: Path) -> None:
    crash_image(folder)
    data = wal_path(folder).read_bytes()
    commits = [offset for offset, size in frames(data) if size]
    assert len(commits) >= len(LATER)
    check = wal_module.check_wal(store_path(folder))
    assert not check.damaged
    assert check.committed_frames == len(frames(data))  # our checksums agree with SQLite's
    store = open_store(folder)
    assert store.recovery is None
    assert texts(store) == BACKED_UP | LATER
    store.close()


def test_a_flipped_byte_early_in_the_log_is_damage_and_the_later_notes_are_salvaged(
    folder: Path,
) -> None:
    crash_image(folder)
    wal = wal_path(folder)
    data = bytearray(wal.read_bytes())
    first_frame_page = WAL_HEADER + FRAME_HEADER
    data[first_frame_page + 100] ^= 0xFF
    wal.write_bytes(bytes(data))

    store = open_store(folder)
    recovery = store.recovery
    assert recovery is not None
    print(recovery.describe())
    assert recovery.reason == recovery_module.RecoveryReason.DAMAGED
    assert recovery.restored_from is not None
    assert texts(store) == BACKED_UP
    assert recovery.damaged_path is not None
    # The store and its log were set aside together, and the log was not changed.
    assert Path(f"{recovery.damaged_path}-wal").read_bytes() == bytes(data)
    assert {note.key: note.text for note in recovery.salvaged.notes} == LATER
    store.close()


@pytest.mark.parametrize("where", ["last-commit-frame", "log-header"])
def test_damage_without_a_later_commit_is_found_through_the_index(folder: Path, where: str) -> None:
    """A flip in the last commit has no later commit to give it away: the -shm index says how
    many frames were committed. A flip in the log's header makes SQLite ignore the whole log."""
    crash_image(folder)
    wal = wal_path(folder)
    data = bytearray(wal.read_bytes())
    if where == "log-header":
        data[12] ^= 0x01  # the checkpoint sequence number, covered by the header's checksum
    else:
        last_commit = [offset for offset, size in frames(bytes(data)) if size][-1]
        data[last_commit + FRAME_HEADER + 100] ^= 0xFF
    wal.write_bytes(bytes(data))

    store = open_store(folder)
    recovery = store.recovery
    assert recovery is not None
    print(recovery.describe())
    assert recovery.reason == recovery_module.RecoveryReason.DAMAGED
    assert texts(store) == BACKED_UP
    salvaged = {note.key: note.text for note in recovery.salvaged.notes}
    expected = LATER if where == "log-header" else {k: LATER[k] for k in ("later-1", "later-2")}
    assert expected.items() <= salvaged.items()
    store.close()


def test_a_log_cut_short_is_damage_and_what_remains_is_salvaged(folder: Path) -> None:
    crash_image(folder)
    wal = wal_path(folder)
    data = wal.read_bytes()
    page_size = struct.unpack(">I", data[8:12])[0]
    first_commit = next(offset for offset, size in frames(data) if size)
    wal.write_bytes(data[: first_commit + FRAME_HEADER + page_size])

    store = open_store(folder)
    recovery = store.recovery
    assert recovery is not None
    print(recovery.describe())
    assert recovery.reason == recovery_module.RecoveryReason.DAMAGED
    salvaged = {note.key: note.text for note in recovery.salvaged.notes}
    assert salvaged == {"later-1": LATER["later-1"]}
    store.close()


@pytest.mark.parametrize("tail", ["partial-frame", "torn-commit-frame"])
def test_an_incomplete_last_frame_after_a_crash_is_normal(folder: Path, tail: str) -> None:
    crash_image(folder)
    wal = wal_path(folder)
    data = wal.read_bytes()
    page_size = struct.unpack(">I", data[8:12])[0]
    last_offset, _size = frames(data)[-1]
    last = bytearray(data[last_offset : last_offset + FRAME_HEADER + page_size])
    if tail == "partial-frame":
        extra = bytes(last[: FRAME_HEADER + page_size // 2])
    else:  # the frame's header made it to the disk, its page did not
        last[FRAME_HEADER:] = bytes(page_size)
        extra = bytes(last)
    wal.write_bytes(data + extra)

    store = open_store(folder)
    assert store.recovery is None
    assert texts(store) == BACKED_UP | LATER
    store.close()


def reference_checksum(data: bytes, big_endian: bool, first: int, second: int) -> tuple[int, int]:
    """The WAL checksum as https://www.sqlite.org/fileformat2.html#walformat states it."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for index in range(0, len(words), 2):
        first = (first + words[index] + second) & 0xFFFFFFFF
        second = (second + words[index + 1] + first) & 0xFFFFFFFF
    return first, second


@pytest.mark.parametrize("big_endian", [False, True])
@pytest.mark.parametrize("size", [8, 24, 512 + 8, 4096 + 8])
def test_the_checksum_matches_the_documented_one(big_endian: bool, size: int) -> None:
    chance = random.Random(size)
    data = bytes(chance.getrandbits(8) for _ in range(size))
    seed = (chance.getrandbits(32), chance.getrandbits(32))
    assert wal_module.checksum(data, big_endian, seed) == reference_checksum(
        data, big_endian, *seed
    )
