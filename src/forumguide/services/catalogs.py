"""Opening the programmes: the bundled catalog and every imported one, and their upkeep.

This is what the window needs before its first paint, so it stays light: the schedule readers
and the catalog builder are loaded only when a catalog must be written.
"""

from __future__ import annotations

import logging
import time
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from forumguide.catalog import CatalogError, CatalogProblem
from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import CatalogReader

log = logging.getLogger(__name__)

BUNDLED_CATALOG_ID = "bundled"
CATALOG_SUFFIX = ".sqlite"
STAGED_SUFFIX = ".staged"
# Beside an imported catalog: the web address it came from (see forumguide.services.updates).
SOURCE_SUFFIX = ".source.json"
# Files a killed import or build leaves behind; removed once no process can still be writing.
LEFTOVER_PATTERNS = (".*.part", ".*.part-journal", f".*{STAGED_SUFFIX}", ".*.importing*")
LEFTOVER_AGE_S = 10 * 60


@dataclass(frozen=True, slots=True)
class OpenedLibrary:
    """Every catalog that could be opened, and why each other one could not.

    Attributes:
        library: The catalogs opened.
        errors: One for each catalog that could not be opened, with its kind and file.
    """

    library: CatalogLibrary
    errors: tuple[CatalogError, ...] = ()

    @property
    def problems(self) -> tuple[str, ...]:
        """The errors as English sentences, for the command line and the log."""
        return tuple(str(error) for error in self.errors)


def open_library(bundled: Path, catalogs_dir: Path) -> OpenedLibrary:
    """The bundled catalog and every imported one; problems are returned, not raised.

    An imported catalog written by an earlier version is rebuilt in the current schema first.
    """
    errors: list[CatalogError] = []
    readers: list[CatalogReader] = []
    candidates = [bundled]
    if catalogs_dir.is_dir():
        candidates.extend(sorted(catalogs_dir.glob(f"*{CATALOG_SUFFIX}")))
    for path in candidates:
        try:
            reader = CatalogReader(path)
            if not reader.is_current and path != bundled:
                reader = upgrade_catalog(reader)
        except CatalogError as error:
            log.warning("%s", error)
            errors.append(error)
            continue
        if not reader.is_current:
            errors.append(
                CatalogError(
                    f"The programme catalog {path} is of an older version.",
                    CatalogProblem.OLDER,
                    path=path,
                    version=reader.version,
                )
            )
            reader.close()
            continue
        readers.append(reader)
    return OpenedLibrary(CatalogLibrary(readers), tuple(errors))


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
            f"The programme catalog {path} could not be upgraded: {error}",
            CatalogProblem.NOT_UPGRADED,
            path=path,
            detail=str(error),
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
