"""The programmes the library holds, in the order the window lists them.

The bundled programme comes first, in its own order; then the imported ones, the most recent
conference first (an imported programme whose dates are unknown comes last, the latest import
first).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import CatalogReader
from forumguide.domain.model import Forum
from forumguide.services.catalogs import BUNDLED_CATALOG_ID


@dataclass(frozen=True, slots=True)
class ProgrammeInfo:
    """One programme (catalog) in the library, as the Manage programmes dialog shows it.

    Attributes:
        catalog_id: The catalog's id (what :func:`~forumguide.services.programmes.
            remove_programme` takes).
        title: The catalog's title.
        forums: Its forums, as listed.
        path: Its catalog file.
        bundled: Whether it came with the app (it cannot be removed).
        imported: When it was imported (the catalog file's time); None for the bundled one.
        origin: The file or address it was imported from, where it says.
    """

    catalog_id: str
    title: str
    forums: tuple[Forum, ...]
    path: Path
    bundled: bool
    imported: datetime | None
    origin: str = ""

    @property
    def first_day(self) -> date | None:
        days = [forum.start for forum in self.forums if forum.start is not None]
        return max(days) if days else None


def _info(reader: CatalogReader, forums: list[Forum]) -> ProgrammeInfo:
    bundled = reader.catalog_id == BUNDLED_CATALOG_ID
    imported = None
    if not bundled:
        try:
            imported = datetime.fromtimestamp(reader.path.stat().st_mtime, UTC)
        except OSError:
            imported = None
    return ProgrammeInfo(
        catalog_id=reader.catalog_id,
        title=reader.title,
        forums=tuple(forums),
        path=reader.path,
        bundled=bundled,
        imported=imported,
        origin=str(reader.meta.get("origin", "")),
    )


def programmes(library: CatalogLibrary) -> list[ProgrammeInfo]:
    """Every programme of the library: the bundled one first, then imported by date."""
    listed = {forum.slug for forum in library.forums()}
    found = [
        _info(
            reader, [f for f in reader.forums() if f.slug in listed and _is_own(library, f, reader)]
        )
        for reader in library.readers
    ]
    bundled = [p for p in found if p.bundled]
    imported = [p for p in found if not p.bundled]
    # Newest conference first; unknown dates last, the latest import first among them.
    imported.sort(key=lambda p: p.imported or datetime.min.replace(tzinfo=UTC), reverse=True)
    imported.sort(key=lambda p: p.first_day or date.min, reverse=True)
    return bundled + imported


def _is_own(library: CatalogLibrary, forum: Forum, reader: CatalogReader) -> bool:
    return library.reader_for(forum.slug) is reader


def forums_in_order(library: CatalogLibrary) -> list[Forum]:
    """The forums to offer, in the order of :func:`programmes`."""
    return [forum for programme in programmes(library) for forum in programme.forums]
