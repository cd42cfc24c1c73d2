"""The curated sources in data/: what they hold, and how problems are reported."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from forumguide.domain.model import Programme, Session
from forumguide.interchange.curated import SourceDataError, load_curated
from tests.conftest import REPO, SHARED

DATA = REPO / "data"
REQUIRED_PEOPLE = {
    "Mirzagaliyev",
    "Ashikbayev",
    "Lincoln",
    "Khatibzadeh",
    "McLean",
    "Rhee Jong-kook",
    "Shaimardanov",
    "Greminger",
    "Tokayev",
}


def test_sources_hold_every_forum_and_required_person() -> None:
    programme = load_curated(DATA)
    assert {f.slug for f in programme.forums} == {"attf-2025", "aif-2024", "aif-2023", "doha-2025"}
    names = " ".join(p.name for p in programme.speakers)
    for person in REQUIRED_PEOPLE:
        assert person in names


def test_every_record_names_a_source_document_that_exists() -> None:
    programme = load_curated(DATA)
    documents = {s.key: s.document for s in programme.sources}
    for document in documents.values():
        assert (SHARED / "seeds" / document).is_file(), document
    keyed: list[tuple[object, tuple[str, ...]]] = [(f, f.source_keys) for f in programme.forums]
    keyed += [(s, s.source_keys) for s in programme.sessions]
    keyed += [(p, p.source_keys) for p in programme.speakers]
    keyed += [(a, a.source_keys) for s in programme.sessions for a in s.appearances]
    keyed += [(r, r.source_keys) for f in programme.forums for r in f.roles]
    for record, keys in keyed:
        assert keys, record
        assert set(keys) <= documents.keys(), record


def test_no_time_is_invented() -> None:
    # None of the source documents gives a time of day for any session.
    programme = load_curated(DATA)
    assert programme.sessions
    assert all(s.start is None for s in programme.sessions)


def test_a_person_can_be_billed_differently_at_each_forum() -> None:
    programme = load_curated(DATA)
    titles = {
        s.forum_slug: a.billed_title
        for s in programme.sessions
        for a in s.appearances
        if a.speaker_slug == "joshua-lincoln"
    }
    assert set(titles) == {"attf-2025", "doha-2025"}
    assert titles["attf-2025"] != titles["doha-2025"]


MULTILATERALISM = "Multilateralism at a Crossroads: Reforming Global Governance in a Divided World"


def _sessions_of(programme: Programme, slug: str) -> dict[str, Session]:
    return {s.title: s for s in programme.sessions if s.forum_slug == slug}


def test_the_opening_session_is_not_the_multilateralism_session() -> None:
    # The reports tell the opening session (Mirzagaliyev's address) and "one of the central
    # sessions" (Multilateralism at a Crossroads) apart.
    programme = load_curated(DATA)
    sessions = _sessions_of(programme, "attf-2025")
    central = sessions[MULTILATERALISM]
    assert central.guid == "3e856e65-fa15-5db1-b298-54c35dd3abff"
    assert "magzum-mirzagaliyev" not in {a.speaker_slug for a in central.appearances}
    assert "opening" not in central.description.casefold()
    opening = [
        s for s in sessions.values() if any(a.role == "opening address" for a in s.appearances)
    ]
    assert [s.title for s in opening] == ["Opening session"]
    (first,) = opening
    assert first.title_is_descriptive and first.day is None and first.start is None
    assert [(a.speaker_slug, a.billed_title) for a in first.appearances] == [
        ("magzum-mirzagaliyev", "Advisor to the President of Kazakhstan")
    ]
    # Listed first, and with a guid of its own that stays.
    assert min(sessions.values(), key=lambda s: s.position) is first
    assert first.guid == "1a44e559-9d6e-5536-b67c-a94825d034f8"


def test_years_no_document_states_are_marked_with_their_reason() -> None:
    programme = load_curated(DATA)
    forums = {f.slug: f for f in programme.forums}
    assert "the new Lee Jae Myung administration" in forums["attf-2025"].year_inferred
    assert "Strategic Partners 2023" in forums["aif-2023"].year_inferred
    assert not forums["aif-2024"].year_inferred
    assert not forums["doha-2025"].year_inferred
    # Nothing else states an inferred year as a fact: no biography, description or source
    # title names such a forum with its year.
    texts = [p.bio for p in programme.speakers] + [s.title for s in programme.sources]
    texts += [s.description for s in programme.sessions] + [f.description for f in forums.values()]
    for forum in forums.values():
        if forum.year_inferred:
            assert not [t for t in texts if forum.name in t], forum.name


def test_the_doha_session_not_the_forum_is_co_organised_with_the_aif() -> None:
    programme = load_curated(DATA)
    doha = next(f for f in programme.forums if f.slug == "doha-2025")
    assert doha.organisers == ()
    (session,) = _sessions_of(programme, "doha-2025").values()
    assert session.co_organisers == ("Astana International Forum (AIF)",)


def test_a_title_billed_at_a_forum_is_kept_on_the_appearance() -> None:
    programme = load_curated(DATA)
    people = {p.slug: p for p in programme.speakers}
    billed = {(a.speaker_slug, a.billed_title) for s in programme.sessions for a in s.appearances}
    assert (
        "yerzhan-ashikbayev",
        "First Deputy Minister of Foreign Affairs of Kazakhstan",
    ) in billed
    # The documents give him another post elsewhere: his own line holds no post, and his
    # biography says where the title was billed.
    ashikbayev = people["yerzhan-ashikbayev"]
    assert ashikbayev.affiliation == ""
    assert not ashikbayev.bio.startswith("Kazakhstan's First Deputy Minister")
    assert "Billed at the Astana Think Tank Forum as" in ashikbayev.bio


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


def _edit(path: Path, old: str, new: str) -> int:
    """Replace the first ``old`` with ``new``; returns the 1-based line of the edit."""
    text = path.read_text(encoding="utf-8")
    position = text.index(old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text.count("\n", 0, position) + 1


def test_unknown_field_is_reported_with_file_and_line(data_copy: Path) -> None:
    forum_file = data_copy / "forums" / "doha-2025.toml"
    line = _edit(forum_file, "\nformat = ", "\nfromat = ") + 1
    with pytest.raises(SourceDataError) as caught:
        load_curated(data_copy)
    messages = [str(p) for p in caught.value.problems]
    assert f"{forum_file}:{line}: [session] has an unknown field 'fromat'" in messages


def test_unknown_person_and_source_are_reported(data_copy: Path) -> None:
    forum_file = data_copy / "forums" / "doha-2025.toml"
    person_line = _edit(forum_file, 'person = "thomas-greminger"', 'person = "thomas-gremlin"')
    with pytest.raises(SourceDataError) as caught:
        load_curated(data_copy)
    problems = caught.value.problems
    assert any(
        p.file == forum_file
        and p.line == person_line
        and "unknown person 'thomas-gremlin'" in p.message
        for p in problems
    ), problems


def test_broken_toml_names_the_line(data_copy: Path) -> None:
    people = data_copy / "people.toml"
    line = _edit(people, 'name = "Thomas Greminger"', 'name = "Thomas Greminger')
    with pytest.raises(SourceDataError) as caught:
        load_curated(data_copy)
    (problem,) = [p for p in caught.value.problems if p.file == people]
    assert problem.line == line
    assert "not valid TOML" in problem.message


def test_day_outside_the_forum_and_time_without_day(data_copy: Path) -> None:
    forum_file = data_copy / "forums" / "attf-2025.toml"  # 15-16 October 2025
    text = forum_file.read_text(encoding="utf-8")
    first, second = [line for line in text.splitlines() if line.startswith("guid = ")][:2]
    text = text.replace(first, f"{first}\nday = 2025-10-20", 1)
    text = text.replace(second, f"{second}\nstart = 10:00:00", 1)
    forum_file.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    with pytest.raises(SourceDataError) as caught:
        load_curated(data_copy)
    found = {(p.line, p.message) for p in caught.value.problems if p.file == forum_file}
    assert (
        lines.index("day = 2025-10-20") + 1,
        "day 2025-10-20 is outside the forum's dates 2025-10-15 to 2025-10-16",
    ) in found
    assert (lines.index("start = 10:00:00") + 1, "'start' needs a 'day'") in found


def test_missing_required_field(data_copy: Path) -> None:
    sources = data_copy / "sources.toml"
    text = sources.read_text(encoding="utf-8")
    first_kind = next(line for line in text.splitlines() if line.startswith("kind = "))
    sources.write_text(text.replace(first_kind + "\n", "", 1), encoding="utf-8")
    with pytest.raises(SourceDataError) as caught:
        load_curated(data_copy)
    (problem,) = caught.value.problems
    assert problem.file == sources
    assert problem.line == 1 + text.splitlines().index("[[source]]")
    assert "missing the required field 'kind'" in problem.message


@pytest.mark.parametrize("value", ['""', '"   "', "true"])
def test_an_inferred_year_needs_its_reason(data_copy: Path, value: str) -> None:
    forum_file = data_copy / "forums" / "aif-2024.toml"
    line = _edit(forum_file, 'slug = "aif-2024"\n', f'slug = "aif-2024"\nyear_inferred = {value}\n')
    with pytest.raises(SourceDataError) as caught:
        load_curated(data_copy)
    (problem,) = caught.value.problems
    assert (problem.file, problem.line) == (forum_file, line + 1)
    assert problem.message.startswith("forum 'aif-2024': 'year_inferred' must give the reason")


def test_an_inferred_year_keeps_its_reason(data_copy: Path) -> None:
    forum_file = data_copy / "forums" / "aif-2024.toml"
    _edit(forum_file, 'slug = "aif-2024"\n', 'slug = "aif-2024"\nyear_inferred = " A reason. "\n')
    forums = {f.slug: f for f in load_curated(data_copy).forums}
    assert forums["aif-2024"].year_inferred == "A reason."


def test_flags_must_be_true_or_false(data_copy: Path) -> None:
    sources = data_copy / "sources.toml"
    line = _edit(
        sources,
        'kind = "opinion article"\n',
        'kind = "opinion article"\ntitle_is_descriptive = "yes"\n',
    )
    with pytest.raises(SourceDataError) as caught:
        load_curated(data_copy)
    (problem,) = caught.value.problems
    assert (problem.file, problem.line) == (sources, line + 1)
    assert problem.message == "'title_is_descriptive' must be true or false"
