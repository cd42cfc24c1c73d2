"""Importing a schedule from the window: choose or drop a file, import it, show what changed.

The file is read and its catalog built off the GUI thread, through the task runner, with its
progress in the status bar and a Cancel button that leaves everything as it was. A file that
does not say its time zone makes the window ask for one (the computer's own zone is offered).
The new catalog is put in place on the GUI thread, which owns the library, and the window then
shows the imported forum. Bookmarks and notes are keyed by session, so they are not touched;
one whose session disappeared shows in My agenda as removed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import available_timezones

from PySide6.QtCore import QObject, QTimeZone, Signal
from PySide6.QtGui import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from forumguide.domain.model import Session
from forumguide.domain.timezones import is_known_zone, readable_zone_name
from forumguide.interchange.errors import ScheduleImportError
from forumguide.ui.context import WindowContext
from forumguide.ui.formatting import clock_text, short_date, tr
from forumguide.ui.import_problems import import_problem_text
from forumguide.ui.settings import DOWNLOADS, default_folder

if TYPE_CHECKING:
    from forumguide.services import Progress
    from forumguide.services.programmes import ImportResult, PreparedImport
    from forumguide.ui.tasks import Task

log = logging.getLogger(__name__)


def computer_zone() -> str:
    """The IANA name of this computer's time zone, or UTC if it has none we know."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "ignore")
    return name if name and is_known_zone(name) else "UTC"


def timezone_dialog(parent: QWidget, path: Path) -> QInputDialog:
    """Asks for the conference's zone, offering every IANA zone and this computer's first."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(tr("Time zone of the schedule"))
    dialog.setLabelText(
        tr(
            "{file} does not say which time zone its times are in.\n"
            "Choose the conference's time zone:"
        ).format(file=path.name)
    )
    # A zone that is only an offset reads "UTC+01:00", never "Etc/GMT-1" (which means the same).
    zones = {readable_zone_name(name) for name in available_timezones()}
    dialog.setComboBoxItems(sorted(name for name in zones if not name.startswith("Etc/")))
    dialog.setComboBoxEditable(True)
    # The Etc names left after the offsets (Etc/UTC, Etc/Zulu, Etc/GMT0…) all mean UTC.
    current = readable_zone_name(computer_zone())
    dialog.setTextValue("UTC" if current.startswith("Etc/") else current)
    dialog.setAccessibleName(tr("Time zone of the schedule"))
    dialog.setOkButtonText(tr("&Import"))
    for box in dialog.findChildren(QComboBox):
        box.setAccessibleName(tr("Time zone"))
    return dialog


class ImportSummaryDialog(QDialog):
    """What an import brought in, and the sessions added, removed and moved."""

    def __init__(
        self, result: ImportResult, bookmarked: Iterable[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Schedule imported"))
        forum = result.forum
        lines = [
            tr("{forum}: {sessions} sessions and {people} people. Times are in {zone}.").format(
                forum=forum.name,
                sessions=result.session_count,
                people=result.speaker_count,
                zone=readable_zone_name(forum.timezone),
            )
        ]
        changes = result.changes
        if result.replaced and changes.is_empty:
            lines.append(
                tr("It replaces the earlier version; no session was added, removed or moved.")
            )
        elif result.replaced:
            lines.append(
                tr(
                    "It replaces the earlier version: {added} added, {removed} removed, "
                    "{moved} moved."
                ).format(
                    added=len(changes.added), removed=len(changes.removed), moved=len(changes.moved)
                )
            )
        self.summary = QLabel("\n".join(lines), self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(tr("Import summary"))
        self.changes = QPlainTextEdit(self)
        self.changes.setReadOnly(True)
        self.changes.setAccessibleName(tr("Changed sessions"))
        self.changes.setPlainText("\n".join(self._change_lines(result, frozenset(bookmarked))))
        self.changes.setVisible(result.replaced and not changes.is_empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.changes, 1)
        layout.addWidget(buttons)
        self.resize(560, 420 if self.changes.isVisibleTo(self) else 160)

    @staticmethod
    def _when(session: Session) -> str:
        if session.start is not None:
            return f"{short_date(session.start.date())} {clock_text(session.start)}"
        return short_date(session.day) if session.day else tr("time to be confirmed")

    def _place(self, session: Session) -> str:
        return f"{self._when(session)}, {session.room}" if session.room else self._when(session)

    def _change_lines(self, result: ImportResult, bookmarked: frozenset[str]) -> list[str]:
        def mark(guid: str) -> str:
            return " " + tr("(bookmarked)") if guid in bookmarked else ""

        changes = result.changes
        lines = [
            tr("Added: {title} ({place})").format(title=s.title, place=self._place(s))
            + mark(s.guid)
            for s in changes.added
        ]
        lines.extend(
            tr("Removed: {title} (was {place})").format(title=s.title, place=self._place(s))
            + mark(s.guid)
            for s in changes.removed
        )
        lines.extend(
            tr("Moved: {title} ({before} → {after})").format(
                title=m.after.title, before=self._place(m.before), after=self._place(m.after)
            )
            + mark(m.guid)
            for m in changes.moved
        )
        return lines


class ImportFlow(QObject):
    """Runs schedule imports for the main window, one at a time."""

    imported = Signal(str)  # the forum slug of the imported programme
    finished = Signal()  # an import ended: imported, refused or cancelled

    def __init__(self, context: WindowContext) -> None:
        super().__init__(context.parent)
        self.context = context
        self.dialog: QDialog | None = None  # the last summary or error shown, for tests
        self.task: Task[PreparedImport] | None = None
        self.last_result: ImportResult | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None

    # Dialogs (separate methods so that each step can be driven on its own) ------------------

    def choose_file(self) -> Path | None:
        """Ask for a schedule, in the folder of the last one imported (else Downloads)."""
        settings = self.context.settings
        name, _filter = QFileDialog.getOpenFileName(
            self.context.parent,
            tr("Import schedule"),
            str(settings.import_folder or default_folder(DOWNLOADS)),
            tr("Schedules (*.xml *.json *.ics);;All files (*)"),
        )
        if not name:
            return None
        path = Path(name)
        settings.import_folder = path.parent
        return path

    def ask_timezone(self, path: Path) -> str | None:
        dialog = timezone_dialog(self.context.parent, path)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        zone = dialog.textValue().strip()
        return zone or None

    def show_error(self, path: Path, error: ScheduleImportError) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("Import schedule"),
            tr("{file} could not be imported; nothing was changed.").format(file=path),
            QMessageBox.StandardButton.Ok,
            self.context.parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(import_problem_text(error))
        box.setAccessibleName(tr("Import error"))
        self._show(box)

    def show_result(self, result: ImportResult) -> None:
        data = self.context.personal()
        bookmarked = data.bookmarked_in(result.forum.slug) if data is not None else frozenset()
        self._show(ImportSummaryDialog(result, bookmarked, self.context.parent))

    def _show(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()

    # The import ----------------------------------------------------------------------------

    def run(self) -> None:
        """File > Import schedule…"""
        path = self.choose_file()
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path, zone: str | None = None) -> Task[PreparedImport] | None:
        """Start importing ``path``; None if another import is running.

        The result is shown when it is ready (at once with a synchronous task runner) and kept
        in :attr:`last_result`.
        """
        from forumguide.interchange.importing import read_schedule  # noqa: PLC0415
        from forumguide.services.programmes import (  # noqa: PLC0415
            prepare_import,
            reserved_forum_slugs,
        )

        if self.task is not None:
            self.context.show_message(
                tr("{file} was not imported: another import is still running.").format(
                    file=path.name
                )
            )
            return None
        self.context.flush_notes()
        self.last_result = None
        reserved = reserved_forum_slugs(self.context.library)
        catalogs = self.context.paths.catalogs_dir

        def work(progress: Progress) -> PreparedImport:
            programme = read_schedule(path, zone)
            return prepare_import(
                programme, catalogs, reserved, source=str(path), progress=progress
            )

        task = self.context.tasks.run_task(
            work,
            lambda prepared: self._built(path, prepared),
            lambda error: self._failed(path, zone, error),
            title=tr("Importing {file}").format(file=path.name),
            on_cancelled=self._cancelled,
        )
        if not task.done:
            self.task = task
        return task

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _built(self, path: Path, prepared: PreparedImport) -> None:
        from forumguide.services.programmes import commit_import  # noqa: PLC0415

        self.task = None
        data = self.context.personal()
        try:
            result = commit_import(
                prepared,
                self.context.library,
                data.store if data is not None else None,
                source=str(path),
            )
        except ScheduleImportError as error:
            self.context.programmes_changed("")
            self.show_error(path, error)
            self.finished.emit()
            return
        self.last_result = result
        self.context.programmes_changed(result.forum.slug)
        self.show_result(result)
        self.imported.emit(result.forum.slug)
        self.finished.emit()

    def _failed(self, path: Path, zone: str | None, error: BaseException) -> None:
        self.task = None
        if not isinstance(error, ScheduleImportError):
            self.finished.emit()
            raise error  # a bug: the exception hooks log it and show the error dialog
        if error.needs_timezone and zone is None:
            chosen = self.ask_timezone(path)
            if chosen is not None:
                self.import_file(path, chosen)
                return
            self.finished.emit()
            return
        log.info("import refused: %s", error)
        self.show_error(path, error)
        self.finished.emit()

    def _cancelled(self, prepared: PreparedImport | None) -> None:
        self.task = None
        if prepared is not None:
            prepared.discard()
        self.context.show_message(tr("The import was cancelled; nothing was changed."))
        self.finished.emit()
