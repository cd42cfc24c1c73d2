"""Notes you can work with, through the real window: edited in place, sorted, deleted with undo,
open in two places at once; the agenda's overlaps and undo; the Follow-ups view."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QPlainTextEdit,
    QWidget,
)

from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import CatalogReader, SessionFilter
from forumguide.domain.model import NoteTarget, Session, SessionSnapshot
from forumguide.paths import UserPaths
from forumguide.services.personal import snapshot_of
from forumguide.services.programmes import import_schedule
from forumguide.ui.followups_view import FollowUpsModel
from forumguide.ui.formatting import shortened
from forumguide.ui.main_window import AGENDA, NOTES, PROGRAMME, MainWindow
from forumguide.ui.models import OVERLAP_TITLE_SHOWN, AgendaModel
from forumguide.ui.notes_tab import FOLLOW_UPS_PAGE, NOTES_PAGE, NotesOrder
from forumguide.ui.widgets import AUTOSAVE_DELAY_MS
from tests.test_in_the_room import BRUSSELS, SCHEDULES, WIKI, _session
from tests.ui_helpers import close_window, data_of, focused, open_window

FORUM = "attf-2025"
SAVE_TIMEOUT_MS = AUTOSAVE_DELAY_MS * 5


def attf_sessions(library: CatalogLibrary) -> list[Session]:
    reader = library.reader_for(FORUM)
    assert reader is not None
    return reader.sessions(SessionFilter(FORUM))


def write_note(window: MainWindow, session: Session, text: str) -> None:
    data_of(window).save_note(
        NoteTarget.SESSION,
        session.guid,
        text,
        snapshot_of(session, window.library),
        session.forum_slug,
    )


def stored(paths: UserPaths, table: str = "note") -> list[str]:
    """The note texts in ``table``, as another program reads the file."""
    with closing(sqlite3.connect(paths.personal_store)) as connection:
        return [row[0] for row in connection.execute(f"SELECT body FROM {table} ORDER BY id")]


def select_note(window: MainWindow, row: int = 0) -> None:
    window.notes.view.setFocus()
    window.notes.view.setCurrentIndex(window.notes.model.index(row, 0))


def type_at_end(qtbot, editor, text: str) -> None:
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, text)


@pytest.fixture(scope="module")
def fosdem_catalog(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """FOSDEM 2021 (sessions with times, some overlapping) imported once for the module."""
    folder = tmp_path_factory.mktemp("catalogs")
    catalogs = CatalogLibrary()
    import_schedule(
        SCHEDULES / "fosdem-2021-pentabarf.xml", catalogs, folder, default_timezone=BRUSSELS
    )
    catalogs.close()
    return folder / "fosdem-2021.sqlite"


@pytest.fixture
def fosdem_library(fosdem_catalog: Path, bundled_path: Path) -> Iterator[CatalogLibrary]:
    catalogs = CatalogLibrary([CatalogReader(bundled_path), CatalogReader(fosdem_catalog)])
    yield catalogs
    catalogs.close()


@pytest.fixture
def window(qtbot, library: CatalogLibrary, home: UserPaths) -> Iterator[MainWindow]:
    opened = open_window(qtbot, library, home)
    yield opened
    close_window(opened)


# Editing in the Notes tab ----------------------------------------------------------------------


def test_a_note_is_edited_in_place_and_saved_as_typed(
    qtbot, window: MainWindow, home: UserPaths
) -> None:
    opening = attf_sessions(window.library)[0]
    write_note(window, opening, "Ask about C5+1")
    window.tabs.setCurrentIndex(NOTES)
    select_note(window)
    notes = window.notes
    assert notes.editor.text() == "Ask about C5+1"
    assert notes.editor.isEnabled() and not notes.editor.editor.isReadOnly()
    assert notes.times.text().startswith("Written ")
    assert "last edited" in notes.times.text()

    type_at_end(qtbot, notes.editor.editor, " and the platform")
    qtbot.waitUntil(
        lambda: stored(home) == ["Ask about C5+1 and the platform"], timeout=SAVE_TIMEOUT_MS
    )
    # The list follows, and the note stays selected in it.
    assert notes.model.note(0).beginning == "Ask about C5+1 and the platform"
    assert notes.selected_note() is not None
    assert notes.editor.editor.hasFocus()


def test_notes_sort_by_last_edited_forum_and_session_time(
    qtbot, fosdem_library: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, fosdem_library, home)
    wiki, base = _session(fosdem_library, WIKI), _session(fosdem_library, "The future of Base")
    opening = attf_sessions(fosdem_library)[0]  # no time yet
    write_note(window, wiki, "wiki note")
    write_note(window, opening, "opening note")
    write_note(window, base, "base note")
    data_of(window).save_note(
        NoteTarget.SPEAKER, "joshua-lincoln", "person note", SessionSnapshot(title="J. Lincoln")
    )
    # Saved within one second: the store's order of last edit is told by the saves themselves.
    with closing(sqlite3.connect(home.personal_store)) as connection:
        for second, text in enumerate(["wiki note", "opening note", "base note", "person note"]):
            connection.execute(
                "UPDATE note SET updated_at = ? WHERE body = ?",
                (f"2026-01-01T10:00:0{second}+00:00", text),
            )
        connection.commit()
    window.tabs.setCurrentIndex(NOTES)
    notes = window.notes

    def order() -> list[str]:
        return [notes.model.note(row).beginning for row in range(notes.model.rowCount())]

    assert order() == ["person note", "base note", "opening note", "wiki note"]
    notes.sort_box.setCurrentIndex(notes.sort_box.findData(NotesOrder.FORUM.value))
    # The bundled forums come before the imported one; people last.
    assert order() == ["opening note", "wiki note", "base note", "person note"]
    notes.sort_box.setCurrentIndex(notes.sort_box.findData(NotesOrder.TIME.value))
    assert order() == ["wiki note", "base note", "opening note", "person note"]
    close_window(window)


# One note, two editors ---------------------------------------------------------------------------


def test_an_editor_shows_what_the_other_saved_and_types_on_from_it(
    qtbot, window: MainWindow, home: UserPaths
) -> None:
    opening = attf_sessions(window.library)[0]
    write_note(window, opening, "A")
    window.open_session(opening.guid, FORUM)
    assert window.programme.notes.text() == "A"

    window.tabs.setCurrentIndex(NOTES)
    select_note(window)
    type_at_end(qtbot, window.notes.editor.editor, " newer")
    window.tabs.setCurrentIndex(PROGRAMME)  # saves at once
    assert stored(home) == ["A newer"]
    assert window.programme.notes.text() == "A newer"

    type_at_end(qtbot, window.programme.notes.editor, " and on")
    assert window.flush_notes()
    assert stored(home) == ["A newer and on"]


def test_two_editors_changing_one_note_at_once_keep_both_texts(
    qtbot, window: MainWindow, home: UserPaths
) -> None:
    opening = attf_sessions(window.library)[0]
    write_note(window, opening, "Shared start")
    window.open_session(opening.guid, FORUM)
    session_editor = window.programme.notes
    # Typed beside the session, not saved yet...
    session_editor.editor.setFocus()
    session_editor.editor.moveCursor(QTextCursor.MoveOperation.End)
    session_editor.editor.insertPlainText("\nTyped beside the session")
    assert session_editor.dirty
    # ...while the Notes tab saves its own change to the same note (the keyboard stays beside
    # the session: leaving its editor would save it).
    window.notes.reload()
    window.notes.view.setCurrentIndex(window.notes.model.index(0, 0))
    notes_editor = window.notes.editor
    assert notes_editor.text() == "Shared start"
    notes_editor.editor.appendPlainText("Typed in the Notes tab")
    assert notes_editor.flush()
    assert stored(home) == ["Shared start\nTyped in the Notes tab"]

    assert session_editor.flush()
    (kept,) = stored(home)
    assert kept.startswith("Shared start\nTyped in the Notes tab")
    assert kept.endswith("Typed beside the session")
    assert session_editor.text() == kept
    assert "both texts are kept" in session_editor.status.text()
    # And the Notes tab, which has nothing unsaved, shows what is stored.
    assert notes_editor.text() == kept


# Deleting a note, and undo ---------------------------------------------------------------------


def test_a_deleted_note_comes_back_with_the_banner_button_and_with_ctrl_z(
    qtbot, window: MainWindow, home: UserPaths
) -> None:
    opening = attf_sessions(window.library)[0]
    write_note(window, opening, "Send the paper")
    created = data_of(window).store.note(NoteTarget.SESSION, opening.guid, FORUM)
    window.tabs.setCurrentIndex(NOTES)
    select_note(window)
    qtbot.keyClick(window.notes.view, Qt.Key.Key_Delete)
    assert stored(home) == []
    assert stored(home, "deleted_note") == ["Send the paper"]  # not final yet
    assert window.notes.model.rowCount() == 0
    bar = window.undo.bar
    assert bar.isVisible()
    assert bar.label.text() == f"Note deleted: {opening.title}"

    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    assert stored(home) == ["Send the paper"]
    assert data_of(window).store.note(NoteTarget.SESSION, opening.guid, FORUM) == created
    assert not bar.isVisible()
    assert window.notes.model.rowCount() == 1

    select_note(window)
    window.notes.delete_button.click()
    assert stored(home) == []
    # Ctrl+Z in a text field undoes typing there, not the deletion.
    window.search.setFocus()
    qtbot.keyClicks(window.search, "x")
    qtbot.keyClick(window.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.search.text() == ""
    assert stored(home) == []
    window.notes.view.setFocus()
    qtbot.keyClick(focused(window), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(home) == ["Send the paper"]
    assert not window.undo.action.isEnabled()


def test_an_undo_that_fails_keeps_the_note_for_another_try(
    qtbot, window: MainWindow, home: UserPaths
) -> None:
    opening = attf_sessions(window.library)[0]
    write_note(window, opening, "Kept through a failed undo")
    window.tabs.setCurrentIndex(NOTES)
    select_note(window)
    window.notes.delete_selected()
    store = data_of(window).store

    def read_only(connection: sqlite3.Connection) -> None:
        connection.execute("PRAGMA query_only=ON")

    store.connection_hooks.append(read_only)
    assert window.undo.undo() is False
    assert "could not be put back" in window.undo.bar.label.text()
    assert window.undo.action.isEnabled()
    store.connection_hooks.remove(read_only)
    assert stored(home, "deleted_note") == ["Kept through a failed undo"]
    assert window.undo.undo() is True
    assert stored(home) == ["Kept through a failed undo"]


def test_a_deletion_is_final_only_when_it_can_no_longer_be_undone(
    qtbot, library: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, library, home)
    write_note(window, attf_sessions(library)[0], "Deleted before closing")
    window.tabs.setCurrentIndex(NOTES)
    select_note(window)
    window.notes.delete_selected()
    close_window(window)
    assert stored(home, "deleted_note") == ["Deleted before closing"]
    again = open_window(qtbot, library, home)
    assert stored(home, "deleted_note") == []
    assert not again.undo.action.isEnabled()
    close_window(again)


# My agenda ---------------------------------------------------------------------------------------


def test_the_agenda_names_overlaps_and_delete_removes_a_bookmark_with_undo(
    qtbot, fosdem_library: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, fosdem_library, home)
    data = data_of(window)
    wiki = _session(fosdem_library, WIKI)  # 11:15-12:00
    thola = _session(fosdem_library, "Introducing Thola")  # 11:35-12:20
    base = _session(fosdem_library, "The future of Base")  # 12:00-12:45
    for session in (wiki, thola, base):
        data.set_bookmarked(session, True)
    window.tabs.setCurrentIndex(AGENDA)
    model = window.agenda.model

    def status(session: Session, role: int = Qt.ItemDataRole.DisplayRole) -> str:
        index = model.find(session.guid, session.forum_slug)
        return str(index.siblingAtColumn(AgendaModel.STATUS).data(role) or "")

    assert status(wiki) == "⚠ Overlaps “Introducing Thola”"
    # Titles are cut short in the column; the tooltip has them whole.
    assert status(thola) == f"⚠ Overlaps “{shortened(WIKI, OVERLAP_TITLE_SHOWN)}” and 1 more"
    tip = status(thola, Qt.ItemDataRole.ToolTipRole)
    assert WIKI in tip and "The future of Base" in tip
    assert status(base) == "⚠ Overlaps “Introducing Thola”"

    before = data.store.bookmark(thola.guid, thola.forum_slug)
    view = window.agenda.view
    view.setFocus()
    view.setCurrentIndex(model.find(thola.guid, thola.forum_slug))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert not data.is_bookmarked((thola.forum_slug, thola.guid))
    assert status(wiki) == "" and status(base) == ""
    assert window.undo.bar.label.text() == "Bookmark removed: Introducing Thola"
    # The next bookmark is selected, so Delete can go on.
    assert window.agenda.selected_key() == (base.forum_slug, base.guid)

    qtbot.keyClick(focused(window), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert data.store.bookmark(thola.guid, thola.forum_slug) == before
    assert status(thola).startswith("⚠ Overlaps")

    # Ctrl+D in My agenda removes too, and is undone alike.
    view.setCurrentIndex(model.find(wiki.guid, wiki.forum_slug))
    qtbot.keyClick(focused(window), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert not data.is_bookmarked((wiki.forum_slug, wiki.guid))
    window.undo.bar.undo_button.click()
    assert data.is_bookmarked((wiki.forum_slug, wiki.guid))
    close_window(window)


# Follow-ups ---------------------------------------------------------------------------------------


def test_ticking_a_follow_up_writes_x_into_the_note_and_survives_a_restart(
    qtbot, library: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, library, home)
    opening = attf_sessions(library)[0]
    write_note(window, opening, "Met the team.\n[ ] Send the paper\n- [ ] Ask about C5+1")
    data_of(window).save_note(
        NoteTarget.SPEAKER, "joshua-lincoln", "[ ] Ask for the slides", SessionSnapshot()
    )
    window.open_session(opening.guid, FORUM)
    window.programme.view.setFocus()

    qtbot.keyClick(focused(window), Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == NOTES
    assert window.notes.pages.currentIndex() == FOLLOW_UPS_PAGE
    follow_ups = window.notes.follow_ups
    assert follow_ups.view.hasFocus()
    model = follow_ups.model
    rows = [
        (model.index(r, 0).data(), model.index(r, FollowUpsModel.SOURCE).data())
        for r in range(model.rowCount())
    ]
    assert sorted(rows) == sorted(
        [
            ("Send the paper", opening.title),
            ("Ask about C5+1", opening.title),
            ("Ask for the slides", "Person: Joshua Lincoln"),
        ]
    )
    assert follow_ups.summary.text() == "Open follow-ups: 3 of 3"

    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Send the paper")
    follow_ups.view.setCurrentIndex(model.index(row, FollowUpsModel.SOURCE))
    qtbot.keyClick(follow_ups.view, Qt.Key.Key_Space)
    note = "Met the team.\n[x] Send the paper\n- [ ] Ask about C5+1"
    ticked = data_of(window).store.note(NoteTarget.SESSION, opening.guid, FORUM)
    assert ticked is not None and ticked.text == note
    # The session's own editor follows.
    assert window.programme.notes.text() == note
    assert follow_ups.summary.text() == "Open follow-ups: 2 of 3"

    # A click on a box goes the same way.
    ask = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Ask about C5+1")
    model.setData(model.index(ask, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: follow_ups.summary.text() == "Open follow-ups: 1 of 3")
    close_window(window)

    again = open_window(qtbot, library, home)
    kept = data_of(again).store.note(NoteTarget.SESSION, opening.guid, FORUM)
    assert kept is not None
    assert kept.text == "Met the team.\n[x] Send the paper\n- [x] Ask about C5+1"
    again.show_follow_ups()
    assert again.notes.follow_ups.summary.text() == "Open follow-ups: 1 of 3"
    again.notes.show_page(NOTES_PAGE)
    assert again.notes.view.hasFocus()
    close_window(again)


def test_the_follow_ups_model(qtmodeltester, qtbot, window: MainWindow) -> None:
    write_note(window, attf_sessions(window.library)[0], "[ ] one\n[x] two")
    window.show_follow_ups()
    model = window.notes.follow_ups.model
    assert model.rowCount() == 2
    assert model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.index(1, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    qtmodeltester.check(model, force_py=True)


def test_a_follow_up_changed_in_its_note_meanwhile_is_not_ticked(
    qtbot, window: MainWindow, home: UserPaths
) -> None:
    opening = attf_sessions(window.library)[0]
    write_note(window, opening, "[ ] Call Aigerim")
    window.show_follow_ups()
    follow_ups = window.notes.follow_ups
    shown = list(follow_ups.model.entries)
    write_note(window, opening, "A new first line\n[ ] Call Aigerim")
    follow_ups.model.set_entries(shown)  # as if the list had not followed yet
    follow_ups._tick(0, True)
    assert "changed in its note meanwhile" in window.banner.message()
    assert stored(home) == ["A new first line\n[ ] Call Aigerim"]


def test_the_new_views_have_accessible_names_and_follow_a_language_change(
    qtbot, window: MainWindow
) -> None:
    write_note(window, attf_sessions(window.library)[0], "[ ] one")
    window.tabs.setCurrentIndex(NOTES)
    select_note(window)
    window.notes.delete_selected()  # shows the undo strip
    window.undo.undo()
    select_note(window)
    assert window.notes.delete_selected()
    missing = []
    for page in (NOTES_PAGE, FOLLOW_UPS_PAGE):
        window.notes.show_page(page)
        for widget in window.findChildren(QWidget):
            controls = (QAbstractButton, QComboBox, QAbstractItemView, QPlainTextEdit)
            if not widget.isVisible() or not isinstance(widget, controls):
                continue
            if isinstance(widget, QHeaderView) or isinstance(widget.parent(), QComboBox):
                continue
            label = widget.accessibleName() or (
                widget.text() if isinstance(widget, QAbstractButton) else ""
            )
            if not label.strip():
                missing.append(type(widget).__name__)
    assert missing == []
    assert window.undo.bar.isVisible()
    # Texts are set again on a language change (here: the same language).
    window.notes.sort_box.setCurrentIndex(window.notes.sort_box.findData(NotesOrder.TIME.value))
    QApplication.sendEvent(window.notes, QEvent(QEvent.Type.LanguageChange))
    QApplication.sendEvent(window.undo.bar, QEvent(QEvent.Type.LanguageChange))
    assert window.notes.sort_box.currentData() == NotesOrder.TIME.value
    assert window.notes.follow_ups_button.text() == "Follow-&ups"
    assert window.undo.bar.undo_button.text() == "Undo"


def test_ctrl_z_in_a_note_undoes_typing_there_not_a_deletion(
    qtbot, window: MainWindow, home: UserPaths
) -> None:
    first, second = attf_sessions(window.library)[:2]
    write_note(window, first, "to delete")
    write_note(window, second, "kept")
    window.tabs.setCurrentIndex(NOTES)
    model = window.notes.model
    rows = {model.note(row).beginning: row for row in range(model.rowCount())}
    select_note(window, rows["to delete"])
    assert window.notes.editor.text() == "to delete"
    window.notes.delete_selected()
    select_note(window, 0)
    editor = window.notes.editor.editor
    type_at_end(qtbot, editor, "!")
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.notes.editor.text() == "kept"
    assert window.undo.action.isEnabled()
    assert stored(home, "deleted_note") == ["to delete"]


def test_the_notes_order_chosen_is_kept_for_the_next_start(
    qtbot, library: CatalogLibrary, home: UserPaths
) -> None:
    window = open_window(qtbot, library, home)
    box = window.notes.sort_box
    box.setCurrentIndex(box.findData(NotesOrder.FORUM.value))
    assert window.notes.order is NotesOrder.FORUM
    close_window(window)
    window = open_window(qtbot, library, home)
    assert window.notes.order is NotesOrder.FORUM
    assert window.notes.sort_box.currentData() == NotesOrder.FORUM.value
    close_window(window)
