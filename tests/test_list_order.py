"""People sort by family name, sessions by title, people, track and room in SQL; the
language filter and hidden items narrow the ids; a catalog of schema 3 is rebuilt."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from forumguide.catalog import CATALOG_SCHEMA_VERSION
from forumguide.catalog.builder import build_catalog
from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import CatalogReader, SessionFilter, SessionOrder
from forumguide.domain.model import Programme
from forumguide.domain.names import family_name_first, sort_key
from forumguide.interchange.frab_json import parse_frab_json
from forumguide.services.catalogs import open_library
from tests.conftest import INTEROP

CAMP = INTEROP / "schedules" / "frab-camp2019.json"
DEMOCON = INTEROP / "schedules" / "pretalx-democon.json"


def _programme(path: Path) -> Programme:
    return parse_frab_json(path.read_bytes(), source=path.name)


@pytest.fixture(scope="module")
def camp_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("camp")
    return build_catalog(_programme(CAMP), folder / "camp.sqlite", catalog_id="camp", title="Camp")


@pytest.fixture
def camp(camp_path: Path) -> Iterator[CatalogReader]:
    reader = CatalogReader(camp_path)
    yield reader
    reader.close()


# People by family name -----------------------------------------------------------------------


def test_a_name_without_a_sort_name_sorts_by_its_last_word() -> None:
    assert family_name_first("Saeed Khatibzadeh") == "Khatibzadeh, Saeed"
    assert family_name_first("Brooke Sanders DDS") == "Sanders DDS, Brooke"
    # Asides and nicknames are not family names.
    assert family_name_first("Andreea Belu (EDRi)") == "Belu, Andreea"
    assert family_name_first("Johannes Klick 'Garak'") == "Klick, Johannes"
    assert family_name_first("blinry") == "blinry"
    assert family_name_first("Mirzagaliyev, Magzum") == "Mirzagaliyev, Magzum"
    assert sort_key("Émile") < sort_key("Emma")


@pytest.mark.parametrize("schedule", [CAMP, DEMOCON], ids=["frab", "pretalx"])
def test_imported_people_are_listed_by_family_name(schedule: Path, tmp_path: Path) -> None:
    path = build_catalog(_programme(schedule), tmp_path / "c.sqlite", catalog_id="c", title="C")
    reader = CatalogReader(path)
    try:
        ids = reader.speaker_ids()
        names = [reader.speaker_summaries(ids)[i].name for i in ids]
        keys = [sort_key(family_name_first(name)) for name in names]
        assert keys == sorted(keys)
        # The full list (the people of a forum) is in the same order as the ids.
        assert [p.name for p in reader.speakers()] == names
    finally:
        reader.close()
    if schedule == DEMOCON:
        assert names[:3] == ["Jenna Alexander", "Curtis Andrews", "Carl Barber"]


def test_bundled_people_keep_the_sort_names_their_source_gives(library: CatalogLibrary) -> None:
    reader = library.reader_for("attf-2025")
    assert reader is not None
    speakers = reader.speakers()
    assert [p.slug for p in speakers] == sorted(
        (p.slug for p in speakers),
        key=lambda slug: next(s for s in speakers if s.slug == slug).sort_key,
    )
    assert all(p.sort_name for p in speakers)


# Sorting in SQL ------------------------------------------------------------------------------


def test_sessions_sort_by_title_people_track_and_room_in_sql(camp: CatalogReader) -> None:
    forum = "camp2019"
    everything = camp.session_ids(SessionFilter(forum))
    summaries = camp.session_summaries(everything)

    def listed(order: SessionOrder, *, descending: bool = False, query: str = "") -> list[int]:
        return list(
            camp.session_ids(SessionFilter(forum, query=query), order=order, descending=descending)
        )

    by_title = listed(SessionOrder.TITLE)
    assert sorted(by_title) == list(everything)
    titles = [sort_key(summaries[i].title) for i in by_title]
    assert titles == sorted(titles)
    assert listed(SessionOrder.TITLE, descending=True) == by_title[::-1]
    rooms = [summaries[i].room for i in listed(SessionOrder.ROOM)]
    assert rooms == sorted(rooms, key=lambda r: (not r, sort_key(r)))
    tracks = [summaries[i].track for i in listed(SessionOrder.TRACK)]
    assert tracks == sorted(tracks, key=lambda t: (not t, sort_key(t)))
    # Sessions without people come last; the others by their first person's family name.
    people = [summaries[i].people for i in listed(SessionOrder.PEOPLE)]
    named = [p for p in people if p]
    assert people == named + [""] * (len(people) - len(named))
    firsts = [sort_key(family_name_first(p.split(", ")[0])) for p in named]
    assert firsts == sorted(firsts)
    # A search sorts too, and lists only what it finds.
    found = listed(SessionOrder.TITLE, query="badge")
    assert found and set(found) == set(camp.session_ids(SessionFilter(forum, query="badge")))
    assert [sort_key(summaries[i].title) for i in found] == sorted(
        sort_key(summaries[i].title) for i in found
    )


def test_sessions_filter_by_language_and_leave_out_what_is_hidden(camp: CatalogReader) -> None:
    forum = "camp2019"
    assert camp.facets(forum).languages == ("de", "en")
    everything = camp.session_ids(SessionFilter(forum))
    summaries = camp.session_summaries(everything)
    german = camp.session_ids(SessionFilter(forum, language="de"))
    assert len(german) == 24
    room = summaries[everything[0]].room
    track = summaries[everything[-1]].track
    guid = summaries[everything[1]].guid
    kept = camp.session_ids(
        SessionFilter(forum, hidden_rooms=(room,), hidden_tracks=(track,), hidden_guids=(guid,))
    )
    assert kept and all(
        summaries[i].room != room and summaries[i].track != track and summaries[i].guid != guid
        for i in kept
    )
    assert len(kept) == sum(
        1
        for i in everything
        if summaries[i].room != room and summaries[i].track != track and summaries[i].guid != guid
    )


def test_a_catalog_of_schema_3_is_rebuilt_and_then_sorts(tmp_path: Path) -> None:
    catalogs = tmp_path / "catalogs"
    old = build_catalog(_programme(CAMP), catalogs / "camp.sqlite", catalog_id="c", title="C")
    with sqlite3.connect(old) as db:
        for name in ("title", "people", "track", "room"):
            db.execute(f"DROP INDEX ix_session_forum_{name}")
            db.execute(f"ALTER TABLE session DROP COLUMN {name}_order")
        db.execute("DROP INDEX ix_session_room")
        db.execute("DROP INDEX ix_session_track")
        db.execute("DELETE FROM facet WHERE kind = 'language'")
        db.execute("PRAGMA user_version = 3")
    assert CATALOG_SCHEMA_VERSION == 4
    reader = CatalogReader(old)
    assert not reader.is_current
    reader.close()
    opened = open_library(tmp_path / "missing-bundled.sqlite", catalogs)
    (rebuilt,) = opened.library.readers
    try:
        assert rebuilt.is_current
        assert rebuilt.facets("camp2019").languages == ("de", "en")
        ids = rebuilt.session_ids(SessionFilter("camp2019"), order=SessionOrder.TITLE)
        assert len(ids) == 79
    finally:
        opened.library.close()
