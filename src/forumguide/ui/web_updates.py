"""Programmes from the web in the window: File › Import from URL… and Check for programme updates.

Both fetch and build off the GUI thread through the task runner, with a Cancel button that
leaves everything as it was, and put the new catalog in place on the GUI thread, as a file
import does; the result is shown by the same summary. An update's added and moved sessions are
marked in the Programme list until the delegate opens them. Offline, or with a download that
fails or is cut short, the window says so and nothing is changed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from forumguide.interchange.errors import ScheduleImportError
from forumguide.services.web import FetchError, FetchProblem, check_address, file_name
from forumguide.ui.formatting import tr
from forumguide.ui.import_problems import import_problem_text

if TYPE_CHECKING:
    from forumguide.services import Progress
    from forumguide.services.updates import NotModified, PreparedWebImport, WebSource
    from forumguide.ui.agenda_tab import AgendaTab
    from forumguide.ui.context import WindowContext
    from forumguide.ui.import_flow import ImportFlow
    from forumguide.ui.programme_tab import ProgrammeTab
    from forumguide.ui.tasks import Task

log = logging.getLogger(__name__)


class Window(Protocol):
    """What of the main window the web commands use."""

    file_menu: QMenu
    import_action: QAction
    forum_box: QComboBox
    programme: ProgrammeTab
    agenda: AgendaTab

    @property
    def context(self) -> WindowContext: ...

    @property
    def import_flow(self) -> ImportFlow: ...

    def after_first_paint(self, callback: Callable[[], None], delay_ms: int = 1) -> None: ...

    def installEventFilter(self, watched: QObject) -> None: ...


def problem_text(error: FetchError) -> str:
    """What went wrong with a download, as a sentence for the user."""
    host = error.host
    problem = error.problem
    if problem is FetchProblem.OFFLINE:
        return tr(
            "You appear to be offline: {host} could not be reached. Check the connection "
            "(and the address), then try again."
        ).format(host=host)
    if problem is FetchProblem.ADDRESS:
        return tr("Only web addresses that start with http:// or https:// can be imported.")
    if problem is FetchProblem.UNREACHABLE:
        return tr("{host} did not accept the connection. Try again later.").format(host=host)
    if problem is FetchProblem.TIMED_OUT:
        return tr("{host} took too long to answer. Try again later.").format(host=host)
    if problem is FetchProblem.TLS:
        return tr(
            "The connection to {host} is not secure: its certificate could not be verified."
        ).format(host=host)
    if problem is FetchProblem.HTTP:
        if error.status == 404:
            return tr("{host} has no schedule at this address (error 404).").format(host=host)
        return tr("{host} answered with error {status}.").format(host=host, status=error.status)
    if problem is FetchProblem.TOO_LARGE:
        return tr("The file is too large to be a schedule.")
    return tr("The connection to {host} ended before the whole file arrived.").format(host=host)


class UrlDialog(QDialog):
    """Asks for the address of a schedule; Import is enabled once it is a web address."""

    def __init__(self, parent: QWidget | None = None, url: str = "") -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.field = QLineEdit(url, self)
        self.field.setClearButtonEnabled(True)
        self.label.setBuddy(self.field)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        # Qt names the standard buttons again on a change of language: Import is a button of
        # its own, named in retranslate().
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.field)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.field.textChanged.connect(self._check)
        self.retranslate()
        self.resize(520, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Import from URL"))
        self.setAccessibleName(tr("Import from URL"))
        self.label.setText(
            tr("&Address of the schedule (frab or Pentabarf XML, frab or pretalx JSON, iCalendar):")
        )
        self.label.setWordWrap(True)
        self.field.setPlaceholderText(tr("https://…"))
        self.field.setAccessibleName(tr("Schedule address"))
        self.problem.setAccessibleName(tr("Address problem"))
        self.ok.setText(tr("&Import"))
        self._check()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def url(self) -> str:
        return self.field.text().strip()

    def _check(self) -> None:
        text = self.url
        valid = False
        if text:
            try:
                check_address(text)
                valid = True
            except FetchError:
                self.problem.setText(
                    tr("Enter a web address that starts with http:// or https://.")
                )
        self.problem.setVisible(bool(text) and not valid)
        self.ok.setEnabled(valid)


class WebUpdates(QObject):
    """Imports programmes from the web and updates them, for the main window."""

    def __init__(self, window: Window) -> None:
        super().__init__(window.context.parent)
        self.window = window
        self.context = window.context
        self.task: Task[Any] | None = None
        self.dialog: QWidget | None = None  # the last summary or error shown, for tests
        self.last_result: Any = None  # the last ImportResult or NotModified
        self.changed: dict[str, frozenset[str]] = {}  # catalog id -> sessions not yet seen
        self.import_action = QAction(window.context.parent)
        self.import_action.triggered.connect(lambda _checked=False: self.run())
        self.check_action = QAction(window.context.parent)
        self.check_action.triggered.connect(lambda _checked=False: self.check_for_updates())
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.import_action.setText(tr("Import from &URL…"))
        self.import_action.setToolTip(
            tr("Import a conference schedule from its web address, to update it later")
        )
        self.check_action.setText(tr("Chec&k for programme updates"))
        self.check_action.setToolTip(
            tr("Fetch the programme shown again from its web address and show what changed")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.context.parent and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    @property
    def busy(self) -> bool:
        return self.task is not None

    # What the window shows ---------------------------------------------------------------------

    def current_catalog(self) -> str:
        """The catalog id of the programme shown, or "" for none."""
        reader = self.context.library.reader_for(self.context.current_forum())
        return reader.catalog_id if reader is not None else ""

    def source_of(self, catalog_id: str) -> WebSource | None:
        from forumguide.services.updates import read_source  # noqa: PLC0415

        if not catalog_id:
            return None
        return read_source(self.context.paths.catalogs_dir, catalog_id)

    def update_enabled(self) -> None:
        """Check for updates only for a programme imported from the web, one task at a time."""
        self.check_action.setEnabled(
            not self.busy and self.source_of(self.current_catalog()) is not None
        )
        self.import_action.setEnabled(not self.busy)

    def load_marks(self) -> None:
        """Read which sessions updates changed that have not been opened, and mark them."""
        from forumguide.services.updates import web_sources  # noqa: PLC0415

        sources = web_sources(self.context.paths.catalogs_dir)
        self.changed = {key: source.changed for key, source in sources.items() if source.changed}
        self._show_marks()

    def _show_marks(self) -> None:
        marked = frozenset().union(*self.changed.values()) if self.changed else frozenset()
        self.window.programme.set_changed(marked)
        self.window.agenda.set_changed(marked)

    def session_opened(self) -> None:
        """The session shown in the details was seen: its mark goes."""
        from forumguide.services.updates import mark_seen  # noqa: PLC0415

        session = self.window.programme.current
        if session is None or not any(session.guid in g for g in self.changed.values()):
            return
        reader = self.context.library.reader_for(session.forum_slug)
        if reader is None:
            return
        catalog_id = reader.catalog_id
        try:
            kept = mark_seen(self.context.paths.catalogs_dir, catalog_id, [session.guid])
        except OSError as error:
            log.warning("a seen session was not remembered: %s", error)
            kept = None
        remaining = self.changed.get(catalog_id, frozenset()) - {session.guid}
        if kept is not None:
            remaining = kept.changed
        if remaining:
            self.changed[catalog_id] = remaining
        else:
            self.changed.pop(catalog_id, None)
        self._show_marks()

    # Asking ------------------------------------------------------------------------------------

    def ask_url(self) -> str | None:
        dialog = UrlDialog(self.context.parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.url
        finally:
            dialog.deleteLater()

    def ask_timezone(self, url: str) -> str | None:
        from forumguide.ui.import_flow import timezone_dialog  # noqa: PLC0415

        dialog = timezone_dialog(self.context.parent, Path(file_name(url)))
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.textValue().strip() or None
        finally:
            dialog.deleteLater()

    def _show(self, dialog: QWidget) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        if isinstance(dialog, QDialog):
            dialog.open()

    def show_error(self, url: str, sentence: str, title: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title,
            sentence,
            QMessageBox.StandardButton.Ok,
            self.context.parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(tr("Nothing was changed. The address: {url}").format(url=url))
        box.setAccessibleName(title)
        self._show(box)

    # Importing and checking --------------------------------------------------------------------

    def run(self) -> None:
        """File › Import from URL…"""
        url = self.ask_url()
        if url:
            self.import_url(url)

    def check_for_updates(self, catalog_id: str = "") -> Task[Any] | None:
        """File › Check for programme updates: fetch the programme shown again, if newer."""
        catalog_id = catalog_id or self.current_catalog()
        previous = self.source_of(catalog_id)
        if previous is None:
            self.context.show_message(
                tr("This programme was not imported from a web address: there is nothing to check.")
            )
            return None
        return self._start(previous.url, None, previous)

    def import_url(self, url: str, zone: str | None = None) -> Task[Any] | None:
        """Start importing the schedule at ``url``; None if another import is running."""
        return self._start(url, zone, None)

    def _start(self, url: str, zone: str | None, previous: WebSource | None) -> Task[Any] | None:
        from forumguide.services.programmes import reserved_forum_slugs  # noqa: PLC0415
        from forumguide.services.updates import prepare_web_import  # noqa: PLC0415

        if self.task is not None or self.window.import_flow.busy:
            self.context.show_message(
                tr("Another import is still running; try again when it has finished.")
            )
            return None
        self.context.flush_notes()
        self.last_result = None
        reserved = reserved_forum_slugs(self.context.library)
        catalogs = self.context.paths.catalogs_dir

        def work(progress: Progress) -> PreparedWebImport | NotModified:
            return prepare_web_import(
                url,
                catalogs,
                reserved,
                previous=previous,
                default_timezone=zone,
                progress=progress,
            )

        title = (
            tr("Checking {host} for programme updates")
            if previous is not None
            else tr("Importing from {host}")
        ).format(host=_host(url))
        task = self.context.tasks.run_task(
            work,
            lambda outcome: self._fetched(url, previous, outcome),
            lambda error: self._failed(url, zone, previous, error),
            title=title,
            on_cancelled=self._cancelled,
        )
        if not task.done:
            self.task = task
        self.update_enabled()
        return task

    def _fetched(
        self, url: str, previous: WebSource | None, outcome: PreparedWebImport | NotModified
    ) -> None:
        from forumguide.services.updates import NotModified, commit_web_import  # noqa: PLC0415
        from forumguide.ui.import_flow import ImportSummaryDialog  # noqa: PLC0415

        self.task = None
        if isinstance(outcome, NotModified):
            self.last_result = outcome
            self.context.show_message(
                tr("The programme is up to date: {host} has no newer version.").format(
                    host=_host(url)
                )
            )
            self.update_enabled()
            return
        data = self.context.personal()
        try:
            result = commit_web_import(
                outcome,
                self.context.library,
                self.context.paths.catalogs_dir,
                data.store if data is not None else None,
            )
        except ScheduleImportError as error:
            self.context.programmes_changed("")
            self.show_error(url, import_problem_text(error), self._title(previous))
            self.update_enabled()
            return
        self.last_result = result
        self.context.programmes_changed(result.forum.slug)
        self.load_marks()
        bookmarked = data.bookmarked_in(result.forum.slug) if data is not None else frozenset()
        summary = ImportSummaryDialog(result, bookmarked, self.context.parent)
        if previous is not None:
            summary.setWindowTitle(tr("Programme updated"))
        self._show(summary)
        self.update_enabled()

    @staticmethod
    def _title(previous: WebSource | None) -> str:
        return tr("Check for programme updates") if previous is not None else tr("Import from URL")

    def _failed(
        self, url: str, zone: str | None, previous: WebSource | None, error: BaseException
    ) -> None:
        self.task = None
        self.update_enabled()
        if isinstance(error, FetchError):
            log.info("fetch failed: %s", error)
            self.show_error(url, problem_text(error), self._title(previous))
            return
        if not isinstance(error, ScheduleImportError):
            raise error  # a bug: the exception hooks log it and show the error dialog
        if error.needs_timezone and zone is None:
            chosen = self.ask_timezone(url)
            if chosen is not None:
                self._start(url, chosen, previous)
            return
        log.info("import from the web refused: %s", error)
        self.show_error(
            url,
            tr("What {host} sent cannot be imported. {problem}").format(
                host=_host(url), problem=import_problem_text(error)
            ),
            self._title(previous),
        )

    def _cancelled(self, outcome: PreparedWebImport | NotModified | None) -> None:
        from forumguide.services.updates import PreparedWebImport  # noqa: PLC0415

        self.task = None
        if isinstance(outcome, PreparedWebImport):
            outcome.discard()
        self.context.show_message(tr("The import was cancelled; nothing was changed."))
        self.update_enabled()


def _host(url: str) -> str:
    from urllib.parse import urlsplit  # noqa: PLC0415

    return urlsplit(url).hostname or url


def install_web_updates(window: Window) -> WebUpdates:
    """Put the commands in the File menu, below Import schedule…, and mark changed sessions."""
    updates = WebUpdates(window)
    menu = window.file_menu
    actions = menu.actions()
    position = actions.index(window.import_action) + 1
    if position < len(actions):
        menu.insertActions(actions[position], [updates.import_action, updates.check_action])
    else:
        menu.addActions([updates.import_action, updates.check_action])
    window.forum_box.currentIndexChanged.connect(updates.update_enabled)
    menu.aboutToShow.connect(updates.update_enabled)
    window.programme.current_session_changed.connect(updates.session_opened)
    updates.update_enabled()
    window.after_first_paint(updates.load_marks)
    return updates
