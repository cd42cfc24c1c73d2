"""One search, everywhere: the search box finds sessions of every forum, people and notes, and
is driven from the keyboard."""

from __future__ import annotations

from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import SessionFilter
from forumguide.paths import UserPaths
from forumguide.ui.main_window import AGENDA
from tests.conftest import INTEROP
from tests.ui_helpers import close_window, data_of, open_window

DEMOCON = INTEROP / "schedules" / "pretalx-democon.json"
OPENING_GUID_TITLE = "Opening session"


def test_names_match_inside_a_word(library: CatalogLibrary) -> None:
    reader = library.reader_for("attf-2025")
    assert reader is not None
    found = reader.sessions(SessionFilter("attf-2025", query="zadeh"))
    assert found, "“zadeh” finds no session of Saeed Khatibzadeh"
    assert all(any(a.speaker_slug == "saeed-khatibzadeh" for a in s.appearances) for s in found)
    ids = reader.session_ids(SessionFilter("attf-2025", query="zadeh"))
    assert len(ids) == len(found)
    # With another word: each word is a word's start or inside a name.
    assert list(reader.session_ids(SessionFilter("attf-2025", query="zadeh multilateralism")))
    assert list(reader.session_ids(SessionFilter("attf-2025", query="zadeh qqqq"))) == []
    # Two letters inside a word are too few to mean a name.
    assert list(reader.session_ids(SessionFilter("attf-2025", query="eh"))) == []


def test_agenda_count_says_how_many_are_shown(
    qtbot, library: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, library, home)
    reader = library.reader_for("attf-2025")
    assert reader is not None
    sessions = reader.sessions(SessionFilter("attf-2025"))
    assert len(sessions) == 4
    for session in sessions:
        data_of(window).set_bookmarked(session, True)
    window.tabs.setCurrentIndex(AGENDA)
    qtbot.waitUntil(lambda: window.agenda.summary.text() == "Bookmarked sessions: 4")
    window.search.setText("Rhee")  # a speaker, not a word of a title
    qtbot.waitUntil(lambda: window.agenda.query == "Rhee")
    assert window.agenda.summary.text() == "Bookmarked sessions: 1 of 4 shown"
    close_window(window)
