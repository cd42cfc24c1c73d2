"""The oldest macOS a Mach-O binary runs on, read from its load commands.

``forumguide.spec`` sets the app's ``LSMinimumSystemVersion`` to the newest minimum among the
bundled binaries (Qt's are the newest), so a Mac too old for the bundled Qt refuses to open the
app instead of starting it and crashing.
"""

from __future__ import annotations

import struct
from pathlib import Path

FAT_MAGIC = 0xCAFEBABE
FAT_MAGIC_64 = 0xCAFEBABF
MH_MAGIC_64 = 0xFEEDFACF
MH_MAGIC = 0xFEEDFACE
# The first four bytes of a universal binary (big-endian) and of a thin one (as read big-endian).
MAGICS = frozenset({FAT_MAGIC, FAT_MAGIC_64, 0xCFFAEDFE, 0xCEFAEDFE})
LC_VERSION_MIN_MACOSX = 0x24
LC_BUILD_VERSION = 0x32


def _decode(version: int) -> tuple[int, int]:
    # xxxx.yy.zz in nibbles: 0x000D0000 is 13.0.
    return version >> 16, (version >> 8) & 0xFF


def _thin_minimum(data: bytes, offset: int) -> tuple[int, int] | None:
    (magic,) = struct.unpack_from("<I", data, offset)
    if magic not in (MH_MAGIC_64, MH_MAGIC):
        return None
    header = 32 if magic == MH_MAGIC_64 else 28
    ncmds = struct.unpack_from("<I", data, offset + 16)[0]
    position = offset + header
    for _ in range(ncmds):
        command, size = struct.unpack_from("<II", data, position)
        if command == LC_BUILD_VERSION:
            return _decode(struct.unpack_from("<I", data, position + 12)[0])
        if command == LC_VERSION_MIN_MACOSX:
            return _decode(struct.unpack_from("<I", data, position + 8)[0])
        position += size
    return None


def minimum_macos(data: bytes) -> tuple[int, int] | None:
    """The newest minimum among a (possibly universal) binary's slices, or None."""
    if len(data) < 8:
        return None
    (magic,) = struct.unpack_from(">I", data, 0)
    if magic in (FAT_MAGIC, FAT_MAGIC_64):
        count = struct.unpack_from(">I", data, 4)[0]
        entry = 20 if magic == FAT_MAGIC else 32
        found = []
        for index in range(count):
            base = 8 + index * entry
            if magic == FAT_MAGIC:
                offset = struct.unpack_from(">I", data, base + 8)[0]
            else:
                offset = struct.unpack_from(">Q", data, base + 8)[0]
            version = _thin_minimum(data, offset)
            if version is not None:
                found.append(version)
        return max(found, default=None)
    return _thin_minimum(data, 0)


def bundle_minimum(binaries: list[Path], floor: tuple[int, int] = (11, 0)) -> str:
    """``LSMinimumSystemVersion`` for a bundle: the newest minimum of its binaries."""
    newest = floor
    for path in binaries:
        with path.open("rb") as handle:
            head = handle.read(4)
        if len(head) < 4 or struct.unpack(">I", head)[0] not in MAGICS:
            continue
        version = minimum_macos(path.read_bytes())
        if version is not None and version > newest:
            newest = version
    return f"{newest[0]}.{newest[1]}"
