"""Exporting from the window: bookmarks to a calendar, notes, a programme, the personal data.

Each command asks what to write (a small options dialog for calendars) and where (a save
dialog), writes the file in one step so that a failure leaves nothing half-written, and tells
the user what was written or, in a message box, why nothing was. A file name the user types is
used as given; the format follows the name's extension when it has a known one, else the
filter chosen in the dialog. Importing a personal-data file merges it into the store in one
transaction and keeps every note's text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import SessionFilter
from forumguide.domain.model import Note, NoteTarget, Programme
from forumguide.interchange.session_text import Wording, session_day
from forumguide.personal import PersonalStoreError
from forumguide.ui.formatting import TimeFormatter, long_date, tr

if TYPE_CHECKING:
    from forumguide.interchange.ics import CalendarOptions
    from forumguide.ui.main_window import MainWindow

log = logging.getLogger(__name__)

FOLDER_SETTING = "export/folder"
DEFAULT_REMINDER_MINUTES = 15
MESSAGE_KEY = "export"


def export_wording() -> Wording:
    """The phrases exports write, in the user's language."""
    formatter = TimeFormatter()
    return Wording(
        speakers=tr("Speakers"),
        time_to_be_confirmed=tr("Time to be confirmed."),
        end_to_be_confirmed=tr("End time to be confirmed."),
        my_note=tr("My note"),
        reminder=tr("Reminder: {title}"),
        calendar_name=tr("My agenda"),
        notes_title=tr("My notes"),
        exported_on=tr("Exported on {date}."),
        people=tr("People"),
        removed_sessions=tr("Sessions no longer in the programme"),
        removed=tr("removed from the programme"),
        updated=tr("Updated {date}"),
        room=tr("Room"),
        note_count=tr("{count} notes"),
        when=formatter.when,
    )


def programme_of(library: CatalogLibrary, forum_slug: str) -> Programme:
    """One forum with its sessions and people, read from the catalog that holds it."""
    forum = library.forum(forum_slug)
    reader = library.reader_for(forum_slug)
    if forum is None or reader is None:
        return Programme(forums=())
    sessions = reader.sessions(SessionFilter(forum_slug))
    speakers = reader.speakers(forum_slug=forum_slug)
    return Programme(forums=(forum,), sessions=tuple(sessions), speakers=tuple(speakers))


def chosen_kind(path: Path, selected_filter: str, kinds: dict[str, str], default: str) -> str:
    """The format to write: the name's known extension, else the dialog's filter, else default.

    ``kinds`` maps an extension (``".pdf"``) to a format name.
    """
    suffix = path.suffix.lower()
    if suffix in kinds:
        return kinds[suffix]
    for extension, kind in kinds.items():
        if f"*{extension}" in selected_filter:
            return kind
    return default


class CalendarOptionsDialog(QDialog):
    """What to put in a calendar file: which bookmarks, a reminder, the user's notes."""

    def __init__(
        self,
        forum_name: str,
        days: Iterable[date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export bookmarks to calendar"))
        self.setAccessibleName(tr("Calendar export options"))
        intro = QLabel(tr("Which bookmarked sessions should go into the calendar file?"), self)
        intro.setWordWrap(True)
        self.all_button = QRadioButton(tr("&All bookmarks"), self)
        self.all_button.setAccessibleName(tr("All bookmarks"))
        self.forum_button = QRadioButton(
            tr("Bookmarks of this &forum: {forum}").format(forum=forum_name), self
        )
        self.forum_button.setAccessibleName(tr("Bookmarks of this forum"))
        self.forum_button.setEnabled(bool(forum_name))
        self.day_button = QRadioButton(tr("Bookmarks of one &day:"), self)
        self.day_button.setAccessibleName(tr("Bookmarks of one day"))
        self.day_box = QComboBox(self)
        self.day_box.setAccessibleName(tr("Day"))
        for day in sorted(set(days)):
            self.day_box.addItem(long_date(day), day.isoformat())
        has_days = self.day_box.count() > 0
        self.day_button.setEnabled(has_days)
        self.day_box.setEnabled(False)
        self.day_button.toggled.connect(self.day_box.setEnabled)
        self.scope = QButtonGroup(self)
        for button in (self.all_button, self.forum_button, self.day_button):
            self.scope.addButton(button)
        self.all_button.setChecked(True)

        self.remind = QCheckBox(tr("&Remind me before each session"), self)
        self.remind.setAccessibleName(tr("Remind me before each session"))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(DEFAULT_REMINDER_MINUTES)
        self.minutes.setSuffix(tr(" minutes before"))
        self.minutes.setAccessibleName(tr("Minutes before the session"))
        self.minutes.setEnabled(False)
        self.remind.toggled.connect(self.minutes.setEnabled)
        self.include_notes = QCheckBox(tr("Include my &notes in the descriptions"), self)
        self.include_notes.setAccessibleName(tr("Include my notes"))
        explanation = QLabel(
            tr(
                "Sessions whose time is not announced yet become all-day events that say so; "
                "those without a date are left out."
            ),
            self,
        )
        explanation.setWordWrap(True)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("&Export…"))
        ok.setAccessibleName(tr("Export"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        grid = QGridLayout()
        grid.addWidget(self.all_button, 0, 0, 1, 2)
        grid.addWidget(self.forum_button, 1, 0, 1, 2)
        grid.addWidget(self.day_button, 2, 0)
        grid.addWidget(self.day_box, 2, 1)
        grid.addWidget(self.remind, 3, 0)
        grid.addWidget(self.minutes, 3, 1)
        grid.addWidget(self.include_notes, 4, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(explanation)
        layout.addWidget(buttons)

    def options(self, forum_slug: str) -> CalendarOptions:
        from forumguide.interchange.ics import CalendarOptions, CalendarScope  # noqa: PLC0415

        scope = CalendarScope()
        if self.forum_button.isChecked():
            scope = CalendarScope(forum_slug=forum_slug)
        elif self.day_button.isChecked() and self.day_box.currentData():
            scope = CalendarScope(day=date.fromisoformat(str(self.day_box.currentData())))
        return CalendarOptions(
            scope=scope,
            reminder_minutes=self.minutes.value() if self.remind.isChecked() else None,
            include_notes=self.include_notes.isChecked(),
        )


class ExportFlow(QObject):
    """The window's export and personal-data commands, as actions for its menus and tabs."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.calendar_action = self._action(
            tr("Export bookmarks to &calendar…"),
            tr("Save your bookmarked sessions as an iCalendar (.ics) file"),
            self.export_calendar,
        )
        self.notes_action = self._action(
            tr("Export &notes…"),
            tr("Save your notes as a Markdown or PDF document"),
            self.export_notes,
        )
        self.programme_action = self._action(
            tr("Export &programme…"),
            tr("Save the programme of the current forum as a frab schedule (XML or JSON)"),
            self.export_programme,
        )
        self.export_personal_action = self._action(
            tr("Export personal &data…"),
            tr("Save your bookmarks and notes to a file, to move them to another computer"),
            self.export_personal_data,
        )
        self.import_personal_action = self._action(
            tr("I&mport personal data…"),
            tr("Add the bookmarks and notes of a personal-data file to yours"),
            self.import_personal_data,
        )

    def _action(self, text: str, tip: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.window)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    @property
    def actions(self) -> tuple[QAction, ...]:
        return (
            self.calendar_action,
            self.notes_action,
            self.programme_action,
            self.export_personal_action,
            self.import_personal_action,
        )

    # Dialog helpers ----------------------------------------------------------------------

    def _folder(self) -> Path:
        saved = str(self.window.settings.value(FOLDER_SETTING, "") or "")
        if saved and Path(saved).is_dir():
            return Path(saved)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _save_path(self, title: str, name: str, suffix: str, filters: str) -> tuple[Path, str]:
        """Ask where to save; the suggested name is made safe, the chosen one used as given."""
        from forumguide.interchange.atomic import ExportError, path_in_folder  # noqa: PLC0415

        folder = self._folder()
        try:
            suggestion = path_in_folder(folder, name, suffix=suffix)
        except ExportError:
            suggestion = folder / f"export{suffix}"
        chosen, selected = QFileDialog.getSaveFileName(self.window, title, str(suggestion), filters)
        if not chosen:
            return Path(), ""
        path = Path(chosen)
        self.window.settings.setValue(FOLDER_SETTING, str(path.parent))
        return path, selected

    def _failed(self, title: str, error: Exception) -> None:
        log.warning("%s: %s", title, error)
        QMessageBox.warning(
            self.window,
            title,
            tr("Nothing was written.\n\n{reason}").format(reason=error),
        )

    def _done(self, text: str) -> None:
        self.window.show_banner(text)

    def _data_or_warn(self, title: str) -> bool:
        if self.window.data is None:
            QMessageBox.information(
                self.window, title, tr("Your bookmarks and notes are not open yet.")
            )
            return False
        return True

    # Calendar ----------------------------------------------------------------------------

    def export_calendar(self) -> None:
        from forumguide.interchange.atomic import ExportError, write_atomically  # noqa: PLC0415
        from forumguide.interchange.ics import bookmarks_to_ics  # noqa: PLC0415

        title = tr("Export bookmarks to calendar")
        if not self._data_or_warn(title):
            return
        data = self.window.data
        assert data is not None
        library = self.window.library
        bookmarks = data.bookmarks()
        if not bookmarks:
            QMessageBox.information(
                self.window,
                title,
                tr("You have no bookmarks yet. Bookmark sessions in Programme with Ctrl+D."),
            )
            return
        sessions = library.sessions_by_guid(b.session_guid for b in bookmarks)
        forum_slug = self.window.current_forum()
        forum = library.forum(forum_slug)
        days = [d for d in (session_day(s) for s in sessions.values()) if d is not None]
        dialog = CalendarOptionsDialog(forum.name if forum else "", days, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        options = dialog.options(forum_slug)
        notes: dict[str, Note] = {}
        self.window.flush_notes()  # the note being typed belongs in the export
        try:
            if options.include_notes:
                notes = {n.key: n for n in data.notes() if n.target is NoteTarget.SESSION}
        except PersonalStoreError as error:
            self._failed(title, error)
            return
        speakers = library.speakers_by_slug(
            a.speaker_slug for s in sessions.values() for a in s.appearances
        )
        forums = {f.slug: f for f in library.forums()}
        export = bookmarks_to_ics(
            bookmarks,
            sessions,
            forums,
            speakers,
            notes=notes,
            options=options,
            wording=export_wording(),
        )
        if export.exported == 0:
            QMessageBox.information(
                self.window,
                title,
                tr(
                    "None of the chosen bookmarks has a date yet ({skipped} left out), so "
                    "there is nothing to put in a calendar."
                ).format(skipped=export.skipped),
            )
            return
        scope = options.scope
        if scope.day is not None:
            name = tr("My agenda {date}").format(date=scope.day.isoformat())
        elif scope.forum_slug and forum is not None:
            name = tr("My agenda - {forum}").format(forum=forum.name)
        else:
            name = tr("My agenda")
        path, _selected = self._save_path(
            title, name, ".ics", tr("iCalendar files (*.ics);;All files (*)")
        )
        if not path.name:
            return
        try:
            write_atomically(path, export.data)
        except ExportError as error:
            self._failed(title, error)
            return
        message = tr("Saved %n session(s) to {file}.", "", export.exported).format(file=path)
        if export.undated:
            message += " " + tr("%n session(s) without a date were left out.", "", export.undated)
        if export.removed:
            message += " " + tr(
                "%n session(s) no longer in the programme were left out.", "", export.removed
            )
        self._done(message)

    # Notes -------------------------------------------------------------------------------

    def export_notes(self) -> None:
        from forumguide.interchange.atomic import ExportError, write_atomically  # noqa: PLC0415
        from forumguide.interchange.notes_export import (  # noqa: PLC0415
            arrange_notes,
            notes_to_markdown,
            notes_to_pdf,
        )

        title = tr("Export notes")
        if not self._data_or_warn(title):
            return
        data = self.window.data
        assert data is not None
        self.window.flush_notes()
        try:
            notes = data.notes()
        except PersonalStoreError as error:
            self._failed(title, error)
            return
        if not notes:
            QMessageBox.information(self.window, title, tr("You have no notes yet."))
            return
        library = self.window.library
        sessions = library.sessions_by_guid(n.key for n in notes if n.target is NoteTarget.SESSION)
        slugs = [a.speaker_slug for s in sessions.values() for a in s.appearances]
        slugs += [n.key for n in notes if n.target is NoteTarget.SPEAKER]
        wording = export_wording()
        sections = arrange_notes(
            notes, sessions, library.forums(), library.speakers_by_slug(slugs), wording
        )
        path, selected = self._save_path(
            title,
            tr("My notes"),
            ".md",
            tr("Markdown (*.md);;PDF documents (*.pdf)"),
        )
        if not path.name:
            return
        kind = chosen_kind(path, selected, {".md": "md", ".markdown": "md", ".pdf": "pdf"}, "md")
        try:
            if kind == "pdf":
                write_atomically(path, notes_to_pdf(sections, wording))
            else:
                write_atomically(path, notes_to_markdown(sections, wording))
        except ExportError as error:
            self._failed(title, error)
            return
        self._done(tr("Saved %n note(s) to {file}.", "", len(notes)).format(file=path))

    # Programme ---------------------------------------------------------------------------

    def export_programme(self) -> None:
        from forumguide.interchange.atomic import ExportError, write_atomically  # noqa: PLC0415
        from forumguide.interchange.frab_export import (  # noqa: PLC0415
            programme_to_json,
            programme_to_xml,
        )

        title = tr("Export programme")
        forum_slug = self.window.current_forum()
        library = self.window.library
        forum = library.forum(forum_slug)
        if forum is None:
            QMessageBox.information(self.window, title, tr("Choose a forum first."))
            return
        path, selected = self._save_path(
            title,
            forum.name,
            ".xml",
            tr("frab schedule XML (*.xml);;frab schedule JSON (*.json)"),
        )
        if not path.name:
            return
        kind = chosen_kind(path, selected, {".xml": "xml", ".json": "json"}, "xml")
        try:
            programme = programme_of(library, forum_slug)
            data = (
                programme_to_json(programme, forum_slug)
                if kind == "json"
                else programme_to_xml(programme, forum_slug)
            )
            write_atomically(path, data)
        except ExportError as error:
            self._failed(title, error)
            return
        self._done(
            tr("Saved the programme of {forum} to {file}.").format(forum=forum.name, file=path)
        )

    # Personal data -----------------------------------------------------------------------

    def export_personal_data(self) -> None:
        from forumguide.interchange.atomic import ExportError  # noqa: PLC0415
        from forumguide.interchange.personal_file import write_personal_file  # noqa: PLC0415

        title = tr("Export personal data")
        if not self._data_or_warn(title):
            return
        data = self.window.data
        assert data is not None
        self.window.flush_notes()
        try:
            bookmarks = data.bookmarks()
            notes = data.notes()
        except PersonalStoreError as error:
            self._failed(title, error)
            return
        name = tr("ForumGuide personal data {date}").format(
            date=datetime.now(UTC).date().isoformat()
        )
        path, _selected = self._save_path(
            title, name, ".json", tr("ForumGuide personal data (*.json);;All files (*)")
        )
        if not path.name:
            return
        try:
            bookmark_count, note_count = write_personal_file(path, bookmarks, notes)
        except ExportError as error:
            self._failed(title, error)
            return
        self._done(
            tr("Saved {bookmarks} bookmark(s) and {notes} note(s) to {file}.").format(
                bookmarks=bookmark_count, notes=note_count, file=path
            )
        )

    def import_personal_data(self) -> None:
        from forumguide.interchange.personal_file import (  # noqa: PLC0415
            PersonalFileError,
            combine_notes,
            merge_report,
            read_personal_file,
        )

        title = tr("Import personal data")
        if not self._data_or_warn(title):
            return
        data = self.window.data
        assert data is not None
        if data.read_only:
            QMessageBox.warning(self.window, title, data.store.read_only_reason)
            return
        chosen, _selected = QFileDialog.getOpenFileName(
            self.window,
            title,
            str(self._folder()),
            tr("ForumGuide personal data (*.json);;All files (*)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        try:
            records = read_personal_file(path)
        except PersonalFileError as error:
            QMessageBox.warning(
                self.window, title, tr("Nothing was imported.\n\n{reason}").format(reason=error)
            )
            return
        if not self.window.flush_notes():
            QMessageBox.warning(
                self.window,
                title,
                tr("Your note being edited could not be saved, so nothing was imported."),
            )
            return
        try:
            counts = data.merge_records(records.bookmarks, records.notes, combine_notes)
        except PersonalStoreError as error:
            QMessageBox.warning(
                self.window, title, tr("Nothing was imported.\n\n{reason}").format(reason=error)
            )
            return
        self._reload_note_editors()
        report = merge_report(counts, records)
        self._done(
            tr(
                "Imported {file}: {bookmarks} bookmark(s) and {notes} note(s) added, "
                "{merged} note(s) combined with yours (both texts kept), "
                "{unchanged} already here."
            ).format(
                file=path.name,
                bookmarks=report.bookmarks_added,
                notes=report.notes_added,
                merged=report.notes_merged,
                unchanged=report.unchanged,
            )
        )

    def _reload_note_editors(self) -> None:
        """Show the merged text in the note editors, which hold the note they opened."""
        for editor in (self.window.programme.notes, self.window.speakers.notes):
            if editor.target is None:
                continue
            target, key, snapshot = editor.target, editor.key, editor.snapshot
            editor.target = None
            editor.load(target, key, snapshot)
