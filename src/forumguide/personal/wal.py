"""Checking a store's write-ahead log before SQLite reads it, and reading pages out of it.

SQLite replays the log (the ``-wal`` file) frame by frame and stops at the first frame whose
checksum fails: commits that follow such a frame are dropped without a word. After a crash the
log may legitimately end in a frame that was only partly written, so a failing frame alone is
not damage. Damage is what a crash cannot explain:

- a commit frame of the current generation (its salts match the log's header) that passes its
  checksum when checked from the frame before it, behind a frame that fails;
- a log header that fails its checksum although commit frames after it pass theirs;
- a log that holds fewer committed frames than its index (the ``-shm`` file) says were
  committed, when the index is intact and belongs to this log (a log cut short, or a bad frame
  inside the last commit).

The format is at https://www.sqlite.org/fileformat2.html#walformat: a 32-byte header (magic,
format, page size, checkpoint sequence, two salts, a checksum) and frames of a 24-byte header
(page number, database size after a commit or 0, the salts, a cumulative checksum) and a page.
Checksums run over 32-bit words, big- or little-endian as the magic number says.
"""

from __future__ import annotations

import functools
import operator
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path

from forumguide.personal.layout import beside

WAL_SUFFIX = "-wal"
SHM_SUFFIX = "-shm"
HEADER_SIZE = 32
FRAME_HEADER_SIZE = 24
MAGIC_LITTLE_ENDIAN = 0x377F0682
MAGIC_BIG_ENDIAN = 0x377F0683
FORMAT_VERSION = 3007000
# The wal-index header in the -shm file: 48 bytes, written twice, in the machine's byte order.
_INDEX_HEADER_SIZE = 48
_INDEX_FORMAT = ("<" if sys.byteorder == "little" else ">") + "IIIBBHII8s8sII"
_MASK = 0xFFFFFFFF

Checksum = tuple[int, int]


# Both running sums travel in one integer: the second above this many bits, where the first
# (at most 2**14 products below 2**64) can never reach.
_SPLIT = 96


@functools.lru_cache(maxsize=8)
def _coefficients(pairs: int) -> tuple[tuple[int, int, int, int], tuple[int, ...]]:
    """The checksum over ``pairs`` word pairs as a linear map of the seed and the words.

    One step is s0 += x0 + s1; s1 += x1 + s0, that is (s0, s1) <- M (s0, s1) + (x0, x0 + x1)
    with M = [[1, 1], [1, 2]], modulo 2**32. After n steps the seed is multiplied by M**n and
    pair i contributes M**(n - 1 - i) (x0, x0 + x1): fixed coefficients per word, so a page
    needs one dot product instead of a Python loop over every word.
    """
    powers: list[tuple[int, int, int, int]] = [(1, 0, 0, 1)]
    for _ in range(pairs):
        a, b, c, d = powers[-1]
        powers.append(((a + b) & _MASK, (a + 2 * b) & _MASK, (c + d) & _MASK, (c + 2 * d) & _MASK))
    packed: list[int] = []
    for index in range(pairs):
        a, b, c, d = powers[pairs - 1 - index]
        packed += [((a + b) & _MASK) | (((c + d) & _MASK) << _SPLIT), b | (d << _SPLIT)]
    return powers[pairs], tuple(packed)


def checksum(data: bytes, big_endian: bool, seed: Checksum = (0, 0)) -> Checksum:
    """SQLite's WAL checksum of ``data`` (a multiple of 8 bytes), continuing from ``seed``."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    (a, b, c, d), packed = _coefficients(len(words) // 2)
    total = sum(map(operator.mul, packed, words))
    s0, s1 = seed
    return (
        (a * s0 + b * s1 + total) & _MASK,
        (c * s0 + d * s1 + (total >> _SPLIT)) & _MASK,
    )


@dataclass(frozen=True, slots=True)
class WalCheck:
    """What the log of a store holds, as far as SQLite will replay it, and whether it is damaged."""

    damaged: bool = False
    problem: str = ""
    # Frames SQLite replays: up to its last commit that passes every checksum before it.
    committed_frames: int = 0


@dataclass(frozen=True, slots=True)
class WalPages:
    """The pages of a log's committed frames that pass their checksums, for salvage."""

    page_size: int = 0
    pages: dict[int, bytes] = field(default_factory=dict)
    # The database's size in pages after the last commit found; 0 when there is none.
    database_pages: int = 0
    # Frames before that commit whose pages could not be used.
    lost_frames: int = 0


@dataclass(frozen=True, slots=True)
class _Frame:
    offset: int
    page_number: int
    commit_size: int
    current: bool  # its salts match the header's: written since the log was last restarted
    stored: Checksum


@dataclass(frozen=True, slots=True)
class _Scan:
    page_size: int
    salts: bytes
    header_valid: bool
    frames: tuple[_Frame, ...]
    # Whether each frame passes its checksum, from the frame before it if need be.
    valid: tuple[bool, ...]
    # Frames in SQLite's own chain of valid frames (it stops at the first that fails).
    chain: int
    committed: int


def _page_size_ok(size: int) -> bool:
    return 512 <= size <= 65536 and size & (size - 1) == 0


def _scan(data: bytes) -> _Scan | None:
    """The log's frames and which of them pass their checksums; None without a usable header."""
    if len(data) < HEADER_SIZE:
        return None
    magic, version, page_size, _sequence = struct.unpack(">IIII", data[:16])
    if magic not in (MAGIC_LITTLE_ENDIAN, MAGIC_BIG_ENDIAN) or version != FORMAT_VERSION:
        return None
    if not _page_size_ok(page_size):
        return None
    big_endian = magic == MAGIC_BIG_ENDIAN
    salts = data[16:24]
    header_stored: Checksum = struct.unpack(">II", data[24:32])
    header_computed = checksum(data[:24], big_endian)
    header_valid = header_computed == header_stored
    frames: list[_Frame] = []
    offset = HEADER_SIZE
    while offset + FRAME_HEADER_SIZE + page_size <= len(data):
        number, size = struct.unpack(">II", data[offset : offset + 8])
        stored: Checksum = struct.unpack(">II", data[offset + 16 : offset + 24])
        current = data[offset + 8 : offset + 16] == salts and number > 0
        frames.append(_Frame(offset, number, size, current, stored))
        offset += FRAME_HEADER_SIZE + page_size

    def sum_of(frame: _Frame, seed: Checksum) -> Checksum:
        page = frame.offset + FRAME_HEADER_SIZE
        content = data[frame.offset : frame.offset + 8] + data[page : page + page_size]
        return checksum(content, big_endian, seed)

    # SQLite's replay: from the header's checksum, every frame must pass from the one before.
    chain = committed = 0
    seed = header_computed
    if header_valid:
        for frame in frames:
            if not frame.current or sum_of(frame, seed) != frame.stored:
                break
            seed = frame.stored
            chain += 1
            committed = chain if frame.commit_size else committed
    valid = [True] * chain
    # Beyond it, a frame is checked from the stored and from the recomputed checksum of the
    # frame before: the first survives damage to that frame's page, the second to its checksum.
    for index in range(chain, len(frames)):
        frame = frames[index]
        if not frame.current:
            valid.append(False)
            continue
        if index == 0:
            seeds = {header_stored, header_computed}
        else:
            before = frames[index - 1]
            earlier = frames[index - 2].stored if index > 1 else header_stored
            seeds = {before.stored, sum_of(before, earlier)}
        valid.append(any(sum_of(frame, seed) == frame.stored for seed in seeds))
    return _Scan(page_size, salts, header_valid, tuple(frames), tuple(valid), chain, committed)


@dataclass(frozen=True, slots=True)
class _IndexHeader:
    committed_frames: int
    salts: bytes


def _read_regular(path: Path) -> bytes:
    """The bytes of ``path`` if it is a regular file; reading a FIFO would block.

    Raises:
        FileNotFoundError: there is no regular file at ``path``.
    """
    if not path.is_file():
        raise FileNotFoundError(path)
    return path.read_bytes()


def _read_index_header(shm: Path) -> _IndexHeader | None:
    """The wal-index header of the -shm file, when both copies agree and its checksum passes."""
    if not shm.is_file():
        return None
    try:
        with shm.open("rb") as file:
            data = file.read(2 * _INDEX_HEADER_SIZE)
    except OSError:
        return None
    if len(data) < 2 * _INDEX_HEADER_SIZE or data[:_INDEX_HEADER_SIZE] != data[_INDEX_HEADER_SIZE:]:
        return None
    fields = struct.unpack(_INDEX_FORMAT, data[:_INDEX_HEADER_SIZE])
    version, _unused, _change, initialised, _big, _size, frames, _pages = fields[:8]
    salts = fields[9]
    stored: Checksum = (fields[10], fields[11])
    if version != FORMAT_VERSION or not initialised:
        return None
    if checksum(data[:40], sys.byteorder == "big") != stored:
        return None
    return _IndexHeader(frames, salts)


def wal_path(store: Path) -> Path:
    return beside(store, WAL_SUFFIX)


def check_wal(store: Path) -> WalCheck:
    """Check the log of ``store`` without opening it through SQLite.

    The index is read before the log: while another process appends to the log, the log then
    holds at least as many frames as the index it was read after.
    """
    index = _read_index_header(beside(store, SHM_SUFFIX))
    try:
        data = _read_regular(wal_path(store))
    except FileNotFoundError:
        return WalCheck()
    except OSError as error:
        return WalCheck(problem=f"the log could not be read: {error.strerror or error}")
    if not data:
        return WalCheck()
    scan = _scan(data)
    if scan is None:
        if index is not None and index.committed_frames > 0:
            return WalCheck(True, "the log's header is missing or unreadable")
        return WalCheck()
    for position in range(scan.chain, len(scan.frames)):
        frame = scan.frames[position]
        if scan.valid[position] and frame.commit_size:
            if not scan.header_valid:
                problem = "the log's header fails its checksum"
            else:
                problem = f"frame {scan.chain + 1} of the log fails its checksum"
            return WalCheck(True, f"{problem}; later commits would be lost", scan.committed)
    if index is not None and index.salts == scan.salts:
        if index.committed_frames > len(scan.frames):
            return WalCheck(True, "the log was cut short", scan.committed)
        if index.committed_frames > scan.committed:
            problem = f"frame {scan.chain + 1} of the log fails its checksum"
            return WalCheck(True, problem, scan.committed)
    return WalCheck(committed_frames=scan.committed)


def committed_pages(wal: Path) -> WalPages:
    """The pages of the frames that pass their checksums, up to the last such commit frame.

    A frame that fails is skipped: its page keeps the content of an earlier frame or of the
    database file, so rows on it may read as they were before, or not at all.
    """
    try:
        data = _read_regular(wal)
    except OSError:
        return WalPages()
    scan = _scan(data)
    if scan is None:
        return WalPages()
    last_commit = max(
        (i for i, frame in enumerate(scan.frames) if scan.valid[i] and frame.commit_size),
        default=-1,
    )
    if last_commit < 0:
        return WalPages(scan.page_size)
    pages: dict[int, bytes] = {}
    lost = 0
    for position in range(last_commit + 1):
        frame = scan.frames[position]
        if not scan.valid[position]:
            lost += 1
            continue
        start = frame.offset + FRAME_HEADER_SIZE
        pages[frame.page_number] = data[start : start + scan.page_size]
    size = scan.frames[last_commit].commit_size
    return WalPages(scan.page_size, pages, size, lost)
