"""Exporting from the window: bookmarks to a calendar, notes, a programme, the personal data.

Each command asks what to write (a small options dialog for calendars) and where (a save
dialog), then hands the work to the export services through the task runner, off the GUI
thread; the file is written in one step so that a failure leaves nothing half-written, and the
user is told what was written or, in a message box, why nothing was. A file name the user types
is used as given; the format follows the name's extension when it has a known one, else the
filter chosen in the dialog. Importing a personal-data file merges it into the store in one
transaction and keeps every note's text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
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

from forumguide.interchange.session_text import Wording, session_day
from forumguide.personal import PersonalStoreError
from forumguide.services import exports
from forumguide.ui.context import WindowContext
from forumguide.ui.formatting import TimeFormatter, long_date, tr
from forumguide.ui.messages import error_text, read_only_text
from forumguide.ui.personal_data import PersonalData
from forumguide.ui.settings import DOCUMENTS, CalendarChoices, default_folder

if TYPE_CHECKING:
    from forumguide.domain.model import Session
    from forumguide.interchange.ics import CalendarOptions
    from forumguide.services.personal import MergeResult

log = logging.getLogger(__name__)

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
        time_tbc=tr("Time to be confirmed"),
        date_tbc=tr("Date to be confirmed"),
        times_in=tr("Times in {zone} ({offset})"),
        times_in_zone=tr("Times in {zone}"),
        overlaps=tr("Overlaps another session you bookmarked"),
        nothing_to_print=tr("There are no sessions to show."),
        open_follow_ups=tr("Open follow-ups"),
        when=lambda subject, _zone: formatter.when(subject),
        long_date=long_date,
    )


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


def command_action(parent: QWidget, text: str, tip: str, slot: Callable[[], None]) -> QAction:
    """A menu command with its tip (shown in the status bar too) that calls ``slot``."""
    action = QAction(parent)
    set_command_text(action, text, tip)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def set_command_text(action: QAction, text: str, tip: str) -> None:
    """Name a menu command and give it its tip (in the status bar too)."""
    action.setText(text)
    action.setToolTip(tip)
    action.setStatusTip(tip)


class CalendarOptionsDialog(QDialog):
    """What to put in a calendar file: which bookmarks, a reminder, the user's notes."""

    def __init__(
        self,
        forum_name: str,
        days: Iterable[date],
        parent: QWidget | None = None,
        choices: CalendarChoices | None = None,
    ) -> None:
        super().__init__(parent)
        choices = choices or CalendarChoices()
        self.forum_name = forum_name
        self.intro = intro = QLabel(self)
        intro.setWordWrap(True)
        self.all_button = QRadioButton(self)
        self.forum_button = QRadioButton(self)
        self.forum_button.setEnabled(bool(forum_name))
        self.day_button = QRadioButton(self)
        self.day_box = QComboBox(self)
        for day in sorted(set(days)):
            self.day_box.addItem("", day.isoformat())
        has_days = self.day_box.count() > 0
        self.day_button.setEnabled(has_days)
        self.day_box.setEnabled(False)
        self.day_button.toggled.connect(self.day_box.setEnabled)
        self.scope = QButtonGroup(self)
        for button in (self.all_button, self.forum_button, self.day_button):
            self.scope.addButton(button)
        chosen = {"forum": self.forum_button, "day": self.day_button}.get(choices.scope)
        (chosen if chosen is not None and chosen.isEnabled() else self.all_button).setChecked(True)

        self.remind = QCheckBox(self)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(choices.minutes)
        self.remind.toggled.connect(self.minutes.setEnabled)
        self.remind.setChecked(choices.remind)
        self.minutes.setEnabled(choices.remind)
        self.include_notes = QCheckBox(self)
        self.include_notes.setChecked(choices.include_notes)
        self.explanation = explanation = QLabel(self)
        explanation.setWordWrap(True)

        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
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
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Export bookmarks to calendar"))
        self.setAccessibleName(tr("Calendar export options"))
        self.intro.setText(tr("Which bookmarked sessions should go into the calendar file?"))
        self.all_button.setText(tr("&All bookmarks"))
        self.all_button.setAccessibleName(tr("All bookmarks"))
        self.forum_button.setText(
            tr("Bookmarks of this &forum: {forum}").format(forum=self.forum_name)
        )
        self.forum_button.setAccessibleName(tr("Bookmarks of this forum"))
        self.day_button.setText(tr("Bookmarks of one &day:"))
        self.day_button.setAccessibleName(tr("Bookmarks of one day"))
        self.day_box.setAccessibleName(tr("Day"))
        for index in range(self.day_box.count()):
            day = date.fromisoformat(str(self.day_box.itemData(index)))
            self.day_box.setItemText(index, long_date(day))
        self.remind.setText(tr("&Remind me before each session"))
        self.remind.setAccessibleName(tr("Remind me before each session"))
        self.minutes.setSuffix(tr(" minutes before"))
        self.minutes.setAccessibleName(tr("Minutes before the session"))
        self.include_notes.setText(tr("Include my &notes in the descriptions"))
        self.include_notes.setAccessibleName(tr("Include my notes"))
        self.explanation.setText(
            tr(
                "Sessions whose time is not announced yet become all-day events that say so; "
                "those without a date are left out."
            )
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("&Export…"))
        ok.setAccessibleName(tr("Export"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(tr("Cancel"))

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # After the children: the button box has just put Qt's own text back on its buttons.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return handled

    def choices(self) -> CalendarChoices:
        """What the dialog is set to, to offer the same next time."""
        scope = "all"
        if self.forum_button.isChecked():
            scope = "forum"
        elif self.day_button.isChecked():
            scope = "day"
        return CalendarChoices(
            scope=scope,
            remind=self.remind.isChecked(),
            minutes=self.minutes.value(),
            include_notes=self.include_notes.isChecked(),
        )

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

    merged = Signal()  # a personal-data file was merged into the store

    def __init__(self, context: WindowContext) -> None:
        super().__init__(context.parent)
        self.context = context
        self.calendar_action = self._action("", "", self.export_calendar)
        self.notes_action = self._action("", "", self.export_notes)
        self.programme_action = self._action("", "", self.export_programme)
        self.export_personal_action = self._action("", "", self.export_personal_data)
        self.import_personal_action = self._action("", "", self.import_personal_data)
        self.retranslate()

    def retranslate(self) -> None:
        """Name the commands in the current language (the window calls this on a change)."""
        for action, text, tip in (
            (
                self.calendar_action,
                tr("Export bookmarks to &calendar…"),
                tr("Save your bookmarked sessions as an iCalendar (.ics) file"),
            ),
            (
                self.notes_action,
                tr("Export &notes…"),
                tr("Save your notes as a Markdown or PDF document"),
            ),
            (
                self.programme_action,
                tr("Export pro&gramme…"),
                tr("Save the programme of the current forum as a frab schedule (XML or JSON)"),
            ),
            (
                self.export_personal_action,
                tr("Export personal da&ta…"),
                tr("Save your bookmarks and notes to a file, to move them to another computer"),
            ),
            (
                self.import_personal_action,
                tr("I&mport personal data…"),
                tr("Add the bookmarks and notes of a personal-data file to yours"),
            ),
        ):
            set_command_text(action, text, tip)

    def _action(self, text: str, tip: str, slot: Callable[[], None]) -> QAction:
        return command_action(self.context.parent, text, tip, slot)

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

    @property
    def _parent(self) -> QWidget:
        return self.context.parent

    def _folder(self) -> Path:
        return self.context.settings.export_folder or default_folder(DOCUMENTS)

    def save_path(self, title: str, name: str, suffix: str, filters: str) -> tuple[Path, str]:
        """Ask where to save; the suggested name is made safe, the chosen one used as given."""
        from forumguide.interchange.atomic import ExportError, path_in_folder  # noqa: PLC0415

        folder = self._folder()
        try:
            suggestion = path_in_folder(folder, name, suffix=suffix)
        except ExportError:
            suggestion = folder / f"export{suffix}"
        chosen, selected = QFileDialog.getSaveFileName(
            self._parent, title, str(suggestion), filters
        )
        if not chosen:
            return Path(), ""
        path = Path(chosen)
        self.context.settings.export_folder = path.parent
        return path, selected

    def failed(self, title: str, error: BaseException) -> None:
        from forumguide.interchange.atomic import ExportError  # noqa: PLC0415

        if not isinstance(error, ExportError | PersonalStoreError):
            raise error  # a bug: the exception hooks log it and show the error dialog
        log.warning("%s: %s", title, error)
        QMessageBox.warning(
            self._parent,
            title,
            tr("Nothing was written.\n\n{reason}").format(reason=error_text(error)),
        )

    def _done(self, text: str) -> None:
        self.context.show_message(text)

    def data_or_warn(self, title: str) -> PersonalData | None:
        data = self.context.personal()
        if data is None:
            QMessageBox.information(
                self._parent, title, tr("Your bookmarks and notes are not open yet.")
            )
        return data

    def run(
        self,
        title: str,
        work: Callable[[], exports.Exported],
        report: Callable[[exports.Exported], str],
    ) -> None:
        self.context.tasks.run_task(
            lambda _progress: work(),
            lambda exported: self._done(report(exported)),
            lambda error: self.failed(title, error),
            title=title,
        )

    # Calendar ----------------------------------------------------------------------------

    def add_session_to_calendar(self, session: Session, path: Path | None = None) -> bool:
        """Save ``session`` alone as an iCalendar file (asking where, unless ``path`` is
        given); returns whether it was written."""
        from forumguide.interchange.atomic import ExportError  # noqa: PLC0415

        title = tr("Add to calendar")
        if path is None:
            path, _selected = self.save_path(
                title, session.title, ".ics", tr("iCalendar files (*.ics);;All files (*)")
            )
            if not path.name:
                return False
        try:
            exported = exports.export_session_calendar(
                path, self.context.library, (session.forum_slug, session.guid), export_wording()
            )
        except ExportError as error:
            self.failed(title, error)
            return False
        if not exported.count:
            self._done(tr("This session has no date yet: nothing was saved."))
            return False
        self._done(tr("Saved “{title}” to {file}.").format(title=session.title, file=path))
        return True

    def export_calendar(self) -> None:
        title = tr("Export bookmarks to calendar")
        data = self.data_or_warn(title)
        if data is None:
            return
        library = self.context.library
        try:
            bookmarks = data.bookmarks()
        except PersonalStoreError as error:
            self.failed(title, error)
            return
        if not bookmarks:
            QMessageBox.information(
                self._parent,
                title,
                tr("You have no bookmarks yet. Bookmark sessions in Programme with Ctrl+D."),
            )
            return
        sessions = library.sessions_by_key((b.forum_slug, b.session_guid) for b in bookmarks)
        forum_slug = self.context.current_forum()
        forum = library.forum(forum_slug)
        days = [d for d in (session_day(s) for s in sessions.values()) if d is not None]
        settings = self.context.settings
        dialog = CalendarOptionsDialog(
            forum.name if forum else "", days, self._parent, settings.calendar_choices
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        settings.calendar_choices = dialog.choices()
        options = dialog.options(forum_slug)
        scope = options.scope
        if not any(scope.covers(s) and session_day(s) is not None for s in sessions.values()):
            QMessageBox.information(
                self._parent,
                title,
                tr(
                    "None of the chosen bookmarks has a date yet, so there is nothing to put "
                    "in a calendar."
                ),
            )
            return
        if scope.day is not None:
            name = tr("My agenda {date}").format(date=scope.day.isoformat())
        elif scope.forum_slug and forum is not None:
            name = tr("My agenda - {forum}").format(forum=forum.name)
        else:
            name = tr("My agenda")
        path, _selected = self.save_path(
            title, name, ".ics", tr("iCalendar files (*.ics);;All files (*)")
        )
        if not path.name:
            return
        self.context.flush_notes()  # the note being typed belongs in the export
        wording = export_wording()
        store = data.store

        def report(exported: exports.Exported) -> str:
            message = tr("Saved %n session(s) to {file}.", "", exported.count).format(file=path)
            if exported.undated:
                message += " " + tr(
                    "%n session(s) without a date were left out.", "", exported.undated
                )
            if exported.removed:
                message += " " + tr(
                    "%n session(s) no longer in the programme were left out.",
                    "",
                    exported.removed,
                )
            return message

        self.run(
            title,
            lambda: exports.export_calendar(path, library, store, options, wording),
            report,
        )

    # Notes -------------------------------------------------------------------------------

    def export_notes(self) -> None:
        title = tr("Export notes")
        data = self.data_or_warn(title)
        if data is None:
            return
        self.context.flush_notes()
        try:
            has_notes = data.store.note_count() > 0
        except PersonalStoreError as error:
            self.failed(title, error)
            return
        if not has_notes:
            QMessageBox.information(self._parent, title, tr("You have no notes yet."))
            return
        path, selected = self.save_path(
            title,
            tr("My notes"),
            ".md",
            tr("Markdown (*.md);;PDF documents (*.pdf)"),
        )
        if not path.name:
            return
        kind = chosen_kind(path, selected, {".md": "md", ".markdown": "md", ".pdf": "pdf"}, "md")
        library, store, wording = self.context.library, data.store, export_wording()
        self.run(
            title,
            lambda: exports.export_notes(path, library, store, exports.NotesFormat(kind), wording),
            lambda exported: tr("Saved %n note(s) to {file}.", "", exported.count).format(
                file=path
            ),
        )

    # Programme ---------------------------------------------------------------------------

    def export_programme(self) -> None:
        title = tr("Export programme")
        forum_slug = self.context.current_forum()
        library = self.context.library
        forum = library.forum(forum_slug)
        if forum is None:
            QMessageBox.information(self._parent, title, tr("Choose a forum first."))
            return
        path, selected = self.save_path(
            title,
            forum.name,
            ".xml",
            tr("frab schedule XML (*.xml);;frab schedule JSON (*.json)"),
        )
        if not path.name:
            return
        kind = chosen_kind(path, selected, {".xml": "xml", ".json": "json"}, "xml")
        self.run(
            title,
            lambda: exports.export_programme(
                path, library, forum_slug, exports.ProgrammeFormat(kind)
            ),
            lambda _exported: tr("Saved the programme of {forum} to {file}.").format(
                forum=forum.name, file=path
            ),
        )

    # Personal data -----------------------------------------------------------------------

    def export_personal_data(self) -> None:
        title = tr("Export personal data")
        data = self.data_or_warn(title)
        if data is None:
            return
        self.context.flush_notes()
        name = tr("ForumGuide personal data {date}").format(
            date=datetime.now(UTC).date().isoformat()
        )
        path, _selected = self.save_path(
            title, name, ".json", tr("ForumGuide personal data (*.json);;All files (*)")
        )
        if not path.name:
            return
        store = data.store
        self.run(
            title,
            lambda: exports.export_personal_data(path, store),
            lambda exported: tr(
                "Saved {bookmarks} bookmark(s) and {notes} note(s) to {file}."
            ).format(bookmarks=exported.count, notes=exported.second_count, file=path),
        )

    def import_personal_data(self) -> None:
        from forumguide.interchange.personal_file import PersonalFileError  # noqa: PLC0415
        from forumguide.services.personal import merge_personal_file  # noqa: PLC0415

        title = tr("Import personal data")
        data = self.data_or_warn(title)
        if data is None:
            return
        if data.read_only:
            QMessageBox.warning(self._parent, title, read_only_text(data.store))
            return
        chosen, _selected = QFileDialog.getOpenFileName(
            self._parent,
            title,
            str(self._folder()),
            tr("ForumGuide personal data (*.json);;All files (*)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if not self.context.flush_notes():
            QMessageBox.warning(
                self._parent,
                title,
                tr("Your note being edited could not be saved, so nothing was imported."),
            )
            return
        store, library = data.store, self.context.library

        def refused(error: BaseException) -> None:
            if not isinstance(error, PersonalFileError | PersonalStoreError):
                raise error
            QMessageBox.warning(
                self._parent,
                title,
                tr("Nothing was imported.\n\n{reason}").format(reason=error_text(error)),
            )

        self.context.tasks.run_task(
            lambda _progress: merge_personal_file(store, library, path),
            lambda result: self._merged(data, result),
            refused,
            title=title,
        )

    def _merged(self, data: PersonalData, result: MergeResult) -> None:
        report = result.report
        data.changed_elsewhere(hidden_in=result.hidden_in)
        self.merged.emit()
        message = tr(
            "Imported {file}: {bookmarks} bookmark(s) and {notes} note(s) added, "
            "{merged} note(s) combined with yours (both texts kept), "
            "{unchanged} already here."
        ).format(
            file=result.path.name,
            bookmarks=report.bookmarks_added,
            notes=report.notes_added,
            merged=report.notes_merged,
            unchanged=report.unchanged,
        )
        if report.hidden_added:
            message += " " + tr("{count} hidden room(s), track(s) or session(s) added.").format(
                count=report.hidden_added
            )
        self._done(message)
