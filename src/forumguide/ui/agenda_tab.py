"""My agenda: bookmarked sessions by day, overlaps marked, free time shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forumguide.catalog.library import CatalogLibrary
from forumguide.domain.agenda import gaps, overlapping, timed
from forumguide.domain.model import Session, SessionKey
from forumguide.personal import PersonalStoreError
from forumguide.ui.formatting import TimeFormatter, day_heading, tr
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
        self.view = SectionedTableView(self)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(AgendaModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (AgendaModel.TIME, AgendaModel.FORUM, AgendaModel.STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.view.activated.connect(self._activated)
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
        self.reload()

    def selected_key(self) -> SessionKey | None:
        """The bookmarked session selected, as (forum slug, guid)."""
        index = self.view.currentIndex()
        row = index.siblingAtColumn(0).data(Role.RECORD) if index.isValid() else None
        if not isinstance(row, AgendaRow) or row.kind == "gap":
            return None
        return (row.forum_slug, row.guid)

    def reload(self) -> None:
        self.stale = False
        if self.data is None:
            return
        try:
            bookmarks = self.data.bookmarks()
        except PersonalStoreError as error:
            self.summary.setText(
                tr("Your bookmarks could not be read: {reason}").format(reason=error)
            )
            return
        sessions = self.library.sessions_by_key((b.forum_slug, b.session_guid) for b in bookmarks)
        needle = self.query.strip().casefold()
        by_day: dict[date | None, list[AgendaRow]] = {}
        live: dict[date | None, list[Session]] = {}
        for bookmark in bookmarks:
            session = sessions.get((bookmark.forum_slug, bookmark.session_guid))
            title = session.title if session else bookmark.snapshot.title
            if needle and needle not in title.casefold():
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
                    )
                )
                continue
            day = self.formatter.shown_day(session)
            live.setdefault(day, []).append(session)
        overlaps = overlapping(timed((s for day in live.values() for s in day), key=_name))
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
            text = tr("Bookmarked sessions: {count}").format(count=count)
            if clashes:
                text += " · " + tr("overlapping: {count}").format(count=clashes)
            self.summary.setText(text)

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
