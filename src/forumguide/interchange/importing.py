"""Reading a published schedule, whichever supported format it is in.

The kind of file is recognised from its content, never from its name. Reading a schedule gives
a domain :class:`~forumguide.domain.model.Programme`; turning it into a catalog is the
programmes service's work (:mod:`forumguide.services.programmes`). Any problem raises
:class:`~forumguide.interchange.errors.ScheduleImportError`.
"""

from __future__ import annotations

import stat
from enum import StrEnum
from pathlib import Path

from forumguide.domain.model import Programme
from forumguide.interchange.errors import (
    FileKind,
    ImportFacts,
    ImportProblem,
    ScheduleImportError,
)
from forumguide.interchange.frab_json import parse_frab_json
from forumguide.interchange.frab_xml import parse_frab_xml

MAX_IMPORT_BYTES = 50 * 1024 * 1024
"""The largest schedule file accepted (FOSDEM's biggest programmes are a few megabytes)."""

_LIMIT_MB = MAX_IMPORT_BYTES // (1024 * 1024)
_SNIFF_BYTES = 2048
_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_OTHER_KINDS = (
    (b"%PDF", FileKind.PDF, "a PDF document"),
    (b"\x89PNG", FileKind.PNG, "a PNG image"),
    (b"\xff\xd8\xff", FileKind.JPEG, "a JPEG image"),
    (b"GIF8", FileKind.GIF, "a GIF image"),
    (b"PK\x03\x04", FileKind.ZIP, "a ZIP archive (or an office document)"),
    (b"SQLite format 3\x00", FileKind.SQLITE, "an SQLite database"),
)


class ScheduleKind(StrEnum):
    """The schedule formats ForumGuide reads."""

    FRAB_XML = "frab-xml"
    FRAB_JSON = "frab-json"
    ICALENDAR = "icalendar"


def sniff(data: bytes) -> ScheduleKind | None:
    """The schedule format of ``data`` judging by its first characters, or None."""
    head = data[:_SNIFF_BYTES]
    if head.startswith(_UTF16_BOMS):
        text = head.decode("utf-16", "ignore").lstrip("\ufeff \t\r\n")
    else:
        text = head.removeprefix(_UTF8_BOM).decode("utf-8", "ignore").lstrip(" \t\r\n")
    if text.startswith("<"):
        lowered = text[:200].lower()
        if lowered.startswith(("<!doctype html", "<html")):
            return None
        return ScheduleKind.FRAB_XML
    if text.startswith("{"):
        return ScheduleKind.FRAB_JSON
    if text[:15].upper() == "BEGIN:VCALENDAR":
        return ScheduleKind.ICALENDAR
    return None


def _wrong_kind(data: bytes, source: str) -> ScheduleImportError:
    if not data.strip():
        return ScheduleImportError(source, "the file is empty.", ImportProblem.EMPTY)
    head = data.removeprefix(_UTF8_BOM)[:_SNIFF_BYTES].lstrip()
    for magic, kind, name in _OTHER_KINDS:
        if head.startswith(magic):
            return ScheduleImportError(
                source,
                f"it is {name}, not a schedule.",
                ImportProblem.WRONG_KIND,
                ImportFacts(what=kind),
            )
    if head[:200].lower().startswith((b"<!doctype html", b"<html")):
        return ScheduleImportError(
            source,
            "it is a web page (HTML), not a schedule.",
            ImportProblem.WRONG_KIND,
            ImportFacts(what=FileKind.HTML),
        )
    return ScheduleImportError(
        source,
        "it is not a schedule file ForumGuide reads (frab/Pentabarf XML, frab/pretalx/c3voc "
        "JSON or iCalendar).",
        ImportProblem.WRONG_KIND,
        ImportFacts(what=FileKind.TEXT),
    )


def parse_schedule(
    data: bytes, *, source: str = "", default_timezone: str | None = None
) -> Programme:
    """The programme in ``data``, whichever supported format it is in."""
    kind = sniff(data)
    if kind is ScheduleKind.FRAB_XML:
        return parse_frab_xml(data, source=source, default_timezone=default_timezone)
    if kind is ScheduleKind.FRAB_JSON:
        return parse_frab_json(data, source=source, default_timezone=default_timezone)
    if kind is ScheduleKind.ICALENDAR:
        # icalendar is imported only when a calendar is read.
        from forumguide.interchange.ical_schedule import parse_ical_schedule  # noqa: PLC0415

        return parse_ical_schedule(data, source=source, default_timezone=default_timezone)
    raise _wrong_kind(data, source)


def read_bytes(path: Path) -> bytes:
    """The bytes of a schedule file, refusing anything over :data:`MAX_IMPORT_BYTES`."""
    limit = f"{MAX_IMPORT_BYTES // (1024 * 1024)} MB"
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ScheduleImportError(path, "it is a folder, not a file.", ImportProblem.FOLDER)
        if not stat.S_ISREG(info.st_mode):
            raise ScheduleImportError(path, "it is not a regular file.", ImportProblem.NOT_REGULAR)
        if info.st_size > MAX_IMPORT_BYTES:
            size = round(info.st_size / (1024 * 1024))
            raise ScheduleImportError(
                path,
                f"it is {size} MB, over the {limit} limit.",
                ImportProblem.TOO_LARGE,
                ImportFacts(size_mb=size, limit_mb=_LIMIT_MB),
            )
        with path.open("rb") as stream:
            data = stream.read(MAX_IMPORT_BYTES + 1)
    except FileNotFoundError as error:
        raise ScheduleImportError(
            path, "the file does not exist.", ImportProblem.MISSING
        ) from error
    except PermissionError as error:
        raise ScheduleImportError(
            path, "ForumGuide is not allowed to read it.", ImportProblem.NOT_ALLOWED
        ) from error
    except OSError as error:
        reason = error.strerror or str(error)
        raise ScheduleImportError(
            path,
            f"it cannot be read ({reason}).",
            ImportProblem.UNREADABLE,
            ImportFacts(detail=reason),
        ) from error
    if len(data) > MAX_IMPORT_BYTES:
        raise ScheduleImportError(
            path,
            f"it is over the {limit} limit.",
            ImportProblem.TOO_LARGE,
            ImportFacts(limit_mb=_LIMIT_MB),
        )
    return data


def read_schedule(path: Path, default_timezone: str | None = None) -> Programme:
    """The programme in the schedule file at ``path``.

    Args:
        path: A frab/Pentabarf XML, frab/pretalx/c3voc JSON or iCalendar file (recognised by
            content).
        default_timezone: The conference's IANA zone for a file that does not give one.

    Raises:
        ScheduleImportError: The file cannot be imported; ``needs_timezone`` says whether a
            zone is all it lacks.
    """
    return parse_schedule(read_bytes(path), source=str(path), default_timezone=default_timezone)
