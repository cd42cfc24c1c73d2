"""Importing a schedule from the window: choose or drop a file, import it, show what changed.

The file is read first; a file that does not say its time zone makes the window ask for one
(the computer's own zone is offered). The new catalog is built completely before the old one is
closed and replaced (Windows cannot replace an open file), and the window then shows the
imported forum. Bookmarks and notes are keyed by session guid, so they are not touched; one
whose session disappeared shows in My agenda as removed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import available_timezones

from PySide6.QtCore import QObject, QTimeZone, Signal
from PySide6.QtGui import QCursor, QGuiApplication, Qt
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

from forumguide.catalog import CatalogError
from forumguide.catalog.reader import CatalogReader
from forumguide.domain.model import Session
from forumguide.domain.timezones import is_known_zone
from forumguide.ui.formatting import short_date, tr

if TYPE_CHECKING:
    from forumguide.interchange.errors import ScheduleImportError
    from forumguide.interchange.importing import ImportResult
    from forumguide.ui.main_window import MainWindow

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
    zones = sorted(available_timezones())
    dialog.setComboBoxItems(zones)
    dialog.setComboBoxEditable(True)
    dialog.setTextValue(computer_zone())
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
                zone=forum.timezone,
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
            return f"{short_date(session.start.date())} {session.start.strftime('%H:%M')}"
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
    """Runs schedule imports for the main window."""

    imported = Signal(str)  # the forum slug of the imported programme

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: QDialog | None = None  # the last summary or error shown, for tests

    # Dialogs (separate methods so that each step can be driven on its own) ------------------

    def choose_file(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self.window, tr("Import schedule"), "", tr("Schedules (*.xml *.json);;All files (*)")
        )
        return Path(name) if name else None

    def ask_timezone(self, path: Path) -> str | None:
        dialog = timezone_dialog(self.window, path)
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
            self.window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(error.problem)
        box.setAccessibleName(tr("Import error"))
        self._show(box)

    def show_result(self, result: ImportResult) -> None:
        bookmarked = self.window.data.bookmarked_guids() if self.window.data else frozenset()
        self._show(ImportSummaryDialog(result, bookmarked, self.window))

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

    def import_file(self, path: Path) -> ImportResult | None:
        """Import ``path``, asking for its time zone if it gives none; None if not imported."""
        from forumguide.interchange.errors import ScheduleImportError  # noqa: PLC0415
        from forumguide.interchange.importing import (  # noqa: PLC0415
            install_programme,
            read_schedule,
        )

        self.window.flush_notes()
        zone: str | None = None
        while True:
            try:
                programme = read_schedule(path, zone)
                break
            except ScheduleImportError as error:
                if error.needs_timezone and zone is None:
                    zone = self.ask_timezone(path)
                    if zone is not None:
                        continue
                    return None
                log.info("import refused: %s", error)
                self.show_error(path, error)
                return None
        library = self.window.library
        closed: list[Path] = []

        def close_old(catalog_id: str) -> None:
            for reader in library.readers:
                if reader.catalog_id == catalog_id:
                    closed.append(reader.path)
            library.remove(catalog_id)

        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            result = install_programme(
                programme, self.window.paths, source=str(path), before_replace=close_old
            )
            library.add(CatalogReader(result.catalog_path))
        except ScheduleImportError as error:
            self._reopen(closed)
            self._refresh("")
            self.show_error(path, error)
            return None
        except CatalogError as error:
            self._refresh("")
            self.show_error(path, ScheduleImportError(path, str(error)))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._refresh(result.forum.slug)
        self.show_result(result)
        self.imported.emit(result.forum.slug)
        return result

    def _reopen(self, paths: list[Path]) -> None:
        for path in paths:
            try:
                self.window.library.add(CatalogReader(path))
            except CatalogError as error:
                log.warning("catalog not reopened: %s", error)

    def _refresh(self, forum_slug: str) -> None:
        self.window.refresh_programmes(forum_slug or self.window.current_forum())
