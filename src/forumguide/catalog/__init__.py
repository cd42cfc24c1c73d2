"""The programme: schema, the builder that writes catalog files, the reader and search.

The read path (:mod:`forumguide.catalog.reader`) uses only the standard library so the window
can paint before SQLAlchemy (about 0.4 s to import) is loaded; the builder uses the SQLAlchemy
models in :mod:`forumguide.catalog.models`.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

CATALOG_SCHEMA_VERSION = 4


class CatalogProblem(StrEnum):
    """Why a catalog cannot be opened, kept or removed; the facts that apply are named."""

    MISSING = "missing"
    """There is no file at ``path``."""
    UNREADABLE = "unreadable"
    """``path`` is not a catalog SQLite can read: ``detail``."""
    TOO_NEW = "too-new"
    """``path`` has schema ``version``, newer than this program reads."""
    TOO_OLD = "too-old"
    """``path`` has schema ``version``, older than this program can rebuild."""
    OLDER = "older"
    """``path`` is of an older schema and was not rebuilt (the bundled catalog)."""
    DAMAGED = "damaged"
    """``path`` opened, but reading it failed: ``detail``."""
    NOT_UPGRADED = "not-upgraded"
    """``path`` could not be rebuilt in the current schema: ``detail``."""
    BUNDLED = "bundled"
    """The bundled programme cannot be removed."""
    NOT_IMPORTED = "not-imported"
    """There is no imported programme ``detail`` (its id)."""
    NOT_DELETED = "not-deleted"
    """``path`` could not be deleted: ``detail``."""


class CatalogError(Exception):
    """A catalog file is missing, damaged, or of a schema this version cannot read.

    Besides an English sentence (for the command line and the log), the error carries the kind
    of problem and its facts, for the window to word.

    Attributes:
        kind: What is wrong.
        path: The catalog file, when there is one.
        detail: SQLite's or the system's own words, or the programme's id (not translated).
        version: The schema version the file has, for ``TOO_NEW`` and ``TOO_OLD``.
    """

    def __init__(
        self,
        message: str,
        kind: CatalogProblem = CatalogProblem.UNREADABLE,
        *,
        path: Path | None = None,
        detail: str = "",
        version: int = 0,
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.path = path
        self.detail = detail
        self.version = version
