"""One search over every catalog open: the sessions of the forum shown, of the other forums,
and the people, each group with its full count and its first few hits."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import CatalogReader, SessionFilter
from forumguide.domain.model import SessionSummary, SpeakerSummary


@dataclass(frozen=True, slots=True)
class PersonHit:
    """A person found, and a forum whose catalog lists them (the one shown if it does)."""

    person: SpeakerSummary
    forum_slug: str


@dataclass(frozen=True, slots=True)
class CatalogHits:
    """What a search found in the catalogs; ``*_count`` counts all, the tuples hold the first.

    A person in two catalogs is counted in each and listed once.
    """

    here: tuple[SessionSummary, ...] = ()
    here_count: int = 0
    elsewhere: tuple[SessionSummary, ...] = ()
    elsewhere_count: int = 0
    people: tuple[PersonHit, ...] = ()
    people_count: int = 0


def search_library(
    library: CatalogLibrary,
    query: str,
    forum_slug: str,
    *,
    this_forum_only: bool = False,
    by_relevance: bool = False,
    limit: int = 5,
) -> CatalogHits:
    """Search ``query`` in the forum ``forum_slug`` and, unless ``this_forum_only``, in every
    other forum and among everyone in the library.

    Sessions of a forum come in its listing order (best match first with ``by_relevance``);
    other forums in the library's order; people best match first.
    """
    if not query.strip():
        return CatalogHits()
    here_reader = library.reader_for(forum_slug)
    here: Sequence[int] = ()
    if here_reader is not None and here_reader.is_current:
        here = here_reader.session_ids(
            SessionFilter(forum_slug, query=query), by_relevance=by_relevance
        )
    here_shown = _summaries(here_reader, here[:limit]) if here_reader is not None else ()
    elsewhere: list[SessionSummary] = []
    elsewhere_count = 0
    people: list[PersonHit] = []
    people_count = 0
    seen: set[str] = set()
    if not this_forum_only:
        for forum in library.forums():
            reader = library.reader_for(forum.slug)
            if forum.slug == forum_slug or reader is None or not reader.is_current:
                continue
            ids = reader.session_ids(
                SessionFilter(forum.slug, query=query), by_relevance=by_relevance
            )
            elsewhere_count += len(ids)
            if len(elsewhere) < limit:
                elsewhere.extend(_summaries(reader, ids[: limit - len(elsewhere)]))
    readers = [here_reader] if this_forum_only else _readers_from(library, here_reader)
    for reader in readers:
        if reader is None or not reader.is_current:
            continue
        ids = reader.speaker_ids(query)
        if this_forum_only:
            present = reader.forum_speaker_ids(forum_slug)
            ids = [i for i in ids if i in present]
        people_count += len(ids)
        if len(people) >= limit:
            continue
        # A forum that two catalogs hold is shown from the first (as the library does).
        slugs = [f.slug for f in library.forums() if library.reader_for(f.slug) is reader]
        summaries = reader.speaker_summaries(ids[:limit])
        for person_id in ids[:limit]:
            summary = summaries.get(person_id)
            if summary is None or summary.slug in seen or len(people) >= limit:
                continue
            seen.add(summary.slug)
            shown_in = forum_slug if forum_slug in slugs or not slugs else slugs[0]
            people.append(PersonHit(summary, shown_in))
    return CatalogHits(
        here=here_shown,
        here_count=len(here),
        elsewhere=tuple(elsewhere),
        elsewhere_count=elsewhere_count,
        people=tuple(people),
        people_count=people_count,
    )


def _readers_from(
    library: CatalogLibrary, first: CatalogReader | None
) -> list[CatalogReader | None]:
    """The library's catalogs, the one of the forum shown first (its people rank first)."""
    return [first, *(r for r in library.readers if r is not first)]


def _summaries(reader: CatalogReader, ids: Sequence[int]) -> tuple[SessionSummary, ...]:
    found = reader.session_summaries(ids)
    return tuple(found[i] for i in ids if i in found)
