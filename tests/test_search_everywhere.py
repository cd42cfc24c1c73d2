"""One search, everywhere: the search box finds sessions of every forum, people and notes, and
is driven from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QFrame, QLabel, QListView

from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import SessionFilter
from forumguide.domain.model import NoteTarget, SessionSnapshot
from forumguide.paths import UserPaths
from forumguide.services.programmes import import_schedule
from forumguide.ui.main_window import AGENDA, PROGRAMME, SPEAKERS, MainWindow
from tests.conftest import INTEROP
from tests.ui_helpers import close_window, data_of, open_window

DEMOCON = INTEROP / "schedules" / "pretalx-democon.json"
OPENING_GUID_TITLE = "Opening session"


@pytest.fixture
def with_democon(library: CatalogLibrary, home: UserPaths) -> CatalogLibrary:
    """The bundled programme and DemoCon, imported beside it."""
    import_schedule(DEMOCON, library, home.catalogs_dir, default_timezone="Europe/Berlin")
    return library


def _panel(window: MainWindow) -> QFrame:
    panel = window.findChild(QFrame, "searchResults")
    assert panel is not None, "the window has no search results"
    return panel


def _list(window: MainWindow) -> QListView:
    view = _panel(window).findChild(QListView)
    assert view is not None
    return view


def _lines(window: MainWindow) -> list[str]:
    model = _list(window).model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _open_line(qtbot, window: MainWindow, row: int) -> None:
    """Select a result with the keyboard and press Enter on it."""
    view = _list(window)
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)


def _type(qtbot, window: MainWindow, text: str) -> None:
    window.search.setFocus()
    qtbot.keyClicks(window.search, text)
    qtbot.waitUntil(lambda: window.search.text() == text and _panel(window).isVisible())


def _session_guid(library: CatalogLibrary, forum_slug: str, title_start: str) -> str:
    reader = library.reader_for(forum_slug)
    assert reader is not None
    for session in reader.sessions(SessionFilter(forum_slug)):
        if session.title.startswith(title_start):
            return session.guid
    raise AssertionError(f"no session {title_start!r} in {forum_slug}")


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


def test_zadeh_finds_khatibzadeh_in_the_programme(
    qtbot, library: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, library, home)
    window.select_forum("attf-2025")
    _type(qtbot, window, "zadeh")
    qtbot.waitUntil(lambda: window.programme.model.item_count() > 0)
    assert any("Saeed Khatibzadeh" in line for line in _lines(window))
    close_window(window)


def test_a_word_only_in_a_note_is_found_from_the_programme(
    qtbot, library: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, library, home)
    window.select_forum("attf-2025")
    guid = _session_guid(library, "attf-2025", OPENING_GUID_TITLE)
    data_of(window).save_note(
        NoteTarget.SESSION,
        guid,
        "Ask about the quokkaplan after lunch",
        SessionSnapshot(title=OPENING_GUID_TITLE),
        "attf-2025",
    )
    window.tabs.setCurrentIndex(PROGRAMME)
    _type(qtbot, window, "quokkaplan")
    lines = _lines(window)
    assert "Notes (1)" in lines
    assert any(line.startswith(OPENING_GUID_TITLE) and "quokkaplan" in line for line in lines)
    # Opening the note shows its session in the Programme.
    row = next(i for i, line in enumerate(lines) if "quokkaplan" in line and line != "Notes (1)")
    _open_line(qtbot, window, row)
    qtbot.waitUntil(lambda: window.programme.current is not None)
    assert window.programme.current is not None and window.programme.current.guid == guid
    assert not _panel(window).isVisible()
    close_window(window)


def test_a_speaker_and_a_session_of_another_forum_are_found(
    qtbot, with_democon: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, with_democon, home)
    window.select_forum("attf-2025")
    _type(qtbot, window, "Kimberly")
    lines = _lines(window)
    assert "People (1)" in lines
    assert "Kimberly Griffin" in lines
    assert any(line.startswith("Sessions in other forums (") for line in lines)
    assert any(line.startswith("Secured mobile concept — DemoCon") for line in lines)
    # A session of another forum opens in its forum.
    row = next(i for i, line in enumerate(lines) if line.startswith("Secured mobile concept"))
    _open_line(qtbot, window, row)
    qtbot.waitUntil(lambda: window.programme.current is not None)
    democon = window.current_forum()
    assert democon != "attf-2025"
    assert window.programme.current is not None
    assert window.programme.current.title == "Secured mobile concept"
    # A person of another forum opens in the Speakers tab of their forum.
    window.select_forum("attf-2025")
    window.search.clear()
    _type(qtbot, window, "Kimberly")
    _open_line(qtbot, window, _lines(window).index("Kimberly Griffin"))
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == SPEAKERS)
    assert window.current_forum() == democon
    assert window.speakers.current is not None
    assert window.speakers.current.name == "Kimberly Griffin"
    close_window(window)


def test_this_forum_only(qtbot, with_democon: CatalogLibrary, home: UserPaths) -> None:
    window = open_window(qtbot, with_democon, home)
    window.select_forum("attf-2025")
    _type(qtbot, window, "Kimberly")
    only = _panel(window).findChild(QCheckBox)
    assert only is not None and only.text() == "Only this for&um"
    # From the results, Tab goes to the box, and Space ticks it.
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    qtbot.keyClick(_list(window), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is only
    qtbot.keyClick(only, Qt.Key.Key_Space)
    assert only.isChecked()
    assert _lines(window) == []
    texts = [label.text() for label in _panel(window).findChildren(QLabel)]
    assert "Nothing found for “Kimberly”." in texts
    only.setChecked(False)
    assert "Kimberly Griffin" in _lines(window)
    close_window(window)


def test_results_are_grouped_with_counts(with_democon: CatalogLibrary) -> None:
    from forumguide.catalog.everywhere import search_library

    hits = search_library(with_democon, "session", "attf-2025", limit=2)
    reader = with_democon.reader_for("attf-2025")
    assert reader is not None
    assert hits.here_count == len(reader.session_ids(SessionFilter("attf-2025", query="session")))
    assert hits.here_count >= 2 and len(hits.here) == 2
    assert all(s.forum_slug == "attf-2025" for s in hits.here)
    assert all(s.forum_slug != "attf-2025" for s in hits.elsewhere)
    only = search_library(with_democon, "session", "attf-2025", this_forum_only=True)
    assert only.here_count == hits.here_count
    assert (only.elsewhere_count, only.elsewhere) == (0, ())


def test_esc_clears_the_search(qtbot, library: CatalogLibrary, home: UserPaths) -> None:
    window = open_window(qtbot, library, home)
    window.select_forum("attf-2025")
    window.search.setFocus()
    qtbot.keyClicks(window.search, "Rhee")
    qtbot.waitUntil(lambda: window.programme.model.item_count() == 1)
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    assert not _panel(window).isVisible()
    qtbot.waitUntil(lambda: window.programme.model.item_count() == 4)
    close_window(window)


@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_Return])
def test_down_or_enter_moves_into_the_results(
    qtbot, library: CatalogLibrary, home: UserPaths, key: Qt.Key
) -> None:
    window = open_window(qtbot, library, home)
    window.select_forum("attf-2025")
    window.search.setFocus()
    qtbot.keyClicks(window.search, "Rhee")
    qtbot.waitUntil(lambda: window.programme.model.item_count() == 1)
    qtbot.keyClick(window.search, key)
    view = _list(window)
    assert QApplication.focusWidget() is view
    first = view.currentIndex()
    assert first.isValid() and first.data().startswith("Second session")
    # Esc goes back to the search box, keeping the text.
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.search
    assert window.search.text() == "Rhee"
    # Enter on the first result opens it.
    qtbot.keyClick(window.search, key)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.programme.current is not None)
    assert window.programme.current is not None
    assert window.programme.current.title.startswith("Second session")
    close_window(window)


def test_down_in_an_empty_search_box_goes_to_the_list(
    qtbot, library: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, library, home)
    window.select_forum("attf-2025")
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.programme.view
    assert window.programme.view.currentIndex().isValid()
    close_window(window)


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


def _empty_below_last_line(window: MainWindow) -> int:
    view = _list(window)
    model = view.model()
    last = view.visualRect(model.index(model.rowCount() - 1, 0))
    return view.viewport().height() - last.bottom()


def test_the_results_panel_fits_its_results_after_a_narrower_search(
    qtbot, with_democon: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, with_democon, home)
    window.resize(640, 700)  # narrower than the longest lines
    window.select_forum("democon")
    _type(qtbot, window, "s")
    view = _list(window)
    many = view.model().rowCount()
    qtbot.keyClicks(window.search, "ecured")
    qtbot.waitUntil(lambda: view.model().rowCount() < many)
    row_height = view.sizeHintForRow(0)
    # Once typing rests, the panel is as tall as its lines: no empty band under the last one.
    qtbot.waitUntil(lambda: _empty_below_last_line(window) < row_height)
    assert not view.verticalScrollBar().isVisible()
    # A line longer than the panel is cut short (its tooltip has it whole), not scrolled
    # sideways by a bar that would take the room of a line.
    assert not view.horizontalScrollBar().isVisible()
    last = view.model().index(view.model().rowCount() - 1, 0)
    assert view.visualRect(last).bottom() <= view.viewport().height()
    close_window(window)
