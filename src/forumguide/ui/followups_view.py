"""The Follow-ups view of the Notes tab: every ``[ ]`` line of every note, ticked off here.

Ticking one writes ``[x]`` into its note (and unticking writes ``[ ]`` back), through the one
writer, so the note's editor and the lists follow at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from forumguide.domain.followups import FollowUpMovedError
from forumguide.domain.model import NoteTarget
from forumguide.personal import PersonalStoreError
from forumguide.services.personal import FollowUpEntry
from forumguide.ui.formatting import MAX_TITLE_SHOWN, plain_tooltip, shortened, tr
from forumguide.ui.messages import error_text
from forumguide.ui.personal_data import PersonalData

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class FollowUpsModel(QAbstractTableModel):
    """Follow-ups with a check box each: what to do, where it came from, who was there."""

    TEXT, SOURCE, PEOPLE = range(3)
    tick_requested = Signal(int, bool)  # row, done

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[FollowUpEntry] = []

    def set_entries(self, entries: list[FollowUpEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (tr("Follow-up"), tr("From"), tr("People"))[section]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.TEXT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _source(self, entry: FollowUpEntry) -> str:
        if entry.note.target is NoteTarget.SPEAKER:
            return tr("Person: {name}").format(name=entry.source)
        if entry.removed:
            return tr("{title} (removed from the programme)").format(title=entry.source)
        return entry.source

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.TEXT:
            return Qt.CheckState.Checked if entry.item.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TEXT:
                return shortened(entry.item.text, MAX_TITLE_SHOWN)
            if column == self.SOURCE:
                return shortened(self._source(entry), MAX_TITLE_SHOWN)
            if column == self.PEOPLE:
                return shortened(", ".join(entry.people), MAX_TITLE_SHOWN)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TEXT:
                return plain_tooltip(entry.item.text)
            if column == self.SOURCE:
                return plain_tooltip(self._source(entry))
            if column == self.PEOPLE:
                return plain_tooltip(", ".join(entry.people))
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.TEXT:
            state = tr("done") if entry.item.done else tr("open")
            return f"{entry.item.text} ({state})"
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not index.isValid()
            or index.column() != self.TEXT
        ):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        # The note is written first; the list is read again from it once it is saved.
        self.tick_requested.emit(index.row(), checked)
        return True


class _FollowUpTable(QTableView):
    """Space ticks or unticks the current row's follow-up, whichever column is current."""

    toggle_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select) and index.isValid():
            self.toggle_requested.emit(index.row())
            event.accept()
            return
        super().keyPressEvent(event)


class FollowUpsView(QWidget):
    """Every follow-up across all notes; Space or a click on its box ticks one."""

    open_session = Signal(str, str)  # guid, forum slug
    open_speaker = Signal(str)
    message = Signal(str)  # for the window's banner
    summary_changed = Signal(str)  # how many are open, as shown in :attr:`summary`

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: PersonalData | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = FollowUpsModel(self)
        # Queued: the list is read again after a tick, which must not happen inside setData.
        self.model.tick_requested.connect(self._tick, Qt.ConnectionType.QueuedConnection)
        self.view = _FollowUpTable(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(False)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(FollowUpsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FollowUpsModel.SOURCE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(FollowUpsModel.SOURCE, 260)
        header.setSectionResizeMode(FollowUpsModel.PEOPLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)
        header.setMaximumSectionSize(420)
        header.setStretchLastSection(False)
        self.view.toggle_requested.connect(self._toggle_row)
        self.view.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.view.setAccessibleName(tr("Follow-ups"))
        self.view.setToolTip(
            tr(
                "Lines in your notes that begin with [ ] or - [ ]. Space ticks one off; Enter "
                "opens what its note is about."
            )
        )
        self._update_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def attach(self, data: PersonalData) -> None:
        self.data = data

    def reload(self) -> None:
        if self.data is None:
            return
        current = self.view.currentIndex()
        row, column = current.row(), max(current.column(), 0)
        try:
            entries = self.data.follow_ups()
        except PersonalStoreError as error:
            self.summary.setText(
                tr("Your follow-ups could not be read: {reason}").format(reason=error_text(error))
            )
            return
        self.model.set_entries(entries)
        self._update_summary()
        if entries and row >= 0:
            self.view.setCurrentIndex(self.model.index(min(row, len(entries) - 1), column))

    def _update_summary(self) -> None:
        entries = self.model.entries
        if self.data is None:
            self.summary.setText(tr("Opening your notes…"))
        elif not entries:
            self.summary.setText(
                tr("No follow-ups yet. Begin a line of a note with [ ] to add one.")
            )
        else:
            waiting = sum(1 for entry in entries if not entry.item.done)
            self.summary.setText(
                tr("Open follow-ups: {open} of {count}").format(open=waiting, count=len(entries))
            )
        self.summary_changed.emit(self.summary.text())

    def _toggle_row(self, row: int) -> None:
        if 0 <= row < len(self.model.entries):
            self._tick(row, not self.model.entries[row].item.done)

    def _tick(self, row: int, done: bool) -> None:
        if self.data is None or not 0 <= row < len(self.model.entries):
            return
        entry = self.model.entries[row]
        if entry.item.done == done:
            return
        try:
            self.data.set_follow_up_done(entry.note, entry.item, done)
        except FollowUpMovedError:
            self.message.emit(
                tr("“{text}” was changed in its note meanwhile; the list is shown again.").format(
                    text=shortened(entry.item.text, 80)
                )
            )
        except PersonalStoreError as error:
            self.message.emit(
                tr("The follow-up was not ticked: {reason}").format(reason=error_text(error))
            )
        self.reload()

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        note = self.model.entries[index.row()].note
        if note.target is NoteTarget.SESSION:
            self.open_session.emit(note.key, note.forum_slug)
        else:
            self.open_speaker.emit(note.key)
