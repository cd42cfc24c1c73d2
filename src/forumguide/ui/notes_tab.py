"""The Notes tab: every note, searchable and sortable, edited in place; and the Follow-ups view.

A note selected in the list opens in the same editor as beside its session (saved as you type);
Delete removes it, and Undo brings it back. Activating a note opens what it is about.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
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
from forumguide.domain.model import NoteSummary, NoteTarget, Session, SessionKey, SessionSnapshot
from forumguide.domain.timezones import to_utc
from forumguide.personal import PersonalStoreError
from forumguide.services.personal import snapshot_of
from forumguide.ui.followups_view import FollowUpsView
from forumguide.ui.formatting import local_time_text, tr
from forumguide.ui.messages import error_text
from forumguide.ui.models import NotesModel
from forumguide.ui.personal_data import PersonalData
from forumguide.ui.views import ListTab, SectionedTableView
from forumguide.ui.widgets import NoteEditor

NOTES_PAGE, FOLLOW_UPS_PAGE = range(2)
_LATEST = datetime.max.replace(year=9000)


class NotesOrder(StrEnum):
    """How the list of notes is sorted."""

    EDITED = "edited"  # last edited first
    FORUM = "forum"  # by forum, then session time; notes on people last
    TIME = "time"  # by session time across forums; notes on people last


class NotesTab(ListTab):
    open_session = Signal(str, str)  # guid, forum slug
    open_speaker = Signal(str)
    export_requested = Signal()
    message = Signal(str)  # for the window's banner

    def __init__(self, library: CatalogLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.data: PersonalData | None = None
        self.query = ""
        self.store_missing = False  # the personal store could not be opened
        self.order = NotesOrder.EDITED
        self._times_of: NoteSummary | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.notes_button = QToolButton(self)
        self.follow_ups_button = QToolButton(self)
        self.pages_group = QButtonGroup(self)
        for number, button in enumerate((self.notes_button, self.follow_ups_button)):
            button.setCheckable(True)
            self.pages_group.addButton(button, number)
        self.notes_button.setChecked(True)
        self.pages_group.idClicked.connect(self.show_page)
        self.sort_label = QLabel(self)
        self.sort_box = QComboBox(self)
        self.sort_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sort_label.setBuddy(self.sort_box)
        self.sort_box.currentIndexChanged.connect(self._order_changed)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(lambda _checked=False: self.delete_selected())
        self.delete_button.setEnabled(False)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(lambda _checked=False: self.export_requested.emit())

        self.model = NotesModel(self)
        self.view = SectionedTableView(self)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(NotesModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(NotesModel.ABOUT, 320)
        header.setStretchLastSection(False)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(lambda _checked=False: self.delete_selected())
        self.view.addAction(self.delete_action)

        self.times = QLabel(self)
        self.times.setWordWrap(True)
        self.editor = NoteEditor(self)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.times)
        side_layout.addWidget(self.editor, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        self.follow_ups = FollowUpsView(self)
        self.follow_ups.open_session.connect(self.open_session)
        self.follow_ups.open_speaker.connect(self.open_speaker)
        self.follow_ups.message.connect(self.message)
        # Its count goes in this tab's top line, where the count of notes is otherwise.
        self.follow_ups.summary.hide()
        self.follow_ups.summary_changed.connect(self._follow_ups_summary)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.follow_ups)

        top = QHBoxLayout()
        top.addWidget(self.notes_button)
        top.addWidget(self.follow_ups_button)
        top.addWidget(self.summary, 1)
        top.addWidget(self.sort_label)
        top.addWidget(self.sort_box)
        top.addWidget(self.delete_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.notes_button.setText(tr("Notes &list"))
        self.notes_button.setAccessibleName(tr("Show the list of notes"))
        self.notes_button.setToolTip(tr("Every note, to read and edit"))
        self.follow_ups_button.setText(tr("Follow-&ups"))
        self.follow_ups_button.setAccessibleName(tr("Show the follow-ups"))
        self.follow_ups_button.setToolTip(
            tr("The lines of your notes that begin with [ ], to tick off (Ctrl+5)")
        )
        self.sort_label.setText(tr("Sor&t by:"))
        self.sort_box.setAccessibleName(tr("Sort notes by"))
        self.sort_box.blockSignals(True)
        self.sort_box.clear()
        for text, order in (
            (tr("Last edited"), NotesOrder.EDITED),
            (tr("Forum"), NotesOrder.FORUM),
            (tr("Session time"), NotesOrder.TIME),
        ):
            self.sort_box.addItem(text, order.value)
        self.sort_box.setCurrentIndex(max(self.sort_box.findData(self.order.value), 0))
        self.sort_box.blockSignals(False)
        self.delete_button.setText(tr("&Delete"))
        self.delete_button.setAccessibleName(tr("Delete the selected note"))
        self.delete_button.setToolTip(
            tr("Delete the selected note (Delete); Ctrl+Z brings it back")
        )
        self.delete_action.setText(tr("Delete note"))
        self.export_button.setText(tr("E&xport…"))
        self.export_button.setAccessibleName(tr("Export notes"))
        self.export_button.setToolTip(tr("Save your notes as a Markdown or PDF document"))
        self.view.setAccessibleName(tr("Notes"))
        # As wide as the longest date and time of the language (a two-digit day, long month).
        widest = max(
            self.fontMetrics().horizontalAdvance(
                local_time_text(datetime(2025, month, 28, 23, 59, tzinfo=UTC))
            )
            for month in range(1, 13)
        )
        self.view.horizontalHeader().resizeSection(NotesModel.UPDATED, widest + 24)
        self.times.setAccessibleName(tr("When the note was written"))
        self._update_heading()
        if self.store_missing:
            self.store_failed()
        elif self.data is None:
            self.summary.setText(tr("Opening your notes…"))
        else:
            self.reload_when_shown()
        self._show_times(self._times_of)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def attach(self, data: PersonalData) -> None:
        self.data = data
        self.editor.attach(data)
        self.follow_ups.attach(data)
        data.note_saved.connect(lambda _target, _key: self.reload_when_shown())
        self.reload()

    def set_query(self, text: str) -> None:
        """Filter by ``text``; a hidden tab catches up when it is shown."""
        if text != self.query:
            self.query = text
            self.reload_when_shown()

    def store_failed(self) -> None:
        """The personal store could not be opened: say so instead of waiting for it."""
        self.store_missing = True
        self.summary.setText(tr("Your notes could not be opened; see the message above."))

    def show_page(self, page: int) -> None:
        """Show the list of notes or the follow-ups, and give it the keyboard."""
        self.editor.flush()
        self.pages.setCurrentIndex(page)
        button = self.pages_group.button(page)
        if button is not None:
            button.setChecked(True)
        notes_shown = page == NOTES_PAGE
        for widget in (self.sort_label, self.sort_box, self.delete_button):
            widget.setVisible(notes_shown)
        if notes_shown:
            self.reload()
            self.view.setFocus()
        else:
            self.follow_ups.reload()
            self.summary.setText(self.follow_ups.summary.text())
            self.follow_ups.view.setFocus()

    def flush(self) -> bool:
        return self.editor.flush()

    def _follow_ups_summary(self, text: str) -> None:
        if self.pages.currentIndex() == FOLLOW_UPS_PAGE:
            self.summary.setText(text)

    def _title(self, note: NoteSummary, sessions: dict[SessionKey, Session]) -> str:
        if note.session_key is not None:
            session = sessions.get(note.session_key)
            if session is not None:
                return session.title
            if self.library.forum(note.session_key[0]) is None:
                return tr("{title} (its programme was removed)").format(
                    title=note.snapshot.title or note.key
                )
            return tr("{title} (removed from the programme)").format(
                title=note.snapshot.title or note.key
            )
        return note.snapshot.title or note.key

    def reload(self) -> None:
        self.stale = False
        if self.data is None:
            return
        if self.pages.currentIndex() == FOLLOW_UPS_PAGE:
            self.follow_ups.reload()
        chosen = self.selected_note()
        row = self.view.currentIndex().row()
        try:
            notes = self.data.note_summaries(self.query)
        except PersonalStoreError as error:
            self.summary.setText(
                tr("Your notes could not be read: {reason}").format(reason=error_text(error))
            )
            return
        sessions = self.library.sessions_by_key(
            key for n in notes if (key := n.session_key) is not None
        )
        pairs = self._ordered([(note, self._title(note, sessions)) for note in notes], sessions)
        self.model.set_notes(pairs)
        if self.pages.currentIndex() == FOLLOW_UPS_PAGE:
            self.summary.setText(self.follow_ups.summary.text())
        elif notes:
            self.summary.setText(tr("Notes: {count}").format(count=len(notes)))
        elif self.query.strip():
            self.summary.setText(tr("No note contains “{query}”.").format(query=self.query))
        else:
            self.summary.setText(tr("No notes yet. Select a session and type in “Your note”."))
        self._reselect(chosen, row)

    def _ordered(
        self, pairs: list[tuple[NoteSummary, str]], sessions: dict[SessionKey, Session]
    ) -> list[tuple[NoteSummary, str]]:
        if self.order is NotesOrder.EDITED:
            return pairs  # the store lists them last edited first
        forums = {forum.slug: number for number, forum in enumerate(self.library.forums())}

        def when(note: NoteSummary) -> datetime:
            key = note.session_key
            session = sessions.get(key) if key is not None else None
            start = session.start if session else note.snapshot.start
            zone = session.timezone if session else (note.snapshot.timezone or "UTC")
            if start is None:
                return _LATEST
            try:
                return to_utc(start, zone).replace(tzinfo=None)
            except (OverflowError, ValueError):
                return _LATEST

        def order(pair: tuple[NoteSummary, str]) -> tuple[int, int, datetime, str]:
            note, title = pair
            if note.target is NoteTarget.SPEAKER:
                return (2, 0, _LATEST, title.casefold())
            key = note.session_key
            live = key is not None and key in sessions
            forum = forums.get(note.forum_slug, len(forums)) if live else len(forums)
            if self.order is NotesOrder.TIME:
                forum = 0
            return (0 if live else 1, forum, when(note), title.casefold())

        return sorted(pairs, key=order)

    def set_order(self, value: str) -> None:
        """Sort the list by ``value`` (a :class:`NotesOrder` value); an unknown one is ignored."""
        if value not in {order.value for order in NotesOrder}:
            return
        self.order = NotesOrder(value)
        self.sort_box.setCurrentIndex(max(self.sort_box.findData(value), 0))

    def _order_changed(self, _index: int) -> None:
        self.order = NotesOrder(str(self.sort_box.currentData() or NotesOrder.EDITED.value))
        self.reload()

    def selected_note(self) -> NoteSummary | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isSelected(index):
            return None
        return self.model.note(index.row())

    def _reselect(self, chosen: NoteSummary | None, row: int) -> None:
        """Select the note selected before a reload, or the row where it was if it is gone."""
        count = self.model.rowCount()
        target = -1
        if chosen is not None:
            for number in range(count):
                note = self.model.note(number)
                if (note.target, note.forum_slug, note.key) == (
                    chosen.target,
                    chosen.forum_slug,
                    chosen.key,
                ):
                    target = number
                    break
            if target < 0 and count:
                target = min(max(row, 0), count - 1)
        if target >= 0:
            self.view.setCurrentIndex(self.model.index(target, 0))
        else:
            self.editor.clear_target()
            self._update_heading()
            self._show_times()
            self.delete_button.setEnabled(False)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes or self.data is None:
            if not self.view.selectionModel().hasSelection():
                self.editor.clear_target()
                self.delete_button.setEnabled(False)
                self._update_heading()
                self._show_times()
            return
        summary = self.model.note(indexes[0].row())
        snapshot = summary.snapshot
        key = summary.session_key
        if key is not None:
            session = self.library.session(key[1], key[0])
            if session is not None:
                snapshot = snapshot_of(session, self.library)
        elif not snapshot.title:
            snapshot = SessionSnapshot(title=summary.key)
        self.editor.load(summary.target, summary.key, snapshot, summary.forum_slug)
        self.delete_button.setEnabled(not self.data.read_only)
        self._update_heading()
        self._show_times(summary)

    def _update_heading(self) -> None:
        target = self.editor.target
        if target is NoteTarget.SPEAKER:
            self.editor.heading.setText(tr("&Your note on this person"))
        elif target is NoteTarget.SESSION:
            self.editor.heading.setText(tr("&Your note on this session"))
        else:
            self.editor.heading.setText(tr("&Your note"))

    def _show_times(self, note: NoteSummary | None = None) -> None:
        self._times_of = note
        if note is None:
            self.times.setText(
                tr("Select a note to read and edit it; press Enter to open what it is about.")
            )
            return
        edited = local_time_text(note.updated_at)
        if note.created_at is not None:
            text = tr("Written {created} · last edited {edited}").format(
                created=local_time_text(note.created_at), edited=edited
            )
        else:
            text = tr("Last edited {edited}").format(edited=edited)
        self.times.setText(text)

    def delete_selected(self) -> bool:
        """Delete the selected note (it can be brought back with Undo)."""
        note = self.selected_note()
        if note is None or self.data is None or self.data.read_only:
            return False
        # What was typed last goes into the bin with the rest of the note.
        if not self.editor.flush():
            return False
        return self.data.delete_note(note.target, note.key, note.forum_slug)

    def _activated(self, index: QModelIndex) -> None:
        note = self.model.note(index.row())
        if note.target is NoteTarget.SESSION:
            self.open_session.emit(note.key, note.forum_slug)
        else:
            self.open_speaker.emit(note.key)
