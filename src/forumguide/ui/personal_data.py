"""The window's single writer to the personal store, with change signals for every tab."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from forumguide.catalog.library import CatalogLibrary
from forumguide.domain.followups import FollowUp, FollowUpMovedError, with_follow_up_done
from forumguide.domain.hidden import HiddenItem
from forumguide.domain.model import (
    Bookmark,
    DeletedNote,
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
    bookmark_removed = Signal(object)  # the Bookmark as it was, to put back on undo
    note_deleted = Signal(object)  # the DeletedNote, waiting in the store's bin
    hidden_changed = Signal(str)  # the forum whose hidden rooms, tracks or sessions changed

    def __init__(
        self, store: PersonalStore, library: CatalogLibrary, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.library = library
        if not store.read_only:
            personal.scope_notes(store, library)
            # Deleted notes left in the bin by an earlier run can no longer be undone.
            personal.empty_bin(store)
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

    def changed_elsewhere(
        self, notes: Iterable[tuple[NoteTarget, str]] = (), hidden_in: Iterable[str] = ()
    ) -> None:
        """Announce changes a service made to the store (a merge, say) to every tab;
        ``hidden_in`` names the forums whose hidden items changed."""
        try:
            self._bookmarked = self.store.bookmarked_keys()
        except PersonalStoreError as error:
            log.warning("bookmarks not read again: %s", error)
        self.bookmarks_changed.emit()
        for target, key in notes:
            self.note_saved.emit(target.value, key)
        if not notes:
            self.note_saved.emit("", "")
        for forum_slug in dict.fromkeys(hidden_in):
            self.hidden_changed.emit(forum_slug)

    def remove_bookmark(self, key: SessionKey) -> bool:
        """Remove a bookmark (its session may be gone from the programme)."""
        forum_slug, guid = key
        try:
            removed = self.store.bookmark(guid, forum_slug)
            self.store.remove_bookmark(guid, forum_slug)
        except PersonalStoreError as error:
            log.warning("bookmark not removed: %s", error)
            self.write_failed.emit(
                self.tr("The bookmark was not removed: {0}").format(error_text(error))
            )
            return False
        self._bookmarked.discard(key)
        self.bookmarks_changed.emit()
        if removed is not None:
            self.bookmark_removed.emit(removed)
        return True

    def restore_bookmark(self, bookmark: Bookmark) -> None:
        """Put a removed bookmark back as it was (an undo).

        Raises:
            PersonalStoreError: it was not put back.
        """
        self.store.restore_bookmark(bookmark)
        self._bookmarked.add((bookmark.forum_slug, bookmark.session_guid))
        self.bookmarks_changed.emit()

    def set_bookmarked(self, session: Session, bookmarked: bool) -> bool:
        """Add or remove a bookmark; returns whether the change was saved."""
        key = (session.forum_slug, session.guid)
        removed: Bookmark | None = None
        try:
            if bookmarked:
                self.store.add_bookmark(
                    session.guid, session.forum_slug, personal.snapshot_of(session, self.library)
                )
                self._bookmarked.add(key)
            else:
                removed = self.store.bookmark(session.guid, session.forum_slug)
                self.store.remove_bookmark(session.guid, session.forum_slug)
                self._bookmarked.discard(key)
        except PersonalStoreError as error:
            log.warning("bookmark not saved: %s", error)
            self.write_failed.emit(
                self.tr("The bookmark was not saved: {0}").format(error_text(error))
            )
            return False
        self.bookmarks_changed.emit()
        if removed is not None:
            self.bookmark_removed.emit(removed)
        return True

    def hidden_items(self, forum_slug: str) -> list[HiddenItem]:
        """What the delegate hid in one forum (nothing, if the store cannot be read)."""
        try:
            return self.store.hidden_items(forum_slug)
        except PersonalStoreError as error:
            log.warning("hidden items not read: %s", error)
            return []

    def set_hidden(self, item: HiddenItem, hidden: bool) -> bool:
        """Hide a room, a track or a session, or show it again; returns whether it was saved."""
        try:
            self.store.set_hidden(item, hidden)
        except PersonalStoreError as error:
            log.warning("hidden item not saved: %s", error)
            self.write_failed.emit(
                self.tr("The change was not saved: {0}").format(error_text(error))
            )
            return False
        self.hidden_changed.emit(item.forum_slug)
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

    def follow_ups(self) -> list[personal.FollowUpEntry]:
        """Every follow-up line of every note, the open ones first."""
        return personal.follow_up_entries(self.store.notes(), self.library)

    def save_note(
        self,
        target: NoteTarget,
        key: str,
        text: str,
        snapshot: SessionSnapshot,
        forum_slug: str = "",
        *,
        base: str | None = None,
    ) -> Note | None:
        """Save in one transaction; returns the note as stored (None: there is none now).

        ``base`` is the text the writer started from: see
        :meth:`~forumguide.personal.store.PersonalStore.save_note`.

        Raises:
            PersonalStoreError: the note was not saved; the caller keeps the text.
        """
        note = self.store.save_note(target, key, text, snapshot, forum_slug, base=base)
        self.note_saved.emit(target.value, key)
        return note

    def delete_note(self, target: NoteTarget, key: str, forum_slug: str = "") -> bool:
        """Delete a note, keeping it in the store's bin until it can no longer be undone;
        returns whether it was deleted (a failure is told through :attr:`write_failed`)."""
        try:
            deleted = self.store.delete_note(target, key, forum_slug)
        except PersonalStoreError as error:
            log.warning("note not deleted: %s", error)
            self.write_failed.emit(
                self.tr("The note was not deleted: {0}").format(error_text(error))
            )
            return False
        self.note_saved.emit(target.value, key)
        if deleted is not None:
            self.note_deleted.emit(deleted)
        return deleted is not None

    def restore_note(self, deleted: DeletedNote) -> Note | None:
        """Put a deleted note back (an undo); None if the bin no longer holds it.

        Raises:
            PersonalStoreError: it was not put back; it is still in the bin.
        """
        note = self.store.restore_note(deleted.number)
        self.note_saved.emit(deleted.note.target.value, deleted.note.key)
        return note

    def set_follow_up_done(self, note: Note, item: FollowUp, done: bool = True) -> Note | None:
        """Tick (or untick) a follow-up of ``note``, in the note's text as stored now.

        Raises:
            FollowUpMovedError: the note was changed and no longer has it on that line.
            PersonalStoreError: the note was not saved.
        """
        current = self.store.note(note.target, note.key, note.forum_slug)
        if current is None:
            raise FollowUpMovedError(item.text)
        text = with_follow_up_done(current.text, item, done)
        return self.save_note(
            current.target,
            current.key,
            text,
            current.snapshot,
            current.forum_slug,
            base=current.text,
        )
