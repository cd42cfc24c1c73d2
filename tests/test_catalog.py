"""The catalog: the real bundled file, a built one's search, read-only opening, versions."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from forumguide.catalog import CATALOG_SCHEMA_VERSION, CatalogError
from forumguide.catalog.builder import build_catalog
from forumguide.catalog.reader import CatalogReader, SessionFilter
from forumguide.domain.model import Appearance, Forum, Programme, Session, Source, Speaker
from forumguide.interchange.curated import load_curated
from forumguide.services.catalogs import open_library
from tests.conftest import REPO
from tests.test_curated import REQUIRED_PEOPLE


@pytest.fixture
def bundled(bundled_path: Path):
    reader = CatalogReader(bundled_path)
    yield reader
    reader.close()


def test_bundled_catalog_holds_every_forum(bundled: CatalogReader) -> None:
    forums = {f.slug: f for f in bundled.forums()}
    assert set(forums) == {"attf-2025", "aif-2024", "aif-2023", "doha-2025"}
    assert forums["attf-2025"].theme.startswith("From Polarization to Partnership")
    assert (forums["attf-2025"].start, forums["attf-2025"].end) == (
        date(2025, 10, 15),
        date(2025, 10, 16),
    )
    assert forums["aif-2023"].start is None
    assert "June 2023" in forums["aif-2023"].dates_text
    assert forums["attf-2025"].timezone == "Asia/Almaty"
    assert forums["doha-2025"].timezone == "Asia/Qatar"


def test_bundled_catalog_holds_every_required_person(bundled: CatalogReader) -> None:
    names = " ".join(p.name for p in bundled.speakers())
    for person in REQUIRED_PEOPLE:
        assert person in names


def test_bundled_sessions_and_appearances(bundled: CatalogReader) -> None:
    sessions = {s.title: s for s in bundled.sessions(SessionFilter("attf-2025"))}
    assert list(sessions)[:2] == [
        "Opening session",
        "Multilateralism at a Crossroads: Reforming Global Governance in a Divided World",
    ]
    roles = {a.speaker_slug: a.role for a in sessions["Opening session"].appearances}
    assert roles == {"magzum-mirzagaliyev": "opening address"}
    appearances = bundled.appearances_of("joshua-lincoln")
    assert {a.session.forum_slug for a in appearances} == {"attf-2025", "doha-2025"}
    assert len({a.appearance.billed_title for a in appearances}) == 2
    roles_of_tokayev = bundled.forum_roles_of("kassym-jomart-tokayev")
    assert {forum for forum, _role in roles_of_tokayev} == {"aif-2023", "aif-2024"}


def test_bundled_sources_resolve(bundled: CatalogReader) -> None:
    session = bundled.sessions(SessionFilter("doha-2025"))[0]
    sources = bundled.sources(session.source_keys)
    assert sources and all(s.document.endswith(".txt") for s in sources)


def test_facets_and_unscheduled_filter(bundled: CatalogReader) -> None:
    # The Think Tank Forum's reports date none of its sessions; Doha's dates its one session.
    attf = bundled.facets("attf-2025")
    assert attf.days == ()
    assert attf.has_unscheduled
    unscheduled = bundled.sessions(SessionFilter("attf-2025", unscheduled_only=True))
    assert len(unscheduled) == 4 and all(s.day is None for s in unscheduled)
    doha = bundled.facets("doha-2025")
    assert (doha.days, doha.has_unscheduled, doha.formats) == (
        (date(2025, 12, 7),),
        False,
        ("panel",),
    )
    on_day = bundled.sessions(SessionFilter("doha-2025", day=date(2025, 12, 7)))
    assert [s.day for s in on_day] == [date(2025, 12, 7)]
    assert bundled.sessions(SessionFilter("doha-2025", day=date(2025, 12, 8))) == []


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("Linc", "joshua-lincoln"),
        ("ncol", "joshua-lincoln"),
        ("jong", "rhee-jong-kook"),
        ("greminger", "thomas-greminger"),
    ],
)
def test_speaker_found_by_part_of_the_name(bundled: CatalogReader, query: str, slug: str) -> None:
    assert slug in [p.slug for p in bundled.speakers(query)]


def test_speaker_search_ranks_names_above_bios(bundled: CatalogReader) -> None:
    # "Lincoln" is in Joshua Lincoln's name and in other people's bios (McLean built on his point).
    results = [p.slug for p in bundled.speakers("Lincoln")]
    assert results[0] == "joshua-lincoln"


def test_session_search(bundled: CatalogReader) -> None:
    hits = bundled.sessions(SessionFilter("doha-2025", query="bridge builders"))
    assert [s.title for s in hits] == [
        "Middle Powers as Bridge-Builders: Reinventing Global Cooperation"
    ]
    assert bundled.sessions(SessionFilter("doha-2025", query="Shaimardanov"))  # by speaker name
    assert bundled.sessions(SessionFilter("doha-2025", query="!!!")) == []


@pytest.fixture
def cyrillic(tmp_path: Path):
    programme = Programme(
        forums=(Forum(slug="kz", name="Форум", timezone="Asia/Almaty"),),
        speakers=(Speaker(slug="aigul", name="Айгүл Сәрсенова", bio="Ёлка на площади"),),
        sessions=(
            Session(
                guid="s1",
                forum_slug="kz",
                title="Қазақстан және әлем",
                appearances=(Appearance("aigul"),),
            ),
            Session(guid="s2", forum_slug="kz", title="Новогодняя ёлка", description="Праздник"),
            Session(guid="s3", forum_slug="kz", title="Water security"),
        ),
    )
    path = build_catalog(programme, tmp_path / "kz.sqlite", catalog_id="kz", title="kz")
    reader = CatalogReader(path)
    yield reader
    reader.close()


@pytest.mark.parametrize(
    ("query", "guid"),
    [
        ("Қазақстан", "s1"),
        ("қазақ", "s1"),
        ("ҚАЗАҚСТАН", "s1"),
        ("елка", "s2"),
        ("ЁЛКА", "s2"),
        ("Айгүл", "s1"),
    ],
)
def test_cyrillic_and_kazakh_search(cyrillic: CatalogReader, query: str, guid: str) -> None:
    assert [s.guid for s in cyrillic.sessions(SessionFilter("kz", query=query))] == [guid]


def test_cyrillic_speaker_search(cyrillic: CatalogReader) -> None:
    assert [p.slug for p in cyrillic.speakers("сәрсен")] == ["aigul"]
    assert [p.slug for p in cyrillic.speakers("елка")] == ["aigul"]


def test_same_sources_build_the_same_catalog(tmp_path: Path) -> None:
    programme = load_curated(REPO / "data")
    first = build_catalog(programme, tmp_path / "a.sqlite", catalog_id="bundled", title="t")
    second = build_catalog(
        load_curated(REPO / "data"), tmp_path / "b.sqlite", catalog_id="bundled", title="t"
    )
    assert first.read_bytes() == second.read_bytes()


def test_catalog_is_opened_read_only(bundled_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "catalog.sqlite"
    copy.write_bytes(bundled_path.read_bytes())
    reader = CatalogReader(copy)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        reader._db.execute("DELETE FROM session")
    reader.close()
    assert copy.read_bytes() == bundled_path.read_bytes()


def test_other_schema_version_is_refused(bundled_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "catalog.sqlite"
    copy.write_bytes(bundled_path.read_bytes())
    with sqlite3.connect(copy) as db:
        db.execute(f"PRAGMA user_version = {CATALOG_SCHEMA_VERSION + 1}")
    with pytest.raises(CatalogError, match="schema version"):
        CatalogReader(copy)


def test_missing_and_damaged_catalogs_give_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="does not exist"):
        CatalogReader(tmp_path / "missing.sqlite")
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"this is not a database" * 100)
    with pytest.raises(CatalogError, match="cannot be read"):
        CatalogReader(garbage)


def test_failed_build_leaves_the_old_catalog(tmp_path: Path) -> None:
    target = tmp_path / "catalog.sqlite"
    good = Programme(forums=(Forum(slug="f", name="F"),))
    build_catalog(good, target, catalog_id="c", title="t")
    before = target.read_bytes()
    duplicate = Programme(
        forums=(Forum(slug="f", name="F"),),
        sessions=(
            Session(guid="x", forum_slug="f", title="A"),
            Session(guid="x", forum_slug="f", title="B"),
        ),
    )
    with pytest.raises(Exception, match="UNIQUE"):
        build_catalog(duplicate, target, catalog_id="c", title="t")
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["catalog.sqlite"]


def _noted_programme() -> Programme:
    """A programme using every field that schema 3 added."""
    return Programme(
        forums=(Forum(slug="f", name="F 2025", year_inferred="From a dated reference."),),
        sessions=(
            Session(guid="g", forum_slug="f", title="Panel", co_organisers=("Partner A", "B")),
        ),
        sources=(Source(key="s", title="About F", title_is_descriptive=True),),
    )


def test_catalog_keeps_inferred_years_co_organisers_and_descriptive_titles(
    tmp_path: Path,
) -> None:
    path = build_catalog(_noted_programme(), tmp_path / "c.sqlite", catalog_id="c", title="t")
    reader = CatalogReader(path)
    try:
        (forum,) = reader.forums()
        assert forum.year_inferred == "From a dated reference."
        assert reader.session("g").co_organisers == ("Partner A", "B")  # type: ignore[union-attr]
        (source,) = reader.sources(["s"])
        assert source.title_is_descriptive
    finally:
        reader.close()


def test_a_catalog_of_schema_2_is_rebuilt_with_all_it_holds(tmp_path: Path) -> None:
    catalogs = tmp_path / "catalogs"
    old = build_catalog(
        load_curated(REPO / "data"), catalogs / "old.sqlite", catalog_id="old", title="Old"
    )
    expected = CatalogReader(old)
    programme = expected.programme()
    expected.close()
    with sqlite3.connect(old) as db:
        db.execute("ALTER TABLE forum DROP COLUMN year_inferred")
        db.execute("ALTER TABLE session DROP COLUMN co_organisers")
        db.execute("ALTER TABLE source DROP COLUMN title_is_descriptive")
        db.execute("PRAGMA user_version = 2")
    reader = CatalogReader(old)
    assert not reader.is_current
    # Read as it is, it has none of what schema 3 added ...
    assert all(not f.year_inferred for f in reader.forums())
    reader.close()
    opened = open_library(tmp_path / "missing-bundled.sqlite", catalogs)
    (rebuilt,) = opened.library.readers
    try:
        assert rebuilt.is_current
        again = rebuilt.programme()
        # ... and rebuilt, it holds every record it had, with those fields empty.
        assert again.sessions == tuple(replace(s, co_organisers=()) for s in programme.sessions)
        assert again.forums == tuple(replace(f, year_inferred="") for f in programme.forums)
        assert again.sources == tuple(
            replace(s, title_is_descriptive=False) for s in programme.sources
        )
    finally:
        opened.library.close()
