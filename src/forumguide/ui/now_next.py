"""Now and next: what is on in the forum at this moment and what starts after it.

The delegate's bookmarked sessions come first, then every room. The window refreshes itself
each minute while it is open; outside the forum's dates it says when the forum starts, or that
it is over.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forumguide.catalog.library import CatalogLibrary
from forumguide.catalog.reader import SessionFilter
from forumguide.domain.clock import Clock
from forumguide.domain.model import Forum, SessionSummary
from forumguide.domain.now import (
    Happening,
    NowAndNext,
    Phase,
    day_ends,
    forum_phase,
    happenings,
    now_and_next,
    wall_time,
)
from forumguide.domain.timezones import readable_zone_name
from forumguide.ui.formatting import clock_text, long_date, plain_tooltip, span_text, tr

KEY_ROLE = Qt.ItemDataRole.UserRole


def sessions_near(library: CatalogLibrary, forum: Forum, moment: datetime) -> list[SessionSummary]:
    """The forum's sessions listed on the day of ``moment`` (forum time), the day before (its
    night) and the day after: all that can be on, or next, then."""
    reader = library.reader_for(forum.slug)
    wall = wall_time(moment, forum.timezone)
    if reader is None or wall is None:
        return []
    ids: list[int] = []
    for step in (-1, 0, 1):
        day = wall.date() + timedelta(days=step)
        ids += reader.session_ids(SessionFilter(forum.slug, day=day))
    return list(reader.session_summaries(ids).values())


def phase_text(library: CatalogLibrary, forum: Forum, moment: datetime) -> str:
    """That the forum has not started, or is over, at ``moment``; "" while it is on."""
    reader = library.reader_for(forum.slug)
    days = reader.facets(forum.slug).days if reader is not None else ()
    phase = forum_phase(moment, forum.timezone, days, forum.start, forum.end)
    if phase.phase is Phase.BEFORE and phase.first is not None:
        return tr("{forum} has not started: it begins on {date}.").format(
            forum=forum.name, date=long_date(phase.first)
        )
    if phase.phase is Phase.AFTER and phase.last is not None:
        return tr("{forum} is over: it ended on {date}.").format(
            forum=forum.name, date=long_date(phase.last)
        )
    return ""


def _clock(moment: datetime, zone_name: str) -> str:
    wall = wall_time(moment, zone_name)
    return clock_text(wall) if wall is not None else ""


class NowAndNextWindow(QDialog):
    """A small window answering "what is on now, and what is next?"."""

    open_session = Signal(str, str)  # guid, forum slug
    jump_requested = Signal()

    def __init__(
        self,
        library: CatalogLibrary,
        clock: Clock,
        forum: Callable[[], str],
        bookmarked: Callable[[str], frozenset[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.clock = clock
        self.forum_slug = forum
        self.bookmarked = bookmarked
        self.found: NowAndNext[SessionSummary] | None = None
        self.setObjectName("NowAndNext")
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.jump = QPushButton(self)
        self.jump.clicked.connect(self.jump_requested)
        buttons.addButton(self.jump, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(720, 480)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Now and next"))
        self.tree.setAccessibleName(tr("Sessions on now and next"))
        self.tree.setHeaderLabels([tr("When"), tr("Session"), tr("Room")])
        self.jump.setText(tr("Show in the &programme"))
        self.jump.setAccessibleName(tr("Show now in the programme"))
        if self.isVisible():
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # Content -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Look again at the current moment, and come back at the start of the next minute."""
        moment = self.clock.now()
        forum = self.library.forum(self.forum_slug())
        # Where the user is, to stay there: the row (group and session) and the scrolling.
        current = self.tree.currentItem()
        group = current.parent() if current is not None else None
        kept = (group.text(0), current.data(0, KEY_ROLE)) if group and current else None
        scrolled = self.tree.verticalScrollBar().value()
        self.tree.clear()
        if forum is None:
            self.heading.setText(tr("No programme is open."))
            return
        wall = wall_time(moment, forum.timezone)
        items = sessions_near(self.library, forum, moment)
        until = day_ends(moment, forum.timezone)
        self.found = now_and_next(items, moment, until)
        self.heading.setText(self._heading(forum, moment, wall))
        mine = self.bookmarked(forum.slug)
        my_running = [h for h in self.found.running if h.session.guid in mine]
        my_next = sorted(
            (
                h
                for h in happenings(i for i in items if i.guid in mine)
                if moment < h.starts < until
            ),
            key=lambda h: h.starts,
        )
        self._group(tr("My sessions"), my_running, my_next, forum, moment)
        self._group(tr("On now"), self.found.running, [], forum, moment)
        self._group(tr("Next in each room"), [], self.found.upcoming, forum, moment)
        if self.tree.topLevelItemCount() == 0:
            nothing = QTreeWidgetItem([tr("Nothing is on or coming up today.")])
            nothing.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(nothing)
            nothing.setFirstColumnSpanned(True)
        self.tree.expandAll()
        row = self._row_of(kept) if kept is not None else None
        if row is not None:
            self.tree.setCurrentItem(row)
            self.tree.verticalScrollBar().setValue(scrolled)
        else:
            first = self.tree.topLevelItem(0)
            row = first.child(0) if first is not None and first.childCount() else None
            if row is not None:
                self.tree.setCurrentItem(row)
        seconds_left = 60 - moment.second - moment.microsecond / 1_000_000
        self._timer.start(max(1000, round(seconds_left * 1000)))

    def _heading(self, forum: Forum, moment: datetime, wall: datetime | None) -> str:
        phase = phase_text(self.library, forum, moment)
        if phase or wall is None:
            return phase or forum.name
        return tr("{forum}: {date}, {time} ({zone})").format(
            forum=forum.name,
            date=long_date(wall.date()),
            time=clock_text(wall),
            zone=readable_zone_name(forum.timezone),
        )

    def _group(
        self,
        title: str,
        running: Sequence[Happening[SessionSummary]],
        upcoming: Sequence[Happening[SessionSummary]],
        forum: Forum,
        moment: datetime,
    ) -> None:
        if not running and not upcoming:
            return
        group = QTreeWidgetItem([title])
        font = QFont(self.tree.font())
        font.setBold(True)
        group.setFont(0, font)
        group.setFirstColumnSpanned(True)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.addTopLevelItem(group)
        for happening in running:
            when = tr("until {end}, {span} left").format(
                end=_clock(happening.ends, forum.timezone),
                span=span_text(happening.ends - moment),
            )
            group.addChild(self._row(when, happening))
        for happening in upcoming:
            when = tr("{start}, in {span}").format(
                start=_clock(happening.starts, forum.timezone),
                span=span_text(happening.starts - moment),
            )
            group.addChild(self._row(when, happening))

    def _row(self, when: str, happening: Happening[SessionSummary]) -> QTreeWidgetItem:
        session = happening.session
        row = QTreeWidgetItem([when, session.title, session.room])
        row.setData(0, KEY_ROLE, (session.forum_slug, session.guid))
        row.setToolTip(1, plain_tooltip(", ".join(p for p in (session.title, session.people) if p)))
        return row

    def _row_of(self, kept: tuple[str, object]) -> QTreeWidgetItem | None:
        """The row of the same session in the same group, if it is still listed."""
        title, key = kept
        for number in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(number)
            if group is None or group.text(0) != title:
                continue
            for child in range(group.childCount()):
                row = group.child(child)
                if row is not None and row.data(0, KEY_ROLE) == key:
                    return row
        return None

    def rows(self) -> list[tuple[str, str, str, str]]:
        """What is listed: (group, when, title, room) for each session row, in order."""
        listed = []
        for number in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(number)
            if group is None:
                continue
            for child in range(group.childCount()):
                row = group.child(child)
                if row is not None:
                    listed.append((group.text(0), row.text(0), row.text(1), row.text(2)))
        return listed

    # Events ------------------------------------------------------------------------------

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        key = item.data(0, KEY_ROLE)
        if key:
            forum_slug, guid = key
            self.open_session.emit(guid, forum_slug)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.tree.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current is not None:
            self._activated(current, 0)
            return
        super().keyPressEvent(event)
