"""The Programme tab: a forum's sessions by day with filters, and the selected session.

The list holds session ids and reads the rows it shows; filters and searches run in SQL. The
detail pane shows the selected session only while it is listed: when a filter or a search hides
it, the pane goes back to the forum's page, so that what is shown is what commands act on.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import SessionFilter
from forumguide.domain.clock import Clock, SystemClock
from forumguide.domain.model import Forum, NoteTarget, Session
from forumguide.services.personal import snapshot_of
from forumguide.ui.formatting import (
    UNSCHEDULED,
    TimeFormatter,
    forum_html,
    session_html,
    short_date,
    tr,
)
from forumguide.ui.frame_layout import (
    ControlsStack,
    FlowLayout,
    detail_splitter,
    labelled,
    zone_heading,
)
from forumguide.ui.list_actions import ProgrammeListActions
from forumguide.ui.models import DayRun, SessionListModel, day_runs
from forumguide.ui.personal_data import PersonalData
from forumguide.ui.views import ListTab, SectionedTableView
from forumguide.ui.widgets import NoteEditor, SafeBrowser

if TYPE_CHECKING:
    from forumguide.ui.timetable import TimetablePanel


FILTER_WIDEST = 280


class ProgrammeTab(ListTab):
    """Days, then sessions in time order; filters run in SQL."""

    open_speaker = Signal(str)
    current_session_changed = Signal()
    list_updated = Signal()  # the list shows the current forum, filters and search
    timetable_toggled = Signal(bool)  # the programme is shown as a timetable (or as a list)
    timetable_zoom_changed = Signal(float)
    message = Signal(str)  # something to tell the user in the window's message bar
    calendar_wanted = Signal(object)  # a Session to save alone as an iCalendar file

    def __init__(
        self, library: CatalogLibrary, parent: QWidget | None = None, *, clock: Clock | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.clock: Clock = clock or SystemClock()
        self.data: PersonalData | None = None
        self.forum: Forum | None = None
        self.query = ""
        self.shown_query = ""  # the search the list shows
        self.formatter = TimeFormatter()
        self.current: Session | None = None
        # Search results by day and time (as the programme reads), or best match first.
        self.by_relevance = False
        self._runs: tuple[tuple[str, TimeFormatter], list[DayRun]] | None = None
        self._noted: frozenset[str] = frozenset()
        self._changed: frozenset[str] = frozenset()  # by the last update, not yet opened
        self._timetable_forum = ""  # the forum the timetable was last laid out for
        self._timetable: TimetablePanel | None = None  # made when first shown
        self.timetable_zoom: float | None = None  # the timetable's zoom, once known

        self.day = self._filter_box()
        self.track = self._filter_box()
        self.room = self._filter_box()
        self.format = self._filter_box()
        self.about = QPushButton(self)
        self.about.clicked.connect(self.show_forum_page)

        self.filters = QWidget(self)
        # A row that wraps: each box keeps the width of its longest entry.
        filters = FlowLayout(self.filters)
        for box in self._boxes():
            caption = QLabel(self)
            caption.setBuddy(box)
            box.setProperty("caption", caption)
            pair = labelled(caption, box, self.filters)
            box.setProperty("pair", pair)
            filters.add(pair)

        # The programme as a list or as a timetable, and "now" in either.
        self.as_list = self._mode_button()
        self.as_timetable = self._mode_button()
        self.as_list.setChecked(True)
        modes = QButtonGroup(self)
        modes.setExclusive(True)
        modes.addButton(self.as_list)
        modes.addButton(self.as_timetable)
        self.as_timetable.toggled.connect(self.set_timetable_shown)
        self.now_button = QToolButton(self)
        self.now_button.clicked.connect(self.jump_to_now)
        # The filters (or the timetable's controls) in a row of their own below the buttons.
        self.controls = ControlsStack(self)
        self.controls.addWidget(self.filters)
        top = QHBoxLayout()
        top.addWidget(self.as_list)
        top.addWidget(self.as_timetable)
        top.addWidget(self.now_button)
        top.addStretch(1)
        top.addWidget(self.about)

        self.model = SessionListModel(self)
        self.view = SectionedTableView(self)
        self.view.setModel(self.model)
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
            max(
                metrics.horizontalAdvance(text)
                for text in ("00:00–00:00", tr("time TBC"), self._time_heading_sample())
            )
            + padding,
        )
        header.resizeSection(SessionListModel.SPEAKERS, 180)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.hide()
        # A forum whose documents name no session has no list: its page takes the tab.
        self.no_sessions = QLabel(self)
        self.no_sessions.setWordWrap(True)
        self.no_sessions.hide()

        listing = QWidget(self)
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addWidget(self.view, 1)
        listing_layout.addWidget(self.empty)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(listing)
        left = self.list_pane = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.controls)
        left_layout.addWidget(self.pages, 1)
        self._show_page(0)

        self.details = SafeBrowser(self)
        self.details.internal_link.connect(self._link)
        self.bookmark = QToolButton(self)
        self.bookmark.setCheckable(True)
        self.bookmark.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.bookmark.toggled.connect(self._bookmark_toggled)
        self.notes = NoteEditor(self)

        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.no_sessions)
        upper_layout.addWidget(self.details, 1)
        row = QHBoxLayout()
        row.addWidget(self.bookmark)
        row.addStretch(1)
        upper_layout.addLayout(row)
        right = self.detail_splitter = detail_splitter(upper, self.notes, self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([680, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.list_actions = ProgrammeListActions(self)
        self._update_bookmark_button()
        self.retranslate()

    @staticmethod
    def _time_heading_sample() -> str:
        """The Time heading with its zone, as wide as it usually is."""
        return tr("{time} ({zone})").format(time=tr("Time"), zone="CEST")

    def retranslate(self) -> None:
        captions = (tr("&Day:"), tr("&Track:"), tr("R&oom:"), tr("For&mat:"))
        names = (tr("Day"), tr("Track"), tr("Room"), tr("Format"))
        for box, caption, name in zip(self._boxes(), captions, names, strict=True):
            box.setAccessibleName(tr("{name} filter").format(name=name))
            label = box.property("caption")
            if isinstance(label, QLabel):
                label.setText(caption)
        self.about.setText(tr("A&bout this forum"))
        self.about.setAccessibleName(tr("About this forum"))
        for button, text, tip in (
            (self.as_list, tr("&List"), tr("Show the programme as a list")),
            (self.as_timetable, tr("T&imetable"), tr("Show a day of the programme as a timetable")),
        ):
            button.setText(text)
            button.setAccessibleName(tip)
            button.setToolTip(tip)
        self.now_button.setText(tr("No&w"))
        self.now_button.setAccessibleName(tr("Jump to now"))
        self.now_button.setToolTip(tr("Jump to the sessions on now (Ctrl+J)"))
        self.view.setAccessibleName(tr("Sessions"))
        self.no_sessions.setText(tr("The documents name no sessions of this forum."))
        self.details.setAccessibleName(tr("Session details"))
        self.bookmark.setAccessibleName(tr("Bookmark this session"))
        self.bookmark.setToolTip(tr("Bookmark this session (Ctrl+D)"))
        self._update_bookmark_button()
        if self.forum is None:
            return
        # What was written from the catalog: the filters' first items and days, the day
        # headings of the list, and the page shown.
        everything = (tr("All days"), tr("All tracks"), tr("All rooms"), tr("All formats"))
        for box, text in zip(self._boxes(), everything, strict=True):
            if box.count():
                box.setItemText(0, text)
        for index in range(1, self.day.count()):
            value = str(self.day.itemData(index))
            self.day.setItemText(
                index,
                tr("Date to be confirmed")
                if value == UNSCHEDULED
                else short_date(date.fromisoformat(value)),
            )
        self._runs = None
        self.reload()
        if self.current is not None:
            self._show_session(self.current)
        else:
            self.show_forum_page()

    def _mode_button(self) -> QToolButton:
        button = QToolButton(self)
        button.setCheckable(True)
        button.setAutoRaise(False)
        return button

    def _filter_box(self) -> QComboBox:
        box = QComboBox(self)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # An entry longer than this (a track's full title) is shortened in the box itself; its
        # list shows it whole.
        box.setMaximumWidth(FILTER_WIDEST)
        box.currentIndexChanged.connect(lambda _index: self.reload())
        return box

    # Public API ------------------------------------------------------------------------

    def attach(self, data: PersonalData) -> None:
        self.data = data
        self.notes.attach(data)
        data.bookmarks_changed.connect(self._bookmarks_changed)
        data.note_saved.connect(self._notes_changed)
        self._notes_changed()
        self.list_actions.attach(data)

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
        self.view.setColumnHidden(SessionListModel.TRACK, not facets.tracks)
        self.current = None
        self._timetable_forum = ""
        self._noted = self.data.noted_in(slug) if self.data is not None else frozenset()
        self.list_actions.set_forum(slug, facets.languages)
        self.reload(force=True)
        if self.timetable_shown:
            self._lay_out_timetable()
        self.show_forum_page()
        self.view.scrollToTop()

    def set_query(self, text: str) -> None:
        """Search the forum's sessions; a hidden tab catches up when it is shown.

        In the timetable, the sessions the search does not find are faded.
        """
        if text != self.query:
            self.query = text
            if self.timetable_shown:
                self.stale = True
                if self.isVisible():
                    self.timetable.set_query(text)
            else:
                self.reload_when_shown()

    @property
    def timetable(self) -> TimetablePanel:
        """The timetable, made the first time it is asked for (it is not needed to start)."""
        if self._timetable is None:
            from forumguide.ui.timetable import TimetablePanel  # noqa: PLC0415

            panel = TimetablePanel(self.library, self.clock, self)
            panel.narrow = self.list_actions.without_hidden
            panel.session_selected.connect(self._timetable_picked)
            panel.session_activated.connect(self._timetable_picked)
            if self.timetable_zoom is not None:
                panel.view.set_zoom(self.timetable_zoom)
            panel.zoom_changed.connect(self._zoom_changed)
            panel.set_changed(self._changed)
            self.controls.addWidget(panel.controls)
            self.pages.addWidget(panel)
            self._timetable = panel
        return self._timetable

    def set_changed(self, guids: frozenset[str]) -> None:
        """Mark the sessions ``guids`` as changed by an update in the list and the timetable,
        until they are opened."""
        self._changed = guids
        self.model.set_changed(guids)
        if self._timetable is not None:
            self._timetable.set_changed(guids)

    def timetable_if_made(self) -> TimetablePanel | None:
        """The timetable, if it was ever shown."""
        return self._timetable

    def _zoom_changed(self, zoom: float) -> None:
        self.timetable_zoom = zoom
        self.timetable_zoom_changed.emit(zoom)

    @property
    def timetable_shown(self) -> bool:
        return self.as_timetable.isChecked()

    def set_timetable_shown(self, shown: bool) -> None:
        """Show the programme as a timetable of one day, or as the list of every day."""
        if self.as_timetable.isChecked() != shown:
            # The buttons are exclusive: checking one unchecks the other, which comes back here.
            (self.as_timetable if shown else self.as_list).setChecked(True)
            return
        self._show_page(1 if shown else 0)
        if shown:
            if self._timetable_forum != (self.forum.slug if self.forum else ""):
                self._lay_out_timetable()
            self.timetable.set_query(self.query)
            if self.current is not None:
                self._show_in_timetable(self.current.guid)
            self.timetable.view.setFocus()
        else:
            self.catch_up()
            self._keep_selection()
            self.view.setFocus()
        self.timetable_toggled.emit(shown)

    def _show_page(self, page: int) -> None:
        if page == 1:
            self.timetable  # noqa: B018 - made now if it was not yet
        self.pages.setCurrentIndex(page)
        self.controls.setCurrentIndex(page)

    def shown_day(self) -> date | None:
        """The day to print: the one in the timetable when it is shown, else the one the list
        is filtered to, else the forum's first (None: the sessions with no date yet)."""
        if (
            self.timetable_shown
            and self.forum is not None
            and self._timetable_forum == self.forum.slug
        ):
            return self.timetable.shown_day()
        value = self.day.currentData() or ""
        if value == UNSCHEDULED:
            return None
        if value:
            return date.fromisoformat(value)
        reader = self.library.reader_for(self.forum.slug) if self.forum else None
        days = reader.facets(self.forum.slug).days if reader and self.forum else ()
        return days[0] if days else None

    def _lay_out_timetable(self) -> None:
        if self.forum is None:
            return
        self._timetable_forum = self.forum.slug
        self.timetable.set_forum(self.forum)
        self._update_marks()

    def _show_in_timetable(self, guid: str) -> None:
        """Select ``guid`` in the timetable, turning to its day if another is shown."""
        if self.timetable.select_guid(guid):
            return
        session = self.library.session(guid, self.forum.slug if self.forum else "")
        if session is None:
            return
        index = self.timetable.day.findData(
            session.day.isoformat() if session.day is not None else UNSCHEDULED
        )
        if index >= 0:
            self.timetable.day.setCurrentIndex(index)
            self.timetable.select_guid(guid)

    def _timetable_picked(self, guid: str) -> None:
        reader = self.library.reader_for(self.forum.slug) if self.forum else None
        session = reader.session(guid) if reader is not None else None
        if session is not None and (self.current is None or self.current.guid != guid):
            self._show_session(session)

    def jump_to_now(self) -> None:
        """Show what is on now: the timetable at the current time, or the list at the session
        running now (or starting next)."""
        if self.forum is None:
            return
        if self.timetable_shown:
            if self._timetable_forum != self.forum.slug:
                self._lay_out_timetable()
            if not self.timetable.jump_to_now():
                self.message.emit(self._not_on_now())
            return
        guid = self._session_now()
        if not guid:
            self.message.emit(self._not_on_now())
            return
        self.select_session(guid)
        self.view.setFocus()

    def _not_on_now(self) -> str:
        """Why nothing can be shown for now: the forum has not started, is over, or has a
        break."""
        from forumguide.ui.now_next import phase_text  # noqa: PLC0415

        assert self.forum is not None
        return phase_text(self.library, self.forum, self.clock.now()) or tr(
            "No session of {forum} is on now or later today."
        ).format(forum=self.forum.name)

    def _session_now(self) -> str:
        """The session on now that started last, or else the next to start, today."""
        from forumguide.domain.now import day_ends, now_and_next  # noqa: PLC0415
        from forumguide.ui.now_next import sessions_near  # noqa: PLC0415

        assert self.forum is not None
        moment = self.clock.now()
        found = now_and_next(
            sessions_near(self.library, self.forum, moment),
            moment,
            day_ends(moment, self.forum.timezone),
        )
        if found.running:
            return max(found.running, key=lambda h: h.starts).session.guid
        return found.upcoming[0].session.guid if found.upcoming else ""

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
            self.list_actions.explain_hidden(guid)
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        if self.current is None or self.current.guid != guid:
            # The row was selected already (the timetable showed another session since).
            self._timetable_picked(guid)
        if self.timetable_shown:
            self._show_in_timetable(guid)
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
        pair = box.property("pair")
        if isinstance(pair, QWidget):
            pair.setVisible(visible)

    def reload(self, *, force: bool = False) -> None:
        """List the forum's sessions that the filters and the search let through."""
        self.stale = False
        if self.timetable_shown:
            self.timetable.set_query(self.query)
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
        selection = self.list_actions.narrowed(selection)
        new_search = self.query.strip() != self.shown_query.strip()
        ranked = self.by_relevance and bool(self.query.strip())
        self.model.zone_heading = zone_heading(
            self.formatter, self.forum.timezone, self.forum.start
        )
        if self.list_actions.sorted:
            ids = reader.session_ids(
                selection, order=self.list_actions.order, descending=self.list_actions.descending
            )
            heading = None if self.query.strip() else ""
            self.model.show(reader, ids, None, self.formatter, heading)
        else:
            ids = reader.session_ids(selection, by_relevance=ranked)
            self.model.show(reader, ids, None if ranked else self._day_runs(), self.formatter)
        self.list_actions.count_hidden(selection, len(ids))
        self.shown_query = self.query
        self.model.noted = self._noted
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
        if not self.timetable_shown:
            # The timetable keeps its own selection; the list's is made true when it is shown.
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
        """The session selected in the list (or the timetable), or "" when none is."""
        if self.timetable_shown:
            return self.timetable.selected_guid()
        rows = self.view.selectionModel().selectedRows()
        summary = self.model.summary(rows[0].row()) if rows else None
        return summary.guid if summary is not None else ""

    def focus_selection(self) -> None:
        """Give the keyboard to the list, or to the timetable when it is shown."""
        if self.timetable_shown:
            self.timetable.view.setFocus()
        else:
            self.view.setFocus()

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
        if self._timetable is not None:
            self._timetable.view.select(None, announce=False)
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
        self._update_marks()
        self._update_bookmark_button()

    def _notes_changed(self, _target: str = "", _key: str = "") -> None:
        if self.data is not None and self.forum is not None:
            self._noted = self.data.noted_in(self.forum.slug)
            self.model.set_noted(self._noted)
        self._bookmarks_changed()

    def _update_marks(self) -> None:
        """Mark the bookmarked sessions and those with a note in the timetable."""
        if self._timetable is not None and self.data is not None and self.forum is not None:
            self._timetable.set_marks(self.data.bookmarked_in(self.forum.slug), self._noted)

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
