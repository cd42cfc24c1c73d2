"""The export commands in a real window: menus, tab buttons, dialogs, messages."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QRadioButton,
    QSpinBox,
)

from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import SessionFilter
from forumguide.domain.hidden import HiddenItem, HiddenKind
from forumguide.domain.model import NoteTarget, SessionSnapshot
from forumguide.interchange.ics import event_uid
from forumguide.interchange.personal_file import FORMAT_NAME, NOTE_SEPARATOR
from forumguide.paths import UserPaths
from forumguide.ui.export_flow import CalendarOptionsDialog, chosen_kind
from forumguide.ui.main_window import MainWindow
from forumguide.ui.models import Role
from tests.ui_helpers import close_window, data_of, open_window

DAY = date(2025, 12, 7)  # the Doha Forum session, the bundled programme's one dated session


@pytest.fixture
def window(qtbot, library: CatalogLibrary, home: UserPaths):
    opened = open_window(qtbot, library, home)
    yield opened
    close_window(opened)


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path, selected: str = "") -> list[str]:
    """Answer the save dialog with ``path``; returns the suggestions it was given."""
    suggestions: list[str] = []

    def answer(_parent: Any, _title: str, suggestion: str, filters: str) -> tuple[str, str]:
        suggestions.append(suggestion)
        return str(path), selected or filters.split(";;", maxsplit=1)[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return suggestions


def capture_warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []

    def warn(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        messages.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warn)
    return messages


def bookmark_bundled(window: MainWindow, library: CatalogLibrary) -> list[str]:
    data = data_of(window)
    guids = []
    for forum in library.forums():
        reader = library.reader_for(forum.slug)
        assert reader is not None
        for session in reader.sessions(SessionFilter(forum.slug)):
            assert data.set_bookmarked(session, True)
            guids.append(session.guid)
    return guids


def answer_options_dialog(qtbot, configure) -> None:
    """Fill in the real options dialog once it is open, then press its Export button."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CalendarOptionsDialog)
        try:
            configure(dialog)
        except BaseException:
            dialog.reject()  # a failed check must not leave the test waiting on the dialog
            raise
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        qtbot.mouseClick(
            buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    QTimer.singleShot(0, fill)


def test_file_menu_has_the_export_commands(window: MainWindow) -> None:
    window.file_menu.aboutToShow.emit()  # as when the menu opens
    texts = [action.text() for action in window.file_menu.actions() if action.text()]
    for expected in (
        "Export bookmarks to &calendar…",
        "Export &notes…",
        "Export pro&gramme…",
        "Export personal da&ta…",
        "I&mport personal data…",
    ):
        assert expected in texts
    assert window.agenda.export_button.accessibleName()
    assert window.notes.export_button.accessibleName()
    assert "&" in window.agenda.export_button.text()


def test_calendar_export_from_the_agenda_button(
    qtbot, window: MainWindow, library: CatalogLibrary, tmp_path: Path, monkeypatch
) -> None:
    guids = bookmark_bundled(window, library)
    target = tmp_path / "my agenda.ics"
    suggestions = save_to(monkeypatch, target)

    def configure(dialog: CalendarOptionsDialog) -> None:
        for kind in (QRadioButton, QCheckBox, QComboBox, QSpinBox):
            for control in dialog.findChildren(kind):
                assert control.accessibleName(), control
        dialog.day_button.setChecked(True)
        index = dialog.day_box.findData(DAY.isoformat())
        assert index >= 0
        dialog.day_box.setCurrentIndex(index)
        dialog.remind.setChecked(True)
        dialog.minutes.setValue(30)

    window.tabs.setCurrentWidget(window.agenda)
    answer_options_dialog(qtbot, configure)
    qtbot.mouseClick(window.agenda.export_button, Qt.MouseButton.LeftButton)

    assert Path(suggestions[0]).suffix == ".ics"
    calendar = Calendar.from_ical(target.read_bytes())
    uids = {str(event["uid"]) for event in calendar.walk("VEVENT")}
    sessions = library.sessions_by_guid(guids)
    on_day = {event_uid(g) for g, s in sessions.items() if s.day == DAY}
    assert on_day and uids == on_day
    assert "Saved" in window.banner.label.text()


def test_notes_export_as_pdf_by_the_chosen_filter(
    qtbot, window: MainWindow, library: CatalogLibrary, tmp_path: Path, monkeypatch
) -> None:
    data = data_of(window)
    session = next(iter(library.sessions_by_guid(bookmark_bundled(window, library)).values()))
    data.save_note(NoteTarget.SESSION, session.guid, "Қазақстан және ёлка", SessionSnapshot())
    target = tmp_path / "notes"  # no extension: the chosen filter decides the format
    save_to(monkeypatch, target, selected="PDF documents (*.pdf)")
    window.tabs.setCurrentWidget(window.notes)
    qtbot.mouseClick(window.notes.export_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")


def test_programme_export_writes_json_for_a_json_name(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    window.select_forum("attf-2025")
    target = tmp_path / "attf.json"
    suggestions = save_to(monkeypatch, target)
    window.export_flow.programme_action.trigger()
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["schedule"]["conference"]["acronym"] == "attf_2025"
    assert Path(suggestions[0]).name == "Astana Think Tank Forum 2025.xml"


def test_an_unwritable_folder_is_reported_and_leaves_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    window.select_forum("attf-2025")
    warnings = capture_warnings(monkeypatch)
    exports = tmp_path / "exports"
    exports.mkdir()
    save_to(monkeypatch, exports / "no such folder" / "attf.xml")
    window.export_flow.programme_action.trigger()
    assert len(warnings) == 1
    assert "Nothing was written" in warnings[0]
    assert "the folder does not exist" in warnings[0]
    assert list(exports.iterdir()) == []


def test_personal_data_round_trip_through_the_window(
    window: MainWindow, library: CatalogLibrary, tmp_path: Path, monkeypatch
) -> None:
    data = data_of(window)
    session = next(iter(library.sessions_by_guid(bookmark_bundled(window, library)).values()))
    data.save_note(
        NoteTarget.SESSION,
        session.guid,
        "From this computer",
        SessionSnapshot(),
        session.forum_slug,
    )
    target = tmp_path / "personal.json"
    save_to(monkeypatch, target)
    window.export_flow.export_personal_action.trigger()
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == FORMAT_NAME

    # The same file, edited on another computer: a different note text and one bookmark fewer.
    document["notes"][0]["text"] = "From the other computer"
    document["notes"][0]["updated_at"] = "2099-01-01T00:00:00+00:00"
    target.write_text(json.dumps(document), encoding="utf-8")
    data.set_bookmarked(session, False)
    window.open_session(session.guid, session.forum_slug)  # shows this computer's text
    assert window.programme.notes.text() == "From this computer"
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_args: (str(target), "ForumGuide personal data")
    )
    window.export_flow.import_personal_action.trigger()

    assert data.is_bookmarked((session.forum_slug, session.guid))
    note = data.note(NoteTarget.SESSION, session.guid, session.forum_slug)
    assert note is not None
    assert note.text == "From the other computer" + NOTE_SEPARATOR + "From this computer"
    assert window.programme.notes.text() == note.text
    assert "Imported personal.json" in window.banner.label.text()
    assert window.agenda.model.rowCount() > 0


def test_a_bad_personal_file_is_refused(window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    warnings = capture_warnings(monkeypatch)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "forumguide-personal-data", "version": 99}', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(bad), ""))
    window.export_flow.import_personal_action.trigger()
    assert len(warnings) == 1
    assert "newer version" in warnings[0]
    assert data_of(window).bookmarks() == []


def test_chosen_kind() -> None:
    kinds = {".md": "md", ".pdf": "pdf"}
    assert chosen_kind(Path("a.pdf"), "Markdown (*.md)", kinds, "md") == "pdf"
    assert chosen_kind(Path("a"), "PDF documents (*.pdf)", kinds, "md") == "pdf"
    assert chosen_kind(Path("a.txt"), "", kinds, "md") == "md"


def test_what_was_hidden_comes_back_with_the_personal_data(
    window: MainWindow, library: CatalogLibrary, tmp_path: Path, monkeypatch
) -> None:
    data = data_of(window)
    window.select_forum("attf-2025")
    programme = window.programme
    shown = programme.model.item_count()
    row = programme.model.first_item_row()
    guid = programme.model.index(row, 0).data(Role.KEY)
    item = HiddenItem("attf-2025", HiddenKind.SESSION, guid, "A session")
    assert data.set_hidden(item, True)
    assert programme.model.item_count() == shown - 1
    target = tmp_path / "personal.json"
    save_to(monkeypatch, target)
    window.export_flow.export_personal_action.trigger()

    # On the other computer nothing is hidden yet.
    assert data.set_hidden(item, False)
    assert programme.model.item_count() == shown
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_args: (str(target), "ForumGuide personal data")
    )
    window.export_flow.import_personal_action.trigger()
    assert data.hidden_items("attf-2025") == [item]
    assert programme.model.item_count() == shown - 1
    assert "1 hidden room(s), track(s) or session(s) added." in window.banner.label.text()
