"""The Programme tab: a forum's sessions by day with filters, and the selected session.

The list holds session ids and reads the rows it shows; filters and searches run in SQL. The
detail pane shows the selected session only while it is listed: when a filter or a search hides
it, the pane goes back to the forum's page, so that what is shown is what commands act on.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import SessionFilter
from forumguide.domain.model import Forum, NoteTarget, Session
from forumguide.services.personal import snapshot_of
from forumguide.ui.formatting import TimeFormatter, forum_html, session_html, short_date, tr
from forumguide.ui.models import DayRun, SessionListModel, day_runs
from forumguide.ui.personal_data import PersonalData
from forumguide.ui.views import ListTab, SectionedTableView
from forumguide.ui.widgets import NoteEditor, SafeBrowser

UNSCHEDULED = "unscheduled"


class ProgrammeTab(ListTab):
    """Days, then sessions in time order; filters run in SQL."""

    open_speaker = Signal(str)
    current_session_changed = Signal()
    list_updated = Signal()  # the list shows the current forum, filters and search

    def __init__(self, library: CatalogLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.data: PersonalData | None = None
        self.forum: Forum | None = None
        self.query = ""
        self.shown_query = ""  # the search the list shows
        self.formatter = TimeFormatter()
        self.current: Session | None = None
        # Search results by day and time (as the programme reads), or best match first.
        self.by_relevance = False
        self._runs: tuple[tuple[str, TimeFormatter], list[DayRun]] | None = None

        self.day = self._filter_box(tr("Day"))
        self.track = self._filter_box(tr("Track"))
        self.room = self._filter_box(tr("Room"))
        self.format = self._filter_box(tr("Format"))
        self.about = QPushButton(tr("About this &forum"), self)
        self.about.setAccessibleName(tr("About this forum"))
        self.about.clicked.connect(self.show_forum_page)

        filters = QHBoxLayout()
        for label, box in (
            (tr("&Day:"), self.day),
            (tr("&Track:"), self.track),
            (tr("R&oom:"), self.room),
            (tr("For&mat:"), self.format),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(box)
            box.setProperty("caption", caption)
            filters.addWidget(caption)
            filters.addWidget(box)
        filters.addStretch(1)
        filters.addWidget(self.about)

        self.model = SessionListModel(self)
        self.view = SectionedTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(tr("Sessions"))
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SessionListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        # Widths from the font, not from the rows: measuring rows would read them for nothing,
        # and resizing on every search would paint the list twice.
        metrics = self.view.fontMetrics()
        padding = (
            4 * self.view.style().pixelMetric(self.view.style().PixelMetric.PM_FocusFrameHMargin)
            + 12
        )
        header.resizeSection(SessionListModel.STAR, metrics.horizontalAdvance("★") + padding)
        header.resizeSection(
            SessionListModel.TIME,
            max(metrics.horizontalAdvance(text) for text in ("00:00–00:00", tr("time TBC")))
            + padding,
        )
        header.resizeSection(SessionListModel.SPEAKERS, 180)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.hide()
        # A forum whose documents name no session has no list: its page takes the tab.
        self.no_sessions = QLabel(tr("The documents name no sessions of this forum."), self)
        self.no_sessions.setWordWrap(True)
        self.no_sessions.hide()

        left = self.list_pane = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.empty)

        self.details = SafeBrowser(self)
        self.details.setAccessibleName(tr("Session details"))
        self.details.internal_link.connect(self._link)
        self.bookmark = QToolButton(self)
        self.bookmark.setCheckable(True)
        self.bookmark.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.bookmark.setAccessibleName(tr("Bookmark this session"))
        self.bookmark.setToolTip(tr("Bookmark this session (Ctrl+D)"))
        self.bookmark.toggled.connect(self._bookmark_toggled)
        self.notes = NoteEditor(self)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.no_sessions)
        right_layout.addWidget(self.details, 3)
        row = QHBoxLayout()
        row.addWidget(self.bookmark)
        row.addStretch(1)
        right_layout.addLayout(row)
        right_layout.addWidget(self.notes, 2)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._update_bookmark_button()

    def _filter_box(self, name: str) -> QComboBox:
        box = QComboBox(self)
        box.setAccessibleName(tr("{name} filter").format(name=name))
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        box.currentIndexChanged.connect(lambda _index: self.reload())
        return box

    # Public API ------------------------------------------------------------------------

    def attach(self, data: PersonalData) -> None:
        self.data = data
        self.notes.attach(data)
        data.bookmarks_changed.connect(self._bookmarks_changed)
        self._bookmarks_changed()

    def set_forum(self, slug: str) -> None:
        forum = self.library.forum(slug)
        reader = self.library.reader_for(slug)
        if forum is None or reader is None:
            return
        self.forum = forum
        self._runs = None
        facets = reader.facets(slug)
        self._fill(
            self.day,
            [(short_date(d), d.isoformat()) for d in facets.days]
            + (
                [(tr("Date to be confirmed"), UNSCHEDULED)]
                if facets.has_unscheduled and facets.days
                else []
            ),
            tr("All days"),
        )
        self._fill(self.track, [(t, t) for t in facets.tracks], tr("All tracks"))
        self._fill(self.room, [(r, r) for r in facets.rooms], tr("All rooms"))
        self._fill(self.format, [(f, f) for f in facets.formats], tr("All formats"))
        self.view.setColumnHidden(SessionListModel.ROOM, not facets.rooms)
        self.current = None
        self.reload(force=True)
        self.show_forum_page()
        self.view.scrollToTop()

    def set_query(self, text: str) -> None:
        """Search the forum's sessions; a hidden tab catches up when it is shown."""
        if text != self.query:
            self.query = text
            self.reload_when_shown()

    def set_by_relevance(self, by_relevance: bool) -> None:
        """List search results best match first instead of by day and time."""
        if by_relevance != self.by_relevance:
            self.by_relevance = by_relevance
            if self.query.strip():
                self.reload(force=True)

    def set_formatter(self, formatter: TimeFormatter) -> None:
        self.formatter = formatter
        self.reload(force=True)
        if self.current is not None:
            self._show_session(self.current)

    def select_session(self, guid: str) -> bool:
        """Select the session in the list, clearing filters that hide it."""
        self.catch_up()
        index = self.model.find(guid)
        if not index.isValid() and (self.query or any(b.currentIndex() > 0 for b in self._boxes())):
            for box in self._boxes():
                box.blockSignals(True)
                box.setCurrentIndex(0)
                box.blockSignals(False)
            self.query = ""
            self.reload()
            index = self.model.find(guid)
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def flush(self) -> None:
        self.notes.flush()

    # Internals -------------------------------------------------------------------------

    def _boxes(self) -> tuple[QComboBox, ...]:
        return (self.day, self.track, self.room, self.format)

    @staticmethod
    def _fill(box: QComboBox, items: list[tuple[str, str]], everything: str) -> None:
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, "")
        for label, value in items:
            box.addItem(label, value)
        box.setCurrentIndex(0)
        box.blockSignals(False)
        visible = bool(items)
        box.setVisible(visible)
        caption = box.property("caption")
        if isinstance(caption, QLabel):
            caption.setVisible(visible)

    def reload(self, *, force: bool = False) -> None:
        """List the forum's sessions that the filters and the search let through."""
        self.stale = False
        if self.forum is None:
            return
        reader = self.library.reader_for(self.forum.slug)
        if reader is None:
            return
        day_value = self.day.currentData() or ""
        selection = SessionFilter(
            forum_slug=self.forum.slug,
            day=date.fromisoformat(day_value) if day_value and day_value != UNSCHEDULED else None,
            unscheduled_only=day_value == UNSCHEDULED,
            track=self.track.currentData() or "",
            room=self.room.currentData() or "",
            format=self.format.currentData() or "",
            query=self.query,
        )
        new_search = self.query.strip() != self.shown_query.strip()
        ranked = self.by_relevance and bool(self.query.strip())
        ids = reader.session_ids(selection, by_relevance=ranked)
        self.model.show(reader, ids, None if ranked else self._day_runs(), self.formatter)
        self.shown_query = self.query
        if self.data is not None:
            self.model.bookmarked = self.data.bookmarked_in(self.forum.slug)
        has_sessions = bool(reader.forum_range(self.forum.slug))
        self.list_pane.setVisible(has_sessions)
        self.no_sessions.setVisible(not has_sessions)
        if not ids:
            self.empty.setText(
                tr("No session matches “{query}”.").format(query=self.query)
                if self.query.strip()
                else tr("No sessions to show with these filters.")
            )
        self.empty.setVisible(has_sessions and not ids)
        self._keep_selection()
        if new_search or force:
            self._scroll_to_first()
        self.list_updated.emit()

    def _day_runs(self) -> list[DayRun]:
        assert self.forum is not None
        key = (self.forum.slug, self.formatter)
        if self._runs is None or self._runs[0] != key:
            reader = self.library.reader_for(self.forum.slug)
            slots = reader.day_slots(self.forum.slug) if reader is not None else []
            self._runs = (key, day_runs(slots, self.formatter, self.forum.timezone))
        return self._runs[1]

    def _keep_selection(self) -> None:
        """Select the session shown in the details again, or show the forum if it is hidden."""
        if self.current is None:
            return
        index = self.model.find(self.current.guid)
        if index.isValid():
            self.view.setCurrentIndex(index)
        else:
            self.show_forum_page()

    def _scroll_to_first(self) -> None:
        """Show the top of the list: the first heading and the first session under it."""
        self.view.scrollToTop()

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        summary = self.model.summary(indexes[0].row()) if indexes else None
        if summary is None:
            return
        if self.current is not None and self.current.guid == summary.guid:
            return
        reader = self.library.reader_for(summary.forum_slug)
        session = reader.session(summary.guid) if reader is not None else None
        if session is not None:
            self._show_session(session)

    def selected_guid(self) -> str:
        """The session selected in the list, or "" when none is (a heading, or nothing)."""
        rows = self.view.selectionModel().selectedRows()
        summary = self.model.summary(rows[0].row()) if rows else None
        return summary.guid if summary is not None else ""

    def current_index(self) -> QModelIndex:
        return self.view.currentIndex()

    def _show_session(self, session: Session) -> None:
        self.current = session
        reader = self.library.reader_for(session.forum_slug)
        forum = self.library.forum(session.forum_slug)
        if reader is None:
            return
        speakers = reader.speakers_by_slug(a.speaker_slug for a in session.appearances)
        keys = list(session.source_keys) + [k for a in session.appearances for k in a.source_keys]
        self.details.setHtml(
            session_html(session, forum, speakers, reader.sources(keys), self.formatter)
        )
        self.notes.heading.setText(tr("&Your note on this session"))
        self.notes.load(
            NoteTarget.SESSION,
            session.guid,
            snapshot_of(session, self.library),
            forum_slug=session.forum_slug,
        )
        self._update_bookmark_button()
        self.current_session_changed.emit()

    def show_forum_page(self) -> None:
        if self.forum is None:
            return
        reader = self.library.reader_for(self.forum.slug)
        if reader is None:
            return
        self.view.clearSelection()
        self.view.setCurrentIndex(QModelIndex())
        self.current = None
        speakers = reader.speakers_by_slug(r.speaker_slug for r in self.forum.roles)
        keys = list(self.forum.source_keys) + [k for r in self.forum.roles for k in r.source_keys]
        self.details.setHtml(forum_html(self.forum, speakers, reader.sources(keys)))
        self.notes.clear_target()
        self.notes.heading.setText(tr("&Your note"))
        self._update_bookmark_button()
        self.current_session_changed.emit()

    def _link(self, scheme: str, key: str) -> None:
        if scheme == "speaker":
            self.open_speaker.emit(key)
        elif scheme == "session":
            self.select_session(key)

    def toggle_bookmark(self) -> None:
        """Bookmark the session selected in the list, or take its bookmark away.

        Only a session that is selected and listed: never one that a filter or a search hides.
        """
        if self.current is None or self.selected_guid() != self.current.guid:
            return
        if self.bookmark.isEnabled():
            self.bookmark.toggle()

    def _bookmark_toggled(self, checked: bool) -> None:
        if self.current is None or self.data is None:
            return
        if checked != self.data.is_bookmarked((self.current.forum_slug, self.current.guid)):
            self.data.set_bookmarked(self.current, checked)
        self._update_bookmark_button()

    def _bookmarks_changed(self) -> None:
        if self.data is not None and self.forum is not None:
            self.model.set_bookmarked(self.data.bookmarked_in(self.forum.slug))
        self._update_bookmark_button()

    def _update_bookmark_button(self) -> None:
        has_session = self.current is not None
        usable = has_session and self.data is not None and not self.data.read_only
        self.bookmark.setVisible(has_session)
        self.bookmark.setEnabled(usable)
        checked = bool(
            self.current
            and self.data
            and self.data.is_bookmarked((self.current.forum_slug, self.current.guid))
        )
        self.bookmark.blockSignals(True)
        self.bookmark.setChecked(checked)
        self.bookmark.blockSignals(False)
        self.bookmark.setText(tr("★ Bookmarked") if checked else tr("☆ Bookmark"))
