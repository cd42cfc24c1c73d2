"""The Notes tab: every note, searchable; activating one opens what it is about."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from forumguide.catalog.library import CatalogLibrary
from forumguide.domain.model import NoteSummary, NoteTarget, Session, SessionKey
from forumguide.personal import PersonalStoreError
from forumguide.ui.formatting import breakable, local_time_text, shortened, tr
from forumguide.ui.models import NotesModel
from forumguide.ui.personal_data import PersonalData
from forumguide.ui.views import ListTab, SectionedTableView

# The preview shows this much of a note; the editor beside its session holds all of it.
PREVIEW_CHARACTERS = 20_000


class NotesTab(ListTab):
    open_session = Signal(str, str)  # guid, forum slug
    open_speaker = Signal(str)
    export_requested = Signal()

    def __init__(self, library: CatalogLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.data: PersonalData | None = None
        self.query = ""
        self.store_missing = False  # the personal store could not be opened
        self.summary = QLabel(self)
        self.model = NotesModel(self)
        self.view = SectionedTableView(self)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(NotesModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(NotesModel.ABOUT, 360)
        header.setStretchLastSection(False)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.preview)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(lambda _checked=False: self.export_requested.emit())
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.view.setAccessibleName(tr("Notes"))
        # As wide as the longest date and time of the language (a two-digit day, long month).
        widest = max(
            self.fontMetrics().horizontalAdvance(
                local_time_text(datetime(2025, month, 28, 23, 59, tzinfo=UTC))
            )
            for month in range(1, 13)
        )
        self.view.horizontalHeader().resizeSection(NotesModel.UPDATED, widest + 24)
        self.preview.setAccessibleName(tr("Note text"))
        self.preview.setPlaceholderText(
            tr("Select a note to read it; press Enter to open what it is about.")
        )
        self.export_button.setText(tr("E&xport…"))
        self.export_button.setAccessibleName(tr("Export notes"))
        self.export_button.setToolTip(tr("Save your notes as a Markdown or PDF document"))
        if self.store_missing:
            self.store_failed()
        elif self.data is None:
            self.summary.setText(tr("Opening your notes…"))
        else:
            self.reload_when_shown()

    def attach(self, data: PersonalData) -> None:
        self.data = data
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

    @staticmethod
    def _title(note: NoteSummary, sessions: dict[SessionKey, Session]) -> str:
        if note.session_key is not None:
            session = sessions.get(note.session_key)
            if session is not None:
                return session.title
            return tr("{title} (removed from the programme)").format(
                title=note.snapshot.title or note.key
            )
        return note.snapshot.title or note.key

    def reload(self) -> None:
        self.stale = False
        if self.data is None:
            return
        try:
            notes = self.data.note_summaries(self.query)
        except PersonalStoreError as error:
            self.summary.setText(tr("Your notes could not be read: {reason}").format(reason=error))
            return
        sessions = self.library.sessions_by_key(
            key for n in notes if (key := n.session_key) is not None
        )
        self.model.set_notes([(note, self._title(note, sessions)) for note in notes])
        if notes:
            self.summary.setText(tr("Notes: {count}").format(count=len(notes)))
        elif self.query.strip():
            self.summary.setText(tr("No note contains “{query}”.").format(query=self.query))
        else:
            self.summary.setText(tr("No notes yet. Select a session and type in “Your note”."))

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes or self.data is None:
            self.preview.clear()
            return
        summary = self.model.note(indexes[0].row())
        text = summary.beginning + " …"
        if summary.length <= PREVIEW_CHARACTERS:
            # Read whole only when short enough to show: a long note shows its beginning.
            try:
                note = self.data.note(summary.target, summary.key, summary.forum_slug)
            except PersonalStoreError as error:
                text = tr("This note could not be read: {reason}").format(reason=error)
            else:
                text = note.text if note is not None else ""
        self.preview.setPlainText(breakable(shortened(text, PREVIEW_CHARACTERS)))

    def _activated(self, index: QModelIndex) -> None:
        note = self.model.note(index.row())
        if note.target is NoteTarget.SESSION:
            self.open_session.emit(note.key, note.forum_slug)
        else:
            self.open_speaker.emit(note.key)
