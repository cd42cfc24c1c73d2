"""Printing from the window: the delegate's agenda, or one day of a forum's programme.

Both go to a printer (through the system's print dialog) or to a PDF, on A4 or US Letter
paper (the save dialog's filter chooses; the first one offered suits the user's locale). The
document is the same either way: by day, each time in its forum's zone with the zone named,
room, speakers, overlaps marked, and ruled lines for notes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QAction, QKeySequence

from forumguide.interchange.pdf import PageSize
from forumguide.personal import PersonalStoreError
from forumguide.services import exports
from forumguide.ui.context import WindowContext
from forumguide.ui.export_flow import ExportFlow, command_action, export_wording, set_command_text
from forumguide.ui.formatting import tr

log = logging.getLogger(__name__)

Document = tuple[list[str], int]  # HTML pieces, and how many sessions they hold


def paper_filters() -> tuple[str, dict[str, PageSize]]:
    """The save dialog's filters, the user's usual paper first, and the paper of each."""
    a4, letter = tr("PDF on A4 paper (*.pdf)"), tr("PDF on US Letter paper (*.pdf)")
    papers = {a4: PageSize.A4, letter: PageSize.LETTER}
    us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    order = [letter, a4] if us else [a4, letter]
    return ";;".join(order), papers


class PrintFlow(QObject):
    """The print and PDF commands, as actions for the window's menus and tabs."""

    def __init__(self, context: WindowContext, exporting: ExportFlow) -> None:
        super().__init__(context.parent)
        self.context = context
        self.exporting = exporting  # its save dialog, folder and messages
        self.print_agenda_action = self._action("", "", self.print_agenda)
        self.print_agenda_action.setShortcut(QKeySequence.StandardKey.Print)
        self.agenda_pdf_action = self._action("", "", self.save_agenda_pdf)
        self.print_day_action = self._action("", "", self.print_day)
        self.day_pdf_action = self._action("", "", self.save_day_pdf)
        self.retranslate()

    def retranslate(self) -> None:
        """Name the commands in the current language (the window calls this on a change)."""
        for action, text, tip in (
            (
                self.print_agenda_action,
                tr("&Print my agenda…"),
                tr("Print your bookmarked sessions by day, with room for notes"),
            ),
            (
                self.agenda_pdf_action,
                tr("Save my agenda as P&DF…"),
                tr("Save your bookmarked sessions by day as a PDF, to print or carry"),
            ),
            (
                self.print_day_action,
                tr("Print the day &shown…"),
                tr("Print the programme of the day shown in the timetable"),
            ),
            (
                self.day_pdf_action,
                tr("Save the day shown as PD&F…"),
                tr("Save the programme of the day shown in the timetable as a PDF"),
            ),
        ):
            set_command_text(action, text, tip)

    def _action(self, text: str, tip: str, slot: Callable[[], None]) -> QAction:
        return command_action(self.context.parent, text, tip, slot)

    # Documents ---------------------------------------------------------------------------

    def agenda(self) -> Document | None:
        """The agenda to print, or None (the user has been told why)."""
        title = tr("Print my agenda")
        data = self.exporting.data_or_warn(title)
        if data is None:
            return None
        self.context.flush_notes()
        try:
            document = exports.agenda_document(self.context.library, data.store, export_wording())
        except PersonalStoreError as error:
            self.exporting.failed(title, error)
            return None
        if document[1] == 0:
            from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

            QMessageBox.information(
                self.context.parent,
                title,
                tr("You have no bookmarks yet. Bookmark sessions in Programme with Ctrl+D."),
            )
            return None
        return document

    def day(self) -> tuple[Document, str]:
        """The day shown, to print, and a name for its file."""
        forum_slug = self.context.current_forum()
        day = self.context.shown_day()
        data = self.context.personal()
        bookmarked = data.bookmarked_keys() if data is not None else frozenset()
        document = exports.day_document(
            self.context.library, forum_slug, day, bookmarked, export_wording()
        )
        forum = self.context.library.forum(forum_slug)
        when = day.isoformat() if day is not None else tr("date to be confirmed")
        name = f"{forum.name if forum else forum_slug} {when}"
        return document, name

    # Commands ----------------------------------------------------------------------------

    def print_agenda(self) -> None:
        document = self.agenda()
        if document is not None:
            self._print(document, tr("My agenda"))

    def save_agenda_pdf(self) -> None:
        document = self.agenda()
        if document is not None:
            self._save_pdf(document, tr("My agenda"), tr("Save my agenda as PDF"))

    def print_day(self) -> None:
        if self._forum_open(tr("Print the day shown")):
            document, name = self.day()
            self._print(document, name)

    def save_day_pdf(self) -> None:
        title = tr("Save the day shown as PDF")
        if self._forum_open(title):
            document, name = self.day()
            self._save_pdf(document, name, title)

    def _forum_open(self, title: str) -> bool:
        if self.context.library.forum(self.context.current_forum()) is not None:
            return True
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

        QMessageBox.information(self.context.parent, title, tr("No programme is open."))
        return False

    def _print(self, document: Document, name: str) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # noqa: PLC0415

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(name)
        dialog = QPrintDialog(printer, self.context.parent)
        dialog.setWindowTitle(tr("Print {name}").format(name=name))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.print_to(printer, document)
        self.context.show_message(tr("{name} was sent to the printer.").format(name=name))

    @staticmethod
    def print_to(printer: object, document: Document) -> None:
        """Lay the document out on ``printer``'s pages (on the GUI thread, as printers want)."""
        from forumguide.interchange.pdf import text_document  # noqa: PLC0415

        text_document(document[0]).print_(printer)  # type: ignore[arg-type]

    def _save_pdf(self, document: Document, name: str, title: str) -> None:
        filters, papers = paper_filters()
        path, selected = self.exporting.save_path(title, name, ".pdf", filters)
        if not path.name:
            return
        paper = papers.get(selected, PageSize.A4)
        pieces, count = document

        def report(exported: exports.Exported) -> str:
            return tr("Saved {name} to {file}.").format(name=name, file=exported.path)

        self.exporting.run(
            title,
            lambda: exports.export_document(path, pieces, name, count, paper),
            report,
        )
