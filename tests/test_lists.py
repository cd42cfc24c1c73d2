"""The lists in the window: ★ by mouse, the note mark, the Track column, sortable headings,
context menus (mouse, Menu key, Shift+F10), hiding rooms, tracks and sessions, languages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from forumguide.catalog.builder import build_catalog
from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import CatalogReader
from forumguide.domain.hidden import HiddenItem, HiddenKind
from forumguide.domain.model import NoteTarget, Programme, SessionSnapshot
from forumguide.domain.names import sort_key
from forumguide.interchange.frab_json import parse_frab_json
from forumguide.paths import UserPaths
from forumguide.ui.main_window import MainWindow
from forumguide.ui.models import Role, SessionListModel
from tests.conftest import INTEROP
from tests.ui_helpers import close_window, data_of, open_window

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


@pytest.fixture
def both(bundled_path: Path, camp_path: Path) -> Iterator[CatalogLibrary]:
    library = CatalogLibrary([CatalogReader(bundled_path), CatalogReader(camp_path)])
    yield library
    library.close()


# The window ----------------------------------------------------------------------------------


def _open_camp(qtbot, both: CatalogLibrary, home: UserPaths) -> MainWindow:
    window = open_window(qtbot, both, home)
    window.select_forum("camp2019")
    window.tabs.setCurrentWidget(window.programme)
    return window


def _cell(window: MainWindow, row: int, column: int) -> QPoint:
    view = window.programme.view
    return view.visualRect(view.model().index(row, column)).center()


def _menu_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_clicking_the_star_bookmarks_and_clicking_again_removes_it(
    qtbot, both: CatalogLibrary, home: UserPaths
) -> None:
    window = _open_camp(qtbot, both, home)
    programme = window.programme
    row = programme.model.first_item_row()
    guid = programme.model.index(row, 0).data(Role.KEY)
    qtbot.mouseClick(
        programme.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=_cell(window, row, SessionListModel.STAR),
    )
    assert data_of(window).is_bookmarked(("camp2019", guid))
    assert programme.model.index(row, SessionListModel.STAR).data() == "★"
    qtbot.mouseClick(
        programme.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=_cell(window, row, SessionListModel.STAR),
    )
    assert not data_of(window).is_bookmarked(("camp2019", guid))
    # A click elsewhere in the row only selects it.
    qtbot.mouseClick(
        programme.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=_cell(window, row, SessionListModel.TITLE),
    )
    assert not data_of(window).is_bookmarked(("camp2019", guid))
    close_window(window)


def test_sessions_with_a_note_are_marked_and_the_track_is_a_column(
    qtbot, both: CatalogLibrary, home: UserPaths
) -> None:
    window = _open_camp(qtbot, both, home)
    programme = window.programme
    model = programme.model
    row = model.first_item_row()
    session = programme.library.session(model.index(row, 0).data(Role.KEY), "camp2019")
    assert session is not None
    assert model.headerData(SessionListModel.TRACK, Qt.Orientation.Horizontal) == "Track"
    assert not programme.view.isColumnHidden(SessionListModel.TRACK)
    assert model.index(row, SessionListModel.TRACK).data() == session.track
    assert model.index(row, SessionListModel.STAR).data() == ""
    data_of(window).save_note(
        NoteTarget.SESSION,
        session.guid,
        "Ask about it",
        SessionSnapshot(title="A talk"),
        "camp2019",
    )
    assert model.index(row, SessionListModel.STAR).data() == "✎"
    assert model.index(row, SessionListModel.STAR).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Not bookmarked, has a note"
    )
    programme.list_actions.set_bookmarked(session, True)
    assert model.index(row, SessionListModel.STAR).data() == "★✎"
    close_window(window)


def test_clicking_a_heading_sorts_the_list_and_time_brings_the_days_back(
    qtbot, both: CatalogLibrary, home: UserPaths
) -> None:
    window = _open_camp(qtbot, both, home)
    programme = window.programme
    model = programme.model
    header = programme.view.horizontalHeader()
    days = len(model.heading_rows())
    assert days > 1
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(SessionListModel.TITLE) + 5, 5),
    )
    titles = [model.summary(row).title for row in range(model.rowCount())]  # type: ignore[union-attr]
    assert model.heading_rows() == [] and len(titles) == 79
    assert [sort_key(t) for t in titles] == sorted(sort_key(t) for t in titles)
    # Times say their day when the list is not under day headings.
    assert "," in model.index(0, SessionListModel.TIME).data()
    # The ★ column does not sort: the list stays as it was.
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(SessionListModel.STAR) + 3, 5),
    )
    assert header.sortIndicatorSection() == SessionListModel.TITLE
    assert model.summary(0).title == titles[0]  # type: ignore[union-attr]
    programme.list_actions.sort_by(SessionListModel.TIME)
    assert len(model.heading_rows()) == days
    close_window(window)


def _keyboard_menu(qtbot, window: MainWindow, how: str) -> QMenu:
    view = window.programme.view
    view.setFocus()
    row = window.programme.model.first_item_row()
    view.setCurrentIndex(view.model().index(row, SessionListModel.TITLE))
    if how == "menu key":
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard,
            QPoint(1, 1),
            view.mapToGlobal(QPoint(1, 1)),
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(view, event)
    else:
        qtbot.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = window.programme.list_actions.menu
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    return menu


# A menu shown on the offscreen platform cannot grab the keyboard of a screen it does not have.
GRAB = pytest.mark.qt_log_ignore("does not support grabbing the keyboard")


@GRAB
@pytest.mark.parametrize("how", ["menu key", "shift+f10"])
def test_the_session_menu_opens_from_the_keyboard(
    qtbot, both: CatalogLibrary, home: UserPaths, how: str
) -> None:
    window = _open_camp(qtbot, both, home)
    menu = _keyboard_menu(qtbot, window, how)
    texts = _menu_texts(menu)
    for entry in ("&Bookmark", "Add to &calendar…", "Copy &title and time", "Open &link"):
        assert entry in texts
    assert "&Hide this session" in texts
    assert any(t.startswith("Hide &room “") for t in texts)
    menu.close()
    close_window(window)


def test_the_session_menu_bookmarks_copies_and_adds_to_a_calendar(
    qtbot, both: CatalogLibrary, home: UserPaths, tmp_path: Path
) -> None:
    window = _open_camp(qtbot, both, home)
    programme = window.programme
    row = programme.model.first_item_row()
    guid = programme.model.index(row, 0).data(Role.KEY)
    session = programme.library.session(guid, "camp2019")
    assert session is not None
    menu = programme.list_actions.session_menu(row)
    actions = {a.text(): a for a in menu.actions()}
    actions["&Bookmark"].trigger()
    assert data_of(window).is_bookmarked(("camp2019", guid))
    actions["Copy &title and time"].trigger()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(session.title) and session.room in copied
    target = tmp_path / "one.ics"
    assert window.export_flow.add_session_to_calendar(session, target)
    text = target.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == 1 and f"UID:{guid}@" in text
    close_window(window)


def test_adding_a_session_to_a_calendar_starts_in_the_export_folder_and_remembers_it(
    qtbot, both: CatalogLibrary, home: UserPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _open_camp(qtbot, both, home)
    before, after = tmp_path / "exports", tmp_path / "calendar"
    before.mkdir()
    after.mkdir()
    window.settings.export_folder = before
    suggestions: list[str] = []

    def answer(_parent: Any, _title: str, suggestion: str, _filters: str) -> tuple[str, str]:
        suggestions.append(suggestion)
        return str(after / "one.ics"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    programme = window.programme
    menu = programme.list_actions.session_menu(programme.model.first_item_row())
    {a.text(): a for a in menu.actions()}["Add to &calendar…"].trigger()
    assert len(suggestions) == 1 and Path(suggestions[0]).parent == before
    assert "BEGIN:VEVENT" in (after / "one.ics").read_text(encoding="utf-8")
    assert window.settings.export_folder == after
    close_window(window)


def test_hiding_a_room_a_track_and_a_session_and_showing_them_again(
    qtbot, both: CatalogLibrary, home: UserPaths
) -> None:
    window = _open_camp(qtbot, both, home)
    programme = window.programme
    actions = programme.list_actions
    total = programme.model.item_count()
    assert not actions.show_hidden.isVisible()
    row = programme.model.first_item_row()
    session = programme.library.session(programme.model.index(row, 0).data(Role.KEY), "camp2019")
    assert session is not None
    menu = actions.session_menu(row)
    hide_room = next(a for a in menu.actions() if a.text().startswith("Hide &room"))
    hide_room.trigger()
    reader = programme.library.reader_for("camp2019")
    assert reader is not None
    summaries = reader.session_summaries(reader.forum_range("camp2019")).values()
    in_room = sum(1 for s in summaries if s.room == session.room)
    assert programme.model.item_count() == total - in_room
    assert actions.show_hidden.isVisible()
    assert actions.hidden_label.text() == f"Hidd&en: {in_room}"
    assert not programme.model.find(session.guid).isValid()
    # It is the delegate's: a new window hides it too.
    close_window(window)
    window = _open_camp(qtbot, both, home)
    programme = window.programme
    actions = programme.list_actions
    assert programme.model.item_count() == total - in_room
    # "Show" lists what is hidden, and brings it back.
    show = actions.show_hidden.menu()
    show.aboutToShow.emit()
    texts = _menu_texts(show)
    assert f"Room: {session.room}" in texts
    next(a for a in show.actions() if a.text() == "Show &all").trigger()
    assert programme.model.item_count() == total
    assert not actions.show_hidden.isVisible()
    close_window(window)


def test_the_language_filter_lists_one_language(
    qtbot, both: CatalogLibrary, home: UserPaths
) -> None:
    window = _open_camp(qtbot, both, home)
    actions = window.programme.list_actions
    assert actions.language.isVisible()
    assert [actions.language.itemText(i) for i in range(actions.language.count())] == [
        "All languages",
        "German",
        "English",
    ]
    actions.language.setCurrentIndex(1)
    assert window.programme.model.item_count() == 24
    # A programme that gives no languages has no language filter.
    window.select_forum("attf-2025")
    assert not actions.language.isVisible()
    close_window(window)


@GRAB
def test_the_person_menu_copies_a_name_and_opens_a_session(
    qtbot, both: CatalogLibrary, home: UserPaths
) -> None:
    window = _open_camp(qtbot, both, home)
    window.tabs.setCurrentWidget(window.speakers)
    speakers = window.speakers
    qtbot.waitUntil(lambda: speakers.model.rowCount() > 0)
    view = speakers.view
    view.setFocus()
    view.setCurrentIndex(speakers.model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = speakers.list_actions.menu
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    person = speakers.model.speaker(0)
    actions = {a.text(): a for a in menu.actions()}
    menu.close()
    actions["&Copy name"].trigger()
    assert QGuiApplication.clipboard().text() == person.name
    sessions = actions["&Open a session"].menu()
    assert isinstance(sessions, QMenu) and sessions.actions()
    with qtbot.waitSignal(speakers.open_session):
        sessions.actions()[0].trigger()
    close_window(window)


def test_a_hidden_session_leaves_the_timetable_too(
    qtbot, both: CatalogLibrary, home: UserPaths
) -> None:
    window = _open_camp(qtbot, both, home)
    programme = window.programme
    row = programme.model.first_item_row()
    guid = programme.model.index(row, 0).data(Role.KEY)
    programme.set_timetable_shown(True)
    timetable = programme.timetable
    timetable.day.setCurrentIndex(timetable.day.findData("2019-08-21"))
    assert guid in [item.guid for item in timetable.items]
    item = HiddenItem("camp2019", HiddenKind.SESSION, guid, "A talk")
    data_of(window).set_hidden(item, True)
    assert guid not in [item.guid for item in timetable.items]
    data_of(window).set_hidden(item, False)
    assert guid in [item.guid for item in timetable.items]
    close_window(window)


def test_opening_a_hidden_session_says_that_it_is_hidden(
    qtbot, both: CatalogLibrary, home: UserPaths
) -> None:
    window = _open_camp(qtbot, both, home)
    programme = window.programme
    row = programme.model.first_item_row()
    guid = programme.model.index(row, 0).data(Role.KEY)
    session = programme.library.session(guid, "camp2019")
    assert session is not None
    data_of(window).set_hidden(HiddenItem("camp2019", HiddenKind.TRACK, session.track), True)
    with qtbot.waitSignal(programme.message) as said:
        assert not programme.select_session(guid)
    assert said.args == [
        f"“{session.title}” is hidden. Choose Show… below the list to see it again."
    ]
    close_window(window)
