"""The main window, driven as a delegate would: keyboard, clicks, and a second launch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import SessionFilter
from forumguide.domain.model import NoteTarget
from forumguide.paths import UserPaths
from forumguide.services.personal import refresh_snapshots
from forumguide.ui.main_window import AGENDA, NOTES, PROGRAMME, SPEAKERS, MainWindow
from forumguide.ui.models import SessionListModel
from forumguide.ui.widgets import AUTOSAVE_DELAY_MS
from tests.test_forum_page import tooltips_at
from tests.ui_helpers import close_window, current, data_of, focused, open_window, type_text

OPENING = "Opening session"


def _select_first_session(qtbot, window: MainWindow) -> None:
    window.select_forum("attf-2025")
    view = window.programme.view
    view.setFocus()
    first = window.programme.model.index(window.programme.model.first_item_row(), 0)
    view.setCurrentIndex(first)
    qtbot.waitUntil(lambda: window.programme.current is not None)


def test_window_shows_the_programme(qtbot, library: CatalogLibrary, home: UserPaths) -> None:
    window = open_window(qtbot, library, home)
    names = [window.forum_box.itemText(i) for i in range(window.forum_box.count())]
    assert names == [
        "Doha Forum 2025",
        "Astana Think Tank Forum 2025",
        "Astana International Forum 2024",
        "Astana International Forum 2023",
    ]
    window.select_forum("attf-2025")
    assert window.programme.model.item_count() == 4
    # Without a selection the detail pane is the forum page.
    page = window.programme.details.toPlainText()
    assert "From Polarization to Partnership" in page
    assert "Kazakhstan Institute for Strategic Studies" in page
    assert "Sources" in page
    # The reports give no year: the page says the year is inferred, and why.
    assert page.startswith("Astana Think Tank Forum 2025 (year inferred)")
    assert "Dates: 15–16 October 2025 (year inferred)" in page
    assert "Year inferred: The reports give the dates as" in page
    assert "the new Lee Jae Myung administration" in page
    tips = tooltips_at(window.programme.details, "(year inferred)")
    assert len(tips) == 2
    assert all(tip.startswith("<p>Year inferred: The reports give the dates as") for tip in tips)
    _select_first_session(qtbot, window)
    details = window.programme.details.toPlainText()
    assert OPENING in details
    assert "time to be confirmed" in details
    assert "Magzum Mirzagaliyev" in details and "opening address" in details
    close_window(window)


def test_aif_2023_shows_month_without_days(qtbot, library: CatalogLibrary, home: UserPaths) -> None:
    window = open_window(qtbot, library, home)
    window.select_forum("aif-2023")
    assert "June 2023" in window.programme.details.toPlainText()
    assert window.programme.model.item_count() == 0
    assert window.programme.no_sessions.isVisibleTo(window)
    close_window(window)


def test_speaker_link_opens_the_speakers_tab(
    qtbot, library: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, library, home)
    _select_first_session(qtbot, window)
    window.programme.details.anchorClicked.emit(QUrl("speaker:joshua-lincoln"))
    assert window.tabs.currentIndex() == SPEAKERS
    text = window.speakers.details.toPlainText()
    assert "Joshua Lincoln" in text
    # Billed differently at the two forums he spoke at.
    assert "Visiting Fellow, Oxford University" in text
    assert "Center for International Law and Governance" in text
    # And a session link leads back to the programme.
    session = window.speakers.details.toHtml()
    assert "session:" in session
    window.speakers.details.anchorClicked.emit(QUrl(f"session:{current(window).guid}"))
    assert window.tabs.currentIndex() == PROGRAMME
    close_window(window)


def test_bookmark_and_note_survive_a_new_window(
    qtbot, library: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, library, home)
    _select_first_session(qtbot, window)
    guid = current(window).guid
    qtbot.keyClick(focused(window), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert data_of(window).is_bookmarked(("attf-2025", guid))
    assert window.programme.bookmark.isChecked()
    editor = window.programme.notes.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Ask about")
    type_text(editor, " Қазақстан and the ёлка")
    qtbot.waitUntil(
        lambda: data_of(window).store.note(NoteTarget.SESSION, guid, "attf-2025") is not None,
        timeout=AUTOSAVE_DELAY_MS * 3,
    )
    window.tabs.setCurrentIndex(AGENDA)
    assert window.agenda.model.item_count() == 1
    close_window(window)

    again = open_window(qtbot, library, home)
    assert data_of(again).bookmarked_keys() == {("attf-2025", guid)}
    again.tabs.setCurrentIndex(NOTES)
    assert again.notes.model.rowCount() == 1
    again.notes.view.setCurrentIndex(again.notes.model.index(0, 0))
    assert again.notes.editor.text() == "Ask about Қазақстан and the ёлка"
    again.notes._activated(again.notes.model.index(0, 0))
    assert again.tabs.currentIndex() == PROGRAMME
    assert again.programme.notes.text() == "Ask about Қазақстан and the ёлка"
    close_window(again)


def test_closing_saves_the_note_being_typed(
    qtbot, library: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, library, home)
    _select_first_session(qtbot, window)
    guid = current(window).guid
    qtbot.keyClicks(window.programme.notes.editor, "typed just before closing")
    assert (
        data_of(window).store.note(NoteTarget.SESSION, guid, "attf-2025") is None
    )  # the autosave has not run yet
    close_window(window)
    again = open_window(qtbot, library, home)
    note = data_of(again).store.note(NoteTarget.SESSION, guid, "attf-2025")
    assert note is not None and note.text == "typed just before closing"
    close_window(again)


def test_keyboard_shortcuts(qtbot, library: CatalogLibrary, home: UserPaths) -> None:
    window = open_window(qtbot, library, home)
    for number, tab in ((2, SPEAKERS), (3, AGENDA), (4, NOTES), (1, PROGRAMME)):
        qtbot.keyClick(
            focused(window), getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier
        )
        assert window.tabs.currentIndex() == tab
    qtbot.keyClick(focused(window), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    close_window(window)


def test_search_field_filters_programme_and_speakers(
    qtbot, library: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, library, home)
    window.select_forum("attf-2025")
    qtbot.keyClicks(window.search, "Rhee")
    qtbot.waitUntil(lambda: window.programme.model.item_count() == 1)
    summary = window.programme.model.summary(window.programme.model.first_item_row())
    assert summary is not None and summary.title.startswith("Second session")
    window.tabs.setCurrentIndex(SPEAKERS)
    qtbot.waitUntil(lambda: window.speakers.model.rowCount() == 1)
    assert window.speakers.model.speaker(0).slug == "rhee-jong-kook"
    window.search.clear()
    qtbot.waitUntil(lambda: window.speakers.model.rowCount() == 9)
    # Only the tab shown follows each keystroke; the Programme catches up when shown.
    assert window.programme.model.item_count() == 1
    window.tabs.setCurrentIndex(PROGRAMME)
    assert window.programme.model.item_count() == 4
    close_window(window)


def test_forum_and_local_time(
    qtbot, home: UserPaths, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time as clock
    from datetime import datetime, timedelta

    from forumguide.catalog.builder import build_catalog
    from forumguide.catalog.reader import CatalogReader
    from forumguide.domain.model import Forum, Programme, Session

    # This computer is in UTC for the test; the forum is in Astana (UTC+5 in 2025).
    monkeypatch.setenv("TZ", "UTC")
    clock.tzset()
    programme = Programme(
        forums=(Forum(slug="f", name="Timed forum", timezone="Asia/Almaty"),),
        sessions=(
            Session(
                guid="s",
                forum_slug="f",
                title="Timed session",
                day=datetime(2025, 10, 15).date(),
                start=datetime(2025, 10, 15, 10, 0),
                duration=timedelta(minutes=90),
            ),
        ),
    )
    path = build_catalog(programme, tmp_path / "timed.sqlite", catalog_id="timed", title="t")
    timed = CatalogLibrary([CatalogReader(path)])
    window = open_window(qtbot, timed, home)
    window.open_session("s")
    model = window.programme.model
    list_time = model.index(model.first_item_row(), SessionListModel.TIME)
    assert "10:00–11:30 (Asia/Almaty, UTC+05:00)" in window.programme.details.toPlainText()
    assert list_time.data() == "10:00–11:30"
    window.local_time_action.setChecked(True)
    assert "05:00–06:30 (your time, UTC+00:00)" in window.programme.details.toPlainText()
    list_time = model.index(model.first_item_row(), SessionListModel.TIME)
    assert list_time.data() == "05:00–06:30"
    window.local_time_action.setChecked(False)
    assert "(Asia/Almaty, UTC+05:00)" in window.programme.details.toPlainText()
    close_window(window)
    timed.close()
    monkeypatch.undo()
    clock.tzset()


def test_size_tab_and_forum_are_remembered(qtbot, library: CatalogLibrary, home: UserPaths) -> None:
    window = open_window(qtbot, library, home)
    window.resize(790, 560)  # within the offscreen screen (800 x 600)
    window.select_forum("doha-2025")
    window.tabs.setCurrentIndex(AGENDA)
    close_window(window)
    again = open_window(qtbot, library, home)
    assert (again.width(), again.height()) == (790, 560)
    assert again.tabs.currentIndex() == AGENDA
    assert again.current_forum() == "doha-2025"
    close_window(again)


def test_every_control_has_an_accessible_name(
    qtbot, library: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, library, home)
    _select_first_session(qtbot, window)
    missing = []
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        for widget in window.findChildren(QWidget):
            if not widget.isVisible() or not isinstance(
                widget,
                (
                    QAbstractButton,
                    QComboBox,
                    QLineEdit,
                    QAbstractItemView,
                    QTextEdit,
                    QPlainTextEdit,
                ),
            ):
                continue
            if isinstance(widget, QHeaderView) or type(widget.parent()).__name__ in {
                "QComboBox",
                "QLineEdit",
            }:
                continue  # the parts of a view, a combo box or a line edit
            label = widget.accessibleName() or (
                widget.text() if isinstance(widget, QAbstractButton) else ""
            )
            if not label.strip():
                missing.append(f"{type(widget).__name__} {widget.objectName()}")
    assert missing == []
    close_window(window)


def test_bundled_catalog_problems_are_shown_not_raised(qtbot, home: UserPaths, tmp_path) -> None:
    from forumguide.app import open_library

    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"garbage" * 1000)
    library, problems = open_library(home, bundled=broken)
    assert problems and "cannot be read" in problems[0]
    window = MainWindow(library, home)
    qtbot.addWidget(window)
    for problem in problems:
        window.show_banner(problem)
    window.show()
    assert str(broken) in window.banner.message()
    assert "No programme could be opened" in window.banner.message()
    window.close()


def test_ctrl_d_removes_a_bookmark_whose_session_is_gone(
    qtbot, library: CatalogLibrary, home: UserPaths
) -> None:
    from forumguide.domain.model import SessionSnapshot

    window = open_window(qtbot, library, home)
    data = data_of(window)
    data.store.add_bookmark("gone", "attf-2025", SessionSnapshot(title="A dropped session"))
    data.bookmarks_changed.emit()
    window.tabs.setCurrentIndex(AGENDA)
    index = window.agenda.model.find("gone")
    assert index.siblingAtColumn(1).data() == "A dropped session"
    assert index.siblingAtColumn(4).data() == "Removed from the programme"
    window.agenda.view.setCurrentIndex(index)
    qtbot.keyClick(focused(window), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert data.store.bookmarks() == []
    assert not window.agenda.model.find("gone").isValid()
    close_window(window)


def test_snapshots_follow_the_programme_after_a_refresh(
    qtbot, library: CatalogLibrary, home: UserPaths
) -> None:
    from forumguide.domain.model import SessionSnapshot

    window = open_window(qtbot, library, home)
    data = data_of(window)
    reader = library.reader_for("doha-2025")
    assert reader is not None
    (session,) = reader.sessions(SessionFilter("doha-2025"))
    stale = SessionSnapshot(title="An older title", forum_name="Doha Forum 2025")
    data.store.add_bookmark(session.guid, "doha-2025", stale)
    data.store.save_note(NoteTarget.SESSION, session.guid, "kept as typed", stale, "doha-2025")
    assert refresh_snapshots(data.store, library) == 2
    (bookmark,) = data.store.bookmarks()
    note = data.store.note(NoteTarget.SESSION, session.guid, "doha-2025")
    assert note is not None and note.text == "kept as typed"
    for snapshot in (bookmark.snapshot, note.snapshot):
        assert (snapshot.title, snapshot.day, snapshot.timezone) == (
            session.title,
            session.day,
            "Asia/Qatar",
        )
    close_window(window)
