"""The Speakers tab: everyone in the forum's catalog, searchable, with bio and sessions."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from forumguide.catalog.library import CatalogLibrary
from forumguide.domain.model import NoteTarget, SessionSnapshot, Speaker
from forumguide.ui.formatting import TimeFormatter, speaker_html, tr
from forumguide.ui.frame_layout import detail_splitter
from forumguide.ui.list_actions import SpeakerListActions
from forumguide.ui.models import SpeakerListModel
from forumguide.ui.personal_data import PersonalData
from forumguide.ui.views import ListTab, SectionedTableView
from forumguide.ui.widgets import NoteEditor, SafeBrowser


class SpeakersTab(ListTab):
    open_session = Signal(str, str)  # guid, forum slug

    def __init__(self, library: CatalogLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.forum_slug = ""
        self.query = ""
        self.formatter = TimeFormatter()
        self.current: Speaker | None = None
        self.model = SpeakerListModel(self)
        self.view = SectionedTableView(self)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setResizeContentsPrecision(0)
        header.setSectionResizeMode(SpeakerListModel.NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SpeakerListModel.AFFILIATION, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty = QLabel(self)
        self.empty.hide()
        self.details = SafeBrowser(self)
        self.details.internal_link.connect(self._link)
        self.notes = NoteEditor(self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.empty)
        right = self.detail_splitter = detail_splitter(self.details, self.notes, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.list_actions = SpeakerListActions(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.view.setAccessibleName(tr("Speakers"))
        self.details.setAccessibleName(tr("Speaker details"))
        self.notes.heading.setText(tr("&Your note on this person"))
        if self.forum_slug:
            self.reload_when_shown()
        if self.current is not None:
            self._show(self.current)

    def attach(self, data: PersonalData) -> None:
        self.notes.attach(data)

    def set_forum(self, slug: str) -> None:
        self.forum_slug = slug
        self.reload_when_shown()

    def set_query(self, text: str) -> None:
        if text != self.query:
            self.query = text
            self.reload_when_shown()

    def set_formatter(self, formatter: TimeFormatter) -> None:
        self.formatter = formatter
        if self.current is not None:
            self._show(self.current)

    def flush(self) -> None:
        self.notes.flush()

    def reload(self) -> None:
        self.stale = False
        reader = self.library.reader_for(self.forum_slug)
        if reader is None:
            return
        previous = self.current.slug if self.current else ""
        ids = reader.speaker_ids(self.query)
        self.model.show(reader, ids)
        self.empty.setText(
            tr("Nobody matches “{query}”.").format(query=self.query)
            if self.query.strip()
            else tr("No speakers in this programme.")
        )
        self.empty.setVisible(not ids)
        target = self.model.find(previous) if previous else self.model.index(0, 0)
        if target.isValid():
            self.view.setCurrentIndex(target)
            self.view.scrollTo(target)
        else:
            # The person shown is not listed any more: show nobody rather than a hidden one.
            self._show_nobody()
            self.view.scrollToTop()

    def _show_nobody(self) -> None:
        self.current = None
        self.view.clearSelection()
        self.details.clear()
        self.notes.clear_target()

    def select_speaker(self, slug: str) -> bool:
        self.catch_up()
        index = self.model.find(slug)
        if not index.isValid() and self.query:
            self.query = ""
            self.reload()
            index = self.model.find(slug)
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        slug = self.model.speaker(indexes[0].row()).slug
        if self.current is not None and self.current.slug == slug:
            return
        reader = self.library.reader_for(self.forum_slug)
        speaker = reader.speaker(slug) if reader is not None else None
        if speaker is not None:
            self._show(speaker)

    def _show(self, speaker: Speaker) -> None:
        self.current = speaker
        reader = self.library.reader_for(self.forum_slug)
        if reader is None:
            return
        appearances = [
            (
                item.session,
                item.appearance.billed_title,
                self.library.forum(item.session.forum_slug),
                item.appearance.role,
            )
            for item in reader.appearances_of(speaker.slug)
        ]
        roles = [
            (self.library.forum(forum), role) for forum, role in reader.forum_roles_of(speaker.slug)
        ]
        keys = list(speaker.source_keys)
        self.details.setHtml(
            speaker_html(speaker, appearances, roles, reader.sources(keys), self.formatter)
        )
        self.notes.load(NoteTarget.SPEAKER, speaker.slug, SessionSnapshot(title=speaker.name))

    def _link(self, scheme: str, key: str) -> None:
        if scheme == "session":
            reader = self.library.reader_for(self.forum_slug)
            session = reader.session(key) if reader is not None else None
            self.open_session.emit(key, session.forum_slug if session is not None else "")
        elif scheme == "speaker":
            self.select_speaker(key)
