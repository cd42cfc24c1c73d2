"""Programmes: open every catalog, import or update a schedule, remove one, keep files tidy.

A schedule becomes a catalog file of its own in the user's catalogs folder, written by the same
:func:`~forumguide.catalog.builder.build_catalog` as the bundled programme. An import has two
steps: :func:`prepare_import` reads nothing but the schedule and its own folder and builds the
new catalog beside its destination (long; it may run on any thread and be cancelled), and
:func:`commit_import` puts it in place and into the library (quick; on the thread that owns the
library). :func:`import_schedule` does both, for the command line.

Importing a newer schedule of the same conference replaces its catalog and reports the sessions
added, removed and moved; bookmarks and notes are keyed by session and are not touched, and the
snapshots they keep of their sessions are refreshed. Any problem raises
:class:`~forumguide.interchange.errors.ScheduleImportError` before anything is replaced.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Collection
from contextlib import suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from forumguide.catalog import CatalogError
from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import CatalogReader, SessionFilter
from forumguide.domain.changes import ProgrammeChanges, compare_sessions
from forumguide.domain.model import Forum, Programme, Session
from forumguide.interchange.errors import ScheduleImportError
from forumguide.interchange.importing import read_schedule
from forumguide.services import Progress, no_progress

if TYPE_CHECKING:
    from forumguide.personal.store import PersonalStore

log = logging.getLogger(__name__)

BUNDLED_CATALOG_ID = "bundled"
CATALOG_SUFFIX = ".sqlite"
STAGED_SUFFIX = ".staged"
# Files a killed import or build leaves behind; removed once no process can still be writing.
LEFTOVER_PATTERNS = (".*.part", ".*.part-journal", f".*{STAGED_SUFFIX}", ".*.importing*")
LEFTOVER_AGE_S = 10 * 60


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
        snapshots_updated: Bookmarks and notes whose remembered session details were refreshed.
    """

    catalog_id: str
    catalog_path: Path
    forum: Forum
    session_count: int
    speaker_count: int
    replaced: bool
    changes: ProgrammeChanges
    snapshots_updated: int = 0


@dataclass(frozen=True, slots=True)
class PreparedImport:
    """A catalog built beside its destination, waiting to be put in place (or discarded)."""

    catalog_id: str
    staged: Path
    target: Path
    forum: Forum
    session_count: int
    speaker_count: int
    replaced: bool
    changes: ProgrammeChanges

    def discard(self) -> None:
        with suppress(OSError):
            self.staged.unlink(missing_ok=True)


@dataclass(frozen=True, slots=True)
class OpenedLibrary:
    """Every catalog that could be opened, and a sentence for each that could not."""

    library: CatalogLibrary
    problems: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RemovedProgramme:
    """An imported programme taken out of the library; bookmarks and notes on it are kept."""

    catalog_id: str
    forums: tuple[Forum, ...]
    path: Path


# Opening -----------------------------------------------------------------------------------


def open_library(bundled: Path, catalogs_dir: Path) -> OpenedLibrary:
    """The bundled catalog and every imported one; problems are returned, not raised.

    An imported catalog written by an earlier version is rebuilt in the current schema first.
    """
    problems: list[str] = []
    readers: list[CatalogReader] = []
    candidates = [bundled]
    if catalogs_dir.is_dir():
        candidates.extend(sorted(catalogs_dir.glob(f"*{CATALOG_SUFFIX}")))
    for path in candidates:
        try:
            reader = CatalogReader(path)
            if not reader.is_current and path != bundled:
                reader = upgrade_catalog(reader)
        except (CatalogError, ScheduleImportError) as error:
            log.warning("%s", error)
            problems.append(str(error))
            continue
        if not reader.is_current:
            problems.append(f"The programme catalog {path} is of an older version.")
            reader.close()
            continue
        readers.append(reader)
    return OpenedLibrary(CatalogLibrary(readers), tuple(problems))


def upgrade_catalog(reader: CatalogReader) -> CatalogReader:
    """Rebuild a catalog of an older schema in the current one, in place; returns its reader.

    Raises:
        CatalogError: it could not be read or rebuilt; the old file is left as it was.
    """
    from forumguide.catalog.builder import build_catalog  # noqa: PLC0415 - SQLAlchemy

    path, catalog_id, title = reader.path, reader.catalog_id, reader.title
    try:
        programme = reader.programme()
    finally:
        reader.close()
    log.info("rebuilding %s in the current catalog schema", path)
    try:
        build_catalog(programme, path, catalog_id=catalog_id, title=title)
    except Exception as error:
        raise CatalogError(
            f"The programme catalog {path} could not be upgraded: {error}"
        ) from error
    return CatalogReader(path)


def clean_leftovers(catalogs_dir: Path, *, older_than_s: float = LEFTOVER_AGE_S) -> list[Path]:
    """Remove what killed imports left in the catalogs folder; returns what was removed.

    Only files old enough that no running import can still be writing them are removed.
    """
    removed: list[Path] = []
    if not catalogs_dir.is_dir():
        return removed
    now = time.time()
    for pattern in LEFTOVER_PATTERNS:
        for path in catalogs_dir.glob(pattern):
            with suppress(OSError):
                if path.is_file() and now - path.stat().st_mtime > older_than_s:
                    path.unlink()
                    removed.append(path)
    if removed:
        log.info("removed leftovers of interrupted imports: %s", [p.name for p in removed])
    return removed


# Importing ---------------------------------------------------------------------------------


def reserved_forum_slugs(library: CatalogLibrary) -> frozenset[str]:
    """Forum slugs an imported schedule must not take: those of the bundled catalog."""
    return library.forum_slugs_of(BUNDLED_CATALOG_ID) | {BUNDLED_CATALOG_ID}


def catalog_path(catalogs_dir: Path, catalog_id: str) -> Path:
    return catalogs_dir / f"{catalog_id}{CATALOG_SUFFIX}"


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


def prepare_import(
    programme: Programme,
    catalogs_dir: Path,
    reserved: Collection[str],
    *,
    source: str = "",
    progress: Progress = no_progress,
) -> PreparedImport:
    """Build ``programme``'s catalog beside its destination and work out what changed.

    Touches nothing but the catalogs folder, so it may run on any thread; the library is not
    changed until :func:`commit_import`.

    Raises:
        ScheduleImportError: the catalog could not be written; nothing was changed.
        CancelledError: ``progress`` stopped it; nothing was changed.
    """
    # The builder needs SQLAlchemy, slow to import: keep it off the window's start-up path.
    from sqlalchemy.exc import SQLAlchemyError  # noqa: PLC0415

    from forumguide.catalog.builder import build_catalog  # noqa: PLC0415

    programme = _free_slug(programme, reserved)
    forum = programme.forums[0]
    catalog_id = forum.slug
    target = catalog_path(catalogs_dir, catalog_id)
    staged = catalogs_dir / f".{catalog_id}.{uuid.uuid4().hex}{STAGED_SUFFIX}"
    try:
        build_catalog(programme, staged, catalog_id=catalog_id, title=forum.name, progress=progress)
    except (OSError, SQLAlchemyError) as error:
        reason = (
            error.strerror or str(error)
            if isinstance(error, OSError)
            else str(getattr(error, "orig", None) or error)
        )
        raise ScheduleImportError(
            source, f"its programme could not be saved in {catalogs_dir} ({reason})."
        ) from error
    previous = existing_sessions(target)
    changes = (
        compare_sessions(previous, programme.sessions)
        if previous is not None
        else ProgrammeChanges()
    )
    return PreparedImport(
        catalog_id=catalog_id,
        staged=staged,
        target=target,
        forum=forum,
        session_count=len(programme.sessions),
        speaker_count=len(programme.speakers),
        replaced=previous is not None,
        changes=changes,
    )


def commit_import(
    prepared: PreparedImport,
    library: CatalogLibrary,
    store: PersonalStore | None = None,
    *,
    source: str = "",
) -> ImportResult:
    """Put a prepared catalog in place of the old one and into ``library``.

    The old catalog's reader is closed first (Windows cannot replace an open file) and reopened
    if the new file cannot be moved in. With ``store``, the snapshots that bookmarks and notes
    keep of their sessions are refreshed from the new programme.

    Raises:
        ScheduleImportError: the catalog could not be put in place; the old one is still used.
    """
    old = _close_catalog(library, prepared.catalog_id)
    try:
        prepared.staged.replace(prepared.target)
        reader = CatalogReader(prepared.target)
    except (OSError, CatalogError) as error:
        prepared.discard()
        _reopen(library, old)
        reason = error.strerror or str(error) if isinstance(error, OSError) else str(error)
        raise ScheduleImportError(
            source, f"its programme could not be put in place ({reason})."
        ) from error
    library.add(reader)
    updated = 0
    if store is not None:
        from forumguide.services.personal import refresh_snapshots  # noqa: PLC0415

        updated = refresh_snapshots(store, library)
    return ImportResult(
        catalog_id=prepared.catalog_id,
        catalog_path=prepared.target,
        forum=prepared.forum,
        session_count=prepared.session_count,
        speaker_count=prepared.speaker_count,
        replaced=prepared.replaced,
        changes=prepared.changes,
        snapshots_updated=updated,
    )


def import_schedule(
    path: Path,
    library: CatalogLibrary,
    catalogs_dir: Path,
    store: PersonalStore | None = None,
    *,
    default_timezone: str | None = None,
    progress: Progress = no_progress,
) -> ImportResult:
    """Read the schedule at ``path`` and install it as a catalog, in one go.

    Raises:
        ScheduleImportError: the file cannot be imported or its catalog cannot be written;
            nothing has been changed.
    """
    programme = read_schedule(path, default_timezone)
    prepared = prepare_import(
        programme, catalogs_dir, reserved_forum_slugs(library), source=str(path), progress=progress
    )
    return commit_import(prepared, library, store, source=str(path))


# Removing ----------------------------------------------------------------------------------


def remove_programme(
    catalog_id: str, library: CatalogLibrary, store: PersonalStore | None = None
) -> RemovedProgramme:
    """Take an imported programme out of the library and delete its catalog file.

    Bookmarks and notes on its sessions are kept: their snapshots are refreshed first, so they
    show as removed from the programme with what the sessions were; importing the schedule
    again brings them back.

    Raises:
        CatalogError: it is the bundled programme, or not in the library, or its file could not
            be deleted (it is then still in the library).
    """
    if catalog_id == BUNDLED_CATALOG_ID:
        raise CatalogError("The bundled programme cannot be removed.")
    readers = [r for r in library.readers if r.catalog_id == catalog_id]
    if not readers:
        raise CatalogError(f"There is no imported programme {catalog_id}.")
    if store is not None:
        from forumguide.services.personal import refresh_snapshots  # noqa: PLC0415

        refresh_snapshots(store, library)
    forums = tuple(f for r in readers for f in r.forums())
    path = readers[0].path
    closed = _close_catalog(library, catalog_id)
    try:
        path.unlink()
    except OSError as error:
        _reopen(library, closed)
        raise CatalogError(f"{path} could not be deleted: {error.strerror or error}") from error
    return RemovedProgramme(catalog_id, forums, path)


def _close_catalog(library: CatalogLibrary, catalog_id: str) -> list[Path]:
    """Take a catalog out of the library and close it (Windows cannot move an open file)."""
    paths = [r.path for r in library.readers if r.catalog_id == catalog_id]
    library.remove(catalog_id)
    return paths


def _reopen(library: CatalogLibrary, paths: list[Path]) -> None:
    for path in paths:
        try:
            library.add(CatalogReader(path))
        except CatalogError as error:
            log.warning("catalog not reopened: %s", error)
