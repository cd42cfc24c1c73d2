"""Notes to Markdown and to PDF, in a font with the Cyrillic and Kazakh letters."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import SessionFilter
from forumguide.domain.model import (
    Appearance,
    Forum,
    Note,
    NoteTarget,
    Session,
    SessionSnapshot,
    Speaker,
)
from forumguide.interchange.notes_export import (
    arrange_notes,
    notes_to_markdown,
    notes_to_pdf,
    write_notes,
)
from forumguide.interchange.pdf import REQUIRED_LETTERS, pdf_font_family
from forumguide.personal.store import PersonalStore

UPDATED = datetime(2025, 10, 15, 12, 30, tzinfo=UTC)
AIF = Forum("aif-2023", "Astana International Forum 2023", timezone="Asia/Almaty", city="Astana")
ATTF = Forum("attf-2025", "Astana Think Tank Forum 2025", timezone="Asia/Almaty", city="Astana")
PEOPLE = {
    "joshua-lincoln": Speaker(
        "joshua-lincoln", "Joshua Lincoln", affiliation="Fletcher School", country="United States"
    ),
    "aigerim": Speaker("aigerim", "Әйгерім Қасымова", sort_name="Қасымова Әйгерім"),
}
LATE = Session(
    "11111111-1111-5111-8111-111111111111",
    "attf-2025",
    "Afternoon *panel* #2",
    timezone="Asia/Almaty",
    day=date(2025, 10, 15),
    start=datetime(2025, 10, 15, 15, 0),
    duration=timedelta(minutes=45),
    room="Hall B",
    appearances=(Appearance("joshua-lincoln", "speaker", "Senior Fellow"),),
)
EARLY = Session(
    "22222222-2222-5222-8222-222222222222",
    "attf-2025",
    "Opening",
    timezone="Asia/Almaty",
    day=date(2025, 10, 15),
    start=datetime(2025, 10, 15, 10, 0),
    appearances=(Appearance("aigerim", "moderator", "Director"),),
)
TBC = Session(
    "33333333-3333-5333-8333-333333333333",
    "aif-2023",
    "Inaugural plenary",
    timezone="Asia/Almaty",
)
SESSIONS = {(s.forum_slug, s.guid): s for s in (LATE, EARLY, TBC)}


def note(
    target: NoteTarget,
    key: str,
    text: str,
    snapshot: SessionSnapshot | None = None,
    forum: str = "",
) -> Note:
    return Note(target, key, text, UPDATED, snapshot or SessionSnapshot(), forum)


NOTES = [
    note(
        NoteTarget.SESSION,
        LATE.guid,
        "Ask about **C5+1**.\n# not a heading of ours",
        forum=LATE.forum_slug,
    ),
    note(
        NoteTarget.SESSION,
        EARLY.guid,
        "Қазақстан: ёлка, Әнұран, Үкімет, Ұлт, Ғылым, Өнер, Һ.",
        forum=EARLY.forum_slug,
    ),
    note(NoteTarget.SESSION, TBC.guid, "Check the date.", forum=TBC.forum_slug),
    note(
        NoteTarget.SESSION,
        "44444444-4444-5444-8444-444444444444",
        "Was moved out of the programme.",
        SessionSnapshot(
            title="Dropped panel",
            forum_name="Astana International Forum 2024",
            timezone="Asia/Almaty",
            day=date(2024, 6, 13),
        ),
    ),
    note(NoteTarget.SPEAKER, "joshua-lincoln", "Follow up by e-mail."),
    note(NoteTarget.SPEAKER, "aigerim", "Met at the coffee break."),
    note(NoteTarget.SESSION, "empty", "   "),
]


def markdown() -> str:
    sections = arrange_notes(NOTES, SESSIONS, [AIF, ATTF], PEOPLE)
    return notes_to_markdown(sections, today=date(2025, 10, 16))


def test_markdown_groups_by_forum_and_session_with_people_last() -> None:
    text = markdown()
    headings = re.findall(r"^(#{1,3}) (.+)$", text, flags=re.MULTILINE)
    assert headings == [
        ("#", "My notes"),
        ("##", "Astana International Forum 2023"),
        ("###", "Inaugural plenary"),
        ("##", "Astana Think Tank Forum 2025"),
        ("###", "Opening"),
        ("###", r"Afternoon \*panel\* \#2"),
        ("##", "Sessions no longer in the programme"),
        ("###", "Dropped panel (removed from the programme)"),
        ("##", "People"),
        ("###", "Joshua Lincoln"),
        ("###", "Әйгерім Қасымова"),
    ]
    assert "Exported on 2025-10-16." in text
    assert "Wednesday 15 October 2025, 15:00–15:45 (Asia/Almaty, UTC+05:00)" in text
    assert "Date and time to be confirmed" in text
    assert "Thursday 13 June 2024, time to be confirmed" in text
    assert "- Joshua Lincoln, Senior Fellow" in text
    assert "- Әйгерім Қасымова, Director (moderator)" in text
    assert "Fletcher School" in text


def test_markdown_keeps_each_note_exactly_as_written_in_a_quote() -> None:
    text = markdown()
    quoted = "\n".join(line[2:] for line in text.splitlines() if line.startswith("> "))
    for written in NOTES:
        if written.text.strip():
            assert written.text.strip() in quoted
    # The note's own "# line" stays inside its entry instead of becoming a heading.
    assert "> # not a heading of ours" in text
    assert "\n   \n" not in text


def test_font_for_the_pdf_has_the_kazakh_letters(qapp) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    family = pdf_font_family()
    assert family, "no installed font has the Cyrillic and Kazakh letters"
    metrics = QFontMetrics(QFont(family))
    assert all(metrics.inFontUcs4(ord(letter)) for letter in REQUIRED_LETTERS)


def test_pdf_holds_the_cyrillic_and_kazakh_text(qapp) -> None:
    sections = arrange_notes(NOTES, SESSIONS, [AIF, ATTF], PEOPLE)
    data = notes_to_pdf(sections, today=date(2025, 10, 16))
    assert data.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(page.extract_text() for page in reader.pages)
    words = re.sub(r"\s+", " ", text)
    for expected in ("Қазақстан", "ёлка", "Әнұран", "Үкімет", "Ұлт", "Ғылым", "Өнер", "Әйгерім"):
        assert expected in words
    fonts = set()
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for font in resources["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    family = pdf_font_family().replace(" ", "")
    assert any(family in name for name in fonts), fonts


def test_write_notes_picks_the_format_by_extension(qapp, tmp_path: Path) -> None:
    sections = arrange_notes(NOTES, SESSIONS, [AIF, ATTF], PEOPLE)
    written_md = write_notes(tmp_path / "notes.md", sections)
    written_pdf = write_notes(tmp_path / "notes.pdf", sections)
    assert written_md.read_text(encoding="utf-8").startswith("# My notes")
    assert written_pdf.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.md", "notes.pdf"]


@pytest.mark.usefixtures("qapp")
def test_notes_on_the_bundled_programme(tmp_path: Path, library: CatalogLibrary) -> None:
    forum = next(f for f in library.forums() if f.slug == "attf-2025")
    reader = library.reader_for(forum.slug)
    assert reader is not None
    session = reader.sessions(SessionFilter(forum.slug))[0]
    person = session.appearances[0].speaker_slug
    store = PersonalStore(tmp_path / "personal.sqlite")
    try:
        store.save_note(
            NoteTarget.SESSION, session.guid, "Ёлка и Қазақстан", SessionSnapshot(), forum.slug
        )
        store.save_note(NoteTarget.SPEAKER, person, "Ask for the slides", SessionSnapshot())
        notes = store.notes()
    finally:
        store.close()
    sessions = library.sessions_by_key([(session.forum_slug, session.guid)])
    speakers = reader.speakers_by_slug(a.speaker_slug for a in session.appearances)
    sections = arrange_notes(notes, sessions, library.forums(), speakers)
    text = notes_to_markdown(sections)
    assert f"## {forum.name}" in text
    assert f"### {speakers[person].name}" in text
    assert "Ёлка и Қазақстан" in text
    pdf = PdfReader(io.BytesIO(notes_to_pdf(sections)))
    assert "Қазақстан" in re.sub(r"\s+", " ", pdf.pages[0].extract_text())
