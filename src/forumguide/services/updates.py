"""Programmes imported from the web: their source remembered, and updates fetched from it.

A programme imported from an address remembers it in a small file beside its catalog
(``<catalog id>.source.json``), with what the server said identifies the version it sent (ETag,
Last-Modified), the time zone chosen for a schedule that gives none, a digest of the file, and
the sessions the last update changed that the delegate has not opened yet. Checking for updates
asks the server for a newer version only; the answer "not modified", or the same file again, is
reported without reading or rebuilding anything. A newer file goes through the same two steps as
a file import (:func:`~forumguide.services.programmes.prepare_import` on any thread,
:func:`~forumguide.services.programmes.commit_import` on the library's), so bookmarks and notes
are kept and the changes are reported alike; whatever fails before the commit changes nothing.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from forumguide.interchange.errors import ImportFacts, ImportProblem, ScheduleImportError
from forumguide.services import Progress, no_progress
from forumguide.services.catalogs import SOURCE_SUFFIX
from forumguide.services.web import Validators, check_address, fetch

if TYPE_CHECKING:
    from forumguide.catalog.library import CatalogLibrary
    from forumguide.personal.store import PersonalStore
    from forumguide.services.programmes import ImportResult, PreparedImport

log = logging.getLogger(__name__)

_FORMAT = 1


@dataclass(frozen=True, slots=True)
class WebSource:
    """Where an imported programme came from on the web, and what the last fetch found.

    Attributes:
        url: The address it was imported from.
        validators: The ETag and Last-Modified of the version imported.
        timezone: The zone chosen for a schedule that does not give its own, else None.
        digest: SHA-256 of the file imported (hex), to recognise the same file sent again.
        changed: Sessions (guids) the last update added or moved that have not been opened.
    """

    url: str
    validators: Validators = field(default_factory=Validators)
    timezone: str | None = None
    digest: str = ""
    changed: frozenset[str] = frozenset()


def source_path(catalogs_dir: Path, catalog_id: str) -> Path:
    return catalogs_dir / f"{catalog_id}{SOURCE_SUFFIX}"


def read_source(catalogs_dir: Path, catalog_id: str) -> WebSource | None:
    """The web source of the imported programme ``catalog_id``, or None if it has none."""
    path = source_path(catalogs_dir, catalog_id)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        log.warning("the web source %s cannot be read: %s", path, error)
        return None
    return _source_of(document, path)


def _source_of(document: Any, path: Path) -> WebSource | None:
    if not isinstance(document, dict) or not isinstance(document.get("url"), str):
        log.warning("the web source %s is not one", path)
        return None

    def text(key: str) -> str:
        value = document.get(key, "")
        return value if isinstance(value, str) else ""

    changed = document.get("changed", [])
    return WebSource(
        url=document["url"],
        validators=Validators(etag=text("etag"), last_modified=text("last_modified")),
        timezone=text("timezone") or None,
        digest=text("sha256"),
        changed=frozenset(g for g in changed if isinstance(g, str))
        if isinstance(changed, list)
        else frozenset(),
    )


def web_sources(catalogs_dir: Path) -> dict[str, WebSource]:
    """Every imported programme's web source, by catalog id."""
    if not catalogs_dir.is_dir():
        return {}
    found = {}
    for path in sorted(catalogs_dir.glob(f"*{SOURCE_SUFFIX}")):
        catalog_id = path.name.removesuffix(SOURCE_SUFFIX)
        source = read_source(catalogs_dir, catalog_id)
        if source is not None:
            found[catalog_id] = source
    return found


def write_source(catalogs_dir: Path, catalog_id: str, source: WebSource) -> None:
    """Remember ``source`` for ``catalog_id``, replacing the file whole or not at all.

    Raises:
        OSError: it could not be written; the one remembered before is kept.
    """
    document = {
        "format": _FORMAT,
        "url": source.url,
        "etag": source.validators.etag,
        "last_modified": source.validators.last_modified,
        "timezone": source.timezone or "",
        "sha256": source.digest,
        "changed": sorted(source.changed),
    }
    path = source_path(catalogs_dir, catalog_id)
    staged = path.with_name(f".{path.name}.{secrets.token_hex(8)}.part")
    try:
        with staged.open("w", encoding="utf-8") as out:
            json.dump(document, out, ensure_ascii=False, indent=1)
            out.flush()
            os.fsync(out.fileno())
        staged.replace(path)
    except OSError:
        staged.unlink(missing_ok=True)
        raise


def forget_source(catalogs_dir: Path, catalog_id: str) -> None:
    """Forget the web source of a programme that was removed."""
    source_path(catalogs_dir, catalog_id).unlink(missing_ok=True)


def mark_seen(catalogs_dir: Path, catalog_id: str, guids: Iterable[str]) -> WebSource | None:
    """Take ``guids`` off the changed sessions of ``catalog_id``; returns the source as kept.

    Raises:
        OSError: the source file could not be rewritten.
    """
    source = read_source(catalogs_dir, catalog_id)
    if source is None:
        return None
    seen = source.changed.intersection(guids)
    if not seen:
        return source
    kept = replace(source, changed=source.changed - seen)
    write_source(catalogs_dir, catalog_id, kept)
    return kept


# Importing and updating -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PreparedWebImport:
    """A schedule fetched and its catalog built, waiting for :func:`commit_web_import`."""

    prepared: PreparedImport
    source: WebSource

    def discard(self) -> None:
        self.prepared.discard()


@dataclass(frozen=True, slots=True)
class NotModified:
    """The server has nothing newer than the version imported (nothing was read or built).

    Attributes:
        url: The address asked.
        same_file: True when the server sent the file again and it was the same.
    """

    url: str
    same_file: bool = False


def prepare_web_import(
    url: str,
    catalogs_dir: Path,
    reserved: Iterable[str],
    *,
    previous: WebSource | None = None,
    default_timezone: str | None = None,
    progress: Progress = no_progress,
) -> PreparedWebImport | NotModified:
    """Fetch ``url`` and build its catalog beside its destination, on any thread.

    With ``previous`` (the source remembered at the last import), only a newer version is
    fetched, and its time zone is used again for a schedule that gives none.

    Raises:
        FetchError: the schedule could not be fetched; nothing was changed.
        ScheduleImportError: what was fetched is not a schedule that can be imported, or it
            could not be saved in the temporary folder to be read (with the address as its
            source); nothing was changed.
        CancelledError: ``progress`` stopped it; nothing was changed.
    """
    from forumguide.interchange.importing import read_schedule  # noqa: PLC0415
    from forumguide.services.programmes import prepare_import  # noqa: PLC0415

    url = check_address(url)
    zone = default_timezone or (previous.timezone if previous is not None else None)
    try:
        with tempfile.TemporaryDirectory(prefix="forumguide-fetch-") as folder:
            fetched = fetch(
                url,
                Path(folder),
                validators=previous.validators if previous is not None else None,
                progress=progress,
            )
            if fetched.path is None:
                return NotModified(url)
            digest = _digest(fetched.path)
            if previous is not None and previous.digest and digest == previous.digest:
                return NotModified(url, same_file=True)
            try:
                programme = read_schedule(fetched.path, zone)
            except ScheduleImportError as error:
                raise ScheduleImportError(url, error.problem, error.reason, error.facts) from error
    except OSError as error:
        detail = error.strerror or str(error)
        raise ScheduleImportError(
            url,
            f"it could not be saved on this computer to be read ({detail}).",
            ImportProblem.NOT_SAVED,
            ImportFacts(folder=tempfile.gettempdir(), detail=detail),
        ) from error
    prepared = prepare_import(
        programme, catalogs_dir, frozenset(reserved), source=url, progress=progress
    )
    return PreparedWebImport(
        prepared,
        WebSource(
            url=url,
            validators=fetched.validators,
            timezone=zone,
            digest=digest,
            changed=previous.changed if previous is not None else frozenset(),
        ),
    )


def _digest(path: Path) -> str:
    import hashlib  # noqa: PLC0415 - only when a schedule was fetched

    with path.open("rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def commit_web_import(
    web: PreparedWebImport,
    library: CatalogLibrary,
    catalogs_dir: Path,
    store: PersonalStore | None = None,
) -> ImportResult:
    """Put a fetched programme in place and remember where it came from.

    The sessions this update added or moved join those not yet seen from earlier updates;
    sessions it removed leave them.

    Raises:
        ScheduleImportError: the catalog could not be put in place; the old one is still used.
    """
    from forumguide.services.programmes import commit_import  # noqa: PLC0415

    result = commit_import(web.prepared, library, store, source=web.source.url)
    changes = result.changes
    removed = {s.guid for s in changes.removed}
    fresh = {s.guid for s in changes.added} | {m.guid for m in changes.moved}
    changed = (web.source.changed - removed) | fresh if result.replaced else frozenset()
    try:
        write_source(
            catalogs_dir, result.catalog_id, replace(web.source, changed=frozenset(changed))
        )
    except OSError as error:
        # The programme is in place; without its source it is simply fetched whole next time.
        log.warning("the web source of %s was not saved: %s", result.catalog_id, error)
    return result


__all__ = [
    "SOURCE_SUFFIX",
    "NotModified",
    "PreparedWebImport",
    "WebSource",
    "commit_web_import",
    "forget_source",
    "mark_seen",
    "prepare_web_import",
    "read_source",
    "source_path",
    "web_sources",
]
