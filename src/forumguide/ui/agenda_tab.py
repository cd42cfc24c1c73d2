"""My agenda: bookmarked sessions by day, overlaps marked, free time shown."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import SessionFilter
from forumguide.domain.agenda import gaps, overlaps_with, timed
from forumguide.domain.model import Session, SessionKey
from forumguide.personal import PersonalStoreError
from forumguide.ui.formatting import TimeFormatter, day_heading, tr
from forumguide.ui.frame_layout import zone_heading
from forumguide.ui.messages import error_text
from forumguide.ui.models import AgendaModel, AgendaRow, Role, Section
from forumguide.ui.personal_data import PersonalData
from forumguide.ui.views import ListTab, SectionedTableView


class AgendaTab(ListTab):
    open_session = Signal(str, str)  # guid, forum slug
    export_requested = Signal()
    print_requested = Signal()

    def __init__(self, library: CatalogLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.data: PersonalData | None = None
        self.query = ""
        self.store_missing = False  # the personal store could not be opened
        self.formatter = TimeFormatter()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = AgendaModel(self)
        self.model.zone_heading = zone_heading(self.formatter)
        self.view = SectionedTableView(self)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(AgendaModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (AgendaModel.TIME, AgendaModel.FORUM, AgendaModel.STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.view.activated.connect(self._activated)
        self.remove_action = QAction(tr("Remove bookmark"), self)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(lambda _checked=False: self.remove_selected())
        self.view.addAction(self.remove_action)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(lambda _checked=False: self.export_requested.emit())
        self.print_button = QPushButton(self)
        self.print_button.clicked.connect(lambda _checked=False: self.print_requested.emit())
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.print_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.summary.setText(tr("Opening your bookmarks…"))
        self.retranslate()

    def retranslate(self) -> None:
        self.view.setAccessibleName(tr("My agenda"))
        self.remove_action.setText(tr("Remove bookmark"))
        self.export_button.setText(tr("E&xport…"))
        self.export_button.setAccessibleName(tr("Export bookmarks to calendar"))
        self.export_button.setToolTip(tr("Save your bookmarked sessions as an iCalendar file"))
        self.print_button.setText(tr("Pr&int…"))
        self.print_button.setAccessibleName(tr("Print my agenda"))
        self.print_button.setToolTip(tr("Print your bookmarked sessions by day (Ctrl+P)"))
        if self.store_missing:
            self.store_failed()
        elif self.data is None:
            self.summary.setText(tr("Opening your bookmarks…"))
        else:
            self.reload_when_shown()

    def attach(self, data: PersonalData) -> None:
        self.data = data
        data.bookmarks_changed.connect(self.reload)
        self.reload()

    def set_changed(self, guids: frozenset[str]) -> None:
        """Mark the sessions ``guids`` as changed by an update, until they are opened."""
        self.model.set_changed(guids)

    def set_query(self, text: str) -> None:
        """Filter by ``text``; a hidden tab catches up when it is shown."""
        if text != self.query:
            self.query = text
            self.reload_when_shown()

    def store_failed(self) -> None:
        """The personal store could not be opened: say so instead of waiting for it."""
        self.store_missing = True
        self.summary.setText(tr("Your bookmarks could not be opened; see the message above."))

    def set_formatter(self, formatter: TimeFormatter) -> None:
        self.formatter = formatter
        self.model.zone_heading = zone_heading(formatter)
        self.reload()

    def selected_key(self) -> SessionKey | None:
        """The bookmarked session selected, as (forum slug, guid)."""
        index = self.view.currentIndex()
        row = index.siblingAtColumn(0).data(Role.RECORD) if index.isValid() else None
        if not isinstance(row, AgendaRow) or row.kind == "gap":
            return None
        return (row.forum_slug, row.guid)

    def remove_selected(self) -> bool:
        """Delete: remove the selected bookmark (Undo puts it back); the next row is selected."""
        key = self.selected_key()
        if key is None or self.data is None or self.data.read_only:
            return False
        row = self.view.currentIndex().row()
        if not self.data.remove_bookmark(key):
            return False
        rows = self.model.rowCount()
        for candidate in [*range(row, rows), *range(min(row, rows) - 1, -1, -1)]:
            index = self.model.index(candidate, 0)
            if self.model.flags(index) & Qt.ItemFlag.ItemIsSelectable:
                self.view.setCurrentIndex(index)
                break
        return True

    def reload(self) -> None:
        self.stale = False
        if self.data is None:
            return
        try:
            bookmarks = self.data.bookmarks()
        except PersonalStoreError as error:
            self.summary.setText(
                tr("Your bookmarks could not be read: {reason}").format(reason=error_text(error))
            )
            return
        sessions = self.library.sessions_by_key((b.forum_slug, b.session_guid) for b in bookmarks)
        needle = self.query.strip().casefold()
        found = self._found(sessions.values()) if needle else set()
        by_day: dict[date | None, list[AgendaRow]] = {}
        live: dict[date | None, list[Session]] = {}
        for bookmark in bookmarks:
            session = sessions.get((bookmark.forum_slug, bookmark.session_guid))
            title = session.title if session else bookmark.snapshot.title
            key = (bookmark.forum_slug, bookmark.session_guid)
            if needle and needle not in title.casefold() and key not in found:
                continue
            if session is None:
                day = self.formatter.shown_day(bookmark.snapshot)
                by_day.setdefault(day, []).append(
                    AgendaRow(
                        "removed",
                        bookmark.session_guid,
                        None,
                        bookmark.snapshot,
                        forum_slug=bookmark.forum_slug,
                        programme_removed=self.library.forum(bookmark.forum_slug) is None,
                    )
                )
                continue
            day = self.formatter.shown_day(session)
            live.setdefault(day, []).append(session)
        everything = [s for day in live.values() for s in day]
        titles = {_name(s): s.title for s in everything}
        overlaps = overlaps_with(timed(everything, key=_name))
        for day, day_sessions in live.items():
            free = gaps(timed(day_sessions, key=_name))
            for session in day_sessions:
                forum = self.library.forum(session.forum_slug)
                if _name(session) in free:
                    by_day.setdefault(day, []).append(
                        AgendaRow(
                            "gap", "", free=free[_name(session)], forum=forum, session=session
                        )
                    )
                by_day.setdefault(day, []).append(
                    AgendaRow(
                        "session",
                        session.guid,
                        session,
                        forum=forum,
                        overlaps=_name(session) in overlaps,
                        forum_slug=session.forum_slug,
                        overlaps_with=tuple(titles[n] for n in overlaps.get(_name(session), ())),
                    )
                )
        sections: list[Section[AgendaRow]] = []
        for day in sorted(by_day, key=lambda d: (d is None, d or date.min)):
            rows = sorted(by_day[day], key=self._row_order)
            sections.append(Section(day_heading(day), day.isoformat() if day else "", rows))
        self.model.formatter = self.formatter
        self.model.set_sections(sections)
        count = sum(1 for g in sections for r in g.items if r.kind != "gap")
        clashes = sum(1 for g in sections for r in g.items if r.overlaps)
        if not bookmarks:
            self.summary.setText(
                tr("No bookmarks yet. Select a session in Programme and press Ctrl+D to add it.")
            )
        else:
            # A search hides bookmarks: the count says so, not just how many are listed.
            text = (
                tr("Bookmarked sessions: {shown} of {count} shown").format(
                    shown=count, count=len(bookmarks)
                )
                if needle
                else tr("Bookmarked sessions: {count}").format(count=count)
            )
            if clashes:
                text += " · " + tr("overlapping: {count}").format(count=clashes)
            self.summary.setText(text)

    def _found(self, sessions: Iterable[Session]) -> set[SessionKey]:
        """The bookmarked sessions the search finds as the Programme does (title, people,
        place, description)."""
        by_forum: dict[str, list[Session]] = {}
        for session in sessions:
            by_forum.setdefault(session.forum_slug, []).append(session)
        found: set[SessionKey] = set()
        for forum_slug, forum_sessions in by_forum.items():
            reader = self.library.reader_for(forum_slug)
            if reader is None or not reader.is_current:
                continue
            ids = set(reader.session_ids(SessionFilter(forum_slug, query=self.query)))
            found.update(
                (forum_slug, s.guid) for s in forum_sessions if reader.session_id(s.guid) in ids
            )
        return found

    @staticmethod
    def _row_order(row: AgendaRow) -> tuple[int, str, int]:
        subject = row.session.start if row.session else row.snapshot.start
        # A gap row sorts just before the session it precedes.
        return (
            subject is None,
            subject.isoformat() if subject else row.snapshot.title,
            0 if row.kind == "gap" else 1,
        )

    def _activated(self, index: QModelIndex) -> None:
        row = index.siblingAtColumn(0).data(Role.RECORD)
        if isinstance(row, AgendaRow) and row.kind == "session":
            self.open_session.emit(row.guid, row.forum_slug)


def _name(session: Session) -> str:
    """A session named by its forum and guid: a guid alone may be in several programmes."""
    return f"{session.forum_slug}/{session.guid}"
