"""What the search box found everywhere: sessions of the forum shown, of the other forums,
people and notes, in groups with their counts, in a panel under the search box.

The panel lies over the window's content (it moves nothing), opens while the user types or
presses Down or Enter in the search box, and closes when a result is opened, on Esc, or when
the keyboard goes elsewhere. Each result opens where it belongs; a group's heading opens its tab.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from forumguide.catalog.everywhere import CatalogHits, search_library
from forumguide.domain.model import NoteSummary, NoteTarget, SessionSummary
from forumguide.personal import PersonalStoreError
from forumguide.ui.formatting import TimeFormatter, shortened, tr
from forumguide.ui.models import AnyIndex

if TYPE_CHECKING:
    from forumguide.catalog.library import CatalogLibrary
    from forumguide.ui.personal_data import PersonalData


class SearchHost(Protocol):
    """What the search uses of the window it is in."""

    @property
    def search(self) -> QLineEdit: ...
    @property
    def library(self) -> CatalogLibrary: ...
    @property
    def data(self) -> PersonalData | None: ...
    @property
    def relevance_action(self) -> QAction: ...
    @property
    def tabs(self) -> QTabWidget: ...
    @property
    def programme(self) -> QWidget: ...
    @property
    def speakers(self) -> QWidget: ...
    @property
    def notes(self) -> QWidget: ...
    def current_forum(self) -> str: ...
    def select_forum(self, slug: str) -> None: ...
    def open_session(self, guid: str, forum_slug: str = "") -> None: ...
    def open_speaker(self, slug: str) -> None: ...
    def apply_search_now(self) -> None: ...
    def focus_results_of_tab(self) -> None: ...


# The first hits listed of each group; the heading counts them all.
SHOWN_PER_GROUP = 5
# How long typing rests before the results panel shrinks to its results.
SETTLE_MS = 350
_ROOT = QModelIndex()
HIT_INDENT = 14


class Group(Enum):
    HERE = "here"
    ELSEWHERE = "elsewhere"
    PEOPLE = "people"
    NOTES = "notes"


@dataclass(frozen=True, slots=True)
class ResultRow:
    """One line of the results: a group's heading, or a hit of the group."""

    group: Group
    text: str
    heading: bool = False
    guid: str = ""  # a session's, or the session a note is on
    forum_slug: str = ""
    person_slug: str = ""  # a person's, or the person a note is on


class SearchResultsModel(QAbstractListModel):
    """The result lines, headings included."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ResultRow] = []
        self._indent = QPixmap(HIT_INDENT, 1)
        self._indent.fill(Qt.GlobalColor.transparent)

    def set_rows(self, rows: list[ResultRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> ResultRow:
        return self.rows[row]

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.text
        if role == Qt.ItemDataRole.FontRole and row.heading:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and not row.heading:
            return self._indent  # a group's hits stand in from its heading
        return None


class SearchResults(QFrame):
    """The panel: a line saying what was searched, the scope, and the grouped results."""

    opened = Signal(object)  # the ResultRow activated
    scope_changed = Signal(bool)  # whether to search this forum only
    left = Signal()  # Esc or Up from the first line: back to the search box

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.heading = QLabel(self)
        self.this_forum_only = QCheckBox(self)
        self.this_forum_only.toggled.connect(self.scope_changed)
        self.model = SearchResultsModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformItemSizes(True)
        self.view.setIconSize(QSize(HIT_INDENT, 1))  # the indent of hits, not an icon
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.activated.connect(self._activated)
        self.view.installEventFilter(self)
        QWidget.setTabOrder(self.view, self.this_forum_only)  # Tab from the results to the box
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.this_forum_only)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(tr("Search results"))
        self.view.setAccessibleName(tr("Search results"))
        self.this_forum_only.setText(tr("Only this for&um"))
        self.this_forum_only.setToolTip(tr("Search the forum shown only"))
        self.this_forum_only.setAccessibleName(tr("Search this forum only"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_rows(self, rows: list[ResultRow], heading: str) -> None:
        self.model.set_rows(rows)
        self.heading.setText(heading)

    def focus_first(self) -> bool:
        """Give the keyboard to the first hit (the first line when no group has hits)."""
        rows = self.model.rows
        if not rows:
            return False
        first = next((i for i, r in enumerate(rows) if not r.heading), 0)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.setCurrentIndex(self.model.index(first, 0))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.left.emit()
                return True
            if key == Qt.Key.Key_Up and self.view.currentIndex().row() <= 0:
                self.left.emit()
                return True
        return super().eventFilter(watched, event)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.opened.emit(self.model.row_at(index.row()))


def result_rows(
    hits: CatalogHits,
    notes: list[NoteSummary],
    note_titles: dict[int, str],
    forum_names: dict[str, str],
    formatter: TimeFormatter,
) -> list[ResultRow]:
    """The lines of the results: each group that found something, its heading first."""
    rows: list[ResultRow] = []

    def session_text(summary: SessionSummary, forum: bool) -> str:
        when = formatter.when(summary)
        place = forum_names.get(summary.forum_slug, summary.forum_slug) if forum else when
        return tr("{title} — {place}").format(title=summary.title, place=place)

    if hits.here_count:
        rows.append(
            ResultRow(
                Group.HERE,
                tr("Sessions in this forum ({count})").format(count=hits.here_count),
                heading=True,
            )
        )
        rows += [
            ResultRow(Group.HERE, session_text(s, False), guid=s.guid, forum_slug=s.forum_slug)
            for s in hits.here
        ]
    if hits.elsewhere_count:
        rows.append(
            ResultRow(
                Group.ELSEWHERE,
                tr("Sessions in other forums ({count})").format(count=hits.elsewhere_count),
                heading=True,
            )
        )
        rows += [
            ResultRow(Group.ELSEWHERE, session_text(s, True), guid=s.guid, forum_slug=s.forum_slug)
            for s in hits.elsewhere
        ]
    if hits.people_count:
        rows.append(
            ResultRow(
                Group.PEOPLE,
                tr("People ({count})").format(count=hits.people_count),
                heading=True,
            )
        )
        for hit in hits.people:
            person = hit.person
            text = (
                tr("{name} — {affiliation}").format(
                    name=person.name, affiliation=person.affiliation
                )
                if person.affiliation
                else person.name
            )
            rows.append(
                ResultRow(Group.PEOPLE, text, forum_slug=hit.forum_slug, person_slug=person.slug)
            )
    if notes:
        rows.append(
            ResultRow(Group.NOTES, tr("Notes ({count})").format(count=len(notes)), heading=True)
        )
        for number, note in enumerate(notes[:SHOWN_PER_GROUP]):
            text = tr("{title}: {beginning}").format(
                title=note_titles.get(number, note.key),
                beginning=shortened(" ".join(note.beginning.split()), 80),
            )
            if note.target is NoteTarget.SESSION:
                rows.append(ResultRow(Group.NOTES, text, guid=note.key, forum_slug=note.forum_slug))
            else:
                rows.append(ResultRow(Group.NOTES, text, person_slug=note.key))
    return rows


class SearchEverywhere(QObject):
    """Runs the window's search box over everything and shows the results panel."""

    def __init__(self, host: SearchHost, window: QWidget) -> None:
        super().__init__(window)
        self.host = host
        self.window = window
        self.panel = SearchResults(window)
        self.query = ""
        self.formatter = TimeFormatter()
        self.panel.opened.connect(self._open)
        self.panel.scope_changed.connect(lambda _only: self.refresh())
        self.panel.left.connect(self._back_to_search)
        # The keys of the search box, as actions so that the list of shortcuts shows them.
        self._handled = False
        self._wanted = False  # the next search shows the panel
        self._opened = False  # the panel has been placed since it was last hidden
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(lambda: self._place(fit=True))
        self.clear_action = QAction(self)
        self.clear_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.clear_action.triggered.connect(self._clear)
        self.enter_action = QAction(self)
        self.enter_action.setShortcuts(
            [
                QKeySequence(Qt.Key.Key_Down),
                QKeySequence(Qt.Key.Key_Return),
                QKeySequence(Qt.Key.Key_Enter),
            ]
        )
        self.enter_action.triggered.connect(self._enter)
        self.retranslate()
        host.search.installEventFilter(self)
        window.installEventFilter(self)
        self.panel.installEventFilter(self)
        host.search.textEdited.connect(lambda _text: self.show_panel())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def retranslate(self) -> None:
        self.clear_action.setText(tr("Clear the search (in the search box)"))
        self.enter_action.setText(tr("Go to the first result (in the search box)"))
        self.panel.retranslate()

    # Searching ---------------------------------------------------------------------------

    def set_query(self, text: str) -> None:
        """Search ``text`` if the panel is shown or asked for (else when it is next shown)."""
        self.query = text
        if not text.strip():
            self._wanted = False
            self.panel.hide()
            self.panel.set_rows([], "")
            return
        if self.panel.isVisible() or self._wanted:
            self._wanted = False
            self.refresh()
            self.panel.show()
            self.panel.raise_()
            self._place()

    def refresh(self) -> None:
        host = self.host
        forum_slug = host.current_forum()
        only = self.panel.this_forum_only.isChecked()
        hits = search_library(
            host.library,
            self.query,
            forum_slug,
            this_forum_only=only,
            by_relevance=host.relevance_action.isChecked(),
            limit=SHOWN_PER_GROUP,
        )
        notes = self._notes(forum_slug if only else "")
        titles = self._note_titles(notes[:SHOWN_PER_GROUP])
        names = {forum.slug: forum.name for forum in host.library.forums()}
        rows = result_rows(hits, notes, titles, names, self.formatter)
        heading = (
            tr("Found for “{query}”:").format(query=self.query.strip())
            if rows
            else tr("Nothing found for “{query}”.").format(query=self.query.strip())
        )
        self.panel.set_rows(rows, heading)
        if self.panel.isVisible():
            self._place()

    def _notes(self, forum_slug: str) -> list[NoteSummary]:
        data = self.host.data
        if data is None:
            return []
        try:
            notes = data.note_summaries(self.query)
        except PersonalStoreError:
            return []  # the Notes tab says why
        if not forum_slug:
            return notes
        reader = self.host.library.reader_for(forum_slug)
        present = reader.forum_speaker_ids(forum_slug) if reader is not None else frozenset()
        return [
            note
            for note in notes
            if (note.target is NoteTarget.SESSION and note.forum_slug == forum_slug)
            or (
                note.target is NoteTarget.SPEAKER
                and reader is not None
                and reader.speaker_id(note.key) in present
            )
        ]

    def _note_titles(self, notes: list[NoteSummary]) -> dict[int, str]:
        library = self.host.library
        sessions = library.sessions_by_key(
            key for note in notes if (key := note.session_key) is not None
        )
        people = library.speakers_by_slug(
            note.key for note in notes if note.target is NoteTarget.SPEAKER
        )
        titles: dict[int, str] = {}
        for number, note in enumerate(notes):
            key = note.session_key
            if key is not None and key in sessions:
                titles[number] = sessions[key].title
            elif note.target is NoteTarget.SPEAKER and note.key in people:
                titles[number] = people[note.key].name
            else:
                titles[number] = note.snapshot.title or note.key
        return titles

    # The panel ---------------------------------------------------------------------------

    def show_panel(self) -> None:
        """Show the results of the search box's text: with the search that follows a key typed
        (once for all the keys typed meanwhile), at once otherwise."""
        self._wanted = True
        if self.host.search.text() == self.query:
            self.set_query(self.query)

    def hide_panel(self) -> None:
        self.panel.hide()

    def _place(self, *, fit: bool = False) -> None:
        """Under the search box, as wide as useful, as tall as its results and no taller than
        the window allows.

        While keys are typed the panel only grows: shrinking uncovers the window's content,
        which then repaints, so it shrinks to its results once, when typing rests (``fit``).
        """
        window = self.window
        search = self.host.search
        corner = search.mapTo(window, QPoint(0, search.height()))
        width = min(max(search.width(), 720), window.width() - 16)
        left = max(8, min(corner.x(), window.width() - width - 8))
        view = self.panel.view
        count = view.model().rowCount()
        rows = count * max((view.sizeHintForRow(row) for row in range(min(count, 2))), default=0)
        layout = self.panel.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        around = (
            margins.top()
            + margins.bottom()
            + layout.spacing()
            + max(
                self.panel.heading.sizeHint().height(),
                self.panel.this_forum_only.sizeHint().height(),
            )
            + 2 * self.panel.frameWidth()
        )
        wanted = around + 2 * view.frameWidth() + max(rows, view.fontMetrics().height())
        room = window.height() - corner.y() - 8
        fitted = max(80, min(wanted, room))
        height = fitted
        if self._opened and not fit and fitted < self.panel.height():
            height = min(self.panel.height(), room)
            self._settle.start()
        self.panel.setGeometry(left, corner.y() + 2, width, height)
        self._opened = True

    def enter_results(self) -> bool:
        """Down or Enter in the search box: into the results (shown first if need be)."""
        if not self.host.search.text().strip():
            return False
        if not self.panel.isVisible():
            self._wanted = True
        if self.host.search.text() != self.query or self._wanted:
            self._wanted = True
            self.host.apply_search_now()
        return self.panel.focus_first()

    def _back_to_search(self) -> None:
        self.host.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not self.panel.isVisible() or new is None:
            return
        if new is self.host.search or self.panel.isAncestorOf(new):
            return
        self.panel.hide()

    def _key_pressed(self, event: QKeyEvent) -> bool:
        """Esc, Down and Enter in the search box, as its actions say; whether it was one."""
        pressed = QKeySequence(event.keyCombination())
        for action in (self.clear_action, self.enter_action):
            if any(
                pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch
                for key in action.shortcuts()
            ):
                action.trigger()
                return self._handled
        return False

    def _clear(self) -> None:
        search = self.host.search
        self._handled = bool(search.text() or self.panel.isVisible())
        self.panel.hide()
        search.clear()

    def _enter(self) -> None:
        self._handled = True
        if not self.enter_results():
            self.host.focus_results_of_tab()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.panel and event.type() == QEvent.Type.Hide:
            self._opened = False
            self._settle.stop()
            return False
        if watched is self.window and event.type() == QEvent.Type.Resize:
            if self.panel.isVisible():
                self._place()
            return False
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            return False
        if watched is self.host.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self._key_pressed(event):
                return True
        return super().eventFilter(watched, event)

    # Opening -----------------------------------------------------------------------------

    def _open(self, row: ResultRow) -> None:
        host = self.host
        self.panel.hide()
        if row.heading:
            tab = {Group.HERE: host.programme, Group.PEOPLE: host.speakers, Group.NOTES: host.notes}
            if row.group in tab:
                host.tabs.setCurrentWidget(tab[row.group])
                host.focus_results_of_tab()
            return
        if row.guid:
            host.open_session(row.guid, row.forum_slug)
        elif row.person_slug:
            forum = self._forum_listing(row.person_slug, row.forum_slug)
            if forum and forum != host.current_forum():
                host.select_forum(forum)
            host.open_speaker(row.person_slug)

    def _forum_listing(self, slug: str, preferred: str) -> str:
        """A forum whose catalog lists the person: the one shown if it does, else
        ``preferred``, else the first."""
        library = self.host.library
        shown = self.host.current_forum()
        for forum in [shown, preferred, *(f.slug for f in library.forums())]:
            reader = library.reader_for(forum) if forum else None
            if reader is not None and reader.speaker_id(slug) is not None:
                return forum
        return shown


def install_search_everywhere(host: SearchHost, window: QWidget) -> SearchEverywhere:
    return SearchEverywhere(host, window)
