"""The delegate's own data: what bookmarks and notes remember of their sessions, and merging a
personal-data file from another computer."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from forumguide.catalog.library import CatalogLibrary
from forumguide.domain.followups import FollowUp, follow_ups
from forumguide.domain.hidden import HiddenItem
from forumguide.domain.model import Bookmark, Note, NoteTarget, Session, SessionSnapshot
from forumguide.personal import PersonalStoreError

if TYPE_CHECKING:
    from forumguide.interchange.personal_file import MergeReport
    from forumguide.personal.store import PersonalStore

log = logging.getLogger(__name__)


def snapshot_of(session: Session, library: CatalogLibrary) -> SessionSnapshot:
    """What a bookmark or note remembers of ``session``, to show it if the session goes."""
    forum = library.forum(session.forum_slug)
    return SessionSnapshot(
        title=session.title,
        forum_name=forum.name if forum else "",
        timezone=session.timezone,
        day=session.day,
        start=session.start,
        room=session.room,
    )


def refresh_snapshots(store: PersonalStore, library: CatalogLibrary) -> int:
    """Remember what the bookmarked and annotated sessions are now; returns how many changed.

    A store that cannot be written is logged, not raised: the snapshots are a convenience for
    sessions that may disappear later.
    """
    try:
        keys = {(b.forum_slug, b.session_guid) for b in store.bookmarks()}
        keys |= {key for n in store.notes() if (key := n.session_key) is not None}
        sessions = library.sessions_by_key(keys)
        return store.update_snapshots(
            {key: snapshot_of(session, library) for key, session in sessions.items()}
        )
    except PersonalStoreError as error:
        log.warning("snapshots not refreshed: %s", error)
        return 0


def forums_for(notes: Iterable[Note], library: CatalogLibrary) -> dict[str, str]:
    """The forum each session note that names none belongs to, by the note's guid.

    Among the forums that have the session, the one whose name the note remembers wins; else
    the first (the bundled programme comes first).
    """
    unscoped = [n for n in notes if n.target is NoteTarget.SESSION and not n.forum_slug]
    if not unscoped:
        return {}
    candidates = library.forums_of(n.key for n in unscoped)
    chosen: dict[str, str] = {}
    for note in unscoped:
        forums = candidates.get(note.key, [])
        if not forums:
            continue
        named = [
            slug
            for slug in forums
            if (forum := library.forum(slug)) is not None and forum.name == note.snapshot.forum_name
        ]
        chosen[note.key] = (named or forums)[0]
    return chosen


def scope_notes(store: PersonalStore, library: CatalogLibrary) -> int:
    """Give session notes written before notes named their forum the forum of their session.

    Logged, not raised, when the store cannot be written: the notes are still shown.
    """
    try:
        return store.scope_notes(forums_for(store.notes(), library))
    except PersonalStoreError as error:
        log.warning("notes not given their forum: %s", error)
        return 0


def empty_bin(store: PersonalStore) -> int:
    """Delete for good the notes a closed window left in the bin: none can be undone now.

    Logged, not raised, when the store cannot be written: they wait for the next time.
    """
    try:
        return store.empty_bin()
    except PersonalStoreError as error:
        log.warning("the deleted notes were not cleared: %s", error)
        return 0


def scoped(notes: Sequence[Note], library: CatalogLibrary) -> list[Note]:
    """``notes`` with the forum of their session where they name none (when it is known)."""
    forums = forums_for(notes, library)
    return [
        replace(n, forum_slug=forums[n.key])
        if n.target is NoteTarget.SESSION and not n.forum_slug and n.key in forums
        else n
        for n in notes
    ]


def merge_records(
    store: PersonalStore,
    library: CatalogLibrary,
    bookmarks: Sequence[Bookmark],
    notes: Sequence[Note],
    hidden: Sequence[HiddenItem] = (),
) -> tuple[int, int, int, int]:
    """Add bookmarks, notes and hidden items from elsewhere, every word kept: see
    :meth:`~forumguide.personal.store.PersonalStore.merge_records`.

    Notes that name no forum are given the forum of their session first.

    Raises:
        PersonalStoreError: nothing was changed.
    """
    from forumguide.interchange.personal_file import combine_notes  # noqa: PLC0415

    incoming = [note for note in scoped(notes, library) if note.text.strip()]
    return store.merge_records(bookmarks, incoming, combine_notes, hidden)


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What merging a personal-data file changed."""

    path: Path
    report: MergeReport
    hidden_in: frozenset[str] = frozenset()  # the forums whose hidden items the file names


def merge_personal_file(store: PersonalStore, library: CatalogLibrary, path: Path) -> MergeResult:
    """Add the bookmarks, notes and hidden items of the personal-data file at ``path`` to ``store``.

    Every word of every note is kept (see :func:`~forumguide.interchange.personal_file.
    combine_notes`), in one transaction: all of it, or nothing.

    Raises:
        PersonalFileError: the file is not a readable personal-data file; nothing was changed.
        PersonalStoreError: the store could not be written; nothing was changed.
    """
    from forumguide.interchange.personal_file import merge_report, read_personal_file  # noqa: PLC0415

    records = read_personal_file(path)
    counts = merge_records(store, library, records.bookmarks, records.notes, records.hidden)
    hidden_in = frozenset(item.forum_slug for item in records.hidden)
    return MergeResult(path, merge_report(counts, records), hidden_in)


@dataclass(frozen=True, slots=True)
class FollowUpEntry:
    """A follow-up line of a note, with what the note is about.

    ``source`` is the session's title (as the note remembers it when the session is gone) or
    the person's name; ``people`` the session's speakers; ``removed`` is set when the session
    is no longer in any programme.
    """

    note: Note
    item: FollowUp
    source: str
    people: tuple[str, ...] = ()
    forum_name: str = ""
    removed: bool = False


def follow_up_entries(notes: Sequence[Note], library: CatalogLibrary) -> list[FollowUpEntry]:
    """Every follow-up of ``notes``: the open ones first, each kind in the order of ``notes``
    and then of their lines."""
    found = [(note, item) for note in notes for item in follow_ups(note.text)]
    sessions = library.sessions_by_key(
        key for note, _item in found if (key := note.session_key) is not None
    )
    speakers = library.speakers_by_slug(
        [a.speaker_slug for s in sessions.values() for a in s.appearances]
        + [note.key for note, _item in found if note.target is NoteTarget.SPEAKER]
    )
    entries: list[FollowUpEntry] = []
    for note, item in found:
        key = note.session_key
        if key is None:
            person = speakers.get(note.key)
            name = person.name if person else (note.snapshot.title or note.key)
            entries.append(FollowUpEntry(note, item, name))
            continue
        session = sessions.get(key)
        if session is None:
            entries.append(
                FollowUpEntry(
                    note,
                    item,
                    note.snapshot.title or note.key,
                    forum_name=note.snapshot.forum_name,
                    removed=True,
                )
            )
            continue
        people = tuple(
            person.name
            for a in session.appearances
            if (person := speakers.get(a.speaker_slug)) is not None
        )
        forum = library.forum(session.forum_slug)
        entries.append(
            FollowUpEntry(note, item, session.title, people, forum.name if forum else "")
        )
    return sorted(entries, key=lambda entry: entry.item.done)
