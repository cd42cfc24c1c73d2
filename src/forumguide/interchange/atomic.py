"""Writing export files all at once, and naming the files we choose names for.

An export is written to a temporary file beside its destination, flushed to disk and then moved
over the destination in one step (:func:`os.replace`), so a reader sees either the old file or
the complete new one, and a failure leaves nothing half-written behind.

A file name the user chose in a save dialog is used as given. A name we derive ourselves (from
a forum's name, say) goes through :func:`safe_file_name` first, so it stays a plain name inside
the chosen folder on every platform.
"""

from __future__ import annotations

import errno
import os
import re
import unicodedata
import uuid
from contextlib import suppress
from pathlib import Path

from forumguide.interchange.limits import without_lone_surrogates

# Names Windows reserves for devices, with or without an extension.
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"COM{n}" for n in (*range(1, 10), "¹", "²", "³")}
    | {f"LPT{n}" for n in (*range(1, 10), "¹", "²", "³")}
)
# Separators, characters Windows forbids in names, and control characters.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
_SPACES = re.compile(r"\s+")
_DOTS = re.compile(r"\.{2,}")
# Most file systems allow 255 bytes per name; leave room for the temporary file's additions.
MAX_NAME_BYTES = 180
_O_BINARY = getattr(os, "O_BINARY", 0)


class ExportError(Exception):
    """An export could not be written; the message names the file and says why.

    Attributes:
        path: The file that could not be written (or, for ``bad-name``, its folder).
        reason: Why, so that the window can say it in the user's language: one of the keys
            of :data:`OS_ERROR_REASONS`, or of :data:`EXPORT_REASONS` with ``detail``, or ""
            for a system error told only by ``detail``.
        detail: The system's own words, or the name, session, forum or zone concerned.
        year: For ``out-of-years``, the year of the date.
    """

    def __init__(
        self,
        message: str,
        *,
        path: Path | None = None,
        reason: str = "",
        detail: str = "",
        year: int = 0,
    ) -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason
        self.detail = detail
        self.year = year


# Why something cannot be exported at all, and what ``ExportError.detail`` then holds.
EXPORT_REASONS = {
    "bad-name": "the name that cannot be used as a file name",
    "no-session": "the session's id",
    "no-forum": "the forum's id",
    "no-sessions": "the forum's name",
    "unknown-zone": "the time zone's name",
    "forum-out-of-years": "the forum's name",
    "session-out-of-years": "the session's title",
    "no-window": "nothing",
}


# Why a file could not be written: a reason's key, and its English words.
OS_ERROR_REASONS = {
    "permission": "permission was denied",
    "read-only-disk": "the folder is on a read-only disk",
    "disk-full": "the disk is full",
    "quota": "the disk quota is used up",
    "no-folder": "the folder does not exist",
    "in-the-way": "a folder of that name is in the way",
    "name-too-long": "the name is too long",
}
_REASON_OF_ERRNO = {
    errno.EACCES: "permission",
    errno.EPERM: "permission",
    errno.EROFS: "read-only-disk",
    errno.ENOSPC: "disk-full",
    errno.EDQUOT: "quota",
    errno.ENOENT: "no-folder",
    errno.ENOTDIR: "no-folder",
    errno.EISDIR: "in-the-way",
    errno.ENAMETOOLONG: "name-too-long",
}


def os_error_reason(error: OSError) -> str:
    """The key in :data:`OS_ERROR_REASONS` of why a file could not be written, or ""."""
    return _REASON_OF_ERRNO.get(error.errno or 0, "")


def describe_os_error(error: OSError) -> str:
    """A short sentence about why a file could not be written."""
    reason = os_error_reason(error)
    return OS_ERROR_REASONS[reason] if reason else error.strerror or str(error)


def write_atomically(path: Path, data: bytes | str, *, encoding: str = "utf-8") -> Path:
    """Write ``data`` to ``path`` in one step: the file is complete, or unchanged.

    The bytes go to a temporary file in the same folder, are flushed and synced to disk, and
    the temporary file then replaces ``path``. On any failure the temporary file is removed.
    Text is encoded with any lone UTF-16 surrogate in it replaced by U+FFFD, since no UTF
    encoding can hold one.

    Raises:
        ExportError: the folder is missing or read-only, the disk is full, and the like.
    """
    payload = without_lone_surrogates(data).encode(encoding) if isinstance(data, str) else data
    target = Path(path)
    folder = target.parent
    temp = folder / f".{target.name[:60]}.{uuid.uuid4().hex}.part"
    created = False
    try:
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
        # 0o666 less the umask, as for any new file; O_EXCL so nothing else is overwritten.
        descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o666)
        created = True
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        if target.exists():
            # Keep the permissions of the file being replaced.
            with suppress(OSError):
                temp.chmod(target.stat().st_mode & 0o7777)
        temp.replace(target)
        created = False
        _sync_folder(folder)
    except OSError as error:
        raise ExportError(
            f"{target} could not be written: {describe_os_error(error)}.",
            path=target,
            reason=os_error_reason(error),
            detail=error.strerror or str(error),
        ) from error
    finally:
        if created:
            with suppress(OSError):
                temp.unlink()
    return target


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows syncing a folder."""
    if os.name != "posix":
        return
    with suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _truncate_utf8(text: str, limit: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", errors="ignore")


def safe_file_name(name: str, *, suffix: str = "", fallback: str = "export") -> str:
    """A plain file name made from ``name`` that stays inside whatever folder it is put in.

    Separators, characters that Windows forbids, control characters and runs of dots become
    ``-``; leading and trailing dots and spaces are dropped; Windows device names (``CON``,
    ``NUL``, ``COM1``...) get a leading ``_``; an empty result becomes ``fallback``. Letters of
    any script are kept. ``suffix`` (such as ``".ics"``) is added after the name is cleaned.
    """
    cleaned = _SPACES.sub(" ", unicodedata.normalize("NFC", name))
    cleaned = _UNSAFE.sub("-", cleaned)
    cleaned = _DOTS.sub("-", cleaned)
    cleaned = re.sub(r"-{2,}", "-", cleaned).strip(" .-")
    suffix = _UNSAFE.sub("", suffix).strip(" ")
    cleaned = _truncate_utf8(cleaned, MAX_NAME_BYTES - len(suffix.encode("utf-8"))).rstrip(" .-")
    if not cleaned:
        cleaned = safe_file_name(fallback) if fallback else "export"
    if cleaned.split(".")[0].rstrip(" ").upper() in _RESERVED:
        cleaned = f"_{cleaned}"
    return cleaned + suffix


def path_in_folder(folder: Path, name: str, *, suffix: str = "", fallback: str = "export") -> Path:
    """``folder / safe_file_name(name)``, checked to be directly inside ``folder``."""
    candidate = folder / safe_file_name(name, suffix=suffix, fallback=fallback)
    if candidate.parent != folder or candidate.name in {"", ".", ".."}:
        raise ExportError(
            f"{name!r} cannot be used as a file name in {folder}.",
            path=folder,
            reason="bad-name",
            detail=name,
        )
    return candidate
