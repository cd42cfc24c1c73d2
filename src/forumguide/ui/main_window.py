"""The main window: forum selector and search in the tool bar, four tabs, and the wiring."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSystemTrayIcon,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from forumguide import APP_NAME, __version__
from forumguide.catalog.library import CatalogLibrary
from forumguide.domain.clock import Clock, SystemClock
from forumguide.paths import UserPaths
from forumguide.personal import PersonalStoreError, StoreProblem
from forumguide.services.programme_list import forums_in_order
from forumguide.ui.agenda_tab import AgendaTab
from forumguide.ui.context import WindowContext
from forumguide.ui.formatting import TimeFormatter, tr
from forumguide.ui.frame_layout import LocalTimeSwitch, restore_splitters, save_splitters
from forumguide.ui.language import LanguageMenu
from forumguide.ui.messages import error_text, read_only_text
from forumguide.ui.notes_tab import FOLLOW_UPS_PAGE, NotesTab
from forumguide.ui.personal_data import PersonalData
from forumguide.ui.programme_tab import ProgrammeTab
from forumguide.ui.programmes_dialog import ManageProgrammesAction
from forumguide.ui.search_everywhere import install_search_everywhere
from forumguide.ui.settings import Settings
from forumguide.ui.speakers_tab import SpeakersTab
from forumguide.ui.tasks import TaskRunner
from forumguide.ui.undo import install_undo
from forumguide.ui.web_updates import install_web_updates
from forumguide.ui.widgets import Banner, TaskStatus
from forumguide.ui.window_size import first_start_size

if TYPE_CHECKING:
    from forumguide.domain.model import Session
    from forumguide.domain.now import Happening
    from forumguide.personal.store import PersonalStore
    from forumguide.ui.export_flow import ExportFlow
    from forumguide.ui.import_flow import ImportFlow
    from forumguide.ui.now_next import NowAndNextWindow
    from forumguide.ui.print_flow import PrintFlow
    from forumguide.ui.recovery_notice import RecoveryNotice
    from forumguide.ui.reminders import Reminders

log = logging.getLogger(__name__)

BACKUP_INTERVAL_MS = 30 * 60 * 1000
# How long the personal store may take to open before the window says it is still opening.
STORE_PATIENCE_MS = 5000
NOTE_SAVE_MESSAGE = "note-save"
STORE_MESSAGE = "store"
# Store failures whose sentence names the bookmarks and notes file and what was not done.
ABOUT_THE_STORE_FILE = frozenset(
    {
        StoreProblem.READ,
        StoreProblem.NOT_CREATED,
        StoreProblem.NOT_OPENED,
        StoreProblem.NOT_PREPARED,
        StoreProblem.NOT_BACKED_UP_FOR_UPGRADE,
        StoreProblem.NO_UPGRADE,
        StoreProblem.RECOVERY_REFUSED,
        StoreProblem.FOLDER_READ_ONLY,
    }
)
PROGRAMME, SPEAKERS, AGENDA, NOTES = range(4)


class MainWindow(QMainWindow):
    first_painted = Signal()  # the window has shown its content once

    def __init__(
        self,
        library: CatalogLibrary,
        paths: UserPaths,
        parent: QWidget | None = None,
        *,
        tasks: TaskRunner | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.paths = paths
        self.clock: Clock = clock or SystemClock()
        self.data: PersonalData | None = None
        self.tasks = tasks or TaskRunner(self)
        self.painted = False
        self.recovery_notice: RecoveryNotice | None = None
        self.settings = Settings(paths.settings_file, self)
        self.setWindowTitle(APP_NAME)
        self.setObjectName("MainWindow")

        self.banner = Banner(self)
        self.programme = ProgrammeTab(library, self, clock=self.clock)
        self.speakers = SpeakersTab(library, self)
        self.agenda = AgendaTab(library, self)
        self.notes = NotesTab(library, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        for tab in (self.programme, self.speakers, self.agenda, self.notes):
            self.tabs.addTab(tab, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.central_layout = layout
        self.setCentralWidget(central)

        self.forum_box = QComboBox(self)
        self.forum_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        # Not wider: the tool bar cannot shrink below the sum of its widgets' minimum widths.
        self.search.setMinimumWidth(160)
        # Each change is searched once the key event is handled: keys typed faster than a
        # search takes are handled as one.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(0)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._apply_search)
        self.task_status = TaskStatus(self.tasks, self)
        self.statusBar().addPermanentWidget(self.task_status, 1)
        self.statusBar().hide()
        self.task_status.busy_changed.connect(self.statusBar().setVisible)

        self._tray: QSystemTrayIcon | None = None
        self.reminder_bars: list[QWidget] = []
        self._tray_session: tuple[str, str] | None = None

        self.setAcceptDrops(True)
        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        self.search_everywhere = install_search_everywhere(self, self)
        self.retranslate()

        self.programme.open_speaker.connect(self.open_speaker)
        self.programme.message.connect(self.show_banner)
        self.programme.calendar_wanted.connect(self._add_to_calendar)
        self.programme.timetable_toggled.connect(self.timetable_action.setChecked)
        self.programme.timetable_zoom_changed.connect(
            lambda zoom: setattr(self.settings, "timetable_zoom", zoom)
        )
        self.speakers.open_session.connect(self.open_session)
        self.agenda.open_session.connect(self.open_session)
        self.notes.open_session.connect(self.open_session)
        self.notes.open_speaker.connect(self.open_speaker)
        self.notes.message.connect(self.show_banner)
        # Through the property, so that the export code is loaded on first use.
        self.agenda.export_requested.connect(self._export_calendar)
        self.notes.export_requested.connect(self._export_notes)
        self.agenda.print_requested.connect(self._print_agenda)
        for editor in (self.programme.notes, self.speakers.notes, self.notes.editor):
            editor.save_failed.connect(self._note_save_message)
            editor.saves_resumed.connect(self._notes_saved_again)
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_INTERVAL_MS)
        self._backup_timer.timeout.connect(self._backup)
        for view in (self.programme.view, self.speakers.view, self.agenda.view, self.notes.view):
            view.first_painted.connect(self._painted)

        self._fill_forums()
        self.forum_box.currentIndexChanged.connect(self._forum_changed)
        self._restore_settings()
        self._forum_changed()

    # Construction ------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.bookmark_action = QAction(self)
        self.bookmark_action.setShortcut(QKeySequence("Ctrl+D"))
        self.bookmark_action.triggered.connect(self.toggle_bookmark)
        self.local_time_action = QAction(self)
        self.local_time_action.setCheckable(True)
        self.local_time_action.toggled.connect(self._local_time_toggled)
        self.relevance_action = QAction(self)
        self.relevance_action.setCheckable(True)
        self.relevance_action.toggled.connect(self.programme.set_by_relevance)
        self.timetable_action = QAction(self)
        self.timetable_action.setCheckable(True)
        self.timetable_action.setShortcut(QKeySequence("Ctrl+T"))
        self.timetable_action.toggled.connect(self._show_timetable)
        self.now_action = QAction(self)
        self.now_action.setShortcut(QKeySequence("Ctrl+J"))
        self.now_action.triggered.connect(self._jump_to_now)
        self.now_next_action = QAction(self)
        self.now_next_action.setShortcut(QKeySequence("Ctrl+N"))
        self.now_next_action.triggered.connect(self.show_now_and_next)
        # Ctrl+P before the File menu has been opened (its commands are added then).
        self.print_shortcut = QShortcut(QKeySequence.StandardKey.Print, self)
        self.print_shortcut.activated.connect(self._print_agenda)
        self.import_action = QAction(self)
        self.import_action.setShortcut(QKeySequence.StandardKey.Open)
        self.import_action.triggered.connect(lambda _checked=False: self.import_flow.run())
        self.manage_programmes_action = ManageProgrammesAction(
            lambda: self.context, lambda: self.import_flow, self
        )
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.tab_actions = []
        for number in range(self.tabs.count()):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _checked=False, n=number: self.tabs.setCurrentIndex(n))
            self.tab_actions.append(action)
        self.follow_ups_action = QAction(self)
        self.follow_ups_action.setShortcut(QKeySequence("Ctrl+5"))
        self.follow_ups_action.triggered.connect(lambda _checked=False: self.show_follow_ups())
        self.tab_actions.append(self.follow_ups_action)
        for action in (
            self.find_action,
            self.bookmark_action,
            self.timetable_action,
            self.now_action,
            self.now_next_action,
            self.shortcuts_action,
            *self.tab_actions,
        ):
            self.addAction(action)

    def _build_toolbar(self) -> None:
        bar = self.tool_bar = QToolBar(self)
        bar.setObjectName("mainToolBar")
        bar.setMovable(False)
        label = self.forum_label = QLabel(self)
        label.setBuddy(self.forum_box)
        bar.addWidget(label)
        bar.addWidget(self.forum_box)
        bar.addSeparator()
        bar.addWidget(self.search)
        bar.addSeparator()
        bar.addAction(self.now_next_action)
        bar.addSeparator()
        self.local_time_switch = LocalTimeSwitch(self.local_time_action, self)
        bar.addWidget(self.local_time_switch)
        self.addToolBar(bar)

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu("")
        self.file_menu = file_menu
        file_menu.addAction(self.import_action)
        self.web_updates = install_web_updates(self)
        file_menu.addAction(self.manage_programmes_action)
        self._before_quit = file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        # The export commands load their formats' libraries: add them when the menu first opens.
        file_menu.aboutToShow.connect(self._add_export_commands)
        self.undo = install_undo(self, self.library, self.central_layout)
        view = self.view_menu = menus.addMenu("")
        for action in self.tab_actions:
            view.addAction(action)
        view.addSeparator()
        view.addAction(self.timetable_action)
        view.addAction(self.now_action)
        view.addAction(self.now_next_action)
        view.addSeparator()
        view.addAction(self.local_time_action)
        view.addAction(self.relevance_action)
        view.addAction(self.find_action)
        view.addSeparator()
        self.language_menu = LanguageMenu(view, self.settings, self)
        session = menus.addMenu("")
        session.addAction(self.bookmark_action)
        self.session_menu = session
        # The reminder choices read the reminder code: added when the menu first opens.
        session.aboutToShow.connect(lambda: self.reminder_actions)
        help_menu = self.help_menu = menus.addMenu("")
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        """Set every text of the window's own in the current language."""
        self.tabs.setAccessibleName(tr("Sections"))
        tab_names = (tr("&Programme"), tr("Spea&kers"), tr("My &agenda"), tr("&Notes"))
        for number, name in enumerate(tab_names):
            self.tabs.setTabText(number, name)
            self.tab_actions[number].setText(name)
        self.forum_box.setAccessibleName(tr("Forum"))
        self.forum_box.setToolTip(tr("Choose the forum to show"))
        self.search.setAccessibleName(tr("Search"))
        self.search.setPlaceholderText(tr("Search sessions, speakers and notes (Ctrl+F)"))
        self.find_action.setText(tr("&Find…"))
        self.bookmark_action.setText(tr("&Bookmark session"))
        self.local_time_action.setText(tr("Show times in &my time zone"))
        self.local_time_action.setToolTip(
            tr("Show session times in this computer's time zone instead of the forum's")
        )
        self.relevance_action.setText(tr("Search results by &relevance"))
        self.relevance_action.setToolTip(
            tr("List the sessions found best match first instead of by day and time")
        )
        self.timetable_action.setText(tr("Programme as &timetable"))
        self.timetable_action.setToolTip(
            tr("Show a day of the programme as a timetable of rooms and hours")
        )
        self.now_action.setText(tr("&Jump to now"))
        self.now_action.setToolTip(tr("Show the sessions on now in the programme"))
        self.now_next_action.setText(tr("Now and ne&xt"))
        self.now_next_action.setToolTip(
            tr("What is on now and what starts next, your bookmarked sessions first (Ctrl+N)")
        )
        self.import_action.setText(tr("&Import schedule…"))
        self.import_action.setToolTip(
            tr("Import a conference schedule (frab or Pentabarf XML, frab or pretalx JSON)")
        )
        self.quit_action.setText(tr("&Quit"))
        self.follow_ups_action.setText(tr("Follo&w-ups"))
        self.follow_ups_action.setToolTip(tr("The lines of your notes that begin with [ ]"))
        self.shortcuts_action.setText(tr("&Keyboard shortcuts"))
        self.about_action.setText(tr("&About ForumGuide"))
        self.tool_bar.setWindowTitle(tr("Main tool bar"))
        self.forum_label.setText(tr("Fo&rum:"))
        self.file_menu.setTitle(tr("&File"))
        self.view_menu.setTitle(tr("&View"))
        self.session_menu.setTitle(tr("&Session"))
        self.help_menu.setTitle(tr("&Help"))
        if "reminder_actions" in self.__dict__:  # made when the Session menu first opened
            self._retranslate_reminders()
        for flow in ("export_flow", "print_flow"):  # made on first use
            if flow in self.__dict__:
                self.__dict__[flow].retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @cached_property
    def context(self) -> WindowContext:
        """What the import and export flows may use of the window."""
        return WindowContext(
            parent=self,
            library=self.library,
            paths=self.paths,
            settings=self.settings,
            tasks=self.tasks,
            personal=lambda: self.data,
            flush_notes=self.flush_notes,
            current_forum=self.current_forum,
            show_message=self.show_banner,
            programmes_changed=self.refresh_programmes,
            shown_day=self.programme.shown_day,
        )

    @cached_property
    def import_flow(self) -> ImportFlow:
        from forumguide.ui.import_flow import ImportFlow  # noqa: PLC0415

        return ImportFlow(self.context)

    @cached_property
    def export_flow(self) -> ExportFlow:
        from forumguide.ui.export_flow import ExportFlow  # noqa: PLC0415

        flow = ExportFlow(self.context)
        flow.merged.connect(self._reload_note_editors)
        return flow

    @cached_property
    def print_flow(self) -> PrintFlow:
        from forumguide.ui.print_flow import PrintFlow  # noqa: PLC0415

        return PrintFlow(self.context, self.export_flow)

    def _print_agenda(self) -> None:
        self.print_flow.print_agenda()

    def _export_calendar(self) -> None:
        self.export_flow.export_calendar()

    def _add_to_calendar(self, session: Session) -> None:
        self.export_flow.add_session_to_calendar(session)

    def _export_notes(self) -> None:
        self.export_flow.export_notes()

    def _add_export_commands(self) -> None:
        """Put the export commands in the File menu, above Quit (once)."""
        self.file_menu.aboutToShow.disconnect(self._add_export_commands)
        flow, menu, anchor = self.export_flow, self.file_menu, self._before_quit
        printing = self.print_flow
        menu.insertSeparator(anchor)
        menu.insertActions(
            anchor,
            [
                printing.print_agenda_action,
                printing.agenda_pdf_action,
                printing.print_day_action,
                printing.day_pdf_action,
            ],
        )
        menu.insertSeparator(anchor)
        menu.insertActions(anchor, [flow.calendar_action, flow.notes_action, flow.programme_action])
        menu.insertSeparator(anchor)
        menu.insertActions(anchor, [flow.export_personal_action, flow.import_personal_action])
        self.print_shortcut.setEnabled(False)  # the menu's command has the key now

    def refresh_programmes(self, forum_slug: str) -> None:
        """Show the library's forums again after a catalog was added, replaced or removed."""
        shown = forum_slug or self.current_forum()
        self._fill_forums()
        self.forum_box.blockSignals(True)
        self.select_forum(shown)
        self.forum_box.blockSignals(False)
        self._forum_changed()
        self.agenda.reload()
        self.notes.reload()

    def _fill_forums(self) -> None:
        self.forum_box.blockSignals(True)
        self.forum_box.clear()
        for forum in forums_in_order(self.library):
            self.forum_box.addItem(forum.name, forum.slug)
        self.forum_box.blockSignals(False)
        if self.forum_box.count() == 0:
            self.show_problem(
                tr("No programme could be opened. Reinstall ForumGuide, or import a schedule.")
            )

    # Personal data -----------------------------------------------------------------------

    def _painted(self) -> None:
        if not self.painted:
            self.painted = True
            self.first_painted.emit()

    def after_first_paint(self, callback: Callable[[], None], delay_ms: int = 1) -> None:
        """Run ``callback`` once the window has shown its content (at once if it has).

        The delay lets the paint, and anything already queued behind it, finish first.
        """
        # With the window as context: a window closed and deleted meanwhile cancels the call.
        if self.painted:
            QTimer.singleShot(delay_ms, self, callback)
            return
        self.first_painted.connect(
            lambda: QTimer.singleShot(delay_ms, self, callback),
            Qt.ConnectionType.SingleShotConnection,
        )

    def attach_store_soon(self, open_store: Callable[[], PersonalStore]) -> None:
        """Open the personal store off the GUI thread, once the window has been painted.

        Opening it loads SQLAlchemy and checks the file, which takes longer than painting the
        whole window, and may take long on a slow disk: the tabs say so meanwhile.
        """
        self.after_first_paint(lambda: self.open_store(open_store))

    def open_store(self, open_store: Callable[[], PersonalStore]) -> None:
        patience = QTimer(self)
        patience.setSingleShot(True)
        patience.timeout.connect(
            lambda: self.show_problem(
                tr("Your bookmarks and notes are still being opened; please wait."),
                key=STORE_MESSAGE,
            )
        )
        patience.start(STORE_PATIENCE_MS)

        def opened(store: PersonalStore) -> None:
            patience.stop()
            self.banner.clear_message(STORE_MESSAGE)
            try:
                data = PersonalData(store, self.library, self)
            except PersonalStoreError as error:
                store.close()
                failed(error)
                return
            self.attach(data)

        def failed(error: BaseException) -> None:
            patience.stop()
            if not isinstance(error, PersonalStoreError):
                raise error
            log.error("personal store not opened: %s", error)
            self.banner.clear_message(STORE_MESSAGE)
            # A sentence about the bookmarks and notes file says itself what was not opened.
            self.show_problem(
                error_text(error)
                if error.what in ABOUT_THE_STORE_FILE
                else tr("Your bookmarks and notes could not be opened: {error}").format(
                    error=error_text(error)
                )
            )
            for tab in (self.agenda, self.notes):
                tab.store_failed()

        self.tasks.run_task(
            lambda _progress: open_store(),
            opened,
            failed,
            title=tr("Opening your bookmarks and notes"),
        )

    def attach(self, data: PersonalData) -> None:
        self.data = data
        data.write_failed.connect(self.show_problem)
        # A session bookmarked that starts within the reminder's time is reminded of at once.
        data.bookmarks_changed.connect(self.reminders.check)
        if data.store.recovery is not None:
            self._show_recovery(data)
        self._backup_timer.start()
        if data.read_only:
            self.show_problem(read_only_text(data.store))
        for tab in (self.programme, self.speakers, self.agenda, self.notes):
            tab.attach(data)
        self.undo.attach(data)
        self.reminders.check()

    # Navigation --------------------------------------------------------------------------

    def current_forum(self) -> str:
        return str(self.forum_box.currentData() or "")

    def select_forum(self, slug: str) -> None:
        index = self.forum_box.findData(slug)
        if index >= 0:
            self.forum_box.setCurrentIndex(index)

    def _forum_changed(self) -> None:
        slug = self.current_forum()
        if not slug:
            return
        self.programme.set_forum(slug)
        self.speakers.set_forum(slug)
        forum = self.library.forum(slug)
        self.setWindowTitle(f"{forum.name} — {APP_NAME}" if forum else APP_NAME)

    def open_session(self, guid: str, forum_slug: str = "") -> None:
        """Show the session ``guid`` of ``forum_slug`` in the Programme tab."""
        session = self.library.session(guid, forum_slug)
        if session is None:
            self.show_banner(tr("That session is no longer in the programme."))
            return
        if session.forum_slug != self.current_forum():
            self.select_forum(session.forum_slug)
        self.tabs.setCurrentIndex(PROGRAMME)
        self.programme.select_session(guid)
        self.programme.focus_selection()

    def show_follow_ups(self) -> None:
        """View › Follow-ups: the Notes tab's list of follow-ups, with the keyboard in it."""
        self.tabs.setCurrentIndex(NOTES)
        self.notes.show_page(FOLLOW_UPS_PAGE)

    def open_speaker(self, slug: str) -> None:
        self.tabs.setCurrentIndex(SPEAKERS)
        self.speakers.select_speaker(slug)
        self.speakers.view.setFocus()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _apply_search(self) -> None:
        """Search in the tab shown; the other tabs catch up when they are shown."""
        self._search_timer.stop()
        text = self.search.text()
        for tab in (self.programme, self.speakers, self.agenda, self.notes):
            tab.set_query(text)
        self.search_everywhere.set_query(text)

    def apply_search_now(self) -> None:
        self._apply_search()

    def focus_results_of_tab(self) -> None:
        """Give the keyboard to the list of the tab shown, on its current or first row."""
        tab = self.tabs.currentWidget()
        if tab is self.programme:
            self.programme.focus_selection()
            if self.programme.timetable_shown:
                return
        view = getattr(tab, "view", None)
        if view is None:
            return
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        model = view.model()
        if not view.currentIndex().isValid() and model is not None:
            first = getattr(model, "first_item_row", lambda: 0)()
            index = model.index(first, 0)
            if index.isValid():
                view.setCurrentIndex(index)

    def toggle_bookmark(self) -> None:
        """Ctrl+D: the session selected in My agenda there, else the one selected in Programme.

        Only a session that is selected and listed: a filter or a search may hide the one whose
        details were shown last, and that one is left alone.
        """
        if self.data is None:
            return
        if self.tabs.currentIndex() == AGENDA:
            key = self.agenda.selected_key()
            if key is None:
                return
            session = self.library.session(key[1], key[0])
            if session is not None:
                self.data.set_bookmarked(session, not self.data.is_bookmarked(key))
            else:
                self.data.remove_bookmark(key)  # a session no longer in the programme
            return
        if self.tabs.currentIndex() != PROGRAMME:
            return
        self.programme.toggle_bookmark()

    @cached_property
    def now_and_next(self) -> NowAndNextWindow:
        from forumguide.ui.now_next import NowAndNextWindow  # noqa: PLC0415 - on first use

        window = NowAndNextWindow(
            self.library,
            self.clock,
            self.current_forum,
            lambda slug: self.data.bookmarked_in(slug) if self.data is not None else frozenset(),
            self,
        )
        window.open_session.connect(self.open_session)
        window.jump_requested.connect(self._jump_to_now)
        return window

    def show_now_and_next(self) -> None:
        window = self.now_and_next
        if window.isVisible():
            window.refresh()
        window.show()
        window.raise_()
        window.activateWindow()

    @cached_property
    def reminders(self) -> Reminders:
        from forumguide.ui.reminders import Reminders  # noqa: PLC0415 - not needed to start

        reminders = Reminders(self.library, self.clock, self.settings, lambda: self.data, self)
        reminders.remind.connect(self._remind)
        return reminders

    @cached_property
    def reminder_actions(self) -> dict[int, QAction]:
        """Session › Remind me of bookmarked sessions: never, or some minutes before."""
        from forumguide.domain.reminders import LEADS  # noqa: PLC0415

        self.reminder_menu = self.session_menu.addMenu("")
        choices = QActionGroup(self)
        choices.setExclusive(True)
        actions: dict[int, QAction] = {}
        for minutes in LEADS:
            action = self.reminder_menu.addAction("")
            action.setCheckable(True)
            action.setChecked(minutes == self.reminders.lead_minutes)
            action.triggered.connect(
                lambda _checked=False, m=minutes: self.reminders.set_lead_minutes(m)
            )
            choices.addAction(action)
            actions[minutes] = action
        self.__dict__["reminder_actions"] = actions
        self._retranslate_reminders()
        return actions

    def _retranslate_reminders(self) -> None:
        self.reminder_menu.setTitle(tr("&Remind me of bookmarked sessions"))
        for minutes, action in self.reminder_actions.items():
            action.setText(
                tr("&Never")
                if minutes == 0
                # No mnemonics for the minutes: 10 and 15 would share one.
                else tr("{minutes} minutes before").format(minutes=minutes)
            )

    def _remind(self, happenings: list[Happening[Session]]) -> None:
        """Tell the user bookmarked sessions start soon: one desktop notification where the
        desktop shows them (clicking it shows the first), else a strip in the window for each.
        """
        from forumguide.ui.reminders import ReminderBar, reminders_text  # noqa: PLC0415

        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            if self._tray is None:
                self._tray = QSystemTrayIcon(self.windowIcon(), self)
                self._tray.setToolTip(APP_NAME)
                self._tray.messageClicked.connect(self._tray_clicked)
                self._tray.show()
            title, body = reminders_text(happenings)
            first = happenings[0].session
            self._tray_session = (first.guid, first.forum_slug)
            self._tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 60_000)
            return
        for happening in reversed(happenings):  # the soonest on top
            bar = ReminderBar(happening, happening.starts - self.clock.now(), self)
            bar.open_requested.connect(self._open_from_reminder)
            self.central_layout.insertWidget(1, bar)
            self.reminder_bars.append(bar)
            bar.destroyed.connect(lambda _object=None, b=bar: self.reminder_bars.remove(b))

    def _tray_clicked(self) -> None:
        if self._tray_session is not None:
            self._open_from_reminder(*self._tray_session)

    def _open_from_reminder(self, guid: str, forum_slug: str) -> None:
        self.handle_arguments([])  # to the front
        self.open_session(guid, forum_slug)

    def _show_timetable(self, shown: bool) -> None:
        if shown != self.programme.timetable_shown:
            self.tabs.setCurrentIndex(PROGRAMME)
            self.programme.set_timetable_shown(shown)

    def _jump_to_now(self) -> None:
        self.tabs.setCurrentIndex(PROGRAMME)
        self.programme.jump_to_now()

    def _local_time_toggled(self, checked: bool) -> None:
        formatter = TimeFormatter(use_local=checked)
        for tab in (self.programme, self.speakers, self.agenda):
            tab.set_formatter(formatter)

    def _tab_changed(self, _index: int) -> None:
        self.flush_notes()

    def show_banner(self, text: str, key: str = "", *, lasting: bool = False) -> None:
        """Show ``text`` in the message bar: passing, or ``lasting`` (a problem that holds)."""
        self.banner.show_message(text, key=key, lasting=lasting)

    def show_problem(self, text: str, key: str = "") -> None:
        self.show_banner(text, key, lasting=True)

    def _note_save_message(self, text: str) -> None:
        # A later message about saving notes replaces the earlier one instead of piling up.
        self.banner.show_message(text, key=NOTE_SAVE_MESSAGE, lasting=True)

    def _notes_saved_again(self, text: str) -> None:
        self.banner.clear_message(NOTE_SAVE_MESSAGE)
        self.banner.show_message(text)

    def _show_recovery(self, data: PersonalData) -> None:
        """Say what happened to the store until the user has read it; offer what was saved."""
        from forumguide.ui.recovery_notice import RecoveryNotice  # noqa: PLC0415 - rarely

        recovery = data.store.recovery
        assert recovery is not None
        notice = RecoveryNotice(self)
        self.recovery_notice = notice
        self.central_layout.insertWidget(1, notice)
        notice.show_recovery(recovery)
        notice.acknowledged.connect(data.store.acknowledge_recovery)
        notice.add_back_requested.connect(lambda: self._add_salvage_back(data))

    def _add_salvage_back(self, data: PersonalData) -> None:
        """Merge the notes, bookmarks and hidden items found in set-aside files, keeping every
        word."""
        from forumguide.interchange.personal_file import combine_notes  # noqa: PLC0415

        recovery = data.store.recovery
        if recovery is None or data.read_only:
            return
        salvaged = recovery.salvaged
        store = data.store

        def added(counts: tuple[int, int, int, int]) -> None:
            bookmarks, notes, merged, hidden = counts
            data.changed_elsewhere(hidden_in=(item.forum_slug for item in salvaged.hidden))
            self._reload_note_editors()
            assert self.recovery_notice is not None
            message = tr(
                "Added back: {bookmarks} bookmark(s), {notes} note(s), and {merged} note(s) "
                "combined with yours (both texts kept)."
            ).format(bookmarks=bookmarks, notes=notes, merged=merged)
            if hidden:
                message += " " + tr("{count} hidden room(s), track(s) or session(s) added.").format(
                    count=hidden
                )
            self.recovery_notice.salvage_added(message)

        self.tasks.run_task(
            lambda _progress: store.merge_records(
                salvaged.bookmarks, salvaged.notes, combine_notes, salvaged.hidden
            ),
            added,
            lambda error: self.show_banner(
                tr("The notes found could not be added back: {reason}").format(
                    reason=error_text(error)
                )
            ),
            title=tr("Adding back the notes found"),
        )

    def _backup(self) -> None:
        """The half-hourly backup, off the GUI thread (it copies and checks the whole file)."""
        if self.data is None:
            return
        store = self.data.store
        self.tasks.run_task(
            lambda _progress: store.backup(),
            lambda _backup: None,
            lambda error: log.warning("backup failed: %s", error),
            title=tr("Backing up your bookmarks and notes"),
        )

    def _reload_note_editors(self) -> None:
        """Show merged text in the note editors, which hold the note they opened."""
        for editor in (self.programme.notes, self.speakers.notes, self.notes.editor):
            editor.reload()

    def handle_arguments(self, arguments: list[str]) -> None:
        """Take the arguments of a later launch: come to the front and open any file named."""
        log.info("handling arguments: %s", arguments)
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        for argument in arguments:
            path = Path(argument)
            if argument.startswith("-"):
                continue
            if not path.is_file():
                self.show_banner(tr("{path} is not a file that can be opened.").format(path=path))
                continue
            # Once the hand-over has returned: the import may ask a question in a dialog.
            QTimer.singleShot(0, lambda file=path: self._import_when_free(file))

    def flush_notes(self) -> bool:
        saved = self.programme.notes.flush()
        saved = self.notes.flush() and saved
        return self.speakers.notes.flush() and saved

    def show_shortcuts(self) -> None:
        """Help › Keyboard shortcuts: the commands of the menus (those added when a menu first
        opens included) and of the window that have keys."""
        from forumguide.ui.shortcuts_help import ShortcutsDialog, shortcut_rows  # noqa: PLC0415

        self.file_menu.aboutToShow.emit()
        self.session_menu.aboutToShow.emit()
        rows = shortcut_rows(self.menuBar(), self.findChildren(QAction))
        dialog = ShortcutsDialog(rows, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            tr("About ForumGuide"),
            tr(
                "<p><b>ForumGuide {version}</b></p><p>An offline guide to international forums: "
                "the programme, the speakers, your bookmarks and your notes.</p>"
                "<p>Your data is kept in {folder}</p>"
            ).format(version=__version__, folder=self.paths.data_dir),
        )

    # Settings ----------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = self.settings
        geometry = settings.geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(first_start_size(self.screen().availableGeometry()))
        state = settings.state
        if state is not None:
            self.restoreState(state)
        if settings.forum:
            self.select_forum(settings.forum)
        self.local_time_action.setChecked(settings.local_time)
        self.relevance_action.setChecked(settings.by_relevance)
        self.programme.timetable_zoom = settings.timetable_zoom
        if settings.timetable_shown:
            self.programme.set_timetable_shown(True)
        tab = settings.tab
        self.tabs.setCurrentIndex(tab if 0 <= tab < self.tabs.count() else 0)
        restore_splitters(self.settings, self._panes())
        self.notes.set_order(settings.notes_order)

    def _panes(self) -> tuple[tuple[str, QWidget], ...]:
        """The tabs whose splitters' positions are kept, by name."""
        return (("programme", self.programme), ("speakers", self.speakers))

    def save_settings(self) -> None:
        settings = self.settings
        settings.geometry = self.saveGeometry()
        settings.state = self.saveState()
        settings.forum = self.current_forum()
        settings.tab = self.tabs.currentIndex()
        settings.local_time = self.local_time_action.isChecked()
        settings.by_relevance = self.relevance_action.isChecked()
        settings.timetable_shown = self.programme.timetable_shown
        if self.programme.timetable_zoom is not None:
            settings.timetable_zoom = self.programme.timetable_zoom
        save_splitters(self.settings, self._panes())
        settings.notes_order = self.notes.order.value
        settings.sync()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if not files:
            return
        event.acceptProposedAction()
        # Import once the drop has finished: the import may ask a question in a dialog.
        QTimer.singleShot(0, lambda: self._import_when_free(files[0]))

    def _import_when_free(self, path: Path) -> None:
        """Import ``path`` now, or after the import that is running."""
        flow = self.import_flow
        if flow.busy:
            flow.finished.connect(
                lambda: self._import_when_free(path), Qt.ConnectionType.SingleShotConnection
            )
            return
        flow.import_file(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.flush_notes():
            answer = QMessageBox.warning(
                self,
                tr("Your note is not saved"),
                tr("Your note could not be saved. Close anyway and lose the unsaved text?"),
                QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        for task in list(self.tasks.running):
            task.cancel()
        if "reminders" in self.__dict__:  # made once the store was attached
            self.reminders.stop()
        if self._tray is not None:
            self._tray.hide()
        self.save_settings()
        super().closeEvent(event)
