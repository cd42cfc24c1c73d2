"""All the catalogs the app can show: the bundled one and any the user imported."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from forumguide.catalog.reader import CatalogReader
from forumguide.domain.model import Forum, Session, SessionKey, Speaker

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ForumEntry:
    """A forum and the catalog it comes from."""

    forum: Forum
    reader: CatalogReader


class CatalogLibrary:
    """Looks forums and sessions up across several catalog files."""

    def __init__(self, readers: Iterable[CatalogReader] = ()) -> None:
        self._readers: list[CatalogReader] = []
        self._entries: dict[str, ForumEntry] = {}
        for reader in readers:
            self.add(reader)

    def add(self, reader: CatalogReader) -> None:
        """Add a catalog, replacing one with the same catalog id."""
        self.remove(reader.catalog_id)
        self._readers.append(reader)
        for forum in reader.forums():
            self._entries.setdefault(forum.slug, ForumEntry(forum, reader))

    def remove(self, catalog_id: str) -> None:
        for reader in [r for r in self._readers if r.catalog_id == catalog_id]:
            self._readers.remove(reader)
            self._entries = {k: e for k, e in self._entries.items() if e.reader is not reader}
            reader.close()

    @property
    def readers(self) -> tuple[CatalogReader, ...]:
        return tuple(self._readers)

    def forum_slugs_of(self, catalog_id: str) -> frozenset[str]:
        """The forums the catalog ``catalog_id`` holds (none if it is not open)."""
        return frozenset(
            slug for slug, entry in self._entries.items() if entry.reader.catalog_id == catalog_id
        )

    def forums(self) -> list[Forum]:
        return [entry.forum for entry in self._entries.values()]

    def forum(self, slug: str) -> Forum | None:
        entry = self._entries.get(slug)
        return entry.forum if entry else None

    def reader_for(self, forum_slug: str) -> CatalogReader | None:
        entry = self._entries.get(forum_slug)
        return entry.reader if entry else None

    def sessions_by_guid(self, guids: Iterable[str]) -> dict[str, Session]:
        """Sessions by guid alone, each from the first catalog that has it.

        For links inside a programme; what the delegate saved names its forum too
        (:meth:`sessions_by_key`).
        """
        return self._first_hits(guids, CatalogReader.sessions_by_guid)

    def sessions_by_key(self, keys: Iterable[SessionKey]) -> dict[SessionKey, Session]:
        """Sessions by (forum slug, guid): only the forum named can answer for its sessions, so
        another programme reusing a guid never stands in for the session meant."""
        wanted: dict[str, set[str]] = {}
        for forum_slug, guid in keys:
            wanted.setdefault(forum_slug, set()).add(guid)
        found: dict[SessionKey, Session] = {}
        for forum_slug, guids in wanted.items():
            reader = self.reader_for(forum_slug)
            if reader is None:
                continue
            for guid, session in reader.sessions_by_guid(guids).items():
                if session.forum_slug == forum_slug:
                    found[(forum_slug, guid)] = session
        return found

    def forums_of(self, guids: Iterable[str]) -> dict[str, list[str]]:
        """For each guid, the forums that have a session with it, bundled programme first."""
        found: dict[str, list[str]] = {}
        for reader in self._readers:
            for guid, session in reader.sessions_by_guid(guids).items():
                found.setdefault(guid, []).append(session.forum_slug)
        return found

    def speakers_by_slug(self, slugs: Iterable[str]) -> dict[str, Speaker]:
        """People by slug, each from the first catalog that has them."""
        return self._first_hits(slugs, CatalogReader.speakers_by_slug)

    def _first_hits(
        self, keys: Iterable[str], lookup: Callable[[CatalogReader, set[str]], dict[str, T]]
    ) -> dict[str, T]:
        wanted = set(keys)
        found: dict[str, T] = {}
        for reader in self._readers:
            if not wanted:
                break
            hits = lookup(reader, wanted)
            found.update(hits)
            wanted -= hits.keys()
        return found

    def session(self, guid: str, forum_slug: str = "") -> Session | None:
        """The session ``guid`` of ``forum_slug`` (of the first catalog having it, without)."""
        if forum_slug:
            return self.sessions_by_key([(forum_slug, guid)]).get((forum_slug, guid))
        return self.sessions_by_guid([guid]).get(guid)

    def close(self) -> None:
        for reader in self._readers:
            reader.close()
        self._readers.clear()
        self._entries.clear()
