"""All the catalogs the app can show: the bundled one and any the user imported."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from forumguide.catalog.reader import CatalogReader
from forumguide.domain.model import Forum, Session


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

    def forums(self) -> list[Forum]:
        return [entry.forum for entry in self._entries.values()]

    def forum(self, slug: str) -> Forum | None:
        entry = self._entries.get(slug)
        return entry.forum if entry else None

    def reader_for(self, forum_slug: str) -> CatalogReader | None:
        entry = self._entries.get(forum_slug)
        return entry.reader if entry else None

    def sessions_by_guid(self, guids: Iterable[str]) -> dict[str, Session]:
        wanted = set(guids)
        found: dict[str, Session] = {}
        for reader in self._readers:
            if not wanted:
                break
            hits = reader.sessions_by_guid(wanted)
            found.update(hits)
            wanted -= hits.keys()
        return found

    def session(self, guid: str) -> Session | None:
        return self.sessions_by_guid([guid]).get(guid)

    def close(self) -> None:
        for reader in self._readers:
            reader.close()
        self._readers.clear()
        self._entries.clear()
