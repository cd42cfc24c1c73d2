"""What the programme and people lists do besides listing: a click on ★, sortable headings,
context menus (also on the Menu key and Shift+F10), and hiding rooms, tracks and sessions.

Sorting runs in SQL over the catalog's precomputed orders (see
:meth:`~forumguide.catalog.reader.CatalogReader.session_ids`): the list still holds ids and reads
only the rows it paints. What a delegate hides is theirs and lives in the personal store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, QPoint, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QWidget,
)

from forumguide.catalog.reader import SessionFilter, SessionOrder
from forumguide.domain.hidden import Hidden, HiddenItem, HiddenKind
from forumguide.domain.model import Session
from forumguide.ui.formatting import short_date, tr
from forumguide.ui.models import SessionListModel, SpeakerListModel

if TYPE_CHECKING:
    from forumguide.catalog.library import CatalogLibrary
    from forumguide.domain.model import Forum
    from forumguide.ui.formatting import TimeFormatter
    from forumguide.ui.personal_data import PersonalData
    from forumguide.ui.timetable import TimetablePanel
    from forumguide.ui.views import SectionedTableView


class ProgrammeList(Protocol):
    """What these commands use of the Programme tab."""

    view: SectionedTableView
    model: SessionListModel
    library: CatalogLibrary
    data: PersonalData | None
    forum: Forum | None
    formatter: TimeFormatter
    filters: QWidget
    message: Any  # Signal(str): a sentence for the window's message bar
    open_speaker: Any  # Signal(str): a person's slug
    calendar_wanted: Any  # Signal(Session): to be saved alone as an iCalendar file

    def reload(self, *, force: bool = False) -> None: ...

    def timetable_if_made(self) -> TimetablePanel | None: ...


class PeopleList(Protocol):
    """What these commands use of the Speakers tab."""

    view: SectionedTableView
    model: SpeakerListModel
    library: CatalogLibrary
    forum_slug: str
    open_session: Any  # Signal(str, str): a session's guid and forum slug

    @property
    def details(self) -> QWidget: ...

    def select_speaker(self, slug: str) -> bool: ...


log = logging.getLogger(__name__)

# The list's columns that sort, and the order each sorts by (None: the programme's own).
SORTABLE: dict[int, SessionOrder | None] = {
    SessionListModel.TIME: None,
    SessionListModel.TITLE: SessionOrder.TITLE,
    SessionListModel.SPEAKERS: SessionOrder.PEOPLE,
    SessionListModel.TRACK: SessionOrder.TRACK,
    SessionListModel.ROOM: SessionOrder.ROOM,
}
_WEB_SCHEMES = ("http", "https")


def language_name(code: str) -> str:
    """A language code as the delegate reads it ("en" -> "English"), or the code itself."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C or len(code) > 3:
        return code
    name = QLocale.languageToString(locale.language())
    return name or code


def _web_url(text: str) -> QUrl | None:
    url = QUrl(text.strip())
    return url if url.isValid() and url.scheme().lower() in _WEB_SCHEMES else None


def _menu_position(view: QWidget, index: QModelIndex) -> QPoint:
    """Where a menu opened from the keyboard appears: at the current row, or the list's corner."""
    from PySide6.QtWidgets import QAbstractItemView  # noqa: PLC0415

    if isinstance(view, QAbstractItemView) and index.isValid():
        rect = view.visualRect(index)
        return view.viewport().mapToGlobal(rect.bottomLeft())
    return view.mapToGlobal(QPoint(0, 0))


class _KeyboardMenu(QObject):
    """Opens a list's menu at its current row when the Menu key asks for one (a mouse click
    opens it where the pointer is)."""

    def __init__(self, view: QWidget, open_menu: Callable[[], None]) -> None:
        super().__init__(view)
        self.open_menu = open_menu
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ContextMenu
            and isinstance(event, QContextMenuEvent)
            and event.reason() == QContextMenuEvent.Reason.Keyboard
        ):
            self.open_menu()
            return True
        return False


def _shift_f10(view: QWidget, slot: Callable[[], None]) -> QAction:
    """Shift+F10 opens the context menu, as the Menu key does."""
    action = QAction(view)
    action.setShortcut(QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F10))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    view.addAction(action)
    _KeyboardMenu(view, slot)
    return action


class ProgrammeListActions(QObject):
    """The Programme tab's list commands: ★ by mouse, sorting, the session menu and hiding."""

    def __init__(self, tab: ProgrammeList) -> None:
        super().__init__(tab.view)
        self.tab = tab
        self.order: SessionOrder | None = None
        self.descending = False
        self.hidden = Hidden()
        self.hidden_items: list[HiddenItem] = []
        self.hidden_count = 0
        self.menu: QMenu | None = None  # the menu open now (for tests and screen readers)

        view = tab.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._menu_at)
        self.menu_key = _shift_f10(view, self.open_menu)
        view.clicked.connect(self._clicked)

        header = view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(SessionListModel.TIME, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_clicked)
        header.resizeSection(
            SessionListModel.STAR,
            header.sectionSize(SessionListModel.STAR) + view.fontMetrics().horizontalAdvance("✎"),
        )
        self._padding = header.sectionSize(
            SessionListModel.STAR
        ) - view.fontMetrics().horizontalAdvance("★✎")
        self._fitted: tuple[int, bool, str, object] | None = None
        tab.model.modelReset.connect(self.fit_columns)

        # Below the list, where there is room: the row of filters above is full already.
        self.hidden_bar = QWidget(tab.view.parentWidget())
        bar = QHBoxLayout(self.hidden_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.language_caption = QLabel(self.hidden_bar)
        self.language = QComboBox(self.hidden_bar)
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language.currentIndexChanged.connect(lambda _index: tab.reload())
        self.language_caption.setBuddy(self.language)
        self.hidden_label = QLabel(self.hidden_bar)
        self.show_hidden = QPushButton(self.hidden_bar)
        self.show_hidden.setMenu(QMenu(self.show_hidden))
        self.show_hidden.menu().aboutToShow.connect(self._fill_show_menu)
        self.hidden_label.setBuddy(self.show_hidden)
        bar.addWidget(self.language_caption)
        bar.addWidget(self.language)
        bar.addSpacing(12)
        bar.addWidget(self.hidden_label)
        bar.addWidget(self.show_hidden)
        bar.addStretch(1)
        self.hidden_bar.hide()
        listing = tab.view.parentWidget()
        layout = listing.layout() if listing is not None else None
        if layout is not None:
            layout.addWidget(self.hidden_bar)

        self.retranslate()
        view.installEventFilter(self)

    def retranslate(self) -> None:
        self._fitted = None  # "time TBC" may be longer or shorter in another language
        self.language_caption.setText(tr("Lan&guage:"))
        self.language.setAccessibleName(tr("{name} filter").format(name=tr("Language")))
        self.show_hidden.setText(tr("Show…"))
        self.show_hidden.setAccessibleName(tr("Show hidden sessions again"))
        self.show_hidden.setToolTip(tr("Show hidden rooms, tracks or sessions again"))
        self._update_hidden_label()
        if self.language.count():
            self.language.setItemText(0, tr("All languages"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tab.view:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            elif event.type() == QEvent.Type.Resize:
                self.fit_columns()
        return False

    def fit_columns(self) -> None:
        """Share the list's width out: the time as wide as its text (with the day, when the
        list is not under day headings), then people, track and room by a fixed share each,
        and the rest to the title, so that no column is pushed out of a small window."""
        view = self.tab.view
        headings = tuple(
            self.tab.model.headerData(column, Qt.Orientation.Horizontal)
            for column in range(self.tab.model.columnCount())
        )
        shape = (view.viewport().width(), self.tab.model.by_day, view.font().key(), headings)
        if shape == self._fitted:
            return  # a search changes the rows, not the widths
        self._fitted = shape
        header = view.horizontalHeader()
        metrics = view.fontMetrics()
        samples = ["00:00–00:00", tr("time TBC")]
        if not self.tab.model.by_day:
            # A week of days, in case the names of the days differ in length.
            days = [date(2021, 9, day) for day in range(20, 27)]
            samples = [f"{short_date(day)}, {text}" for day in days for text in samples]
        time = max(metrics.horizontalAdvance(text) for text in samples) + self._padding
        # The heading names the zone and may carry the sort mark: it is shown whole too.
        time = max(time, header.sectionSizeFromContents(SessionListModel.TIME).width())
        header.resizeSection(SessionListModel.TIME, time)
        fixed = sum(
            header.sectionSize(column) for column in (SessionListModel.STAR, SessionListModel.TIME)
        )
        width = max(0, view.viewport().width() - fixed)
        for column, share in (
            (SessionListModel.SPEAKERS, 0.26),
            (SessionListModel.TRACK, 0.17),
            (SessionListModel.ROOM, 0.14),
        ):
            # Never narrower than the heading: a longer language's heading is read whole.
            heading = header.sectionSizeFromContents(column).width()
            header.resizeSection(column, max(48, int(width * share), heading))

    # The forum, the filter and the order --------------------------------------------------

    def set_forum(self, slug: str, languages: tuple[str, ...]) -> None:
        """Fill the language filter and read what the delegate hid in the forum."""
        self.language.blockSignals(True)
        self.language.clear()
        self.language.addItem(tr("All languages"), "")
        for code in languages:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(0)
        self.language.blockSignals(False)
        # One language is nothing to choose between.
        shown = len(languages) > 1
        self.language.setVisible(shown)
        self.language_caption.setVisible(shown)
        self._update_hidden_label()
        self._read_hidden(slug)

    def attach(self, data: PersonalData) -> None:
        """Follow what the delegate hides, and list the forum shown without it."""
        data.hidden_changed.connect(self._hidden_changed)
        if self.tab.forum is not None:
            self._hidden_changed(self.tab.forum.slug)

    def _hidden_changed(self, slug: str) -> None:
        if self.tab.forum is not None and self.tab.forum.slug == slug:
            self._read_hidden(slug)
            self.tab.reload()
            timetable = self.tab.timetable_if_made()
            if timetable is not None and timetable.forum is not None:
                timetable.show_day()

    def _read_hidden(self, slug: str) -> None:
        data = self.tab.data
        self.hidden_items = data.hidden_items(slug) if data is not None else []
        self.hidden = Hidden.of(self.hidden_items)

    def without_hidden(self, selection: SessionFilter) -> SessionFilter:
        """``selection`` less what the delegate hid (the timetable's narrowing)."""
        return replace(
            selection,
            hidden_rooms=self.hidden.rooms,
            hidden_tracks=self.hidden.tracks,
            hidden_guids=self.hidden.guids,
        )

    def narrowed(self, selection: SessionFilter) -> SessionFilter:
        """``selection`` with the chosen language, less what the delegate hid."""
        return self.without_hidden(replace(selection, language=self.language.currentData() or ""))

    @property
    def sorted(self) -> bool:
        """Whether the list is sorted otherwise than by day and time."""
        return self.order is not None or self.descending

    def count_hidden(self, selection: SessionFilter, listed: int) -> None:
        """Count the sessions that ``selection`` (which lists ``listed``) leaves out only because
        the delegate hid them."""
        self.hidden_count = 0
        if self.hidden:
            reader = self.tab.library.reader_for(selection.forum_slug)
            if reader is not None:
                everything = replace(selection, hidden_rooms=(), hidden_tracks=(), hidden_guids=())
                self.hidden_count = len(reader.session_ids(everything)) - listed
        self._update_hidden_label()

    def explain_hidden(self, guid: str) -> None:
        """Say so when the session ``guid``, asked for elsewhere, is not listed because it is
        hidden."""
        forum = self.tab.forum
        session = self.tab.library.session(guid, forum.slug) if forum is not None else None
        if session is not None and (
            session.guid in self.hidden.guids
            or session.room in self.hidden.rooms
            or session.track in self.hidden.tracks
        ):
            self.tab.message.emit(
                tr("“{title}” is hidden. Choose Show… below the list to see it again.").format(
                    title=session.title
                )
            )

    def _update_hidden_label(self) -> None:
        self.hidden_label.setText(tr("Hidd&en: {count}").format(count=self.hidden_count))
        hides = bool(self.hidden_items)
        self.hidden_label.setVisible(hides)
        self.show_hidden.setVisible(hides)
        self.hidden_bar.setVisible(hides or self.language.count() > 2)

    def sort_by(self, column: int, descending: bool = False) -> None:
        """List the sessions sorted by ``column`` (one of :data:`SORTABLE`)."""
        if column not in SORTABLE:
            return
        header = self.tab.view.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(
            column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        )
        header.blockSignals(False)
        self.order, self.descending = SORTABLE[column], descending
        self.tab.reload(force=True)

    def _sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        if column not in SORTABLE:
            # Not a column that sorts: the indicator goes back where the list's order is.
            current = next(c for c, o in SORTABLE.items() if o == self.order)
            header = self.tab.view.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                current,
                Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)
            return
        self.sort_by(column, order == Qt.SortOrder.DescendingOrder)

    # ★ by mouse ---------------------------------------------------------------------------

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == SessionListModel.STAR:
            session = self._session_at(index.row())
            if session is not None:
                self.set_bookmarked(session, not self._bookmarked(session))

    def _bookmarked(self, session: Session) -> bool:
        data = self.tab.data
        return data is not None and data.is_bookmarked((session.forum_slug, session.guid))

    def set_bookmarked(self, session: Session, bookmarked: bool) -> None:
        data = self.tab.data
        if data is None or data.read_only:
            return
        data.set_bookmarked(session, bookmarked)

    def _session_at(self, row: int) -> Session | None:
        summary = self.tab.model.summary(row)
        if summary is None:
            return None
        reader = self.tab.library.reader_for(summary.forum_slug)
        return reader.session(summary.guid) if reader is not None else None

    # The context menu ---------------------------------------------------------------------

    def _menu_at(self, position: QPoint) -> None:
        view = self.tab.view
        index = view.indexAt(position)
        if index.isValid():
            view.setCurrentIndex(index)
        self._popup(index, view.viewport().mapToGlobal(position))

    def open_menu(self) -> None:
        """Open the context menu of the current session (from the keyboard)."""
        index = self.tab.view.currentIndex()
        self._popup(index, _menu_position(self.tab.view, index))

    def _popup(self, index: QModelIndex, where: QPoint) -> None:
        menu = self.session_menu(index.row() if index.isValid() else -1)
        self.menu = menu
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(where)

    def session_menu(self, row: int) -> QMenu:
        """The menu of the session in ``row``: only sorting when the row is not a session."""
        menu = QMenu(self.tab.view)
        menu.setAccessibleName(tr("Session menu"))
        session = self._session_at(row) if row >= 0 else None
        if session is not None:
            self._session_entries(menu, session)
            menu.addSeparator()
        sorting = menu.addMenu(tr("S&ort by"))
        names = {
            SessionListModel.TIME: tr("&Day and time"),
            SessionListModel.TITLE: tr("&Title"),
            SessionListModel.SPEAKERS: tr("&Speakers (family name)"),
            SessionListModel.TRACK: tr("T&rack"),
            SessionListModel.ROOM: tr("R&oom"),
        }
        for column, name in names.items():
            action = sorting.addAction(name)
            action.setCheckable(True)
            action.setChecked(SORTABLE[column] == self.order and not self.descending)
            action.triggered.connect(lambda _checked=False, c=column: self.sort_by(c))
        return menu

    def _session_entries(self, menu: QMenu, session: Session) -> None:
        data = self.tab.data
        writable = data is not None and not data.read_only
        bookmarked = self._bookmarked(session)
        bookmark = menu.addAction(tr("Remove &bookmark") if bookmarked else tr("&Bookmark"))
        bookmark.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_D))
        bookmark.setEnabled(writable)
        bookmark.triggered.connect(lambda: self.set_bookmarked(session, not bookmarked))
        calendar = menu.addAction(tr("Add to &calendar…"))
        calendar.setEnabled(session.day is not None)
        calendar.triggered.connect(lambda: self.tab.calendar_wanted.emit(session))
        menu.addAction(tr("Copy &title and time")).triggered.connect(
            lambda: self.copy_title_and_time(session)
        )
        url = _web_url(session.url) or next(
            (u for link in session.links if (u := _web_url(link.url)) is not None), None
        )
        link = menu.addAction(tr("Open &link"))
        link.setEnabled(url is not None)
        if url is not None:
            link.setToolTip(url.toString())
            link.triggered.connect(lambda: QDesktopServices.openUrl(url))
        reader = self.tab.library.reader_for(session.forum_slug)
        slugs = [a.speaker_slug for a in session.appearances]
        speakers = reader.speakers_by_slug(slugs) if reader is not None and slugs else {}
        if speakers:
            people = menu.addMenu(tr("&People"))
            for slug in dict.fromkeys(slugs):
                person = speakers.get(slug)
                if person is not None:
                    people.addAction(person.name).triggered.connect(
                        lambda _checked=False, s=slug: self.tab.open_speaker.emit(s)
                    )
        menu.addSeparator()
        for kind, value, text in (
            (HiddenKind.SESSION, session.guid, tr("&Hide this session")),
            (HiddenKind.ROOM, session.room, tr("Hide &room “{name}”").format(name=session.room)),
            (
                HiddenKind.TRACK,
                session.track,
                tr("Hide trac&k “{name}”").format(name=session.track),
            ),
        ):
            if not value:
                continue
            label = session.title if kind is HiddenKind.SESSION else value
            item = HiddenItem(session.forum_slug, kind, value, label)
            action = menu.addAction(text)
            action.setEnabled(writable)
            action.triggered.connect(lambda _checked=False, i=item: self.set_hidden(i, True))

    def copy_title_and_time(self, session: Session) -> None:
        summary = self.tab.formatter.clock(session)
        day = self.tab.formatter.shown_day(session)
        when = summary if day is None else f"{short_date(day)}, {summary}"
        parts = [session.title, when, session.room]
        QGuiApplication.clipboard().setText(" · ".join(p for p in parts if p))
        self.tab.message.emit(tr("Copied “{title}”.").format(title=session.title))

    # Hiding -------------------------------------------------------------------------------

    def set_hidden(self, item: HiddenItem, hidden: bool) -> None:
        data = self.tab.data
        if data is None or data.read_only:
            return
        data.set_hidden(item, hidden)

    def show_all_hidden(self) -> None:
        for item in list(self.hidden_items):
            self.set_hidden(item, False)

    def _fill_show_menu(self) -> None:
        menu = self.show_hidden.menu()
        menu.clear()
        kinds = {
            HiddenKind.ROOM: tr("Room: {name}"),
            HiddenKind.TRACK: tr("Track: {name}"),
            HiddenKind.SESSION: tr("Session: {name}"),
        }
        for item in self.hidden_items:
            text = kinds[item.kind].format(name=item.label or item.value)
            menu.addAction(text).triggered.connect(
                lambda _checked=False, i=item: self.set_hidden(i, False)
            )
        menu.addSeparator()
        menu.addAction(tr("Show &all")).triggered.connect(self.show_all_hidden)


class SpeakerListActions(QObject):
    """The people list's context menu: copy a name, show the person's page or a session."""

    def __init__(self, tab: PeopleList) -> None:
        super().__init__(tab.view)
        self.tab = tab
        self.menu: QMenu | None = None
        view = tab.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._menu_at)
        self.menu_key = _shift_f10(view, self.open_menu)

    def _menu_at(self, position: QPoint) -> None:
        view = self.tab.view
        index = view.indexAt(position)
        if index.isValid():
            view.setCurrentIndex(index)
            self._popup(index.row(), view.viewport().mapToGlobal(position))

    def open_menu(self) -> None:
        index = self.tab.view.currentIndex()
        if index.isValid():
            self._popup(index.row(), _menu_position(self.tab.view, index))

    def _popup(self, row: int, where: QPoint) -> None:
        menu = self.person_menu(row)
        self.menu = menu
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(where)

    def person_menu(self, row: int) -> QMenu:
        model: SpeakerListModel = self.tab.model
        person = model.speaker(row)
        menu = QMenu(self.tab.view)
        menu.setAccessibleName(tr("Person menu"))
        menu.addAction(tr("&Copy name")).triggered.connect(
            lambda: QGuiApplication.clipboard().setText(person.name)
        )
        menu.addAction(tr("Show &sessions and biography")).triggered.connect(
            lambda: self._show_page(person.slug)
        )
        reader = self.tab.library.reader_for(self.tab.forum_slug)
        appearances = reader.appearances_of(person.slug) if reader is not None else []
        if appearances:
            sessions = menu.addMenu(tr("&Open a session"))
            for item in appearances:
                session = item.session
                sessions.addAction(session.title).triggered.connect(
                    lambda _checked=False, s=session: self.tab.open_session.emit(
                        s.guid, s.forum_slug
                    )
                )
        return menu

    def _show_page(self, slug: str) -> None:
        self.tab.select_speaker(slug)
        self.tab.details.setFocus()
