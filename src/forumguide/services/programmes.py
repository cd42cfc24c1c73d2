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
import secrets
from collections.abc import Collection
from contextlib import suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from forumguide.catalog import CatalogError, CatalogProblem
from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import CatalogReader, SessionFilter
from forumguide.domain.changes import ProgrammeChanges, compare_sessions
from forumguide.domain.model import Forum, Programme, Session
from forumguide.interchange.errors import ImportFacts, ImportProblem, ScheduleImportError
from forumguide.services import Progress, no_progress
from forumguide.services.catalogs import (
    BUNDLED_CATALOG_ID,
    CATALOG_SUFFIX,
    SOURCE_SUFFIX,
    STAGED_SUFFIX,
    clean_leftovers,
    open_library,
    upgrade_catalog,
)

if TYPE_CHECKING:
    from forumguide.personal.store import PersonalStore

log = logging.getLogger(__name__)


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
class RemovedProgramme:
    """An imported programme taken out of the library; bookmarks and notes on it are kept."""

    catalog_id: str
    forums: tuple[Forum, ...]
    path: Path


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
    staged = catalogs_dir / f".{catalog_id}.{secrets.token_hex(16)}{STAGED_SUFFIX}"
    try:
        build_catalog(programme, staged, catalog_id=catalog_id, title=forum.name, progress=progress)
    except (OSError, SQLAlchemyError) as error:
        reason = (
            error.strerror or str(error)
            if isinstance(error, OSError)
            else str(getattr(error, "orig", None) or error)
        )
        raise ScheduleImportError(
            source,
            f"its programme could not be saved in {catalogs_dir} ({reason}).",
            ImportProblem.NOT_SAVED,
            ImportFacts(folder=str(catalogs_dir), detail=reason),
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
            source,
            f"its programme could not be put in place ({reason}).",
            ImportProblem.NOT_PLACED,
            ImportFacts(detail=reason),
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
    # The schedule readers are not needed to open the window: loaded on first use.
    from forumguide.interchange.importing import read_schedule  # noqa: PLC0415

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
        raise CatalogError("The bundled programme cannot be removed.", CatalogProblem.BUNDLED)
    readers = [r for r in library.readers if r.catalog_id == catalog_id]
    if not readers:
        raise CatalogError(
            f"There is no imported programme {catalog_id}.",
            CatalogProblem.NOT_IMPORTED,
            detail=catalog_id,
        )
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
        reason = str(error.strerror or error)
        raise CatalogError(
            f"{path} could not be deleted: {reason}",
            CatalogProblem.NOT_DELETED,
            path=path,
            detail=reason,
        ) from error
    with suppress(OSError):
        path.with_name(f"{catalog_id}{SOURCE_SUFFIX}").unlink(missing_ok=True)
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


__all__ = [
    "BUNDLED_CATALOG_ID",
    "ImportResult",
    "PreparedImport",
    "RemovedProgramme",
    "clean_leftovers",
    "commit_import",
    "import_schedule",
    "open_library",
    "prepare_import",
    "remove_programme",
    "reserved_forum_slugs",
    "upgrade_catalog",
]
