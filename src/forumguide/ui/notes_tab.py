"""The Notes tab: every note, searchable; activating one opens what it is about."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from forumguide.catalog.library import CatalogLibrary
from forumguide.domain.model import Note, NoteTarget
from forumguide.ui.formatting import tr
from forumguide.ui.models import NotesModel
from forumguide.ui.personal_data import PersonalData


class NotesTab(QWidget):
    open_session = Signal(str)
    open_speaker = Signal(str)
    export_requested = Signal()

    def __init__(self, library: CatalogLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.data: PersonalData | None = None
        self.query = ""
        self.summary = QLabel(tr("Opening your notes…"), self)
        self.model = NotesModel(self)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setAccessibleName(tr("Notes"))
        self.view.setAllColumnsShowFocus(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.view.header()
        header.setSectionResizeMode(NotesModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NotesModel.UPDATED, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(NotesModel.ABOUT, 360)
        self.view.header().setStretchLastSection(False)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(tr("Note text"))
        self.preview.setPlaceholderText(
            tr("Select a note to read it; press Enter to open what it is about.")
        )
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.preview)
        self.export_button = QPushButton(tr("E&xport…"), self)
        self.export_button.setAccessibleName(tr("Export notes"))
        self.export_button.setToolTip(tr("Save your notes as a Markdown or PDF document"))
        self.export_button.clicked.connect(lambda _checked=False: self.export_requested.emit())
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def attach(self, data: PersonalData) -> None:
        self.data = data
        data.note_saved.connect(lambda _target, _key: self.reload())
        self.reload()

    def set_query(self, text: str) -> None:
        if text != self.query:
            self.query = text
            self.reload()

    def _title(self, note: Note) -> str:
        if note.target is NoteTarget.SESSION:
            session = self.library.session(note.key)
            if session is not None:
                return session.title
            return tr("{title} (removed from the programme)").format(
                title=note.snapshot.title or note.key
            )
        return note.snapshot.title or note.key

    def reload(self) -> None:
        if self.data is None:
            return
        notes = self.data.notes(self.query)
        self.model.set_notes([(note, self._title(note)) for note in notes])
        if notes:
            self.summary.setText(tr("Notes: {count}").format(count=len(notes)))
        elif self.query.strip():
            self.summary.setText(tr("No note contains “{query}”.").format(query=self.query))
        else:
            self.summary.setText(tr("No notes yet. Select a session and type in “Your note”."))

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        self.preview.setPlainText(self.model.note(indexes[0].row()).text if indexes else "")

    def _activated(self, index: QModelIndex) -> None:
        note = self.model.note(index.row())
        if note.target is NoteTarget.SESSION:
            self.open_session.emit(note.key)
        else:
            self.open_speaker.emit(note.key)
