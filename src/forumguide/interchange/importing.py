"""Importing a published schedule: read it, build its catalog, report what changed.

The kind of file is recognised from its content, never from its name. A schedule becomes a
catalog file of its own in the user's catalogs folder, written by the same
:func:`~forumguide.catalog.builder.build_catalog` as the bundled programme. Importing a newer
schedule of the same conference replaces its catalog and reports the sessions added, removed and
moved; bookmarks and notes are keyed by session guid and are not touched. Any problem raises
:class:`~forumguide.interchange.errors.ScheduleImportError` before anything is replaced.
"""

from __future__ import annotations

import stat
from collections.abc import Callable, Collection
from contextlib import suppress
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from forumguide.catalog import CatalogError
from forumguide.catalog.reader import CatalogReader, SessionFilter
from forumguide.domain.changes import ProgrammeChanges, compare_sessions
from forumguide.domain.model import Forum, Programme, Session
from forumguide.interchange.errors import ScheduleImportError
from forumguide.interchange.frab_json import parse_frab_json
from forumguide.interchange.frab_xml import parse_frab_xml
from forumguide.paths import UserPaths, bundled_catalog

MAX_IMPORT_BYTES = 50 * 1024 * 1024
"""The largest schedule file accepted (FOSDEM's biggest programmes are a few megabytes)."""

BUNDLED_CATALOG_ID = "bundled"
# The forums of the bundled catalog; an imported forum never takes one of these slugs.
BUNDLED_FORUM_SLUGS = frozenset({"attf-2025", "aif-2024", "aif-2023", "doha-2025"})

_SNIFF_BYTES = 2048
_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_OTHER_KINDS = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"BEGIN:VCALENDAR", "an iCalendar file"),
)


class ScheduleKind(StrEnum):
    """The schedule formats ForumGuide reads."""

    FRAB_XML = "frab-xml"
    FRAB_JSON = "frab-json"


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did.

    Attributes:
        catalog_id: The catalog's id, stable for the conference.
        catalog_path: Where the catalog file was written.
        forum: The imported conference.
        session_count: Sessions in the new catalog.
        speaker_count: People in the new catalog.
        replaced: Whether an earlier import of the same conference was replaced.
        changes: Sessions added, removed and moved since that earlier import (empty if none).
    """

    catalog_id: str
    catalog_path: Path
    forum: Forum
    session_count: int
    speaker_count: int
    replaced: bool
    changes: ProgrammeChanges


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
    return None


def _wrong_kind(data: bytes) -> str:
    if not data.strip():
        return "the file is empty."
    head = data.removeprefix(_UTF8_BOM)[:_SNIFF_BYTES].lstrip()
    for magic, kind in _OTHER_KINDS:
        if head.startswith(magic):
            return f"it is {kind}, not a schedule."
    if head[:200].lower().startswith((b"<!doctype html", b"<html")):
        return "it is a web page (HTML), not a schedule."
    return "it is not a schedule file ForumGuide reads (frab/Pentabarf XML or frab/pretalx JSON)."


def parse_schedule(
    data: bytes, *, source: str = "", default_timezone: str | None = None
) -> Programme:
    """The programme in ``data``, whichever supported format it is in."""
    kind = sniff(data)
    if kind is ScheduleKind.FRAB_XML:
        return parse_frab_xml(data, source=source, default_timezone=default_timezone)
    if kind is ScheduleKind.FRAB_JSON:
        return parse_frab_json(data, source=source, default_timezone=default_timezone)
    raise ScheduleImportError(source, _wrong_kind(data))


def read_bytes(path: Path) -> bytes:
    """The bytes of a schedule file, refusing anything over :data:`MAX_IMPORT_BYTES`."""
    limit = f"{MAX_IMPORT_BYTES // (1024 * 1024)} MB"
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ScheduleImportError(path, "it is a folder, not a file.")
        if not stat.S_ISREG(info.st_mode):
            raise ScheduleImportError(path, "it is not a regular file.")
        if info.st_size > MAX_IMPORT_BYTES:
            raise ScheduleImportError(
                path, f"it is {info.st_size / (1024 * 1024):.0f} MB, over the {limit} limit."
            )
        with path.open("rb") as stream:
            data = stream.read(MAX_IMPORT_BYTES + 1)
    except FileNotFoundError as error:
        raise ScheduleImportError(path, "the file does not exist.") from error
    except PermissionError as error:
        raise ScheduleImportError(path, "ForumGuide is not allowed to read it.") from error
    except OSError as error:
        raise ScheduleImportError(
            path, f"it cannot be read ({error.strerror or error})."
        ) from error
    if len(data) > MAX_IMPORT_BYTES:
        raise ScheduleImportError(path, f"it is over the {limit} limit.")
    return data


def read_schedule(path: Path, default_timezone: str | None = None) -> Programme:
    """The programme in the schedule file at ``path``.

    Args:
        path: A frab/Pentabarf XML or frab/pretalx JSON file (recognised by content).
        default_timezone: The conference's IANA zone for a file that does not give one.

    Raises:
        ScheduleImportError: The file cannot be imported; ``needs_timezone`` says whether a
            zone is all it lacks.
    """
    return parse_schedule(read_bytes(path), source=str(path), default_timezone=default_timezone)


def reserved_forum_slugs(bundled: Path | None = None) -> frozenset[str]:
    """Forum slugs an imported schedule must not take: those of the bundled catalog."""
    slugs = set(BUNDLED_FORUM_SLUGS) | {BUNDLED_CATALOG_ID}
    try:
        reader = CatalogReader(bundled or bundled_catalog())
    except CatalogError:
        return frozenset(slugs)
    try:
        slugs.update(forum.slug for forum in reader.forums())
    except CatalogError:
        pass
    finally:
        reader.close()
    return frozenset(slugs)


def _with_forum_slug(programme: Programme, slug: str) -> Programme:
    return replace(
        programme,
        forums=tuple(replace(f, slug=slug) for f in programme.forums),
        sessions=tuple(replace(s, forum_slug=slug) for s in programme.sessions),
    )


def _free_slug(programme: Programme, reserved: Collection[str]) -> Programme:
    slug = programme.forums[0].slug
    if slug not in reserved:
        return programme
    candidate, number = f"{slug}-imported", 1
    while candidate in reserved:
        number += 1
        candidate = f"{slug}-imported-{number}"
    return _with_forum_slug(programme, candidate)


def catalog_path(paths: UserPaths, catalog_id: str) -> Path:
    return paths.catalogs_dir / f"{catalog_id}.sqlite"


def existing_sessions(path: Path) -> list[Session] | None:
    """The sessions of the catalog at ``path``, or None if there is none that can be read."""
    if not path.is_file():
        return None
    try:
        reader = CatalogReader(path)
    except CatalogError:
        return None
    try:
        return [
            session
            for forum in reader.forums()
            for session in reader.sessions(SessionFilter(forum.slug))
        ]
    except CatalogError:
        return None
    finally:
        reader.close()


def install_programme(
    programme: Programme,
    paths: UserPaths,
    *,
    source: str = "",
    before_replace: Callable[[str], None] | None = None,
    reserved_slugs: Collection[str] | None = None,
) -> ImportResult:
    """Build ``programme``'s catalog in the user's catalogs folder and report the changes.

    The catalog is built completely beside its destination first; only then is
    ``before_replace(catalog_id)`` called (the window closes its reader of the old file there,
    since Windows cannot replace an open file) and the file moved into place.
    """
    # The builder needs SQLAlchemy, slow to import: keep it off the window's start-up path.
    from sqlalchemy.exc import SQLAlchemyError  # noqa: PLC0415

    from forumguide.catalog.builder import build_catalog  # noqa: PLC0415

    reserved = reserved_forum_slugs() if reserved_slugs is None else reserved_slugs
    programme = _free_slug(programme, reserved)
    forum = programme.forums[0]
    catalog_id = forum.slug
    target = catalog_path(paths, catalog_id)
    previous = existing_sessions(target)
    staging = target.with_name(f".{target.name}.importing")
    try:
        build_catalog(programme, staging, catalog_id=catalog_id, title=forum.name)
        if before_replace is not None:
            before_replace(catalog_id)
        staging.replace(target)
    except (OSError, SQLAlchemyError) as error:
        reason = (
            error.strerror or str(error)
            if isinstance(error, OSError)
            else str(getattr(error, "orig", None) or error)
        )
        raise ScheduleImportError(
            source, f"its programme could not be saved in {paths.catalogs_dir} ({reason})."
        ) from error
    finally:
        with suppress(OSError):
            staging.unlink(missing_ok=True)
    changes = (
        compare_sessions(previous, programme.sessions)
        if previous is not None
        else ProgrammeChanges()
    )
    return ImportResult(
        catalog_id=catalog_id,
        catalog_path=target,
        forum=forum,
        session_count=len(programme.sessions),
        speaker_count=len(programme.speakers),
        replaced=previous is not None,
        changes=changes,
    )


def import_schedule(
    path: Path,
    paths: UserPaths,
    *,
    default_timezone: str | None = None,
    before_replace: Callable[[str], None] | None = None,
    reserved_slugs: Collection[str] | None = None,
) -> ImportResult:
    """Read the schedule at ``path`` and install it as a catalog (see :func:`install_programme`).

    Raises:
        ScheduleImportError: The file cannot be imported or its catalog cannot be written;
            nothing has been changed.
    """
    programme = read_schedule(path, default_timezone)
    return install_programme(
        programme,
        paths,
        source=str(path),
        before_replace=before_replace,
        reserved_slugs=reserved_slugs,
    )


def _when(session: Session) -> str:
    if session.start is not None:
        return session.start.strftime("%Y-%m-%d %H:%M")
    return session.day.isoformat() if session.day else "time to be confirmed"


def _place(session: Session) -> str:
    return f"{_when(session)}, {session.room}" if session.room else _when(session)


def describe_import(result: ImportResult) -> str:
    """A plain-text report of an import, for the command line."""
    forum = result.forum
    lines = [
        f"Imported {forum.name} ({result.catalog_id}): {result.session_count} sessions, "
        f"{result.speaker_count} people, times in {forum.timezone}.",
        f"Catalog: {result.catalog_path}",
    ]
    if not result.replaced:
        return "\n".join(lines)
    changes = result.changes
    if changes.is_empty:
        lines.append("It replaces the earlier import; no session was added, removed or moved.")
        return "\n".join(lines)
    lines.append(
        f"It replaces the earlier import: {len(changes.added)} added, "
        f"{len(changes.removed)} removed, {len(changes.moved)} moved."
    )
    lines.extend(f"  added:   {s.title} ({_place(s)})" for s in changes.added)
    lines.extend(f"  removed: {s.title} (was {_place(s)})" for s in changes.removed)
    lines.extend(
        f"  moved:   {m.after.title} ({_place(m.before)} -> {_place(m.after)})"
        for m in changes.moved
    )
    return "\n".join(lines)
