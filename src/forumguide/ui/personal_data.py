"""The window's single writer to the personal store, with change signals for every tab."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from forumguide.catalog.library import CatalogLibrary
from forumguide.domain.model import (
    Bookmark,
    Note,
    NoteSummary,
    NoteTarget,
    Session,
    SessionKey,
    SessionSnapshot,
)
from forumguide.personal import PersonalStoreError
from forumguide.services import personal
from forumguide.ui.messages import error_text

if TYPE_CHECKING:
    from forumguide.personal.store import PersonalStore

log = logging.getLogger(__name__)


class PersonalData(QObject):
    """Wraps the store: every change goes through here and is announced by a signal.

    Bookmarks and session notes are named by (forum slug, guid): a guid alone could be another
    programme's session.
    """

    bookmarks_changed = Signal()
    note_saved = Signal(str, str)  # target, key
    write_failed = Signal(str)  # message for the user

    def __init__(
        self, store: PersonalStore, library: CatalogLibrary, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.library = library
        if not store.read_only:
            personal.scope_notes(store, library)
        self._bookmarked: set[SessionKey] = store.bookmarked_keys()

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def is_bookmarked(self, key: SessionKey) -> bool:
        return key in self._bookmarked

    def bookmarked_keys(self) -> frozenset[SessionKey]:
        return frozenset(self._bookmarked)

    def bookmarked_in(self, forum_slug: str) -> frozenset[str]:
        """The guids of the bookmarked sessions of one forum."""
        return frozenset(guid for forum, guid in self._bookmarked if forum == forum_slug)

    def bookmarks(self) -> list[Bookmark]:
        return self.store.bookmarks()

    def refresh_snapshots(self) -> None:
        """Remember what the bookmarked and annotated sessions are now (after an import)."""
        personal.refresh_snapshots(self.store, self.library)

    def changed_elsewhere(self, notes: Iterable[tuple[NoteTarget, str]] = ()) -> None:
        """Announce changes a service made to the store (a merge, say) to every tab."""
        try:
            self._bookmarked = self.store.bookmarked_keys()
        except PersonalStoreError as error:
            log.warning("bookmarks not read again: %s", error)
        self.bookmarks_changed.emit()
        for target, key in notes:
            self.note_saved.emit(target.value, key)
        if not notes:
            self.note_saved.emit("", "")

    def remove_bookmark(self, key: SessionKey) -> bool:
        """Remove a bookmark (its session may be gone from the programme)."""
        forum_slug, guid = key
        try:
            self.store.remove_bookmark(guid, forum_slug)
        except PersonalStoreError as error:
            log.warning("bookmark not removed: %s", error)
            self.write_failed.emit(
                self.tr("The bookmark was not removed: {0}").format(error_text(error))
            )
            return False
        self._bookmarked.discard(key)
        self.bookmarks_changed.emit()
        return True

    def set_bookmarked(self, session: Session, bookmarked: bool) -> bool:
        """Add or remove a bookmark; returns whether the change was saved."""
        key = (session.forum_slug, session.guid)
        try:
            if bookmarked:
                self.store.add_bookmark(
                    session.guid, session.forum_slug, personal.snapshot_of(session, self.library)
                )
                self._bookmarked.add(key)
            else:
                self.store.remove_bookmark(session.guid, session.forum_slug)
                self._bookmarked.discard(key)
        except PersonalStoreError as error:
            log.warning("bookmark not saved: %s", error)
            self.write_failed.emit(
                self.tr("The bookmark was not saved: {0}").format(error_text(error))
            )
            return False
        self.bookmarks_changed.emit()
        return True

    def noted_in(self, forum_slug: str) -> frozenset[str]:
        """The guids of the sessions of one forum that have a note."""
        try:
            return frozenset(self.store.noted_guids(forum_slug))
        except PersonalStoreError as error:
            log.warning("notes not read: %s", error)
            return frozenset()

    def note(self, target: NoteTarget, key: str, forum_slug: str = "") -> Note | None:
        return self.store.note(target, key, forum_slug)

    def notes(self, query: str = "") -> list[Note]:
        return self.store.notes(query)

    def note_summary(
        self, target: NoteTarget, key: str, forum_slug: str = ""
    ) -> NoteSummary | None:
        return self.store.note_summary(target, key, forum_slug)

    def note_summaries(self, query: str = "") -> list[NoteSummary]:
        return self.store.note_summaries(query)

    def save_note(
        self,
        target: NoteTarget,
        key: str,
        text: str,
        snapshot: SessionSnapshot,
        forum_slug: str = "",
    ) -> None:
        """Save in one transaction.

        Raises:
            PersonalStoreError: the note was not saved; the caller keeps the text.
        """
        self.store.save_note(target, key, text, snapshot, forum_slug)
        self.note_saved.emit(target.value, key)
